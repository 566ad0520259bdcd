#include "core/fit/pipeline.h"

#include <torch/torch.h>

#include "core/model/skinning.h"

namespace palma::fit {

namespace {
constexpr double kInitShare = 0.05;  // of the progress bar
}

PipelineResult reconstructCapture(const HandModel& base_model, const std::string& model_spec,
                                  const PreparedCapture& capture, const InitSettings& init_settings,
                                  const ReconstructionConfig& config, const FitOptions& options,
                                  const InitResult* given_init) {
  config.validate();
  PipelineResult out;
  const Rig rig = makeRig(base_model);
  ProgressCallback init_progress;
  if (options.progress)
    init_progress = [&](const ProgressEvent& e) {
      FitProgress p;
      p.stage = "init";
      p.stage_count = static_cast<int>(config.stages.size());
      p.fraction = kInitShare * e.fraction;
      p.detail = e.message;
      options.progress(p);
    };
  if (given_init && initMatchesCapture(*given_init, capture, base_model)) {
    out.init = *given_init;
    out.init_given = true;
    if (init_progress) init_progress({1.0, "init", "using the given initialisation"});
  } else {
    out.init =
        initialiseFromKeypoints(rig, base_model, capture, init_settings, init_progress, options.cancel);
  }

  FitInitial initial;
  initial.pose = out.init.pose;
  initial.translation = out.init.translation;
  initial.shape = out.init.shape;
  FitOptions fit_options = options;
  if (options.progress)
    fit_options.progress = [&](const FitProgress& p) {
      FitProgress q = p;
      q.fraction = kInitShare + (1 - kInitShare) * p.fraction;
      options.progress(q);
    };
  out.fit = reconstruct(base_model, model_spec, capture, initial, config, fit_options);
  return out;
}

bool initMatchesCapture(const InitResult& init, const PreparedCapture& capture, const HandModel& model) {
  const int64_t f = capture.numFrames();
  auto finite = [](const torch::Tensor& t) { return torch::isfinite(t).all().item<bool>(); };
  return init.pose.defined() && init.pose.dim() == 3 && init.pose.size(0) == f &&
         init.pose.size(1) == kNumJoints && init.pose.size(2) == 3 && init.translation.defined() &&
         init.translation.dim() == 2 && init.translation.size(0) == f && init.translation.size(1) == 3 &&
         init.shape.defined() && init.shape.dim() == 1 && init.shape.size(0) <= model.numShapes() &&
         finite(init.pose) && finite(init.translation) && finite(init.shape);
}

}  // namespace palma::fit
