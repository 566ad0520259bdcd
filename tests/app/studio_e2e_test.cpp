// The whole workflow in the studio window, as a user does it, with the mouse: a video dropped on the
// Capture page → Prepare Project (keypoints from the file beside the video) → one keypoint dragged on
// the Prepare page and the drag undone → Reconstruct with the quick preset → the avatar on the Inspect
// page → Export to .glb → the Khronos glTF validator reports no errors. Runs on a synthetic capture, and
// a second time on ../shared/fixtures/real-video/open-palm-640x360.mp4 when that is present.
//
// Every user action goes through one of the counting helpers below, so the test also measures how many
// clicks the workflow takes with the defaults ("clicks with defaults": what a user must do; the keypoint
// drag, its undo and choosing the quick preset are counted apart).
#include <torch/torch.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/studio/capture_page.h"
#include "app/studio/export_page.h"
#include "app/studio/main_window.h"
#include "app/studio/prepare_page.h"
#include "app/studio/project_controller.h"
#include "app/studio/reconstruct_page.h"
#include "core/avatar/avatar_io.h"
#include "core/eval/synthetic_capture_io.h"
#include "widgets/avatar_document.h"
#include "widgets/keypoint_frame_view.h"
#include "widgets/pose_init_panel.h"
#include "widgets/project_document.h"
#include "widgets/vtk_viewport.h"

using palma::MainWindow;

namespace {

QString screenshotDir() {
  QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR");
  if (dir.isEmpty()) dir = QDir::current().filePath("studio-e2e");
  QDir().mkpath(dir);
  return dir;
}

// The Khronos validator's report of `file` (installed by the CTest fixture gltf_validator_install).
nlohmann::json validateGltf(const QString& file) {
  QProcess node;
  node.start(PALMA_NODE_EXE, {PALMA_GLTF_VALIDATE_SCRIPT, PALMA_GLTF_VALIDATOR_PREFIX, file});
  if (!node.waitForFinished(120000)) return {};
  return nlohmann::json::parse(node.readAllStandardOutput().toStdString(), nullptr, false);
}

int presentPoints(const palma::FrameKeypoints& points) {
  int n = 0;
  for (const palma::Keypoint2D& p : points) n += p.present() ? 1 : 0;
  return n;
}

}  // namespace

class StudioEndToEndTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString synthetic_video_;
  QString fresh_video_;        // a synthetic clip without any keypoint file
  torch::Tensor fresh_truth_;  // its exact keypoints [F,21,2] by source frame
  std::unique_ptr<MainWindow> window_;
  int clicks_ = 0;        // what the workflow needs with the defaults
  int extra_clicks_ = 0;  // the test's own edits (keypoint drag, undo, preset)
  QString prefix_;

  void shot(const QString& step) {
    QCoreApplication::processEvents();
    const QString path = QDir(screenshotDir()).filePath(prefix_ + "-" + step + ".png");
    QVERIFY(window_->grab().save(path));
  }
  void click(QAbstractButton* button, bool needed = true) {
    QVERIFY(button && button->isVisible() && button->isEnabled());
    (needed ? clicks_ : extra_clicks_) += 1;
    QTest::mouseClick(button, Qt::LeftButton);
  }
  void clickPage(MainWindow::Page page) {
    ++clicks_;
    QListWidget* list = window_->pageList();
    const QRect r = list->visualItemRect(list->item(int(page)));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
    QCOMPARE(window_->page(), page);
  }
  // A file dragged from the file manager onto `target`: one gesture.
  void dropFile(QWidget* target, const QString& file) {
    ++clicks_;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
  }

  // Reconstruct with the quick preset (the page shows the fit live, then the avatar opens on Inspect),
  // then Export with the defaults: a .glb next to the avatar, named after the project, validated.
  void reconstructAndExport(const QElapsedTimer& total, bool init_given = false) {
    clickPage(MainWindow::Page::Reconstruct);
    palma::ReconstructPage* reconstruct = window_->reconstructPage();
    QVERIFY2(reconstruct->blockedReason().isEmpty(), qPrintable(reconstruct->blockedReason()));
    extra_clicks_ += 2;  // open the preset list, choose "Quick preview"
    reconstruct->setPreset("quick");
    QSignalSpy ready(reconstruct, &palma::ReconstructPage::avatarReady);
    QSignalSpy progress(reconstruct, &palma::ReconstructPage::progressUpdated);
    click(reconstruct->startButton());
    QTRY_VERIFY_WITH_TIMEOUT(reconstruct->iterationsSeen() >= 10, 300000);
    shot("4-reconstruct-running");
    // A quick fit can finish while the line above still waits for iterations: the signal is then in the
    // spy already, and wait() would wait for a second one.
    QVERIFY(!ready.isEmpty() || ready.wait(900000));
    QCOMPARE(reconstruct->state(), palma::ReconstructPage::State::Finished);
    if (init_given)
      QVERIFY2(reconstruct->eventLog().join('\n').contains("Initialisation: from"),
               qPrintable(reconstruct->eventLog().join('\n')));
    const QString avatar = ready.first().at(0).toString();
    QCOMPARE(window_->page(), MainWindow::Page::Inspect);
    QCOMPARE(window_->document()->folder(), QDir::cleanPath(avatar));
    QVERIFY(window_->document()->hasAvatar());
    window_->setPage(MainWindow::Page::Reconstruct);
    shot("4-reconstruct-finished");
    window_->setPage(MainWindow::Page::Inspect);
    QTest::qWait(500);
    shot("5-inspect");

    clickPage(MainWindow::Page::Export);
    palma::ExportPage* exporter = window_->exportPage();
    QCOMPARE(QFileInfo(exporter->outputPath()).suffix(), QString("glb"));
    QSignalSpy exported(exporter, &palma::ExportPage::exportFinished);
    click(exporter->exportButton());
    QVERIFY(exported.wait(300000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exporter->lastMessage()));
    shot("6-export");
    const QString glb = QString::fromStdString(exporter->lastResult().files.at(0));
    QVERIFY(QFileInfo(glb).size() > 10000);
    const nlohmann::json validation = validateGltf(glb);
    QVERIFY2(validation.is_object() && validation.contains("errors"), "the glTF validator did not run");
    std::printf("    %s: %d errors, %d warnings\n", qPrintable(QFileInfo(glb).fileName()),
                validation["errors"].get<int>(), validation["warnings"].get<int>());
    QCOMPARE(validation["errors"].get<int>(), 0);
    std::printf(
        "    clicks from opening the studio to the exported .glb with the defaults: %d "
        "(plus %d for the test's own edits and the quick preset); %.0f s in all\n",
        clicks_, extra_clicks_, total.elapsed() / 1000.0);
  }

  // Prepare Project on the Capture page: prepared in the background, opened on the Prepare page with
  // its frames decoded.
  void prepareProject(palma::CapturePage* capture) {
    QSignalSpy prepared(window_->projects(), &palma::ProjectController::prepared);
    click(capture->prepareButton());
    QVERIFY(prepared.wait(300000));
    QVERIFY2(prepared.first().at(0).toBool(), qPrintable(prepared.first().at(1).toString()));
    QCOMPARE(window_->page(), MainWindow::Page::Prepare);
    QVERIFY(window_->project()->waitForFrames(120000));
  }

  // A fresh studio window (no settings), projects in the test's folder.
  void openStudio() {
    clicks_ = extra_clicks_ = 0;
    QSettings().clear();
    palma::ProjectController::setProjectsRoot(dir_.filePath(prefix_ + "-projects"));
    window_ = std::make_unique<MainWindow>();
    window_->resize(1440, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->activateWindow();  // shortcuts only reach the active window
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
  }

  // A mouse drag on the frame view from one image point to another (one gesture).
  void dragPoint(palma::KeypointFrameView* view, const QPointF& from_image, const QPointF& to_image,
                 int* counter) {
    ++*counter;
    const QPoint from = view->imageToWidget(from_image).toPoint();
    const QPoint to = view->imageToWidget(to_image).toPoint();
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 6; ++i) {
      const QPointF at = QPointF(from) + QPointF(to - from) * (i / 6.0);
      QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                       Qt::NoModifier);
      QApplication::sendEvent(view, &move);
    }
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, to);
  }

  // The workflow from a fresh window to a validated .glb. `keypoints`: a keypoint file to choose on the
  // Capture page ("" = the file beside the video is found by itself); `first`/`last`/`every`: a trim.
  void runWorkflow(const QString& video, const QString& keypoints, int first, int last, int every,
                   bool fit_init = false) {
    openStudio();
    QElapsedTimer total;
    total.start();

    // 1. A fresh studio opens on the Capture page; the video is dropped onto it.
    QCOMPARE(window_->page(), MainWindow::Page::Capture);
    palma::CapturePage* capture = window_->capturePage();
    dropFile(capture, video);
    QCOMPARE(capture->source(), QFileInfo(video).absoluteFilePath());
    if (!keypoints.isEmpty()) {
      ++clicks_;  // Keypoints File… and the file chosen in its dialog count as two
      ++clicks_;
      QVERIFY(capture->setKeypointsPath(keypoints));
    }
    QVERIFY2(!capture->prepareOptions().keypoints_path.empty(),
             "no keypoint file was found beside the video");
    if (first > 0 || last >= 0 || every > 1) {
      // Typing the three numbers: one click each into the fields.
      clicks_ += 3;
      capture->setRange(first, last);
      capture->setEvery(every);
    }
    QTRY_VERIFY_WITH_TIMEOUT(capture->thumbnailsFinished(), 60000);
    shot("1-capture");

    // 2. Prepare Project: prepared in the background, opened on the Prepare page.
    prepareProject(capture);
    if (QTest::currentTestFailed()) return;
    palma::ProjectDocument* project = window_->project();
    const auto report = window_->projects()->lastReport();
    std::printf("    prepared %d frames (%d with keypoints, %d tracked) in %.1f s\n", report.frames,
                report.prepared_frames, report.tracked_frames, report.seconds);
    QVERIFY(report.prepared_frames >= 3);
    shot("2-prepare");

    // 3. One keypoint dragged 12 px to the right on the frame view, then undone with Ctrl+Z.
    palma::PreparePage* prepare = window_->preparePage();
    palma::KeypointFrameView* view = prepare->frameView();
    const int row = prepare->currentRow();
    const palma::Keypoint2D before = project->keypoints().point(row, 8);
    QVERIFY(before.present());
    const QPointF target_image(before.x + 12.0 / view->zoom(), before.y);
    dragPoint(view, QPointF(before.x, before.y), target_image, &extra_clicks_);
    const palma::Keypoint2D moved = project->keypoints().point(row, 8);
    QVERIFY2(std::abs(moved.x - target_image.x()) < 1.0 && std::abs(moved.y - target_image.y()) < 1.0,
             qPrintable(QString("moved to %1, expected about %2").arg(moved.x).arg(target_image.x())));
    QCOMPARE(moved.origin, palma::KeypointOrigin::User);
    QVERIFY(window_->isWindowModified());
    shot("3-keypoint-moved");
    ++extra_clicks_;
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(project->keypoints().point(row, 8).x, before.x);
    QCOMPARE(project->keypoints().point(row, 8).y, before.y);
    QCOMPARE(project->keypoints().point(row, 8).origin, before.origin);
    QVERIFY(!window_->isWindowModified());

    if (fit_init) {
      // The 3D Hand tab: the pose initialisation fitted on demand and drawn over the frame; the run
      // then starts from it (init.json, saved before the run).
      QTabWidget* tabs = prepare->sideTabs();
      const int tab = tabs->count() - 1;
      QCOMPARE(tabs->tabText(tab), QString("3D Hand"));
      ++extra_clicks_;
      QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier,
                        tabs->tabBar()->tabRect(tab).center());
      QCOMPARE(tabs->currentIndex(), tab);
      QVERIFY(prepare->currentMainView() != view);
      palma::PoseInitPanel* panel = window_->poseInitPanel();
      QSignalSpy fitted(panel, &palma::PoseInitPanel::fitFinished);
      click(panel->fitButton(), false);
      QVERIFY(fitted.wait(300000));
      QVERIFY2(fitted.first().at(0).toBool(), qPrintable(fitted.first().at(1).toString()));
      QVERIFY(panel->hasInit());
      QTest::qWait(300);
      shot("3-pose-init");
      ++extra_clicks_;
      QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier, tabs->tabBar()->tabRect(0).center());
      QCOMPARE(prepare->currentMainView(), view);
    }

    reconstructAndExport(total, fit_init);
    window_->project()->undoStack()->setClean();
    window_.reset();
  }

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    palma::eval::SyntheticSettings s;
    s.seed = 17;
    s.frames = 10;
    s.width = 256;
    s.height = 192;
    s.texture_size = 128;
    s.subdivision_levels = 0;
    s.novel_pose_frames = 0;
    s.novel_views = 0;
    const palma::eval::SyntheticCapture capture = palma::eval::makeSyntheticCapture(s);
    const QString folder = dir_.filePath("synthetic capture");
    const auto written = palma::eval::writeSyntheticCapture(capture, folder.toStdString());
    synthetic_video_ = QDir(folder).filePath(QString::fromStdString(written.video_file));

    // The fresh clip: the palm turning slowly (120 frames of the protocol), no keypoint file beside it.
    s.seed = 29;
    s.frames = 120;
    s.supersampling = 1;
    s.shadows = false;
    const palma::eval::SyntheticCapture slow = palma::eval::makeSyntheticCapture(s);
    const QString fresh = dir_.filePath("phone clip");
    const auto fresh_written = palma::eval::writeSyntheticCapture(slow, fresh.toStdString());
    QVERIFY(QFile::remove(QDir(fresh).filePath("keypoints.json")));
    fresh_video_ = QDir(fresh).filePath(QString::fromStdString(fresh_written.video_file));
    fresh_truth_ = slow.frames.keypoints_exact.clone();
  }

  void syntheticCaptureToValidGlb() {
    prefix_ = "synthetic";
    runWorkflow(synthetic_video_, {}, 0, -1, 1, true);
  }

  // A video with no keypoint file, as from a phone: the keypoints of the first frame are placed by hand
  // (Place hand, then every point dragged to where it belongs), tracked through the clip, reconstructed.
  void freshVideoWithoutKeypoints() {
    prefix_ = "fresh";
    openStudio();
    QElapsedTimer total;
    total.start();
    palma::CapturePage* capture = window_->capturePage();
    dropFile(capture, fresh_video_);
    QVERIFY(capture->prepareOptions().keypoints_path.empty());
    QTRY_VERIFY_WITH_TIMEOUT(capture->thumbnailsFinished(), 60000);
    shot("1-capture");
    prepareProject(capture);
    if (QTest::currentTestFailed()) return;
    palma::ProjectDocument* project = window_->project();
    // Without keypoints the Reconstruct page says what is missing.
    QVERIFY(window_->reconstructPage()->blockedReason().contains("keypoints"));

    palma::PreparePage* prepare = window_->preparePage();
    palma::KeypointFrameView* view = prepare->frameView();
    QCOMPARE(prepare->currentRow(), 0);
    click(prepare->placeHandButton());
    QCOMPARE(presentPoints(project->keypoints().frame(0)), 21);
    shot("2-hand-placed");
    const int source_frame = project->project().frames[0].index;
    const int before_drags = clicks_;
    for (int j = 0; j < palma::kHandKeypoints; ++j) {
      const palma::Keypoint2D p = project->keypoints().point(0, j);
      const QPointF truth(fresh_truth_[source_frame][j][0].item<double>(),
                          fresh_truth_[source_frame][j][1].item<double>());
      if (std::hypot(p.x - truth.x(), p.y - truth.y()) <= 2.0) continue;  // close enough: left alone
      dragPoint(view, QPointF(p.x, p.y), truth, &clicks_);
      const palma::Keypoint2D moved = project->keypoints().point(0, j);
      QVERIFY2(std::hypot(moved.x - truth.x(), moved.y - truth.y()) < 1.0,
               qPrintable(QString("joint %1 at (%2, %3), wanted (%4, %5)")
                              .arg(j)
                              .arg(moved.x)
                              .arg(moved.y)
                              .arg(truth.x())
                              .arg(truth.y())));
    }
    std::printf("    %d of 21 template points dragged into place\n", clicks_ - before_drags);
    shot("3-keypoints-placed");
    QSignalSpy tracked(prepare, &palma::PreparePage::trackingFinished);
    click(prepare->trackButton());
    QVERIFY(tracked.wait(300000));
    QVERIFY(tracked.first().at(0).toBool());
    int with_points = 0;
    for (const palma::FrameKeypoints& k : project->keypoints().track().frames)
      with_points += presentPoints(k) >= 6 ? 1 : 0;
    std::printf("    tracked from the first frame: %d of %d frames with 6 or more keypoints\n", with_points,
                project->frameCount());
    // Measured: 8 of 60 (the synthetic hand has little texture to track at 10 degrees per frame); the fit
    // needs a few frames.
    QVERIFY(with_points >= 3);
    shot("3-tracked");
    reconstructAndExport(total);
    window_->project()->undoStack()->setClean();
    window_.reset();
  }

  void realClipToValidGlb() {
    const QString clip = PALMA_SOURCE_DIR "/../shared/fixtures/real-video/open-palm-640x360.mp4";
    if (!QFileInfo::exists(clip)) QSKIP("../shared/fixtures/real-video/open-palm-640x360.mp4 is absent");
    prefix_ = "real";
    // Keypoints placed by hand on frames 100, 150 and 200 of the clip (the rest are tracked).
    runWorkflow(clip, PALMA_SOURCE_DIR "/tests/data/open-palm-640x360.keyframes.json", 90, 200, 2);
  }
};

int main(int argc, char** argv) {
  palma::VtkViewport::configurePlatform();
  palma::VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Palma");
  QApplication::setApplicationName("Palma Studio End-to-End Test");
  StudioEndToEndTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "studio_e2e_test.moc"
