#include "core/fit/reconstructor.h"

#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>

#include "core/common/error.h"
#include "core/eval/metrics.h"
#include "core/fit/losses.h"
#include "core/model/skinning.h"
#include "core/model/subdivision.h"
#include "core/render/gpu_kernels.h"
#include "core/render/renderer.h"
#include "core/render/shading.h"

namespace palma::fit {

namespace {

using Clock = std::chrono::steady_clock;

// Fewer mask pixels than this: the frame shows no hand.
constexpr double kMinHandPixels = 16;

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Learning-rate multipliers per parameter, relative to the stage's geometry or appearance rate, so that
// one Adam step moves each parameter by a sensible amount in its own units (see docs/reconstruction.md).
constexpr double kPoseScale = 1.0;          // radians
constexpr double kTranslationScale = 0.1;   // metres: a tenth, as a rotation of 0.01 rad moves a
                                            // fingertip by ~1 mm
constexpr double kShapeScale = 10.0;        // coefficients of about one standard deviation
constexpr double kDisplacementScale = 0.1;  // metres; detail is sub-millimetre
constexpr double kTextureScale = 1.0;       // albedo / normal map values in [0,1]
constexpr double kLightScale = 1.0;         // light position (m), ambient logit, colour, SH

// Every optimised tensor, by name (the checkpoint keys).
struct Params {
  torch::Tensor pose, translation, shape, displacement, albedo, normal_map, light_position, ambient_logit,
      light_colour, sh;

  std::vector<std::pair<std::string, torch::Tensor*>> named() {
    std::vector<std::pair<std::string, torch::Tensor*>> v = {{"pose", &pose},
                                                             {"translation", &translation},
                                                             {"shape", &shape},
                                                             {"displacement", &displacement},
                                                             {"albedo", &albedo},
                                                             {"normal_map", &normal_map},
                                                             {"light_position", &light_position},
                                                             {"ambient_logit", &ambient_logit},
                                                             {"light_colour", &light_colour}};
    if (sh.defined()) v.push_back({"sh", &sh});
    return v;
  }

  Params clone() {
    Params p = *this;
    for (auto& [name, t] : p.named()) *t = t->detach().clone();
    return p;
  }

