// Per-pixel pieces of the fused shading pass shared by the CPU kernels (shade_pixels.cpp) and the CUDA
// kernels (gpu/shade.cu): the shading of one pixel (normal map, SH or constant ambient, point light
// with shadow visibility, albedo) and its hand-written backward. Both back ends evaluate the same
// expressions in the same order.
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"
#include "core/render/kernels/device_common.h"

namespace palma::render::kern {

// SH irradiance constants (Ramamoorthi & Hanrahan 2001), as in shading.cpp.
constexpr double kShC1 = 0.429043, kShC2 = 0.511664, kShC3 = 0.743125, kShC4 = 0.886227, kShC5 = 0.247708;

template <typename T>
struct ShadeVec {
  T x, y, z;
  PALMA_HD ShadeVec operator+(const ShadeVec& o) const { return {x + o.x, y + o.y, z + o.z}; }
  PALMA_HD ShadeVec operator-(const ShadeVec& o) const { return {x - o.x, y - o.y, z - o.z}; }
  PALMA_HD ShadeVec operator*(T s) const { return {x * s, y * s, z * s}; }
  PALMA_HD T dot(const ShadeVec& o) const { return x * o.x + y * o.y + z * o.z; }
  PALMA_HD ShadeVec cross(const ShadeVec& o) const {
    return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x};
  }
};

template <typename T>
PALMA_HD inline ShadeVec<T> loadVec(const T* p) {
  return {p[0], p[1], p[2]};
}

template <typename T>
PALMA_HD inline T safeLength(const ShadeVec<T>& v) {
  return sqrtOf(v.dot(v) + T(1e-20));
}

// Everything the forward computes per pixel that the backward needs again.
template <typename T>
struct ShadePixelState {
  ShadeVec<T> n;   // unit interpolated normal
  T n_len;         // its length before normalising
  ShadeVec<T> t;   // unit tangent (normal map)
  ShadeVec<T> b;   // unit bitangent (normal map)
  T t_len, t_dot;  // length of the orthogonalised tangent, n . t0
  T w;             // handedness
  ShadeVec<T> m;   // 2 map - 1
  ShadeVec<T> s;   // unnormalised mapped normal
  T s_len;
  ShadeVec<T> ns;  // unit shading normal
  T a;             // ambient ratio (0 without logit)
  bool has_a;
  ShadeVec<T> l;  // unit light direction
  T l_len;
  T cosine;    // n . l
  T vis;       // shadow visibility
  T basis[9];  // SH basis at ns
  T shade[3];
};

// The second-order SH irradiance basis at unit normal n (constants folded in).
template <typename T>
PALMA_HD inline void shBasis(const ShadeVec<T>& n, T* basis) {
  basis[0] = T(kShC4);
  basis[1] = T(2 * kShC2) * n.y;
  basis[2] = T(2 * kShC2) * n.z;
  basis[3] = T(2 * kShC2) * n.x;
  basis[4] = T(2 * kShC1) * n.x * n.y;
  basis[5] = T(2 * kShC1) * n.y * n.z;
  basis[6] = T(kShC3) * n.z * n.z - T(kShC5);
  basis[7] = T(2 * kShC1) * n.x * n.z;
  basis[8] = T(kShC1) * (n.x * n.x - n.y * n.y);
}

