#include "core/render/antialias.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "core/common/error.h"
#include "core/render/op_checks.h"

namespace palma::render {

namespace {

// One pixel pair to blend: `front` shows the surface whose silhouette edge (vertices a, b) crosses the
// segment to `other` at t = ff / (ff - fo), where ff and fo are the edge function at the two centres.
template <typename T>
struct EdgeCrossing {
  int64_t front, other;  // pixel indices within the image
  int a, b;              // vertex indices of the edge
  T fx, fy, ox, oy;      // pixel centres of front and other, in pixels
  T ff, fo;              // edge function at the centres
  T t;                   // crossing position along the segment, from the front pixel
};

template <typename T>
struct ScreenVertex {
  T x, y;  // pixel coordinates
  bool valid;
};

template <typename T>
ScreenVertex<T> project(const AntialiasKernelParams<T>& p, int b, int v) {
  const T* q = p.pos + (static_cast<int64_t>(b) * p.num_vertices + v) * 4;
  if (!(q[3] > 0)) return {0, 0, false};
  return {(q[0] / q[3] + 1) * T(0.5) * p.width, (q[1] / q[3] + 1) * T(0.5) * p.height, true};
}

// Orientation of triangle f in image b (sign of the homogeneous determinant, which is the screen-space
// winding for triangles in front of the camera).
template <typename T>
int orientation(const AntialiasKernelParams<T>& p, int b, int f) {
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

// Calls visit(crossing) for every pixel pair of image b that the antialiasing blends.
template <typename T, typename Visit>
void forEachCrossing(const AntialiasKernelParams<T>& p, int b, Visit&& visit) {
  const int64_t image = static_cast<int64_t>(b) * p.height * p.width;
  const T* rast = p.rast + image * 4;
  auto consider = [&](int64_t p0, int64_t p1, int x0, int y0, int x1, int y1) {
    const T id0 = rast[p0 * 4 + 3], id1 = rast[p1 * 4 + 3];
    if (id0 == id1) return;
    bool first_in_front;
    if (id0 == 0)
      first_in_front = false;
    else if (id1 == 0)
      first_in_front = true;
    else
      first_in_front = rast[p0 * 4 + 2] < rast[p1 * 4 + 2];
    EdgeCrossing<T> c;
    c.front = first_in_front ? p0 : p1;
    c.other = first_in_front ? p1 : p0;
    c.fx = (first_in_front ? x0 : x1) + T(0.5);
    c.fy = (first_in_front ? y0 : y1) + T(0.5);
    c.ox = (first_in_front ? x1 : x0) + T(0.5);
    c.oy = (first_in_front ? y1 : y0) + T(0.5);
    const int f = static_cast<int>(rast[c.front * 4 + 3]) - 1;
    ScreenVertex<T> q[3];
    for (int i = 0; i < 3; ++i) {
      q[i] = project(p, b, p.tri[3 * f + i]);
      if (!q[i].valid) return;  // crosses the camera plane: no well-defined screen edge
    }
    // The segment leaves the triangle through the edge it crosses first.
    int exit_edge = -1;
    T best_t = 2, best_ff = 0, best_fo = 0;
    for (int k = 0; k < 3; ++k) {
      const ScreenVertex<T>&a = q[k], &e = q[(k + 1) % 3], &opp = q[(k + 2) % 3];
      auto edgeFn = [&](T px, T py) { return (e.x - a.x) * (py - a.y) - (e.y - a.y) * (px - a.x); };
      const T inside = edgeFn(opp.x, opp.y);
      if (inside == 0) return;  // degenerate in screen space
      const T ff = edgeFn(c.fx, c.fy) * (inside > 0 ? 1 : -1);
      const T fo = edgeFn(c.ox, c.oy) * (inside > 0 ? 1 : -1);
      if (!(fo < 0) || !(ff > fo)) continue;
      // Unclamped: a centre a hair outside its triangle (coverage is decided on the snapped grid) gives
      // t slightly below 0, which keeps value and gradient consistent.
      const T t = ff / (ff - fo);
      if (t < best_t) {
        best_t = t;
        exit_edge = k;
        best_ff = edgeFn(c.fx, c.fy);
        best_fo = edgeFn(c.ox, c.oy);
      }
    }
    if (exit_edge < 0 || best_t > 1) return;
    const int nb = p.neighbours[3 * f + exit_edge];
    if (nb >= 0 && orientation(p, b, nb) == orientation(p, b, f)) return;  // interior edge
    c.a = p.tri[3 * f + exit_edge];
    c.b = p.tri[3 * f + (exit_edge + 1) % 3];
    c.ff = best_ff;
    c.fo = best_fo;
    c.t = best_t;
    visit(c);
  };
  for (int y = 0; y < p.height; ++y)
    for (int x = 0; x + 1 < p.width; ++x) {
      const int64_t p0 = static_cast<int64_t>(y) * p.width + x;
      consider(p0, p0 + 1, x, y, x + 1, y);
    }
  for (int y = 0; y + 1 < p.height; ++y)
    for (int x = 0; x < p.width; ++x) {
      const int64_t p0 = static_cast<int64_t>(y) * p.width + x;
      consider(p0, p0 + p.width, x, y, x, y + 1);
    }
}

// Adds d out / d pos for a crossing whose blend weight t has gradient gt (gp: this image's [N,4]).
template <typename T>
void edgeGradient(const AntialiasKernelParams<T>& p, int b, const EdgeCrossing<T>& c, T gt, T* gp) {
  // t = ff / (ff - fo)
  const T den = c.ff - c.fo;
  const T gff = gt * (-c.fo) / (den * den);
  const T gfo = gt * c.ff / (den * den);
  // f(x, y) = (bx - ax)(y - ay) - (by - ay)(x - ax)
  const ScreenVertex<T> a = project(p, b, c.a);
  const ScreenVertex<T> e = project(p, b, c.b);
  T g_ax = 0, g_ay = 0, g_bx = 0, g_by = 0;
  auto add = [&](T g, T px, T py) {
    g_ax += g * (e.y - py);
    g_ay += g * (px - e.x);
    g_bx += g * (py - a.y);
    g_by += g * -(px - a.x);
  };
  add(gff, c.fx, c.fy);
  add(gfo, c.ox, c.oy);
  // Screen position q = ((x / w + 1) W / 2, (y / w + 1) H / 2).
  auto toClip = [&](int v, T gx, T gy) {
    const T* q = p.pos + (static_cast<int64_t>(b) * p.num_vertices + v) * 4;
    T* g = gp + static_cast<int64_t>(v) * 4;
    const T sx = T(0.5) * p.width / q[3], sy = T(0.5) * p.height / q[3];
    g[0] += gx * sx;
    g[1] += gy * sy;
    g[3] += -(gx * sx * q[0] + gy * sy * q[1]) / q[3];
  };
  toClip(c.a, g_ax, g_ay);
  toClip(c.b, g_bx, g_by);
}

template <typename T>
void antialiasForward(const AntialiasKernelParams<T>& p) {
  const int64_t image_size = static_cast<int64_t>(p.height) * p.width * p.channels;
  const int ch = p.channels;
  at::parallel_for(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const T* color = p.color + b * image_size;
      T* out = p.out + b * image_size;
      std::copy(color, color + image_size, out);
      forEachCrossing(p, static_cast<int>(b), [&](const EdgeCrossing<T>& c) {
        const T* cf = color + c.front * ch;
        const T* co = color + c.other * ch;
        if (c.t > T(0.5)) {
          for (int k = 0; k < ch; ++k) out[c.other * ch + k] += (c.t - T(0.5)) * (cf[k] - co[k]);
        } else {
          for (int k = 0; k < ch; ++k) out[c.front * ch + k] += (T(0.5) - c.t) * (co[k] - cf[k]);
        }
      });
    }
  });
}

template <typename T>
void antialiasBackward(const AntialiasKernelParams<T>& p, const T* grad_out, T* grad_color, T* grad_pos) {
  const int64_t image_size = static_cast<int64_t>(p.height) * p.width * p.channels;
  const int ch = p.channels;
  at::parallel_for(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const T* color = p.color + b * image_size;
      const T* go = grad_out + b * image_size;
      T* gc = grad_color + b * image_size;
      std::copy(go, go + image_size, gc);
      T* gp = grad_pos + b * static_cast<int64_t>(p.num_vertices) * 4;
      forEachCrossing(p, static_cast<int>(b), [&](const EdgeCrossing<T>& c) {
        const T* cf = color + c.front * ch;
        const T* co = color + c.other * ch;
        // Both branches: out += s (cf - co) at one pixel with s = t - 1/2 (other) or the same change of
        // sign at the front pixel; d out / d t = (cf - co) in both.
        const int64_t target = c.t > T(0.5) ? c.other : c.front;
        const T s = c.t - T(0.5);
        T gt = 0;
        for (int k = 0; k < ch; ++k) {
          const T g = go[target * ch + k];
          gc[c.front * ch + k] += s * g;
          gc[c.other * ch + k] -= s * g;
          gt += g * (cf[k] - co[k]);
        }
        if (gt != 0 && grad_pos) edgeGradient(p, static_cast<int>(b), c, gt, gp);
      });
    }
  });
}

