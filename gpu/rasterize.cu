// CUDA rasteriser (forward and backward) behind core/render/rasterize's adapter.
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/rasterize_kernel.h"
#include "gpu/launch.cuh"
#include "gpu/rasterize_kernels.cuh"

namespace palma::render::gpu {

namespace {

template <typename T>
__global__ void coverKernel(RasterizeKernelParams<T> p, unsigned long long* keys) {
  const int64_t t = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (t >= static_cast<int64_t>(p.batch) * p.num_triangles) return;
  gpu_kern::coverTriangle(p, keys, static_cast<int>(t / p.num_triangles),
                          static_cast<int>(t % p.num_triangles));
}

template <typename T>
__global__ void resolveKernel(RasterizeKernelParams<T> p, const unsigned long long* keys, int64_t pixels) {
  const int64_t q = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (q >= pixels) return;
  gpu_kern::resolvePixel(p, keys, q);
}

template <typename T>
__global__ void backwardKernel(RasterizeKernelParams<T> p, const T* grad_out, T* grad_pos,
                               const int64_t* pixel_index, int64_t count) {
  const int64_t k = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (k >= count) return;
  kern::rasterizeBackwardPixel(p, pixel_index ? pixel_index[k] : k, grad_out + k * 4, grad_pos);
}

}  // namespace

template <typename T>
void rasterizeForward(const RasterizeKernelParams<T>& p, unsigned long long* keys, void* stream) {
  const int64_t pixels = static_cast<int64_t>(p.batch) * p.height * p.width;
  const int64_t triangles = static_cast<int64_t>(p.batch) * p.num_triangles;
  cudaMemsetAsync(keys, 0xff, pixels * sizeof(unsigned long long), asStream(stream));
  if (triangles > 0) coverKernel<T><<<blocksFor(triangles, 64), 64, 0, asStream(stream)>>>(p, keys);
  if (pixels > 0) resolveKernel<T><<<blocksFor(pixels), kThreads, 0, asStream(stream)>>>(p, keys, pixels);
  checkLaunch("rasterize");
}

template <typename T>
void rasterizeBackward(const RasterizeKernelParams<T>& p, const T* grad_out, T* grad_pos,
                       const int64_t* pixel_index, int64_t count, void* stream) {
  const int64_t n = pixel_index ? count : static_cast<int64_t>(p.batch) * p.height * p.width;
  if (n > 0)
    backwardKernel<T><<<blocksFor(n), kThreads, 0, asStream(stream)>>>(p, grad_out, grad_pos, pixel_index, n);
  checkLaunch("rasterize backward");
}

template void rasterizeForward<float>(const RasterizeKernelParams<float>&, unsigned long long*, void*);
template void rasterizeForward<double>(const RasterizeKernelParams<double>&, unsigned long long*, void*);
template void rasterizeBackward<float>(const RasterizeKernelParams<float>&, const float*, float*,
                                       const int64_t*, int64_t, void*);
template void rasterizeBackward<double>(const RasterizeKernelParams<double>&, const double*, double*,
                                        const int64_t*, int64_t, void*);

}  // namespace palma::render::gpu
