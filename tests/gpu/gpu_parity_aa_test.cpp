// Parity of the CUDA antialiasing (gpu/antialias.cu) with the CPU operators: antialias and
// compositeAntialias, forward and backward, on random soups and on the hand, float32 and float64. Both
// devices get the same rasteriser output (computed on the CPU) so that only the antialiasing is
// compared; the tolerances allow for the order of the atomic additions. Every test skips itself
// without a CUDA device or without the CUDA kernels.
#include <torch/torch.h>

#include <algorithm>
#include <string>

#include "core/render/antialias.h"
#include "core/render/gpu_kernels.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/gpu/gpu_parity.h"
#include "tests/support/palma_test.h"

namespace {

using palma::test::kCuda;
using palma::test::maxAbs;
using palma::test::relativeError;
using palma::test::requireGpu;

void checkRelative(const std::string& what, const torch::Tensor& gpu, const torch::Tensor& cpu,
                   double tolerance) {
  const double err = relativeError(gpu, cpu);
  PALMA_CHECK_MSG(err < tolerance, what + " differs by " + std::to_string(err));
}

// antialias forward and backward on both devices; the loss weighs every output at random. The
// topology is built once on the CPU and given to both calls (as the Renderer does); the GPU call gets
// the index buffer on the CPU, which the adapter moves.
void checkAntialias(const palma::test::ClipMesh& m, const torch::Tensor& color, const torch::Tensor& rast,
                    double tolerance) {
  const auto topology = palma::render::antialiasTopology(m.tri);
  auto color_cpu = color.clone().requires_grad_(true);
  auto pos_cpu = m.pos.clone().requires_grad_(true);
  auto color_gpu = color.to(kCuda).requires_grad_(true);
  auto pos_gpu = m.pos.to(kCuda).requires_grad_(true);
  const auto cpu = palma::render::antialias(color_cpu, rast, pos_cpu, m.tri, topology);
  const auto gpu = palma::render::antialias(color_gpu, rast.to(kCuda), pos_gpu, m.tri, topology);
  PALMA_CHECK(gpu.is_cuda());
  PALMA_CHECK((cpu.detach() != color).any(3).sum().item<int64_t>() > 100);  // silhouettes were blended
  checkRelative("antialias output", gpu.detach(), cpu.detach(), tolerance);
  const auto weights = torch::rand_like(color) - 0.5;
  (cpu * weights).sum().backward();
  (gpu * weights.to(kCuda)).sum().backward();
  PALMA_CHECK((pos_cpu.grad() != 0).sum().item<int64_t>() > 20);
  checkRelative("antialias d / d color", color_gpu.grad(), color_cpu.grad(), tolerance);
  checkRelative("antialias d / d pos", pos_gpu.grad(), pos_cpu.grad(), 100 * tolerance);
}

// compositeAntialias forward and backward on both devices, with random colours on the covered pixels.
void checkComposite(const palma::test::ClipMesh& m, const torch::Tensor& rast,
                    const torch::Tensor& background, bool antialias, double tolerance) {
  const auto options = m.pos.options();
  const auto index = torch::nonzero(rast.view({-1, 4}).select(1, 3) > 0).squeeze(1);
  const auto colour = torch::rand({index.size(0), 3}, options);
  auto colour_cpu = colour.clone().requires_grad_(true);
  auto pos_cpu = m.pos.clone().requires_grad_(true);
  auto colour_gpu = colour.to(kCuda).requires_grad_(true);
  auto pos_gpu = m.pos.to(kCuda).requires_grad_(true);
  const auto cpu =
      palma::render::compositeAntialias(colour_cpu, index, background, rast, pos_cpu, m.tri, {}, antialias);
  const auto gpu = palma::render::compositeAntialias(colour_gpu, index.to(kCuda),
                                                     background.defined() ? background.to(kCuda) : background,
                                                     rast.to(kCuda), pos_gpu, m.tri, {}, antialias);
  PALMA_CHECK(gpu.image.is_cuda() && gpu.mask.is_cuda());
  checkRelative("composite image", gpu.image.detach(), cpu.image.detach(), tolerance);
  checkRelative("composite mask", gpu.mask.detach(), cpu.mask.detach(), tolerance);
  const auto w_image = torch::rand(cpu.image.sizes(), options) - 0.5;
  const auto w_mask = torch::rand(cpu.mask.sizes(), options) - 0.5;
  ((cpu.image * w_image).sum() + (cpu.mask * w_mask).sum()).backward();
  ((gpu.image * w_image.to(kCuda)).sum() + (gpu.mask * w_mask.to(kCuda)).sum()).backward();
  checkRelative("composite d / d colour", colour_gpu.grad(), colour_cpu.grad(), tolerance);
  if (antialias) {
    PALMA_CHECK((pos_cpu.grad() != 0).sum().item<int64_t>() > 20);
    checkRelative("composite d / d pos", pos_gpu.grad(), pos_cpu.grad(), 100 * tolerance);
  } else {
    PALMA_CHECK(maxAbs(pos_gpu.grad()) == 0.0);
  }
}

}  // namespace

PALMA_TEST(antialiasMatchesTheCpuOnRandomSoups) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto m = palma::test::randomSoup(4, 1500, dtype, 13);
    const auto rast = palma::render::rasterize(m.pos, m.tri, 150, 200);
    torch::manual_seed(1);
    const auto color = palma::render::interpolate(torch::rand({4, m.pos.size(1), 4}, dtype), rast, m.tri);
    checkAntialias(m, color, rast, dtype == torch::kFloat32 ? 1e-5 : 1e-12);
  }
}

PALMA_TEST(antialiasMatchesTheCpuOnTheHand) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const int size = dtype == torch::kFloat32 ? 448 : 192;
    const auto m = palma::test::builtinHandClip(dtype == torch::kFloat32 ? 8 : 2, size, dtype);
    const auto rast = palma::render::rasterize(m.pos, m.tri, size, size);
    // Normals as colours, and coverage.
    const auto color = torch::cat(
        {palma::render::interpolate(m.normals, rast, m.tri), (rast.narrow(3, 3, 1) > 0).to(dtype)}, 3);
    checkAntialias(m, color, rast, dtype == torch::kFloat32 ? 1e-5 : 1e-12);
  }
}

PALMA_TEST(compositeAntialiasMatchesTheCpu) {
  requireGpu();
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const double tolerance = dtype == torch::kFloat32 ? 1e-5 : 1e-12;
    torch::manual_seed(7);
    const auto hand = palma::test::builtinHandClip(4, 256, dtype);
    const auto hand_rast = palma::render::rasterize(hand.pos, hand.tri, 256, 256);
    const auto colour_back = torch::tensor({0.1, 0.6, 0.3}, torch::TensorOptions().dtype(dtype));
    checkComposite(hand, hand_rast, colour_back, true, tolerance);
    checkComposite(hand, hand_rast, colour_back, false, tolerance);
    checkComposite(hand, hand_rast, torch::rand({4, 256, 256, 3}, dtype), true, tolerance);
    checkComposite(hand, hand_rast, torch::Tensor(), true, tolerance);
    const auto soup = palma::test::randomSoup(3, 800, dtype, 17);
    const auto soup_rast = palma::render::rasterize(soup.pos, soup.tri, 120, 160);
    checkComposite(soup, soup_rast, torch::rand({3, 120, 160, 3}, dtype), true, tolerance);
    checkComposite(soup, soup_rast, torch::Tensor(), false, tolerance);
  }
}