  void restore(Params& from) {
    torch::NoGradGuard guard;
    auto src = from.named();
    auto dst = named();
    for (size_t i = 0; i < dst.size(); ++i) dst[i].second->copy_(*src[i].second);
  }
};

// Moves Adam's moment estimates to `device` (checkpoints hold them on the CPU, so that a fit stopped on
// one device resumes on another).
void moveAdamState(torch::optim::Adam& optimizer, const torch::Device& device) {
  for (auto& [key, state] : optimizer.state()) {
    auto* adam = dynamic_cast<torch::optim::AdamParamState*>(state.get());
    if (!adam) continue;
    if (adam->exp_avg().defined()) adam->exp_avg(adam->exp_avg().to(device));
    if (adam->exp_avg_sq().defined()) adam->exp_avg_sq(adam->exp_avg_sq().to(device));
    if (adam->max_exp_avg_sq().defined()) adam->max_exp_avg_sq(adam->max_exp_avg_sq().to(device));
  }
}

torch::Tensor intTensor(const MatrixX3i& m) {
  std::vector<int64_t> v(m.data(), m.data() + m.size());
  return torch::tensor(v, torch::kInt64).view({-1, 3});
}

void checkInputs(const HandModel& model, const PreparedCapture& capture, const FitInitial& initial) {
  capture.validate();
  const int64_t f = capture.numFrames();
  auto check = [&](const torch::Tensor& t, const std::string& name, std::vector<int64_t> sizes) {
    if (!t.defined()) throw InputError("reconstruct: the initialisation has no " + name);
    if (!t.sizes().equals(sizes))
      throw InputError("reconstruct: initial " + name + " has size " + std::to_string(t.numel()) +
                       " elements in the wrong shape for " + std::to_string(f) + " frames");
    if (!torch::isfinite(t).all().item<bool>())
      throw InputError("reconstruct: initial " + name + " contains NaN or infinite values");
  };
  check(initial.pose, "pose", {f, kNumJoints, 3});
  check(initial.translation, "translation", {f, 3});
  if (initial.shape.defined()) {
    if (initial.shape.dim() != 1 || initial.shape.size(0) > model.numShapes())
      throw InputError("reconstruct: initial shape has " + std::to_string(initial.shape.numel()) +
                       " coefficients; the model has " + std::to_string(model.numShapes()));
    if (!torch::isfinite(initial.shape).all().item<bool>())
      throw InputError("reconstruct: initial shape contains NaN or infinite values");
  }
}

// The loss of one batch, term by term.
struct LossTerms {
  std::vector<std::pair<std::string, torch::Tensor>> terms;  // weighted
  torch::Tensor total;
  render::RenderOutput render;
};

class Fitter {
 public:
  Fitter(const HandModel& base_model, const std::string& model_spec, const PreparedCapture& capture,
         const FitInitial& initial, const ReconstructionConfig& config, const FitOptions& options)
      : config_(config), options_(options), model_spec_(model_spec), device_(options.device) {
    config_.validate();
    if (!device_.is_cpu() && !(device_.is_cuda() && render::gpu::kernelsBuilt()))
      throw InputError(
          "reconstruct: cannot run on " + device_.str() +
          (device_.is_cuda() ? ": this build of Palma has no CUDA kernels" : ": use the CPU or CUDA"));
    checkInputs(base_model, capture, initial);
    capture_ = resizeCapture(capture, config_.render_size);
    original_intrinsics_ = capture.intrinsics;
    original_width_ = capture.width;
    original_height_ = capture.height;
    model_ = subdivide(base_model,
                       config_.loop_subdivision ? SubdivisionScheme::Loop : SubdivisionScheme::Midpoint,
                       config_.subdivision_levels);
    rig_ = makeRig(model_);
    topology_ = makeMeshTopology(model_.faces, model_.numVertices());
    uvs_ = torch::from_blob(const_cast<float*>(model_.uvs.data()), {model_.uvs.rows(), 2}, torch::kFloat32)
               .clone();
    uv_faces_ = intTensor(model_.uv_faces);
    uv_mask_ = uvCoverageMask(model_.uvs, model_.uv_faces, config_.texture_size);
    eroded_masks_ = erodeMask(capture_.masks, config_.mask_erosion);

    const int64_t frames = capture_.numFrames();
    // A frame whose mask holds (almost) no hand cannot guide the fit: it is skipped and reported.
    const auto mask_pixels = capture.masks.sum({1, 2, 3});
    for (int i = 0; i < frames; ++i) {
      if (mask_pixels[i].item<double>() < kMinHandPixels) {
        skipped_.push_back(i);
        continue;
      }
      const bool held = config_.holdout_every > 0 && i % config_.holdout_every == config_.holdout_every - 1;
      (held ? holdout_ : training_).push_back(i);
    }
    if (training_.empty())
      throw InputError(skipped_.size() == static_cast<size_t>(frames)
                           ? "reconstruct: no frame shows a hand (every mask is empty)"
                           : "reconstruct: no training frames left after holding out frames");

    // Parameters at their starting values.
    const int k = model_.numShapes();
    p_.pose = initial.pose.to(torch::kFloat32).clone();
    p_.translation = initial.translation.to(torch::kFloat32).clone();
    p_.shape = torch::zeros({k});
    if (initial.shape.defined() && initial.shape.numel() > 0)
      p_.shape.narrow(0, 0, initial.shape.size(0)).copy_(initial.shape.to(torch::kFloat32));
    p_.displacement = torch::zeros({model_.numVertices()});
    const int t = config_.texture_size;
    p_.albedo = torch::tensor({232.0f / 255, 190.0f / 255, 172.0f / 255}).view({1, 1, 3}).repeat({t, t, 1});
    p_.normal_map = torch::tensor({0.5f, 0.5f, 1.0f}).view({1, 1, 3}).repeat({t, t, 1});
    const auto defaults = render::Lighting::harpDefaults();
    p_.light_position = defaults.light_position.clone();
    p_.ambient_logit = defaults.ambient_logit.clone();
    p_.light_colour = torch::ones({3});
    if (config_.spherical_harmonics) {
      p_.sh = torch::zeros({1, 9, 3});
      p_.sh.select(1, 0).fill_(render::shConstant(0.6));
    }

    if (options_.start) useStartAvatar(*options_.start);
    moveToDevice();

    // The keypoint anchor: the initial 3D joints.
    {
      torch::NoGradGuard guard;
      SkinningParams sp;
      sp.pose = p_.pose;
      sp.translation = p_.translation;
      sp.shape = p_.shape.unsqueeze(0).expand({frames, -1});
      anchor_joints_ = skin(rig_, sp).joints;
    }
  }

  // Everything the iterations touch, on the device the fit runs on (a no-op on the CPU).
  void moveToDevice() {
    if (device_.is_cpu()) return;
    rig_ = makeRig(model_, torch::kFloat32, device_);
    for (torch::Tensor* t : {&topology_.edges, &topology_.face_pairs, &topology_.faces, &topology_.degree,
                             &uvs_, &uv_faces_, &uv_mask_, &eroded_masks_, &capture_.images, &capture_.masks,
                             &capture_.intrinsics, &capture_.keypoints})
      if (t->defined()) *t = t->to(device_);
    for (auto& [name, t] : p_.named())
      if (t->defined()) *t = t->to(device_);
  }

  // A parameter or result on the CPU, detached and owning its memory.
  static torch::Tensor toHost(const torch::Tensor& t) { return t.detach().to(torch::kCPU).clone(); }

