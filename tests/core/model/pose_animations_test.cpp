// The studio's and the exporter's hand animations: they start and end at the right presets, move
// smoothly (bounded joint rotation per frame), and behave the same on the mirrored left hand.
#include "core/model/pose_animations.h"

#include <Eigen/Geometry>

#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

constexpr float kDeg = 3.14159265f / 180.0f;

float maxStep(const PoseClip& clip) {
  float worst = 0.0f;
  for (int i = 1; i < clip.numFrames(); ++i)
    worst = std::max(worst, maxJointAngleBetween(clip.poses[i - 1], clip.poses[i]));
  return worst;
}

const HandModel& rightHand() {
  static const HandModel hand = makeBuiltinHand(Handedness::Right);
  return hand;
}

template <typename A, typename B>
bool near(const A& a, const B& b, float tol = 1e-4f) {
  return (a - b).cwiseAbs().maxCoeff() < tol;
}

}  // namespace

PALMA_TEST(animationsStartAndEndAtTheirPresetsAndMoveSmoothly) {
  const HandModel& model = rightHand();
  const PoseMatrix rest = PoseMatrix::Zero();
  for (const auto& name : poseAnimationNames()) {
    const PoseClip clip = poseAnimationClip(model, name, 30.0);
    PALMA_CHECK_MSG(clip.numFrames() > 30, name << ": " << clip.numFrames());
    PALMA_CHECK(clip.times.front() == 0.0);
    PALMA_CHECK(std::abs(clip.seconds() * 30.0 - (clip.numFrames() - 1)) < 1e-6);
    const float step = maxStep(clip);
    PALMA_CHECK_MSG(step < 10.0f * kDeg, name << ": " << step / kDeg << " degrees per frame");
    PALMA_CHECK_MSG(step > 0.5f * kDeg, name << " does not move");
    if (name == "count") {
      PALMA_CHECK(near(clip.poses.front(), posePreset(model, "fist")));
      PALMA_CHECK(near(clip.poses.back(), posePreset(model, "fist")));
    } else {
      PALMA_CHECK_MSG(near(clip.poses.front(), rest) && near(clip.poses.back(), rest), name);
    }
  }
  // fist/point/pinch reach the preset exactly at their middle key.
  for (const char* name : {"fist", "point", "pinch"}) {
    const auto keys = poseAnimationKeys(model, name);
    PALMA_CHECK(near(samplePoseAnimation(model, keys, 1.0), posePreset(model, name)));
    // Halfway to the key, every joint has turned half its angle (slerp with symmetric easing).
    const PoseMatrix half = samplePoseAnimation(model, keys, 0.5);
    PALMA_CHECK_MSG(near(half, PoseMatrix(0.5f * posePreset(model, name)), 1e-3f), name);
  }
}

PALMA_TEST(countExtendsOneFingerAfterAnother) {
  const HandModel& model = rightHand();
  const auto keys = poseAnimationKeys(model, "count");
  PALMA_CHECK(keys.size() == 8);
  // At key k (1..5), fingers 0..k-1 are straight, the others still curled as in the fist.
  for (int k = 1; k <= 5; ++k) {
    const PoseMatrix angles = poseToAnatomical(model, samplePoseAnimation(model, keys, keys[k].time));
    for (int f = 0; f < kNumFingers; ++f) {
      const float flex = std::abs(angles(jointIndex(f, 1), 0)) + std::abs(angles(jointIndex(f, 2), 0));
      if (f < k)
        PALMA_CHECK_MSG(flex < 1e-3f, "key " << k << " finger " << f);
      else
        PALMA_CHECK_MSG(flex > 40.0f * kDeg, "key " << k << " finger " << f);
    }
  }
}

PALMA_TEST(waveTurnsTheWristAboutThePalmNormalWithAnOpenHand) {
  const HandModel& model = rightHand();
  const PoseClip clip = poseAnimationClip(model, "wave", 30.0);
  const Eigen::Vector3f normal = model.joint_frames[jointIndex(kMiddle, 0)].col(1).normalized();
  float lo = 0, hi = 0;
  for (const PoseMatrix& p : clip.poses) {
    PALMA_CHECK(p.bottomRows(kNumJoints - 1).cwiseAbs().maxCoeff() < 1e-6f);  // fingers open
    const Eigen::Vector3f w = p.row(0).transpose();
    PALMA_CHECK(w.cross(normal).norm() < 1e-4f);  // about the palm normal only
    lo = std::min(lo, w.dot(normal));
    hi = std::max(hi, w.dot(normal));
  }
  PALMA_CHECK_MSG(lo < -24.0f * kDeg && hi > 24.0f * kDeg, lo / kDeg << " " << hi / kDeg);
}

PALMA_TEST(leftHandAnimationsMirrorTheRightHands) {
  const HandModel& right = rightHand();
  const HandModel left = mirrored(right);
  for (const auto& name : poseAnimationNames()) {
    const PoseClip r = poseAnimationClip(right, name, 10.0);
    const PoseClip l = poseAnimationClip(left, name, 10.0);
    PALMA_CHECK(r.numFrames() == l.numFrames());
    for (int i = 0; i < r.numFrames(); ++i) {
      // Reflecting x -> -x maps the axis-angle (a, b, c) to (a, -b, -c).
      PoseMatrix m = r.poses[i];
      m.col(1) *= -1.0f;
      m.col(2) *= -1.0f;
      PALMA_CHECK_MSG(near(l.poses[i], m, 1e-4f), name << " frame " << i);
    }
  }
}

PALMA_TEST(presetNamesPlayAsThereAndBackClipsAndBadNamesAreRefused) {
  const HandModel& model = rightHand();
  const PoseClip ok = poseAnimationClip(model, "ok", 12.0);
  PALMA_CHECK(ok.numFrames() == 25);
  PALMA_CHECK(near(ok.poses[12], posePreset(model, "ok")));
  bool threw = false;
  try {
    poseAnimationClip(model, "jazz_hands");
  } catch (const InputError& e) {
    threw = std::string(e.what()).find("wave") != std::string::npos &&
            std::string(e.what()).find("thumbs_up") != std::string::npos;
  }
  PALMA_CHECK(threw);
  threw = false;
  try {
    poseAnimationClip(model, "fist", 0.0);
  } catch (const InputError&) {
    threw = true;
  }
  PALMA_CHECK(threw);
  // Composing a global rotation keeps the fingers and turns the wrist.
  PoseMatrix p = posePreset(model, "fist");
  p.row(0) = Eigen::RowVector3f(0, 0.3f, 0);
  const PoseMatrix g = withGlobalRotation(p, Eigen::Vector3f(0, 0.2f, 0));
  PALMA_CHECK(near(g.row(0), Eigen::RowVector3f(0, 0.5f, 0), 1e-5f));
  PALMA_CHECK(near(g.bottomRows(15), p.bottomRows(15)));
}
