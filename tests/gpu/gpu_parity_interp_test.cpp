// Parity of the CUDA interpolate and texture kernels (gpu/interpolate.cu, gpu/texture.cu) with the CPU
// operators: forward and backward on the hand (UVs through their own index buffer and normals
// interpolated, then a 512 x 512 x 3 texture sampled at those UVs) and on random data, the CUDA result
// against the CPU one within tolerances that allow for the order of atomic additions. Every test skips
// itself without a CUDA device or without the CUDA kernels.
#include <torch/torch.h>

#include <algorithm>
#include <string>

#include "core/render/gpu_kernels.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "core/render/texture.h"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/gpu/gpu_parity.h"
#include "tests/support/palma_test.h"

using palma::render::TextureBoundary;

namespace {

using palma::test::kCuda;
using palma::test::maxAbs;
using palma::test::relativeError;
using palma::test::requireGpu;

void checkClose(const torch::Tensor& gpu, const torch::Tensor& cpu, double tolerance,
                const std::string& what) {
  PALMA_CHECK_MSG(gpu.defined() && cpu.defined(), what + ": a gradient is missing");
  PALMA_CHECK_MSG(gpu.device().is_cuda(), what + ": the GPU result is not on the GPU");
  PALMA_CHECK_MSG(gpu.sizes() == cpu.sizes(), what + ": shapes differ");
  const double err = relativeError(gpu, cpu);
  PALMA_CHECK_MSG(err <= tolerance, what + " differs by " + std::to_string(err));
  PALMA_CHECK_MSG(maxAbs(cpu.detach()) > 0, what + ": the CPU result is zero (nothing tested)");
}

// A fresh leaf on `device` that collects its own gradient (to(kCPU) of a CPU tensor would return the
// tensor itself, and its gradient would accumulate across runs).
torch::Tensor leaf(const torch::Tensor& t, torch::Device device) {
  return t.detach().to(device).clone().requires_grad_(true);
}

// The leaves of one device's run of the hand pipeline, and its outputs.
struct HandRun {
  torch::Tensor uvs, normals, rast, tex;  // leaves (requires_grad)
  torch::Tensor uv, normal, colour;       // outputs
};

// rast -> interpolate UVs (uv_faces) and normals (faces) -> texture at the UVs; loss weights both.
HandRun runHand(const palma::test::ClipMesh& m, const torch::Tensor& rast, const torch::Tensor& tex,
                TextureBoundary mode, const torch::Tensor& w_colour, const torch::Tensor& w_normal,
                torch::Device device) {
  HandRun r;
  r.uvs = leaf(m.uvs, device);
  r.normals = leaf(m.normals, device);
  r.rast = leaf(rast, device);
  r.tex = leaf(tex, device);
  // Index tensors stay on the CPU: the adapters move them to the data's device.
  r.uv = palma::render::interpolate(r.uvs, r.rast, m.uv_faces);
  r.normal = palma::render::interpolate(r.normals, r.rast, m.tri);
  r.colour = palma::render::texture(r.tex, r.uv, mode);
  ((r.colour * w_colour.to(device)).sum() + (r.normal * w_normal.to(device)).sum()).backward();
  return r;
}

void checkHand(torch::ScalarType dtype, double forward_tolerance, double grad_tolerance) {
  const int batch = 4, size = 256;
  const auto m = palma::test::builtinHandClip(batch, size, dtype);
  const auto rast = palma::render::rasterize(m.pos, m.tri, size, size);
  const auto options = torch::TensorOptions().dtype(dtype);
  const auto tex = torch::rand({1, 512, 512, 3}, options);
  const auto w_colour = torch::rand({batch, size, size, 3}, options);
  const auto w_normal = torch::rand({batch, size, size, 3}, options) - 0.5;
  for (const auto mode : {TextureBoundary::Wrap, TextureBoundary::Clamp}) {
    const std::string name = std::string(mode == TextureBoundary::Wrap ? "wrap" : "clamp") +
                             (dtype == torch::kFloat32 ? ", float32" : ", float64");
    const auto cpu = runHand(m, rast, tex, mode, w_colour, w_normal, torch::kCPU);
    const auto gpu = runHand(m, rast, tex, mode, w_colour, w_normal, kCuda);
    checkClose(gpu.uv, cpu.uv, forward_tolerance, name + ": interpolated uvs");
    checkClose(gpu.normal, cpu.normal, forward_tolerance, name + ": interpolated normals");
    checkClose(gpu.colour, cpu.colour, forward_tolerance, name + ": texture samples");
    checkClose(gpu.uvs.grad(), cpu.uvs.grad(), grad_tolerance, name + ": d loss / d uvs");
    checkClose(gpu.normals.grad(), cpu.normals.grad(), grad_tolerance, name + ": d loss / d normals");
    checkClose(gpu.rast.grad(), cpu.rast.grad(), grad_tolerance, name + ": d loss / d rast");
    checkClose(gpu.tex.grad(), cpu.tex.grad(), grad_tolerance, name + ": d loss / d tex");
  }
}

}  // namespace

PALMA_TEST(interpolateAndTextureMatchTheCpuOnTheHand) {
  requireGpu();
  checkHand(torch::kFloat32, 1e-5, 1e-4);
  checkHand(torch::kFloat64, 1e-12, 1e-10);
}

