// The palma sub-commands. Each returns a Command (name, one-line summary, entry point) whose entry
// point parses its own options with ArgParser, writes results to stdout and throws palma::Error
// (UsageError for a wrong command line) on failure; main() turns those into "palma: error:" lines.
#pragma once

#include "app/cli/arg_parser.h"

namespace palma::cli {

Command modelCommand();         // palma model <info|export|presets>
Command modelInfoCommand();     // palma model info
Command modelExportCommand();   // palma model export
Command modelPresetsCommand();  // palma model presets
Command demoCommand();          // palma demo
Command benchCommand();         // palma bench <render>
Command synthCommand();         // palma synth
Command reconstructCommand();   // palma reconstruct
Command prepareCommand();       // palma prepare
Command renderCommand();        // palma render
Command evalCommand();          // palma eval
Command exportCommand();        // palma export

// Shared option texts, so every command describes --model and --shape the same way.
extern const char* const kModelOptionHelp;
extern const char* const kShapeOptionHelp;
extern const char* const kJointMapOptionHelp;

}  // namespace palma::cli
