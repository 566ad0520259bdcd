#include <iostream>

#include "app/cli/commands.h"
#include "core/model/pose_presets.h"

namespace palma::cli {

Command modelPresetsCommand() {
  return {"presets", "List the named pose presets (for --pose)", [](const std::vector<std::string>& args) {
            const ArgParser parser("palma model presets",
                                   "List the named pose presets that --pose accepts, one per line.");
            const ParsedArgs parsed = parser.parse(args);
            if (parsed.helpRequested()) {
              std::cout << parser.helpText();
              return 0;
            }
            for (const std::string& name : posePresetNames()) std::cout << name << "\n";
            return 0;
          }};
}

}  // namespace palma::cli
