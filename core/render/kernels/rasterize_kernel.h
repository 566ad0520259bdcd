// Per-triangle and per-pixel pieces of the rasteriser shared by the CPU kernels (rasterize.cpp) and
// the CUDA kernels (gpu/rasterize.cu): triangle setup with near-plane clipping and fixed-point edge
// functions, the coverage and depth of one sample, and the backward of one pixel. Both back ends
// evaluate the same expressions in the same order (both compile without FMA contraction), so their
// coverage and barycentrics agree bit for bit.
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"
#include "core/render/kernels/device_common.h"

namespace palma::render::kern {

// Coverage of triangles wholly in front of the near plane is decided on a fixed-point grid of 1/256
// pixel (as GPUs do): integer edge functions are exact, so triangles sharing an edge or a vertex
// never both claim, or both miss, a pixel centre. Vertices beyond +-2^20 pixels fall back to the
// floating-point homogeneous test.
constexpr int kSubpixelBits = 8;
constexpr double kFixedLimit = 1 << 20;

// One triangle prepared for rasterisation in one image.
template <typename T>
struct TriangleSetup {
  T edge[3][3];      // edge function i as (a, b, c), e_i(x, y) = a x + b y + c, signed so inside is >= 0
  bool top_left[3];  // tie rule: a pixel centre exactly on edge i belongs to this triangle
  bool fixed;        // coverage from the integer edge functions below (else from `edge`)
  int64_t fixed_edge[3][3];  // (A, B, C) on the 1/256-pixel grid, signed so inside is >= 0
  bool fixed_top_left[3];    // tie rule for the integer edges
  T z[3], w[3];              // clip z and w of the vertices (depth = sum e_i z_i / sum e_i w_i)
  int x0, x1, y0, y1;        // pixel bounding box, inclusive
};

// NDC coordinate of the centre of pixel `i` along an axis of `size` pixels.
template <typename T>
PALMA_HD inline T pixelNdc(int i, int size) {
  return T(2) * (T(i) + T(0.5)) / T(size) - T(1);
}

template <typename T>
PALMA_HD inline void cross3(const T a[3], const T b[3], T out[3]) {
  out[0] = a[1] * b[2] - a[2] * b[1];
  out[1] = a[2] * b[0] - a[0] * b[2];
  out[2] = a[0] * b[1] - a[1] * b[0];
}

// Screen position in pixels of a clip-space point with w > 0.
template <typename T>
PALMA_HD inline void screenPoint(const T v[4], int height, int width, T& px, T& py) {
  px = (v[0] / v[3] + 1) * T(0.5) * width;
  py = (v[1] / v[3] + 1) * T(0.5) * height;
}

// Whether a clip-space point lies in front of both clipping planes (z + w >= 0, w >= eps).
template <typename T>
PALMA_HD inline bool insideClipPlanes(const T v[4]) {
  return v[2] + v[3] >= 0 && v[3] - T(1e-9) >= 0;
}

template <typename T>
PALMA_HD bool boundingBox(const T* px, const T* py, int n, int height, int width, int& x0, int& x1, int& y0,
                          int& y1);

// Clips the triangle (clip-space vertices v[3][4]) against z + w >= 0 and w >= eps and returns the
// pixel bounding box of what remains (false when nothing does).
template <typename T>
PALMA_HD bool clippedBoundingBox(const T v[3][4], int height, int width, int& x0, int& x1, int& y0, int& y1) {
  // Sutherland-Hodgman over two planes; a triangle becomes at most a 5-gon. A triangle wholly inside
  // both (nearly all of them) comes through unchanged, so the loop is skipped for it.
  T poly[8][4], next[8][4];
  int n = 3;
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 4; ++k) poly[i][k] = v[i][k];
  const T eps = T(1e-9);
  bool inside = true;
  for (int i = 0; i < 3; ++i) inside = inside && insideClipPlanes(v[i]);
  for (int plane = inside ? 2 : 0; plane < 2; ++plane) {
    int m = 0;
    for (int i = 0; i < n; ++i) {
      const T* a = poly[i];
      const T* b = poly[(i + 1) % n];
      const T da = plane == 0 ? a[2] + a[3] : a[3] - eps;
      const T db = plane == 0 ? b[2] + b[3] : b[3] - eps;
      if (da >= 0)
        for (int k = 0; k < 4; ++k) next[m][k] = a[k];
      if (da >= 0) ++m;
      if ((da >= 0) != (db >= 0)) {
        const T t = da / (da - db);
        for (int k = 0; k < 4; ++k) next[m][k] = a[k] + t * (b[k] - a[k]);
        ++m;
      }
    }
    n = m;
    if (n == 0) return false;
    for (int i = 0; i < n; ++i)
      for (int k = 0; k < 4; ++k) poly[i][k] = next[i][k];
  }
  T px[8], py[8];
  for (int i = 0; i < n; ++i) screenPoint(poly[i], height, width, px[i], py[i]);
  return boundingBox(px, py, n, height, width, x0, x1, y0, y1);
}

