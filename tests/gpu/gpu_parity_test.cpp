// Parity of the CUDA kernels (gpu/) with the CPU operators: forward and backward of every operator on
// random and hand meshes, the CUDA result against the CPU one within tolerances that allow for the
// order of atomic additions. Every test skips itself without a CUDA device or without the CUDA kernels.
#include <torch/torch.h>

#include "core/render/gpu_kernels.h"
#include "core/render/rasterize.h"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/gpu/gpu_parity.h"
#include "tests/support/palma_test.h"

namespace {

using palma::test::kCuda;
using palma::test::maxAbs;
using palma::test::relativeError;
using palma::test::requireGpu;

// Forward and backward of rasterize on both devices; the loss weights u, v and z/w at random.
void checkRasterize(const palma::test::ClipMesh& m, int height, int width, double grad_tolerance) {
  auto pos_cpu = m.pos.clone().requires_grad_(true);
  auto pos_gpu = m.pos.to(kCuda).requires_grad_(true);
  const auto cpu = palma::render::rasterize(pos_cpu, m.tri, height, width);
  const auto gpu = palma::render::rasterize(pos_gpu, m.tri.to(kCuda), height, width);
  const auto gpu_host = gpu.detach().cpu();
  const int64_t ids = (cpu.select(3, 3) != gpu_host.select(3, 3)).sum().item<int64_t>();
  PALMA_CHECK_MSG(ids == 0, std::to_string(ids) + " pixels show another triangle on the GPU");
  PALMA_CHECK(maxAbs(gpu_host - cpu.detach()) < 1e-5);
  auto weights = torch::rand(cpu.sizes(), cpu.options()).narrow(3, 0, 3);
  (cpu.narrow(3, 0, 3) * weights).sum().backward();
  (gpu.narrow(3, 0, 3) * weights.to(kCuda)).sum().backward();
  const double err = relativeError(pos_gpu.grad(), pos_cpu.grad());
  PALMA_CHECK_MSG(err < grad_tolerance, "rasterize gradient differs by " + std::to_string(err));
}

}  // namespace

PALMA_TEST(rasterizeMatchesTheCpuOnRandomTriangles) {
  requireGpu();
  checkRasterize(palma::test::randomSoup(4, 2000, torch::kFloat32, 3), 193, 256, 1e-4);
  checkRasterize(palma::test::randomSoup(2, 500, torch::kFloat64, 4), 97, 64, 1e-10);
}

PALMA_TEST(rasterizeMatchesTheCpuOnTheHand) {
  requireGpu();
  checkRasterize(palma::test::builtinHandClip(8, 448, torch::kFloat32), 448, 448, 1e-4);
}

PALMA_TEST(rasterPixelsBackwardMatchesTheCpu) {
  requireGpu();
  const auto m = palma::test::builtinHandClip(2, 256, torch::kFloat32);
  const auto rast = palma::render::rasterize(m.pos, m.tri, 256, 256);
  const auto index = torch::nonzero(rast.select(3, 3).reshape(-1) > 0).squeeze(1);
  auto pos_cpu = m.pos.clone().requires_grad_(true);
  auto pos_gpu = m.pos.to(kCuda).requires_grad_(true);
  auto rows_cpu = palma::render::rasterPixels(pos_cpu, m.tri, rast, index);
  auto rows_gpu = palma::render::rasterPixels(pos_gpu, m.tri.to(kCuda), rast.to(kCuda), index.to(kCuda));
  PALMA_CHECK(maxAbs(rows_gpu.detach().cpu() - rows_cpu.detach()) == 0.0);
  auto weights = torch::rand({index.size(0), 4});
  (rows_cpu * weights).sum().backward();
  (rows_gpu * weights.to(kCuda)).sum().backward();
  PALMA_CHECK(relativeError(pos_gpu.grad(), pos_cpu.grad()) < 1e-4);
}
