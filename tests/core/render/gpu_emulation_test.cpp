// The CUDA kernels' launch logic, run on the CPU: the per-thread bodies of gpu/*.cuh compiled by the
// host compiler and executed in plain loops (one iteration per CUDA thread, scatter atomics as plain
// adds and mins), compared with the CPU operators. This checks on machines without a GPU that the CUDA
// passes compute what the CPU reference computes; tests/gpu/ checks the real kernels on a GPU.
//
// Also the device dispatch of the operators' adapters in this build.
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/rasterize.h"
#include "gpu/rasterize_kernels.cuh"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/support/palma_test.h"

using palma::render::RasterizeKernelParams;

namespace {

// rasterize() through the CUDA passes, emulated.
torch::Tensor emulatedRasterize(const torch::Tensor& pos, const torch::Tensor& tri, int height, int width) {
  const auto tri32 = tri.to(torch::kInt32).contiguous();
  auto out = torch::empty({pos.size(0), height, width, 4}, pos.options());
  const int64_t pixels = pos.size(0) * height * width;
  std::vector<unsigned long long> keys(pixels, palma::render::gpu_kern::kEmptyKey);
  AT_DISPATCH_FLOATING_TYPES(pos.scalar_type(), "emulated_rasterize", [&] {
    RasterizeKernelParams<scalar_t> p;
    p.pos = pos.data_ptr<scalar_t>();
    p.tri = tri32.data_ptr<int32_t>();
    p.out = out.data_ptr<scalar_t>();
    p.batch = static_cast<int>(pos.size(0));
    p.num_vertices = static_cast<int>(pos.size(1));
    p.num_triangles = static_cast<int>(tri.size(0));
    p.height = height;
    p.width = width;
    for (int b = 0; b < p.batch; ++b)
      for (int f = 0; f < p.num_triangles; ++f) palma::render::gpu_kern::coverTriangle(p, keys.data(), b, f);
    for (int64_t q = 0; q < pixels; ++q) palma::render::gpu_kern::resolvePixel(p, keys.data(), q);
  });
  return out;
}

// Exact equality of two rasteriser outputs (same triangle everywhere, same barycentrics and depth).
void checkSameRaster(const torch::Tensor& expected, const torch::Tensor& actual) {
  const auto id_e = expected.select(3, 3), id_a = actual.select(3, 3);
  const int64_t mismatched = (id_e != id_a).sum().item<int64_t>();
  PALMA_CHECK_MSG(mismatched == 0, std::to_string(mismatched) + " pixels show another triangle");
  PALMA_CHECK((expected - actual).abs().max().item<double>() == 0.0);
  PALMA_CHECK((id_e > 0).sum().item<int64_t>() > 0);
}

}  // namespace

PALMA_TEST(emulatedRasterizeEqualsTheCpuRasteriserOnARandomSoup) {
  for (const auto dtype : {torch::kFloat32, torch::kFloat64}) {
    const auto m = palma::test::randomSoup(2, 300, dtype, 7);
    checkSameRaster(palma::render::rasterize(m.pos, m.tri, 61, 80), emulatedRasterize(m.pos, m.tri, 61, 80));
  }
}

PALMA_TEST(emulatedRasterizeEqualsTheCpuRasteriserOnTheHand) {
  const auto m = palma::test::builtinHandClip(3, 128, torch::kFloat32);
  const auto cpu = palma::render::rasterize(m.pos, m.tri, 128, 128);
  checkSameRaster(cpu, emulatedRasterize(m.pos, m.tri, 128, 128));
  // The hand fills a good part of each frame and is seen from different sides.
  const auto covered = (cpu.select(3, 3) > 0).sum({1, 2});
  PALMA_CHECK(covered.min().item<int64_t>() > 128 * 128 / 20);
}

