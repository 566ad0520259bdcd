// FrameCompareView on a tiny synthetic capture whose ground-truth avatar carries the capture's motion:
// the view shows the frame of the document's captured row, and the avatar rendered at that frame's
// pose over it differs from the frame only by the capture's noise and compression. RenderDialog
// renders a short turntable and a timeline sequence to PNG files and can be cancelled.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/avatar/avatar_render.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_capture_io.h"
#include "widgets/avatar_document.h"
#include "widgets/frame_compare_view.h"
#include "widgets/pose_timeline.h"
#include "widgets/render_dialog.h"

using namespace palma;

namespace {

void screenshot(QWidget* w, const QString& name) {
  const QString dir = QStringLiteral("/work/shared-out/studio/pose");
  if (QDir().mkpath(dir)) w->grab().save(dir + "/" + name);
}

}  // namespace

class FrameCompareViewTest : public QObject {
  Q_OBJECT

 private:
  eval::SyntheticCapture capture_;
  QTemporaryDir dir_;
  QString capture_folder_;

 private Q_SLOTS:
  void initTestCase() {
    eval::SyntheticSettings s;
    s.frames = 4;
    s.width = s.height = 96;
    s.texture_size = 64;
    s.subdivision_levels = 0;
    s.novel_pose_frames = 0;
    s.novel_views = 0;
    s.supersampling = 1;
    s.background = eval::SyntheticBackground::Plain;
    capture_ = eval::makeSyntheticCapture(s);
    Avatar& a = capture_.ground_truth.avatar;
    a.motion.pose = capture_.motion.pose;
    a.motion.translation = capture_.motion.translation;
    a.motion.intrinsics = capture_.frames.intrinsics;
    a.motion.frame_indices = {0, 1, 2, 3};
    a.motion.width = s.width;
    a.motion.height = s.height;
    capture_folder_ = dir_.filePath("capture");
    eval::writeSyntheticCapture(capture_, capture_folder_.toStdString(), eval::VideoCodec::Mjpeg);
  }

  void showsTheMatchingFrameAndANearZeroDifference() {
    AvatarDocument doc;
    doc.setAvatar(capture_.ground_truth.avatar, capture_.ground_truth.model);
    FrameCompareView view(&doc);
    view.resize(640, 340);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QString error;
    QVERIFY(!view.openCapture(dir_.filePath("nothing-here"), &error));
    QVERIFY2(error.contains("capture.json"), qPrintable(error));
    QVERIFY2(view.openCapture(capture_folder_, &error), qPrintable(error));
    QCOMPARE(view.captureFrames(), 4);

    double right[4];
    for (int row = 0; row < 4; ++row) {
      doc.setCapturedFrame(row);
      QVERIFY(view.waitForRenders());
      QCOMPARE(view.captureRow(), row);
      QVERIFY2(view.meanDifference() >= 0 && view.meanDifference() < 0.04,
               qPrintable(QString("row %1: %2").arg(row).arg(view.meanDifference())));
      right[row] = view.meanDifference();
      // The input shown is that capture frame (video compression aside).
      const QImage input = view.inputImage();
      QCOMPARE(input.size(), QSize(96, 96));
      const auto frame = capture_.frames.images[row];
      double err = 0;
      for (int y = 0; y < 96; y += 4)
        for (int x = 0; x < 96; x += 4)
          err += std::abs(qRed(input.pixel(x, y)) / 255.0 - frame[y][x][0].item<double>());
      err /= 24 * 24;
      QVERIFY2(err < 0.03, qPrintable(QString::number(err)));
    }
    qInfo("mean difference, ground-truth avatar over its frames: %.4f %.4f %.4f %.4f", right[0], right[1],
          right[2], right[3]);
    screenshot(&view, "frame_compare_side_by_side.png");
    view.setMode(FrameCompareView::Mode::Overlay);
    screenshot(&view, "frame_compare_overlay.png");
    view.setMode(FrameCompareView::Mode::Difference);
    screenshot(&view, "frame_compare_difference.png");

    // The wrong frame under the avatar: the capture's frames shifted by one row.
    PreparedCapture shifted = eval::toPreparedCapture(capture_.frames, Handedness::Right);
    shifted.images = torch::roll(shifted.images, 1, 0);
    view.setCapture(shifted);
    QVERIFY(view.waitForRenders());
    qInfo("mean difference over the wrong frame: %.4f", view.meanDifference());
    QVERIFY2(view.meanDifference() > 2.0 * right[3],
             qPrintable(QString("%1 vs %2").arg(view.meanDifference()).arg(right[3])));

    // A pose that is not a captured one: nothing to compare.
    doc.setPose(torch::zeros({16, 3}));
    QCOMPARE(view.captureRow(), -1);

    // Scrubbing: requests merge while a render runs; time the renders.
    view.setCapture(eval::toPreparedCapture(capture_.frames, Handedness::Right));
    view.setMaxResolution(256);
    QElapsedTimer clock;
    clock.start();
    const int before = view.renderCount();
    for (int i = 0; i < 40; ++i) doc.setCapturedFrame(i % 4);
    QVERIFY(view.waitForRenders());
    const double scrub_ms = clock.elapsed();
    qInfo("compare view: %d renders for 40 pose changes in %.0f ms; last render %.1f ms at 96x96",
          view.renderCount() - before, scrub_ms, view.lastRenderMs());
    QVERIFY(view.renderCount() - before <= 40);
  }