template <typename T>
AntialiasKernelParams<T> kernelParams(const torch::Tensor& color, const torch::Tensor& rast,
                                      const torch::Tensor& pos, const torch::Tensor& tri,
                                      const torch::Tensor& neighbours, const torch::Tensor& out) {
  AntialiasKernelParams<T> p;
  p.color = color.data_ptr<T>();
  p.rast = rast.data_ptr<T>();
  p.pos = pos.data_ptr<T>();
  p.tri = tri.data_ptr<int32_t>();
  p.neighbours = neighbours.data_ptr<int32_t>();
  p.out = out.defined() ? out.data_ptr<T>() : nullptr;
  p.batch = static_cast<int>(color.size(0));
  p.height = static_cast<int>(color.size(1));
  p.width = static_cast<int>(color.size(2));
  p.channels = static_cast<int>(color.size(3));
  p.num_vertices = static_cast<int>(pos.size(1));
  return p;
}

class AntialiasFunction : public torch::autograd::Function<AntialiasFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& color,
                               const torch::Tensor& rast, const torch::Tensor& pos, const torch::Tensor& tri,
                               const torch::Tensor& neighbours) {
    auto out = torch::empty_like(color);
    AT_DISPATCH_FLOATING_TYPES(color.scalar_type(), "antialias", [&] {
      antialiasForward(kernelParams<scalar_t>(color, rast, pos, tri, neighbours, out));
    });
    ctx->save_for_backward({color, rast, pos, tri, neighbours});
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto grad_out = grads[0].contiguous();
    auto grad_color = torch::empty_like(s[0]);
    auto grad_pos = torch::zeros_like(s[2]);
    AT_DISPATCH_FLOATING_TYPES(s[0].scalar_type(), "antialias_backward", [&] {
      antialiasBackward(kernelParams<scalar_t>(s[0], s[1], s[2], s[3], s[4], torch::Tensor()),
                        grad_out.data_ptr<scalar_t>(), grad_color.data_ptr<scalar_t>(),
                        grad_pos.data_ptr<scalar_t>());
    });
    return {grad_color, torch::Tensor(), grad_pos, torch::Tensor(), torch::Tensor()};
  }
};

