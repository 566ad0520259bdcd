// The CUDA kernels of gpu/, as the render operators' adapters call them: one launcher per kernel,
// taking the same parameter struct as the CPU kernel (with device pointers) and the CUDA stream to run
// on (a cudaStream_t passed as void*; null: the default stream). Free of LibTorch and CUDA headers.
//
// A build without CUDA (PALMA_CUDA off, or no nvcc / no CUDA LibTorch) links stubs instead that throw
// palma::InputError: kernelsBuilt() tells which. Scratch memory is allocated by the caller (through
// LibTorch's caching allocator) and passed in.
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"

namespace palma::render::gpu {

// True when this build contains the CUDA kernels.
bool kernelsBuilt();

// rasterize: `keys` is scratch of B*H*W 64-bit words (depth and triangle of the nearest sample).
template <typename T>
void rasterizeForward(const RasterizeKernelParams<T>& p, unsigned long long* keys, void* stream);

// rasterize backward: adds into grad_pos (zeroed by the caller). With `pixel_index` (count entries),
// grad_out has one row per listed pixel, else one per pixel of the image.
template <typename T>
void rasterizeBackward(const RasterizeKernelParams<T>& p, const T* grad_out, T* grad_pos,
                       const int64_t* pixel_index, int64_t count, void* stream);

// antialias: p.out receives p.color with the silhouette pairs blended into it.
template <typename T>
void antialiasForward(const AntialiasKernelParams<T>& p, void* stream);

// antialias backward: writes grad_color ([B,H,W,C]) and adds into grad_pos ([B,N,4], zeroed by the
// caller; null: no position gradient).
template <typename T>
void antialiasBackward(const AntialiasKernelParams<T>& p, const T* grad_out, T* grad_color, T* grad_pos,
                       void* stream);

// compositeAntialias: writes d.image and d.mask (blended when `antialias`). p describes the mesh (its
// color and out are unused); `compact` is scratch of B*H*W int32.
template <typename T>
void compositeAntialiasForward(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                               bool antialias, int32_t* compact, void* stream);

// compositeAntialias backward: writes grad_colour ([P,C]) and adds into grad_pos ([B,N,4], zeroed by the
// caller). grad_image or grad_mask may be null (no gradient); `compact` is scratch of B*H*W int32.
template <typename T>
void compositeAntialiasBackward(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                                bool antialias, const T* grad_image, const T* grad_mask, T* grad_colour,
                                T* grad_pos, int32_t* compact, void* stream);

}  // namespace palma::render::gpu
