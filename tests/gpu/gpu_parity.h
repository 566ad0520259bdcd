// What the GPU parity tests share: the skip when there is nothing to compare, the device, and the
// error measures of a CUDA result against the CPU reference.
#pragma once

#include <torch/torch.h>

#include <algorithm>

#include "core/render/gpu_kernels.h"
#include "tests/support/palma_test.h"

namespace palma::test {

// Skips the calling test without the CUDA kernels in this build or without a CUDA device.
inline void requireGpu() {
  if (!render::gpu::kernelsBuilt()) PALMA_SKIP("this build has no CUDA kernels (PALMA_CUDA)");
  if (!torch::cuda::is_available()) PALMA_SKIP("no CUDA device");
}

inline const torch::Device kCuda(torch::kCUDA, 0);

inline double maxAbs(const torch::Tensor& a) {
  return a.numel() ? a.detach().abs().max().item<double>() : 0.0;
}

// max |actual - expected| / max(max |expected|, floor), with `actual` on any device.
inline double relativeError(const torch::Tensor& actual, const torch::Tensor& expected, double floor = 1e-6) {
  return maxAbs(actual.detach().cpu() - expected.detach().cpu()) / std::max(maxAbs(expected), floor);
}

}  // namespace palma::test
