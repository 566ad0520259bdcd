// The fused shading of four pixels at a time in float (GCC/Clang vector extensions, SSE2 on x86-64, VEX
// in the AVX2 variant of the CPU kernels): the CPU path of kern::shadeForwardPixel /
// kern::shadeBackwardPixel (shade_kernel.h) in float, with the ambient ratio or SH lighting. Every lane
// performs the scalar body's operations in the same order (square roots and divisions are correctly rounded
// in both, nothing is contracted into FMAs), and the ambient sigmoid comes from the scalar expression once
// per image, so the values are the scalar kernel's bit for bit; the backward adds its per-image sums
// pixel by pixel in the scalar order too (gpu_emulation_shade_test compares both ways).
#pragma once

#include <cstdint>
#include <vector>

#if defined(__SSE__)
#include <xmmintrin.h>
#endif

#include "core/render/cpu/float4.h"
#include "core/render/kernel_params.h"
#include "core/render/kernels/shade_kernel.h"

namespace palma::render::cpu {

// Three-component vectors of four pixels' values (a Float4 holds one quantity of four pixels).
struct Vec4x3 {
  Float4 x, y, z;
  Vec4x3 operator+(const Vec4x3& o) const { return {x + o.x, y + o.y, z + o.z}; }
  Vec4x3 operator-(const Vec4x3& o) const { return {x - o.x, y - o.y, z - o.z}; }
  Vec4x3 operator*(Float4 s) const { return {x * s, y * s, z * s}; }
  Float4 dot(const Vec4x3& o) const { return x * o.x + y * o.y + z * o.z; }
  Vec4x3 cross(const Vec4x3& o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
};

// Column k of rows i..i+3 of a [P, stride] table.
inline Float4 column(const float* t, int64_t i, int stride, int k) {
  const float* r = t + i * stride + k;
  return Float4{r[0], r[stride], r[2 * stride], r[3 * stride]};
}

inline Vec4x3 rows3(const float* t, int64_t i, int stride) {
  return {column(t, i, stride, 0), column(t, i, stride, 1), column(t, i, stride, 2)};
}

inline void storeColumn(float* t, int64_t i, int stride, int k, Float4 v) {
  float* r = t + i * stride + k;
  r[0] = v[0];
  r[stride] = v[1];
  r[2 * stride] = v[2];
  r[3 * stride] = v[3];
}

inline void storeRows3(float* t, int64_t i, int stride, const Vec4x3& v) {
  storeColumn(t, i, stride, 0, v.x);
  storeColumn(t, i, stride, 1, v.y);
  storeColumn(t, i, stride, 2, v.z);
}

// Correctly rounded, like the scalar sqrtf.
inline Float4 sqrt4(Float4 v) {
#if defined(__SSE__)
  return reinterpret_cast<Float4>(_mm_sqrt_ps(reinterpret_cast<__m128>(v)));
#else
  return Float4{kern::sqrtOf(v[0]), kern::sqrtOf(v[1]), kern::sqrtOf(v[2]), kern::sqrtOf(v[3])};
#endif
}

// kern::safeLength (the same constant: float(1e-20)).
inline Float4 safeLength(const Vec4x3& v) { return sqrt4(v.dot(v) + splat(static_cast<float>(1e-20))); }

// Whether the vectorised path applies: a light colour only with the light (the scalar kernel's
// per-image colour sum is touched only then).
inline bool shadeLanesApply(const ShadeParams<float>& p) { return !(p.light_colour && !p.light); }

// sigmoid(logit) per image, the expression kern::shadeEvaluate evaluates per pixel (empty without a
// logit); shadeForwardLanes / shadeBackwardLanes take its data.
inline std::vector<float> ambientRatios(const ShadeParams<float>& p) {
  std::vector<float> a(p.logit ? static_cast<size_t>(p.logit_batch) : 0);
  for (size_t b = 0; b < a.size(); ++b) a[b] = 1.0f / (1.0f + kern::expOf(-p.logit[b]));
  return a;
}

// kern::ShadePixelState for four pixels (the members the ambient-ratio lighting uses).
struct ShadeLanesState {
  Vec4x3 n, t, b, m, s, ns, l;
  Float4 n_len, t_len, t_dot, w, s_len, a, l_len, cosine, vis;
  Float4 shade[3];
  Float4 basis[9];  // SH basis at ns (with SH)
  Float4 sh[27];    // each lane's image's SH coefficients (with SH)
  int64_t image[4];
};

// kern::shadeEvaluate for pixels i..i+3; `ambient` holds sigmoid(logit) per image (the scalar
// expression, evaluated once per image by the caller), or is null without a logit.
inline ShadeLanesState shadeEvaluateLanes(const ShadeParams<float>& p, const float* ambient, int64_t i) {
  ShadeLanesState st;
  const Vec4x3 n0 = rows3(p.normals, i, 3);
  st.n_len = safeLength(n0);
  st.n = n0 * (splat(1.0f) / st.n_len);
  st.ns = st.n;
  if (p.map) {
    const Vec4x3 t0 = rows3(p.tangents, i, 4);
    const Float4 tw = column(p.tangents, i, 4, 3);
    st.w = tw < splat(0.0f) ? splat(-1.0f) : splat(1.0f);
    st.t_dot = st.n.dot(t0);
    const Vec4x3 to = t0 - st.n * st.t_dot;
    st.t_len = safeLength(to);
    st.t = to * (splat(1.0f) / st.t_len);
    st.b = st.n.cross(st.t) * st.w;
    const Vec4x3 mp = rows3(p.map, i, 3);
    st.m = {splat(2.0f) * mp.x - splat(1.0f), splat(2.0f) * mp.y - splat(1.0f),
            splat(2.0f) * mp.z - splat(1.0f)};
    st.s = st.t * st.m.x + st.b * st.m.y + st.n * st.m.z;
    st.s_len = safeLength(st.s);
    st.ns = st.s * (splat(1.0f) / st.s_len);
  }
  for (int k = 0; k < 4; ++k) st.image[k] = p.batch[i + k];
  if (ambient) {
    const int64_t* im = st.image;
    st.a = p.logit_batch == 1 ? splat(ambient[0])
                              : Float4{ambient[im[0]], ambient[im[1]], ambient[im[2]], ambient[im[3]]};
  } else {
    st.a = splat(0.0f);
  }
  if (p.sh) {
    // kern::shBasis: the constants folded in double, then rounded to float, as there.
    const Vec4x3& n = st.ns;
    const Float4 c1 = splat(static_cast<float>(2 * kern::kShC1)),
                 c2 = splat(static_cast<float>(2 * kern::kShC2));
    st.basis[0] = splat(static_cast<float>(kern::kShC4));
    st.basis[1] = c2 * n.y;
    st.basis[2] = c2 * n.z;
    st.basis[3] = c2 * n.x;
    st.basis[4] = c1 * n.x * n.y;
    st.basis[5] = c1 * n.y * n.z;
    st.basis[6] = splat(static_cast<float>(kern::kShC3)) * n.z * n.z - splat(static_cast<float>(kern::kShC5));
    st.basis[7] = c1 * n.x * n.z;
    st.basis[8] = splat(static_cast<float>(kern::kShC1)) * (n.x * n.x - n.y * n.y);
    const float* coeff[4];
    for (int k = 0; k < 4; ++k) coeff[k] = p.sh + (p.sh_batch == 1 ? 0 : st.image[k]) * 27;
    for (int j = 0; j < 27; ++j) st.sh[j] = Float4{coeff[0][j], coeff[1][j], coeff[2][j], coeff[3][j]};
    for (int c = 0; c < 3; ++c) {
      Float4 e = splat(0.0f);
      for (int k = 0; k < 9; ++k) e += st.basis[k] * st.sh[3 * k + c];
      st.shade[c] = e;
    }
  } else {
    st.shade[0] = st.shade[1] = st.shade[2] = st.a;
  }
  st.cosine = splat(0.0f);
  st.vis = p.visibility
               ? Float4{p.visibility[i], p.visibility[i + 1], p.visibility[i + 2], p.visibility[i + 3]}
               : splat(1.0f);
  if (p.light) {
    const float* q[4];
    for (int k = 0; k < 4; ++k) q[k] = p.light + 3 * (p.light_batch == 1 ? 0 : st.image[k]);
    const Vec4x3 light{Float4{q[0][0], q[1][0], q[2][0], q[3][0]}, Float4{q[0][1], q[1][1], q[2][1], q[3][1]},
                       Float4{q[0][2], q[1][2], q[2][2], q[3][2]}};
    const Vec4x3 l0 = light - rows3(p.points, i, 3);
    st.l_len = safeLength(l0);
    st.l = l0 * (splat(1.0f) / st.l_len);
    st.cosine = st.ns.dot(st.l);
    const Float4 positive = st.cosine < splat(0.0f) ? splat(0.0f) : st.cosine;  // kern::maxOf(cosine, 0)
    const Float4 direct = positive * st.vis * (ambient ? splat(1.0f) - st.a : splat(1.0f));
    for (int c = 0; c < 3; ++c) st.shade[c] += direct * splat(p.light_colour ? p.light_colour[c] : 1.0f);
  }
  return st;
}

// kern::shadeForwardPixel for pixels i..i+3.
inline void shadeForwardLanes(const ShadeParams<float>& p, const float* ambient, int64_t i, float* colour,
                              float* normals_out) {
  const ShadeLanesState st = shadeEvaluateLanes(p, ambient, i);
  for (int c = 0; c < 3; ++c) storeColumn(colour, i, 3, c, column(p.albedo, i, 3, c) * st.shade[c]);
  storeRows3(normals_out, i, 3, st.ns);
}

// kern::shadeBackwardPixel for pixels i..i+3, from the colour gradient rows gc (of pixel i). Per-pixel
// gradients are written for every lane (zeros for a lane whose colour gradient is zero, which the scalar
// body leaves untouched in a zeroed output); the per-image sums of the lanes with a gradient are added
// to sh_acc [images,27], light_acc [images,3], logit_acc [images] and colour_acc [3] (the rows of the
// caller's buffers for image 0; null where absent) lane by lane, in pixel order.
inline void shadeBackwardLanes(const ShadeParams<float>& p, const float* ambient, int64_t i, const float* gc,
                               const ShadeGrads<float>& g, float* sh_acc, float* light_acc, float* logit_acc,
                               float* colour_acc) {
  const Float4 gc0 = column(gc, 0, 3, 0), gc1 = column(gc, 0, 3, 1), gc2 = column(gc, 0, 3, 2);
  const Int4 active = (gc0 != splat(0.0f)) | (gc1 != splat(0.0f)) | (gc2 != splat(0.0f));
  const ShadeLanesState st = shadeEvaluateLanes(p, ambient, i);
  const bool has_a = ambient != nullptr;
  const Float4 gcs[3] = {gc0, gc1, gc2};
  Float4 g_shade[3];
  for (int c = 0; c < 3; ++c) {
    g_shade[c] = gcs[c] * column(p.albedo, i, 3, c);
    if (g.albedo) storeColumn(g.albedo, i, 3, c, gcs[c] * st.shade[c]);
  }
  Vec4x3 g_ns{splat(0.0f), splat(0.0f), splat(0.0f)};
  Float4 g_a = splat(0.0f);
  Float4 sh_terms[27];  // g_shade[c] * basis[k], added to sh_acc lane by lane below
  if (p.sh) {
    Float4 g_basis[9];
    for (int k = 0; k < 9; ++k) {
      g_basis[k] = splat(0.0f);
      for (int c = 0; c < 3; ++c) {
        sh_terms[3 * k + c] = g_shade[c] * st.basis[k];
        g_basis[k] += g_shade[c] * st.sh[3 * k + c];
      }
    }
    const Vec4x3& n = st.ns;
    const Float4 c1 = splat(static_cast<float>(2 * kern::kShC1)),
                 c2 = splat(static_cast<float>(2 * kern::kShC2));
    const Float4 c3 = splat(static_cast<float>(2 * kern::kShC3));
    g_ns.x += g_basis[3] * c2 + g_basis[4] * c1 * n.y + g_basis[7] * c1 * n.z + g_basis[8] * c1 * n.x;
    g_ns.y += g_basis[1] * c2 + g_basis[4] * c1 * n.x + g_basis[5] * c1 * n.z - g_basis[8] * c1 * n.y;
    g_ns.z += g_basis[2] * c2 + g_basis[5] * c1 * n.y + g_basis[6] * c3 * n.z + g_basis[7] * c1 * n.x;
  } else {
    g_a += g_shade[0] + g_shade[1] + g_shade[2];
  }
  Float4 colour_sum[3] = {splat(0.0f), splat(0.0f), splat(0.0f)};
  Vec4x3 g_l0{splat(0.0f), splat(0.0f), splat(0.0f)};
  if (p.light) {
    const Float4 cosine = st.cosine < splat(0.0f) ? splat(0.0f) : st.cosine;
    const Float4 one_minus_a = has_a ? splat(1.0f) - st.a : splat(1.0f);
    Float4 g_cos = splat(0.0f), g_vis = splat(0.0f);
    for (int c = 0; c < 3; ++c) {
      const Float4 lc = splat(p.light_colour ? p.light_colour[c] : 1.0f);
      g_cos += g_shade[c] * st.vis * one_minus_a * lc;
      g_vis += g_shade[c] * cosine * one_minus_a * lc;
      if (has_a) g_a -= g_shade[c] * cosine * st.vis * lc;
      if (p.light_colour) colour_sum[c] = g_shade[c] * cosine * st.vis * one_minus_a;
    }
    if (g.visibility)
      for (int k = 0; k < 4; ++k) g.visibility[i + k] = g_vis[k];
    const Float4 g_dot = st.cosine > splat(0.0f) ? g_cos : splat(0.0f);
    g_ns = g_ns + st.l * g_dot;
    const Vec4x3 g_l = st.ns * g_dot;
    g_l0 = (g_l - st.l * st.l.dot(g_l)) * (splat(1.0f) / st.l_len);
    if (g.points) storeRows3(g.points, i, 3, Vec4x3{-g_l0.x, -g_l0.y, -g_l0.z});
  }
  const Float4 g_logit = g_a * st.a * (splat(1.0f) - st.a);
  Vec4x3 g_n = g_ns;
  if (p.map) {
    const Vec4x3 g_s = (g_ns - st.ns * st.ns.dot(g_ns)) * (splat(1.0f) / st.s_len);
    Vec4x3 g_t = g_s * st.m.x;
    const Vec4x3 g_b = g_s * st.m.y;
    g_n = g_s * st.m.z;
    if (g.map) {
      storeColumn(g.map, i, 3, 0, splat(2.0f) * g_s.dot(st.t));
      storeColumn(g.map, i, 3, 1, splat(2.0f) * g_s.dot(st.b));
      storeColumn(g.map, i, 3, 2, splat(2.0f) * g_s.dot(st.n));
    }
    g_n = g_n + st.t.cross(g_b) * st.w;
    g_t = g_t + g_b.cross(st.n) * st.w;
    const Vec4x3 g_to = (g_t - st.t * st.t.dot(g_t)) * (splat(1.0f) / st.t_len);
    const Float4 n_dot_gto = st.n.dot(g_to);
    const Vec4x3 t0 = rows3(p.tangents, i, 4);
    if (g.tangents) {
      storeRows3(g.tangents, i, 4, g_to - st.n * n_dot_gto);
      storeColumn(g.tangents, i, 4, 3, splat(0.0f));
    }
    g_n = g_n - g_to * st.t_dot - t0 * n_dot_gto;
  }
  if (g.normals) storeRows3(g.normals, i, 3, (g_n - st.n * st.n.dot(g_n)) * (splat(1.0f) / st.n_len));
  // Float4 without a colour gradient: zero rows, no contribution (the scalar body returns early).
  for (int k = 0; k < 4; ++k) {
    if (active[k]) {
      const int64_t b = st.image[k];
      if (p.sh) {
        float* sa = sh_acc + (p.sh_batch == 1 ? 0 : b) * 27;
        for (int j = 0; j < 27; ++j) sa[j] += sh_terms[j][k];
      }
      if (light_acc) {
        float* la = light_acc + (p.light_batch == 1 ? 0 : b) * 3;
        la[0] += g_l0.x[k];
        la[1] += g_l0.y[k];
        la[2] += g_l0.z[k];
      }
      if (has_a) logit_acc[p.logit_batch == 1 ? 0 : b] += g_logit[k];
      if (colour_acc)
        for (int c = 0; c < 3; ++c) colour_acc[c] += colour_sum[c][k];
      continue;
    }
    const int64_t q = i + k;
    for (float* t : {g.albedo, g.normals, g.map, g.points})
      if (t) t[3 * q] = t[3 * q + 1] = t[3 * q + 2] = 0.0f;
    if (g.tangents) g.tangents[4 * q] = g.tangents[4 * q + 1] = g.tangents[4 * q + 2] = 0.0f;
    if (g.visibility) g.visibility[q] = 0.0f;
  }
}

}  // namespace palma::render::cpu
