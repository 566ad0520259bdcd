#include "core/render/gpu_dispatch.h"

#if defined(PALMA_WITH_CUDA)
#include <c10/cuda/CUDAStream.h>
#endif

namespace palma::render {

void* cudaStreamOf(const torch::Tensor& t) {
#if defined(PALMA_WITH_CUDA)
  return c10::cuda::getCurrentCUDAStream(t.device().index()).stream();
#else
  (void)t;
  return nullptr;
#endif
}

}  // namespace palma::render
