#include <iostream>

#include "app/cli/commands.h"

namespace palma::cli {

const char* const kModelOptionHelp =
    "Hand model: builtin, builtin:right, builtin:left, mano:FILE.npz (your own MANO, converted with\n"
    "      tools/mano_to_npz.py) or template:FILE (a rigged glTF/GLB/FBX hand).";
const char* const kShapeOptionHelp =
    "Shape coefficients, either in order (\"0.5,-1\") or by name (\"size=1.5,palm_width=-0.5\";\n"
    "      names as 'palma model info' lists them). 0 is the average hand, +-3 stays plausible.";
const char* const kJointMapOptionHelp =
    "For template:FILE models: a JSON file naming the file's bone for each of our joints, e.g.\n"
    "      {\"wrist\": \"Hand_Bone\", \"index1\": \"IndexA\", ..., \"thumb_tip\": \"ThumbEnd\"} (our names:\n"
    "      wrist, index1..index3, middle1.., ring1.., pinky1.., thumb1..thumb3, index_tip .. thumb_tip).\n"
    "      Entries override the built-in bone name tables; unlisted joints still use them.";

Command modelCommand() {
  return {"model", "Inspect, pose and export hand models", [](const std::vector<std::string>& args) {
            return dispatch("palma model", "Inspect, pose and export hand models.",
                            {modelInfoCommand(), modelExportCommand(), modelPresetsCommand()}, args,
                            std::cout);
          }};
}

}  // namespace palma::cli