  void useStartAvatar(const Avatar& a) {
    if (a.subdivision_levels != config_.subdivision_levels ||
        a.subdivision_scheme !=
            (config_.loop_subdivision ? SubdivisionScheme::Loop : SubdivisionScheme::Midpoint))
      throw InputError("reconstruct: the start avatar's subdivision differs from the config's");
    if (!a.displacement.defined() || a.displacement.numel() != model_.numVertices())
      throw InputError("reconstruct: the start avatar's displacement does not match the template (" +
                       std::to_string(model_.numVertices()) + " vertices)");
    if (!a.albedo.defined() || a.albedo.dim() != 3 || !a.normal_map.defined() || a.normal_map.dim() != 3)
      throw InputError("reconstruct: the start avatar has no albedo or normal map");
    p_.shape.zero_();
    const int64_t k = std::min<int64_t>(a.shape.numel(), p_.shape.numel());
    p_.shape.narrow(0, 0, k).copy_(a.shape.narrow(0, 0, k));
    p_.displacement = a.displacement.to(torch::kFloat32).clone();
    p_.albedo = a.albedo.to(torch::kFloat32).clone();
    p_.normal_map = a.normal_map.to(torch::kFloat32).clone();
    const auto& l = a.lighting;
    p_.light_position =
        torch::tensor({l.light_position.x(), l.light_position.y(), l.light_position.z()}).view({1, 3});
    p_.light_colour = torch::tensor({l.light_colour.x(), l.light_colour.y(), l.light_colour.z()});
    const double ambient = std::clamp<double>(l.ambient, 1e-4, 1 - 1e-4);
    p_.ambient_logit = torch::tensor({static_cast<float>(std::log(ambient / (1 - ambient)))});
    // SH with an ambient ratio: the ratio only scales the direct term by 1 - a; it is kept as it is.
    sh_with_ambient_ = l.use_sh && l.ambient > 0;
    p_.sh = torch::Tensor();  // the avatar's lighting model, whatever the config says
    if (l.use_sh) {
      p_.sh = torch::zeros({1, 9, 3});
      for (int i = 0; i < 9; ++i)
        for (int c = 0; c < 3; ++c) p_.sh[0][i][c] = l.sh(i, c);
    }
    config_.shadows = l.shadows;
    if (p_.albedo.size(0) != uv_mask_.size(0) || p_.albedo.size(1) != uv_mask_.size(1))
      uv_mask_ = p_.albedo.size(0) == p_.albedo.size(1)
                     ? uvCoverageMask(model_.uvs, model_.uv_faces, static_cast<int>(p_.albedo.size(0)))
                     : torch::ones({p_.albedo.size(0), p_.albedo.size(1), 1});
  }

  FitResult run() {
    const auto start = Clock::now();
    FitResult result;
    int start_stage = 0, start_epoch = 0;
    if (!options_.checkpoint_dir.empty() && options_.resume)
      result.resumed = loadCheckpoint(start_stage, start_epoch, resume_iteration_);

    total_iterations_ = 0;
    for (const auto& s : config_.stages) total_iterations_ += s.epochs * iterationsPerEpoch(s);
    done_iterations_ = 0;
    for (int si = 0; si < start_stage; ++si)
      done_iterations_ += config_.stages[si].epochs * iterationsPerEpoch(config_.stages[si]);
    done_iterations_ += start_epoch * (start_stage < static_cast<int>(config_.stages.size())
                                           ? iterationsPerEpoch(config_.stages[start_stage])
                                           : 0) +
                        resume_iteration_;
    if (!skipped_.empty()) {
      std::string rows;
      for (int r : skipped_) rows += (rows.empty() ? "" : ", ") + std::to_string(r);
      FitProgress p;
      p.message = std::to_string(skipped_.size()) + " frame" + (skipped_.size() == 1 ? "" : "s") +
                  " without a hand in the mask skipped (rows " + rows + ")";
      emit(p);
    }
    run_start_ = Clock::now();
    run_start_iterations_ = done_iterations_;

    for (int si = start_stage; si < static_cast<int>(config_.stages.size()); ++si) {
      StageReport report;
      const bool completed = runStage(si, si == start_stage ? start_epoch : 0, report);
      result.stages.push_back(report);
      if (!completed) {
        result.cancelled = true;
        break;
      }
    }
    result.avatar = makeAvatar();
    result.fitted_template = model_;
    result.training_rows = training_;
    result.holdout_rows = holdout_;
    result.skipped_rows = skipped_;
    result.seconds = secondsSince(start);
    return result;
  }

 private:
  int iterationsPerEpoch(const StageConfig& s) const {
    const int b = std::min<int>(s.batch_size, static_cast<int>(training_.size()));
    return (static_cast<int>(training_.size()) + b - 1) / b;
  }

  void emit(const FitProgress& p) {
    if (options_.progress) options_.progress(p);
  }

  void message(const StageConfig& s, int si, const std::string& text) {
    FitProgress p;
    p.stage = s.name;
    p.stage_index = si;
    p.stage_count = static_cast<int>(config_.stages.size());
    p.fraction = total_iterations_ > 0 ? static_cast<double>(done_iterations_) / total_iterations_ : 1.0;
    p.message = text;
    emit(p);
  }

  std::unique_ptr<torch::optim::Adam> makeOptimizer(const StageConfig& s) {
    std::vector<torch::optim::OptimizerParamGroup> groups;
    base_lrs_.clear();
    auto add = [&](torch::Tensor& t, bool on, double lr) {
      t.set_requires_grad(on);
      if (!on || lr <= 0) return;
      auto opts = std::make_unique<torch::optim::AdamOptions>(lr * lr_scale_);
      groups.emplace_back(std::vector<torch::Tensor>{t}, std::move(opts));
      base_lrs_.push_back(lr);
    };
    for (auto& [name, t] : p_.named()) t->set_requires_grad(false);
    const auto& o = s.optimise;
    add(p_.pose, o.pose, s.learning_rate * kPoseScale);
    add(p_.translation, o.translation, s.learning_rate * kTranslationScale);
    add(p_.shape, o.shape, s.learning_rate * kShapeScale);
    add(p_.displacement, o.displacement, s.learning_rate * kDisplacementScale);
    add(p_.albedo, o.albedo, s.appearance_learning_rate * kTextureScale);
    add(p_.normal_map, o.normal_map, s.appearance_learning_rate * kTextureScale);
    add(p_.light_position, o.lighting, s.appearance_learning_rate * kLightScale);
    add(p_.ambient_logit, o.lighting && !p_.sh.defined(), s.appearance_learning_rate * kLightScale);
    // The light colour stays white: it would trade off against the albedo (only their product is seen).
    add(p_.light_colour, false, 0.0);
    if (p_.sh.defined()) add(p_.sh, o.lighting, s.appearance_learning_rate * kLightScale);
    if (groups.empty()) return nullptr;
    return std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(1e-3));
  }

