// The CUDA antialiasing's launch logic, run on the CPU: the per-thread bodies of
// gpu/antialias_kernels.cuh compiled by the host compiler and executed in plain loops (one iteration per
// CUDA thread, in the order of the thread index; atomic adds as plain adds), compared with the CPU
// operators antialias and compositeAntialias, forward and backward. tests/gpu/gpu_parity_aa_test.cpp
// checks the real kernels on a GPU.
//
// Also the device checks of both adapters in this build.
#include <torch/torch.h>

#include <cstdio>
#include <tuple>
#include <vector>

#include "core/common/error.h"
#include "core/render/antialias.h"
#include "core/render/gpu_kernels.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "gpu/antialias_kernels.cuh"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/support/palma_test.h"

using palma::render::AntialiasKernelParams;
using palma::render::CompositeKernelParams;
namespace gk = palma::render::gpu_kern;

namespace {

// One mesh rendered for antialiasing: clip positions, triangles, the rasteriser output and topology.
struct Scene {
  torch::Tensor pos, tri, rast, neighbours;
};

Scene makeScene(const torch::Tensor& pos, const torch::Tensor& tri, int height, int width) {
  Scene s;
  s.pos = pos.contiguous();
  s.tri = tri.to(torch::kInt32).contiguous();
  s.rast = palma::render::rasterize(pos, tri, height, width).contiguous();
  s.neighbours = palma::render::antialiasTopology(tri).neighbours.contiguous();
  return s;
}

template <typename T>
AntialiasKernelParams<T> kernelParams(const Scene& s, const torch::Tensor& color, const torch::Tensor& out) {
  AntialiasKernelParams<T> p;
  p.color = color.defined() ? color.data_ptr<T>() : nullptr;
  p.rast = s.rast.data_ptr<T>();
  p.pos = s.pos.data_ptr<T>();
  p.tri = s.tri.data_ptr<int32_t>();
  p.neighbours = s.neighbours.data_ptr<int32_t>();
  p.out = out.defined() ? out.data_ptr<T>() : nullptr;
  p.batch = static_cast<int>(s.rast.size(0));
  p.height = static_cast<int>(s.rast.size(1));
  p.width = static_cast<int>(s.rast.size(2));
  p.channels = color.defined() ? static_cast<int>(color.size(3)) : 4;
  p.num_vertices = static_cast<int>(s.pos.size(1));
  return p;
}

struct Result {
  torch::Tensor out, grad_color, grad_pos;
};

// antialias forward and backward through the CUDA passes, emulated (as gpu::antialiasForward and
// gpu::antialiasBackward launch them).
Result emulatedAntialias(const Scene& s, const torch::Tensor& color, const torch::Tensor& grad_out) {
  Result r;
  r.out = color.clone();  // cudaMemcpyAsync
  r.grad_color = grad_out.clone();
  r.grad_pos = torch::zeros_like(s.pos);
  AT_DISPATCH_FLOATING_TYPES(color.scalar_type(), "emulated_antialias", [&] {
    const auto p = kernelParams<scalar_t>(s, color, r.out);
    const int64_t pairs = p.batch * palma::render::kern::pixelPairsPerImage(p);
    for (int64_t t = 0; t < pairs; ++t) gk::antialiasForwardPair(p, t);
    for (int64_t t = 0; t < pairs; ++t)
      gk::antialiasBackwardPair(p, t, grad_out.data_ptr<scalar_t>(), r.grad_color.data_ptr<scalar_t>(),
                                r.grad_pos.data_ptr<scalar_t>());
  });
  return r;
}

// The CPU operator with autograd.
Result cpuAntialias(const Scene& s, const torch::Tensor& color, const torch::Tensor& grad_out) {
  auto c = color.clone().requires_grad_(true);
  auto pos = s.pos.clone().requires_grad_(true);
  Result r;
  r.out = palma::render::antialias(c, s.rast, pos, s.tri);
  r.out.backward(grad_out);
  r.out = r.out.detach();
  r.grad_color = c.grad();
  r.grad_pos = pos.grad();
  return r;
}

// max |a - b| / max(max |b|, 1e-30).
double relativeDifference(const torch::Tensor& a, const torch::Tensor& b) {
  const double scale = std::max(b.abs().max().item<double>(), 1e-30);
  return (a - b).abs().max().item<double>() / scale;
}

void checkClose(const char* what, const torch::Tensor& emulated, const torch::Tensor& cpu, double tolerance) {
  const double diff = relativeDifference(emulated, cpu);
  std::printf("  %s: relative difference %.3g\n", what, diff);
  PALMA_CHECK_MSG(diff <= tolerance, std::string(what) + " differs by " + std::to_string(diff));
}

// Emulated vs CPU antialias on `color`, with a random output gradient; `min_blended` pixels at least
// must change (so that the comparison covers silhouettes).
void checkAntialias(const Scene& s, const torch::Tensor& color, int64_t min_blended, double tolerance) {
  torch::manual_seed(11);
  const auto grad_out = torch::rand_like(color) - 0.5;
  const auto cpu = cpuAntialias(s, color, grad_out);
  const auto emulated = emulatedAntialias(s, color, grad_out);
  const int64_t blended = (cpu.out != color).any(3).sum().item<int64_t>();
  const int64_t moved = (cpu.grad_pos != 0).any(2).sum().item<int64_t>();
  std::printf("  %lld pixels blended, %lld vertices with a gradient\n", static_cast<long long>(blended),
              static_cast<long long>(moved));
  PALMA_CHECK(blended >= min_blended);
  PALMA_CHECK(moved >= min_blended / 10);
  checkClose("output", emulated.out, cpu.out, tolerance);
  checkClose("d / d colour", emulated.grad_color, cpu.grad_color, tolerance);
  checkClose("d / d pos", emulated.grad_pos, cpu.grad_pos, tolerance);
}

// Per-vertex attributes [B,N,C] interpolated over the image.
torch::Tensor shade(const Scene& s, const torch::Tensor& attr, const torch::Tensor& tri) {
  return palma::render::interpolate(attr, s.rast, tri).contiguous();
}

struct CompositeResult {
  torch::Tensor image, mask, grad_colour, grad_pos;
};

// compositeAntialias forward and backward through the CUDA passes, emulated (as
// gpu::compositeAntialiasForward and gpu::compositeAntialiasBackward launch them). grad_image or
// grad_mask may be undefined (a null gradient).
CompositeResult emulatedComposite(const Scene& s, const torch::Tensor& colour, const torch::Tensor& index,
                                  const torch::Tensor& background, bool antialias,
                                  const torch::Tensor& grad_image, const torch::Tensor& grad_mask) {
  const int64_t b = s.rast.size(0), h = s.rast.size(1), w = s.rast.size(2), c = colour.size(1);
  const int64_t pixels = b * h * w;
  CompositeResult r;
  r.image = torch::full({b, h, w, c}, std::nan(""), colour.options());
  r.mask = torch::full({b, h, w, 1}, std::nan(""), colour.options());
  r.grad_colour = torch::full_like(colour, std::nan(""));
  r.grad_pos = torch::zeros_like(s.pos);
  std::vector<int32_t> compact(pixels, 12345);  // garbage: the passes must set every entry they read
  AT_DISPATCH_FLOATING_TYPES(colour.scalar_type(), "emulated_composite", [&] {
    const auto p = kernelParams<scalar_t>(s, torch::Tensor(), torch::Tensor());
    CompositeKernelParams<scalar_t> d;
    d.colour = colour.data_ptr<scalar_t>();
    d.index = index.data_ptr<int64_t>();
    d.count = index.size(0);
    d.background = background.data_ptr<scalar_t>();
    d.background_image = background.dim() == 4;
    d.channels = static_cast<int>(c);
    d.image = r.image.data_ptr<scalar_t>();
    d.mask = r.mask.data_ptr<scalar_t>();
    const int64_t pairs = p.batch * palma::render::kern::pixelPairsPerImage(p);
    // Forward.
    for (int64_t q = 0; q < pixels; ++q) gk::compositeClearPixel(d, compact.data(), q);
    for (int64_t i = 0; i < d.count; ++i) gk::compositeCoverPixel(d, compact.data(), i);
    if (antialias)
      for (int64_t t = 0; t < pairs; ++t) gk::compositeForwardPair(p, d, compact.data(), t);
    // Backward.
    const scalar_t* gi = grad_image.defined() ? grad_image.data_ptr<scalar_t>() : nullptr;
    const scalar_t* gm = grad_mask.defined() ? grad_mask.data_ptr<scalar_t>() : nullptr;
    std::fill(compact.begin(), compact.end(), -1);  // cudaMemsetAsync 0xff
    for (int64_t i = 0; i < d.count; ++i)
      gk::compositeCoverPixelBackward(d, compact.data(), gi, r.grad_colour.data_ptr<scalar_t>(), i);
    if (antialias && (gi || gm))
      for (int64_t t = 0; t < pairs; ++t)
        gk::compositeBackwardPair(p, d, compact.data(), t, gi, gm, r.grad_colour.data_ptr<scalar_t>(),
                                  r.grad_pos.data_ptr<scalar_t>());
  });
  return r;
}

// compositeAntialias on the CPU with autograd; an undefined weight leaves that output out of the loss.
CompositeResult cpuComposite(const Scene& s, const torch::Tensor& colour, const torch::Tensor& index,
                             const torch::Tensor& background, bool antialias, const torch::Tensor& w_image,
                             const torch::Tensor& w_mask) {
  auto c = colour.clone().requires_grad_(true);
  auto pos = s.pos.clone().requires_grad_(true);
  const auto out = palma::render::compositeAntialias(c, index, background, s.rast, pos, s.tri, {}, antialias);
  auto loss = torch::zeros({}, colour.options());
  if (w_image.defined()) loss = loss + (out.image * w_image).sum();
  if (w_mask.defined()) loss = loss + (out.mask * w_mask).sum();
  loss.backward();
  return {out.image.detach(), out.mask.detach(), c.grad(), pos.grad()};
}

// Emulated vs CPU compositeAntialias of random colours on the covered pixels of `s`.
void checkComposite(const Scene& s, const torch::Tensor& background, bool antialias, bool image_loss,
                    bool mask_loss, double tolerance) {
  torch::manual_seed(5);
  const auto options = s.pos.options();
  const auto index = torch::nonzero(s.rast.view({-1, 4}).select(1, 3) > 0).squeeze(1);
  const auto colour = torch::rand({index.size(0), 3}, options);
  const int64_t b = s.rast.size(0), h = s.rast.size(1), w = s.rast.size(2);
  const auto w_image = image_loss ? torch::rand({b, h, w, 3}, options) - 0.5 : torch::Tensor();
  const auto w_mask = mask_loss ? torch::rand({b, h, w, 1}, options) - 0.5 : torch::Tensor();
  const auto cpu = cpuComposite(s, colour, index, background, antialias, w_image, w_mask);
  // The adapter's background: [C] zeros when undefined.
  const auto back = background.defined() ? background.contiguous() : torch::zeros({3}, options);
  const auto emulated = emulatedComposite(s, colour, index, back, antialias, w_image, w_mask);
  const int64_t soft = ((cpu.mask > 0) & (cpu.mask < 1)).sum().item<int64_t>();
  std::printf("  antialias %d, background %s, loss on %s%s: %lld soft-coverage pixels\n", int(antialias),
              background.defined() ? (background.dim() == 4 ? "image" : "colour") : "none",
              image_loss ? "image " : "", mask_loss ? "mask" : "", static_cast<long long>(soft));
  PALMA_CHECK(antialias ? soft > 50 : soft == 0);
  if (antialias) PALMA_CHECK((cpu.grad_pos != 0).sum().item<int64_t>() > 20);
  checkClose("image", emulated.image, cpu.image, tolerance);
  checkClose("mask", emulated.mask, cpu.mask, tolerance);
  checkClose("d / d colour", emulated.grad_colour, cpu.grad_colour, tolerance);
  checkClose("d / d pos", emulated.grad_pos, cpu.grad_pos, tolerance);
}

}  // namespace

