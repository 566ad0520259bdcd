// What the render operators' adapters need to run a CUDA kernel: the stream LibTorch uses.
#pragma once

#include <torch/types.h>

namespace palma::render {

// LibTorch's current CUDA stream on `t`'s device, as a cudaStream_t in a void*; null in a build without
// the CUDA kernels (where no CUDA tensor reaches a kernel: checkDevice refuses it first).
void* cudaStreamOf(const torch::Tensor& t);

}  // namespace palma::render
