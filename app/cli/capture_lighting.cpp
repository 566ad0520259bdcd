#include "app/cli/capture_lighting.h"

#include <sstream>

#include "core/eval/synthetic_capture.h"

namespace palma::cli {

void addCaptureLightingOptions(ArgParser& parser, const std::string& prefix) {
  const eval::SyntheticSettings defaults;
  std::ostringstream specular;
  specular << defaults.specular_strength;
  parser
      .option(prefix + "ambient", "KIND",
              "Ambient light of the capture: sky (a soft SH sky, brighter from above) or uniform (the "
              "fitter's model)",
              defaults.sh_lighting ? "sky" : "uniform")
      .option(prefix + "specular", "K", "Strength of the capture's Blinn-Phong specular lobe, 0..1 (0: none)",
              specular.str());
}

void readCaptureLighting(const ParsedArgs& parsed, const std::string& prefix, bool& sky, double& specular) {
  const std::string ambient = parsed.get(prefix + "ambient");
  if (ambient == "sky")
    sky = true;
  else if (ambient == "uniform")
    sky = false;
  else
    throw UsageError("--" + prefix + "ambient must be sky or uniform, not '" + ambient + "'");
  specular = parsed.getDouble(prefix + "specular", 0, 1);
}

}  // namespace palma::cli
