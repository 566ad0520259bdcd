// CUDA edge antialiasing (antialias and compositeAntialias, forward and backward) behind
// core/render/antialias's adapter. The passes are described in gpu/antialias_kernels.cuh.
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/antialias_kernel.h"
#include "gpu/antialias_kernels.cuh"
#include "gpu/launch.cuh"

namespace palma::render::gpu {

namespace {

__device__ inline int64_t threadIndex() {
  return static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
}

template <typename T>
__global__ void antialiasForwardKernel(AntialiasKernelParams<T> p, int64_t pairs) {
  const int64_t t = threadIndex();
  if (t < pairs) gpu_kern::antialiasForwardPair(p, t);
}

template <typename T>
__global__ void antialiasBackwardKernel(AntialiasKernelParams<T> p, int64_t pairs, const T* grad_out,
                                        T* grad_color, T* grad_pos) {
  const int64_t t = threadIndex();
  if (t < pairs) gpu_kern::antialiasBackwardPair(p, t, grad_out, grad_color, grad_pos);
}

template <typename T>
__global__ void compositeClearKernel(CompositeKernelParams<T> d, int32_t* compact, int64_t pixels) {
  const int64_t q = threadIndex();
  if (q < pixels) gpu_kern::compositeClearPixel(d, compact, q);
}

template <typename T>
__global__ void compositeCoverKernel(CompositeKernelParams<T> d, int32_t* compact) {
  const int64_t i = threadIndex();
  if (i < d.count) gpu_kern::compositeCoverPixel(d, compact, i);
}

template <typename T>
__global__ void compositeForwardKernel(AntialiasKernelParams<T> p, CompositeKernelParams<T> d,
                                       const int32_t* compact, int64_t pairs) {
  const int64_t t = threadIndex();
  if (t < pairs) gpu_kern::compositeForwardPair(p, d, compact, t);
}

template <typename T>
__global__ void compositeCoverBackwardKernel(CompositeKernelParams<T> d, int32_t* compact,
                                             const T* grad_image, T* grad_colour) {
  const int64_t i = threadIndex();
  if (i < d.count) gpu_kern::compositeCoverPixelBackward(d, compact, grad_image, grad_colour, i);
}

template <typename T>
__global__ void compositeBackwardKernel(AntialiasKernelParams<T> p, CompositeKernelParams<T> d,
                                        const int32_t* compact, int64_t pairs, const T* grad_image,
                                        const T* grad_mask, T* grad_colour, T* grad_pos) {
  const int64_t t = threadIndex();
  if (t < pairs)
    gpu_kern::compositeBackwardPair(p, d, compact, t, grad_image, grad_mask, grad_colour, grad_pos);
}

// Pixel pairs of the whole batch: one thread each.
template <typename T>
int64_t batchPairs(const AntialiasKernelParams<T>& p) {
  return static_cast<int64_t>(p.batch) * kern::pixelPairsPerImage(p);
}

}  // namespace

template <typename T>
void antialiasForward(const AntialiasKernelParams<T>& p, void* stream) {
  const int64_t size = static_cast<int64_t>(p.batch) * p.height * p.width * p.channels;
  const int64_t pairs = batchPairs(p);
  cudaMemcpyAsync(p.out, p.color, size * sizeof(T), cudaMemcpyDeviceToDevice, asStream(stream));
  if (pairs > 0 && p.channels > 0)
    antialiasForwardKernel<T><<<blocksFor(pairs), kThreads, 0, asStream(stream)>>>(p, pairs);
  checkLaunch("antialias");
}

template <typename T>
void antialiasBackward(const AntialiasKernelParams<T>& p, const T* grad_out, T* grad_color, T* grad_pos,
                       void* stream) {
  const int64_t size = static_cast<int64_t>(p.batch) * p.height * p.width * p.channels;
  const int64_t pairs = batchPairs(p);
  cudaMemcpyAsync(grad_color, grad_out, size * sizeof(T), cudaMemcpyDeviceToDevice, asStream(stream));
  if (pairs > 0 && p.channels > 0)
    antialiasBackwardKernel<T>
        <<<blocksFor(pairs), kThreads, 0, asStream(stream)>>>(p, pairs, grad_out, grad_color, grad_pos);
  checkLaunch("antialias backward");
}

template <typename T>
void compositeAntialiasForward(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                               bool antialias, int32_t* compact, void* stream) {
  const int64_t pixels = static_cast<int64_t>(p.batch) * p.height * p.width;
  const int64_t pairs = batchPairs(p);
  if (pixels > 0)
    compositeClearKernel<T><<<blocksFor(pixels), kThreads, 0, asStream(stream)>>>(d, compact, pixels);
  if (d.count > 0) compositeCoverKernel<T><<<blocksFor(d.count), kThreads, 0, asStream(stream)>>>(d, compact);
  if (antialias && pairs > 0)
    compositeForwardKernel<T><<<blocksFor(pairs), kThreads, 0, asStream(stream)>>>(p, d, compact, pairs);
  checkLaunch("composite");
}

template <typename T>
void compositeAntialiasBackward(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                                bool antialias, const T* grad_image, const T* grad_mask, T* grad_colour,
                                T* grad_pos, int32_t* compact, void* stream) {
  const int64_t pixels = static_cast<int64_t>(p.batch) * p.height * p.width;
  const int64_t pairs = batchPairs(p);
  cudaMemsetAsync(compact, 0xff, pixels * sizeof(int32_t), asStream(stream));  // every entry -1
  if (d.count > 0)
    compositeCoverBackwardKernel<T>
        <<<blocksFor(d.count), kThreads, 0, asStream(stream)>>>(d, compact, grad_image, grad_colour);
  if (antialias && pairs > 0 && (grad_image || grad_mask))
    compositeBackwardKernel<T><<<blocksFor(pairs), kThreads, 0, asStream(stream)>>>(
        p, d, compact, pairs, grad_image, grad_mask, grad_colour, grad_pos);
  checkLaunch("composite backward");
}

#define PALMA_GPU_ANTIALIAS(T)                                                                               \
  template void antialiasForward<T>(const AntialiasKernelParams<T>&, void*);                                 \
  template void antialiasBackward<T>(const AntialiasKernelParams<T>&, const T*, T*, T*, void*);              \
  template void compositeAntialiasForward<T>(const AntialiasKernelParams<T>&,                                \
                                             const CompositeKernelParams<T>&, bool, int32_t*, void*);        \
  template void compositeAntialiasBackward<T>(const AntialiasKernelParams<T>&,                               \
                                              const CompositeKernelParams<T>&, bool, const T*, const T*, T*, \
                                              T*, int32_t*, void*);
PALMA_GPU_ANTIALIAS(float)
PALMA_GPU_ANTIALIAS(double)
#undef PALMA_GPU_ANTIALIAS

}  // namespace palma::render::gpu
