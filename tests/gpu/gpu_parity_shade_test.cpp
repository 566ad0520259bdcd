// Parity of the CUDA shading and shadow kernels (gpu/shade.cu, gpu/shadow.cu) with the CPU operators:
// forward and backward of shadePixels, shadowVisibility and renderShadowMap on the built-in hand, CUDA
// against CPU in float32 and float64, within tolerances that allow for the order of atomic additions.
// Every test skips itself without a CUDA device or without the CUDA kernels.
#include <torch/torch.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "core/model/skinning.h"
#include "core/render/gpu_kernels.h"
#include "core/render/shade_pixels.h"
#include "core/render/shading.h"
#include "core/render/shadow.h"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/gpu/gpu_parity.h"
#include "tests/support/palma_test.h"

using namespace palma::render;

namespace {

using palma::test::kCuda;
using palma::test::maxAbs;
using palma::test::relativeError;
using palma::test::requireGpu;

// Tolerances of one precision.
struct Tolerance {
  double forward;   // max abs difference of outputs in [0, ~2]
  double gradient;  // relative difference of gradients
};

Tolerance toleranceFor(torch::ScalarType dtype) {
  return dtype == torch::kFloat32 ? Tolerance{2e-5, 2e-4} : Tolerance{1e-12, 1e-10};
}

// Which terms the shading uses.
struct ShadeCase {
  bool normal_map = true;
  bool sh = true;
  bool light = true;
  bool per_image = true;
  bool shuffled = false;
};

// One "pixel" per hand vertex and image: camera-space points and (unnormalised) normals of the hand,
// random albedo, tangents and normal map; lighting as the case says.
ShadeInputs handShadeInputs(const palma::test::ClipMesh& m, const ShadeCase& c, uint64_t seed) {
  torch::manual_seed(seed);
  const auto options = m.points.options();
  const int64_t images = m.points.size(0), n = m.points.size(1), pixels = images * n;
  const int64_t rows = c.per_image ? images : 1;
  ShadeInputs in;
  in.albedo = 0.2 + 0.8 * torch::rand({pixels, 3}, options);
  in.normals = m.normals.reshape({pixels, 3}) * (0.8 + 0.4 * torch::rand({pixels, 1}, options));
  in.pixel_batch = torch::arange(images, torch::kInt64).repeat_interleave(n);
  if (c.shuffled) {
    const auto order = torch::randperm(pixels, torch::kInt64);
    in.pixel_batch = in.pixel_batch.index_select(0, order);
  }
  if (c.normal_map) {
    const auto sign = torch::where(torch::rand({pixels, 1}, options) < 0.3, -1.0, 1.0).to(options.dtype());
    in.tangents = torch::cat({torch::randn({pixels, 3}, options), sign}, 1);
    in.normal_map = 0.2 + 0.6 * torch::rand({pixels, 3}, options);
  }
  if (c.light) {
    in.points = m.points.reshape({pixels, 3}).clone();
    const auto centre = m.points.reshape({-1, 3}).mean(0);
    in.light_position =
        centre + torch::tensor({0.2, -0.5, -0.4}, options) + 0.1 * torch::randn({rows, 3}, options);
    in.visibility = torch::rand({pixels, 1}, options);
    in.light_colour = 0.5 + torch::rand({3}, options);
  }
  in.ambient_logit = torch::randn({rows, 1}, options);
  if (c.sh) in.sh = 0.3 * torch::rand({rows, 9, 3}, options) - 0.05;
  return in;
}

// Pointers to the differentiable inputs by name.
std::map<std::string, torch::Tensor*> leaves(ShadeInputs& in) {
  std::map<std::string, torch::Tensor*> m = {{"albedo", &in.albedo},
                                             {"normals", &in.normals},
                                             {"tangents", &in.tangents},
                                             {"normal_map", &in.normal_map},
                                             {"points", &in.points},
                                             {"visibility", &in.visibility},
                                             {"light_position", &in.light_position},
                                             {"ambient_logit", &in.ambient_logit},
                                             {"sh", &in.sh},
                                             {"light_colour", &in.light_colour}};
  for (auto it = m.begin(); it != m.end();) it = it->second->defined() ? std::next(it) : m.erase(it);
  return m;
}

// shadePixels forward and backward on both devices; the loss weights the colour at random.
void checkShade(const ShadeInputs& base, const std::string& what) {
  const auto tol = toleranceFor(base.albedo.scalar_type());
  ShadeInputs cpu = base, gpu = base;
  gpu.pixel_batch = base.pixel_batch.to(kCuda);
  auto cpu_leaves = leaves(cpu), gpu_leaves = leaves(gpu);
  for (auto& [name, t] : cpu_leaves) *t = t->detach().clone().requires_grad_(true);
  for (auto& [name, t] : gpu_leaves) *t = t->detach().to(kCuda).requires_grad_(true);
  const auto out_cpu = shadePixels(cpu);
  const auto out_gpu = shadePixels(gpu);
  PALMA_CHECK(out_gpu.colour.is_cuda());
  const double colour_diff = maxAbs(out_gpu.colour.detach().cpu() - out_cpu.colour.detach());
  PALMA_CHECK_MSG(colour_diff < tol.forward, what + ": colour differs by " + std::to_string(colour_diff));
  PALMA_CHECK(maxAbs(out_gpu.normals.cpu() - out_cpu.normals) < tol.forward);
  auto w = torch::rand(out_cpu.colour.sizes(), out_cpu.colour.options());
  w.index_put_({torch::indexing::Slice(0, w.size(0), 7)}, 0.0);
  (out_cpu.colour * w).sum().backward();
  (out_gpu.colour * w.to(kCuda)).sum().backward();
  for (auto& [name, t] : cpu_leaves) {
    const auto& expected = t->grad();
    const auto& actual = gpu_leaves.at(name)->grad();
    PALMA_CHECK_MSG(expected.defined() && actual.defined(), what + ": no gradient for " + name);
    PALMA_CHECK(actual.is_cuda());
    const double err = relativeError(actual, expected);
    PALMA_CHECK_MSG(err < tol.gradient, what + ": d/d " + name + " differs by " + std::to_string(err));
    // Constant ambient alone does not depend on the normals.
    const bool unused = !base.sh.defined() && !base.light_position.defined() && name == "normals";
    PALMA_CHECK_MSG(unused || maxAbs(expected) > 0, what + ": d/d " + name + " is zero");
  }
}

// A point light for the hand: above and in front of it, a little different in each image.
torch::Tensor handLight(const palma::test::ClipMesh& m) {
  const auto options = m.points.options();
  const auto centre = m.points.mean(1);  // [B,3]
  const auto offsets = torch::tensor({0.15, -0.4, -0.25}, options) +
                       0.05 * torch::arange(m.points.size(0), options).unsqueeze(1);
  return centre + offsets;
}

}  // namespace

