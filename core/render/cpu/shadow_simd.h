// The soft shadow lookup of one point in float, four texels at a time (GCC/Clang vector extensions,
// SSE2 on x86-64): the CPU path for points whose 4 x 4 taps all lie inside the map. Same weights and
// sigmoid as kern::shadowLookupPoint / kern::shadowBackwardPoint (shadow_kernel.h), with exp from a
// polynomial (relative error below 2e-7) and the taps summed in a different order, so the results
// agree with the scalar body to float rounding (shadow_test checks both against float64).
#pragma once

#include <cstdint>
#include <cstring>

#include "core/render/cpu/float4.h"
#include "core/render/kernel_params.h"
#include "core/render/kernels/shadow_kernel.h"

namespace palma::render::cpu {

// exp(x) for |x| <= 80: x = n ln 2 + r with |r| <= ln 2 / 2, exp(r) by a degree-6 polynomial
// (Cephes' expf coefficients), 2^n built in the exponent bits.
inline Float4 exp4(Float4 x) {
  const Float4 t = x * splat(1.44269504088896341f) + splat(0.5f);
  Float4 n = __builtin_convertvector(__builtin_convertvector(t, Int4), Float4);
  n = n > t ? n - splat(1.0f) : n;  // floor
  const Float4 r = x - n * splat(0.693359375f) - n * splat(-2.12194440e-4f);
  Float4 y = splat(1.9875691500e-4f);
  y = y * r + splat(1.3981999507e-3f);
  y = y * r + splat(8.3334519073e-3f);
  y = y * r + splat(4.1665795894e-2f);
  y = y * r + splat(1.6666665459e-1f);
  y = y * r + splat(5.0000001201e-1f);
  y = y * (r * r) + r + splat(1.0f);
  const Int4 bits = (__builtin_convertvector(n, Int4) + 127) << 23;
  Float4 scale;
  std::memcpy(&scale, &bits, sizeof(scale));
  return y * scale;
}

// kern::shadowSigmoid on four lanes (0 and 1 exactly beyond |x| = 36).
inline Float4 sigmoid4(Float4 x) {
  const Float4 lo = splat(-36.0f), hi = splat(36.0f);
  const Float4 clamped = x < lo ? lo : (x > hi ? hi : x);
  Float4 s = splat(1.0f) / (splat(1.0f) + exp4(-clamped));
  s = x > hi ? splat(1.0f) : s;
  return x < lo ? splat(0.0f) : s;
}

// True when all 16 taps of t lie inside an r x r map.
inline bool tapsInside(const kern::ShadowTaps<float>& t, int64_t r) {
  return t.x0 >= 1 && t.x0 + 2 < r && t.y0 >= 1 && t.y0 + 2 < r;
}

// Visibility of point i; falls back to the scalar body near the map's border.
inline float shadowLookupPoint4(const ShadowLookupParams<float>& p, int64_t i) {
  const int64_t r = p.resolution;
  const float* q = p.points + 3 * i;
  const kern::ShadowTaps<float> t = kern::shadowTaps(p, q);
  if (!t.valid) return 1.0f;
  if (!tapsInside(t, r)) return kern::shadowLookupPoint(p, i);
  const float* row = p.depth + p.pixel_batch[i] * r * r + (t.y0 - 1) * r + (t.x0 - 1);
  const Float4 offset = splat(q[2] - p.bias), k = splat(p.sharpness);
  Float4 acc = splat(0.0f);
  for (int j = 0; j < 4; ++j) acc += splat(t.wy[j]) * sigmoid4(k * (load4(row + j * r) - offset));
  return sum(acc * Float4{t.wx[0], t.wx[1], t.wx[2], t.wx[3]});
}

// Backward of point i (see kern::shadowBackwardPoint); falls back to it near the map's border.
inline void shadowBackwardPoint4(const ShadowLookupParams<float>& p, int64_t i, float g, float* grad_depth,
                                 float* grad_points) {
  if (g == 0) return;
  const int64_t r = p.resolution;
  const float* q = p.points + 3 * i;
  const kern::ShadowTaps<float> t = kern::shadowTaps(p, q);
  if (!t.valid) return;
  if (!tapsInside(t, r)) {
    kern::shadowBackwardPoint(p, i, g, grad_depth, grad_points);
    return;
  }
  const int64_t first = p.pixel_batch[i] * r * r + (t.y0 - 1) * r + (t.x0 - 1);
  const float* row = p.depth + first;
  const float third = 1.0f / 3.0f;
  const float dw[4] = {-third, 0, 0, third};
  const Float4 wx{t.wx[0], t.wx[1], t.wx[2], t.wx[3]}, dwx{-third, 0, 0, third};
  const Float4 offset = splat(q[2] - p.bias), k = splat(p.sharpness);
  Float4 g_z = splat(0.0f), g_fx = splat(0.0f), g_fy = splat(0.0f);
  for (int j = 0; j < 4; ++j) {
    const Float4 lit = sigmoid4(k * (load4(row + j * r) - offset));
    const Float4 d = splat(g * t.wy[j]) * wx * k * lit * (splat(1.0f) - lit);  // d V / d z_map
    if (grad_depth) {
      float* gd = grad_depth + first + j * r;
      store4(gd, load4(gd) + d);
    }
    g_z -= d;
    g_fx += splat(g * t.wy[j]) * dwx * lit;
    g_fy += splat(g * dw[j]) * wx * lit;
  }
  if (!grad_points) return;
  const float gx = sum(g_fx), gy = sum(g_fy), inv_z = 1.0f / q[2];
  float* gp = grad_points + 3 * i;
  gp[0] += gx * p.focal * inv_z;
  gp[1] += gy * p.focal * inv_z;
  gp[2] += sum(g_z) - (gx * p.focal * q[0] + gy * p.focal * q[1]) * inv_z * inv_z;
}

}  // namespace palma::render::cpu