  void setLearningRateScale(torch::optim::Adam& opt, double scale) {
    lr_scale_ = scale;
    auto& groups = opt.param_groups();
    for (size_t i = 0; i < groups.size(); ++i)
      static_cast<torch::optim::AdamOptions&>(groups[i].options()).lr(base_lrs_[i] * lr_scale_);
  }

  // Canonical (rest-pose) vertices: shaped, and shaped + displaced along the shaped normals.
  std::pair<torch::Tensor, torch::Tensor> canonical() {
    const int64_t k = p_.shape.size(0);
    auto shaped = rig_.vertices + torch::matmul(rig_.shape_dirs.narrow(2, 0, k), p_.shape);
    const auto normals = vertexNormals(shaped.unsqueeze(0), rig_.faces).squeeze(0);
    auto displaced = shaped + p_.displacement.unsqueeze(1) * normals;
    return {shaped, displaced};
  }

  LossTerms evaluate(const StageConfig& s, const torch::Tensor& host_rows, uint64_t iteration_seed) {
    const auto& w = s.weights;
    const auto rows = host_rows.to(device_);
    const int64_t b = rows.size(0);
    LossTerms out;
    SkinningParams sp;
    sp.pose = p_.pose.index_select(0, rows);
    sp.translation = p_.translation.index_select(0, rows);
    sp.shape = p_.shape.unsqueeze(0).expand({b, -1});
    sp.displacement = p_.displacement;
    const auto skinned = skin(rig_, sp);

    render::RenderMesh mesh;
    mesh.vertices = skinned.vertices;
    mesh.faces = rig_.faces;
    mesh.uvs = uvs_;
    mesh.uv_faces = uv_faces_;
    render::Material material;
    material.albedo = p_.albedo.unsqueeze(0);
    material.normal_map = p_.normal_map.unsqueeze(0);
    render::Lighting lighting;
    lighting.light_position = p_.light_position;
    lighting.light_colour = p_.light_colour;
    if (p_.sh.defined()) {
      lighting.sh = p_.sh;
      if (sh_with_ambient_) lighting.ambient_logit = p_.ambient_logit;
    } else {
      lighting.ambient_logit = p_.ambient_logit;
    }
    lighting.shadows = config_.shadows;
    render::CameraBatch cams;
    cams.intrinsics = capture_.intrinsics.index_select(0, rows);
    cams.width = capture_.width;
    cams.height = capture_.height;
    render::RenderSettings settings;
    settings.geometry_outputs = false;
    out.render = renderer_.render(mesh, material, lighting, cams, settings);

    auto add = [&](const char* name, double weight, const std::function<torch::Tensor()>& term) {
      if (weight <= 0) return;
      out.terms.emplace_back(name, weight * term());
    };
    const auto target = capture_.images.index_select(0, rows);
    const auto mask = capture_.masks.index_select(0, rows);
    const auto eroded = eroded_masks_.index_select(0, rows);
    add("silhouette", w.silhouette, [&] { return silhouetteLoss(out.render.mask, mask); });
    add("keypoint", w.keypoint, [&] {
      return ((skinned.joints - anchor_joints_.index_select(0, rows)) / 0.1).pow(2).sum(-1).mean();
    });
    add("keypoint_2d", w.keypoint_2d, [&] {
      const auto kp = capture_.keypoints.index_select(0, rows);
      const auto in = cams.intrinsics;
      const auto xyz = skinned.keypoints;
      const auto z = xyz.select(2, 2).clamp_min(1e-3);
      const auto u = in.select(1, 0).unsqueeze(1) * xyz.select(2, 0) / z + in.select(1, 2).unsqueeze(1);
      const auto v = in.select(1, 1).unsqueeze(1) * xyz.select(2, 1) / z + in.select(1, 3).unsqueeze(1);
      const auto d2 = ((u - kp.select(2, 0)).pow(2) + (v - kp.select(2, 1)).pow(2)) / 100.0;
      const auto conf = kp.select(2, 2);
      return (conf * d2 / (1 + d2)).sum() / conf.sum().clamp_min(1e-6);
    });
    add("photometric", w.photometric, [&] { return maskedL1Loss(out.render.image, target, eroded); });
    add("ssim", w.ssim, [&] { return maskedSsimLoss(out.render.image, target, eroded); });
    const bool mesh_terms = w.laplacian > 0 || w.normal_consistency > 0 || w.edge_length > 0;
    torch::Tensor shaped, displaced;
    if (mesh_terms) std::tie(shaped, displaced) = canonical();
    add("displacement", w.displacement, [&] { return (p_.displacement / 0.01).pow(2).mean(); });
    add("laplacian", w.laplacian,
        [&] { return laplacianLoss(displaced, shaped, topology_, w.laplacian_quantile, 0.9); });
    add("normal_consistency", w.normal_consistency,
        [&] { return normalConsistencyLoss(displaced, topology_); });
    add("edge_length", w.edge_length, [&] { return edgeLengthLoss(displaced, shaped.detach(), topology_); });
    add("albedo_smoothness", w.albedo_smoothness, [&] {
      auto gen = at::detail::createCPUGenerator(iteration_seed);
      return albedoSmoothnessLoss(p_.albedo, uv_mask_, gen);
    });
    add("normal_map", w.normal_map, [&] { return normalMapLoss(p_.normal_map); });
    add("shape_prior", w.shape_prior, [&] { return p_.shape.pow(2).mean(); });
    out.total = torch::zeros({}, p_.pose.options().requires_grad(false));
    for (auto& [name, t] : out.terms) out.total = out.total + t;
    return out;
  }