// The pixel bounding box of the screen points (px, py)[n] (false when it holds no pixel centre).
template <typename T>
PALMA_HD bool boundingBox(const T* px, const T* py, int n, int height, int width, int& x0, int& x1, int& y0,
                          int& y1) {
  T px0 = infinity<T>(), px1 = -px0, py0 = px0, py1 = -px0;
  for (int i = 0; i < n; ++i) {
    px0 = minOf(px0, px[i]);
    px1 = maxOf(px1, px[i]);
    py0 = minOf(py0, py[i]);
    py1 = maxOf(py1, py[i]);
  }
  // Pixel centres sit at i + 0.5; widen by one pixel so rounding never drops a centre on the boundary
  // (the edge functions decide exactly).
  const T lo_x = maxOf<T>(px0 - T(1.5), T(-1)), hi_x = minOf<T>(px1 + T(0.5), T(width));
  const T lo_y = maxOf<T>(py0 - T(1.5), T(-1)), hi_y = minOf<T>(py1 + T(0.5), T(height));
  x0 = maxOf(0, static_cast<int>(ceilOf(lo_x)));
  x1 = minOf(width - 1, static_cast<int>(floorOf(hi_x)));
  y0 = maxOf(0, static_cast<int>(ceilOf(lo_y)));
  y1 = minOf(height - 1, static_cast<int>(floorOf(hi_y)));
  return x0 <= x1 && y0 <= y1;
}

// llround without the library call: the nearest integer, halves away from zero (|x| < 2^52; the
// truncation and the remainder x - trunc(x) are exact in double).
PALMA_HD inline int64_t roundHalfAway(double x) {
  int64_t r = static_cast<int64_t>(x);
  const double rest = x - static_cast<double>(r);
  if (rest >= 0.5) ++r;
  if (rest <= -0.5) --r;
  return r;
}

// Integer edge functions for a triangle wholly in front of the near plane (s.fixed = false otherwise).
// A vertex's position on the 1/256-pixel grid (false when it is behind the near plane or too far out
// for the integer test).
template <typename T>
PALMA_HD inline bool vertexOnGrid(const RasterizeKernelParams<T>& p, const T v[4], int64_t& x, int64_t& y) {
  if (!(v[3] > 0) || v[2] < -v[3]) return false;
  const double px = (double(v[0]) / double(v[3]) + 1) * 0.5 * p.width;
  const double py = (double(v[1]) / double(v[3]) + 1) * 0.5 * p.height;
  if (!(absOf(px) < kFixedLimit && absOf(py) < kFixedLimit)) return false;
  x = roundHalfAway(px * double(1 << kSubpixelBits));  // exact scaling by a power of two
  y = roundHalfAway(py * double(1 << kSubpixelBits));
  return true;
}

template <typename T>
PALMA_HD void setupFixedPointFromGrid(const int64_t x[3], const int64_t y[3], TriangleSetup<T>& s);

template <typename T>
PALMA_HD void setupFixedPoint(const RasterizeKernelParams<T>& p, const T v[3][4], TriangleSetup<T>& s) {
  s.fixed = false;
  int64_t x[3], y[3];
  for (int i = 0; i < 3; ++i)
    if (!vertexOnGrid(p, v[i], x[i], y[i])) return;
  setupFixedPointFromGrid(x, y, s);
}