// The shading of pixel i: shade = ambient + (1 - a) * colour * max(0, n . l) * V per channel.
template <typename T>
PALMA_HD ShadePixelState<T> shadeEvaluate(const ShadeParams<T>& p, int64_t i) {
  ShadePixelState<T> st;
  const ShadeVec<T> n0 = loadVec(p.normals + 3 * i);
  st.n_len = safeLength(n0);
  st.n = n0 * (T(1) / st.n_len);
  st.ns = st.n;
  if (p.map) {
    const T* tp = p.tangents + 4 * i;
    const ShadeVec<T> t0 = loadVec(tp);
    st.w = tp[3] < 0 ? T(-1) : T(1);
    st.t_dot = st.n.dot(t0);
    const ShadeVec<T> to = t0 - st.n * st.t_dot;
    st.t_len = safeLength(to);
    st.t = to * (T(1) / st.t_len);
    st.b = st.n.cross(st.t) * st.w;
    const T* mp = p.map + 3 * i;
    st.m = {2 * mp[0] - 1, 2 * mp[1] - 1, 2 * mp[2] - 1};
    st.s = st.t * st.m.x + st.b * st.m.y + st.n * st.m.z;
    st.s_len = safeLength(st.s);
    st.ns = st.s * (T(1) / st.s_len);
  }
  const int64_t b = p.batch[i];
  st.has_a = p.logit != nullptr;
  st.a = st.has_a ? T(1) / (T(1) + expOf(-p.logit[p.logit_batch == 1 ? 0 : b])) : T(0);
  if (p.sh) {
    shBasis(st.ns, st.basis);
    const T* coeff = p.sh + (p.sh_batch == 1 ? 0 : b) * 27;
    for (int c = 0; c < 3; ++c) {
      T e = 0;
      for (int k = 0; k < 9; ++k) e += st.basis[k] * coeff[3 * k + c];
      st.shade[c] = e;
    }
  } else {
    st.shade[0] = st.shade[1] = st.shade[2] = st.a;
  }
  st.cosine = 0;
  st.vis = p.visibility ? p.visibility[i] : T(1);
  if (p.light) {
    const ShadeVec<T> l0 = loadVec(p.light + 3 * (p.light_batch == 1 ? 0 : b)) - loadVec(p.points + 3 * i);
    st.l_len = safeLength(l0);
    st.l = l0 * (T(1) / st.l_len);
    st.cosine = st.ns.dot(st.l);
    const T direct = maxOf(st.cosine, T(0)) * st.vis * (st.has_a ? 1 - st.a : T(1));
    for (int c = 0; c < 3; ++c) st.shade[c] += direct * (p.light_colour ? p.light_colour[c] : T(1));
  }
  return st;
}

// Forward of pixel i: colour [P,3] and the unit shading normal [P,3].
template <typename T>
PALMA_HD inline void shadeForwardPixel(const ShadeParams<T>& p, int64_t i, T* colour, T* normals_out) {
  const ShadePixelState<T> st = shadeEvaluate(p, i);
  for (int c = 0; c < 3; ++c) colour[3 * i + c] = p.albedo[3 * i + c] * st.shade[c];
  normals_out[3 * i] = st.ns.x;
  normals_out[3 * i + 1] = st.ns.y;
  normals_out[3 * i + 2] = st.ns.z;
}