PALMA_TEST(pixelPairThreadsVisitEveryPairOnceInTheCpuOrder) {
  for (const auto& [h, w] : std::vector<std::pair<int, int>>{{1, 1}, {1, 5}, {5, 1}, {3, 4}, {7, 2}}) {
    AntialiasKernelParams<double> p;
    p.batch = 2;
    p.height = h;
    p.width = w;
    std::vector<std::tuple<int, int, int, bool>> expected, actual;
    for (int b = 0; b < p.batch; ++b) {
      for (int y = 0; y < h; ++y)
        for (int x = 0; x + 1 < w; ++x) expected.emplace_back(b, x, y, false);
      for (int y = 0; y + 1 < h; ++y)
        for (int x = 0; x < w; ++x) expected.emplace_back(b, x, y, true);
    }
    const int64_t pairs = p.batch * palma::render::kern::pixelPairsPerImage(p);
    for (int64_t t = 0; t < pairs; ++t) {
      int b, x, y;
      bool vertical;
      gk::pixelPairOf(p, t, b, x, y, vertical);
      actual.emplace_back(b, x, y, vertical);
    }
    PALMA_CHECK_MSG(actual == expected, std::to_string(h) + " x " + std::to_string(w));
  }
}

PALMA_TEST(emulatedAntialiasEqualsTheCpuOnTheHandShadedByItsNormals) {
  const auto m = palma::test::builtinHandClip(3, 160, torch::kFloat64);
  const auto s = makeScene(m.pos, m.tri, 160, 160);
  // Normals as colours (negative channels included), plus coverage as a fourth channel.
  const auto color =
      torch::cat({shade(s, m.normals, m.tri), (s.rast.narrow(3, 3, 1) > 0).to(torch::kFloat64)}, 3);
  checkAntialias(s, color.contiguous(), 200, 1e-12);
}