PALMA_TEST(interpolateMatchesTheCpuOnRandomData) {
  requireGpu();
  torch::manual_seed(41);
  const auto m = palma::test::randomSoup(3, 1500, torch::kFloat32, 5);
  const auto rast = palma::render::rasterize(m.pos, m.tri, 120, 160);
  const int64_t n = m.pos.size(1);
  for (const int64_t attr_batch : {int64_t(1), int64_t(3)}) {
    const auto attr = torch::randn({attr_batch, n, 6});
    const auto weights = torch::randn({3, 120, 160, 6});
    auto a_cpu = leaf(attr, torch::kCPU), r_cpu = leaf(rast, torch::kCPU);
    auto a_gpu = leaf(attr, kCuda), r_gpu = leaf(rast, kCuda);
    const auto out_cpu = palma::render::interpolate(a_cpu, r_cpu, m.tri);
    const auto out_gpu = palma::render::interpolate(a_gpu, r_gpu, m.tri);
    (out_cpu * weights).sum().backward();
    (out_gpu * weights.to(kCuda)).sum().backward();
    const std::string name = "attribute batch " + std::to_string(attr_batch);
    checkClose(out_gpu, out_cpu, 1e-6, name + ": interpolate");
    checkClose(a_gpu.grad(), a_cpu.grad(), 1e-4, name + ": d/d attr");
    checkClose(r_gpu.grad(), r_cpu.grad(), 1e-5, name + ": d/d rast");
  }
}

PALMA_TEST(interpolatePixelsMatchesTheCpuWithPixelBatchOnTheCpu) {
  requireGpu();
  torch::manual_seed(42);
  const auto m = palma::test::builtinHandClip(3, 128, torch::kFloat64);
  const auto rows = palma::render::rasterize(m.pos, m.tri, 128, 128).view({-1, 4});
  auto index = torch::nonzero(rows.select(1, 3) > 0).squeeze(1);
  index = index.index_select(0, torch::randperm(index.size(0), torch::kInt64));
  const auto pixel_batch = torch::div(index, 128 * 128, "floor");  // stays on the CPU
  const auto selected = rows.index_select(0, index).contiguous();
  const auto weights = torch::randn({index.size(0), 3}, torch::kFloat64);
  auto a_cpu = leaf(m.normals, torch::kCPU), r_cpu = leaf(selected, torch::kCPU);
  auto a_gpu = leaf(m.normals, kCuda), r_gpu = leaf(selected, kCuda);
  const auto out_cpu = palma::render::interpolatePixels(a_cpu, r_cpu, m.tri, pixel_batch);
  const auto out_gpu = palma::render::interpolatePixels(a_gpu, r_gpu, m.tri, pixel_batch);
  (out_cpu * weights).sum().backward();
  (out_gpu * weights.to(kCuda)).sum().backward();
  checkClose(out_gpu, out_cpu, 1e-14, "interpolatePixels");
  checkClose(a_gpu.grad(), a_cpu.grad(), 1e-12, "interpolatePixels d/d attr");
  checkClose(r_gpu.grad(), r_cpu.grad(), 1e-14, "interpolatePixels d/d rast");
}

PALMA_TEST(textureMatchesTheCpuOnRandomData) {
  requireGpu();
  torch::manual_seed(43);
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto options = torch::TensorOptions().dtype(dtype);
    const double fwd = dtype == torch::kFloat32 ? 1e-5 : 1e-12,
                 grad = dtype == torch::kFloat32 ? 1e-4 : 1e-10;
    // Shared and per-image textures; UVs over several tiles, some samples exactly at texel centres.
    for (const int64_t tex_batch : {int64_t(1), int64_t(2)}) {
      const auto tex = torch::rand({tex_batch, 37, 64, 4}, options);
      auto uv = torch::rand({2, 5000, 2}, options) * 3 - 1;
      uv.narrow(1, 0, 64).select(2, 0).copy_((torch::arange(64, options) + 0.5) / 64);
      const auto weights = torch::randn({2, 5000, 4}, options);
      for (const auto mode : {TextureBoundary::Wrap, TextureBoundary::Clamp}) {
        const std::string name = std::string(mode == TextureBoundary::Wrap ? "wrap" : "clamp") + ", batch " +
                                 std::to_string(tex_batch) +
                                 (dtype == torch::kFloat32 ? ", float32" : ", float64");
        auto t_cpu = leaf(tex, torch::kCPU), u_cpu = leaf(uv, torch::kCPU);
        auto t_gpu = leaf(tex, kCuda), u_gpu = leaf(uv, kCuda);
        const auto out_cpu = palma::render::texture(t_cpu, u_cpu, mode);
        const auto out_gpu = palma::render::texture(t_gpu, u_gpu, mode);
        (out_cpu * weights).sum().backward();
        (out_gpu * weights.to(kCuda)).sum().backward();
        checkClose(out_gpu, out_cpu, fwd, name + ": texture");
        checkClose(t_gpu.grad(), t_cpu.grad(), grad, name + ": d/d tex");
        checkClose(u_gpu.grad(), u_cpu.grad(), grad, name + ": d/d uv");
      }
    }
    // Only the UVs need a gradient (the kernel gets no texture gradient buffer).
    const auto tex = torch::rand({1, 16, 16, 3}, options);
    const auto uv = torch::rand({1, 700, 2}, options);
    auto u_cpu = leaf(uv, torch::kCPU), u_gpu = leaf(uv, kCuda);
    palma::render::texture(tex, u_cpu).sum().backward();
    palma::render::texture(tex.to(kCuda), u_gpu).sum().backward();
    checkClose(u_gpu.grad(), u_cpu.grad(), grad, "uv-only backward");
  }
}