PALMA_TEST(shadePixelsMatchesTheCpuOnTheHand) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto m = palma::test::builtinHandClip(4, 128, dtype);
    const std::string type = dtype == torch::kFloat32 ? "float32 " : "float64 ";
    checkShade(handShadeInputs(m, ShadeCase(), 1), type + "map, SH, light, per-image");
    ShadeCase c;
    c.per_image = false;
    checkShade(handShadeInputs(m, c, 2), type + "map, SH, light, shared");
    c.normal_map = false;
    c.sh = false;
    checkShade(handShadeInputs(m, c, 3), type + "constant ambient, light, shared");
    c.light = false;
    c.per_image = true;
    checkShade(handShadeInputs(m, c, 4), type + "constant ambient only, per-image");
    c = ShadeCase();
    c.shuffled = true;
    checkShade(handShadeInputs(m, c, 5), type + "map, SH, light, per-image, shuffled pixels");
  }
}

PALMA_TEST(shadowVisibilityMatchesTheCpuOnTheHand) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto tol = toleranceFor(dtype);
    const auto m = palma::test::builtinHandClip(3, 128, dtype);
    ShadowSettings settings;
    settings.resolution = 128;
    // The shadow map from the CPU; the lookup of every hand vertex (self-shadowing) on both devices.
    const ShadowMap map = renderShadowMap(m.points, m.tri, handLight(m), settings);
    const int64_t images = m.points.size(0), n = m.points.size(1);
    const auto light_points = toLightSpace(map, m.points).reshape({images * n, 3}).detach();
    const auto batch = torch::arange(images, torch::kInt64).repeat_interleave(n);
    auto depth_cpu = map.depth.detach().clone().requires_grad_(true);
    auto points_cpu = light_points.clone().requires_grad_(true);
    auto depth_gpu = map.depth.detach().to(kCuda).requires_grad_(true);
    auto points_gpu = light_points.to(kCuda).requires_grad_(true);
    ShadowMap map_cpu = map, map_gpu = map;
    map_cpu.depth = depth_cpu;
    map_gpu.depth = depth_gpu;
    const auto v_cpu = shadowVisibility(map_cpu, points_cpu, batch, settings);
    const auto v_gpu = shadowVisibility(map_gpu, points_gpu, batch.to(kCuda), settings);
    PALMA_CHECK(v_gpu.is_cuda());
    PALMA_CHECK(maxAbs(v_gpu.detach().cpu() - v_cpu.detach()) < tol.forward);
    // Some of the hand shadows the rest of it.
    PALMA_CHECK(((v_cpu < 0.5).sum().item<int64_t>()) > n / 20);
    const auto w = torch::rand({images * n, 1}, v_cpu.options());
    (v_cpu * w).sum().backward();
    (v_gpu * w.to(kCuda)).sum().backward();
    const double err_depth = relativeError(depth_gpu.grad(), depth_cpu.grad());
    const double err_points = relativeError(points_gpu.grad(), points_cpu.grad());
    PALMA_CHECK_MSG(err_depth < tol.gradient, "d/d depth differs by " + std::to_string(err_depth));
    PALMA_CHECK_MSG(err_points < tol.gradient, "d/d points differs by " + std::to_string(err_points));
    PALMA_CHECK(maxAbs(depth_cpu.grad()) > 0 && maxAbs(points_cpu.grad()) > 0);
  }
}

