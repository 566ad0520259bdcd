#include "core/model/pose_presets.h"

#include <Eigen/Geometry>
#include <map>

#include "core/common/error.h"

namespace palma {

namespace {

constexpr float kDeg = 3.14159265f / 180.0f;

// Per finger (index, middle, ring, pinky) the three joints' flexion, and the MCP abduction.
struct FingerAngles {
  float mcp, pip, dip, spread;
};
// Thumb CMC (flexion, abduction, twist), MCP and IP flexion.
struct ThumbAngles {
  float cmc_flex, cmc_abd, cmc_twist, mcp, ip;
};

PoseMatrix compose(const std::array<FingerAngles, 4>& fingers, const ThumbAngles& thumb) {
  PoseMatrix a = PoseMatrix::Zero();
  for (int f = 0; f < 4; ++f) {
    a(jointIndex(f, 0), 0) = fingers[f].mcp * kDeg;
    a(jointIndex(f, 0), 1) = fingers[f].spread * kDeg;
    a(jointIndex(f, 1), 0) = fingers[f].pip * kDeg;
    a(jointIndex(f, 2), 0) = fingers[f].dip * kDeg;
  }
  a(jointIndex(kThumb, 0), 0) = thumb.cmc_flex * kDeg;
  a(jointIndex(kThumb, 0), 1) = thumb.cmc_abd * kDeg;
  a(jointIndex(kThumb, 0), 2) = thumb.cmc_twist * kDeg;
  a(jointIndex(kThumb, 1), 0) = thumb.mcp * kDeg;
  a(jointIndex(kThumb, 2), 0) = thumb.ip * kDeg;
  return a;
}

// Angles in degrees; positive abduction moves a finger toward the thumb side.
const std::map<std::string, PoseMatrix>& presets() {
  static const std::map<std::string, PoseMatrix> table = [] {
    std::map<std::string, PoseMatrix> t;
    t["rest"] = PoseMatrix::Zero();
    t["relaxed"] =
        compose({{{20, 25, 12, 3}, {22, 28, 14, 0}, {25, 30, 15, -3}, {28, 32, 16, -6}}}, {10, 5, 0, 10, 10});
    t["fist"] =
        compose({{{75, 95, 45, 2}, {78, 95, 45, 0}, {80, 95, 45, -2}, {82, 95, 35, -4}}}, {0, -5, 0, 45, 40});
    t["point"] =
        compose({{{0, 0, 0, 0}, {78, 95, 45, 0}, {80, 95, 45, -2}, {82, 95, 35, -4}}}, {0, -5, 0, 45, 40});
    t["pinch"] = compose({{{40, 45, 20, 0}, {35, 40, 15, 0}, {35, 40, 15, -3}, {35, 40, 15, -6}}},
                         {30, 5, 10, 20, 20});
    t["spread"] =
        compose({{{-5, 0, 0, 15}, {-5, 0, 0, 0}, {-5, 0, 0, -12}, {-5, 0, 0, -22}}}, {-10, 30, 0, 0, 0});
    t["thumbs_up"] =
        compose({{{75, 95, 45, 2}, {78, 95, 45, 0}, {80, 95, 45, -2}, {82, 95, 35, -4}}}, {0, 10, 0, 0, 0});
    t["ok"] =
        compose({{{45, 50, 25, 0}, {10, 10, 5, 0}, {10, 10, 5, -4}, {12, 12, 6, -8}}}, {32, 5, 12, 22, 22});
    return t;
  }();
  return table;
}

}  // namespace

std::vector<std::string> posePresetNames() {
  // A fixed, human order rather than the map's alphabetical one.
  return {"rest", "relaxed", "fist", "point", "pinch", "spread", "thumbs_up", "ok"};
}

PoseMatrix posePresetAngles(const std::string& name) {
  const auto it = presets().find(name);
  if (it == presets().end()) {
    std::string known;
    for (const auto& n : posePresetNames()) known += (known.empty() ? "" : ", ") + n;
    throw InputError("unknown pose preset '" + name + "' (known presets: " + known + ")");
  }
  return it->second;
}

PoseMatrix anatomicalToPose(const HandModel& model, const PoseMatrix& angles) {
  // A rotation by local axis-angle a in frame F is the world rotation F R(a) F^T = R(F a).
  // Left hands' frames flip abduction and twist (see mirrored()), so the same anatomical motion
  // negates those two components.
  const float s = model.handedness == Handedness::Left ? -1.0f : 1.0f;
  PoseMatrix pose = PoseMatrix::Zero();
  for (int j = 1; j < kNumJoints; ++j) {
    const Eigen::Vector3f local(angles(j, 0), s * angles(j, 1), s * angles(j, 2));
    pose.row(j) = (model.joint_frames[j] * local).transpose();
  }
  pose.row(0) = angles.row(0);
  return pose;
}

PoseMatrix poseToAnatomical(const HandModel& model, const PoseMatrix& pose) {
  const float s = model.handedness == Handedness::Left ? -1.0f : 1.0f;
  PoseMatrix angles = PoseMatrix::Zero();
  for (int j = 1; j < kNumJoints; ++j) {
    const Eigen::Vector3f local = model.joint_frames[j].transpose() * pose.row(j).transpose();
    angles.row(j) = Eigen::Vector3f(local(0), s * local(1), s * local(2)).transpose();
  }
  angles.row(0) = pose.row(0);
  return angles;
}

PoseMatrix posePreset(const HandModel& model, const std::string& name) {
  return anatomicalToPose(model, posePresetAngles(name));
}

PoseMatrix clampToLimits(const HandModel& model, const PoseMatrix& pose) {
  PoseMatrix angles = poseToAnatomical(model, pose);
  for (int j = 1; j < kNumJoints; ++j) {
    // Limits are stored in the model's own frame convention; anatomical angles are right-hand
    // convention, so compare in the model's frame.
    const float s = model.handedness == Handedness::Left ? -1.0f : 1.0f;
    Eigen::Vector3f local(angles(j, 0), s * angles(j, 1), s * angles(j, 2));
    local = local.cwiseMax(model.joint_limits[j].lower).cwiseMin(model.joint_limits[j].upper);
    angles.row(j) = Eigen::Vector3f(local(0), s * local(1), s * local(2)).transpose();
  }
  return anatomicalToPose(model, angles);
}

}  // namespace palma