PALMA_TEST(emulatedAntialiasEqualsTheCpuOnTheHandWithRandomVertexColours) {
  const auto m = palma::test::builtinHandClip(2, 128, torch::kFloat64);
  const auto s = makeScene(m.pos, m.tri, 128, 128);
  torch::manual_seed(3);
  checkAntialias(s, shade(s, torch::rand({1, m.pos.size(1), 3}, torch::kFloat64), m.tri), 50, 1e-12);
}

PALMA_TEST(emulatedAntialiasEqualsTheCpuOnRandomSoups) {
  for (const auto dtype : {torch::kFloat64, torch::kFloat32}) {
    const auto m = palma::test::randomSoup(2, 150, dtype, 9);
    const auto s = makeScene(m.pos, m.tri, 57, 72);
    torch::manual_seed(4);
    const auto color = shade(s, torch::rand({2, m.pos.size(1), 3}, dtype), m.tri);
    // The same expressions in the same order: float32 agrees as exactly as float64.
    checkAntialias(s, color, 300, dtype == torch::kFloat64 ? 1e-12 : 1e-6);
  }
}

PALMA_TEST(emulatedCompositeEqualsTheCpuOnTheHand) {
  const auto m = palma::test::builtinHandClip(2, 128, torch::kFloat64);
  const auto s = makeScene(m.pos, m.tri, 128, 128);
  torch::manual_seed(8);
  const auto colour_back = torch::tensor({0.2, 0.5, 0.9}, torch::kFloat64);
  const auto image_back = torch::rand({2, 128, 128, 3}, torch::kFloat64);
  checkComposite(s, colour_back, true, true, true, 1e-12);
  checkComposite(s, colour_back, false, true, true, 1e-12);
  checkComposite(s, image_back, true, true, true, 1e-12);
  checkComposite(s, image_back, false, true, false, 1e-12);
  checkComposite(s, torch::Tensor(), true, true, true, 1e-12);
  // A loss on the coverage alone: the emulation gets no image gradient at all (a null pointer).
  checkComposite(s, image_back, true, false, true, 1e-12);
}