PALMA_TEST(renderShadowMapMatchesTheCpuOnTheHand) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto tol = toleranceFor(dtype);
    const auto m = palma::test::builtinHandClip(2, 128, dtype);
    ShadowSettings settings;
    settings.resolution = 96;
    const auto light = handLight(m);
    auto verts_cpu = m.points.clone().requires_grad_(true);
    auto light_cpu = light.clone().requires_grad_(true);
    auto verts_gpu = m.points.clone().to(kCuda).requires_grad_(true);
    auto light_gpu = light.clone().to(kCuda).requires_grad_(true);
    const auto cpu = renderShadowMap(verts_cpu, m.tri, light_cpu, settings);
    const auto gpu = renderShadowMap(verts_gpu, m.tri.to(kCuda), light_gpu, settings);
    PALMA_CHECK(gpu.depth.is_cuda() && gpu.rotation.is_cuda() && gpu.translation.is_cuda());
    PALMA_CHECK(gpu.focal == cpu.focal && gpu.resolution == cpu.resolution);
    PALMA_CHECK(maxAbs(gpu.rotation.detach().cpu() - cpu.rotation.detach()) < tol.forward);
    PALMA_CHECK(maxAbs(gpu.translation.detach().cpu() - cpu.translation.detach()) < tol.forward);
    const auto depth_diff = maxAbs(gpu.depth.detach().cpu() - cpu.depth.detach());
    PALMA_CHECK_MSG(depth_diff < tol.forward * 10, "shadow depth differs by " + std::to_string(depth_diff));
    const auto covered = cpu.depth.detach() < 50;
    PALMA_CHECK(covered.sum().item<int64_t>() > 96 * 96 / 10);
    // Backward through the covered texels and the light-space transform.
    const auto w = torch::rand(cpu.depth.sizes(), cpu.depth.options()) * covered;
    const auto loss_cpu = (cpu.depth * w).sum() + toLightSpace(cpu, verts_cpu).sum();
    const auto loss_gpu = (gpu.depth * w.to(kCuda)).sum() + toLightSpace(gpu, verts_gpu).sum();
    loss_cpu.backward();
    loss_gpu.backward();
    const double err_verts = relativeError(verts_gpu.grad(), verts_cpu.grad());
    const double err_light = relativeError(light_gpu.grad(), light_cpu.grad());
    PALMA_CHECK_MSG(err_verts < tol.gradient * 10, "d/d verts differs by " + std::to_string(err_verts));
    PALMA_CHECK_MSG(err_light < tol.gradient * 10, "d/d light differs by " + std::to_string(err_light));
  }
}

