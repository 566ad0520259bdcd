// Named hand poses (rest, fist, point, pinch, ...) that work on every HandModel: each preset is a set of
// anatomical angles (flexion, abduction, twist per joint) turned into the model's axis-angle pose through
// its joint frames.
#pragma once

#include <string>
#include <vector>

#include "core/model/hand_model.h"

namespace palma {

using PoseMatrix = Eigen::Matrix<float, kNumJoints, 3, Eigen::RowMajor>;  // axis-angle per joint

std::vector<std::string> posePresetNames();

// Anatomical angles in radians per joint, x = flexion, y = abduction, z = twist, for a right hand.
// Throws palma::InputError listing the known names when `name` is unknown.
PoseMatrix posePresetAngles(const std::string& name);

// Anatomical angles -> axis-angle pose of `model` (joint 0 stays zero). Mirrored for left hands.
PoseMatrix anatomicalToPose(const HandModel& model, const PoseMatrix& angles);
// The inverse, for reading a pose back as anatomical angles.
PoseMatrix poseToAnatomical(const HandModel& model, const PoseMatrix& pose);

// posePresetAngles + anatomicalToPose.
PoseMatrix posePreset(const HandModel& model, const std::string& name);

// Clamp a pose to the model's joint limits (in anatomical angles).
PoseMatrix clampToLimits(const HandModel& model, const PoseMatrix& pose);

}  // namespace palma