// Integer edge functions from the vertices on the grid (all three valid).
template <typename T>
PALMA_HD void setupFixedPointFromGrid(const int64_t x[3], const int64_t y[3], TriangleSetup<T>& s) {
  s.fixed = false;
  const int64_t area = (x[1] - x[0]) * (y[2] - y[0]) - (y[1] - y[0]) * (x[2] - x[0]);
  if (area == 0) return;  // degenerate on the grid: the homogeneous test decides
  const int64_t sign = area > 0 ? 1 : -1;
  for (int i = 0; i < 3; ++i) {
    // e(P) = A Px + B Py + C, zero on the line through vertices j and k; swapping j and k negates it.
    const int j = (i + 1) % 3, k = (i + 2) % 3;
    int64_t* e = s.fixed_edge[i];
    e[0] = sign * (y[j] - y[k]);
    e[1] = sign * (x[k] - x[j]);
    e[2] = sign * (x[j] * y[k] - x[k] * y[j]);
    s.fixed_top_left[i] = e[0] > 0 || (e[0] == 0 && e[1] > 0);
  }
  s.fixed = true;
  // The exact pixel range on the grid: centres (i + 1/2) * 256 within the snapped bounding box.
  const int64_t half = 1 << (kSubpixelBits - 1), one = int64_t(1) << kSubpixelBits;
  auto first = [&](int64_t lo) {
    return static_cast<int>((lo - half + one - 1 >= 0) ? (lo - half + one - 1) / one : -((half - lo) / one));
  };
  auto last = [&](int64_t hi) {
    return static_cast<int>((hi - half >= 0) ? (hi - half) / one : -((half - hi + one - 1) / one));
  };
  s.x0 = maxOf(s.x0, first(minOf(x[0], minOf(x[1], x[2]))));
  s.x1 = minOf(s.x1, last(maxOf(x[0], maxOf(x[1], x[2]))));
  s.y0 = maxOf(s.y0, first(minOf(y[0], minOf(y[1], y[2]))));
  s.y1 = minOf(s.y1, last(maxOf(y[0], maxOf(y[1], y[2]))));
}

// Loads the clip-space vertices of triangle f in image b.
template <typename T>
PALMA_HD inline void loadTriangle(const RasterizeKernelParams<T>& p, int b, int f, T v[3][4]) {
  for (int i = 0; i < 3; ++i) {
    const T* src = p.pos + (static_cast<int64_t>(b) * p.num_vertices + p.tri[3 * f + i]) * 4;
    for (int k = 0; k < 4; ++k) v[i][k] = src[k];
  }
}

// The floating-point edge functions of a triangle (false when it is seen edge-on or is not finite).
template <typename T>
PALMA_HD bool setupEdges(const T v[3][4], TriangleSetup<T>& s) {
  T h[3][3];
  for (int i = 0; i < 3; ++i) {
    h[i][0] = v[i][0];
    h[i][1] = v[i][1];
    h[i][2] = v[i][3];
  }
  // Edge i is opposite vertex i: e_i = (h_j x h_k) . (x, y, 1). Swapping j and k negates every
  // coefficient exactly, which is what makes shared edges watertight.
  for (int i = 0; i < 3; ++i) cross3(h[(i + 1) % 3], h[(i + 2) % 3], s.edge[i]);
  const T det = h[0][0] * s.edge[0][0] + h[0][1] * s.edge[0][1] + h[0][2] * s.edge[0][2];
  if (det == 0 || !isFinite(det)) return false;  // seen edge-on: covers no area
  const T sign = det > 0 ? T(1) : T(-1);
  for (int i = 0; i < 3; ++i) {
    for (int k = 0; k < 3; ++k) s.edge[i][k] *= sign;
    s.top_left[i] = s.edge[i][0] > 0 || (s.edge[i][0] == 0 && s.edge[i][1] > 0);
    s.z[i] = v[i][2];
    s.w[i] = v[i][3];
  }
  return true;
}

// Everything needed to rasterise triangle f of image b (false when it covers nothing).
template <typename T>
PALMA_HD bool setupTriangle(const RasterizeKernelParams<T>& p, int b, int f, TriangleSetup<T>& s) {
  T v[3][4];
  loadTriangle(p, b, f, v);
  if (!clippedBoundingBox(v, p.height, p.width, s.x0, s.x1, s.y0, s.y1)) return false;
  if (!setupEdges(v, s)) return false;
  setupFixedPoint(p, v, s);
  return true;
}

// The integer coverage test of pixel (x, y) for a triangle with s.fixed, tie rule included.
template <typename T>
PALMA_HD inline bool fixedInside(const TriangleSetup<T>& s, int x, int y) {
  const int64_t px = (int64_t(x) << kSubpixelBits) + (1 << (kSubpixelBits - 1));
  const int64_t py = (int64_t(y) << kSubpixelBits) + (1 << (kSubpixelBits - 1));
  for (int i = 0; i < 3; ++i) {
    const int64_t* fe = s.fixed_edge[i];
    if (fe[0] * px + fe[1] * py + fe[2] - (s.fixed_top_left[i] ? 0 : 1) < 0) return false;
  }
  return true;
}

