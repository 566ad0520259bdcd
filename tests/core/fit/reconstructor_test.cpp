// The staged reconstructor: it improves silhouettes and colours on a known scene, resumes from a
// checkpoint to the same result, rolls back and lowers the learning rate when the loss explodes, and
// refuses bad input with clear messages.
#include <torch/torch.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/avatar/avatar_ops.h"
#include "core/common/error.h"
#include "core/eval/metrics.h"
#include "core/fit/losses.h"
#include "core/fit/reconstructor.h"
#include "core/model/skinning.h"
#include "core/model/subdivision.h"
#include "core/render/gpu_kernels.h"
#include "core/render/renderer.h"
#include "tests/core/fit/fit_scene.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

fit::ReconstructionConfig testConfig() {
  auto c = fit::ReconstructionConfig::quick();
  c.render_size = 0;
  c.texture_size = 32;
  for (auto& s : c.stages) {
    s.epochs = 8;
    s.batch_size = 4;
  }
  c.stages[0].epochs = 16;
  c.stages[0].learning_rate = 1e-2;
  c.stages[1].epochs = 4;
  c.stages[2].appearance_learning_rate = 0.05;
  c.seed = 7;
  c.spherical_harmonics = false;  // explicit: the scene is lit by HARP's ambient + point light model
  return c;
}

// Silhouette IoU and colour error (mean |difference| inside the capture masks) of an avatar's
// parameters against the capture.
struct Agreement {
  double iou = 0;
  double colour_error = 0;
};
Agreement agreement(const test::FitScene& s, const torch::Tensor& pose, const torch::Tensor& translation,
                    const torch::Tensor& shape, const torch::Tensor& displacement,
                    const torch::Tensor& albedo, const AvatarLighting& light) {
  torch::NoGradGuard guard;
  const Rig rig = makeRig(s.model);
  SkinningParams sp;
  sp.pose = pose;
  sp.translation = translation;
  sp.shape = shape.unsqueeze(0).expand({pose.size(0), -1});
  if (displacement.defined()) sp.displacement = displacement;
  render::RenderMesh mesh;
  mesh.vertices = skin(rig, sp).vertices;
  mesh.faces = rig.faces;
  mesh.uvs =
      torch::from_blob(const_cast<float*>(s.model.uvs.data()), {s.model.uvs.rows(), 2}, torch::kFloat32);
  std::vector<int64_t> uf(s.model.uv_faces.data(), s.model.uv_faces.data() + s.model.uv_faces.size());
  mesh.uv_faces = torch::tensor(uf, torch::kInt64).view({-1, 3});
  render::Material material;
  material.albedo = albedo.unsqueeze(0);
  auto lighting = render::Lighting::harpDefaults();
  lighting.light_position =
      torch::tensor({light.light_position.x(), light.light_position.y(), light.light_position.z()})
          .view({1, 3});
  lighting.ambient_logit = torch::tensor({std::log(light.ambient / (1 - light.ambient))});
  lighting.shadows = false;
  render::CameraBatch cams;
  cams.intrinsics = s.capture.intrinsics;
  cams.width = s.capture.width;
  cams.height = s.capture.height;
  render::Renderer renderer;
  const auto out = renderer.render(mesh, material, lighting, cams);
  Agreement g;
  g.iou = eval::iou(out.mask, s.capture.masks).mean;
  g.colour_error = eval::maskedL1(out.image, s.capture.images, s.capture.masks).mean;
  return g;
}

bool sameTensor(const torch::Tensor& a, const torch::Tensor& b, double tol) {
  return a.sizes().equals(b.sizes()) && (a - b).abs().max().item<double>() <= tol;
}

}  // namespace