PALMA_TEST(emulatedRasterizeKeepsSharedEdgesWatertight) {
  // A fan of triangles around a centre vertex: every pixel of the disc they make is covered once.
  const int n = 17, size = 64;
  std::vector<double> v = {0.03, -0.02, 0.0, 1.0};
  for (int i = 0; i < n; ++i) {
    const double a = 2 * M_PI * i / n;
    v.insert(v.end(), {0.9 * std::cos(a), 0.9 * std::sin(a), 0.0, 1.0});
  }
  auto pos = torch::tensor(v, torch::kFloat64).view({1, n + 1, 4});
  std::vector<int64_t> t;
  for (int i = 0; i < n; ++i) t.insert(t.end(), {0, 1 + i, 1 + (i + 1) % n});
  auto tri = torch::tensor(t, torch::kInt64).view({n, 3});
  checkSameRaster(palma::render::rasterize(pos, tri, size, size), emulatedRasterize(pos, tri, size, size));
}

PALMA_TEST(depthKeysOrderLikeTheFloats) {
  using palma::render::gpu_kern::orderedBits;
  const float values[] = {-1.0f, -0.5f, -1e-30f, -0.0f, 0.0f, 1e-30f, 0.25f, 0.5f, 1.0f};
  for (size_t i = 0; i + 1 < std::size(values); ++i)
    PALMA_CHECK(orderedBits(values[i]) <= orderedBits(values[i + 1]));
  PALMA_CHECK(orderedBits(-0.0f) == orderedBits(0.0f));
  PALMA_CHECK(orderedBits(-1e-30f) < orderedBits(0.0f));
}

PALMA_TEST(adaptersRefuseDevicesThisBuildHasNoKernelsFor) {
  // Tensors on the meta device have no data; the adapters must refuse them with a message, not crash.
  auto pos = torch::zeros({1, 3, 4}, torch::TensorOptions().device(torch::kMeta));
  auto tri = torch::tensor({0, 1, 2}, torch::kInt64).view({1, 3});
  PALMA_CHECK_THROWS(palma::render::rasterize(pos, tri, 8, 8), palma::InputError, "meta");
}

PALMA_TEST(cpuBuildReportsAndRefusesTheMissingKernels) {
  if (palma::render::gpu::kernelsBuilt()) PALMA_SKIP("this build contains the CUDA kernels");
  palma::render::RasterizeKernelParams<float> p;
  PALMA_CHECK_THROWS(palma::render::gpu::rasterizeForward(p, nullptr, nullptr), palma::InputError,
                     "no CUDA kernels");
}

PALMA_TEST(deviceNamesAreParsedAndCheckedAgainstTheBuild) {
  using palma::render::parseComputeDevice;
  PALMA_CHECK(parseComputeDevice("cpu") == torch::Device(torch::kCPU));
  PALMA_CHECK_THROWS(parseComputeDevice("gpu"), palma::InputError, "use cpu, cuda or cuda:N");
  PALMA_CHECK_THROWS(parseComputeDevice("cuda:"), palma::InputError, "unknown device");
  PALMA_CHECK_THROWS(parseComputeDevice("cuda:x"), palma::InputError, "unknown device");
  PALMA_CHECK_THROWS(parseComputeDevice("cuda:99999"), palma::InputError, "unknown device");
  if (!palma::render::gpu::kernelsBuilt()) {
    PALMA_CHECK_THROWS(parseComputeDevice("cuda"), palma::InputError, "no CUDA kernels");
    PALMA_CHECK_THROWS(parseComputeDevice("cuda:1"), palma::InputError, "no CUDA kernels");
  } else if (!torch::cuda::is_available()) {
    PALMA_CHECK_THROWS(parseComputeDevice("cuda"), palma::InputError, "no CUDA device");
  } else {
    PALMA_CHECK(parseComputeDevice("cuda").is_cuda());
  }
  // Synchronising and reading the allocator are harmless on the CPU.
  palma::render::synchronizeDevice(torch::kCPU);
  PALMA_CHECK(palma::render::devicePeakMemoryMb(torch::kCPU) == 0.0);
}