// The sample at NDC (xn, yn) of a triangle whose integer coverage test (when s.fixed) has passed:
// false when the floating-point test (without s.fixed) fails or the point lies in front of the near
// or beyond the far plane; otherwise the barycentrics (u, v) and the NDC depth zw.
template <typename T>
PALMA_HD inline bool sampleTriangle(const TriangleSetup<T>& s, T xn, T yn, T& u, T& v, T& zw) {
  T e[3];
  for (int i = 0; i < 3; ++i) e[i] = s.edge[i][0] * xn + s.edge[i][1] * yn + s.edge[i][2];
  if (!s.fixed)
    for (int i = 0; i < 3; ++i)
      if (!(e[i] > 0 || (e[i] == 0 && s.top_left[i]))) return false;
  const T sum = e[0] + e[1] + e[2];
  const T wsum = e[0] * s.w[0] + e[1] * s.w[1] + e[2] * s.w[2];
  if (!(sum != 0) || !(wsum / sum > 0)) return false;
  zw = (e[0] * s.z[0] + e[1] * s.z[1] + e[2] * s.z[2]) / wsum;
  if (zw < T(-1) || zw > T(1)) return false;
  u = e[0] / sum;
  v = e[1] / sum;
  return true;
}

// Backward of pixel q (flat index into B x H x W) of the rasteriser output p.out: adds d loss /
// d pos from the gradient `go` of its (u, v, z/w) into grad_pos (scatterAdd).
template <typename T>
PALMA_HD void rasterizeBackwardPixel(const RasterizeKernelParams<T>& p, int64_t q, const T* go, T* grad_pos) {
  const T* r = p.out + q * 4;
  if (r[3] == 0) return;
  if (go[0] == 0 && go[1] == 0 && go[2] == 0) return;
  const int f = static_cast<int>(r[3]) - 1;
  const int64_t b = q / (static_cast<int64_t>(p.height) * p.width);
  const int64_t pix = q % (static_cast<int64_t>(p.height) * p.width);
  const T pt[3] = {pixelNdc<T>(static_cast<int>(pix % p.width), p.width),
                   pixelNdc<T>(static_cast<int>(pix / p.width), p.height), T(1)};
  int vi[3];
  T h[3][3], z[3];
  for (int i = 0; i < 3; ++i) {
    vi[i] = p.tri[3 * f + i];
    const T* src = p.pos + (b * p.num_vertices + vi[i]) * 4;
    h[i][0] = src[0];
    h[i][1] = src[1];
    h[i][2] = src[3];
    z[i] = src[2];
  }
  T edge[3][3], e[3];
  for (int i = 0; i < 3; ++i) {
    cross3(h[(i + 1) % 3], h[(i + 2) % 3], edge[i]);
    e[i] = edge[i][0] * pt[0] + edge[i][1] * pt[1] + edge[i][2];
  }
  // Two reciprocals instead of sixteen divisions (the backward need not reproduce the forward's
  // barycentrics bit for bit; these differ from e_i / sum by at most an ulp).
  const T inv_sum = T(1) / (e[0] + e[1] + e[2]);
  const T beta[3] = {e[0] * inv_sum, e[1] * inv_sum, e[2] * inv_sum};
  const T inv_wsum = T(1) / (beta[0] * h[0][2] + beta[1] * h[1][2] + beta[2] * h[2][2]);
  const T zw = (beta[0] * z[0] + beta[1] * z[1] + beta[2] * z[2]) * inv_wsum;
  // d loss / d beta_i from u, v and the depth; then through beta_i = e_i / sum e.
  T gb[3] = {go[0], go[1], T(0)};
  const T gz = go[2] * inv_wsum;
  for (int i = 0; i < 3; ++i) gb[i] += gz * (z[i] - zw * h[i][2]);
  const T dot = gb[0] * beta[0] + gb[1] * beta[1] + gb[2] * beta[2];
  T gh[3][3] = {};
  for (int i = 0; i < 3; ++i) {
    const T ge = (gb[i] - dot) * inv_sum;
    if (ge == 0) continue;
    // e_i = (h_j x h_k) . pt = h_j . (h_k x pt) = h_k . (pt x h_j)
    const int j = (i + 1) % 3, k = (i + 2) % 3;
    T dj[3], dk[3];
    cross3(h[k], pt, dj);
    cross3(pt, h[j], dk);
    for (int c = 0; c < 3; ++c) {
      gh[j][c] += ge * dj[c];
      gh[k][c] += ge * dk[c];
    }
  }
  for (int i = 0; i < 3; ++i) {
    T* gp = grad_pos + (b * p.num_vertices + vi[i]) * 4;
    scatterAdd(gp + 0, gh[i][0]);
    scatterAdd(gp + 1, gh[i][1]);
    // w_i enters through the edge functions and directly through the depth's denominator.
    scatterAdd(gp + 3, gh[i][2] - gz * zw * beta[i]);
    scatterAdd(gp + 2, gz * beta[i]);
  }
}

}  // namespace palma::render::kern
