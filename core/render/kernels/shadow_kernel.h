// Per-point pieces of the soft shadow lookup shared by the CPU kernels (shadow.cpp) and the CUDA
// kernels (gpu/shadow.cu): the texel taps around a point's projection, the visibility of one point and
// its backward. Both back ends evaluate the same expressions in the same order.
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"
#include "core/render/kernels/device_common.h"

namespace palma::render::kern {

// HARP's 3x3 neighbourhood average, bilinearly interpolated between the four nearest texel centres so
// that visibility is continuous in the point's position: along each axis the 4 texels x0-1..x0+2 weigh
// (1-f)/3, 1/3, 1/3, f/3. Texels outside the map count as lit.
template <typename T>
struct ShadowTaps {
  int64_t x0 = 0, y0 = 0;  // texel of weight index 1
  T fx = 0, fy = 0;        // fractional positions
  T wx[4], wy[4];          // weights
  bool valid = false;      // the point is in front of the light camera (and projects to a finite texel)
};

// The taps of light-space point q [3].
template <typename T>
PALMA_HD ShadowTaps<T> shadowTaps(const ShadowLookupParams<T>& p, const T* q) {
  ShadowTaps<T> t;
  t.valid = q[2] > T(1e-6);
  if (!t.valid) return t;
  const T u = p.focal * q[0] / q[2] + p.centre, v = p.focal * q[1] / q[2] + p.centre;
  if (!(absOf(u) < T(1e7) && absOf(v) < T(1e7))) {
    t.valid = false;
    return t;
  }
  const T fu = floorOf(u), fv = floorOf(v);
  t.x0 = static_cast<int64_t>(fu);
  t.y0 = static_cast<int64_t>(fv);
  t.fx = u - fu;
  t.fy = v - fv;
  const T third = T(1) / T(3);
  t.wx[0] = (1 - t.fx) * third;
  t.wx[1] = t.wx[2] = third;
  t.wx[3] = t.fx * third;
  t.wy[0] = (1 - t.fy) * third;
  t.wy[1] = t.wy[2] = third;
  t.wy[3] = t.fy * third;
  return t;
}

// Beyond |x| = 36 the logistic function equals 0 or 1 to within 2.3e-16 (and its slope to 2.3e-16):
// skipping exp there makes the many texels far from any occluder cheap.
template <typename T>
PALMA_HD inline T shadowSigmoid(T x) {
  if (x > T(36)) return T(1);
  if (x < T(-36)) return T(0);
  return T(1) / (T(1) + expOf(-x));
}

// Visibility of point i: the weighted mean of sigmoid(k (z_map - (z - bias))) over its 4x4 taps.
template <typename T>
PALMA_HD T shadowLookupPoint(const ShadowLookupParams<T>& p, int64_t i) {
  const int64_t r = p.resolution;
  const T* q = p.points + 3 * i;
  const ShadowTaps<T> t = shadowTaps(p, q);
  if (!t.valid) return T(1);
  const T* map = p.depth + p.pixel_batch[i] * r * r;
  T v = 0;
  for (int j = 0; j < 4; ++j) {
    const int64_t ty = t.y0 - 1 + j;
    for (int k = 0; k < 4; ++k) {
      const int64_t tx = t.x0 - 1 + k;
      const bool inside = tx >= 0 && tx < r && ty >= 0 && ty < r;
      const T lit = inside ? shadowSigmoid(p.sharpness * (map[ty * r + tx] - (q[2] - p.bias))) : T(1);
      v += t.wy[j] * t.wx[k] * lit;
    }
  }
  return v;
}

// Backward of point i from its visibility gradient g: scatter-adds d V / d z_map into grad_depth
// ([B,R,R], or null; many points share a texel) and adds d V / d point into its own row of
// grad_points ([P,3], or null).
template <typename T>
PALMA_HD void shadowBackwardPoint(const ShadowLookupParams<T>& p, int64_t i, T g, T* grad_depth,
                                  T* grad_points) {
  if (g == 0) return;
  const T* q = p.points + 3 * i;
  const ShadowTaps<T> t = shadowTaps(p, q);
  if (!t.valid) return;
  const int64_t r = p.resolution;
  const T third = T(1) / T(3);
  const T dw[4] = {-third, 0, 0, third};  // d weight / d f
  const int64_t offset = p.pixel_batch[i] * r * r;
  const T* map = p.depth + offset;
  T g_z = 0, g_fx = 0, g_fy = 0;
  for (int j = 0; j < 4; ++j) {
    const int64_t ty = t.y0 - 1 + j;
    for (int k = 0; k < 4; ++k) {
      const int64_t tx = t.x0 - 1 + k;
      const bool inside = tx >= 0 && tx < r && ty >= 0 && ty < r;
      T lit = 1;
      if (inside) {
        lit = shadowSigmoid(p.sharpness * (map[ty * r + tx] - (q[2] - p.bias)));
        const T d = g * t.wy[j] * t.wx[k] * p.sharpness * lit * (1 - lit);  // d V / d z_map
        if (grad_depth) scatterAdd(grad_depth + offset + ty * r + tx, d);
        g_z -= d;
      }
      g_fx += g * t.wy[j] * dw[k] * lit;
      g_fy += g * dw[j] * t.wx[k] * lit;
    }
  }
  if (!grad_points) return;
  // u = focal x / z + c, v = focal y / z + c; f = u - floor(u) moves with u.
  const T inv_z = T(1) / q[2];
  T* gp = grad_points + 3 * i;
  gp[0] += g_fx * p.focal * inv_z;
  gp[1] += g_fy * p.focal * inv_z;
  gp[2] += g_z - (g_fx * p.focal * q[0] + g_fy * p.focal * q[1]) * inv_z * inv_z;
}

}  // namespace palma::render::kern
