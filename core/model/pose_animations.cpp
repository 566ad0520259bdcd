#include "core/model/pose_animations.h"

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>

#include "core/common/error.h"

namespace palma {

namespace {

constexpr float kDeg = 3.14159265f / 180.0f;

Eigen::Quaternionf toQuaternion(const Eigen::Vector3f& aa) {
  const float angle = aa.norm();
  if (angle < 1e-12f) return Eigen::Quaternionf::Identity();
  return Eigen::Quaternionf(Eigen::AngleAxisf(angle, aa / angle));
}

Eigen::Vector3f toAxisAngle(const Eigen::Quaternionf& q) {
  const Eigen::AngleAxisf aa(q.normalized());
  // Keep the angle in [0, pi] so that the vector is the shortest rotation.
  float angle = aa.angle();
  Eigen::Vector3f axis = aa.axis();
  if (angle > 3.14159265f) {
    angle = 2.0f * 3.14159265f - angle;
    axis = -axis;
  }
  return angle * axis;
}

// Rest -> target -> rest in two seconds.
std::vector<PoseKey> thereAndBack(const PoseMatrix& target) {
  return {{0.0, PoseMatrix::Zero()}, {1.0, target}, {2.0, PoseMatrix::Zero()}};
}

std::vector<PoseKey> countKeys() {
  // From a fist, index, middle, ring, pinky and thumb extend in turn; the open hand holds, then closes.
  const PoseMatrix fist = posePresetAngles("fist");
  std::vector<PoseKey> keys{{0.0, fist}};
  PoseMatrix current = fist;
  double time = 0.4;
  for (int finger : {kIndex, kMiddle, kRing, kPinky, kThumb}) {
    time += 0.6;
    for (int s = 0; s < 3; ++s) current.row(jointIndex(finger, s)).setZero();
    keys.push_back({time, current});
  }
  keys.push_back({time + 0.5, current});
  keys.push_back({time + 1.5, fist});
  return keys;
}

std::vector<PoseKey> waveKeys(const HandModel& model) {
  // The wrist turns about the palm normal (the middle finger's abduction axis in the rest pose): radial
  // and ulnar deviation of an open hand. A left hand's frames are the mirror image of a right hand's,
  // which maps an axis n to -M n for rotations (M: x -> -x), hence the sign: both sides start toward
  // the thumb.
  const float side = model.handedness == Handedness::Left ? -1.0f : 1.0f;
  const Eigen::Vector3f normal = side * model.joint_frames[jointIndex(kMiddle, 0)].col(1).normalized();
  const auto wrist = [&](float degrees) {
    PoseMatrix a = PoseMatrix::Zero();
    a.row(0) = (degrees * kDeg * normal).transpose();
    return a;
  };
  return {{0.0, wrist(0)},  {0.4, wrist(25)},  {1.0, wrist(-25)},
          {1.6, wrist(25)}, {2.2, wrist(-25)}, {2.6, wrist(0)}};
}

}  // namespace

std::vector<std::string> poseAnimationNames() { return {"fist", "point", "pinch", "count", "wave"}; }

bool isPoseAnimation(const std::string& name) {
  const auto names = poseAnimationNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::vector<PoseKey> poseAnimationKeys(const HandModel& model, const std::string& name) {
  if (name == "count") return countKeys();
  if (name == "wave") return waveKeys(model);
  const auto presets = posePresetNames();
  if (std::find(presets.begin(), presets.end(), name) == presets.end()) {
    std::string known;
    for (const auto& n : poseAnimationNames()) known += (known.empty() ? "" : ", ") + n;
    std::string preset_list;
    for (const auto& n : presets) preset_list += (preset_list.empty() ? "" : ", ") + n;
    throw InputError("unknown animation '" + name + "' (animations: " + known +
                     "; or a pose preset: " + preset_list + ")");
  }
  return thereAndBack(posePresetAngles(name));
}

PoseMatrix samplePoseAnimation(const HandModel& model, const std::vector<PoseKey>& keys, double time) {
  if (keys.empty()) throw InputError("an animation needs at least one key");
  if (time <= keys.front().time || keys.size() == 1) return anatomicalToPose(model, keys.front().angles);
  if (time >= keys.back().time) return anatomicalToPose(model, keys.back().angles);
  size_t k = 1;
  while (k + 1 < keys.size() && keys[k].time < time) ++k;
  const PoseKey& a = keys[k - 1];
  const PoseKey& b = keys[k];
  const double span = b.time - a.time;
  const double u = span > 0 ? (time - a.time) / span : 1.0;
  // Ease in and out: zero angular velocity at every key.
  const float eased = static_cast<float>(0.5 - 0.5 * std::cos(3.14159265358979323846 * u));
  return slerpPose(anatomicalToPose(model, a.angles), anatomicalToPose(model, b.angles), eased);
}

PoseClip poseAnimationClip(const HandModel& model, const std::string& name, double fps) {
  if (!(fps >= 1.0 && fps <= 1000.0))
    throw InputError("an animation's frame rate must be 1..1000 frames per second, got " +
                     std::to_string(fps));
  const auto keys = poseAnimationKeys(model, name);
  PoseClip clip;
  clip.name = name;
  const double seconds = keys.back().time;
  const int frames = std::max(2, static_cast<int>(std::lround(seconds * fps)) + 1);
  for (int i = 0; i < frames; ++i) {
    const double t = seconds * i / (frames - 1);
    clip.times.push_back(t);
    clip.poses.push_back(samplePoseAnimation(model, keys, t));
  }
  return clip;
}

PoseMatrix slerpPose(const PoseMatrix& a, const PoseMatrix& b, float t) {
  PoseMatrix out;
  for (int j = 0; j < kNumJoints; ++j) {
    const Eigen::Quaternionf qa = toQuaternion(a.row(j).transpose());
    const Eigen::Quaternionf qb = toQuaternion(b.row(j).transpose());
    out.row(j) = toAxisAngle(qa.slerp(t, qb)).transpose();  // Eigen's slerp takes the shorter arc
  }
  return out;
}

PoseMatrix withGlobalRotation(const PoseMatrix& pose, const Eigen::Vector3f& global) {
  PoseMatrix out = pose;
  out.row(0) = toAxisAngle(toQuaternion(global) * toQuaternion(pose.row(0).transpose())).transpose();
  return out;
}

float maxJointAngleBetween(const PoseMatrix& a, const PoseMatrix& b) {
  float worst = 0.0f;
  for (int j = 0; j < kNumJoints; ++j) {
    const Eigen::Quaternionf d =
        toQuaternion(a.row(j).transpose()).conjugate() * toQuaternion(b.row(j).transpose());
    worst = std::max(worst, toAxisAngle(d).norm());
  }
  return worst;
}

}  // namespace palma
