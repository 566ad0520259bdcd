// PoseTimeline and PosePanel on a small avatar: scrubbing sets the captured rows, animations play
// smoothly from and to their presets, joint sliders stay within the joint limits and move the mesh,
// and the left/right switch shows the mirror image.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <QDir>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include "core/model/model_spec.h"
#include "core/model/pose_animations.h"
#include "core/model/subdivision.h"
#include "widgets/avatar_document.h"
#include "widgets/pose_panel.h"
#include "widgets/pose_timeline.h"

using namespace palma;

namespace {

constexpr double kDeg = 3.14159265358979323846 / 180.0;

PoseMatrix docPose(const AvatarDocument& doc) {
  const auto p = doc.pose().contiguous();
  return Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
}

void screenshot(QWidget* w, const QString& name) {
  const QString dir = QStringLiteral("/work/shared-out/studio/pose");
  if (QDir().mkpath(dir)) w->grab().save(dir + "/" + name);
}

}  // namespace

class PoseTimelineTest : public QObject {
  Q_OBJECT

 private:
  HandModel tmpl_;
  Avatar avatar_;

 private Q_SLOTS:
  void initTestCase() {
    tmpl_ = loadHandModel("builtin:right");
    avatar_ = makeDefaultAvatar(tmpl_, "builtin:right", 0, SubdivisionScheme::Loop, 32);
    avatar_.motion.pose = torch::zeros({4, 16, 3});
    avatar_.motion.pose[2][jointIndex(kIndex, 0)][0] = 0.8f;
    avatar_.motion.pose[3][0][1] = 0.5f;  // a turned wrist
    avatar_.motion.translation = torch::tensor({0.0f, 0.0f, 0.4f}).repeat({4, 1});
    avatar_.motion.intrinsics = torch::tensor({200.0f, 200.0f, 63.5f, 63.5f}).repeat({4, 1});
    avatar_.motion.frame_indices = {0, 5, 10, 15};
    avatar_.motion.width = 128;
    avatar_.motion.height = 128;
  }

