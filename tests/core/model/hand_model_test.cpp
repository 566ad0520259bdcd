// Specification of the HandModel value type, its keypoint layout and pose presets.
#include <Eigen/Geometry>
#include <Eigen/LU>
#include <set>

#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {
const HandModel& hand() {
  static const HandModel m = makeBuiltinHand();
  return m;
}
}  // namespace

PALMA_TEST(keypointLayoutFollowsMediaPipeOrder) {
  const auto& src = keypointSources();
  PALMA_CHECK(src[0] == 0);
  PALMA_CHECK(src[1] == jointIndex(kThumb, 0) && src[4] == -(1 + kThumb));
  PALMA_CHECK(src[5] == jointIndex(kIndex, 0) && src[8] == -(1 + kIndex));
  PALMA_CHECK(src[9] == jointIndex(kMiddle, 0) && src[12] == -(1 + kMiddle));
  PALMA_CHECK(src[13] == jointIndex(kRing, 0) && src[16] == -(1 + kRing));
  PALMA_CHECK(src[17] == jointIndex(kPinky, 0) && src[20] == -(1 + kPinky));
  // Every joint and every tip appears exactly once.
  std::set<int> seen(src.begin(), src.end());
  PALMA_CHECK(seen.size() == 21u);
  PALMA_CHECK(std::string(keypointNames()[8]) == "index_tip");
}

PALMA_TEST(validateNamesTheBrokenField) {
  HandModel m = hand();
  m.skin_weights(10, 3) += 0.5f;
  PALMA_CHECK_THROWS(m.validate(), palma::Error, "skin_weights");
  m = hand();
  m.faces(0, 0) = m.numVertices();
  PALMA_CHECK_THROWS(m.validate(), palma::Error, "faces");
  m = hand();
  m.parents[5] = 9;
  PALMA_CHECK_THROWS(m.validate(), palma::Error, "parents");
  m = hand();
  m.shape_names.pop_back();
  PALMA_CHECK_THROWS(m.validate(), palma::Error, "shape_names");
  m = hand();
  m.vertices(3, 1) = std::nanf("");
  PALMA_CHECK_THROWS(m.validate(), palma::Error, "vertices");
}

PALMA_TEST(jointFramesAreRotationsAndFlexionCurlsTowardThePalm) {
  for (const HandModel& m : {hand(), mirrored(hand())}) {
    for (int j = 0; j < kNumJoints; ++j) {
      const Eigen::Matrix3f& f = m.joint_frames[j];
      PALMA_CHECK_NEAR((f.transpose() * f - Eigen::Matrix3f::Identity()).cwiseAbs().maxCoeff(), 0.0, 1e-5);
      PALMA_CHECK_NEAR(f.determinant(), 1.0, 1e-5);
    }
    // The back of the built-in hand faces +z: flexing a finger moves its tip toward -z.
    PoseMatrix angles = PoseMatrix::Zero();
    angles(jointIndex(kIndex, 0), 0) = 0.5f;
    const PoseMatrix pose = anatomicalToPose(m, angles);
    const Eigen::Vector3f axis = pose.row(jointIndex(kIndex, 0)).transpose();
    const Eigen::Vector3f bone = m.joint_frames[jointIndex(kIndex, 0)].col(2);
    PALMA_CHECK(axis.cross(bone).z() < 0.0f);
  }
}

PALMA_TEST(anatomicalAnglesRoundTrip) {
  const PoseMatrix angles = posePresetAngles("pinch");
  for (const HandModel& m : {hand(), mirrored(hand())}) {
    const PoseMatrix back = poseToAnatomical(m, anatomicalToPose(m, angles));
    PALMA_CHECK_NEAR((back - angles).cwiseAbs().maxCoeff(), 0.0, 1e-6);
  }
}

PALMA_TEST(presetsAreWithinJointLimitsAndUnknownNamesListTheKnownOnes) {
  for (const auto& name : posePresetNames()) {
    const PoseMatrix pose = posePreset(hand(), name);
    PALMA_CHECK_NEAR((clampToLimits(hand(), pose) - pose).cwiseAbs().maxCoeff(), 0.0, 1e-6);
  }
  PALMA_CHECK_THROWS(posePresetAngles("jazz_hands"), palma::InputError, "known presets: rest");
  PoseMatrix wild = PoseMatrix::Zero();
  wild(jointIndex(kMiddle, 1), 0) = 3.0f;  // PIP flexion beyond 115 degrees
  const PoseMatrix clamped = poseToAnatomical(hand(), clampToLimits(hand(), anatomicalToPose(hand(), wild)));
  PALMA_CHECK_NEAR(clamped(jointIndex(kMiddle, 1), 0), hand().joint_limits[jointIndex(kMiddle, 1)].upper(0),
                   1e-5);
}
