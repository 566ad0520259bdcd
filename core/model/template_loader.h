// Importing a rigged hand (glTF/GLB, FBX, anything Assimp reads with a skin) as a HandModel: bones are
// mapped to our 16 joints and 5 fingertips by name (core/model/template_names.h) or by an explicit
// mapping file; other bones fold their weights into the nearest mapped ancestor; the shape space is the
// generic one (core/model/shape_space.h). See docs/model.md, "Importing a rigged hand".
#pragma once

#include <string>

#include "core/model/hand_model.h"

namespace palma {

struct TemplateImportOptions {
  // Optional JSON file {"our_joint_name": "their_bone_name", ...}; our names are canonicalJointNames()
  // and canonicalTipNames(). Entries override the built-in name tables; the rest still come from them.
  std::string joint_map_file;
};

// What the import measured or had to guess (for the CLI, the logs and the tests).
struct TemplateImportReport {
  int source_vertices = 0;             // vertices as Assimp delivered them (split at UV seams)
  int welded_vertices = 0;             // after welding by position and skin weights
  int folded_bones = 0;                // bones whose weights went to a mapped ancestor joint
  float hand_length = 0;               // metres, wrist -> middle joints -> middle fingertip
  float unit_scale = 1;                // applied to the file's coordinates (FBX UnitScaleFactor / 100)
  float max_tip_error = 0;             // metres, largest distance between a tip site and its regressor
  bool handedness_from_names = false;  // false: from handednessFromGeometry
  std::array<std::string, kNumFingers> tip_source;  // per finger: "node NAME" or "snapped"
};

// Loads a rigged hand. Throws palma::InputError for a missing or unreadable file, a scene without a
// skinned mesh, joints that cannot be mapped (listed, with an example mapping file), or an implausible
// size (wrong units).
HandModel loadRiggedTemplate(const std::string& path, const TemplateImportOptions& options = {},
                             TemplateImportReport* report = nullptr);

// Left or right from the geometry alone, for models whose names do not say. With the palm normal
// n = (index1 - wrist) x (pinky1 - wrist), which points out of the palm of a right hand (the convention
// of estimateJointFrames), the thumb lies on the palm's side in any rest pose because it is opposed to
// the palm: right when the sum over thumb1, thumb2, thumb3 and the thumb tip of (p - wrist).n is >= 0.
// (Fingertips are no help: in the WebXR hands they sit 2-13 mm on the back's side of that plane, the
// thumb 18-48 mm on the palm's side.)
Handedness handednessFromGeometry(const MatrixX3f& joints, const MatrixX3f& tips);

}  // namespace palma
