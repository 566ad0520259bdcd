// Per-sample pieces of bilinear texture sampling shared by the CPU kernels (texture.cpp) and the CUDA
// kernels (gpu/texture.cu): the texel footprint of a UV under Wrap or Clamp addressing, and the
// forward and backward of one sample. Both back ends evaluate the same expressions in the same order,
// so their samples and UV gradients agree bit for bit; the texture gradients differ only in the order
// of the additions (per-thread buffers on the CPU, atomics on the GPU).
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"
#include "core/render/kernels/device_common.h"

namespace palma::render::kern {

// The four texels around a sample and their bilinear weights.
template <typename T>
struct TextureFootprint {
  int64_t x0, x1, y0, y1;  // texel columns and rows
  T fx, fy;                // fractional position between column x0 and x1, row y0 and y1
};

// Where (u, v) samples the texture. Texel centres sit at ((i + 0.5) / Wt, 1 - (j + 0.5) / Ht); row 0
// is the top (v = 1). Hostile UVs never index outside the texture: a coordinate that is NaN or
// infinite (also after scaling by the texture size) samples texel 0, and every coordinate is brought
// into [-1, size] before it becomes an integer (after the wrap reduction, where it already lies in
// [0, size] unless the UV is so large that no fraction of a texel survives).
template <typename T>
PALMA_HD inline TextureFootprint<T> textureFootprint(const TextureKernelParams<T>& p, T u, T v) {
  const int64_t w = p.tex_width, h = p.tex_height;
  T x = u * T(w) - T(0.5);
  T y = (T(1) - v) * T(h) - T(0.5);
  if (!isFinite(x)) x = T(0);
  if (!isFinite(y)) y = T(0);
  if (p.boundary == TextureBoundary::Wrap) {
    x -= T(w) * floorOf(x / T(w));
    y -= T(h) * floorOf(y / T(h));
  }
  x = clampTo<T>(x, T(-1), T(w));
  y = clampTo<T>(y, T(-1), T(h));
  const T xf = floorOf(x), yf = floorOf(y);
  TextureFootprint<T> fp;
  fp.fx = x - xf;
  fp.fy = y - yf;
  const int64_t xi = static_cast<int64_t>(xf), yi = static_cast<int64_t>(yf);
  if (p.boundary == TextureBoundary::Wrap) {
    fp.x0 = ((xi % w) + w) % w;
    fp.x1 = (fp.x0 + 1) % w;
    fp.y0 = ((yi % h) + h) % h;
    fp.y1 = (fp.y0 + 1) % h;
  } else {
    fp.x0 = clampTo<int64_t>(xi, 0, w - 1);
    fp.x1 = clampTo<int64_t>(xi + 1, 0, w - 1);
    fp.y0 = clampTo<int64_t>(yi, 0, h - 1);
    fp.y1 = clampTo<int64_t>(yi + 1, 0, h - 1);
  }
  return fp;
}

// Offset into p.tex of the texture that sample s (flat index into B x P) reads.
template <typename T>
PALMA_HD inline int64_t textureImageOffset(const TextureKernelParams<T>& p, int64_t s) {
  const int64_t tb = p.tex_batch == 1 ? 0 : s / p.samples_per_image;
  return tb * p.tex_height * p.tex_width * p.channels;
}

// Offsets into p.tex of the four texels of a footprint: (y0,x0), (y0,x1), (y1,x0), (y1,x1).
template <typename T>
PALMA_HD inline void textureCorners(const TextureKernelParams<T>& p, int64_t s, const TextureFootprint<T>& fp,
                                    int64_t offset[4]) {
  const int64_t base = textureImageOffset(p, s), c = p.channels;
  offset[0] = base + (fp.y0 * p.tex_width + fp.x0) * c;
  offset[1] = base + (fp.y0 * p.tex_width + fp.x1) * c;
  offset[2] = base + (fp.y1 * p.tex_width + fp.x0) * c;
  offset[3] = base + (fp.y1 * p.tex_width + fp.x1) * c;
}

// Forward of sample s: p.out[s] = the bilinear blend of its four texels.
template <typename T>
PALMA_HD inline void textureForwardSample(const TextureKernelParams<T>& p, int64_t s) {
  const TextureFootprint<T> fp = textureFootprint(p, p.uv[2 * s], p.uv[2 * s + 1]);
  int64_t offset[4];
  textureCorners(p, s, fp, offset);
  const T* t00 = p.tex + offset[0];
  const T* t01 = p.tex + offset[1];
  const T* t10 = p.tex + offset[2];
  const T* t11 = p.tex + offset[3];
  const T w00 = (1 - fp.fx) * (1 - fp.fy), w01 = fp.fx * (1 - fp.fy);
  const T w10 = (1 - fp.fx) * fp.fy, w11 = fp.fx * fp.fy;
  const int c = p.channels;
  T* out = p.out + s * c;
  if (c == 3) {
    // Colours and normal maps: the blend in registers, then one store (the general loop below has to
    // assume that `out` may alias the texels).
    T v[3];
    for (int k = 0; k < 3; ++k) v[k] = w00 * t00[k] + w01 * t01[k] + w10 * t10[k] + w11 * t11[k];
    for (int k = 0; k < 3; ++k) out[k] = v[k];
    return;
  }
  for (int k = 0; k < c; ++k) out[k] = w00 * t00[k] + w01 * t01[k] + w10 * t10[k] + w11 * t11[k];
}

// Backward of sample s from the gradient `grad_out` [B*P, C] of the output: adds d loss / d tex into
// grad_tex (scatterAdd: the thread's own buffer on the CPU, atomics on the GPU) and writes
// d loss / d uv into row s of grad_uv. Either may be null when that gradient is not wanted.
template <typename T>
PALMA_HD inline void textureBackwardSample(const TextureKernelParams<T>& p, int64_t s, const T* grad_out,
                                           T* grad_tex, T* grad_uv) {
  const int c = p.channels;
  const T* go = grad_out + s * c;
  const TextureFootprint<T> fp = textureFootprint(p, p.uv[2 * s], p.uv[2 * s + 1]);
  int64_t offset[4];
  textureCorners(p, s, fp, offset);
  const T w00 = (1 - fp.fx) * (1 - fp.fy), w01 = fp.fx * (1 - fp.fy);
  const T w10 = (1 - fp.fx) * fp.fy, w11 = fp.fx * fp.fy;
  T gx = 0, gy = 0;
  for (int k = 0; k < c; ++k) {
    const T t00 = p.tex[offset[0] + k], t01 = p.tex[offset[1] + k];
    const T t10 = p.tex[offset[2] + k], t11 = p.tex[offset[3] + k];
    gx += go[k] * ((1 - fp.fy) * (t01 - t00) + fp.fy * (t11 - t10));
    gy += go[k] * ((1 - fp.fx) * (t10 - t00) + fp.fx * (t11 - t01));
    if (grad_tex) {
      scatterAdd(grad_tex + offset[0] + k, w00 * go[k]);
      scatterAdd(grad_tex + offset[1] + k, w01 * go[k]);
      scatterAdd(grad_tex + offset[2] + k, w10 * go[k]);
      scatterAdd(grad_tex + offset[3] + k, w11 * go[k]);
    }
  }
  if (grad_uv) {
    // x = u Wt - 0.5, y = (1 - v) Ht - 0.5
    grad_uv[2 * s] = gx * p.tex_width;
    grad_uv[2 * s + 1] = -gy * p.tex_height;
  }
}

}  // namespace palma::render::kern