  // Keeps parameters in their valid ranges after a step.
  void project() {
    torch::NoGradGuard guard;
    p_.albedo.clamp_(0.0, 1.0);
    p_.normal_map.clamp_(0.0, 1.0);
    p_.normal_map.select(2, 2).clamp_(0.5, 1.0);  // the normal stays in the front hemisphere
    p_.displacement.clamp_(-0.01, 0.01);
    p_.light_colour.clamp_(0.0, 10.0);
    p_.ambient_logit.clamp_(-8.0, 8.0);
  }

  bool runStage(int si, int start_epoch, StageReport& report) {
    const StageConfig& s = config_.stages[si];
    report.name = s.name;
    const auto stage_start = Clock::now();
    if (si != checkpoint_stage_) {
      lr_scale_ = 1.0;
      best_epoch_loss_ = std::numeric_limits<double>::infinity();
      best_in_stage_ = std::numeric_limits<double>::infinity();
      bad_epochs_ = 0;
    }
    auto optimizer = makeOptimizer(s);
    if (optimizer && pending_optimizer_state_) {
      optimizer->load(*pending_optimizer_state_);
      moveAdamState(*optimizer, device_);
      pending_optimizer_state_.reset();
      setLearningRateScale(*optimizer, lr_scale_);
    }
    const int per_epoch = iterationsPerEpoch(s);
    const int batch = std::min<int>(s.batch_size, static_cast<int>(training_.size()));
    const int stage_iterations = s.epochs * per_epoch;
    Params last_good = p_.clone();
    int since_checkpoint = 0;
    int iteration = start_epoch * per_epoch;
    const auto training =
        torch::tensor(std::vector<int64_t>(training_.begin(), training_.end()), torch::kInt64);

    for (int epoch = start_epoch; epoch < s.epochs; ++epoch) {
      auto gen = at::detail::createCPUGenerator(config_.seed * 1000003ULL + si * 10007ULL + epoch);
      const auto order = training.index_select(0, torch::randperm(training.size(0), gen, torch::kInt64));
      std::map<std::string, double> epoch_sums;
      double epoch_total = 0;
      int epoch_count = 0;
      int first_it = 0;
      if (epoch == start_epoch && resume_iteration_ > 0) {
        // Resuming inside an epoch: the same frame order, skipping the batches already done.
        first_it = resume_iteration_;
        iteration += resume_iteration_;
        epoch_total = resume_epoch_total_;
        epoch_count = resume_epoch_count_;
        resume_iteration_ = 0;
      }
      for (int it = first_it; it < per_epoch; ++it) {
        if (options_.cancel && options_.cancel->isCancelled()) {
          if (!options_.checkpoint_dir.empty())
            saveCheckpoint(si, epoch, it, optimizer.get(), epoch_total, epoch_count);
          report.seconds = secondsSince(stage_start);
          return false;
        }
        const int64_t begin = static_cast<int64_t>(it) * batch;
        const auto rows = order.narrow(0, begin, std::min<int64_t>(batch, order.size(0) - begin));
        const uint64_t seed = config_.seed * 7919ULL + static_cast<uint64_t>(done_iterations_);
        LossTerms loss;
        bool diverged = false;
        double value = 0;
        if (optimizer) optimizer->zero_grad();
        try {
          loss = evaluate(s, rows, seed);
          value = loss.total.item<double>();
        } catch (const c10::Error&) {
          diverged = true;
        }
        if (!std::isfinite(value)) diverged = true;
        // Exploding: far above the best loss of this stage (a slow blow-up drags a running median along).
        if (!diverged && std::isfinite(best_in_stage_) && value > config_.divergence_factor * best_in_stage_)
          diverged = true;
        if (!diverged && optimizer && loss.total.requires_grad()) {
          loss.total.backward();
          for (auto& group : optimizer->param_groups())
            for (auto& t : group.params())
              if (t.grad().defined() && !torch::isfinite(t.grad()).all().item<bool>()) diverged = true;
        }
        if (diverged) {
          ++report.rollbacks;
          if (report.rollbacks > config_.max_rollbacks)
            throw Error("reconstruction diverged in stage '" + s.name + "' " +
                        std::to_string(report.rollbacks) +
                        " times even with lowered learning rates; check the capture's masks and keypoints or "
                        "lower the learning rates");
          p_.restore(last_good);
          lr_scale_ *= 0.5;
          optimizer = makeOptimizer(s);
          char text[200];
          std::snprintf(text, sizeof text,
                        "stage %s: the loss diverged at iteration %d; rolled back to the last good state and "
                        "lowered the learning rate to %.3g of its setting",
                        s.name.c_str(), iteration + 1, lr_scale_);
          message(s, si, text);
          --it;  // the same batch again, with the lowered rate
          continue;
        }
        // The parameters just measured are good: keep them (before the step) to roll back to.
        best_in_stage_ = std::min(best_in_stage_, value);
        if (iteration % 10 == 0 && value <= 2 * best_in_stage_) last_good = p_.clone();
        if (optimizer) optimizer->step();
        project();
        ++iteration;
        ++done_iterations_;
        ++since_checkpoint;
        epoch_total += value;
        ++epoch_count;
        for (auto& [name, t] : loss.terms) epoch_sums[name] += t.item<double>();

        FitProgress p;
        p.stage = s.name;
        p.stage_index = si;
        p.stage_count = static_cast<int>(config_.stages.size());
        p.iteration = iteration;
        p.stage_iterations = stage_iterations;
        p.fraction = total_iterations_ > 0 ? static_cast<double>(done_iterations_) / total_iterations_ : 1.0;
        p.elapsed_s = secondsSince(run_start_);
        const int run_done = done_iterations_ - run_start_iterations_;
        if (run_done >= 3)
          p.eta_s = p.elapsed_s / run_done * std::max(0, total_iterations_ - done_iterations_);
        p.total_loss = value;
        p.detail = "iteration " + std::to_string(iteration) + "/" + std::to_string(stage_iterations);
        for (auto& [name, t] : loss.terms) p.losses.emplace_back(name, t.item<double>());
        if (options_.snapshot_interval_s > 0 &&
            (iteration == stage_iterations || last_snapshot_s_ < 0 ||
             p.elapsed_s - last_snapshot_s_ >= options_.snapshot_interval_s)) {
          last_snapshot_s_ = p.elapsed_s;
          p.snapshot = std::make_shared<const Avatar>(makeAvatar());
        }
        if (options_.progress &&
            (last_preview_s_ < 0 || p.elapsed_s - last_preview_s_ >= config_.preview_interval_s)) {
          last_preview_s_ = p.elapsed_s;
          const int64_t row = rows[0].item<int64_t>();
          p.preview = torch::cat({capture_.images[row], loss.render.image[0].detach().clamp(0, 1)}, 1).cpu();
        }
        emit(p);
      }
      // Epoch end: plateau detection and checkpoints.
      if (epoch_count > 0) {
        const double mean = epoch_total / epoch_count;
        report.final_loss = mean;
        report.final_losses.clear();
        for (auto& [name, sum] : epoch_sums) report.final_losses.emplace_back(name, sum / epoch_count);
        if (mean < best_epoch_loss_ * (1 - 1e-3)) {
          best_epoch_loss_ = mean;
          bad_epochs_ = 0;
        } else if (s.reduce_on_plateau && ++bad_epochs_ >= s.patience && optimizer) {
          bad_epochs_ = 0;
          setLearningRateScale(*optimizer, lr_scale_ * 0.5);
          char text[160];
          std::snprintf(text, sizeof text,
                        "stage %s: loss on a plateau; learning rate lowered to %.3g of its setting",
                        s.name.c_str(), lr_scale_);
          message(s, si, text);
        }
      }
      if (!options_.checkpoint_dir.empty() && config_.checkpoint_every > 0 &&
          since_checkpoint >= config_.checkpoint_every) {
        saveCheckpoint(si, epoch + 1, 0, optimizer.get(), 0, 0);
        since_checkpoint = 0;
      }
    }
    report.iterations = iteration;
    report.seconds = secondsSince(stage_start);
    report.final_learning_rate_scale = lr_scale_;
    if (!options_.checkpoint_dir.empty()) saveCheckpoint(si + 1, 0, 0, nullptr, 0, 0);
    return true;
  }