PALMA_TEST(fitImprovesSilhouettesAndLearnsTheAlbedo) {
  const auto scene = test::makeFitScene(6, 64);
  const auto init = test::disturbed(scene, 0.04, 0.004);
  const auto start_albedo =
      torch::tensor({232.0f / 255, 190.0f / 255, 172.0f / 255}).view({1, 1, 3}).expand({32, 32, 3});
  const auto before =
      agreement(scene, init.pose, init.translation, init.shape, {}, start_albedo, AvatarLighting{});
  std::vector<fit::FitProgress> events;
  fit::FitOptions options;
  options.progress = [&](const fit::FitProgress& p) { events.push_back(p); };
  const auto result =
      fit::reconstruct(scene.model, "builtin:right", scene.capture, init, testConfig(), options);
  const Avatar& a = result.avatar;
  const auto after =
      agreement(scene, a.motion.pose, a.motion.translation, a.shape, a.displacement, a.albedo, a.lighting);
  std::printf("  IoU %.4f -> %.4f, colour error %.4f -> %.4f, %.2f s, %zu progress events\n", before.iou,
              after.iou, before.colour_error, after.colour_error, result.seconds, events.size());
  PALMA_CHECK(!result.cancelled);
  PALMA_CHECK(result.stages.size() == 3);
  // Measured: IoU 0.802 -> 0.947, colour error 0.301 -> 0.0995.
  PALMA_CHECK(after.iou > before.iou);
  PALMA_CHECK(after.iou > 0.93);
  PALMA_CHECK(after.colour_error < 0.4 * before.colour_error);
  // Progress: fractions increase to 1, every stage reported, losses named, at least one preview.
  double last = 0;
  bool preview = false, monotone = true;
  for (const auto& e : events) {
    if (e.fraction + 1e-12 < last) monotone = false;
    last = e.fraction;
    if (e.preview.defined()) {
      preview = true;
      PALMA_CHECK(e.preview.size(0) == 64 && e.preview.size(1) == 128 && e.preview.size(2) == 3);
    }
  }
  PALMA_CHECK(monotone);
  PALMA_CHECK(std::abs(last - 1.0) < 1e-9);
  PALMA_CHECK(preview);
  // The avatar describes its template and capture.
  PALMA_CHECK(a.model_spec == "builtin:right");
  PALMA_CHECK(a.displacement.size(0) == scene.model.numVertices());
  PALMA_CHECK(a.albedo.size(0) == 32 && a.normal_map.size(2) == 3);
  PALMA_CHECK(a.motion.numFrames() == 6 && a.motion.width == 64);
  PALMA_CHECK(torch::isfinite(a.motion.pose).all().item<bool>());
}

PALMA_TEST(shLightingFitsAndTheAvatarRendersAsFitted) {
  const auto scene = test::makeFitScene(6, 64);
  const auto init = test::disturbed(scene, 0.04, 0.004);
  auto config = testConfig();
  config.spherical_harmonics = true;
  const auto result = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);
  const Avatar& a = result.avatar;
  PALMA_CHECK(a.lighting.use_sh && a.lighting.ambient == 0.0f);
  // Rendered through the avatar helpers (as export, eval and the studio do), it matches the capture.
  torch::NoGradGuard guard;
  const Rig rig = makeRig(result.fitted_template);
  render::Renderer renderer;
  render::CameraBatch cams;
  cams.intrinsics = scene.capture.intrinsics;
  cams.width = cams.height = 64;
  const auto out =
      renderAvatar(renderer, rig, result.fitted_template, a, a.motion.pose, a.motion.translation, cams);
  const double iou = eval::iou(out.mask, scene.capture.masks).mean;
  const double error = eval::maskedL1(out.image, scene.capture.images, scene.capture.masks).mean;
  std::printf("  SH fit: IoU %.4f, colour error %.4f\n", iou, error);
  // Measured: IoU 0.947, colour error 0.040.
  PALMA_CHECK(iou > 0.93);
  PALMA_CHECK(error < 0.12);
}

