// CUDA bilinear texture sampling (forward and backward) behind core/render/texture's adapter: one
// thread per sample running the bodies of core/render/kernels/texture_kernel.h, which the CPU kernels
// run too. The backward adds into the texture gradient with atomics.
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/texture_kernel.h"
#include "gpu/launch.cuh"

namespace palma::render::gpu {

namespace {

template <typename T>
__global__ void textureForwardKernel(TextureKernelParams<T> p, int64_t samples) {
  const int64_t s = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (s >= samples) return;
  kern::textureForwardSample(p, s);
}

template <typename T>
__global__ void textureBackwardKernel(TextureKernelParams<T> p, int64_t samples, const T* grad_out,
                                      T* grad_tex, T* grad_uv) {
  const int64_t s = static_cast<int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
  if (s >= samples) return;
  kern::textureBackwardSample(p, s, grad_out, grad_tex, grad_uv);
}

}  // namespace

template <typename T>
void textureForward(const TextureKernelParams<T>& p, void* stream) {
  const int64_t samples = static_cast<int64_t>(p.batch) * p.samples_per_image;
  if (samples > 0) textureForwardKernel<T><<<blocksFor(samples), kThreads, 0, asStream(stream)>>>(p, samples);
  checkLaunch("texture");
}

template <typename T>
void textureBackward(const TextureKernelParams<T>& p, const T* grad_out, T* grad_tex, T* grad_uv,
                     void* stream) {
  const int64_t samples = static_cast<int64_t>(p.batch) * p.samples_per_image;
  if (samples > 0 && (grad_tex || grad_uv))
    textureBackwardKernel<T>
        <<<blocksFor(samples), kThreads, 0, asStream(stream)>>>(p, samples, grad_out, grad_tex, grad_uv);
  checkLaunch("texture backward");
}

template void textureForward<float>(const TextureKernelParams<float>&, void*);
template void textureForward<double>(const TextureKernelParams<double>&, void*);
template void textureBackward<float>(const TextureKernelParams<float>&, const float*, float*, float*, void*);
template void textureBackward<double>(const TextureKernelParams<double>&, const double*, double*, double*,
                                      void*);

}  // namespace palma::render::gpu
