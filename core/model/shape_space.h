// A generic, skeleton-driven linear shape space that works for any rigged hand template: each
// component scales bone lengths or limb thickness by a small amount and the mesh follows through its
// skinning weights. Linearised, so it is a plain blendshape basis (HandModel::shape_dirs) whose joints
// move with it (HandModel::joint_shape_dirs). Coefficient 1 is about one standard deviation of adult
// hands; +-3 stays plausible.
#pragma once

#include "core/model/hand_model.h"

namespace palma {

// Component names, in order: size, palm_width, palm_length, index_length, middle_length, ring_length,
// pinky_length, thumb_length, finger_thickness, thumb_placement.
std::vector<std::string> genericShapeNames();

// Fills model.shape_dirs, model.joint_shape_dirs and model.shape_names from the model's rest mesh,
// joints, joint frames and skinning weights (all must be set).
void buildGenericShapeSpace(HandModel& model);

}  // namespace palma
