// The whole reconstruction job on a prepared capture: keypoint initialisation (core/fit/init.h), then
// the staged optimisation (core/fit/reconstructor.h). The CLI, the studio and the benchmark call this.
#pragma once

#include <string>

#include "core/fit/init.h"
#include "core/fit/reconstructor.h"

namespace palma::fit {

struct PipelineResult {
  InitResult init;          // the initialisation the fit started from
  bool init_given = false;  // true: the given initialisation was used, the keypoint fit was skipped
  FitResult fit;
};

// Initialises from the capture's keypoints (and masks), then reconstructs. When `given_init` is
// set and matches the capture (pose [F,16,3] and translation [F,3] for its F frames, a shape no longer
// than the model's), the keypoint fit is skipped and the fit starts from it (a corrected
// initialisation, core/fit/project_init.h); otherwise the initialisation is fitted. Progress of both parts
// goes to options.progress: the initialisation as stage "init" (fraction 0..init_share of the whole), the fit
// after it. Throws like initialiseFromKeypoints and reconstruct; palma::Cancelled when cancelled
// during the initialisation (a cancelled fit returns with `fit.cancelled`).
PipelineResult reconstructCapture(const HandModel& base_model, const std::string& model_spec,
                                  const PreparedCapture& capture, const InitSettings& init_settings,
                                  const ReconstructionConfig& config, const FitOptions& options = {},
                                  const InitResult* given_init = nullptr);

// True when `init` fits the frames of `capture` and the model (see reconstructCapture).
bool initMatchesCapture(const InitResult& init, const PreparedCapture& capture, const HandModel& model);

}  // namespace palma::fit
