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

// interpolate: one thread per pixel (p.pixels rows of p.rast) writes its row of p.out.
template <typename T>
void interpolateForward(const InterpolateKernelParams<T>& p, void* stream);

// interpolate backward: adds into grad_attr (zeroed by the caller, [Ba,Na,A]) and writes the u and v
// columns of the covered rows of grad_rast (zeroed by the caller, shaped like p.rast).
template <typename T>
void interpolateBackward(const InterpolateKernelParams<T>& p, const T* grad_out, T* grad_attr, T* grad_rast,
                         void* stream);

// texture: one thread per sample (p.batch * p.samples_per_image) writes its row of p.out.
template <typename T>
void textureForward(const TextureKernelParams<T>& p, void* stream);

// texture backward: adds into grad_tex (zeroed by the caller, shaped like p.tex) and writes grad_uv
// (shaped like p.uv); either may be null when that gradient is not wanted.
template <typename T>
void textureBackward(const TextureKernelParams<T>& p, const T* grad_out, T* grad_tex, T* grad_uv,
                     void* stream);

// shadePixels: colour and shading normals, [P,3] each.
template <typename T>
void shadeForward(const ShadeParams<T>& p, T* colour, T* normals, void* stream);

// shadePixels backward from grad_colour [P,3]: writes the per-pixel gradients of `g` and adds the
// per-image ones (all zeroed by the caller; null entries are skipped).
template <typename T>
void shadeBackward(const ShadeParams<T>& p, const T* grad_colour, const ShadeGrads<T>& g, void* stream);

// shadowVisibility: writes p.visibility [P].
template <typename T>
void shadowLookupForward(const ShadowLookupParams<T>& p, void* stream);

// shadowVisibility backward from grad_visibility [P]: adds into grad_depth [B,R,R] and grad_points [P,3]
// (zeroed by the caller; either may be null).
template <typename T>
void shadowLookupBackward(const ShadowLookupParams<T>& p, const T* grad_visibility, T* grad_depth,
                          T* grad_points, void* stream);

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