  // ---- Checkpoints: one LibTorch archive, written to a temporary name and renamed. ----
  std::string checkpointPath() const {
    return (std::filesystem::path(options_.checkpoint_dir) / "fit.ckpt").string();
  }

  torch::Tensor fingerprint() const {
    return torch::tensor(
        {static_cast<double>(capture_.numFrames()), static_cast<double>(capture_.width),
         static_cast<double>(capture_.height), static_cast<double>(model_.numVertices()),
         static_cast<double>(config_.texture_size), static_cast<double>(config_.stages.size()),
         static_cast<double>(config_.seed), config_.spherical_harmonics ? 1.0 : 0.0},
        torch::kFloat64);
  }

  void saveCheckpoint(int stage, int epoch, int iteration_in_epoch, torch::optim::Adam* optimizer,
                      double epoch_total, int epoch_count) {
    std::error_code ec;
    std::filesystem::create_directories(options_.checkpoint_dir, ec);
    torch::serialize::OutputArchive archive;
    for (auto& [name, t] : p_.named()) archive.write(name, t->detach().cpu());
    archive.write("fingerprint", fingerprint());
    archive.write("progress",
                  torch::tensor({static_cast<int64_t>(stage), static_cast<int64_t>(epoch),
                                 static_cast<int64_t>(iteration_in_epoch), static_cast<int64_t>(epoch_count)},
                                torch::kInt64));
    archive.write("schedule", torch::tensor({lr_scale_, best_epoch_loss_, static_cast<double>(bad_epochs_),
                                             epoch_total, best_in_stage_},
                                            torch::kFloat64));
    if (optimizer) {
      torch::serialize::OutputArchive opt;
      if (!device_.is_cpu()) moveAdamState(*optimizer, torch::kCPU);
      optimizer->save(opt);
      if (!device_.is_cpu()) moveAdamState(*optimizer, device_);
      archive.write("optimizer", opt);
    }
    const std::string path = checkpointPath();
    const std::string tmp = path + ".tmp";
    try {
      archive.save_to(tmp);
    } catch (const c10::Error& e) {
      throw Error("cannot write the checkpoint " + tmp + ": " + e.what_without_backtrace());
    }
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw Error("cannot write the checkpoint " + path + ": " + ec.message());
    FitProgress p;
    p.fraction = total_iterations_ > 0 ? static_cast<double>(done_iterations_) / total_iterations_ : 1.0;
    p.stage = stage < static_cast<int>(config_.stages.size()) ? config_.stages[stage].name : "done";
    p.stage_index = stage;
    p.stage_count = static_cast<int>(config_.stages.size());
    p.message = "checkpoint written: " + path;
    emit(p);
  }

