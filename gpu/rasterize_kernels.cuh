// The CUDA rasteriser's per-thread work, written so that the host compiler builds it too: the emulation
// test (tests/core/render/gpu_emulation_test.cpp) runs these bodies in plain loops on the CPU and
// compares the result with the CPU rasteriser, so the launch logic is checked on machines without a GPU.
//
// Two passes. cover: one thread per (image, triangle) walks the triangle's pixel box and, for every
// covered sample in front of the near and before the far plane, lowers the pixel's 64-bit key
// (ordered depth bits << 32 | triangle index) with an atomic min: the nearest surface wins and exact
// depth ties go to the lower triangle index, the CPU rasteriser's rule. resolve: one thread per pixel
// turns the winning key back into (u, v, z/w, id + 1) with the same expressions the CPU uses.
//
// Depth keys compare z/w in single precision; with float64 positions two surfaces closer than a float's
// resolution resolve to the lower triangle index where the CPU would compare the doubles.
#pragma once

#include <cstdint>
#include <cstring>

#include "core/render/kernels/rasterize_kernel.h"

namespace palma::render::gpu_kern {

constexpr unsigned long long kEmptyKey = ~0ull;

// Maps a float to an unsigned integer of the same order (negative zero counts as zero).
PALMA_HD inline uint32_t orderedBits(float x) {
  x += 0.0f;  // -0 -> +0
  uint32_t u;
#if defined(__CUDA_ARCH__)
  u = __float_as_uint(x);
#else
  std::memcpy(&u, &x, sizeof u);
#endif
  return (u & 0x80000000u) ? ~u : (u | 0x80000000u);
}

// Pass 1 for triangle f of image b.
template <typename T>
PALMA_HD void coverTriangle(const RasterizeKernelParams<T>& p, unsigned long long* keys, int b, int f) {
  kern::TriangleSetup<T> s;
  if (!kern::setupTriangle(p, b, f, s)) return;
  for (int y = s.y0; y <= s.y1; ++y) {
    const T yn = kern::pixelNdc<T>(y, p.height);
    for (int x = s.x0; x <= s.x1; ++x) {
      if (s.fixed && !kern::fixedInside(s, x, y)) continue;
      T u, v, zw;
      if (!kern::sampleTriangle(s, kern::pixelNdc<T>(x, p.width), yn, u, v, zw)) continue;
      const unsigned long long key =
          (static_cast<unsigned long long>(orderedBits(static_cast<float>(zw))) << 32) |
          static_cast<uint32_t>(f);
      kern::scatterMin(keys + (static_cast<int64_t>(b) * p.height + y) * p.width + x, key);
    }
  }
}

// Pass 2 for pixel q (flat index into B x H x W).
template <typename T>
PALMA_HD void resolvePixel(const RasterizeKernelParams<T>& p, const unsigned long long* keys, int64_t q) {
  T* out = p.out + q * 4;
  const unsigned long long key = keys[q];
  out[0] = out[1] = out[2] = out[3] = T(0);
  if (key == kEmptyKey) return;
  const int f = static_cast<int>(key & 0xffffffffull);
  const int64_t image = static_cast<int64_t>(p.height) * p.width;
  const int b = static_cast<int>(q / image);
  const int pix = static_cast<int>(q % image);
  T v[3][4];
  kern::loadTriangle(p, b, f, v);
  kern::TriangleSetup<T> s;
  if (!kern::setupEdges(v, s)) return;
  s.fixed = true;  // coverage was decided in pass 1; only the sample's values are wanted here
  T u, w, zw;
  if (!kern::sampleTriangle(s, kern::pixelNdc<T>(pix % p.width, p.width),
                            kern::pixelNdc<T>(pix / p.width, p.height), u, w, zw))
    return;
  out[0] = u;
  out[1] = w;
  out[2] = zw;
  out[3] = static_cast<T>(f + 1);
}

}  // namespace palma::render::gpu_kern