// Composite of per-pixel colours over a background, antialiased, written to separate image and mask
// outputs. The crossings found in the forward pass are kept for the backward pass.
template <typename T>
struct CompositeData {
  const T* colour = nullptr;       // [P,C] colours of the covered pixels
  const int64_t* index = nullptr;  // [P] their flat pixel indices
  int64_t count = 0;               // P
  const T* background = nullptr;   // [C] or [B,H,W,C]
  bool background_image = false;   // which of the two
  int channels = 0;                // C
};

// Value of channel k (k == C: coverage) of pixel q of the composite before antialiasing.
template <typename T>
T baseValue(const CompositeData<T>& d, const int32_t* compact, int64_t q, int k) {
  const int32_t i = compact[q];
  if (k == d.channels) return i >= 0 ? T(1) : T(0);
  if (i >= 0) return d.colour[static_cast<int64_t>(i) * d.channels + k];
  return d.background_image ? d.background[q * d.channels + k] : d.background[k];
}

template <typename T>
std::vector<int32_t> compactIndex(const CompositeData<T>& d, int64_t total) {
  std::vector<int32_t> compact(static_cast<size_t>(total), -1);
  for (int64_t i = 0; i < d.count; ++i) compact[d.index[i]] = static_cast<int32_t>(i);
  return compact;
}