  bool loadCheckpoint(int& stage, int& epoch, int& iteration_in_epoch) {
    const std::string path = checkpointPath();
    if (!std::filesystem::exists(path)) return false;
    torch::serialize::InputArchive archive;
    try {
      archive.load_from(path);
      torch::Tensor fp, progress, schedule;
      archive.read("fingerprint", fp);
      if (!fp.sizes().equals(fingerprint().sizes()) || !torch::equal(fp, fingerprint())) {
        FitProgress p;
        p.message = "the checkpoint in " + options_.checkpoint_dir +
                    " belongs to a different capture or configuration; starting from the beginning";
        emit(p);
        return false;
      }
      for (auto& [name, t] : p_.named()) {
        torch::Tensor value;
        archive.read(name, value);
        if (!value.sizes().equals(t->sizes()))
          throw Error("checkpoint entry '" + name + "' has the wrong size");
        *t = value.to(t->device()).clone();
      }
      archive.read("progress", progress);
      archive.read("schedule", schedule);
      stage = static_cast<int>(progress[0].item<int64_t>());
      epoch = static_cast<int>(progress[1].item<int64_t>());
      iteration_in_epoch = static_cast<int>(progress[2].item<int64_t>());
      resume_epoch_count_ = static_cast<int>(progress[3].item<int64_t>());
      resume_epoch_total_ = schedule[3].item<double>();
      best_in_stage_ = schedule[4].item<double>();
      lr_scale_ = schedule[0].item<double>();
      best_epoch_loss_ = schedule[1].item<double>();
      bad_epochs_ = static_cast<int>(schedule[2].item<double>());
      checkpoint_stage_ = stage;
      auto opt = std::make_unique<torch::serialize::InputArchive>();
      if (archive.try_read("optimizer", *opt)) pending_optimizer_state_ = std::move(opt);
    } catch (const c10::Error& e) {
      throw InputError("the checkpoint " + path + " cannot be read (" + e.what_without_backtrace() +
                       "); delete it to start over");
    }
    FitProgress p;
    p.message = "resumed from " + path + " at stage " + std::to_string(stage + 1) + ", epoch " +
                std::to_string(epoch + 1);
    emit(p);
    return true;
  }

  Avatar makeAvatar() {
    torch::NoGradGuard guard;
    Avatar a;
    a.model_spec = model_spec_;
    a.subdivision_levels = config_.subdivision_levels;
    a.subdivision_scheme = config_.loop_subdivision ? SubdivisionScheme::Loop : SubdivisionScheme::Midpoint;
    a.shape = toHost(p_.shape);
    a.displacement = toHost(p_.displacement);
    a.albedo = toHost(p_.albedo);
    a.normal_map = toHost(p_.normal_map);
    AvatarLighting& l = a.lighting;
    l.point_light = true;
    for (int i = 0; i < 3; ++i) {
      l.light_position[i] = p_.light_position.view({-1})[i].item<float>();
      l.light_colour[i] = p_.light_colour[i].item<float>();
    }
    // With SH the fit renders without an ambient ratio (the direct term is not scaled by 1 - a): an
    // ambient of 0 says exactly that (toRenderLighting leaves the logit out).
    l.ambient = p_.sh.defined() && !sh_with_ambient_
                    ? 0.0f
                    : torch::sigmoid(p_.ambient_logit).view({-1})[0].item<float>();
    l.shadows = config_.shadows;
    l.use_sh = p_.sh.defined();
    if (l.use_sh)
      for (int i = 0; i < 9; ++i)
        for (int c = 0; c < 3; ++c) l.sh(i, c) = p_.sh[0][i][c].item<float>();
    a.motion.frame_indices = capture_.frame_indices;
    a.motion.pose = toHost(p_.pose);
    a.motion.translation = toHost(p_.translation);
    a.motion.intrinsics = original_intrinsics_.clone();
    a.motion.width = original_width_;
    a.motion.height = original_height_;
    a.notes = "reconstruction preset " + config_.name;
    return a;
  }

  torch::Tensor maskedSsimLoss(const torch::Tensor& rendered, const torch::Tensor& target,
                               const torch::Tensor& mask) {
    // The SSIM map loses a 5-pixel border; a batch whose eroded mask is empty there adds nothing.
    const auto inner = mask.narrow(1, 5, mask.size(1) - 10).narrow(2, 5, mask.size(2) - 10);
    if (inner.sum().item<double>() <= 0) return rendered.sum() * 0;
    return eval::ssimLoss(rendered, target, mask);
  }