// Vertex normals and UV tangents on CUDA (vertexNormalsComposed, uvTangentsComposed: LibTorch ops in one
// autograd node each) against the CPU kernels, forward and backward, on the posed hand.
PALMA_TEST(vertexNormalsAndTangentsMatchTheCpuOnTheHand) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto tol = toleranceFor(dtype);
    const auto m = palma::test::builtinHandClip(2, 128, dtype);
    auto verts_cpu = m.points.clone().requires_grad_(true);
    auto verts_gpu = m.points.clone().to(kCuda).requires_grad_(true);
    const auto n_cpu = palma::vertexNormals(verts_cpu, m.tri);
    const auto n_gpu = palma::vertexNormals(verts_gpu, m.tri.to(kCuda));
    const auto t_cpu = uvTangents(verts_cpu, m.tri, m.uvs, m.uv_faces, n_cpu);
    const auto t_gpu = uvTangents(verts_gpu, m.tri.to(kCuda), m.uvs.to(kCuda), m.uv_faces.to(kCuda), n_gpu);
    PALMA_CHECK(n_gpu.is_cuda() && t_gpu.is_cuda());
    const double forward_n = maxAbs(n_gpu.detach().cpu() - n_cpu.detach());
    // Tangent directions; the handedness is a sign and may flip only where it is nearly zero.
    const double forward_t = maxAbs(t_gpu.detach().cpu().narrow(-1, 0, 3) - t_cpu.detach().narrow(-1, 0, 3));
    const auto flips =
        (t_gpu.detach().cpu().select(-1, 3) != t_cpu.detach().select(-1, 3)).sum().item<int64_t>();
    PALMA_CHECK_MSG(flips * 1000 <= t_cpu.size(0) * t_cpu.size(1),
                    std::to_string(flips) + " handedness signs differ");
    PALMA_CHECK_MSG(forward_n < tol.forward, "normals differ by " + std::to_string(forward_n));
    PALMA_CHECK_MSG(forward_t < tol.forward * 10, "tangents differ by " + std::to_string(forward_t));
    const auto w_n = torch::randn(n_cpu.sizes(), n_cpu.options());
    const auto w_t = torch::randn(t_cpu.sizes(), t_cpu.options());
    ((n_cpu * w_n).sum() + (t_cpu * w_t).sum()).backward();
    ((n_gpu * w_n.to(kCuda)).sum() + (t_gpu * w_t.to(kCuda)).sum()).backward();
    const double err = relativeError(verts_gpu.grad(), verts_cpu.grad());
    std::printf("  normals and tangents %s: forward %.2e and %.2e, d/d verts %.2e (relative)\n",
                dtype == torch::kFloat32 ? "float32" : "float64", forward_n, forward_t, err);
    // Measured on an H100 (23 November 2026): float32 forward 1.8e-7 and 1.8e-7, d/d verts 1.9e-7;
    // float64 2.2e-16, 3.9e-16 and 2.7e-16 (tolerances 2e-5, 2e-4, 2e-3 and 1e-12, 1e-11, 1e-9).
    PALMA_CHECK_MSG(err < tol.gradient * 10, "d/d verts differs by " + std::to_string(err));
  }
}
