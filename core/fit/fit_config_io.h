// The JSON form of ReconstructionConfig (format "palma-reconstruction-config", version 1).
//
// A config file names only what it changes: it starts from a preset ("preset": "harp" | "demo" |
// "quick", default "harp"), top-level keys override the preset's values, and a "stages" array
// replaces the stage list, each entry starting from the preset's stage of the same name. Unknown keys
// are errors (a typo must not be silently ignored). docs/reconstruction.md lists every key.
#pragma once

#include <string>

#include "core/fit/fit_config.h"

namespace palma::fit {

// Parses a config from JSON text; `origin` names the source in error messages. Throws
// palma::InputError naming the key and the problem.
ReconstructionConfig parseReconstructionConfig(const std::string& json_text,
                                               const std::string& origin = "config");

// Reads a config file (InputError for a missing, unreadable, or malformed file).
ReconstructionConfig loadReconstructionConfig(const std::string& path);

// The complete config as JSON (every key, so the file documents what was run).
std::string reconstructionConfigToJson(const ReconstructionConfig& config);

// Writes reconstructionConfigToJson() atomically.
void saveReconstructionConfig(const ReconstructionConfig& config, const std::string& path);

}  // namespace palma::fit
