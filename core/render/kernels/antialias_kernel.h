// Per-pixel-pair pieces of the edge antialiasing (antialias.h) shared by the CPU kernels
// (antialias.cpp) and the CUDA kernels (gpu/antialias.cu): the test whether a pair of adjacent pixels
// straddles a silhouette edge and where that edge crosses the segment between their centres, the
// blend it causes, and the backward of one such pair (to the colours and to the edge's vertices).
// Both back ends evaluate the same expressions in the same order (both compile without FMA
// contraction); only the order in which the blends of several pairs add into one pixel can differ.
#pragma once

#include <cstdint>

#include "core/render/kernel_params.h"
#include "core/render/kernels/device_common.h"

namespace palma::render::kern {

// One pixel pair to blend: `front` shows the surface whose silhouette edge (vertices a, b) crosses the
// segment to `other` at t = ff / (ff - fo), where ff and fo are the edge function at the two centres.
// Plain data: the CPU composite keeps these between its forward and backward passes as bytes.
template <typename T>
struct EdgeCrossing {
  int64_t front, other;  // pixel indices within the image
  int a, b;              // vertex indices of the edge
  T fx, fy, ox, oy;      // pixel centres of front and other, in pixels
  T ff, fo;              // edge function at the centres
  T t;                   // crossing position along the segment, from the front pixel
};

// The most triangles the search for a silhouette edge walks through between two pixel centres.
constexpr int kMaxAntialiasSteps = 8;

template <typename T>
struct ScreenVertex {
  T x, y;  // pixel coordinates
  bool valid;
};

// Vertex v of image b in pixel coordinates (invalid at or behind the camera plane, w <= 0).
template <typename T>
PALMA_HD inline ScreenVertex<T> projectVertex(const AntialiasKernelParams<T>& p, int b, int v) {
  const int64_t k = static_cast<int64_t>(b) * p.num_vertices + v;
  ScreenVertex<T> s;
  if (p.screen) {  // the same values, computed once per image (screenCache in antialias.cpp)
    s.valid = p.screen_valid[k] != 0;
    s.x = p.screen[2 * k];
    s.y = p.screen[2 * k + 1];
    return s;
  }
  const T* q = p.pos + k * 4;
  s.valid = q[3] > 0;
  if (!s.valid) {
    s.x = s.y = T(0);
    return s;
  }
  s.x = (q[0] / q[3] + 1) * T(0.5) * p.width;
  s.y = (q[1] / q[3] + 1) * T(0.5) * p.height;
  return s;
}

// Orientation of triangle f in image b (sign of the homogeneous determinant, which is the screen-space
// winding for triangles in front of the camera).
template <typename T>
PALMA_HD inline int triangleOrientation(const AntialiasKernelParams<T>& p, int b, int f) {
  if (p.orientation) return p.orientation[static_cast<int64_t>(b) * p.num_triangles + f];
  T h[3][3];
  for (int i = 0; i < 3; ++i) {
    const T* q = p.pos + (static_cast<int64_t>(b) * p.num_vertices + p.tri[3 * f + i]) * 4;
    h[i][0] = q[0];
    h[i][1] = q[1];
    h[i][2] = q[3];
  }
  const T det = h[0][0] * (h[1][1] * h[2][2] - h[1][2] * h[2][1]) -
                h[0][1] * (h[1][0] * h[2][2] - h[1][2] * h[2][0]) +
                h[0][2] * (h[1][0] * h[2][1] - h[1][1] * h[2][0]);
  return det > 0 ? 1 : (det < 0 ? -1 : 0);
}

// Edge function of the screen edge a -> e at (px, py).
template <typename T>
PALMA_HD inline T screenEdge(const ScreenVertex<T>& a, const ScreenVertex<T>& e, T px, T py) {
  return (e.x - a.x) * (py - a.y) - (e.y - a.y) * (px - a.x);
}

// Number of adjacent pixel pairs of one image: the horizontal pairs, row by row, then the vertical ones.
template <typename T>
PALMA_HD inline int64_t pixelPairsPerImage(const AntialiasKernelParams<T>& p) {
  return static_cast<int64_t>(p.height) * (p.width - 1) + static_cast<int64_t>(p.height - 1) * p.width;
}

// Whether the pair of pixel (x, y) of image b and its right (vertical: lower) neighbour is blended; if
// so, fills `c`. Pixel indices and centres in `c` are within the image.
template <typename T>
PALMA_HD inline bool findCrossing(const AntialiasKernelParams<T>& p, int b, int x, int y, bool vertical,
                                  EdgeCrossing<T>& c) {
  const int64_t image = static_cast<int64_t>(b) * p.height * p.width;
  const T* rast = p.rast + image * 4;
  const int x1 = vertical ? x : x + 1, y1 = vertical ? y + 1 : y;
  const int64_t p0 = static_cast<int64_t>(y) * p.width + x;
  const int64_t p1 = vertical ? p0 + p.width : p0 + 1;
  const T id0 = rast[p0 * 4 + 3], id1 = rast[p1 * 4 + 3];
  if (id0 == id1) return false;
  bool first_in_front;
  if (id0 == 0)
    first_in_front = false;
  else if (id1 == 0)
    first_in_front = true;
  else
    first_in_front = rast[p0 * 4 + 2] < rast[p1 * 4 + 2];
  c.front = first_in_front ? p0 : p1;
  c.other = first_in_front ? p1 : p0;
  c.fx = (first_in_front ? x : x1) + T(0.5);
  c.fy = (first_in_front ? y : y1) + T(0.5);
  c.ox = (first_in_front ? x1 : x) + T(0.5);
  c.oy = (first_in_front ? y1 : y) + T(0.5);
  // Walk along the segment from the front pixel's centre through the front surface: leave the current
  // triangle through the edge the segment crosses first; an interior edge (the triangle beyond faces
  // the same way in this view) leads into that triangle, a silhouette edge (a mesh boundary, or the
  // triangle beyond faces the other way) is the crossing. Triangles smaller than a pixel put several
  // interior edges between the front centre and the silhouette, so the walk takes up to
  // kMaxAntialiasSteps of them; it stops without a crossing when the segment ends inside the surface.
  int f = static_cast<int>(rast[c.front * 4 + 3]) - 1;
  int orientation = triangleOrientation(p, b, f);
  T t_entry = -1;  // where the segment entered the current triangle (the front centre is inside the first)
  for (int step = 0; step < kMaxAntialiasSteps; ++step) {
    ScreenVertex<T> q[3];
    for (int i = 0; i < 3; ++i) {
      q[i] = projectVertex(p, b, p.tri[3 * f + i]);
      if (!q[i].valid) return false;  // crosses the camera plane: no well-defined screen edge
    }
    int exit_edge = -1;
    T best_t = 2, best_ff = 0, best_fo = 0;
    for (int k = 0; k < 3; ++k) {
      const ScreenVertex<T>&a = q[k], &e = q[(k + 1) % 3], &opp = q[(k + 2) % 3];
      const T inside = screenEdge(a, e, opp.x, opp.y);
      if (inside == 0) return false;  // degenerate in screen space
      const T ff = screenEdge(a, e, c.fx, c.fy) * (inside > 0 ? 1 : -1);
      const T fo = screenEdge(a, e, c.ox, c.oy) * (inside > 0 ? 1 : -1);
      if (!(fo < 0) || !(ff > fo)) continue;
      // Unclamped: a centre a hair outside its triangle (coverage is decided on the snapped grid) gives
      // t slightly below 0, which keeps value and gradient consistent.
      const T t = ff / (ff - fo);
      if (step > 0 && !(t > t_entry)) continue;  // the edge the walk came in through, or behind it
      if (t < best_t) {
        best_t = t;
        exit_edge = k;
        best_ff = screenEdge(a, e, c.fx, c.fy);
        best_fo = screenEdge(a, e, c.ox, c.oy);
      }
    }
    if (exit_edge < 0 || best_t > 1) return false;  // the segment ends inside the front surface
    const int nb = p.neighbours[3 * f + exit_edge];
    if (nb >= 0 && triangleOrientation(p, b, nb) == orientation) {  // interior edge: walk on
      f = nb;
      t_entry = best_t;
      continue;
    }
    c.a = p.tri[3 * f + exit_edge];
    c.b = p.tri[3 * f + (exit_edge + 1) % 3];
    c.ff = best_ff;
    c.fo = best_fo;
    c.t = best_t;
    return true;
  }
  return false;
}

// The pixel a crossing blends into: the far pixel receives (t - 1/2) of the front colour when t > 1/2,
// otherwise the front pixel receives (1/2 - t) of the far colour. Either way the change of that pixel
// is s (front value - other value) with s = t - 1/2.
template <typename T>
PALMA_HD inline int64_t blendTarget(const EdgeCrossing<T>& c) {
  return c.t > T(0.5) ? c.other : c.front;
}

template <typename T>
PALMA_HD inline T blendWeight(const EdgeCrossing<T>& c) {
  return c.t - T(0.5);
}

// Forward of one crossing: adds the blend into `out` (this image's [H,W,C]) from the unblended `color`
// (this image's [H,W,C]); scatterAdd, as a pixel takes part in up to four pairs.
template <typename T>
PALMA_HD inline void blendCrossing(const EdgeCrossing<T>& c, const T* color, int channels, T* out) {
  const T* cf = color + c.front * channels;
  const T* co = color + c.other * channels;
  const int64_t target = blendTarget(c);
  const T s = blendWeight(c);
  for (int k = 0; k < channels; ++k) scatterAdd(out + target * channels + k, s * (cf[k] - co[k]));
}

// Adds d out / d pos for a crossing of image b whose blend weight t has gradient gt into gp (this
// image's [N,4]).
template <typename T>
PALMA_HD inline void edgeGradient(const AntialiasKernelParams<T>& p, int b, const EdgeCrossing<T>& c, T gt,
                                  T* gp) {
  // t = ff / (ff - fo)
  const T den = c.ff - c.fo;
  const T gff = gt * (-c.fo) / (den * den);
  const T gfo = gt * c.ff / (den * den);
  // f(x, y) = (bx - ax)(y - ay) - (by - ay)(x - ax)
  const ScreenVertex<T> a = projectVertex(p, b, c.a);
  const ScreenVertex<T> e = projectVertex(p, b, c.b);
  T g_ax = 0, g_ay = 0, g_bx = 0, g_by = 0;
  g_ax += gff * (e.y - c.fy);
  g_ay += gff * (c.fx - e.x);
  g_bx += gff * (c.fy - a.y);
  g_by += gff * -(c.fx - a.x);
  g_ax += gfo * (e.y - c.oy);
  g_ay += gfo * (c.ox - e.x);
  g_bx += gfo * (c.oy - a.y);
  g_by += gfo * -(c.ox - a.x);
  // Screen position q = ((x / w + 1) W / 2, (y / w + 1) H / 2).
  const int vs[2] = {c.a, c.b};
  const T gx[2] = {g_ax, g_bx}, gy[2] = {g_ay, g_by};
  for (int i = 0; i < 2; ++i) {
    const T* q = p.pos + (static_cast<int64_t>(b) * p.num_vertices + vs[i]) * 4;
    T* g = gp + static_cast<int64_t>(vs[i]) * 4;
    const T sx = T(0.5) * p.width / q[3], sy = T(0.5) * p.height / q[3];
    scatterAdd(g + 0, gx[i] * sx);
    scatterAdd(g + 1, gy[i] * sy);
    scatterAdd(g + 3, -(gx[i] * sx * q[0] + gy[i] * sy * q[1]) / q[3]);
  }
}

// Backward of one crossing of image b: adds into gc (this image's [H,W,C], initialised with the
// output gradient) and, when gp (this image's [N,4]) is given, into the edge's vertex gradients.
// `color` and `go` are this image's input colours and output gradient.
template <typename T>
PALMA_HD inline void blendCrossingBackward(const AntialiasKernelParams<T>& p, int b, const EdgeCrossing<T>& c,
                                           const T* color, const T* go, T* gc, T* gp) {
  const int ch = p.channels;
  const T* cf = color + c.front * ch;
  const T* co = color + c.other * ch;
  // out += s (cf - co) at the target pixel, so d out / d t = (cf - co).
  const int64_t target = blendTarget(c);
  const T s = blendWeight(c);
  T gt = 0;
  for (int k = 0; k < ch; ++k) {
    const T g = go[target * ch + k];
    scatterAdd(gc + c.front * ch + k, s * g);
    scatterAdd(gc + c.other * ch + k, -(s * g));
    gt += g * (cf[k] - co[k]);
  }
  if (gt != 0 && gp) edgeGradient(p, b, c, gt, gp);
}

// Value of channel k (k == C: coverage) of pixel q (flat index into B x H x W) of the composite before
// antialiasing; `compact` maps a pixel to its row of d.colour (-1: background).
template <typename T>
PALMA_HD inline T compositeBaseValue(const CompositeKernelParams<T>& d, const int32_t* compact, int64_t q,
                                     int k) {
  const int32_t i = compact[q];
  if (k == d.channels) return i >= 0 ? T(1) : T(0);
  if (i >= 0) return d.colour[static_cast<int64_t>(i) * d.channels + k];
  return d.background_image ? d.background[q * d.channels + k] : d.background[k];
}

// Forward of one crossing of image b of the composite: adds the blend of colour and coverage into
// d.image and d.mask, from the unblended composite (recomputed from the inputs, not read back).
template <typename T>
PALMA_HD inline void compositeBlendCrossing(const AntialiasKernelParams<T>& p,
                                            const CompositeKernelParams<T>& d, const int32_t* compact, int b,
                                            const EdgeCrossing<T>& e) {
  const int c = d.channels;
  const int64_t first = static_cast<int64_t>(b) * p.height * p.width;
  const int64_t front = first + e.front, other = first + e.other;
  const int64_t target = first + blendTarget(e);
  const T s = blendWeight(e);
  for (int k = 0; k < c; ++k)
    scatterAdd(d.image + target * c + k,
               s * (compositeBaseValue(d, compact, front, k) - compositeBaseValue(d, compact, other, k)));
  scatterAdd(d.mask + target,
             s * (compositeBaseValue(d, compact, front, c) - compositeBaseValue(d, compact, other, c)));
}

// Backward of one crossing of image b of the composite: adds into grad_colour ([P,C], initialised with
// the covered pixels' image gradient) and into the edge's vertex gradients in grad_pos ([B,N,4]).
// grad_image or grad_mask may be null (no gradient).
template <typename T>
PALMA_HD inline void compositeBlendCrossingBackward(const AntialiasKernelParams<T>& p,
                                                    const CompositeKernelParams<T>& d, const int32_t* compact,
                                                    int b, const EdgeCrossing<T>& e, const T* grad_image,
                                                    const T* grad_mask, T* grad_colour, T* grad_pos) {
  const int c = d.channels;
  const int64_t first = static_cast<int64_t>(b) * p.height * p.width;
  const int64_t front = first + e.front, other = first + e.other;
  const int64_t target = first + blendTarget(e);
  const T s = blendWeight(e);
  const int32_t fi = compact[front], oi = compact[other];
  T gt = 0;
  for (int k = 0; k <= c; ++k) {
    const T g =
        k < c ? (grad_image ? grad_image[target * c + k] : T(0)) : (grad_mask ? grad_mask[target] : T(0));
    gt += g * (compositeBaseValue(d, compact, front, k) - compositeBaseValue(d, compact, other, k));
    if (k == c) continue;
    if (fi >= 0) scatterAdd(grad_colour + static_cast<int64_t>(fi) * c + k, s * g);
    if (oi >= 0) scatterAdd(grad_colour + static_cast<int64_t>(oi) * c + k, -(s * g));
  }
  if (gt != 0) edgeGradient(p, b, e, gt, grad_pos + static_cast<int64_t>(b) * p.num_vertices * 4);
}

}  // namespace palma::render::kern
