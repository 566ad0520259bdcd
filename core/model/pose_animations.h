// Short hand animations built from the pose presets (core/model/pose_presets.h): fist, point and pinch
// (rest -> preset -> rest), count (from a fist the fingers extend one after another, then close again)
// and wave (an open hand whose wrist turns side to side). Each animation is a list of key poses in
// anatomical angles; between keys every joint's rotation is interpolated along the shortest arc
// (quaternion slerp) with an ease-in/ease-out, so joints start and stop smoothly at each key.
//
// Every pose preset name is also accepted as a clip: rest -> preset -> rest in two seconds (the clip
// the exporter writes for ExportAnimation::Preset). No Qt, no I/O: the studio's timeline, the exporter
// and the CLI share these clips.
#pragma once

#include <Eigen/Core>
#include <string>
#include <vector>

#include "core/model/hand_model.h"
#include "core/model/pose_presets.h"

namespace palma {

// One key of an animation: at `time` seconds the hand takes `angles`, anatomical angles as in
// posePresetAngles (x flexion, y abduction, z twist per joint, right-hand convention); row 0 is the
// wrist's own rotation as an axis-angle vector in the model's rest frame (zero for all but `wave`).
struct PoseKey {
  double time = 0.0;
  PoseMatrix angles = PoseMatrix::Zero();
};

// A sampled animation: poses (axis-angle, skinning convention, of one model) at increasing times.
struct PoseClip {
  std::string name;
  std::vector<double> times;      // seconds, from 0
  std::vector<PoseMatrix> poses;  // one per time
  double seconds() const { return times.empty() ? 0.0 : times.back(); }
  int numFrames() const { return static_cast<int>(poses.size()); }
};

// "fist", "point", "pinch", "count", "wave".
std::vector<std::string> poseAnimationNames();
bool isPoseAnimation(const std::string& name);

// The keys of an animation or of a preset's rest -> preset -> rest clip, for `model` (the wave turns
// about the model's palm normal). Throws palma::InputError listing animations and presets for an
// unknown name.
std::vector<PoseKey> poseAnimationKeys(const HandModel& model, const std::string& name);

// The pose of the animation at `time` seconds (clamped to its duration).
PoseMatrix samplePoseAnimation(const HandModel& model, const std::vector<PoseKey>& keys, double time);

// The animation sampled at `fps` frames per second, first and last key included (round(seconds * fps)
// + 1 frames, evenly spaced). Throws palma::InputError for an unknown name or fps outside 1..1000.
PoseClip poseAnimationClip(const HandModel& model, const std::string& name, double fps = 30.0);

// Per-joint shortest-arc interpolation between two axis-angle poses (t = 0: a, t = 1: b).
PoseMatrix slerpPose(const PoseMatrix& a, const PoseMatrix& b, float t);

// `pose` with its wrist rotation applied after `global` (axis-angle): row 0 becomes global * pose.row(0)
// as rotations. Puts an animation (whose wrist moves in the hand's rest frame) into a captured
// orientation.
PoseMatrix withGlobalRotation(const PoseMatrix& pose, const Eigen::Vector3f& global);

// The largest rotation angle (radians) of any joint between two poses (the joint's relative rotation).
float maxJointAngleBetween(const PoseMatrix& a, const PoseMatrix& b);

}  // namespace palma
