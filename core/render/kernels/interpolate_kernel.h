// Per-pixel pieces of attribute interpolation shared by the CPU kernels (interpolate.cpp) and the
// CUDA kernels (gpu/interpolate.cu): the forward and the backward of one pixel (one row of a
// rasteriser output). Both back ends evaluate the same expressions in the same order, so their
// forward outputs and barycentric gradients agree bit for bit; the attribute gradients differ only in
// the order of the additions (per-thread buffers on the CPU, atomics on the GPU).
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"
#include "core/render/kernels/device_common.h"

namespace palma::render::kern {

// The attribute image that pixel q reads: 0 for shared attributes, else its image.
template <typename T>
PALMA_HD inline int64_t interpolateImageOf(const InterpolateKernelParams<T>& p, int64_t q) {
  if (p.attr_batch == 1) return 0;
  return p.pixel_batch ? p.pixel_batch[q] : q / p.pixels_per_image;
}

// Offsets into p.attr of the three vertices of the triangle that pixel q (rasteriser row r) shows.
template <typename T>
PALMA_HD inline void interpolateCorners(const InterpolateKernelParams<T>& p, int64_t q, const T* r,
                                        int64_t offset[3]) {
  const int f = static_cast<int>(r[3]) - 1;
  const int64_t a = p.channels;
  const int64_t base = interpolateImageOf(p, q) * p.num_attr_vertices * a;
  for (int i = 0; i < 3; ++i) offset[i] = base + static_cast<int64_t>(p.tri[3 * f + i]) * a;
}

// Forward of pixel q: p.out[q] = u a0 + v a1 + (1 - u - v) a2, zero on the background.
template <typename T>
PALMA_HD inline void interpolateForwardPixel(const InterpolateKernelParams<T>& p, int64_t q) {
  const T* r = p.rast + q * 4;
  const int a = p.channels;
  T* out = p.out + q * a;
  if (r[3] == 0) {
    for (int c = 0; c < a; ++c) out[c] = T(0);
    return;
  }
  const int f = static_cast<int>(r[3]) - 1;
  const T* base = p.attr + interpolateImageOf(p, q) * p.num_attr_vertices * a;
  const T* a0 = base + static_cast<int64_t>(p.tri[3 * f]) * a;
  const T* a1 = base + static_cast<int64_t>(p.tri[3 * f + 1]) * a;
  const T* a2 = base + static_cast<int64_t>(p.tri[3 * f + 2]) * a;
  const T u = r[0], v = r[1], w = T(1) - r[0] - r[1];
  for (int c = 0; c < a; ++c) out[c] = u * a0[c] + v * a1[c] + w * a2[c];
}

// Backward of pixel q from the gradient `grad_out` [pixels, A] of the output: adds d loss / d attr
// into grad_attr (scatterAdd: the thread's own buffer on the CPU, atomics on the GPU) and writes
// d loss / d (u, v) into row q of grad_rast (its other entries, and background rows, are left alone).
template <typename T>
PALMA_HD inline void interpolateBackwardPixel(const InterpolateKernelParams<T>& p, int64_t q,
                                              const T* grad_out, T* grad_attr, T* grad_rast) {
  const T* r = p.rast + q * 4;
  if (r[3] == 0) return;
  const int a = p.channels;
  const T* go = grad_out + q * a;
  int64_t offset[3];
  interpolateCorners(p, q, r, offset);
  const T u = r[0], v = r[1], w = T(1) - r[0] - r[1];
  T gu = 0, gv = 0;
  for (int c = 0; c < a; ++c) {
    const T a2 = p.attr[offset[2] + c];
    gu += go[c] * (p.attr[offset[0] + c] - a2);
    gv += go[c] * (p.attr[offset[1] + c] - a2);
    scatterAdd(grad_attr + offset[0] + c, u * go[c]);
    scatterAdd(grad_attr + offset[1] + c, v * go[c]);
    scatterAdd(grad_attr + offset[2] + c, w * go[c]);
  }
  T* gr = grad_rast + q * 4;
  gr[0] = gu;
  gr[1] = gv;
}

}  // namespace palma::render::kern
