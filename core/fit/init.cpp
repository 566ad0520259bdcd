#include "core/fit/init.h"

#include <torch/torch.h>

#include <Eigen/Geometry>
#include <cmath>
#include <limits>
#include <string>

#include "core/common/error.h"
#include "core/fit/init_internal.h"

namespace palma::fit {

using namespace detail;

void InitSettings::validate() const {
  auto fail = [](const std::string& field, const std::string& rule) {
    throw InputError("initialisation settings: `" + field + "` " + rule);
  };
  auto positive = [&](const char* field, double v) {
    if (!(v > 0) || !std::isfinite(v)) fail(field, "must be a positive number");
  };
  auto non_negative = [&](const char* field, double v) {
    if (!(v >= 0) || !std::isfinite(v)) fail(field, "must be zero or positive");
  };
  if (iterations < 0) fail("iterations", "must not be negative");
  if (rigid_iterations < 0) fail("rigid_iterations", "must not be negative");
  if (silhouette_iterations < 0) fail("silhouette_iterations", "must not be negative");
  positive("learning_rate", learning_rate);
  positive("silhouette_learning_rate", silhouette_learning_rate);
  if (!(min_confidence >= 0 && min_confidence <= 1)) fail("min_confidence", "must lie in [0,1]");
  if (min_keypoints < 3 || min_keypoints > kNumKeypoints) fail("min_keypoints", "must lie in 3..21");
  positive("robust_scale_px", robust_scale_px);
  non_negative("joint_limit_weight", joint_limit_weight);
  non_negative("pose_prior_weight", pose_prior_weight);
  positive("shape_prior_weight", shape_prior_weight);  // zero would leave the depth undetermined
  non_negative("temporal_weight", temporal_weight);
  non_negative("rigid_finger_weight", rigid_finger_weight);
  positive("spike_threshold", spike_threshold);
  if (smoothing_window < 1 || smoothing_window % 2 == 0) fail("smoothing_window", "must be odd and >= 1");
  if (silhouette_resolution < 8 || silhouette_resolution > 4096)
    fail("silhouette_resolution", "must lie in 8..4096 pixels");
  non_negative("silhouette_weight", silhouette_weight);
  non_negative("keypoint_anchor_weight", keypoint_anchor_weight);
}

namespace {

// The 24 rotations that map the coordinate axes onto each other, each also turned by 45 degrees about
// the viewing axis: every orientation of the hand lies within about 45 degrees of one of these 48.
torch::Tensor startRotations(const torch::TensorOptions& options) {
  std::vector<float> values;
  const int perms[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  const Eigen::Matrix3d roll = Eigen::AngleAxisd(M_PI / 4, Eigen::Vector3d::UnitZ()).toRotationMatrix();
  for (const Eigen::Matrix3d& extra : {Eigen::Matrix3d(Eigen::Matrix3d::Identity()), roll}) {
    for (const auto& perm : perms) {
      for (int signs = 0; signs < 8; ++signs) {
        Eigen::Matrix3d m = Eigen::Matrix3d::Zero();
        for (int r = 0; r < 3; ++r) m(r, perm[r]) = (signs >> r) & 1 ? -1.0 : 1.0;
        if (m.determinant() < 0) continue;
        const Eigen::Matrix3d rot = extra * m;
        for (int r = 0; r < 3; ++r)
          for (int c = 0; c < 3; ++c) values.push_back(static_cast<float>(rot(r, c)));
      }
    }
  }
  const int64_t n = static_cast<int64_t>(values.size() / 9);
  return torch::tensor(values, torch::kFloat32).view({n, 3, 3}).to(options);
}

// Rigid start per frame: the relaxed hand's keypoints fitted by rotation and wrist position from every
// start rotation at once (batch frames x starts). Returns `hypotheses` rows per frame (frame-major).
FitParams rigidStart(const FitModel& m, const KeypointData& d, const InitSettings& s, int hypotheses,
                     const ProgressCallback& progress, const CancelToken* cancel) {
  const auto opts = d.uv.options();
  const int64_t f = d.uv.size(0);
  torch::Tensor rest;  // [21,3] relaxed keypoints relative to the wrist
  {
    torch::NoGradGuard no_grad;
    const auto kp = restKeypoints(m, fingerPose(m, m.relaxed.unsqueeze(0)), torch::Tensor());
    rest = (kp[0] - kp[0][0]).contiguous();
  }
  // Palm points (wrist, thumb base, the four MCPs) do not depend on the finger pose.
  auto type = torch::full({kNumKeypoints}, s.rigid_finger_weight, opts);
  for (int k : {0, 1, 5, 9, 13, 17}) type[k] = 1.0;
  const auto w = d.weight * type.unsqueeze(0);  // [F,21]
  const auto starts = startRotations(opts);     // [S,3,3]
  const int64_t n = starts.size(0);

  // Depth from the hand's size: the spread of the rotated rest points across the image plane against the
  // spread of the keypoints, and the wrist on the ray through their weighted centre.
  torch::Tensor wrist0;  // [F*S,3]
  {
    torch::NoGradGuard no_grad;
    const auto q = torch::matmul(rest.unsqueeze(0), starts.transpose(1, 2));                    // [S,21,3]
    const auto wsum = w.sum(1).clamp_min(1e-12);                                                // [F]
    const auto ubar = (w.unsqueeze(-1) * d.uv).sum(1) / wsum.unsqueeze(-1);                     // [F,2]
    const auto rms2d = ((w * (d.uv - ubar.unsqueeze(1)).pow(2).sum(-1)).sum(1) / wsum).sqrt();  // [F]
    const auto qbar = torch::einsum("fk,skc->fsc", {w, q}) / wsum.view({f, 1, 1});              // [F,S,3]
    const auto dev = q.unsqueeze(0).narrow(3, 0, 2) - qbar.unsqueeze(2).narrow(3, 0, 2);        // [F,S,21,2]
    const auto rms3d =
        ((w.view({f, 1, kNumKeypoints}) * dev.pow(2).sum(-1)).sum(2) / wsum.view({f, 1})).sqrt();
    const auto focal = 0.5 * (d.intrinsics.select(1, 0) + d.intrinsics.select(1, 1));  // [F]
    const auto z = (focal.view({f, 1}) * rms3d / rms2d.clamp_min(1.0).view({f, 1})).clamp(0.05, 50.0);
    const auto ray = torch::stack(
        {(ubar.select(1, 0) - d.intrinsics.select(1, 2)) / d.intrinsics.select(1, 0),
         (ubar.select(1, 1) - d.intrinsics.select(1, 3)) / d.intrinsics.select(1, 1), torch::ones({f}, opts)},
        1);                                               // [F,3]
    auto wc = z.unsqueeze(-1) * ray.unsqueeze(1) - qbar;  // [F,S,3]
    const auto wz = wc.select(2, 2).clamp_min(0.05);
    wrist0 =
        torch::stack({wc.select(2, 0) / wz, wc.select(2, 1) / wz, torch::log(wz)}, 2).reshape({f * n, 3});
  }

  const auto uv = d.uv.repeat_interleave(n, 0);            // [F*S,21,2]
  const auto weight = w.repeat_interleave(n, 0);           // [F*S,21]
  const auto intr = d.intrinsics.repeat_interleave(n, 0);  // [F*S,4]
  const auto base = starts.repeat({f, 1, 1});              // [F*S,3,3]
  auto delta = torch::zeros({f * n, 3}, opts).requires_grad_(true);
  auto wrist = wrist0.clone().requires_grad_(true);
  const auto points = rest.unsqueeze(0);
  const double scale = 3.0 * s.robust_scale_px;  // wide at the start, when residuals are large
  auto residual = [&](bool per_start) {
    const auto rot = torch::matmul(axisAngleToMatrix(delta), base);
    const auto z = torch::exp(wrist.select(1, 2));
    const auto wc = torch::stack({wrist.select(1, 0) * z, wrist.select(1, 1) * z, z}, 1);
    const auto x = torch::matmul(points, rot.transpose(1, 2)) + wc.unsqueeze(1);
    const auto r2 = (project(x, intr) - uv).pow(2).sum(-1);
    const auto rho = scale * scale * r2 / (r2 + scale * scale);
    const auto per = (weight * rho).sum(1) / weight.sum(1).clamp_min(1e-12);  // [F*S]
    return per_start ? per : per.sum();
  };
  torch::optim::Adam adam({delta, wrist}, torch::optim::AdamOptions(0.05));
  for (int it = 0; it < s.rigid_iterations; ++it) {
    setCosineLearningRate(adam, {0.05}, it, s.rigid_iterations);
    adam.zero_grad();
    residual(false).backward();
    adam.step();
    if (it % 20 == 0)
      report(progress, cancel, 0.1 * it / std::max(1, s.rigid_iterations), "initialisation",
             "rigid start from " + std::to_string(n) + " orientations");
  }

  // Keep the `hypotheses` best distinct orientations per frame (more than 30 degrees apart): a flat palm
  // seen at an angle looks alike tilted either way, and the finger pose can tell them apart later.
  torch::NoGradGuard no_grad;
  const auto loss = residual(true).view({f, n}).to(torch::kCPU, torch::kFloat64).contiguous();
  const auto rot =
      torch::matmul(axisAngleToMatrix(delta), base).view({f, n, 9}).to(torch::kCPU, torch::kFloat64);
  std::vector<int64_t> pick;
  const double min_trace = 1.0 + 2.0 * std::cos(30.0 * M_PI / 180.0);  // trace(Ra^T Rb) = 1 + 2 cos(angle)
  for (int64_t i = 0; i < f; ++i) {
    const auto order = loss[i].argsort();
    std::vector<int64_t> chosen;
    for (int64_t k = 0; k < n && static_cast<int>(chosen.size()) < hypotheses; ++k) {
      const int64_t c = order[k].item<int64_t>();
      bool distinct = true;
      for (int64_t o : chosen)
        if ((rot[i][c] * rot[i][o]).sum().item<double>() > min_trace) distinct = false;
      if (distinct) chosen.push_back(c);
    }
    while (static_cast<int>(chosen.size()) < hypotheses) chosen.push_back(chosen.front());
    for (int64_t c : chosen) pick.push_back(i * n + c);
  }
  const auto index = torch::tensor(pick, torch::kInt64).to(opts.device());
  FitParams p;
  p.base_rotation = torch::matmul(axisAngleToMatrix(delta), base).index_select(0, index).contiguous();
  p.rotation_delta = torch::zeros({f * hypotheses, 3}, opts);
  p.wrist = wrist.detach().index_select(0, index).contiguous();
  p.angles = m.relaxed.unsqueeze(0).repeat({f * hypotheses, 1, 1}).contiguous();
  p.shape = torch::zeros({m.rig->numShapes()}, opts);
  return p;
}

// Adam fit of all rows of `p` at once: rotation, wrist, finger angles and (when `fit_shape`) the shared
// shape. Returns the final loss of each row (reprojection and per-frame priors).
torch::Tensor fitKeypoints(const FitModel& m, const KeypointData& d, FitParams& p, const InitSettings& s,
                           int steps, bool fit_shape, const ProgressCallback& progress,
                           const CancelToken* cancel, double f0, double f1, const std::string& what) {
  std::vector<torch::Tensor*> vars = {&p.rotation_delta, &p.wrist, &p.angles};
  if (fit_shape) vars.push_back(&p.shape);
  for (auto* t : vars) t->requires_grad_(true);
  // Angles in radians; the wrist's image position (x/z) moves 1:1 with small rotations of the view, its
  // log depth relatively; shape coefficients are in standard deviations and move faster.
  std::vector<double> rates = {s.learning_rate, 0.5 * s.learning_rate};
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(std::vector<torch::Tensor>{p.rotation_delta, p.angles},
                      std::make_unique<torch::optim::AdamOptions>(rates[0]));
  groups.emplace_back(std::vector<torch::Tensor>{p.wrist},
                      std::make_unique<torch::optim::AdamOptions>(rates[1]));
  if (fit_shape) {
    rates.push_back(2.5 * s.learning_rate);
    groups.emplace_back(std::vector<torch::Tensor>{p.shape},
                        std::make_unique<torch::optim::AdamOptions>(rates[2]));
  }
  torch::optim::Adam adam(groups, torch::optim::AdamOptions(rates[0]));
  auto scaleAt = [&](int it) {
    // Geman-McClure is not convex: start wide (4x) and narrow to the set scale over the first half.
    const double anneal = std::max(0.0, 1.0 - 2.0 * it / std::max(1, steps));
    return s.robust_scale_px * (1.0 + 3.0 * anneal);
  };
  for (int it = 0; it < steps; ++it) {
    setCosineLearningRate(adam, rates, it, steps);
    const auto rotation = p.rotation();
    const auto kp = keypointsInCamera(m, p, rotation);
    const auto loss = robustReprojection(project(kp, d.intrinsics), d.uv, d.weight, scaleAt(it)).mean() +
                      regularisers(m, p, rotation, s);
    adam.zero_grad();
    loss.backward();
    adam.step();
    clampAngles(m, p);
    if (it % 25 == 0)
      report(progress, cancel, f0 + (f1 - f0) * it / steps, "initialisation",
             what + " " + std::to_string(it) + "/" + std::to_string(steps) + ", loss " +
                 std::to_string(loss.item<double>()));
  }
  for (auto* t : vars) *t = t->detach();
  torch::NoGradGuard no_grad;
  InitSettings per_frame = s;
  per_frame.temporal_weight = 0;
  const auto rotation = p.rotation();
  const auto kp = keypointsInCamera(m, p, rotation);
  return robustReprojection(project(kp, d.intrinsics), d.uv, d.weight, scaleAt(steps)) +
         priorsPerFrame(m, p, per_frame);
}

}  // namespace

InitResult initialiseFromKeypoints(const Rig& rig, const HandModel& model, const PreparedCapture& capture,
                                   const InitSettings& settings, const ProgressCallback& progress,
                                   const CancelToken* cancel) {
  settings.validate();
  const FitModel m = makeFitModel(rig, model);
  const KeypointData data = checkedKeypoints(capture, model, settings.min_confidence, rig.vertices.options());
  const int64_t f = data.uv.size(0);

  // Frames with enough confident keypoints are fitted; the others are filled from their neighbours.
  const auto counts = (data.weight > 0).sum(1).to(torch::kCPU, torch::kInt64).contiguous();
  std::vector<int64_t> usable;
  std::vector<int> skipped;
  int64_t most = 0;
  for (int64_t i = 0; i < f; ++i) {
    const int64_t c = counts[i].item<int64_t>();
    most = std::max(most, c);
    if (c >= settings.min_keypoints)
      usable.push_back(i);
    else
      skipped.push_back(static_cast<int>(i));
  }
  if (usable.empty())
    throw InputError("initialisation: no frame has at least " + std::to_string(settings.min_keypoints) +
                     " keypoints with confidence >= " + std::to_string(settings.min_confidence) +
                     " (the best frame has " + std::to_string(most) + ")");
  const auto index = torch::tensor(usable, torch::kInt64).to(data.uv.device());
  KeypointData sub{data.uv.index_select(0, index), data.weight.index_select(0, index),
                   data.intrinsics.index_select(0, index)};

  const bool silhouettes =
      settings.silhouette_iterations > 0 && capture.masks.defined() && capture.masks.numel() > 0;
  // Rigid starts -> a short per-frame fit of a few orientation hypotheses each (no temporal term, mean
  // shape) -> the best hypothesis per frame -> the joint fit of all frames with the shared shape.
  const int hypotheses = 6;
  const int per_frame_steps = settings.iterations / 2;
  const double end = silhouettes ? 0.6 : 0.95;
  FitParams p = rigidStart(m, sub, settings, hypotheses, progress, cancel);
  {
    KeypointData rep{sub.uv.repeat_interleave(hypotheses, 0), sub.weight.repeat_interleave(hypotheses, 0),
                     sub.intrinsics.repeat_interleave(hypotheses, 0)};
    InitSettings independent = settings;
    independent.temporal_weight = 0;
    const auto row_loss = fitKeypoints(m, rep, p, independent, per_frame_steps, false, progress, cancel, 0.1,
                                       0.35, "per-frame fit");
    const int64_t nu = sub.uv.size(0);
    const auto best = row_loss.view({nu, hypotheses}).argmin(1);
    const auto index = torch::arange(nu, best.options()) * hypotheses + best;
    p.base_rotation = p.rotation().index_select(0, index).contiguous();
    p.rotation_delta = torch::zeros({nu, 3}, p.wrist.options());
    p.wrist = p.wrist.index_select(0, index).contiguous();
    p.angles = p.angles.index_select(0, index).contiguous();
  }
  fitKeypoints(m, sub, p, settings, settings.iterations - per_frame_steps, true, progress, cancel, 0.35, end,
               "keypoint fit");
  const InitResult fitted = toResult(m, p);

  InitResult result;
  result.pose = torch::zeros({f, kNumJoints, 3}, fitted.pose.options());
  result.translation = torch::zeros({f, 3}, fitted.translation.options());
  result.pose.index_copy_(0, index, fitted.pose);
  result.translation.index_copy_(0, index, fitted.translation);
  result.shape = fitted.shape;
  fillFromNeighbours(result.pose, result.translation, skipped);
  result.skipped_frames = skipped;

  if (silhouettes)
    result = refineSilhouettesImpl(m, data, capture, result, settings, progress, cancel, 0.6, 0.95);

  // Temporal clean-up (HARP): spikes first, so that smoothing does not spread them.
  report(progress, cancel, 0.95, "initialisation", "temporal clean-up");
  std::vector<int> spikes;
  result.pose = removeSpikes(result.pose, settings.spike_threshold, &spikes);
  for (int i : spikes) result.translation[i] = 0.5 * (result.translation[i - 1] + result.translation[i + 1]);
  result.spikes_replaced = spikes;
  result.pose = smoothPoses(result.pose, settings.smoothing_window);
  result.translation = smoothSequence(result.translation, settings.smoothing_window);

  result.frame_error_px =
      reprojectionErrors(rig, result, capture.keypoints, capture.intrinsics, settings.min_confidence);
  report(progress, cancel, 1.0, "initialisation", "done");
  return result;
}

std::vector<double> reprojectionErrors(const Rig& rig, const InitResult& result,
                                       const torch::Tensor& keypoints, const torch::Tensor& intrinsics,
                                       double min_confidence) {
  torch::NoGradGuard no_grad;
  const auto opts = rig.vertices.options();
  const int64_t f = result.pose.size(0);
  if (!keypoints.defined() || keypoints.dim() != 3 || keypoints.size(0) != f ||
      keypoints.size(1) != kNumKeypoints || keypoints.size(2) != 3 || !intrinsics.defined() ||
      intrinsics.dim() != 2 || intrinsics.size(0) != f)
    throw InputError("reprojection errors: keypoints [F,21,3] and intrinsics [F,4] must match the " +
                     std::to_string(f) + " frames of the result");
  SkinningParams sp;
  sp.pose = result.pose.to(opts);
  sp.translation = result.translation.to(opts);
  if (result.shape.numel() > 0)
    sp.shape = result.shape.to(opts).unsqueeze(0).expand({f, result.shape.size(0)});
  const auto kp = skin(keypointRig(rig), sp).keypoints;
  const auto uv = project(kp, intrinsics.to(opts));
  const auto target = keypoints.to(opts);
  const auto err = (uv - target.narrow(2, 0, 2)).pow(2).sum(-1).sqrt();  // [F,21]
  const auto use = (target.select(2, 2) >= min_confidence) & (target.select(2, 2) > 0);
  const auto per =
      ((err * use).sum(1) / use.sum(1).clamp_min(1)).to(torch::kCPU, torch::kFloat64).contiguous();
  const auto any = use.any(1).to(torch::kCPU);
  std::vector<double> out(static_cast<size_t>(f));
  for (int64_t i = 0; i < f; ++i)
    out[i] = any[i].item<bool>() ? per[i].item<double>() : std::numeric_limits<double>::quiet_NaN();
  return out;
}

}  // namespace palma::fit