PALMA_TEST(poseRefinementWithAKnownAppearanceRecoversPoses) {
  const auto scene = test::makeFitScene(4, 64);
  // An avatar with the scene's appearance: the true shape and albedo colour, HARP's light.
  Avatar start;
  start.model_spec = "builtin:right";
  start.subdivision_levels = 0;
  start.shape = scene.truth.shape.clone();
  start.displacement = torch::zeros({scene.model.numVertices()});
  start.albedo = scene.albedo_colour.view({1, 1, 3}).repeat({16, 16, 1});
  start.normal_map = torch::tensor({0.5f, 0.5f, 1.0f}).view({1, 1, 3}).repeat({16, 16, 1});
  start.lighting.shadows = false;
  const auto init = test::disturbed(scene, 0.05, 0.005);
  auto base = testConfig();
  const auto config = fit::poseRefinementConfig(base, 25);
  PALMA_CHECK(config.stages.size() == 1 && config.stages[0].optimise.pose &&
              !config.stages[0].optimise.albedo);
  fit::FitOptions options;
  options.start = &start;
  const auto result = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  const auto before =
      agreement(scene, init.pose, init.translation, start.shape, {}, start.albedo, start.lighting);
  const auto& a = result.avatar;
  const auto after =
      agreement(scene, a.motion.pose, a.motion.translation, a.shape, a.displacement, a.albedo, a.lighting);
  std::printf("  IoU %.4f -> %.4f, colour error %.4f -> %.4f\n", before.iou, after.iou, before.colour_error,
              after.colour_error);
  // Measured: IoU 0.761 -> 0.885, colour error 0.085 -> 0.044.
  PALMA_CHECK(after.iou > before.iou + 0.03);
  PALMA_CHECK(after.colour_error < before.colour_error);
  // The appearance did not move.
  PALMA_CHECK(torch::equal(a.albedo, start.albedo) && torch::equal(a.shape, start.shape));
  // A start avatar of another template is refused.
  Avatar wrong = start;
  wrong.displacement = torch::zeros({10});
  bool threw = false;
  options.start = &wrong;
  try {
    fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  } catch (const InputError& e) {
    threw = std::string(e.what()).find("displacement") != std::string::npos;
  }
  PALMA_CHECK(threw);
}

PALMA_TEST(resumeFromACheckpointGivesTheSameAvatar) {
  const auto scene = test::makeFitScene(5, 48);
  const auto init = test::disturbed(scene, 0.03, 0.003);
  auto config = testConfig();
  for (auto& s : config.stages) s.epochs = 3;
  config.checkpoint_every = 1;
  const auto full = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);

  const std::string dir = test::tempDir() + "/ckpt";
  CancelToken cancel;
  fit::FitOptions options;
  options.checkpoint_dir = dir;
  options.cancel = &cancel;
  int iterations = 0;
  options.progress = [&](const fit::FitProgress& p) {
    if (p.iteration > 0 && ++iterations == 7) cancel.cancel();  // inside the second stage
  };
  const auto first = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  PALMA_CHECK(first.cancelled);
  PALMA_CHECK(std::filesystem::exists(dir + "/fit.ckpt"));
  PALMA_CHECK(torch::isfinite(first.avatar.albedo).all().item<bool>());
  // The checkpoint says where the run stopped: 2 batches per epoch, stopped before the second batch
  // of the second stage's first epoch.
  const auto info = fit::readCheckpointInfo(dir);
  PALMA_CHECK(info.has_value());
  PALMA_CHECK(info->stage == 1 && info->epoch == 0 && info->iteration_in_epoch == 1);
  PALMA_CHECK(!fit::readCheckpointInfo(test::tempDir() + "/no such checkpoint").has_value());

  fit::FitOptions resume;
  resume.checkpoint_dir = dir;
  std::string resumed_message;
  resume.progress = [&](const fit::FitProgress& p) {
    if (p.message.rfind("resumed", 0) == 0) resumed_message = p.message;
  };
  const auto second = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, resume);
  std::printf("  %s\n", resumed_message.c_str());
  PALMA_CHECK(second.resumed && !second.cancelled);
  PALMA_CHECK(!resumed_message.empty());
  const double tol = 1e-5;
  PALMA_CHECK(sameTensor(second.avatar.motion.pose, full.avatar.motion.pose, tol));
  PALMA_CHECK(sameTensor(second.avatar.displacement, full.avatar.displacement, tol));
  PALMA_CHECK(sameTensor(second.avatar.albedo, full.avatar.albedo, tol));
  PALMA_CHECK(sameTensor(second.avatar.shape, full.avatar.shape, tol));

  // A checkpoint of another capture is not used.
  const auto other = test::makeFitScene(4, 48);
  std::string mismatch;
  fit::FitOptions again;
  again.checkpoint_dir = dir;
  again.progress = [&](const fit::FitProgress& p) {
    if (p.message.find("different capture") != std::string::npos) mismatch = p.message;
  };
  auto small = config;
  for (auto& s : small.stages) s.epochs = 1;
  const auto r = fit::reconstruct(other.model, "builtin:right", other.capture, test::disturbed(other, 0, 0),
                                  small, again);
  PALMA_CHECK(!r.resumed);
  PALMA_CHECK(!mismatch.empty());
}

