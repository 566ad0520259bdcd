#include <iostream>

#include "app/cli/commands.h"

namespace palma::cli {

const char* const kModelOptionHelp =
    "Hand model: builtin, builtin:right, builtin:left, mano:FILE.npz (your own MANO, converted with\n"
    "      tools/mano_to_npz.py) or template:FILE (a rigged glTF/GLB/FBX hand).";
const char* const kShapeOptionHelp =
    "Shape coefficients, either in order (\"0.5,-1\") or by name (\"size=1.5,palm_width=-0.5\";\n"
    "      names as 'palma model info' lists them). 0 is the average hand, +-3 stays plausible.";

Command modelCommand() {
  return {"model", "Inspect, pose and export hand models", [](const std::vector<std::string>& args) {
            return dispatch("palma model", "Inspect, pose and export hand models.",
                            {modelInfoCommand(), modelExportCommand(), modelPresetsCommand()}, args,
                            std::cout);
          }};
}

}  // namespace palma::cli
