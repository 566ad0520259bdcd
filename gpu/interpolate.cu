// CUDA attribute interpolation (forward and backward) behind core/render/interpolate's adapter: one
// thread per pixel running the bodies of core/render/kernels/interpolate_kernel.h, which the CPU
// kernels run too. The backward adds into the attribute gradient with atomics.
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/interpolate_kernel.h"
#include "gpu/launch.cuh"

namespace palma::render::gpu {

namespace {

template <typename T>
__global__ void interpolateForwardKernel(InterpolateKernelParams<T> p) {
  const int64_t q = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (q >= p.pixels) return;
  kern::interpolateForwardPixel(p, q);
}

template <typename T>
__global__ void interpolateBackwardKernel(InterpolateKernelParams<T> p, const T* grad_out, T* grad_attr,
                                          T* grad_rast) {
  const int64_t q = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (q >= p.pixels) return;
  kern::interpolateBackwardPixel(p, q, grad_out, grad_attr, grad_rast);
}

}  // namespace

template <typename T>
void interpolateForward(const InterpolateKernelParams<T>& p, void* stream) {
  if (p.pixels > 0) interpolateForwardKernel<T><<<blocksFor(p.pixels), kThreads, 0, asStream(stream)>>>(p);
  checkLaunch("interpolate");
}

template <typename T>
void interpolateBackward(const InterpolateKernelParams<T>& p, const T* grad_out, T* grad_attr, T* grad_rast,
                         void* stream) {
  if (p.pixels > 0)
    interpolateBackwardKernel<T>
        <<<blocksFor(p.pixels), kThreads, 0, asStream(stream)>>>(p, grad_out, grad_attr, grad_rast);
  checkLaunch("interpolate backward");
}

template void interpolateForward<float>(const InterpolateKernelParams<float>&, void*);
template void interpolateForward<double>(const InterpolateKernelParams<double>&, void*);
template void interpolateBackward<float>(const InterpolateKernelParams<float>&, const float*, float*, float*,
                                         void*);
template void interpolateBackward<double>(const InterpolateKernelParams<double>&, const double*, double*,
                                          double*, void*);

}  // namespace palma::render::gpu
