// Marks a build that contains the CUDA kernels (the CPU build links core/render/gpu_stubs.cpp instead).
#include "core/render/gpu_kernels.h"

namespace palma::render::gpu {

bool kernelsBuilt() { return true; }

}  // namespace palma::render::gpu