PALMA_TEST(snapshotsComeAtTheIntervalAndAtEveryStageEnd) {
  const auto scene = test::makeFitScene(4, 40);
  const auto init = test::disturbed(scene, 0.03, 0.003);
  auto config = testConfig();
  for (auto& s : config.stages) s.epochs = 2;  // 1 batch per epoch: 2 iterations per stage
  fit::FitOptions options;
  std::vector<std::pair<int, std::shared_ptr<const Avatar>>> snapshots;  // (stage, snapshot)
  int iterations = 0;
  options.progress = [&](const fit::FitProgress& p) {
    if (p.iteration > 0) ++iterations;
    if (p.snapshot) snapshots.emplace_back(p.stage_index, p.snapshot);
  };
  // Without an interval there are none.
  fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  PALMA_CHECK(iterations == 6);
  PALMA_CHECK(snapshots.empty());

  // A long interval: the first iteration, then only the last iteration of every stage.
  options.snapshot_interval_s = 1000;
  const auto result = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  PALMA_CHECK_MSG(snapshots.size() == 4, std::to_string(snapshots.size()) + " snapshots");
  if (snapshots.size() == 4) {
    PALMA_CHECK(snapshots[0].first == 0 && snapshots[1].first == 0);
    PALMA_CHECK(snapshots[2].first == 1 && snapshots[3].first == 2);
    // The last one is the fitted avatar; an earlier one is a copy that the fit did not change later.
    const Avatar& last = *snapshots.back().second;
    PALMA_CHECK(sameTensor(last.motion.pose, result.avatar.motion.pose, 0));
    PALMA_CHECK(sameTensor(last.albedo, result.avatar.albedo, 0));
    PALMA_CHECK(sameTensor(last.displacement, result.avatar.displacement, 0));
    PALMA_CHECK(last.model_spec == "builtin:right");
    PALMA_CHECK(!sameTensor(snapshots[0].second->motion.pose, result.avatar.motion.pose, 1e-7));
    PALMA_CHECK(snapshots[0].second.get() != snapshots[1].second.get());
  }

  // Every iteration with a tiny interval.
  snapshots.clear();
  options.snapshot_interval_s = 1e-9;
  fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  PALMA_CHECK(snapshots.size() == 6);
}

PALMA_TEST(sameSeedSameResult) {
  const auto scene = test::makeFitScene(4, 40);
  const auto init = test::disturbed(scene, 0.03, 0.003);
  auto config = testConfig();
  for (auto& s : config.stages) s.epochs = 2;
  const auto a = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);
  const auto b = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);
  PALMA_CHECK(torch::equal(a.avatar.albedo, b.avatar.albedo));
  PALMA_CHECK(torch::equal(a.avatar.motion.pose, b.avatar.motion.pose));
}