// Backward of pixel i from its colour gradient `gc` [3]. The per-pixel gradients go to `g` (written,
// not added: each pixel owns its rows); the pixel's contribution to the per-image parameters of its
// image is added (+=) to sh_acc [27], light_acc [3], logit_acc [1] and colour_acc [3], which must be
// non-null where p.sh, p.light, p.logit and p.light_colour are (the caller picks the image's rows of a
// per-thread buffer on the CPU, a per-thread staging array on the GPU). Returns false, touching
// nothing, when the colour gradient is zero.
template <typename T>
PALMA_HD bool shadeBackwardPixel(const ShadeParams<T>& p, int64_t i, const T* gc, const ShadeGrads<T>& g,
                                 T* sh_acc, T* light_acc, T* logit_acc, T* colour_acc) {
  if (gc[0] == 0 && gc[1] == 0 && gc[2] == 0) return false;
  const ShadePixelState<T> st = shadeEvaluate(p, i);
  const int64_t b = p.batch[i];
  T g_shade[3];
  for (int c = 0; c < 3; ++c) {
    g_shade[c] = gc[c] * p.albedo[3 * i + c];
    if (g.albedo) g.albedo[3 * i + c] = gc[c] * st.shade[c];
  }
  ShadeVec<T> g_ns{0, 0, 0};
  T g_a = 0;
  if (p.sh) {
    const T* coeff = p.sh + (p.sh_batch == 1 ? 0 : b) * 27;
    T g_basis[9] = {};
    for (int k = 0; k < 9; ++k)
      for (int c = 0; c < 3; ++c) {
        sh_acc[3 * k + c] += g_shade[c] * st.basis[k];
        g_basis[k] += g_shade[c] * coeff[3 * k + c];
      }
    const ShadeVec<T>& n = st.ns;
    const T c1 = T(2 * kShC1), c2 = T(2 * kShC2);
    g_ns.x += g_basis[3] * c2 + g_basis[4] * c1 * n.y + g_basis[7] * c1 * n.z + g_basis[8] * c1 * n.x;
    g_ns.y += g_basis[1] * c2 + g_basis[4] * c1 * n.x + g_basis[5] * c1 * n.z - g_basis[8] * c1 * n.y;
    g_ns.z +=
        g_basis[2] * c2 + g_basis[5] * c1 * n.y + g_basis[6] * T(2 * kShC3) * n.z + g_basis[7] * c1 * n.x;
  } else {
    g_a += g_shade[0] + g_shade[1] + g_shade[2];
  }
  if (p.light) {
    const T cosine = maxOf(st.cosine, T(0));
    const T one_minus_a = st.has_a ? 1 - st.a : T(1);
    T g_cos = 0, g_vis = 0;
    for (int c = 0; c < 3; ++c) {
      const T lc = p.light_colour ? p.light_colour[c] : T(1);
      g_cos += g_shade[c] * st.vis * one_minus_a * lc;
      g_vis += g_shade[c] * cosine * one_minus_a * lc;
      if (st.has_a) g_a -= g_shade[c] * cosine * st.vis * lc;
      if (p.light_colour) colour_acc[c] += g_shade[c] * cosine * st.vis * one_minus_a;
    }
    if (g.visibility) g.visibility[i] = g_vis;
    const T g_dot = st.cosine > 0 ? g_cos : T(0);
    g_ns = g_ns + st.l * g_dot;
    const ShadeVec<T> g_l = st.ns * g_dot;
    const ShadeVec<T> g_l0 = (g_l - st.l * st.l.dot(g_l)) * (T(1) / st.l_len);
    light_acc[0] += g_l0.x;
    light_acc[1] += g_l0.y;
    light_acc[2] += g_l0.z;
    if (g.points) {
      g.points[3 * i] = -g_l0.x;
      g.points[3 * i + 1] = -g_l0.y;
      g.points[3 * i + 2] = -g_l0.z;
    }
  }
  if (st.has_a) logit_acc[0] += g_a * st.a * (1 - st.a);
  // Back through the normal map to the interpolated normal and tangent.
  ShadeVec<T> g_n = g_ns;
  if (p.map) {
    const ShadeVec<T> g_s = (g_ns - st.ns * st.ns.dot(g_ns)) * (T(1) / st.s_len);
    ShadeVec<T> g_t = g_s * st.m.x;
    const ShadeVec<T> g_b = g_s * st.m.y;
    g_n = g_s * st.m.z;
    if (g.map) {
      g.map[3 * i] = 2 * g_s.dot(st.t);
      g.map[3 * i + 1] = 2 * g_s.dot(st.b);
      g.map[3 * i + 2] = 2 * g_s.dot(st.n);
    }
    // b = w (n x t)
    g_n = g_n + st.t.cross(g_b) * st.w;
    g_t = g_t + g_b.cross(st.n) * st.w;
    // t = (t0 - n (n . t0)) / |.|
    const ShadeVec<T> g_to = (g_t - st.t * st.t.dot(g_t)) * (T(1) / st.t_len);
    const T n_dot_gto = st.n.dot(g_to);
    const ShadeVec<T> t0 = loadVec(p.tangents + 4 * i);
    if (g.tangents) {
      const ShadeVec<T> g_t0 = g_to - st.n * n_dot_gto;
      g.tangents[4 * i] = g_t0.x;
      g.tangents[4 * i + 1] = g_t0.y;
      g.tangents[4 * i + 2] = g_t0.z;
    }
    g_n = g_n - g_to * st.t_dot - t0 * n_dot_gto;
  }
  if (g.normals) {
    const ShadeVec<T> g_n0 = (g_n - st.n * st.n.dot(g_n)) * (T(1) / st.n_len);
    g.normals[3 * i] = g_n0.x;
    g.normals[3 * i + 1] = g_n0.y;
    g.normals[3 * i + 2] = g_n0.z;
  }
  return true;
}

}  // namespace palma::render::kern
