// The studio's Reconstruct page on a tiny prepared project (6 frames, working size 64, 2 stages): a run
// streams progress, losses per term and previews without blocking the event loop and ends with a
// loadable avatar; pause holds the iteration count, resume continues, cancel saves the last good
// avatar; a new page on the same project offers the checkpoint and resumes from it; Start over
// removes it; Advanced edits reach the run and persist; bad projects and failing runs are reported.
// LibTorch before Qt (see app/studio/reconstruct_page.h).
#include <torch/torch.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <filesystem>
#include <fstream>

#include "app/studio/reconstruct_page.h"
#include "core/avatar/avatar_io.h"
#include "core/capture/prepare.h"
#include "core/common/atomic_file.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/fit/fit_config_io.h"
#include "core/render/gpu_kernels.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/small_project.h"
#include "widgets/avatar_document.h"
#include "widgets/avatar_viewport.h"
#include "widgets/fit_preview_view.h"
#include "widgets/loss_plot.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

// Two stages (geometry, appearance) of the quick preset on 64-pixel frames with a 32-texel texture.
fit::ReconstructionConfig tinyConfig(int epochs) {
  fit::ReconstructionConfig c = fit::ReconstructionConfig::quick();
  c.stages = {c.stages[0], c.stages[2]};
  for (auto& s : c.stages) {
    s.epochs = epochs;
    s.batch_size = 2;
  }
  c.texture_size = 32;
  c.render_size = 64;
  c.preview_interval_s = 0.2;
  return c;
}

void copyFolder(const QString& from, const QString& to) {
  palma::removeAll(to.toStdString());
  fs::copy(from.toStdString(), to.toStdString(), fs::copy_options::recursive);
}

bool waitIdle(ReconstructPage& page, int ms = 60000) {
  QElapsedTimer t;
  t.start();
  while (page.isRunning() && t.elapsed() < ms) QTest::qWait(20);
  return !page.isRunning();
}

}  // namespace

class ReconstructPageTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QCoreApplication::setOrganizationName("palma-tests");
    QCoreApplication::setApplicationName("reconstruct_page_test");
    QSettings().clear();
    QVERIFY(dir_.isValid());
    eval::SyntheticSettings s = test::smallSyntheticSettings(5);
    s.frames = 6;
    s.novel_pose_frames = 0;
    s.novel_views = 0;
    const test::WrittenClip clip =
        test::writeClip(eval::makeSyntheticCapture(s), dir_.filePath("capture").toStdString());
    project_ = dir_.filePath("project");
    const PrepareReport r =
        prepareCapture(clip.video, project_.toStdString(), test::clipPrepareOptions(clip));
    QVERIFY(r.ready);
    QCOMPARE(r.prepared_frames, 6);
  }

  void badProjectsDisableStart() {
    ReconstructPage page;
    QVERIFY(!page.startButton()->isEnabled());
    QVERIFY2(page.blockedReason().contains("No project"), qPrintable(page.blockedReason()));
    page.start();
    QVERIFY(!page.isRunning());

    page.setProjectFolder(dir_.filePath("capture"));  // a folder, but not a project
    QVERIFY(!page.startButton()->isEnabled());
    QVERIFY(page.blockedReason().contains("not a capture project"));
    QVERIFY(page.statusText().contains("not a capture project"));

    // Prepared without keypoints.
    const QString bare = dir_.filePath("no keypoints");
    copyFolder(project_, bare);
    CaptureProject p = loadProject(bare.toStdString());
    for (auto& f : p.keypoints.frames)
      for (auto& k : f) k = Keypoint2D{};
    saveProject(bare.toStdString(), p);
    page.setProjectFolder(bare);
    QVERIFY(!page.startButton()->isEnabled());
    QVERIFY2(page.blockedReason().contains("no frames with keypoints"), qPrintable(page.blockedReason()));

    // Not prepared, and the source it would be prepared from is gone.
    const QString unprepared = dir_.filePath("unprepared");
    copyFolder(project_, unprepared);
    p = loadProject(unprepared.toStdString());
    p.source_path = dir_.filePath("gone.mp4").toStdString();
    saveProject(unprepared.toStdString(), p);
    palma::removeAll(preparedFolder(unprepared.toStdString()));
    page.setProjectFolder(unprepared);
    QVERIFY(!page.startButton()->isEnabled());
    QVERIFY2(page.blockedReason().contains("has not been prepared"), qPrintable(page.blockedReason()));
    QVERIFY(page.blockedReason().contains("gone.mp4"));

    // The hand was never confirmed: the run can start, and the page says which hand is fitted.
    const QString unconfirmed = dir_.filePath("unconfirmed");
    copyFolder(project_, unconfirmed);
    p = loadProject(unconfirmed.toStdString());
    p.keypoints.handedness = Handedness::Left;
    p.keypoints.handedness_known = false;
    saveProject(unconfirmed.toStdString(), p);
    page.setProjectFolder(unconfirmed);
    QVERIFY(page.blockedReason().isEmpty());
    QVERIFY(page.startButton()->isEnabled());
    QVERIFY2(page.statusText().contains("not confirmed: it is fitted as a left hand"),
             qPrintable(page.statusText()));
    QVERIFY(page.statusText().contains("prepared again"));  // the other note stays

    // The good project can start; the avatar goes into it by default.
    page.setProjectFolder(project_);
    QVERIFY(page.blockedReason().isEmpty());
    QVERIFY2(!page.statusText().contains("not confirmed"), qPrintable(page.statusText()));
    QVERIFY(page.startButton()->isEnabled());
    QCOMPARE(page.avatarFolder(),
             QDir(project_).filePath(QFileInfo(project_).completeBaseName() + ".palma-avatar"));
    QCOMPARE(page.checkpointFolder(), QDir(project_).filePath("checkpoint"));
  }

  void beforeStartHookCanAbort() {
    ReconstructPage page;
    page.setProjectFolder(project_);
    int calls = 0;
    page.setBeforeStart([&] {
      ++calls;
      return false;
    });
    page.start();
    QCOMPARE(calls, 1);
    QVERIFY(!page.isRunning());
    QVERIFY(page.statusText().contains("Not started"));
  }

  void aFailingRunIsReported() {
    const QString broken = dir_.filePath("broken checkpoint");
    copyFolder(project_, broken);
    QDir().mkpath(broken + "/checkpoint");
    std::ofstream((broken + "/checkpoint/fit.ckpt").toStdString()) << "not a checkpoint";
    ReconstructPage page;
    page.setConfig(tinyConfig(1));
    page.setProjectFolder(broken);
    QVERIFY(page.eventLog().join("\n").contains("cannot be read"));
    QSignalSpy ready(&page, &ReconstructPage::avatarReady);
    QSignalSpy running(&page, &ReconstructPage::runningChanged);
    page.start();
    QVERIFY(page.isRunning());
    QVERIFY(waitIdle(page));
    QCOMPARE(page.state(), ReconstructPage::State::Failed);
    QVERIFY2(page.statusText().contains("failed") && page.statusText().contains("cannot be read"),
             qPrintable(page.statusText()));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(running.count(), 2);
    QVERIFY(page.startButton()->isEnabled());  // back to idle: it can start again
  }

  void aRunStreamsProgressWithoutBlocking() {
    ReconstructPage page;
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setConfig(tinyConfig(3));
    page.setProjectFolder(project_);
    QVERIFY(!page.checkpoint().has_value());
    // Before the first snapshot, a note stands where the 3D view goes.
    auto* hint = page.findChild<QLabel*>("reconstructViewportHint");
    QVERIFY(hint && hint->isVisible());
    QVERIFY(!page.avatarViewport()->isVisible());
    QSignalSpy ready(&page, &ReconstructPage::avatarReady);
    // The event loop keeps running: a 20 ms timer ticks all through the run.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(20);
    QElapsedTimer clock;
    clock.start();
    page.start();
    QVERIFY(page.isRunning());
    QVERIFY(!page.startButton()->isEnabled() && page.pauseButton()->isEnabled());
    bool snapshot_seen = false;
    while (page.isRunning() && clock.elapsed() < 60000) {
      QTest::qWait(10);
      snapshot_seen = snapshot_seen || page.liveDocument()->hasAvatar();
    }
    const double seconds = clock.elapsed() / 1000.0;
    QVERIFY(!page.isRunning());
    qInfo("run: %.2f s, %d iterations, %d timer ticks", seconds, page.iterationsSeen(), ticks);
    QVERIFY2(ticks >= seconds * 1000 / 20 * 0.5, qPrintable(QString::number(ticks)));
    QCOMPARE(page.state(), ReconstructPage::State::Finished);
    // 6 frames in batches of 2: 3 iterations per epoch, 3 epochs, 2 stages.
    QCOMPARE(page.iterationsSeen(), 18);
    QCOMPARE(page.progressBar()->value(), 1000);
    QVERIFY(snapshot_seen);
    // One curve per weighted loss term of each stage, plus the total, with stage marks.
    LossPlot* plot = page.lossPlot();
    QCOMPARE(plot->stageBoundaryCount(), 2);
    QCOMPARE(plot->stageName(1), QString("appearance"));
    QCOMPARE(plot->pointCount("total"), 18);
    QCOMPARE(page.lastStages().size(), size_t(2));
    for (const auto& st : page.lastStages())
      for (const auto& [name, value] : st.final_losses)
        if (value > 0) QVERIFY2(plot->pointCount(QString::fromStdString(name)) > 0, name.c_str());
    QVERIFY(plot->seriesNames().contains("silhouette") && plot->seriesNames().contains("photometric"));
    // The preview: 64 x 64 input and render.
    QVERIFY(page.previewView()->hasPreview());
    QCOMPARE(page.previewView()->inputImage().size(), QSize(64, 64));
    QVERIFY(page.previewView()->meanDifference() > 0);
    page.viewModeCombo()->setCurrentIndex(2);
    QCOMPARE(page.previewView()->mode(), FitPreviewView::Mode::Difference);
    QVERIFY(!page.blendSlider()->isEnabled());
    page.viewModeCombo()->setCurrentIndex(1);
    QVERIFY(page.blendSlider()->isEnabled());
    page.blendSlider()->setValue(80);
    QCOMPARE(page.previewView()->blend(), 0.8);
    page.viewModeCombo()->setCurrentIndex(0);
    // The avatar.
    QCOMPARE(ready.count(), 1);
    const QString avatar = ready.at(0).at(0).toString();
    QCOMPARE(avatar, page.avatarFolder());
    const Avatar a = loadAvatar(avatar.toStdString());
    QCOMPARE(a.motion.pose.size(0), 6);
    QCOMPARE(a.albedo.size(0), 32);
    QVERIFY(page.liveDocument()->hasAvatar());
    QVERIFY(page.avatarViewport()->isVisible() && !hint->isVisible());
    QVERIFY(!fs::exists(page.checkpointFolder().toStdString()));  // a finished run removes it
    QVERIFY(page.statusText().contains("Finished"));
    QTest::qWait(200);
    page.grab().save(screenshotPath("reconstruct_finished_1280x800.png"));
  }

  void pauseResumeCancel() {
    palma::removeAll(QDir(project_).filePath("checkpoint").toStdString());
    auto page = std::make_unique<ReconstructPage>();
    page->resize(1280, 800);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    page->setConfig(tinyConfig(60));
    page->setProjectFolder(project_);
    QSignalSpy ready(page.get(), &ReconstructPage::avatarReady);
    page->start();
    QTRY_VERIFY_WITH_TIMEOUT(page->iterationsSeen() >= 24, 60000);  // into the second stage's... first
    QVERIFY(page->isRunning());
    page->grab().save(screenshotPath("reconstruct_running.png"));

    page->pause();
    QVERIFY(page->isPaused() && page->isRunning());
    QCOMPARE(page->pauseButton()->text(), QString("Resume"));
    QTest::qWait(300);  // the iteration in flight finishes
    const int held = page->iterationsSeen();
    const double active = page->activeSeconds();
    QTest::qWait(1000);
    QCOMPARE(page->iterationsSeen(), held);
    QVERIFY2(page->activeSeconds() - active < 0.2, "paused time counts as running time");
    page->grab().save(screenshotPath("reconstruct_paused.png"));

    page->resume();
    QVERIFY(!page->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(page->iterationsSeen() > held + 2, 10000);

    page->cancel();
    QVERIFY(waitIdle(*page));
    QCOMPARE(page->state(), ReconstructPage::State::Cancelled);
    QCOMPARE(ready.count(), 1);
    const Avatar a = loadAvatar(ready.at(0).at(0).toString().toStdString());
    QCOMPARE(a.motion.pose.size(0), 6);
    QVERIFY(page->statusText().contains("last good avatar"));
    // The checkpoint is offered for the next run.
    QVERIFY(page->checkpoint().has_value());
    QVERIFY(page->resumeCheckpointButton()->isVisibleTo(page.get()));
    QCOMPARE(page->startButton()->text(), QString("Resume run"));
    checkpoint_backup_ = dir_.filePath("checkpoint backup");
    copyFolder(page->checkpointFolder(), checkpoint_backup_);
    stopped_stage_ = page->checkpoint()->stage;

    // Destroying the page while it runs cancels and joins (the last good avatar is still written).
    palma::removeAll(page->avatarFolder().toStdString());
    page->start();
    QTRY_VERIFY_WITH_TIMEOUT(page->iterationsSeen() >= 2, 60000);
    const QString avatar = page->avatarFolder();
    QElapsedTimer t;
    t.start();
    page.reset();
    QVERIFY(t.elapsed() < 10000);
    QVERIFY(fs::exists((avatar + "/avatar.json").toStdString()) || fs::exists(avatar.toStdString()));
  }

  void aNewPageResumesFromTheCheckpoint() {
    QVERIFY(!checkpoint_backup_.isEmpty());
    const QString ckpt = QDir(project_).filePath("checkpoint");
    copyFolder(checkpoint_backup_, ckpt);
    // The config comes back from the settings (the last page set it).
    ReconstructPage page;
    QCOMPARE(page.config().stages.size(), size_t(2));
    QCOMPARE(page.config().stages[0].epochs, 60);
    page.setConfig(tinyConfig(3));  // a shorter schedule with the same fingerprint
    page.setProjectFolder(project_);
    QVERIFY(page.checkpoint().has_value());
    QCOMPARE(page.checkpoint()->stage, stopped_stage_);
    QVERIFY2(page.checkpointMessage().contains("A previous run stopped at stage"),
             qPrintable(page.checkpointMessage()));
    QVERIFY(page.resumeCheckpointButton()->isEnabled());
    QSignalSpy ready(&page, &ReconstructPage::avatarReady);
    page.resumeCheckpointButton()->click();
    QVERIFY(waitIdle(page));
    QCOMPARE(page.state(), ReconstructPage::State::Finished);
    QVERIFY(page.lastRunResumed());
    QVERIFY(page.eventLog().join("\n").contains("resumed from"));
    QVERIFY(page.statusText().contains("resumed"));
    QCOMPARE(ready.count(), 1);
    QVERIFY(!page.checkpoint().has_value());

    // Start over removes a checkpoint.
    copyFolder(checkpoint_backup_, ckpt);
    page.setProjectFolder(project_);
    QVERIFY(page.checkpoint().has_value());
    page.startOverButton()->click();
    QVERIFY(!page.checkpoint().has_value());
    QVERIFY(!fs::exists(ckpt.toStdString()));
    QCOMPARE(page.startButton()->text(), QString("Start"));
  }

  void advancedEditsReachTheRunAndPersist() {
    ReconstructPage page;
    page.setPreset("quick");
    QCOMPARE(page.presetName(), QString("quick"));
    QVERIFY(!page.configModified());
    QCOMPARE(page.presetCombo()->currentData().toString(), QString("quick"));
    QTableWidget* table = page.advancedTable();
    QCOMPARE(table->columnCount(), 3);
    const int epochs = ReconstructPage::advancedRowKeys().indexOf("epochs");
    const int lr = ReconstructPage::advancedRowKeys().indexOf("learning_rate");
    const int sil = ReconstructPage::advancedRowKeys().indexOf("silhouette");
    QVERIFY(epochs >= 0 && lr >= 0 && sil >= 0);
    table->item(epochs, 1)->setText("7");
    table->item(sil, 0)->setText("3.5");
    table->item(lr, 2)->setText("2e-4");
    QCOMPARE(page.config().stages[1].epochs, 7);
    QCOMPARE(page.config().stages[0].weights.silhouette, 3.5);
    QCOMPARE(page.config().stages[2].learning_rate, 2e-4);
    QVERIFY(page.configModified());
    // Invalid entries are refused with a reason and the value in use stays.
    table->item(epochs, 0)->setText("-3");
    QCOMPARE(page.config().stages[0].epochs, 3);
    QCOMPARE(table->item(epochs, 0)->text(), QString("3"));
    table->item(lr, 0)->setText("fast");
    QCOMPARE(table->item(lr, 0)->text(), QString::number(page.config().stages[0].learning_rate, 'g', 6));
    // Saved and loaded as JSON.
    const QString file = dir_.filePath("edited.json");
    page.saveConfig(file);
    const fit::ReconstructionConfig saved = fit::loadReconstructionConfig(file.toStdString());
    QCOMPARE(saved.stages[1].epochs, 7);
    QCOMPARE(saved.stages[0].weights.silhouette, 3.5);
    // Persisted: a new page starts with the edited config.
    {
      ReconstructPage again;
      QCOMPARE(again.config().stages[1].epochs, 7);
      QCOMPARE(again.config().stages[2].learning_rate, 2e-4);
      QVERIFY(again.configModified());
    }
    // The run gets exactly this config.
    page.setProjectFolder(project_);
    page.start();
    QVERIFY(page.isRunning());
    page.cancel();
    QVERIFY(waitIdle(page));
    QCOMPARE(fit::reconstructionConfigToJson(page.lastRunConfig()), fit::reconstructionConfigToJson(saved));
    // Reset to preset, then load the saved file back.
    page.resetToPreset();
    QCOMPARE(page.config().stages[1].epochs, 3);
    QVERIFY(!page.configModified());
    page.loadConfig(file);
    QCOMPARE(page.config().stages[0].weights.silhouette, 3.5);
    QCOMPARE(table->item(sil, 0)->text(), QString("3.5"));
    // A bad file is refused and the config stays.
    std::ofstream((dir_.filePath("bad.json")).toStdString()) << "{\"stages\": 3}";
    QVERIFY_THROWS_EXCEPTION(InputError, page.loadConfig(dir_.filePath("bad.json")));
    QCOMPARE(page.config().stages[0].weights.silhouette, 3.5);
    // Presets by their labels.
    QStringList labels;
    for (int i = 0; i < page.presetCombo()->count(); ++i) labels << page.presetCombo()->itemText(i);
    QCOMPARE(labels, QStringList({"Quick preview", "Balanced", "High quality"}));
    page.setPreset("harp");
    QCOMPARE(page.config().stages.size(), size_t(3));
    QCOMPARE(page.presetCombo()->currentText(), QString("High quality"));
  }

  void theDeviceChoiceFollowsTheBuild() {
    ReconstructPage page;
    QComboBox* devices = page.deviceCombo();
    QCOMPARE(devices->itemData(0).toString(), QString("cpu"));
    if (!render::gpu::kernelsBuilt() || !torch::cuda::is_available()) {
      // Only the CPU: shown, but nothing to choose, and the tooltip says why.
      QCOMPARE(devices->count(), 1);
      QVERIFY(!devices->isEnabled());
      QVERIFY(devices->toolTip().contains(render::gpu::kernelsBuilt() ? "No CUDA GPU" : "no CUDA kernels"));
      // A device remembered from a GPU machine falls back to the CPU here.
      QSettings().setValue("reconstruct/device", "cuda:0");
      ReconstructPage again;
      QCOMPARE(again.deviceCombo()->currentData().toString(), QString("cpu"));
    } else {
      QVERIFY(devices->count() >= 2 && devices->isEnabled());
      QVERIFY(devices->itemData(1).toString().startsWith("cuda:"));
    }
  }

 private:
  QTemporaryDir dir_;
  QString project_;
  QString checkpoint_backup_;
  int stopped_stage_ = -1;
};

QTEST_MAIN(ReconstructPageTest)
#include "reconstruct_page_test.moc"
