// CUDA soft shadow lookup (forward and backward) behind core/render/shadow's adapter.
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/shadow_kernel.h"
#include "gpu/launch.cuh"

namespace palma::render::gpu {

namespace {

template <typename T>
__global__ void shadowLookupForwardKernel(ShadowLookupParams<T> p) {
  const int64_t i = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i >= p.count) return;
  p.visibility[i] = kern::shadowLookupPoint(p, i);
}

// One point per thread. The depth gradient is scattered with atomics straight to global memory: a
// point's 16 taps spread over the map, so few points meet on one texel.
template <typename T>
__global__ void shadowLookupBackwardKernel(ShadowLookupParams<T> p, const T* grad_visibility, T* grad_depth,
                                           T* grad_points) {
  const int64_t i = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i >= p.count) return;
  kern::shadowBackwardPoint(p, i, grad_visibility[i], grad_depth, grad_points);
}

}  // namespace

template <typename T>
void shadowLookupForward(const ShadowLookupParams<T>& p, void* stream) {
  if (p.count > 0) shadowLookupForwardKernel<T><<<blocksFor(p.count), kThreads, 0, asStream(stream)>>>(p);
  checkLaunch("shadow");
}

template <typename T>
void shadowLookupBackward(const ShadowLookupParams<T>& p, const T* grad_visibility, T* grad_depth,
                          T* grad_points, void* stream) {
  if (p.count > 0)
    shadowLookupBackwardKernel<T>
        <<<blocksFor(p.count), kThreads, 0, asStream(stream)>>>(p, grad_visibility, grad_depth, grad_points);
  checkLaunch("shadow backward");
}

template void shadowLookupForward<float>(const ShadowLookupParams<float>&, void*);
template void shadowLookupForward<double>(const ShadowLookupParams<double>&, void*);
template void shadowLookupBackward<float>(const ShadowLookupParams<float>&, const float*, float*, float*,
                                          void*);
template void shadowLookupBackward<double>(const ShadowLookupParams<double>&, const double*, double*, double*,
                                           void*);

}  // namespace palma::render::gpu
