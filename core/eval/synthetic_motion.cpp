// Motions and camera views of the synthetic capture: the capture protocol, the novel-pose motion and
// the novel views.
#include <torch/torch.h>

#include <Eigen/Geometry>
#include <cmath>

#include "core/common/error.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_random.h"
#include "core/model/pose_presets.h"

namespace palma::eval {

namespace {

using synthetic::Random;
using synthetic::Stream;
using synthetic::streamSeed;

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

Eigen::Matrix3f rotation(const Eigen::Vector3f& axis, double angle) {
  return Eigen::AngleAxisf(static_cast<float>(angle), axis.normalized()).toRotationMatrix();
}

// The rest hand's directions: wrist -> middle finger, back-of-hand normal, and the palm centre.
struct RestFrame {
  Eigen::Vector3f wrist, along, back, palm_centre;
};

RestFrame restFrame(const HandModel& model) {
  RestFrame r;
  r.wrist = model.joints.row(0).transpose();
  const Eigen::Vector3f middle = model.joints.row(jointIndex(kMiddle, 0)).transpose();
  r.along = (middle - r.wrist).normalized();
  // The back of the fingers: bone cross flexion axis (positive flexion curls toward the palm).
  Eigen::Vector3f back = Eigen::Vector3f::Zero();
  for (int f = 0; f < 4; ++f) {
    const int j = jointIndex(f, 0);
    const Eigen::Vector3f bone =
        (model.joints.row(j + 1).transpose() - model.joints.row(j).transpose()).normalized();
    back += bone.cross(model.joint_frames[j].col(0));
  }
  r.back = (back - back.dot(r.along) * r.along).normalized();
  r.palm_centre = r.wrist + 0.5f * (middle - r.wrist);
  return r;
}

// The rotation that shows the rest hand upright (fingers toward image up, -y) with the palm facing
// the camera (back toward +z).
Eigen::Matrix3f presentation(const RestFrame& r) {
  Eigen::Matrix3f source, target;
  source << r.along, r.back, r.along.cross(r.back);
  const Eigen::Vector3f up(0, -1, 0), away(0, 0, 1);
  target << up, away, up.cross(away);
  return target * source.transpose();
}

// Fills frame k of `motion` with the global rotation `global` (camera axes) and anatomical finger
// angles, placing the palm centre at `target`.
void setFrame(const HandModel& model, const RestFrame& rest, HandMotion& motion, int64_t k,
              const Eigen::Matrix3f& global, const PoseMatrix& angles, const Eigen::Vector3f& target) {
  PoseMatrix pose = clampToLimits(model, anatomicalToPose(model, angles));
  const Eigen::AngleAxisf aa(global);
  pose.row(0) = (aa.axis() * aa.angle()).transpose();
  // skin(): posed = R (v - wrist) + wrist + t.
  const Eigen::Vector3f t = target - rest.wrist - global * (rest.palm_centre - rest.wrist);
  for (int j = 0; j < kNumJoints; ++j)
    for (int c = 0; c < 3; ++c) motion.pose[k][j][c] = pose(j, c);
  for (int c = 0; c < 3; ++c) motion.translation[k][c] = t[c];
}

HandMotion emptyMotion(int frames) {
  if (frames < 1)
    throw InputError("synthetic motion: need at least one frame, got " + std::to_string(frames));
  return {torch::zeros({frames, kNumJoints, 3}), torch::zeros({frames, 3})};
}

double phaseOf(int64_t k, int frames) { return frames > 1 ? static_cast<double>(k) / (frames - 1) : 0.0; }

}  // namespace

HandMotion captureProtocolMotion(const HandModel& model, int frames, uint64_t seed, double distance) {
  HandMotion motion = emptyMotion(frames);
  Random rng(streamSeed(seed, Stream::Motion));
  const RestFrame rest = restFrame(model);
  const Eigen::Matrix3f base = presentation(rest);
  const PoseMatrix relaxed = posePresetAngles("relaxed"), fist = posePresetAngles("fist");
  const PoseMatrix spread = posePresetAngles("spread");
  double finger_phase[kNumFingers];
  for (double& p : finger_phase) p = rng.uniform(0.0, 0.5);
  const double tilt_phase[3] = {rng.uniform(0, 2 * kPi), rng.uniform(0, 2 * kPi), rng.uniform(0, 2 * kPi)};
  const double drift_phase[3] = {rng.uniform(0, 2 * kPi), rng.uniform(0, 2 * kPi), rng.uniform(0, 2 * kPi)};
  for (int64_t k = 0; k < frames; ++k) {
    const double t = phaseOf(k, frames);
    // Palm -> back -> palm -> back: rotation about the forearm (image vertical) from -10 to 190
    // degrees, i.e. +-100 degrees around the side-on view.
    const double turn = (90.0 - 100.0 * std::cos(2 * kPi * 1.5 * t)) * kDeg;
    // Two flex cycles per finger (toward 80% of a fist, slightly out of step), spreading while open.
    PoseMatrix angles = PoseMatrix::Zero();
    for (int f = 0; f < kNumFingers; ++f) {
      const double flex = 0.5 * (1.0 - std::cos(2 * kPi * 2.0 * t + finger_phase[f]));
      const double open = 1.0 - flex;
      for (int s = 0; s < 3; ++s) {
        const int j = jointIndex(f, s);
        angles.row(j) = (0.4 * relaxed.row(j) + 0.8 * flex * (fist.row(j) - 0.4 * relaxed.row(j)) +
                         open * open * spread.row(j))
                            .cast<float>();
      }
    }
    // Small global motion: a slow tilt about the camera's x and z axes and a drift of about 1 cm.
    const Eigen::Matrix3f tilt =
        rotation(Eigen::Vector3f::UnitX(), 8 * kDeg * std::sin(2 * kPi * 0.7 * t + tilt_phase[0])) *
        rotation(Eigen::Vector3f::UnitZ(), 6 * kDeg * std::sin(2 * kPi * 0.9 * t + tilt_phase[1]));
    const Eigen::Matrix3f global = tilt * rotation(Eigen::Vector3f(0, -1, 0), turn) * base;
    Eigen::Vector3f target(0, 0, static_cast<float>(distance));
    for (int c = 0; c < 3; ++c)
      target[c] += static_cast<float>(0.01 * std::sin(2 * kPi * (0.5 + 0.3 * c) * t + drift_phase[c]) +
                                      0.001 * rng.normal());
    setFrame(model, rest, motion, k, global, angles, target);
  }
  return motion;
}

HandMotion novelPoseMotion(const HandModel& model, int frames, uint64_t seed, double distance) {
  HandMotion motion = emptyMotion(frames);
  Random rng(streamSeed(seed, Stream::NovelPose));
  const RestFrame rest = restFrame(model);
  const Eigen::Matrix3f base = presentation(rest);
  // The protocol already flexes toward a fist, so the fist itself is left out.
  std::vector<std::string> names = {"point", "pinch", "ok", "thumbs_up"};
  for (size_t i = names.size() - 1; i > 0; --i)
    std::swap(names[i], names[rng.index(static_cast<int64_t>(i) + 1)]);
  const Eigen::Vector3f across = rest.back.cross(rest.along);
  const double phase[3] = {rng.uniform(0, 2 * kPi), rng.uniform(0, 2 * kPi), rng.uniform(0, 2 * kPi)};
  for (int64_t k = 0; k < frames; ++k) {
    const double t = phaseOf(k, frames);
    // Walk through the presets, blending each into the next.
    const double x = t * static_cast<double>(names.size() - 1);
    const int a = std::min(static_cast<int>(x), static_cast<int>(names.size()) - 2);
    const double s = x - a, w = s * s * (3 - 2 * s);
    const PoseMatrix angles = (1 - w) * posePresetAngles(names[a]) + w * posePresetAngles(names[a + 1]);
    // Orientations the protocol does not visit: wrist flexion and a hand leaning sideways, seen at
    // about 35-75 degrees between palm and side.
    const Eigen::Matrix3f wrist = rotation(across, 25 * kDeg * std::sin(2 * kPi * t + phase[0]));
    const Eigen::Matrix3f lean =
        rotation(Eigen::Vector3f::UnitZ(), 30 * kDeg * std::sin(2 * kPi * 0.8 * t + phase[1]));
    const double turn = (55.0 + 20.0 * std::sin(2 * kPi * 1.3 * t + phase[2])) * kDeg;
    const Eigen::Matrix3f global = lean * rotation(Eigen::Vector3f(0, -1, 0), turn) * base * wrist;
    setFrame(model, rest, motion, k, global, angles, Eigen::Vector3f(0, 0, static_cast<float>(distance)));
  }
  return motion;
}

CameraPoses novelViews(int count, double distance) {
  if (count < 1) throw InputError("novel views: need at least one view, got " + std::to_string(count));
  if (!(distance > 0) || !std::isfinite(distance))
    throw InputError("novel views: the distance must be positive, got " + std::to_string(distance));
  CameraPoses views{torch::zeros({count, 3, 3}), torch::zeros({count, 3})};
  const Eigen::Vector3d target(0, 0, distance);
  for (int i = 0; i < count; ++i) {
    const double az = (count > 1 ? -75.0 + 150.0 * i / (count - 1) : 0.0) * kDeg;
    const double el = (i % 2 == 0 ? 25.0 : -25.0) * kDeg;
    const Eigen::Vector3d centre =
        target +
        distance * Eigen::Vector3d(std::sin(az) * std::cos(el), -std::sin(el), -std::cos(az) * std::cos(el));
    // Rows of world -> camera are the camera's axes: z toward the target, x right, y down (kept close
    // to the world's y).
    const Eigen::Vector3d z = (target - centre).normalized();
    const Eigen::Vector3d x = Eigen::Vector3d(0, 1, 0).cross(z).normalized();
    const Eigen::Vector3d y = z.cross(x);
    Eigen::Matrix3d r;
    r.row(0) = x.transpose();
    r.row(1) = y.transpose();
    r.row(2) = z.transpose();
    const Eigen::Vector3d t = -r * centre;
    for (int a = 0; a < 3; ++a) {
      for (int b = 0; b < 3; ++b) views.rotation[i][a][b] = r(a, b);
      views.translation[i][a] = t[a];
    }
  }
  return views;
}

}  // namespace palma::eval