template <typename T>
void compositeForward(const AntialiasKernelParams<T>& p, const CompositeData<T>& d, bool antialias, T* image,
                      T* mask, std::vector<std::vector<EdgeCrossing<T>>>& crossings) {
  const int c = d.channels;
  const int64_t pixels = static_cast<int64_t>(p.height) * p.width;
  const std::vector<int32_t> compact = compactIndex(d, p.batch * pixels);
  const int32_t* ci = compact.data();
  crossings.assign(p.batch, {});
  at::parallel_for(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const int64_t first = b * pixels;
      // Background, then the covered pixels' colours (this image's block of the sorted index).
      if (d.background_image) {
        std::copy(d.background + first * c, d.background + (first + pixels) * c, image + first * c);
      } else {
        for (int64_t q = first; q < first + pixels; ++q)
          for (int k = 0; k < c; ++k) image[q * c + k] = d.background[k];
      }
      std::fill(mask + first, mask + first + pixels, T(0));
      const int64_t* lo = std::lower_bound(d.index, d.index + d.count, first);
      const int64_t* hi = std::lower_bound(lo, d.index + d.count, first + pixels);
      for (const int64_t* it = lo; it != hi; ++it) {
        const int64_t q = *it, i = it - d.index;
        for (int k = 0; k < c; ++k) image[q * c + k] = d.colour[i * c + k];
        mask[q] = 1;
      }
      if (!antialias) continue;
      auto& list = crossings[b];
      forEachCrossing(p, static_cast<int>(b), [&](const EdgeCrossing<T>& e) { list.push_back(e); });
      // Blend from the unblended composite (recomputed from the inputs, not read back from `image`).
      for (const auto& e : list) {
        const int64_t front = first + e.front, other = first + e.other;
        const int64_t target = e.t > T(0.5) ? other : front;
        const T s = e.t - T(0.5);
        for (int k = 0; k < c; ++k)
          image[target * c + k] += s * (baseValue(d, ci, front, k) - baseValue(d, ci, other, k));
        mask[target] += s * (baseValue(d, ci, front, c) - baseValue(d, ci, other, c));
      }
    }
  });
}

template <typename T>
void compositeBackward(const AntialiasKernelParams<T>& p, const CompositeData<T>& d,
                       const std::vector<std::vector<EdgeCrossing<T>>>& crossings, const T* grad_image,
                       const T* grad_mask, T* grad_colour, T* grad_pos) {
  const int c = d.channels;
  const int64_t pixels = static_cast<int64_t>(p.height) * p.width;
  const std::vector<int32_t> compact = compactIndex(d, p.batch * pixels);
  const int32_t* ci = compact.data();
  at::parallel_for(0, d.count, 8192, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i)
      for (int k = 0; k < c; ++k) grad_colour[i * c + k] = grad_image ? grad_image[d.index[i] * c + k] : T(0);
  });
  at::parallel_for(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      T* gp = grad_pos + b * static_cast<int64_t>(p.num_vertices) * 4;
      for (const auto& e : crossings[b]) {
        const int64_t front = b * pixels + e.front, other = b * pixels + e.other;
        const int64_t target = e.t > T(0.5) ? other : front;
        const T s = e.t - T(0.5);
        const int32_t fi = ci[front], oi = ci[other];
        T gt = 0;
        for (int k = 0; k <= c; ++k) {
          const T g = k < c ? (grad_image ? grad_image[target * c + k] : T(0))
                            : (grad_mask ? grad_mask[target] : T(0));
          gt += g * (baseValue(d, ci, front, k) - baseValue(d, ci, other, k));
          if (k == c) continue;
          if (fi >= 0) grad_colour[static_cast<int64_t>(fi) * c + k] += s * g;
          if (oi >= 0) grad_colour[static_cast<int64_t>(oi) * c + k] -= s * g;
        }
        if (gt != 0) edgeGradient(p, static_cast<int>(b), e, gt, gp);
      }
    }
  });
}

