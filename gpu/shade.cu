// CUDA fused shading (forward and backward) behind core/render/shade_pixels' adapter.
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/shade_kernel.h"
#include "gpu/launch.cuh"
#include "gpu/shade_kernels.cuh"

namespace palma::render::gpu {

namespace {

template <typename T>
__global__ void shadeForwardKernel(ShadeParams<T> p, T* colour, T* normals) {
  const int64_t i = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (i >= p.count) return;
  kern::shadeForwardPixel(p, i, colour, normals);
}

// One pixel per thread; the per-image parameter gradients are reduced per block in shared memory and
// added to global memory with one atomic per slot and block (gpu/shade_kernels.cuh).
template <typename T>
__global__ void __launch_bounds__(gpu_kern::kShadeBackwardThreads)
    shadeBackwardKernel(ShadeParams<T> p, const T* grad_colour, ShadeGrads<T> g) {
  __shared__ T staged[gpu_kern::kShadeBackwardThreads * gpu_kern::kShadeStageStride];
  __shared__ int64_t staged_image[gpu_kern::kShadeBackwardThreads];
  const int t = static_cast<int>(threadIdx.x);
  const int64_t i = static_cast<int64_t>(blockIdx.x) * blockDim.x + t;
  gpu_kern::shadeBackwardStage(p, grad_colour, g, i, t, staged, staged_image);
  __syncthreads();
  if (t < gpu_kern::kShadeSlots)
    gpu_kern::shadeBackwardFlush(p, g, t, static_cast<int>(blockDim.x), staged, staged_image);
}

}  // namespace

template <typename T>
void shadeForward(const ShadeParams<T>& p, T* colour, T* normals, void* stream) {
  if (p.count > 0)
    shadeForwardKernel<T><<<blocksFor(p.count), kThreads, 0, asStream(stream)>>>(p, colour, normals);
  checkLaunch("shade");
}

template <typename T>
void shadeBackward(const ShadeParams<T>& p, const T* grad_colour, const ShadeGrads<T>& g, void* stream) {
  constexpr int threads = gpu_kern::kShadeBackwardThreads;
  if (p.count > 0)
    shadeBackwardKernel<T><<<blocksFor(p.count, threads), threads, 0, asStream(stream)>>>(p, grad_colour, g);
  checkLaunch("shade backward");
}

template void shadeForward<float>(const ShadeParams<float>&, float*, float*, void*);
template void shadeForward<double>(const ShadeParams<double>&, double*, double*, void*);
template void shadeBackward<float>(const ShadeParams<float>&, const float*, const ShadeGrads<float>&, void*);
template void shadeBackward<double>(const ShadeParams<double>&, const double*, const ShadeGrads<double>&,
                                    void*);

}  // namespace palma::render::gpu