  ReconstructionConfig config_;
  FitOptions options_;
  std::string model_spec_;
  torch::Device device_;
  PreparedCapture capture_;
  torch::Tensor original_intrinsics_;
  int original_width_ = 0, original_height_ = 0;
  HandModel model_;
  Rig rig_;
  MeshTopology topology_;
  torch::Tensor uvs_, uv_faces_, uv_mask_, eroded_masks_, anchor_joints_;
  std::vector<int> training_, holdout_, skipped_;
  Params p_;
  render::Renderer renderer_;
  std::vector<double> base_lrs_;
  double lr_scale_ = 1.0;
  double best_epoch_loss_ = std::numeric_limits<double>::infinity();
  double best_in_stage_ = std::numeric_limits<double>::infinity();  // for the divergence guard
  int bad_epochs_ = 0;
  int checkpoint_stage_ = -1;
  bool sh_with_ambient_ = false;  // SH lighting whose direct term is scaled by 1 - ambient (start avatar)
  int resume_iteration_ = 0;      // batches of the resumed epoch already done
  double resume_epoch_total_ = 0;
  int resume_epoch_count_ = 0;
  std::unique_ptr<torch::serialize::InputArchive> pending_optimizer_state_;
  int total_iterations_ = 0, done_iterations_ = 0, run_start_iterations_ = 0;
  Clock::time_point run_start_;
  double last_preview_s_ = -1;
  double last_snapshot_s_ = -1;
};

}  // namespace

std::optional<CheckpointInfo> readCheckpointInfo(const std::string& checkpoint_dir) {
  if (checkpoint_dir.empty()) return std::nullopt;
  const std::string path = (std::filesystem::path(checkpoint_dir) / "fit.ckpt").string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  CheckpointInfo info;
  info.path = path;
  try {
    torch::serialize::InputArchive archive;
    archive.load_from(path);
    torch::Tensor progress;
    archive.read("progress", progress);
    if (progress.numel() < 3) throw Error("checkpoint entry 'progress' has the wrong size");
    progress = progress.to(torch::kInt64).view({-1});
    info.stage = static_cast<int>(progress[0].item<int64_t>());
    info.epoch = static_cast<int>(progress[1].item<int64_t>());
    info.iteration_in_epoch = static_cast<int>(progress[2].item<int64_t>());
  } catch (const c10::Error& e) {
    throw InputError("the checkpoint " + path + " cannot be read (" + e.what_without_backtrace() +
                     "); delete it to start over");
  } catch (const Error& e) {
    throw InputError("the checkpoint " + path + " cannot be read (" + e.what() +
                     "); delete it to start over");
  }
  return info;
}

ReconstructionConfig poseRefinementConfig(const ReconstructionConfig& base, int epochs) {
  ReconstructionConfig c = base;
  c.name = base.name + "-pose-refinement";
  c.holdout_every = 0;
  StageConfig s;
  s.name = "pose";
  s.epochs = epochs;
  s.batch_size = base.stages.empty() ? 8 : base.stages.front().batch_size;
  s.optimise.pose = s.optimise.translation = true;
  s.learning_rate = 2e-3;
  s.weights.displacement = s.weights.laplacian = s.weights.normal_consistency = s.weights.edge_length = 0;
  s.weights.albedo_smoothness = s.weights.normal_map = s.weights.shape_prior = 0;
  c.stages = {s};
  return c;
}

PreparedCapture resizeCapture(const PreparedCapture& capture, int size) {
  if (size <= 0 || size == capture.height) return capture;
  const double s = static_cast<double>(size) / capture.height;
  const int out_h = size;
  const int out_w = std::max(1, static_cast<int>(std::lround(capture.width * s)));
  const double sx = static_cast<double>(out_w) / capture.width,
               sy = static_cast<double>(out_h) / capture.height;
  PreparedCapture out = capture;
  out.width = out_w;
  out.height = out_h;
  namespace F = torch::nn::functional;
  auto resize = [&](const torch::Tensor& t) {
    auto x = t.permute({0, 3, 1, 2});
    auto opts = F::InterpolateFuncOptions().size(std::vector<int64_t>{out_h, out_w});
    if (out_h < capture.height)
      opts.mode(torch::kArea);
    else
      opts.mode(torch::kBilinear).align_corners(false);
    x = F::interpolate(x, opts);
    return x.permute({0, 2, 3, 1}).contiguous();
  };
  out.images = resize(capture.images);
  out.masks = resize(capture.masks);
  // Pixel centres at integers: x' = (x + 0.5) s - 0.5.
  auto scale = torch::tensor({sx, sy, sx, sy}, capture.intrinsics.options()).view({1, 4});
  auto shift =
      torch::tensor({0.0, 0.0, 0.5 * sx - 0.5, 0.5 * sy - 0.5}, capture.intrinsics.options()).view({1, 4});
  out.intrinsics = capture.intrinsics * scale + shift;
  if (capture.keypoints.defined()) {
    out.keypoints = capture.keypoints.clone();
    out.keypoints.select(2, 0).mul_(sx).add_(0.5 * sx - 0.5);
    out.keypoints.select(2, 1).mul_(sy).add_(0.5 * sy - 0.5);
  }
  return out;
}

FitResult reconstruct(const HandModel& base_model, const std::string& model_spec,
                      const PreparedCapture& capture, const FitInitial& initial,
                      const ReconstructionConfig& config, const FitOptions& options) {
  Fitter fitter(base_model, model_spec, capture, initial, config, options);
  // For profiling: PALMA_FIT_TRACE=FILE writes the LibTorch operators of the staged fit as a Chrome
  // trace (docs/performance.md).
  std::optional<torch::autograd::profiler::RecordProfile> trace;
  if (const char* file = std::getenv("PALMA_FIT_TRACE"); file != nullptr && *file != '\0') {
    // LibTorch writes the trace at the end and says nothing when it cannot: find out before the fit.
    if (!std::ofstream(file, std::ios::app))
      throw InputError(std::string("PALMA_FIT_TRACE: cannot write the trace file '") + file + "'");
    trace.emplace(file);
  }
  return fitter.run();
}

}  // namespace palma::fit
