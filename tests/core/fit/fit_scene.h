// A tiny synthetic capture for reconstruction tests: the built-in hand, posed, rendered by the
// Renderer with a known albedo colour, its masks and exact keypoints.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "core/capture/prepared_capture.h"
#include "core/fit/reconstructor.h"
#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/render/renderer.h"

namespace palma::test {

struct FitScene {
  HandModel model;
  PreparedCapture capture;
  fit::FitInitial truth;
  torch::Tensor albedo_colour;  // [3]
};

inline FitScene makeFitScene(int frames, int size) {
  FitScene s;
  s.model = makeBuiltinHand();
  const Rig rig = makeRig(s.model);
  const auto names = posePresetNames();
  auto pose = torch::zeros({frames, kNumJoints, 3});
  for (int b = 0; b < frames; ++b) {
    const PoseMatrix p = posePreset(s.model, names[b % 2 == 0 ? 0 : 1]);
    pose[b] = 0.5 * torch::from_blob(const_cast<float*>(p.data()), {kNumJoints, 3}, torch::kFloat32);
    pose[b][0] = torch::tensor({1.5708f + 0.15f * b, 0.1f * (b % 3) - 0.1f, 0.05f * b});
  }
  auto shape = torch::zeros({s.model.numShapes()});
  shape[0] = 0.5f;
  SkinningParams sp;
  sp.pose = pose;
  sp.shape = shape.unsqueeze(0).expand({frames, -1});
  const auto centre = skin(rig, sp).vertices.mean(1);  // [F,3]
  auto translation = torch::tensor({0.0f, 0.0f, 0.45f}).view({1, 3}) - centre;
  sp.translation = translation;
  const auto posed = skin(rig, sp);

  render::Camera cam;
  cam.width = cam.height = size;
  cam.fx = cam.fy = 0.8 * size * 0.45 / 0.22;
  cam.cx = cam.cy = 0.5 * size - 0.5;
  auto cams = render::CameraBatch::repeat(cam, frames);
  render::RenderMesh mesh;
  mesh.vertices = posed.vertices;
  mesh.faces = rig.faces;
  mesh.uvs =
      torch::from_blob(const_cast<float*>(s.model.uvs.data()), {s.model.uvs.rows(), 2}, torch::kFloat32)
          .clone();
  std::vector<int64_t> uf(s.model.uv_faces.data(), s.model.uv_faces.data() + s.model.uv_faces.size());
  mesh.uv_faces = torch::tensor(uf, torch::kInt64).view({-1, 3});
  s.albedo_colour = torch::tensor({0.62f, 0.42f, 0.33f});
  render::Material material;
  material.albedo = s.albedo_colour.view({1, 1, 1, 3}).expand({1, 8, 8, 3}).contiguous();
  auto lighting = render::Lighting::harpDefaults();
  lighting.shadows = false;
  render::Renderer renderer;
  const auto out = renderer.render(mesh, material, lighting, cams);

  s.capture.width = s.capture.height = size;
  for (int b = 0; b < frames; ++b) s.capture.frame_indices.push_back(b);
  s.capture.images = out.image.detach().contiguous();
  s.capture.masks = (out.mask.detach() > 0.5).to(torch::kFloat32);
  s.capture.intrinsics = cams.intrinsics.clone();
  const auto kp = posed.keypoints;
  const auto z = kp.select(2, 2);
  const auto u = cam.fx * kp.select(2, 0) / z + cam.cx;
  const auto v = cam.fy * kp.select(2, 1) / z + cam.cy;
  s.capture.keypoints = torch::stack({u, v, torch::ones_like(u)}, 2).contiguous();
  s.truth.pose = pose;
  s.truth.translation = translation;
  s.truth.shape = shape;
  return s;
}

// The truth, disturbed: finger angles off by `pose_noise` rad, translation by `shift` m, shape 0.
inline fit::FitInitial disturbed(const FitScene& s, double pose_noise, double shift, uint64_t seed = 3) {
  auto gen = at::detail::createCPUGenerator(seed);
  fit::FitInitial init;
  init.pose = s.truth.pose + pose_noise * torch::randn(s.truth.pose.sizes(), gen);
  init.translation = s.truth.translation + shift;
  init.shape = torch::zeros_like(s.truth.shape);
  return init;
}

}  // namespace palma::test