  void scrubbingSetsTheCapturedRows() {
    AvatarDocument doc;
    doc.setAvatar(avatar_, tmpl_);
    PoseTimeline timeline(&doc);
    timeline.resize(700, 80);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    const QStringList expected = {"captured", "presets", "fist", "point", "pinch", "count", "wave"};
    QCOMPARE(timeline.sources(), expected);
    QCOMPARE(timeline.source(), QStringLiteral("captured"));
    QCOMPARE(timeline.frameCount(), 4);
    // The icon-only transport buttons have names for screen readers.
    const auto buttons = timeline.findChildren<QToolButton*>();
    QCOMPARE(buttons.size(), 5);
    for (const QToolButton* b : buttons) QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->toolTip()));
    QSignalSpy frames(&timeline, &PoseTimeline::frameChanged);
    timeline.findChild<QSlider*>()->setValue(2);  // dragging the scrubber
    QCOMPARE(doc.capturedFrame(), 2);
    QCOMPARE(frames.count(), 1);
    QVERIFY(torch::equal(doc.pose(), avatar_.motion.pose[2]));
    QTest::keyClick(&timeline, Qt::Key_Right);
    QCOMPARE(doc.capturedFrame(), 3);
    QTest::keyClick(&timeline, Qt::Key_Right);  // loops to the start
    QCOMPARE(doc.capturedFrame(), 0);
    QTest::keyClick(&timeline, Qt::Key_Left);
    QCOMPARE(doc.capturedFrame(), 3);
    QVERIFY(timeline.frameLabel(3).contains("15"));  // the source frame number
    QTest::keyClick(&timeline, Qt::Key_End);
    QCOMPARE(doc.capturedFrame(), 3);
    QTest::keyClick(&timeline, Qt::Key_Home);
    QCOMPARE(doc.capturedFrame(), 0);
    QVERIFY(!timeline.setSource("moonwalk"));

    // Presets keep the first captured row's orientation and position.
    QVERIFY(timeline.setSource("presets"));
    QCOMPARE(timeline.frameCount(), static_cast<int>(posePresetNames().size()));
    timeline.setFrame(2);
    QCOMPARE(timeline.frameLabel(2), QStringLiteral("fist"));
    QCOMPARE(doc.capturedFrame(), -1);
    PoseMatrix fist = posePreset(tmpl_, "fist");
    QVERIFY((docPose(doc) - fist).cwiseAbs().maxCoeff() < 1e-6f);
    QVERIFY(torch::allclose(doc.translation(), avatar_.motion.translation[0]));

    // Space plays; the clock drives the frames; looping off stops at the end.
    QVERIFY(timeline.setSource("point"));
    timeline.setLooping(false);
    timeline.setSpeed(4.0);
    QTest::keyClick(&timeline, Qt::Key_Space);
    QVERIFY(timeline.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!timeline.isPlaying(), 5000);
    QCOMPARE(timeline.frame(), timeline.frameCount() - 1);
    screenshot(&timeline, "pose_timeline.png");
  }

  void animationsAreSmoothAndStartAndEndAtTheirPresets() {
    AvatarDocument doc;
    doc.setAvatar(avatar_, tmpl_);
    PoseTimeline timeline(&doc);
    for (const auto& name : poseAnimationNames()) {
      QVERIFY(timeline.setSource(QString::fromStdString(name)));
      QVERIFY2(timeline.frameCount() > 30, name.c_str());
      PoseMatrix previous = docPose(doc);
      const PoseMatrix first = previous;
      float worst = 0;
      for (int f = 1; f < timeline.frameCount(); ++f) {
        timeline.setFrame(f);
        const PoseMatrix p = docPose(doc);
        worst = std::max(worst, maxJointAngleBetween(previous, p));
        previous = p;
      }
      QVERIFY2(worst < 10.0 * kDeg, qPrintable(QString("%1: %2 deg").arg(name.c_str()).arg(worst / kDeg)));
      const PoseMatrix start = name == "count" ? posePreset(tmpl_, "fist") : PoseMatrix(PoseMatrix::Zero());
      QVERIFY2((first.bottomRows(15) - start.bottomRows(15)).cwiseAbs().maxCoeff() < 1e-5f, name.c_str());
      QVERIFY2((previous - first).cwiseAbs().maxCoeff() < 1e-5f, name.c_str());
    }
    // The wave's wrist motion is applied on top of the captured orientation (zero here).
    QVERIFY(timeline.setSource("wave"));
    timeline.setFrame(12);  // 0.4 s: the first extreme
    QVERIFY(std::abs(docPose(doc).row(0).norm() - 25.0 * kDeg) < 1e-3);
  }

  void jointSlidersRespectLimitsAndMoveTheMesh() {
    AvatarDocument doc;
    doc.setAvatar(avatar_, tmpl_);
    doc.setPose(torch::zeros({16, 3}));
    PosePanel panel(&doc);
    const auto rest = doc.posedMesh().vertices.clone();
    const int j = jointIndex(kIndex, 1);  // PIP
    const auto [lo, hi] = panel.jointLimits(j, 0);
    QCOMPARE(lo, static_cast<double>(tmpl_.joint_limits[j].lower[0]));
    QCOMPARE(hi, static_cast<double>(tmpl_.joint_limits[j].upper[0]));
    QVERIFY(std::abs(panel.slider(j, 0)->maximum() / 10.0 - hi / kDeg) < 0.11);
    panel.setJointAngle(j, 0, 3.0);  // beyond the limit: clamped
    QVERIFY(std::abs(panel.jointAngle(j, 0) - hi) < 0.1 * kDeg);
    const PoseMatrix angles = poseToAnatomical(tmpl_, docPose(doc));
    QVERIFY(std::abs(angles(j, 0) - hi) < 0.1 * kDeg);
    const PoseMatrix clamped = clampToLimits(tmpl_, docPose(doc));
    QVERIFY((clamped - docPose(doc)).cwiseAbs().maxCoeff() < 1e-5f);  // within every limit
    const double moved = (doc.posedMesh().vertices - rest).abs().max().item<double>();
    QVERIFY2(moved > 0.01, qPrintable(QString::number(moved)));

    // The slider itself drives the pose.
    panel.slider(jointIndex(kThumb, 0), 1)->setValue(150);  // thumb CMC spread 15 degrees
    QVERIFY(std::abs(poseToAnatomical(tmpl_, docPose(doc))(jointIndex(kThumb, 0), 1) - 15 * kDeg) < 1e-4);
    // A pose set elsewhere shows on the sliders.
    doc.setPose(torch::from_blob(posePreset(tmpl_, "fist").data(), {16, 3}, torch::kFloat32).clone());
    QCOMPARE(panel.slider(jointIndex(kMiddle, 1), 0)->value(), 950);

    panel.resize(420, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    screenshot(&panel, "pose_panel.png");

    for (int f = 0; f < kNumFingers; ++f) panel.resetFinger(f);
    QVERIFY((doc.posedMesh().vertices - rest).abs().max().item<double>() < 1e-5);
    panel.setJointAngle(j, 0, 1.0);
    panel.resetAll();
    QVERIFY((doc.posedMesh().vertices - rest).abs().max().item<double>() < 1e-5);
  }

  void leftRightShowsTheMirrorImage() {
    AvatarDocument doc;
    doc.setAvatar(avatar_, tmpl_);
    doc.setCapturedFrame(2);
    PosePanel panel(&doc);
    QCOMPARE(panel.side(), Handedness::Right);
    const auto right = doc.posedMesh();
    QSignalSpy side(&doc, &AvatarDocument::sideChanged);
    panel.setSide(Handedness::Left);
    QCOMPARE(side.count(), 1);
    QVERIFY(doc.mirrored());
    QCOMPARE(doc.displaySide(), Handedness::Left);
    const auto left = doc.posedMesh();
    QVERIFY(torch::allclose(left.vertices, right.vertices * torch::tensor({-1.0f, 1.0f, 1.0f})));
    // Same triangles, opposite winding: (a, b, c) -> (a, c, b).
    QVERIFY(torch::equal(left.faces.select(1, 0), right.faces.select(1, 0)));
    QVERIFY(torch::equal(left.faces.select(1, 1), right.faces.select(1, 2)));
    // The mirror image's centroid lies on the other side of the plane x = 0.
    const float shift_right = right.vertices.select(1, 0).mean().item<float>();
    const float shift_left = left.vertices.select(1, 0).mean().item<float>();
    QVERIFY(std::abs(shift_left + shift_right) < 1e-6f);
    panel.setSide(Handedness::Right);
    QVERIFY(!doc.mirrored());
    QVERIFY(torch::allclose(doc.posedMesh().vertices, right.vertices));
  }
};

QTEST_MAIN(PoseTimelineTest)
#include "pose_timeline_test.moc"
