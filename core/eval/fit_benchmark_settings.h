// The fit benchmark's settings (`palma bench fit --setting`, `palma-engine-bench fit --setting`): the
// synthetic capture's size and the reconstruction preset of each.
#pragma once

#include <string>

#include "core/common/error.h"

namespace palma::eval {

struct FitBenchmarkSetting {
  int frames = 0;         // capture frames
  int size = 0;           // frame side in pixels
  int texture = 0;        // ground-truth texture size
  int holdout = 0;        // every holdout-th frame is held out of the fit
  int refine_epochs = 0;  // pose refinement of the evaluation frames
  std::string preset;     // reconstruction preset
};

// tiny (seconds, for tests), demo (as `palma demo`) or harp (METHOD.md §5: 100 frames, 448^2).
inline FitBenchmarkSetting fitBenchmarkSetting(const std::string& name) {
  if (name == "tiny") return {8, 96, 64, 4, 4, "quick"};
  if (name == "demo") return {24, 224, 512, 6, 80, "demo"};
  if (name == "harp") return {100, 448, 512, 10, 80, "harp"};
  throw InputError("unknown fit benchmark setting '" + name + "': use tiny, demo or harp");
}

}  // namespace palma::eval