PALMA_TEST(emulatedCompositeEqualsTheCpuOnRandomSoups) {
  const auto m = palma::test::randomSoup(3, 200, torch::kFloat64, 21);
  const auto s = makeScene(m.pos, m.tri, 64, 48);
  torch::manual_seed(2);
  checkComposite(s, torch::rand({3, 64, 48, 3}, torch::kFloat64), true, true, true, 1e-12);
  checkComposite(s, torch::tensor({1.0, 0.0, 0.25}, torch::kFloat64), true, false, true, 1e-12);
  checkComposite(s, torch::Tensor(), false, true, true, 1e-12);
}

PALMA_TEST(antialiasAdaptersRefuseDevicesThisBuildHasNoKernelsFor) {
  const auto meta = torch::TensorOptions().device(torch::kMeta);
  const auto tri = torch::tensor({0, 1, 2}, torch::kInt64).view({1, 3});
  PALMA_CHECK_THROWS(
      palma::render::antialias(torch::zeros({1, 8, 8, 3}, meta), torch::zeros({1, 8, 8, 4}, meta),
                               torch::zeros({1, 3, 4}, meta), tri),
      palma::InputError, "meta");
  PALMA_CHECK_THROWS(
      palma::render::compositeAntialias(torch::zeros({4, 3}, meta), torch::arange(4), torch::Tensor(),
                                        torch::zeros({1, 8, 8, 4}, meta), torch::zeros({1, 3, 4}, meta), tri),
      palma::InputError, "meta");
  // rast on another dtype than the colours is refused, not misread.
  PALMA_CHECK_THROWS(palma::render::compositeAntialias(
                         torch::zeros({4, 3}), torch::arange(4), torch::Tensor(),
                         torch::zeros({1, 8, 8, 4}, torch::kFloat64), torch::zeros({1, 3, 4}), tri),
                     palma::InputError, "rast");
}

PALMA_TEST(cpuBuildRefusesTheMissingAntialiasKernels) {
  if (palma::render::gpu::kernelsBuilt()) PALMA_SKIP("this build contains the CUDA kernels");
  AntialiasKernelParams<float> p;
  CompositeKernelParams<float> d;
  PALMA_CHECK_THROWS(palma::render::gpu::antialiasForward(p, nullptr), palma::InputError, "no CUDA kernels");
  PALMA_CHECK_THROWS(palma::render::gpu::antialiasBackward<float>(p, nullptr, nullptr, nullptr, nullptr),
                     palma::InputError, "no CUDA kernels");
  PALMA_CHECK_THROWS(palma::render::gpu::compositeAntialiasForward(p, d, true, nullptr, nullptr),
                     palma::InputError, "no CUDA kernels");
  PALMA_CHECK_THROWS(palma::render::gpu::compositeAntialiasBackward<float>(
                         p, d, true, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr),
                     palma::InputError, "no CUDA kernels");
}
