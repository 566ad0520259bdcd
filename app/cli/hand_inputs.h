// Turning command-line text into model inputs: shape vectors ("--shape") and poses ("--pose" preset
// names or JSON files). Shared by every palma sub-command that poses a hand.
#pragma once

#include <string>

#include <optional>

#include "core/model/hand_model.h"
#include "core/model/pose_presets.h"
#include "core/model/template_loader.h"

namespace palma::cli {

// "0.5,-1,2" (coefficients in order; fewer than K leaves the rest 0) or "size=1.5,palm_width=-0.5"
// (component names as `palma model info` lists them). Empty text gives an empty vector (= average
// hand). Throws UsageError for malformed numbers, unknown names or too many values.
Eigen::VectorXf parseShape(const std::string& text, const HandModel& model);

// The text --help shows for the pose JSON format.
extern const char* const kPoseFileHelp;

// A pose preset name (see posePresetNames()) or a path ending in ".json" (kPoseFileHelp). Throws
// InputError for unknown presets and for unreadable or malformed files, naming what is wrong.
PoseMatrix loadPose(const std::string& preset_or_file, const HandModel& model);

// Import options for --model SPEC with an optional --joint-map FILE. The mapping file only applies to
// "template:" models (UsageError otherwise); it is read and checked here, before the model loads, so a
// missing or malformed file fails early with an InputError naming the file and the problem.
TemplateImportOptions templateImportOptions(const std::string& model_spec,
                                            const std::optional<std::string>& joint_map_file);

// The pose JSON reader on its own (for tests and other front ends).
PoseMatrix parsePoseJson(const std::string& json_text, const HandModel& model, const std::string& source);

}  // namespace palma::cli
