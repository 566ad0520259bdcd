// Launch helpers shared by the .cu files of gpu/.
#pragma once

#include <cuda_runtime.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace palma::render::gpu {

constexpr int kThreads = 256;

inline unsigned blocksFor(int64_t n, int threads = kThreads) {
  return static_cast<unsigned>((n + threads - 1) / threads);
}

inline cudaStream_t asStream(void* stream) { return static_cast<cudaStream_t>(stream); }

// Throws std::runtime_error naming the kernel when the last launch failed.
inline void checkLaunch(const char* kernel) {
  const cudaError_t err = cudaGetLastError();
  if (err != cudaSuccess)
    throw std::runtime_error(std::string(kernel) + ": CUDA launch failed: " + cudaGetErrorString(err));
}

}  // namespace palma::render::gpu
