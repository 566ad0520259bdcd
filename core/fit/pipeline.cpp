#include "core/fit/pipeline.h"

#include "core/model/skinning.h"

namespace palma::fit {

namespace {
constexpr double kInitShare = 0.05;  // of the progress bar
}

PipelineResult reconstructCapture(const HandModel& base_model, const std::string& model_spec,
                                  const PreparedCapture& capture, const InitSettings& init_settings,
                                  const ReconstructionConfig& config, const FitOptions& options) {
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
  out.init = initialiseFromKeypoints(rig, base_model, capture, init_settings, init_progress, options.cancel);

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

}  // namespace palma::fit