template <typename T>
CompositeData<T> compositeData(const torch::Tensor& colour, const torch::Tensor& index,
                               const torch::Tensor& background) {
  CompositeData<T> d;
  d.colour = colour.data_ptr<T>();
  d.index = index.data_ptr<int64_t>();
  d.count = index.size(0);
  d.background = background.data_ptr<T>();
  d.background_image = background.dim() == 4;
  d.channels = static_cast<int>(colour.size(1));
  return d;
}

// The crossings of every image packed into one byte tensor, for the backward pass.
template <typename T>
torch::Tensor packCrossings(const std::vector<std::vector<EdgeCrossing<T>>>& crossings) {
  int64_t total = 0;
  for (const auto& list : crossings) total += static_cast<int64_t>(list.size());
  const int64_t bytes =
      static_cast<int64_t>(crossings.size() * sizeof(int64_t) + total * sizeof(EdgeCrossing<T>));
  auto packed = torch::empty({bytes}, torch::kUInt8);
  uint8_t* out = packed.data_ptr<uint8_t>();
  for (const auto& list : crossings) {
    const int64_t n = static_cast<int64_t>(list.size());
    std::memcpy(out, &n, sizeof(n));
    out += sizeof(n);
    if (n > 0) std::memcpy(out, list.data(), list.size() * sizeof(EdgeCrossing<T>));
    out += list.size() * sizeof(EdgeCrossing<T>);
  }
  return packed;
}

template <typename T>
std::vector<std::vector<EdgeCrossing<T>>> unpackCrossings(const torch::Tensor& packed, int64_t images) {
  std::vector<std::vector<EdgeCrossing<T>>> crossings(images);
  const uint8_t* in = packed.data_ptr<uint8_t>();
  for (auto& list : crossings) {
    int64_t n = 0;
    std::memcpy(&n, in, sizeof(n));
    in += sizeof(n);
    list.resize(n);
    if (n > 0) std::memcpy(list.data(), in, n * sizeof(EdgeCrossing<T>));
    in += n * sizeof(EdgeCrossing<T>);
  }
  return crossings;
}

