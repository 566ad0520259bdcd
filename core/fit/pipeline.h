// The whole reconstruction job on a prepared capture: keypoint initialisation (core/fit/init.h), then
// the staged optimisation (core/fit/reconstructor.h). The CLI, the studio and the benchmark call this.
#pragma once

#include <string>

#include "core/fit/init.h"
#include "core/fit/reconstructor.h"

namespace palma::fit {

struct PipelineResult {
  InitResult init;
  FitResult fit;
};

// Initialises from the capture's keypoints (and masks), then reconstructs. Progress of both parts goes
// to options.progress: the initialisation as stage "init" (fraction 0..init_share of the whole), the fit
// after it. Throws like initialiseFromKeypoints and reconstruct; palma::Cancelled when cancelled
// during the initialisation (a cancelled fit returns with `fit.cancelled`).
PipelineResult reconstructCapture(const HandModel& base_model, const std::string& model_spec,
                                  const PreparedCapture& capture, const InitSettings& init_settings,
                                  const ReconstructionConfig& config, const FitOptions& options = {});

}  // namespace palma::fit
