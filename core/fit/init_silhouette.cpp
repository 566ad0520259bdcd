// The silhouette stage of the initialisation: the keypoint fit's parameters refined against the capture
// masks through the differentiable renderer, at reduced resolution.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/common/error.h"
#include "core/fit/init_internal.h"
#include "core/render/renderer.h"

namespace palma::fit {

namespace detail {

namespace {

// The capture's masks [F,H,W,1] as a validated tensor with the rig's options.
torch::Tensor checkedMasks(const PreparedCapture& capture, int64_t frames,
                           const torch::TensorOptions& options) {
  const auto& masks = capture.masks;
  if (!masks.defined() || masks.numel() == 0)
    throw InputError("silhouette refinement: the capture has no masks");
  if (masks.dim() != 4 || masks.size(0) != frames || masks.size(3) != 1 || masks.size(1) < 1 ||
      masks.size(2) < 1)
    throw InputError("silhouette refinement: masks must be [frames,H,W,1] for the " + std::to_string(frames) +
                     " frames of keypoints");
  if (!masks.is_floating_point() || !torch::isfinite(masks).all().item<bool>())
    throw InputError("silhouette refinement: masks must be finite floating-point values in [0,1]");
  return masks.to(options);
}

}  // namespace

InitResult refineSilhouettesImpl(const FitModel& m, const KeypointData& d, const PreparedCapture& capture,
                                 const InitResult& start, const InitSettings& s,
                                 const ProgressCallback& progress, const CancelToken* cancel, double f0,
                                 double f1) {
  const auto opts = d.uv.options();
  const int64_t f = d.uv.size(0);
  if (!start.pose.defined() || start.pose.dim() != 3 || start.pose.size(0) != f ||
      start.pose.size(1) != kNumJoints || start.pose.size(2) != 3 || !start.translation.defined() ||
      start.translation.dim() != 2 || start.translation.size(0) != f || start.translation.size(1) != 3 ||
      !start.shape.defined() || start.shape.dim() != 1 || start.shape.size(0) > m.rig->numShapes())
    throw InputError(
        "silhouette refinement: the start (pose [F,16,3], translation [F,3], shape [K]) does not "
        "match the capture's " +
        std::to_string(f) + " frames and the model");
  const auto masks = checkedMasks(capture, f, opts);
  const int64_t h = masks.size(1), w = masks.size(2);

  // Reduced resolution: the longer side at most silhouette_resolution pixels. Intrinsics follow
  // render::Camera::resized (pixel edges map onto edges), the masks are area-averaged.
  const double scale = std::min(1.0, static_cast<double>(s.silhouette_resolution) / std::max(h, w));
  const int64_t hs = std::max<int64_t>(1, std::lround(h * scale)),
                ws = std::max<int64_t>(1, std::lround(w * scale));
  const double sx = static_cast<double>(ws) / w, sy = static_cast<double>(hs) / h;
  const auto& k = d.intrinsics;
  render::CameraBatch cameras;
  cameras.intrinsics = torch::stack({k.select(1, 0) * sx, k.select(1, 1) * sy,
                                     (k.select(1, 2) + 0.5) * sx - 0.5, (k.select(1, 3) + 0.5) * sy - 0.5},
                                    1);
  cameras.width = static_cast<int>(ws);
  cameras.height = static_cast<int>(hs);
  const auto target =
      torch::adaptive_avg_pool2d(masks.permute({0, 3, 1, 2}), {hs, ws}).permute({0, 2, 3, 1}).contiguous();

  // Coverage only: constant white albedo, ambient light, no shadows, no geometry images.
  render::Renderer renderer;
  render::RenderMesh mesh;
  mesh.faces = m.rig->faces;
  render::Material material;
  material.albedo = torch::ones({3}, opts);
  render::Lighting lighting;
  lighting.point_light = false;
  lighting.shadows = false;
  lighting.ambient_logit = torch::full({1}, 5.0, opts);
  render::RenderSettings settings;
  settings.antialias = true;
  settings.geometry_outputs = false;

  FitParams p = fromResult(m, start);
  for (auto* t : {&p.rotation_delta, &p.wrist, &p.angles, &p.shape}) t->requires_grad_(true);
  const double lr = s.silhouette_learning_rate;
  const std::vector<double> rates = {lr, 0.5 * lr, 2.5 * lr};
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(std::vector<torch::Tensor>{p.rotation_delta, p.angles},
                      std::make_unique<torch::optim::AdamOptions>(rates[0]));
  groups.emplace_back(std::vector<torch::Tensor>{p.wrist},
                      std::make_unique<torch::optim::AdamOptions>(rates[1]));
  groups.emplace_back(std::vector<torch::Tensor>{p.shape},
                      std::make_unique<torch::optim::AdamOptions>(rates[2]));
  torch::optim::Adam adam(groups, torch::optim::AdamOptions(rates[0]));
  const int steps = s.silhouette_iterations;
  for (int it = 0; it < steps; ++it) {
    setCosineLearningRate(adam, rates, it, steps);
    const auto rotation = p.rotation();
    const SkinningResult posed = posedInCamera(*m.rig, m, p, rotation);
    mesh.vertices = posed.vertices;
    const auto out = renderer.render(mesh, material, lighting, cameras, settings);
    const auto silhouette = (out.mask - target).abs().mean();
    const auto anchor =
        robustReprojection(project(posed.keypoints, d.intrinsics), d.uv, d.weight, s.robust_scale_px).mean();
    const auto loss = s.silhouette_weight * silhouette + s.keypoint_anchor_weight * anchor +
                      regularisers(m, p, rotation, s);
    adam.zero_grad();
    loss.backward();
    adam.step();
    clampAngles(m, p);
    if (it % 5 == 0)
      report(progress, cancel, f0 + (f1 - f0) * it / steps, "initialisation",
             "silhouette refinement " + std::to_string(it) + "/" + std::to_string(steps) + ", mask L1 " +
                 std::to_string(silhouette.item<double>()));
  }
  for (auto* t : {&p.rotation_delta, &p.wrist, &p.angles, &p.shape}) *t = t->detach();
  InitResult r = toResult(m, p);
  r.spikes_replaced = start.spikes_replaced;
  r.skipped_frames = start.skipped_frames;
  return r;
}

}  // namespace detail

InitResult refineOnSilhouettes(const Rig& rig, const HandModel& model, const PreparedCapture& capture,
                               const InitResult& start, const InitSettings& settings,
                               const ProgressCallback& progress, const CancelToken* cancel) {
  settings.validate();
  const detail::FitModel m = detail::makeFitModel(rig, model);
  const detail::KeypointData data =
      detail::checkedKeypoints(capture, model, settings.min_confidence, rig.vertices.options());
  InitResult r = detail::refineSilhouettesImpl(m, data, capture, start, settings, progress, cancel, 0.0, 1.0);
  r.frame_error_px =
      reprojectionErrors(rig, r, capture.keypoints, capture.intrinsics, settings.min_confidence);
  detail::report(progress, cancel, 1.0, "initialisation", "silhouette refinement done");
  return r;
}

}  // namespace palma::fit