PALMA_TEST(explodingLossRollsBackAndLowersTheLearningRate) {
  const auto scene = test::makeFitScene(4, 40);
  const auto init = test::disturbed(scene, 0.02, 0.002);
  auto config = testConfig();
  config.stages = {config.stages[0]};
  config.stages[0].epochs = 12;
  config.stages[0].learning_rate = 30.0;  // far too large: poses fly off
  config.max_rollbacks = 40;
  std::vector<std::string> messages;
  fit::FitOptions options;
  options.progress = [&](const fit::FitProgress& p) {
    if (!p.message.empty()) messages.push_back(p.message);
  };
  const auto result = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, options);
  int rollbacks = 0;
  for (const auto& m : messages)
    if (m.find("rolled back") != std::string::npos) ++rollbacks;
  std::printf("  %d rollbacks, final loss %.4f, learning rate scale %.3g\n", result.stages[0].rollbacks,
              result.stages[0].final_loss, result.stages[0].final_learning_rate_scale);
  PALMA_CHECK(rollbacks >= 1 && rollbacks == result.stages[0].rollbacks);
  PALMA_CHECK(result.stages[0].final_learning_rate_scale < 1.0);
  PALMA_CHECK(std::isfinite(result.stages[0].final_loss));
  PALMA_CHECK(torch::isfinite(result.avatar.motion.pose).all().item<bool>());

  // With no rollbacks allowed, the same run stops with a clear error.
  config.max_rollbacks = 0;
  bool threw = false;
  try {
    fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);
  } catch (const Error& e) {
    threw = std::string(e.what()).find("diverged") != std::string::npos;
  }
  PALMA_CHECK(threw);
}

PALMA_TEST(badInputIsRefusedWithClearMessages) {
  const auto scene = test::makeFitScene(3, 32);
  const auto init = test::disturbed(scene, 0.0, 0.0);
  const auto config = testConfig();
  auto expect = [&](const PreparedCapture& c, const fit::FitInitial& i, const fit::ReconstructionConfig& cfg,
                    const std::string& needle) {
    try {
      fit::reconstruct(scene.model, "builtin:right", c, i, cfg);
    } catch (const InputError& e) {
      const bool ok = std::string(e.what()).find(needle) != std::string::npos;
      if (!ok) std::printf("  unexpected message: %s\n", e.what());
      return ok;
    }
    return false;
  };
  {
    auto i = init;
    i.pose = i.pose.clone();
    i.pose[1][3][0] = std::nanf("");
    PALMA_CHECK(expect(scene.capture, i, config, "NaN"));
  }
  {
    auto i = init;
    i.pose = i.pose.narrow(0, 0, 2);
    PALMA_CHECK(expect(scene.capture, i, config, "pose"));
  }
  {
    auto c = scene.capture;
    c.images = torch::zeros({0, 32, 32, 3});
    PALMA_CHECK(expect(c, init, config, "no frames"));
  }
  {
    auto c = scene.capture;
    c.keypoints = c.keypoints.clone();
    c.keypoints[0][0][0] = std::nanf("");
    PALMA_CHECK(expect(c, init, config, "keypoints"));
  }
  {
    auto c = scene.capture;
    c.masks = torch::zeros({3, 16, 16, 1});
    PALMA_CHECK(expect(c, init, config, "masks"));
  }
  {
    auto cfg = config;
    cfg.stages[1].batch_size = 0;
    PALMA_CHECK(expect(scene.capture, init, cfg, "batch_size"));
  }
  {
    auto cfg = config;
    cfg.holdout_every = 2;
    auto c = scene.capture;
    PALMA_CHECK(fit::reconstruct(scene.model, "builtin:right", c, init,
                                 [&] {
                                   auto q = cfg;
                                   for (auto& s : q.stages) s.epochs = 1;
                                   return q;
                                 }())
                    .holdout_rows == std::vector<int>{1});
  }
}