class CompositeFunction : public torch::autograd::Function<CompositeFunction> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx,
                                                const torch::Tensor& colour, const torch::Tensor& pos,
                                                const torch::Tensor& background, const torch::Tensor& rast,
                                                const torch::Tensor& tri, const torch::Tensor& neighbours,
                                                const torch::Tensor& pixel_index, bool antialias) {
    const int64_t b = rast.size(0), h = rast.size(1), w = rast.size(2), c = colour.size(1);
    auto image = torch::empty({b, h, w, c}, colour.options());
    auto mask = torch::empty({b, h, w, 1}, colour.options());
    torch::Tensor packed;
    AT_DISPATCH_FLOATING_TYPES(colour.scalar_type(), "composite", [&] {
      std::vector<std::vector<EdgeCrossing<scalar_t>>> crossings;
      compositeForward(kernelParams<scalar_t>(rast, rast, pos, tri, neighbours, torch::Tensor()),
                       compositeData<scalar_t>(colour, pixel_index, background), antialias,
                       image.data_ptr<scalar_t>(), mask.data_ptr<scalar_t>(), crossings);
      packed = packCrossings(crossings);
    });
    ctx->save_for_backward({colour, pos, background, rast, tri, neighbours, pixel_index, packed});
    return {image, mask};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto &colour = s[0], &pos = s[1], &background = s[2], &rast = s[3], &tri = s[4], &neighbours = s[5];
    const auto &index = s[6], &packed = s[7];
    const auto grad_image = grads[0].defined() ? grads[0].contiguous() : torch::Tensor();
    const auto grad_mask = grads[1].defined() ? grads[1].contiguous() : torch::Tensor();
    auto grad_colour = torch::empty_like(colour);
    auto grad_pos = torch::zeros_like(pos);
    AT_DISPATCH_FLOATING_TYPES(colour.scalar_type(), "composite_backward", [&] {
      compositeBackward(kernelParams<scalar_t>(rast, rast, pos, tri, neighbours, torch::Tensor()),
                        compositeData<scalar_t>(colour, index, background),
                        unpackCrossings<scalar_t>(packed, rast.size(0)),
                        grad_image.defined() ? grad_image.data_ptr<scalar_t>() : nullptr,
                        grad_mask.defined() ? grad_mask.data_ptr<scalar_t>() : nullptr,
                        grad_colour.data_ptr<scalar_t>(), grad_pos.data_ptr<scalar_t>());
    });
    return {grad_colour,     grad_pos,        torch::Tensor(), torch::Tensor(),
            torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

AntialiasTopology antialiasTopology(const torch::Tensor& tri) {
  if (!tri.defined() || tri.dim() != 2 || tri.size(1) != 3)
    throw InputError("antialias: `tri` must be [F,3], got " + describe(tri));
  const auto t = tri.to(torch::kInt64).contiguous();
  const int64_t f = t.size(0);
  const int64_t* idx = t.data_ptr<int64_t>();
  // (edge key, half-edge id) sorted by key puts the triangles of each undirected edge side by side.
  std::vector<std::pair<std::pair<int64_t, int64_t>, int64_t>> half_edges;
  half_edges.reserve(f * 3);
  for (int64_t i = 0; i < f; ++i)
    for (int k = 0; k < 3; ++k) {
      const int64_t a = idx[3 * i + k], b = idx[3 * i + (k + 1) % 3];
      half_edges.push_back({{std::min(a, b), std::max(a, b)}, 3 * i + k});
    }
  std::sort(half_edges.begin(), half_edges.end());
  auto neighbours = torch::full({f, 3}, -1, torch::kInt32);
  int32_t* nb = neighbours.data_ptr<int32_t>();
  for (size_t i = 0; i < half_edges.size();) {
    size_t j = i;
    while (j < half_edges.size() && half_edges[j].first == half_edges[i].first) ++j;
    if (j - i == 2) {
      nb[half_edges[i].second] = static_cast<int32_t>(half_edges[i + 1].second / 3);
      nb[half_edges[i + 1].second] = static_cast<int32_t>(half_edges[i].second / 3);
    } else if (j - i > 2) {
      for (size_t k = i; k < j; ++k) nb[half_edges[k].second] = -2;
    }
    i = j;
  }
  return {neighbours};
}

torch::Tensor antialias(const torch::Tensor& color, const torch::Tensor& rast, const torch::Tensor& pos,
                        const torch::Tensor& tri, const AntialiasTopology& topology) {
  checkFloatTensor("antialias", "color", color, 4, -1);
  checkFloatTensor("antialias", "rast", rast, 4, 4);
  checkFloatTensor("antialias", "pos", pos, 3, 4);
  checkSameKind("antialias", "color", color, "rast", rast);
  checkSameKind("antialias", "color", color, "pos", pos);
  checkTriangles("antialias", "tri", tri, pos.size(1));
  if (color.size(0) != rast.size(0) || color.size(1) != rast.size(1) || color.size(2) != rast.size(2) ||
      pos.size(0) != rast.size(0))
    throw InputError("antialias: `color` " + describe(color) + ", `rast` " + describe(rast) + " and `pos` " +
                     describe(pos) + " must have the same batch and image size");
  if (!color.device().is_cpu()) throw InputError("antialias: CUDA tensors need the GPU build (gpu/)");
  auto neighbours = topology.neighbours.defined() ? topology.neighbours : antialiasTopology(tri).neighbours;
  if (neighbours.size(0) != tri.size(0))
    throw InputError("antialias: `topology` was built for another index buffer");
  return AntialiasFunction::apply(color.contiguous(), rast.contiguous(), pos.contiguous(),
                                  tri.to(torch::kInt32).contiguous(),
                                  neighbours.to(torch::kInt32).contiguous());
}

}  // namespace palma::render

namespace palma::render {

CompositeOutput compositeAntialias(const torch::Tensor& colour, const torch::Tensor& pixel_index,
                                   const torch::Tensor& background, const torch::Tensor& rast,
                                   const torch::Tensor& pos, const torch::Tensor& tri,
                                   const AntialiasTopology& topology, bool antialias) {
  checkFloatTensor("composite", "colour", colour, 2, -1);
  checkFloatTensor("composite", "rast", rast, 4, 4);
  checkFloatTensor("composite", "pos", pos, 3, 4);
  checkSameKind("composite", "colour", colour, "pos", pos);
  checkTriangles("composite", "tri", tri, pos.size(1));
  const int64_t b = rast.size(0), h = rast.size(1), w = rast.size(2), c = colour.size(1);
  if (!pixel_index.defined() || pixel_index.scalar_type() != torch::kInt64 || pixel_index.dim() != 1 ||
      pixel_index.size(0) != colour.size(0))
    throw InputError("composite: `pixel_index` must be an int64 [P] tensor matching `colour`, got " +
                     describe(pixel_index));
  if (pos.size(0) != b) throw InputError("composite: `pos` and `rast` must have the same batch");
  // The background (not differentiated): [C] or [B,H,W,C].
  const auto options = colour.options();
  torch::Tensor back;
  if (!background.defined()) {
    back = torch::zeros({c}, options);
  } else if ((background.dim() == 1 && background.size(0) == c) ||
             (background.dim() == 4 && background.size(0) == b && background.size(1) == h &&
              background.size(2) == w && background.size(3) == c)) {
    back = background.detach().to(options).contiguous();
  } else {
    throw InputError("render: `background` must be [" + std::to_string(c) + "] or [B,H,W," +
                     std::to_string(c) + "] = [" + std::to_string(b) + ", " + std::to_string(h) + ", " +
                     std::to_string(w) + ", " + std::to_string(c) + "], got " + describe(background));
  }
  if (pixel_index.numel() > 0 &&
      (pixel_index.min().item<int64_t>() < 0 || pixel_index.max().item<int64_t>() >= b * h * w))
    throw InputError("composite: `pixel_index` points outside the image");
  if (pixel_index.numel() > 1 &&
      !(pixel_index.narrow(0, 1, pixel_index.size(0) - 1) > pixel_index.narrow(0, 0, pixel_index.size(0) - 1))
           .all()
           .item<bool>())
    throw InputError("composite: `pixel_index` must be strictly increasing (as torch::nonzero returns it)");
  auto neighbours = topology.neighbours.defined() ? topology.neighbours : antialiasTopology(tri).neighbours;
  if (neighbours.size(0) != tri.size(0))
    throw InputError("composite: `topology` was built for another index buffer");
  const auto out =
      CompositeFunction::apply(colour.contiguous(), pos.contiguous(), back, rast.detach().contiguous(),
                               tri.to(torch::kInt32).contiguous(), neighbours.to(torch::kInt32).contiguous(),
                               pixel_index.contiguous(), antialias);
  return {out[0], out[1]};
}

}  // namespace palma::render
