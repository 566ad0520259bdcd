// The studio's Prepare page on a prepared synthetic clip (6 frames, 128 x 96, ground-truth keypoints):
// dragging, deleting, placing and occluding keypoints with the mouse and keys, Place hand, brush
// scribbles re-segmenting a frame, tracking and propagation, the filmstrip's flags, undo of each edit,
// and the messages for no project, frames still decoding and a missing source.
#include <torch/torch.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest>
#include <cmath>

#include "app/studio/prepare_page.h"
#include "core/capture/prepare.h"
#include "core/capture/project.h"
#include "core/eval/synthetic_capture_io.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/small_project.h"
#include "widgets/frame_filmstrip.h"
#include "widgets/keypoint_frame_view.h"
#include "widgets/project_document.h"

using namespace palma;

namespace {

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

bool sameFrame(const FrameKeypoints& a, const FrameKeypoints& b) {
  for (int j = 0; j < kHandKeypoints; ++j)
    if (a[j].x != b[j].x || a[j].y != b[j].y || a[j].confidence != b[j].confidence ||
        a[j].origin != b[j].origin)
      return false;
  return true;
}

}  // namespace

class PreparePageTest : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir dir_;
  QString source_project_;
  KeypointTrack truth_;  // the clip's keypoints as prepared (imported ground truth)
  // For tracking: the first 6 frames of the protocol at 120 frames (the palm turns 5 degrees per frame;
  // the 6-frame clip moves too far between frames for optical flow).
  QString slow_project_;
  KeypointTrack slow_truth_;
  int copies_ = 0;

  QString freshProject() {
    const QString target = dir_.filePath(QString("copy%1.palma").arg(copies_++));
    ProjectDocument doc;
    QString error;
    if (!doc.open(source_project_, &error)) qFatal("%s", qPrintable(error));
    if (!doc.saveAs(target, &error)) qFatal("%s", qPrintable(error));
    return target;
  }

  // A page on a fresh copy of the project, shown at 1280 x 800 with every frame decoded.
  struct Fixture {
    ProjectDocument doc;
    PreparePage page{&doc};
  };
  std::unique_ptr<Fixture> openPage(const QString& folder) {
    auto f = std::make_unique<Fixture>();
    f->doc.setAutosaveInterval(0);
    if (!f->doc.open(folder)) qFatal("cannot open %s", qPrintable(folder));
    if (!f->doc.waitForFrames()) qFatal("frames not decoded");
    f->page.resize(1280, 800);
    f->page.show();
    if (!QTest::qWaitForWindowExposed(&f->page)) qFatal("window not exposed");
    f->page.frameView()->fitToView();
    return f;
  }

  static QPoint widgetPoint(KeypointFrameView* view, double x, double y) {
    return view->imageToWidget(QPointF(x, y)).toPoint();
  }

  // Drags from image point a to b with the left button in a few steps.
  static void drag(KeypointFrameView* view, QPointF a, QPointF b) {
    const QPoint from = view->imageToWidget(a).toPoint();
    const QPoint to = view->imageToWidget(b).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 5; ++i) QTest::mouseMove(view, from + (to - from) * i / 5);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(dir_.isValid());
    eval::SyntheticSettings s = test::smallClipSettings(5);
    const test::WrittenClip clip =
        test::writeClip(eval::makeSyntheticCapture(s), dir_.filePath("clip").toStdString());
    PrepareOptions options = test::clipPrepareOptions(clip);
    source_project_ = dir_.filePath("clip.palma");
    QCOMPARE(prepareCapture(clip.video, source_project_.toStdString(), options).frames, 6);
    truth_ = loadProject(source_project_.toStdString()).keypoints;

    QElapsedTimer timer;
    timer.start();
    s.frames = 120;
    s.texture_size = 128;
    s.subdivision_levels = 0;
    s.supersampling = 1;
    s.shadows = false;
    const test::WrittenClip slow =
        test::writeClip(eval::makeSyntheticCapture(s), dir_.filePath("slow").toStdString());
    options.keypoints_path = slow.keypoints;
    options.selection.max_frames = 6;
    slow_project_ = dir_.filePath("slow.palma");
    QCOMPARE(prepareCapture(slow.video, slow_project_.toStdString(), options).frames, 6);
    slow_truth_ = loadProject(slow_project_.toStdString()).keypoints;
    qInfo("slow clip made in %lld ms", static_cast<long long>(timer.elapsed()));
  }

  void withoutProjectAsksToOpenOne() {
    ProjectDocument doc;
    PreparePage page(&doc);
    QVERIFY(page.messageText().contains("Open or create a project"));
    QCOMPARE(page.currentRow(), -1);
    QCOMPARE(page.filmstrip()->frameCount(), 0);
  }

  void showsDecodingProgressThenTheFrame() {
    ProjectDocument doc;
    PreparePage page(&doc);
    QVERIFY(doc.open(freshProject()));
    // The decoder delivers frames through the event loop: none has arrived yet.
    QVERIFY(page.messageText().contains("Decoding frames"));
    QVERIFY(page.messageText().contains("of 6"));
    QCOMPARE(page.currentRow(), 0);
    QVERIFY(doc.waitForFrames());
    QVERIFY(page.messageText().isEmpty());
    QCOMPARE(page.frameView()->image().size(), QSize(128, 96));
  }

  void missingSourceShowsTheMessage() {
    const QString folder = freshProject();
    CaptureProject project = loadProject(folder.toStdString());
    project.source_path = dir_.filePath("gone/clip.mp4").toStdString();
    saveProject(folder.toStdString(), project);
    ProjectDocument doc;
    PreparePage page(&doc);
    QSignalSpy failed(&doc, &ProjectDocument::frameLoadFailed);
    QVERIFY(doc.open(folder));
    QVERIFY(failed.wait(5000));
    QVERIFY(page.messageText().contains("missing"));
    QVERIFY(page.bannerText().contains("gone/clip.mp4"));
  }

  void dragMovesAKeypointInOneUndoStep() {
    auto f = openPage(freshProject());
    KeypointFrameView* view = f->page.frameView();
    f->page.setCurrentRow(2);
    const FrameKeypoints before = f->doc.keypoints().frame(2);
    const Keypoint2D tip = before[8];  // index fingertip
    const QPointF target(tip.x + 9.0, tip.y - 6.0);
    drag(view, QPointF(tip.x, tip.y), target);
    const Keypoint2D& moved = f->doc.keypoints().point(2, 8);
    QVERIFY2(std::abs(moved.x - target.x()) <= 1.0 && std::abs(moved.y - target.y()) <= 1.0,
             qPrintable(QString("moved to %1, %2").arg(moved.x).arg(moved.y)));
    QCOMPARE(moved.origin, KeypointOrigin::User);
    QCOMPARE(f->doc.undoStack()->count(), 1);
    // The other points did not move.
    QCOMPARE(f->doc.keypoints().point(2, 7).x, before[7].x);
    // A second drag of the same point is a second step; Ctrl+Z on the page undoes it.
    drag(view, target, target + QPointF(3.0, 3.0));
    QCOMPARE(f->doc.undoStack()->count(), 2);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f->doc.undoStack()->index(), 1);
    f->doc.undoStack()->undo();
    QVERIFY(sameFrame(f->doc.keypoints().frame(2), before));
  }

  void deleteOccludeAndPlaceAMissingPoint() {
    auto f = openPage(freshProject());
    KeypointFrameView* view = f->page.frameView();
    f->page.setCurrentRow(0);
    const Keypoint2D p12 = f->doc.keypoints().point(0, 12);
    // Click selects (no move), Del deletes.
    QTest::mouseClick(view, Qt::LeftButton, {}, widgetPoint(view, p12.x, p12.y));
    QCOMPARE(view->selectedJoint(), 12);
    QCOMPARE(f->doc.undoStack()->count(), 0);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!f->doc.keypoints().point(0, 12).present());
    QCOMPARE(f->doc.keypoints().point(0, 12).origin, KeypointOrigin::User);
    QCOMPARE(f->doc.undoStack()->count(), 1);

    // "Place next missing joint" picks joint 12; one click places it where clicked.
    f->page.placeNextMissing();
    QCOMPARE(view->tool(), KeypointFrameView::Tool::Place);
    QCOMPARE(view->placementJoint(), 12);
    const QPoint click = widgetPoint(view, 60.0, 30.0);
    QTest::mouseClick(view, Qt::LeftButton, {}, click);
    const Keypoint2D placed = f->doc.keypoints().point(0, 12);
    const QPointF expected = view->widgetToImage(click);
    QVERIFY(placed.present());
    QVERIFY(std::abs(placed.x - expected.x()) < 1e-3 && std::abs(placed.y - expected.y()) < 1e-3);
    QCOMPARE(placed.origin, KeypointOrigin::User);
    QCOMPARE(f->doc.undoStack()->count(), 2);
    QCOMPARE(view->tool(), KeypointFrameView::Tool::Edit);  // nothing else missing

    // Occluded: same position, confidence 0.5, undoable.
    view->setSelectedJoint(5);
    const Keypoint2D p5 = f->doc.keypoints().point(0, 5);
    QVERIFY(f->page.occludedCheck()->isEnabled());
    f->page.occludedCheck()->click();
    const Keypoint2D hidden = f->doc.keypoints().point(0, 5);
    QCOMPARE(hidden.confidence, kOccludedConfidence);
    QCOMPARE(hidden.x, p5.x);
    QCOMPARE(hidden.origin, KeypointOrigin::User);
    QVERIFY(f->page.occludedCheck()->isChecked());
    f->page.occludedCheck()->click();
    QCOMPARE(f->doc.keypoints().point(0, 5).confidence, 1.0f);
    f->doc.undoStack()->undo();
    f->doc.undoStack()->undo();
    QCOMPARE(f->doc.keypoints().point(0, 5).confidence, p5.confidence);
    QCOMPARE(f->doc.keypoints().point(0, 5).origin, p5.origin);
  }

  void placeHandDropsATemplateInOneStep() {
    auto f = openPage(freshProject());
    f->page.setCurrentRow(3);
    QVERIFY(!f->page.placeHand());  // the frame has keypoints
    f->doc.push(std::make_unique<ClearFrameCommand>(f->doc.keypoints(), 3));
    const int steps = f->doc.undoStack()->count();
    QVERIFY(f->page.placeHand());
    QCOMPARE(f->doc.undoStack()->count(), steps + 1);
    const FrameKeypoints& points = f->doc.keypoints().frame(3);
    // Inside the mask's bounding box, fingers up, thumb to the image right for a right hand.
    const torch::Tensor rows = (f->doc.mask(3) >= 128).any(1).nonzero();
    const torch::Tensor cols = (f->doc.mask(3) >= 128).any(0).nonzero();
    const float x0 = cols.min().item<int64_t>(), x1 = cols.max().item<int64_t>();
    const float y0 = rows.min().item<int64_t>(), y1 = rows.max().item<int64_t>();
    for (const Keypoint2D& p : points) {
      QVERIFY(p.present() && p.origin == KeypointOrigin::User && p.confidence == 1.0f);
      QVERIFY(p.x >= x0 - 1 && p.x <= x1 + 1 && p.y >= y0 - 1 && p.y <= y1 + 1);
    }
    QVERIFY(points[12].y < points[0].y);
    QVERIFY(points[4].x > points[20].x);
    // Without a mask the hand is centred and 40 % of the frame high.
    f->doc.undoStack()->undo();
    for (const Keypoint2D& p : f->doc.keypoints().frame(3)) QVERIFY(!p.present());
    f->doc.setMask(3, torch::zeros({96, 128}, torch::kUInt8), "Erase");
    const FrameKeypoints centred = f->page.handTemplate(3);
    QCOMPARE(centred[0].y - centred[12].y, 0.4f * 96);
    QVERIFY(std::abs((centred[4].x + centred[20].x) / 2 - 64.0f) < 10.0f);
  }

  void handScribbleAddsToTheMaskAndUndoes() {
    auto f = openPage(freshProject());
    KeypointFrameView* view = f->page.frameView();
    f->page.setCurrentRow(1);
    const torch::Tensor before = f->doc.mask(1).clone();
    // A background spot away from the hand: the column of the frame the mask covers least.
    const torch::Tensor col_cover = (before >= 128).sum(0);
    const int x = col_cover.slice(0, 4, 124).argmin().item<int>() + 4;
    const int y = 48;
    QCOMPARE(before[y][x].item<int>(), 0);
    QCOMPARE(before[y - 6][x].item<int>(), 0);
    view->setBrushRadius(3.0);
    view->setTool(KeypointFrameView::Tool::HandBrush);
    QSignalSpy done(&f->page, &PreparePage::segmentationFinished);
    drag(view, QPointF(x, y - 6), QPointF(x, y + 6));
    QVERIFY(f->page.scribbles(1).defined());
    QCOMPARE(f->page.scribbles(1)[y][x].item<int>(), KeypointFrameView::kHandLabel);
    QVERIFY(done.wait(20000));
    QVERIFY(done.last().at(0).toBool());
    const torch::Tensor after = f->doc.mask(1);
    QCOMPARE(after[y][x].item<int>(), 255);
    QCOMPARE(after[y - 4][x].item<int>(), 255);
    // The rest of the mask stays nearly as it was: the frame was segmented again with the same
    // keypoints, and the stroke only added the hand pixels under it.
    const int changed = (after.to(torch::kInt) - before.to(torch::kInt)).abs().ge(128).sum().item<int>();
    const int stroke = (f->page.scribbles(1) > 0).sum().item<int>();
    QVERIFY2(changed < stroke + 0.25 * (before >= 128).sum().item<int>(),
             qPrintable(QString("%1 pixels changed for a stroke of %2").arg(changed).arg(stroke)));
    QCOMPARE(f->doc.undoStack()->count(), 1);
    QCOMPARE(f->doc.undoStack()->undoText(), QString("Brush stroke"));
    f->doc.undoStack()->undo();
    QVERIFY(f->doc.mask(1).equal(before));
    f->page.clearScribbles();
    QVERIFY(!f->page.scribbles(1).defined());
  }

  void trackFromHereFillsTheFollowingFrames() {
    // A project with keypoints on frame 0 only.
    const QString folder = dir_.filePath("track.palma");
    {
      ProjectDocument doc;
      QVERIFY(doc.open(slow_project_));
      QVERIFY(doc.saveAs(folder));
    }
    CaptureProject project = loadProject(folder.toStdString());
    for (int r = 1; r < 6; ++r) project.keypoints.frames[r] = FrameKeypoints{};
    saveProject(folder.toStdString(), project);
    auto f = openPage(folder);
    f->page.setCurrentRow(0);
    QSignalSpy finished(&f->page, &PreparePage::trackingFinished);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(f->page.trackFromHere());
    QVERIFY(f->page.isTracking());
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(f->doc.undoStack()->count(), 1);
    QCOMPARE(f->page.trackProgress()->value(), 100);
    double error = 0.0;
    int count = 0;
    for (int r = 1; r < 6; ++r)
      for (int j = 0; j < kHandKeypoints; ++j) {
        const Keypoint2D& p = f->doc.keypoints().point(r, j);
        if (!p.present()) continue;
        QCOMPARE(p.origin, KeypointOrigin::Propagated);
        if (!slow_truth_.frames[r][j].present()) continue;  // dropped from the clip's keypoints
        error += std::hypot(p.x - slow_truth_.frames[r][j].x, p.y - slow_truth_.frames[r][j].y);
        ++count;
      }
    QVERIFY2(count >= 5 * 15, qPrintable(QString("%1 points tracked").arg(count)));
    error /= count;
    qInfo("tracked %d points over 5 frames, mean error %.2f px, %lld ms", count, error,
          static_cast<long long>(timer.elapsed()));
    QVERIFY2(error < 2.5, qPrintable(QString("mean error %1 px").arg(error)));
    f->doc.undoStack()->undo();
    for (const Keypoint2D& p : f->doc.keypoints().frame(4)) QVERIFY(!p.present());
    // Tracking stops before the next frame the user edited.
    f->doc.push(std::make_unique<SetPointCommand>(f->doc.keypoints(), 3, 0, 10.0f, 10.0f));
    QVERIFY(f->page.trackFromHere());
    QVERIFY(finished.wait(20000));
    QVERIFY(f->doc.keypoints().point(2, 8).present());
    QVERIFY(!f->doc.keypoints().point(3, 8).present());
    QVERIFY(!f->doc.keypoints().point(4, 8).present());
  }

  void propagateCopiesIntoTheNextFrames() {
    auto f = openPage(freshProject());
    f->page.setCurrentRow(0);
    const FrameKeypoints source = f->doc.keypoints().frame(0);
    const FrameKeypoints last = f->doc.keypoints().frame(5);
    f->page.propagateSpin()->setValue(3);
    QVERIFY(f->page.propagate(f->page.propagateSpin()->value()));
    for (int r = 1; r <= 3; ++r)
      for (int j = 0; j < kHandKeypoints; ++j) {
        QCOMPARE(f->doc.keypoints().point(r, j).x, source[j].x);
        QCOMPARE(f->doc.keypoints().point(r, j).origin, KeypointOrigin::Propagated);
      }
    QVERIFY(sameFrame(f->doc.keypoints().frame(5), last));
    QCOMPARE(f->doc.undoStack()->count(), 1);
    // k past the end stops at the last frame.
    f->page.setCurrentRow(4);
    QVERIFY(f->page.propagate(10));
    QCOMPARE(f->doc.keypoints().point(5, 3).x, f->doc.keypoints().point(4, 3).x);
  }

  void filmstripFlagsAFrameWithDeletedPoints() {
    auto f = openPage(freshProject());
    FrameFilmstrip* strip = f->page.filmstrip();
    QCOMPARE(strip->frameCount(), 6);
    // Frames 1, 2 and 5 of the clip miss a few points (the renderer found them hidden).
    for (int r : {0, 3, 4}) QCOMPARE(strip->severity(r), FrameFilmstrip::Severity::None);
    for (int r : {1, 2, 5}) QCOMPARE(strip->severity(r), FrameFilmstrip::Severity::Warning);
    QCOMPARE(strip->nextProblemRow(2), 5);
    for (int j = 16; j <= 20; ++j)
      f->doc.push(std::make_unique<DeletePointCommand>(f->doc.keypoints(), 3, j));
    QCOMPARE(strip->severity(3), FrameFilmstrip::Severity::Warning);
    QVERIFY(strip->problems(3).join(' ').contains("5 of 21 keypoints missing"));
    QVERIFY(strip->item(3)->toolTip().contains("missing"));
    QCOMPARE(strip->nextProblemRow(2), 3);
    f->doc.push(std::make_unique<ClearFrameCommand>(f->doc.keypoints(), 4));
    QCOMPARE(strip->severity(4), FrameFilmstrip::Severity::Error);
    // Clicking a thumbnail and the arrow keys change the frame.
    QSignalSpy rows(&f->page, &PreparePage::currentRowChanged);
    const QRect r5 = strip->visualItemRect(strip->item(5));
    QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, r5.center());
    QCOMPARE(f->page.currentRow(), 5);
    QTest::keyClick(f->page.frameView(), Qt::Key_Left);
    QCOMPARE(f->page.currentRow(), 4);
    QCOMPARE(rows.count(), 2);
    QCOMPARE(rows.last().at(0).toInt(), 4);
    f->doc.undoStack()->undo();
    QCOMPARE(strip->severity(4), FrameFilmstrip::Severity::None);
  }

  void cancelledTrackingChangesNothing() {
    auto f = openPage(freshProject());
    f->page.setCurrentRow(0);
    const KeypointTrack before = f->doc.keypoints().track();
    QSignalSpy finished(&f->page, &PreparePage::trackingFinished);
    QVERIFY(f->page.trackFromHere());
    QVERIFY(!f->page.trackFromHere());  // one run at a time
    f->page.cancelTracking();
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY(!f->page.isTracking());
    QCOMPARE(f->doc.undoStack()->count(), 0);
    for (int r = 0; r < 6; ++r) QVERIFY(sameFrame(f->doc.keypoints().frame(r), before.frames[r]));
    // The last frame has nothing after it.
    f->page.setCurrentRow(5);
    QVERIFY(!f->page.trackFromHere());
    QVERIFY(f->page.bannerText().contains("last frame"));
  }

  void interpolateAndHandedness() {
    auto f = openPage(freshProject());
    f->doc.push(std::make_unique<SetPointCommand>(f->doc.keypoints(), 0, 8, 10.0f, 20.0f));
    f->doc.push(std::make_unique<SetPointCommand>(f->doc.keypoints(), 4, 8, 50.0f, 60.0f));
    f->page.interpolateKeyframes();
    QCOMPARE(f->doc.keypoints().point(2, 8).x, 30.0f);
    QCOMPARE(f->doc.keypoints().point(2, 8).y, 40.0f);
    QCOMPARE(f->doc.keypoints().point(2, 8).origin, KeypointOrigin::Interpolated);
    QCOMPARE(f->doc.undoStack()->count(), 3);
    // The hand: choosing Left is one undoable step, and Place hand mirrors the template.
    QComboBox* hand = f->page.handednessCombo();
    QCOMPARE(hand->currentText(), QString("Right"));
    hand->setCurrentIndex(1);
    Q_EMIT hand->activated(1);
    QCOMPARE(f->doc.keypoints().handedness(), Handedness::Left);
    QVERIFY(f->doc.keypoints().handednessKnown());
    const FrameKeypoints left = f->page.handTemplate(3);
    QVERIFY(left[4].x < left[20].x);  // thumb on the image left
    f->doc.undoStack()->undo();
    QCOMPARE(f->doc.keypoints().handedness(), Handedness::Right);
    QCOMPARE(hand->currentIndex(), 0);
  }

  // The note under the hand choice says where an unconfirmed hand came from: guessed by preparing from
  // the keypoints, or only the default when the project had none. Choosing the hand clears it.
  void handednessNoteSaysWhereTheHandCameFrom() {
    const auto unconfirmed = [this](bool with_points) {
      const QString folder = freshProject();
      CaptureProject project = loadProject(folder.toStdString());
      project.keypoints.handedness = Handedness::Right;
      project.keypoints.handedness_known = false;
      if (!with_points)
        for (FrameKeypoints& frame : project.keypoints.frames) frame = FrameKeypoints{};
      saveProject(folder.toStdString(), project);
      return folder;
    };
    {
      auto f = openPage(unconfirmed(true));
      QCOMPARE(f->page.handednessNote(), QString("Guessed from the keypoints: please confirm."));
    }
    auto f = openPage(unconfirmed(false));
    QVERIFY2(f->page.handednessNote().startsWith("Not known yet (Right is assumed)"),
             qPrintable(f->page.handednessNote()));
    // Placing a point does not make the default a guess.
    f->doc.push(std::make_unique<SetPointCommand>(f->doc.keypoints(), 0, 8, 10.0f, 20.0f));
    QVERIFY(f->page.handednessNote().startsWith("Not known yet"));
    QVERIFY(!f->page.handednessNote().contains("look like"));  // too few points to tell
    // A whole hand on a few frames: the note says what the points suggest (the clip shows a right palm),
    // and the hand stays unconfirmed until chosen.
    const auto place = [&](int frame, bool mirror) {
      for (int j = 0; j < kHandKeypoints; ++j) {
        const Keypoint2D& k = truth_.frames[frame][j];
        if (k.present())
          f->doc.push(std::make_unique<SetPointCommand>(f->doc.keypoints(), frame, j,
                                                        mirror ? 200.0f - k.x : k.x, k.y));
      }
    };
    for (int frame = 0; frame < 3; ++frame) place(frame, false);
    QVERIFY2(f->page.handednessNote().contains("look like a right hand"),
             qPrintable(f->page.handednessNote()));
    QVERIFY(!f->doc.keypoints().handednessKnown());
    // Mirrored points look like a left hand.
    for (int frame = 0; frame < 3; ++frame) place(frame, true);
    QVERIFY2(f->page.handednessNote().contains("look like a left hand"),
             qPrintable(f->page.handednessNote()));
    QComboBox* hand = f->page.handednessCombo();
    Q_EMIT hand->activated(0);  // confirms Right
    QVERIFY(f->doc.keypoints().handednessKnown());
    QVERIFY(f->page.handednessNote().isEmpty());
    f->doc.undoStack()->undo();
    QVERIFY(f->page.handednessNote().startsWith("Not known yet"));
  }

  void wheelZoomsAboutTheCursorAndMiddleDragPans() {
    auto f = openPage(freshProject());
    KeypointFrameView* view = f->page.frameView();
    const double fit = view->zoom();
    // A placement click beside the frame places nothing.
    view->setTool(KeypointFrameView::Tool::Place);
    QVERIFY(view->widgetToImage(QPointF(1, 1)).x() < -0.5);
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(f->doc.undoStack()->count(), 0);
    view->setTool(KeypointFrameView::Tool::Edit);
    const QPoint cursor = widgetPoint(view, 40.0, 30.0);
    const QPointF under = view->widgetToImage(cursor);
    QWheelEvent wheel(cursor, view->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QVERIFY(std::abs(view->zoom() - fit * 1.5625) < 1e-9);
    const QPointF still = view->widgetToImage(cursor);
    QVERIFY(std::abs(still.x() - under.x()) < 1e-6 && std::abs(still.y() - under.y()) < 1e-6);
    // Middle drag by (30, -20) widget pixels moves the image with the mouse.
    const QPointF before = view->imageToWidget(QPointF(64, 48));
    QTest::mousePress(view, Qt::MiddleButton, {}, QPoint(300, 300));
    QTest::mouseMove(view, QPoint(330, 280));
    QTest::mouseRelease(view, Qt::MiddleButton, {}, QPoint(330, 280));
    const QPointF after = view->imageToWidget(QPointF(64, 48));
    QVERIFY(std::abs(after.x() - before.x() - 30.0) < 1e-6 && std::abs(after.y() - before.y() + 20.0) < 1e-6);
    QCOMPARE(f->doc.undoStack()->count(), 0);  // panning edits nothing
    view->fitToView();
    QCOMPARE(view->zoom(), fit);
  }

  void screenshots() {
    auto f = openPage(freshProject());
    f->page.setCurrentRow(2);
    KeypointFrameView* view = f->page.frameView();
    // A few kinds of points: imported squares, a moved (user) point, an occluded one, and tracked rings
    // of low confidence on the little finger.
    const Keypoint2D p = f->doc.keypoints().point(2, 8);
    f->doc.push(std::make_unique<MovePointCommand>(f->doc.keypoints(), 2, 8, p.x + 1.0f, p.y));
    f->doc.push(std::make_unique<SetConfidenceCommand>(f->doc.keypoints(), 2, 4, kOccludedConfidence));
    FrameKeypoints doubtful{};
    for (int j = 17; j <= 20; ++j) {
      doubtful[j] = f->doc.keypoints().point(2, j);
      doubtful[j].confidence = 0.3f;
    }
    f->doc.push(std::make_unique<PropagatePointsCommand>(f->doc.keypoints(), 1, 1,
                                                         std::vector<FrameKeypoints>{doubtful}));
    view->setSelectedJoint(8);
    f->page.addPanel(new QLabel("3D hand"), "Hand");
    QTest::qWait(50);
    QVERIFY(f->page.grab().save(screenshotPath("studio-prepare.png")));
    // The zoomed editor with scribbles.
    view->setTool(KeypointFrameView::Tool::BackgroundBrush);
    drag(view, QPointF(40, 72), QPointF(52, 76));
    QSignalSpy done(&f->page, &PreparePage::segmentationFinished);
    if (f->page.isSegmenting()) QVERIFY(done.wait(20000));
    view->setZoom(view->zoom() * 1.8, view->imageToWidget(QPointF(64, 40)));
    QTest::qWait(50);
    QVERIFY(view->grab().save(screenshotPath("studio-prepare-zoomed.png")));
  }
};

QTEST_MAIN(PreparePageTest)
#include "prepare_page_test.moc"