PALMA_TEST(framesWithoutAHandAreSkippedAndReported) {
  auto scene = test::makeFitScene(4, 40);
  scene.capture.masks = scene.capture.masks.clone();
  scene.capture.masks[2].zero_();
  auto config = testConfig();
  for (auto& s : config.stages) s.epochs = 1;
  std::string message;
  fit::FitOptions options;
  options.progress = [&](const fit::FitProgress& p) {
    if (p.message.find("without a hand") != std::string::npos) message = p.message;
  };
  const auto result = fit::reconstruct(scene.model, "builtin:right", scene.capture,
                                       test::disturbed(scene, 0, 0), config, options);
  PALMA_CHECK(result.skipped_rows == std::vector<int>{2});
  PALMA_CHECK(result.training_rows == (std::vector<int>{0, 1, 3}));
  PALMA_CHECK(message.find("rows 2") != std::string::npos);
  // Every frame empty: a clear error.
  scene.capture.masks.zero_();
  bool threw = false;
  try {
    fit::reconstruct(scene.model, "builtin:right", scene.capture, test::disturbed(scene, 0, 0), config);
  } catch (const InputError& e) {
    threw = std::string(e.what()).find("no frame shows a hand") != std::string::npos;
  }
  PALMA_CHECK(threw);
}

PALMA_TEST(resizeCaptureKeepsPixelCentresExact) {
  const auto scene = test::makeFitScene(2, 64);
  const auto half = fit::resizeCapture(scene.capture, 32);
  PALMA_CHECK(half.width == 32 && half.images.size(1) == 32);
  // A keypoint's position maps like the intrinsics: projecting with the new intrinsics lands where the
  // mapped keypoint is.
  const double fx = scene.capture.intrinsics[0][0].item<double>(),
               cx = scene.capture.intrinsics[0][2].item<double>();
  const double fx2 = half.intrinsics[0][0].item<double>(), cx2 = half.intrinsics[0][2].item<double>();
  const double x = scene.capture.keypoints[0][5][0].item<double>();
  const double x2 = half.keypoints[0][5][0].item<double>();
  const double ray = (x - cx) / fx, ray2 = (x2 - cx2) / fx2;
  PALMA_CHECK(std::abs(ray - ray2) < 1e-6);
  PALMA_CHECK(std::abs(fx2 - fx / 2) < 1e-9 && std::abs(cx2 - ((cx + 0.5) / 2 - 0.5)) < 1e-9);
  // Area averaging keeps the mask's covered fraction.
  PALMA_CHECK(std::abs(half.masks.mean().item<double>() - scene.capture.masks.mean().item<double>()) < 1e-5);
}

PALMA_TEST(palmaFitTraceWritesTheOperatorsOrRefusesAPathItCannotWrite) {
  const auto scene = test::makeFitScene(2, 40);
  auto config = testConfig();
  for (auto& s : config.stages) s.epochs = 1;
  const auto init = test::disturbed(scene, 0, 0);
  setenv("PALMA_FIT_TRACE", (palma::test::tempDir() + "/missing/trace.json").c_str(), 1);
  PALMA_CHECK_THROWS(fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config), InputError,
                     "cannot write the trace file");
  const std::string file = palma::test::tempDir() + "/trace.json";
  setenv("PALMA_FIT_TRACE", file.c_str(), 1);
  fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);
  unsetenv("PALMA_FIT_TRACE");
  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Chrome's JSON array format: LibTorch operators and the backward nodes of the renderer's operators.
  PALMA_CHECK_MSG(!text.empty() && text.front() == '[' && text.find("\"aten::add\"") != std::string::npos &&
                      text.find("ShadeFunction") != std::string::npos,
                  "trace of " << text.size() << " bytes");
}

PALMA_TEST(aDeviceWithoutKernelsIsRefusedBeforeAnyWork) {
  if (render::gpu::kernelsBuilt()) PALMA_SKIP("this build contains the CUDA kernels");
  const auto scene = test::makeFitScene(2, 40);
  fit::FitOptions options;
  options.device = torch::Device(torch::kCUDA, 0);
  PALMA_CHECK_THROWS(fit::reconstruct(scene.model, "builtin:right", scene.capture,
                                      test::disturbed(scene, 0, 0), testConfig(), options),
                     InputError, "no CUDA kernels");
}
