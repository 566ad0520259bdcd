// PoseInitPanel and HandOverlayView on a prepared synthetic clip (6 frames of 128 x 96, working size 64):
// the fit in the background with per-frame errors and init.json on save, cancel, slider edits and
// Flip palm undone exactly, save/reopen and autosave/recover, an unreadable init.json, and the
// overlay's geometry against the clip's ground truth. Screenshots go to
// /work/shared-out/studio8/prepare3d/ when that folder can be made.
#include <torch/torch.h>

#include <Eigen/Geometry>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <fstream>

#include "core/capture/prepare.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/fit/project_init.h"
#include "core/model/builtin_hand.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/small_project.h"
#include "widgets/hand_overlay.h"
#include "widgets/pose_init_panel.h"
#include "widgets/project_document.h"

using namespace palma;

namespace {

fit::InitSettings cheapInit() {
  fit::InitSettings s;
  s.iterations = 40;
  s.rigid_iterations = 15;
  s.silhouette_iterations = 0;
  return s;
}

Eigen::Matrix3d rotationOf(const torch::Tensor& aa) {
  const auto a = aa.to(torch::kDouble).contiguous();
  const Eigen::Vector3d v(a[0].item<double>(), a[1].item<double>(), a[2].item<double>());
  if (v.norm() < 1e-12) return Eigen::Matrix3d::Identity();
  return Eigen::AngleAxisd(v.norm(), v.normalized()).toRotationMatrix();
}

QString screenshotFolder() {
  const QString folder = "/work/shared-out/studio8/prepare3d";
  return QDir().mkpath(folder) ? folder : QString();
}

}  // namespace

class PoseInitPanelTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString source_project_;
  eval::SyntheticCapture capture_;
  int copies_ = 0;

  QString freshProject() {
    const QString target = dir_.filePath(QString("copy%1.palma").arg(copies_++));
    ProjectDocument doc;
    QString error;
    if (!doc.open(source_project_, &error)) qFatal("%s", qPrintable(error));
    if (!doc.saveAs(target, &error)) qFatal("%s", qPrintable(error));
    return target;
  }

  // Opens a fresh copy, waits for its frames and fits the initialisation through the button.
  void openAndFit(ProjectDocument& doc, PoseInitPanel& panel) {
    QVERIFY(doc.open(freshProject()));
    QVERIFY(doc.waitForFrames());
    panel.setInitSettings(cheapInit());
    QSignalSpy finished(&panel, &PoseInitPanel::fitFinished);
    panel.fitButton()->click();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(panel.hasInit());
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    eval::SyntheticSettings s = test::smallClipSettings(5);
    s.keypoint_noise_px = 0.0;  // the overlay is checked against the exact keypoints
    s.keypoint_dropout = 0.0;
    capture_ = eval::makeSyntheticCapture(s);
    const test::WrittenClip clip = test::writeClip(capture_, dir_.filePath("clip").toStdString());
    PrepareOptions options = test::clipPrepareOptions(clip);
    const auto k = capture_.frames.intrinsics[0].to(torch::kDouble);
    options.intrinsics = std::array<double, 4>{k[0].item<double>(), k[1].item<double>(), k[2].item<double>(),
                                               k[3].item<double>()};
    source_project_ = dir_.filePath("clip.palma");
    const PrepareReport report = prepareCapture(clip.video, source_project_.toStdString(), options);
    QCOMPARE(report.prepared_frames, 6);
  }

  void fitsInTheBackgroundAndSavesInitJson() {
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    QVERIFY(doc.open(freshProject()));
    QVERIFY(doc.waitForFrames());
    QVERIFY(!panel.hasInit());
    QCOMPARE(panel.fitButton()->text(), QString("Fit initialisation"));
    QCOMPARE(panel.errorList()->count(), 0);
    panel.setInitSettings(cheapInit());
    QSignalSpy finished(&panel, &PoseInitPanel::fitFinished);
    QElapsedTimer clock;
    clock.start();
    panel.fitButton()->click();
    // The click returns at once; the fit runs in the worker while the event loop keeps going.
    QVERIFY(clock.elapsed() < 500);
    QVERIFY(panel.isFitting());
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(!panel.fitButton()->isEnabled());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!panel.isFitting());
    QVERIFY(panel.hasInit());
    QCOMPARE(panel.fitButton()->text(), QString("Re-fit"));
    QCOMPARE(doc.undoStack()->undoText(), QString("Fit initialisation"));
    QVERIFY(doc.isDirty());
    // Per-frame errors: one line per frame, a few pixels each (the cheap fit: measured 1-7 px on the
    // 128 x 96 frames).
    QCOMPARE(panel.errorList()->count(), 6);
    for (int r = 0; r < 6; ++r) {
      const double e = panel.init()->frames[r].error_px;
      QVERIFY2(e < 10.0, qPrintable(QString("row %1: %2 px").arg(r).arg(e)));
      QVERIFY(panel.errorList()->item(r)->text().contains(QString("%1 px").arg(e, 0, 'f', 1)));
    }
    QVERIFY(panel.statusLabel()->text().contains("mean error"));
    // Undo removes the fit, redo brings it back.
    doc.undoStack()->undo();
    QVERIFY(!panel.hasInit());
    QCOMPARE(panel.errorList()->count(), 0);
    doc.undoStack()->redo();
    QVERIFY(panel.hasInit());
    // Saved with the project.
    const QString init_file = QDir(doc.folder()).filePath("init.json");
    QVERIFY(!QFile::exists(init_file));
    QVERIFY(doc.save());
    QVERIFY(QFile::exists(init_file));
    const auto saved = fit::loadProjectInit(doc.folder().toStdString());
    QVERIFY(saved.has_value());
    QVERIFY(saved->pose.equal(panel.init()->pose));
    QCOMPARE(saved->model, std::string("builtin:right"));
    QCOMPARE(saved->keypoint_stamp, fit::initKeypointStamp(doc.project()));
  }

  void cancelLeavesTheInitialisationUnchanged() {
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    QVERIFY(doc.open(freshProject()));
    QVERIFY(doc.waitForFrames());
    fit::InitSettings slow = cheapInit();
    slow.iterations = 100000;
    panel.setInitSettings(slow);
    QSignalSpy finished(&panel, &PoseInitPanel::fitFinished);
    panel.startFit();
    QTest::qWait(200);
    panel.cancelButton()->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(panel.statusLabel()->text().contains("cancelled"));
    QVERIFY(!panel.hasInit());
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(panel.fitButton()->isEnabled());
  }

  void sliderEditsUndoExactly() {
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    openAndFit(doc, panel);
    panel.setCurrentRow(2);
    const torch::Tensor before = panel.currentPose();
    const torch::Tensor before_t = panel.currentTranslation();
    const double before_error = panel.init()->frames[2].error_px;
    const int steps = doc.undoStack()->count();
    const int j = jointIndex(kIndex, 0);
    QSlider* flex = panel.slider(j, 0);
    QVERIFY(flex->isEnabled());
    // A drag: several values, one undo step.
    const int start = flex->value();
    flex->setValue(start + 150);
    flex->setValue(start + 300);
    flex->setValue(start + 450);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    const double expected = std::min((start + 450) * M_PI / 1800.0, panel.jointLimits(j, 0).second);
    QVERIFY(std::abs(panel.jointAngle(j, 0) - expected) < 1e-4);
    const torch::Tensor after = panel.currentPose();
    QVERIFY((after[j] - before[j]).abs().max().item<double>() > 0.3);
    // Only that joint moved.
    for (int k = 0; k < kNumJoints; ++k)
      if (k != j) QVERIFY(after[k].equal(before[k]));
    QVERIFY(panel.init()->frames[2].user_corrected);
    QVERIFY(panel.init()->frames[2].error_px > before_error);  // the finger left its keypoints
    QVERIFY(panel.errorList()->item(2)->text().contains("corrected"));
    doc.undoStack()->undo();
    QVERIFY(panel.currentPose().equal(before));
    QVERIFY(panel.currentTranslation().equal(before_t));
    QVERIFY(!panel.init()->frames[2].user_corrected);
    QCOMPARE(panel.init()->frames[2].error_px, before_error);
    QCOMPARE(flex->value(), start);  // the slider follows the undo
    doc.undoStack()->redo();
    QVERIFY(panel.currentPose().equal(after));
    // A second drag of the same slider (after a release) is its own step.
    Q_EMIT flex->sliderReleased();
    flex->setValue(start);
    QCOMPARE(doc.undoStack()->count(), steps + 2);
    doc.undoStack()->undo();
    QVERIFY(panel.currentPose().equal(after));
    // Another row is untouched by all this.
    QVERIFY(!panel.init()->frames[3].user_corrected);
  }

  void flipPalmTwiceIsTheIdentity() {
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    HandOverlayView overlay;
    panel.attachOverlay(&overlay);
    openAndFit(doc, panel);
    panel.setCurrentRow(1);
    const torch::Tensor before = panel.currentPose();
    const QVector<QPointF> points = overlay.projectedKeypoints();
    QCOMPARE(points.size(), 21);
    panel.flipButton()->click();
    const torch::Tensor flipped = panel.currentPose();
    const Eigen::Matrix3d r0 = rotationOf(before[0]), r1 = rotationOf(flipped[0]);
    const double angle = Eigen::AngleAxisd(r1 * r0.transpose()).angle();
    QVERIFY(std::abs(angle - M_PI) < 1e-4);
    QVERIFY(flipped.slice(0, 1).equal(before.slice(0, 1)));  // fingers unchanged
    // The wrist and the middle knuckle stay (they are on the axis); the thumb moves to the other side.
    const QVector<QPointF> turned = overlay.projectedKeypoints();
    QVERIFY(QLineF(turned[0], points[0]).length() < 0.05);
    QVERIFY(QLineF(turned[9], points[9]).length() < 0.05);
    QVERIFY(QLineF(turned[4], points[4]).length() > 3.0);
    QCOMPARE(doc.undoStack()->undoText(), QString("Flip palm"));
    panel.flipPalm();
    const Eigen::Matrix3d r2 = rotationOf(panel.currentPose()[0]);
    QVERIFY((r2 - r0).cwiseAbs().maxCoeff() < 1e-5);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(panel.currentPose().equal(before));
    QVERIFY(!panel.init()->frames[1].user_corrected);
  }

  void survivesSaveReopenAndRecovery() {
    QString folder;
    torch::Tensor edited_row2;
    {
      ProjectDocument doc;
      PoseInitPanel panel(&doc);
      openAndFit(doc, panel);
      folder = doc.folder();
      panel.setCurrentRow(2);
      panel.flipPalm();
      edited_row2 = panel.currentPose();
      QVERIFY(doc.save());
      // An unsaved edit, autosaved: the recovery brings it back.
      panel.setCurrentRow(4);
      panel.setJointAngle(jointIndex(kMiddle, 1), 0, 0.9);
      QVERIFY(doc.autosave());
      QVERIFY(QFile::exists(QDir(ProjectDocument::autosaveFolder(folder)).filePath("init.json")));
    }
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    QVERIFY(doc.open(folder));
    QVERIFY(panel.hasInit());
    QVERIFY(panel.init()->frames[2].user_corrected);
    QVERIFY(panel.init()->pose[2].equal(edited_row2));
    QVERIFY(!panel.init()->frames[4].user_corrected);  // the saved state
    QVERIFY(ProjectDocument::hasRecovery(folder));
    QVERIFY(doc.recover());
    QVERIFY(panel.init()->frames[4].user_corrected);
    panel.setCurrentRow(4);
    QVERIFY(std::abs(panel.jointAngle(jointIndex(kMiddle, 1), 0) - 0.9) < 1e-4);
    QVERIFY(doc.isDirty());
    // A re-fit keeps the corrected frames.
    QVERIFY(doc.waitForFrames());
    panel.setInitSettings(cheapInit());
    QSignalSpy finished(&panel, &PoseInitPanel::fitFinished);
    panel.startFit();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(doc.undoStack()->undoText(), QString("Re-fit initialisation"));
    QVERIFY(panel.init()->pose[2].equal(edited_row2));
    QCOMPARE(panel.init()->correctedCount(), 2);
  }

  void anUnreadableInitFileIsReportedAndKept() {
    const QString folder = freshProject();
    const QString file = QDir(folder).filePath("init.json");
    {
      std::ofstream out(file.toStdString());
      out << "{\"format\":\"palma-init\",\"version\":1,\"model\":\"builtin:right\",\"frames\":[";  // truncated
    }
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    QVERIFY(doc.open(folder));
    QVERIFY(!panel.hasInit());
    QVERIFY(panel.statusLabel()->text().contains("could not be read"));
    QVERIFY(panel.statusLabel()->text().contains("init.json"));
    doc.markDirty();
    QVERIFY(doc.save());
    QVERIFY(QFile::exists(file));  // left for the user to inspect
    // Keypoint edits after a fit make it stale.
  }

  void staleAfterKeypointEdits() {
    ProjectDocument doc;
    PoseInitPanel panel(&doc);
    openAndFit(doc, panel);
    QVERIFY(!panel.isStale());
    doc.push(std::make_unique<MovePointCommand>(doc.keypoints(), 1, 8, 40.0f, 30.0f, 7));
    QVERIFY(panel.isStale());
    QVERIFY(panel.statusLabel()->text().contains("keypoints changed"));
    doc.undoStack()->undo();
    QVERIFY(!panel.isStale());
  }

  void overlayLandsOnTheKeypoints() {
    ProjectDocument doc;
    QVERIFY(doc.open(freshProject()));
    QVERIFY(doc.waitForFrames());
    const CaptureProject project = doc.project();
    HandOverlayView view;
    view.resize(640, 520);
    view.setModel(makeBuiltinHand(Handedness::Right));
    view.setIntrinsics(project.intrinsics);
    double worst = 0.0;
    for (int row = 0; row < project.numFrames(); ++row) {
      const int frame = project.frames[row].index;
      view.setFrame(doc.frameImage(row));
      view.setHandPose(capture_.motion.pose[frame], capture_.motion.translation[frame],
                       capture_.ground_truth.avatar.shape);
      const QVector<QPointF> points = view.projectedKeypoints();
      QCOMPARE(points.size(), 21);
      for (int k = 0; k < 21; ++k) {
        const Keypoint2D& target = project.keypoints.frames[row][k];
        QVERIFY(target.present());
        worst = std::max(worst, QLineF(points[k], QPointF(target.x, target.y)).length());
      }
    }
    qInfo("largest distance of a projected model keypoint to the capture's: %.3f px", worst);
    QVERIFY(worst < 1.0);
    // The mesh covers the hand in the frame: most mask pixels are under drawn mesh pixels.
    const QImage mesh = view.meshImage();
    QCOMPARE(mesh.size(), QSize(128, 96));
    const torch::Tensor mask = doc.mask(project.numFrames() - 1);
    int64_t hand = 0, covered = 0, outside = 0;
    for (int y = 0; y < 96; ++y)
      for (int x = 0; x < 128; ++x) {
        const bool in_mask = mask[y][x].item<uint8_t>() > 127;
        const bool drawn = qAlpha(mesh.pixel(x, y)) > 127;
        hand += in_mask;
        covered += in_mask && drawn;
        outside += drawn && !in_mask;
      }
    QVERIFY(hand > 100);
    QVERIFY(covered > 0.85 * hand);
    QVERIFY(outside < 0.25 * hand);
    // A flipped hand lands elsewhere: the check can fail.
    torch::Tensor pose = capture_.motion.pose[2].clone();
    pose[0] = pose[0] + torch::tensor({0.0f, 0.0f, 0.6f});
    view.setHandPose(pose, capture_.motion.translation[2], capture_.ground_truth.avatar.shape);
    double moved = 0.0;
    for (int k = 0; k < 21; ++k) {
      const Keypoint2D& target = project.keypoints.frames[2][k];
      moved = std::max(moved, QLineF(view.projectedKeypoints()[k], QPointF(target.x, target.y)).length());
    }
    QVERIFY(moved > 3.0);
    // Opacity: the slider drives it.
    QSignalSpy opacity(&view, &HandOverlayView::opacityChanged);
    view.opacitySlider()->setValue(30);
    QCOMPARE(view.opacity(), 0.3);
    QCOMPARE(opacity.count(), 1);
  }

  void screenshots() {
    const QString out = screenshotFolder();
    if (out.isEmpty()) QSKIP("no screenshot folder");
    ProjectDocument doc;
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* overlay = new HandOverlayView(&window);
    auto* panel = new PoseInitPanel(&doc, &window);
    layout->addWidget(overlay, 3);
    layout->addWidget(panel, 2);
    panel->attachOverlay(overlay);
    window.resize(1100, 700);
    window.show();
    openAndFit(doc, *panel);
    panel->setCurrentRow(0);
    overlay->setOpacity(0.55);
    QTest::qWait(50);
    const QImage shot = window.grab().toImage();
    QVERIFY(shot.save(QDir(out).filePath("pose_init_panel.png")));
    // A smaller copy for docs/images.
    QVERIFY(shot.scaledToWidth(640, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_RGB888)
                .save(QDir(out).filePath("studio-pose-init.png")));
    // The overlay alone, larger, with a flipped palm to show what a wrong fit looks like.
    overlay->resize(640, 520);
    QVERIFY(overlay->grab().save(QDir(out).filePath("overlay_fitted.png")));
    panel->flipPalm();
    QVERIFY(overlay->grab().save(QDir(out).filePath("overlay_flipped.png")));
    panel->flipPalm();
  }
};

QTEST_MAIN(PoseInitPanelTest)
#include "pose_init_panel_test.moc"