  void rendersATurntableAndASequenceToPngs() {
    AvatarDocument doc;
    doc.setAvatar(capture_.ground_truth.avatar, capture_.ground_truth.model);
    PoseTimeline timeline(&doc);
    RenderDialog dialog(&doc, &timeline);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTemporaryDir out;
    dialog.setWhat(RenderDialog::What::Turntable);
    dialog.setImageSize(48, 48);
    dialog.setTurntableFrames(5);
    dialog.setOutput(QString());
    QVERIFY(!dialog.start());  // no output chosen
    QVERIFY(!dialog.errorMessage().isEmpty());
    dialog.setOutput(out.filePath("turn"));
    QSignalSpy progressed(&dialog, &RenderDialog::progressed);
    QVERIFY2(dialog.start(), qPrintable(dialog.errorMessage()));
    QVERIFY(dialog.isRunning());
    QVERIFY(dialog.waitForFinished());
    QVERIFY2(dialog.errorMessage().isEmpty(), qPrintable(dialog.errorMessage()));
    QCOMPARE(dialog.result().frames, int64_t{5});
    QCOMPARE(QDir(out.filePath("turn")).entryList(QDir::Files).size(), 5);
    QVERIFY(QFileInfo::exists(out.filePath("turn/frame_000004.png")));
    QVERIFY(progressed.count() >= 1);
    const QImage first(out.filePath("turn/frame_000000.png")), third(out.filePath("turn/frame_000002.png"));
    QCOMPARE(first.size(), QSize(48, 48));
    QVERIFY(first != third);  // the hand turned
    screenshot(&dialog, "render_dialog.png");

    // The timeline's sequence: the pose presets, one frame each.
    QVERIFY(timeline.setSource("presets"));
    dialog.setWhat(RenderDialog::What::TimelineSequence);
    dialog.setOutput(out.filePath("presets"));
    QVERIFY2(dialog.start(), qPrintable(dialog.errorMessage()));
    QVERIFY(dialog.waitForFinished());
    QCOMPARE(dialog.result().frames, static_cast<int64_t>(timeline.frameCount()));

    // Cancelled: stops early with a message.
    dialog.setWhat(RenderDialog::What::Turntable);
    dialog.setTurntableFrames(400);
    dialog.setOutput(out.filePath("cancelled"));
    QVERIFY(dialog.start());
    dialog.cancel();
    QVERIFY(dialog.waitForFinished());
    QVERIFY(dialog.errorMessage().contains("cancel"));
    QVERIFY(QDir(out.filePath("cancelled")).entryList(QDir::Files).size() < 400);
  }
};

QTEST_MAIN(FrameCompareViewTest)
#include "frame_compare_view_test.moc"
