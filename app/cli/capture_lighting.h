// The synthetic capture's lighting options, shared by `palma synth` (--ambient, --specular) and
// `palma bench fit` (--capture-ambient, --capture-specular): the soft SH sky ambient or a uniform one,
// and the strength of the specular lobe. Both are effects the fitter does not model.
#pragma once

#include <string>

#include "app/cli/arg_parser.h"

namespace palma::cli {

// Declares `--<prefix>ambient KIND` and `--<prefix>specular K` with the synthetic capture's defaults.
void addCaptureLightingOptions(ArgParser& parser, const std::string& prefix);

// Reads them: sky = whether the ambient is the SH sky, specular = the lobe's strength in [0, 1].
// Throws UsageError naming the option for an unknown kind or a value out of range.
void readCaptureLighting(const ParsedArgs& parsed, const std::string& prefix, bool& sky, double& specular);

}  // namespace palma::cli
