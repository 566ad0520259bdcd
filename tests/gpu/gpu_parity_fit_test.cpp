// A short reconstruction on CUDA gives the losses of the same reconstruction on the CPU (within what
// float32 and the order of atomic additions allow), and returns its avatar on the CPU.
#include <torch/torch.h>

#include "core/fit/reconstructor.h"
#include "core/render/gpu_kernels.h"
#include "tests/core/fit/fit_scene.h"
#include "tests/gpu/gpu_parity.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

using palma::test::requireGpu;

fit::ReconstructionConfig shortConfig() {
  auto c = fit::ReconstructionConfig::quick();
  c.render_size = 0;
  c.texture_size = 64;
  for (auto& s : c.stages) {
    s.epochs = 3;
    s.batch_size = 4;
  }
  c.seed = 11;
  return c;
}

}  // namespace

PALMA_TEST(shortFitOnCudaMatchesTheCpuLosses) {
  requireGpu();
  const auto scene = test::makeFitScene(6, 96);
  const auto init = test::disturbed(scene, 0.03, 0.003);
  const auto config = shortConfig();
  const auto cpu = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config);
  fit::FitOptions on_gpu;
  on_gpu.device = torch::Device(torch::kCUDA, 0);
  const auto gpu = fit::reconstruct(scene.model, "builtin:right", scene.capture, init, config, on_gpu);
  PALMA_CHECK(gpu.stages.size() == cpu.stages.size());
  for (size_t s = 0; s < cpu.stages.size(); ++s) {
    const double a = cpu.stages[s].final_loss, b = gpu.stages[s].final_loss;
    printf("  stage %s: cpu %.6g  cuda %.6g\n", cpu.stages[s].name.c_str(), a, b);
    PALMA_CHECK_MSG(
        std::abs(a - b) <= 0.02 * std::abs(a) + 1e-6,
        "stage " + cpu.stages[s].name + " loss " + std::to_string(b) + " vs " + std::to_string(a));
  }
  PALMA_CHECK(gpu.avatar.albedo.device().is_cpu() && gpu.avatar.motion.pose.device().is_cpu());
  PALMA_CHECK((gpu.avatar.motion.pose - cpu.avatar.motion.pose).abs().max().item<double>() < 0.05);
  PALMA_CHECK((gpu.avatar.albedo - cpu.avatar.albedo).abs().mean().item<double>() < 0.02);
}
