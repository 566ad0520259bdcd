#include "core/render/rasterize.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/common/error.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

// Rows per band of the image: triangles are binned into bands so that threads own disjoint rows.
constexpr int kBandRows = 16;

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

template <typename T>
void cross3(const T a[3], const T b[3], T out[3]) {
  out[0] = a[1] * b[2] - a[2] * b[1];
  out[1] = a[2] * b[0] - a[0] * b[2];
  out[2] = a[0] * b[1] - a[1] * b[0];
}

// Clips the triangle (clip-space vertices v[3][4]) against z + w >= 0 and w >= eps and returns the
// pixel bounding box of what remains (false when nothing does).
template <typename T>
bool clippedBoundingBox(const T v[3][4], int height, int width, int& x0, int& x1, int& y0, int& y1) {
  // Sutherland-Hodgman over two planes; a triangle becomes at most a 5-gon.
  T poly[8][4], next[8][4];
  int n = 3;
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 4; ++k) poly[i][k] = v[i][k];
  const T eps = T(1e-9);
  for (int plane = 0; plane < 2; ++plane) {
    auto dist = [&](const T* p) { return plane == 0 ? p[2] + p[3] : p[3] - eps; };
    int m = 0;
    for (int i = 0; i < n; ++i) {
      const T* a = poly[i];
      const T* b = poly[(i + 1) % n];
      const T da = dist(a), db = dist(b);
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
  T px0 = std::numeric_limits<T>::infinity(), px1 = -px0, py0 = px0, py1 = -px0;
  for (int i = 0; i < n; ++i) {
    const T px = (poly[i][0] / poly[i][3] + 1) * T(0.5) * width;
    const T py = (poly[i][1] / poly[i][3] + 1) * T(0.5) * height;
    px0 = std::min(px0, px);
    px1 = std::max(px1, px);
    py0 = std::min(py0, py);
    py1 = std::max(py1, py);
  }
  // Pixel centres sit at i + 0.5; widen by one pixel so rounding never drops a centre on the boundary
  // (the edge functions decide exactly).
  const T lo_x = std::max<T>(px0 - T(1.5), -1), hi_x = std::min<T>(px1 + T(0.5), width);
  const T lo_y = std::max<T>(py0 - T(1.5), -1), hi_y = std::min<T>(py1 + T(0.5), height);
  x0 = std::max(0, static_cast<int>(std::ceil(lo_x)));
  x1 = std::min(width - 1, static_cast<int>(std::floor(hi_x)));
  y0 = std::max(0, static_cast<int>(std::ceil(lo_y)));
  y1 = std::min(height - 1, static_cast<int>(std::floor(hi_y)));
  return x0 <= x1 && y0 <= y1;
}

// Integer edge functions for a triangle wholly in front of the near plane (s.fixed = false otherwise).
template <typename T>
void setupFixedPoint(const RasterizeKernelParams<T>& p, const T v[3][4], TriangleSetup<T>& s) {
  s.fixed = false;
  int64_t x[3], y[3];
  for (int i = 0; i < 3; ++i) {
    if (!(v[i][3] > 0) || v[i][2] < -v[i][3]) return;
    const double px = (double(v[i][0]) / double(v[i][3]) + 1) * 0.5 * p.width;
    const double py = (double(v[i][1]) / double(v[i][3]) + 1) * 0.5 * p.height;
    if (!(std::abs(px) < kFixedLimit && std::abs(py) < kFixedLimit)) return;
    x[i] = std::llround(std::ldexp(px, kSubpixelBits));
    y[i] = std::llround(std::ldexp(py, kSubpixelBits));
  }
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
  s.x0 = std::max(s.x0, first(std::min({x[0], x[1], x[2]})));
  s.x1 = std::min(s.x1, last(std::max({x[0], x[1], x[2]})));
  s.y0 = std::max(s.y0, first(std::min({y[0], y[1], y[2]})));
  s.y1 = std::min(s.y1, last(std::max({y[0], y[1], y[2]})));
}

template <typename T>
bool setupTriangle(const RasterizeKernelParams<T>& p, int b, int f, TriangleSetup<T>& s) {
  T v[3][4], h[3][3];
  for (int i = 0; i < 3; ++i) {
    const T* src = p.pos + (static_cast<int64_t>(b) * p.num_vertices + p.tri[3 * f + i]) * 4;
    for (int k = 0; k < 4; ++k) v[i][k] = src[k];
    h[i][0] = v[i][0];
    h[i][1] = v[i][1];
    h[i][2] = v[i][3];
  }
  if (!clippedBoundingBox(v, p.height, p.width, s.x0, s.x1, s.y0, s.y1)) return false;
  // Edge i is opposite vertex i: e_i = (h_j x h_k) . (x, y, 1). Swapping j and k negates every
  // coefficient exactly, which is what makes shared edges watertight.
  for (int i = 0; i < 3; ++i) cross3(h[(i + 1) % 3], h[(i + 2) % 3], s.edge[i]);
  const T det = h[0][0] * s.edge[0][0] + h[0][1] * s.edge[0][1] + h[0][2] * s.edge[0][2];
  if (det == 0 || !std::isfinite(det)) return false;  // seen edge-on: covers no area
  const T sign = det > 0 ? T(1) : T(-1);
  for (int i = 0; i < 3; ++i) {
    for (int k = 0; k < 3; ++k) s.edge[i][k] *= sign;
    s.top_left[i] = s.edge[i][0] > 0 || (s.edge[i][0] == 0 && s.edge[i][1] > 0);
    s.z[i] = v[i][2];
    s.w[i] = v[i][3];
  }
  setupFixedPoint(p, v, s);
  return true;
}

template <typename T>
void rasterizeForward(const RasterizeKernelParams<T>& p) {
  const int bands = (p.height + kBandRows - 1) / kBandRows;
  // NDC coordinates of the pixel centres, computed once so every triangle sees identical values.
  std::vector<T> xs(p.width), ys(p.height);
  for (int i = 0; i < p.width; ++i) xs[i] = T(2) * (T(i) + T(0.5)) / T(p.width) - T(1);
  for (int j = 0; j < p.height; ++j) ys[j] = T(2) * (T(j) + T(0.5)) / T(p.height) - T(1);

  std::vector<std::vector<TriangleSetup<T>>> setups(p.batch);
  std::vector<std::vector<std::vector<int>>> bins(p.batch, std::vector<std::vector<int>>(bands));
  at::parallel_for(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      auto& list = setups[b];
      list.reserve(p.num_triangles);
      for (int f = 0; f < p.num_triangles; ++f) {
        TriangleSetup<T> s;
        if (!setupTriangle(p, static_cast<int>(b), f, s)) s.x0 = -1;  // marks "not drawn"
        list.push_back(s);
        if (s.x0 < 0) continue;
        for (int band = s.y0 / kBandRows; band <= s.y1 / kBandRows; ++band) bins[b][band].push_back(f);
      }
    }
  });

  at::parallel_for(0, static_cast<int64_t>(p.batch) * bands, 1, [&](int64_t w0, int64_t w1) {
    std::vector<T> depth(static_cast<size_t>(kBandRows) * p.width);
    for (int64_t work = w0; work < w1; ++work) {
      const int b = static_cast<int>(work / bands), band = static_cast<int>(work % bands);
      const int row0 = band * kBandRows, row1 = std::min(p.height, row0 + kBandRows);
      std::fill(depth.begin(), depth.end(), std::numeric_limits<T>::infinity());
      T* out = p.out + (static_cast<int64_t>(b) * p.height + row0) * p.width * 4;
      std::fill(out, out + static_cast<int64_t>(row1 - row0) * p.width * 4, T(0));
      for (const int f : bins[b][band]) {
        const TriangleSetup<T>& s = setups[b][f];
        const int y0 = std::max(s.y0, row0), y1 = std::min(s.y1, row1 - 1);
        for (int y = y0; y <= y1; ++y) {
          const T yn = ys[y];
          // Integer edge values at the first pixel centre of the row, and their step per pixel.
          int64_t fixed_row[3] = {0, 0, 0}, fixed_step[3] = {0, 0, 0};
          if (s.fixed) {
            const int64_t px = (int64_t(s.x0) << kSubpixelBits) + (1 << (kSubpixelBits - 1));
            const int64_t py = (int64_t(y) << kSubpixelBits) + (1 << (kSubpixelBits - 1));
            for (int i = 0; i < 3; ++i) {
              const int64_t* fe = s.fixed_edge[i];
              fixed_row[i] = fe[0] * px + fe[1] * py + fe[2] - (s.fixed_top_left[i] ? 0 : 1);
              fixed_step[i] = fe[0] << kSubpixelBits;
            }
          }
          for (int x = s.x0; x <= s.x1; ++x) {
            bool inside = true;
            if (s.fixed) {
              // Tie rule folded into the bias: value + (top_left ? 0 : -1) >= 0 <=> value > 0 or (== 0 and
              // top-left).
              for (int i = 0; i < 3 && inside; ++i) inside = fixed_row[i] + (x - s.x0) * fixed_step[i] >= 0;
            }
            const T xn = xs[x];
            T e[3];
            for (int i = 0; i < 3; ++i) e[i] = s.edge[i][0] * xn + s.edge[i][1] * yn + s.edge[i][2];
            if (!s.fixed)
              for (int i = 0; i < 3 && inside; ++i) inside = e[i] > 0 || (e[i] == 0 && s.top_left[i]);
            if (!inside) continue;
            const T sum = e[0] + e[1] + e[2];
            const T wsum = e[0] * s.w[0] + e[1] * s.w[1] + e[2] * s.w[2];
            if (!(sum != 0) || !(wsum / sum > 0)) continue;
            const T zw = (e[0] * s.z[0] + e[1] * s.z[1] + e[2] * s.z[2]) / wsum;
            if (zw < T(-1) || zw > T(1)) continue;  // in front of the near or beyond the far plane
            const int64_t local = static_cast<int64_t>(y - row0) * p.width + x;
            if (!(zw < depth[local])) continue;
            depth[local] = zw;
            T* px = out + local * 4;
            px[0] = e[0] / sum;
            px[1] = e[1] / sum;
            px[2] = zw;
            px[3] = static_cast<T>(f + 1);
          }
        }
      }
    }
  });
}

// Gradient of (u, v, z/w) with respect to the clip positions, recomputed from the stored triangle ids.
// With `pixel_index` (count entries, flat indices into the B x H x W image), grad_out holds one row per
// listed pixel; without it, one row per pixel of the image.
template <typename T>
void rasterizeBackward(const RasterizeKernelParams<T>& p, const T* grad_out, T* grad_pos,
                       const int64_t* pixel_index = nullptr, int64_t count = 0) {
  const int64_t pixels = pixel_index ? count : static_cast<int64_t>(p.batch) * p.height * p.width;
  const int64_t pos_size = static_cast<int64_t>(p.batch) * p.num_vertices * 4;
  std::vector<T> xs(p.width), ys(p.height);
  for (int i = 0; i < p.width; ++i) xs[i] = T(2) * (T(i) + T(0.5)) / T(p.width) - T(1);
  for (int j = 0; j < p.height; ++j) ys[j] = T(2) * (T(j) + T(0.5)) / T(p.height) - T(1);

  ParallelAccumulator<T> acc(pos_size);
  at::parallel_for(0, pixels, 4096, [&](int64_t q0, int64_t q1) {
    T* g = acc.local();
    for (int64_t k = q0; k < q1; ++k) {
      const int64_t q = pixel_index ? pixel_index[k] : k;
      const T* r = p.out + q * 4;
      if (r[3] == 0) continue;
      const T* go = grad_out + k * 4;
      if (go[0] == 0 && go[1] == 0 && go[2] == 0) continue;
      const int f = static_cast<int>(r[3]) - 1;
      const int64_t b = q / (static_cast<int64_t>(p.height) * p.width);
      const int64_t pix = q % (static_cast<int64_t>(p.height) * p.width);
      const T pt[3] = {xs[pix % p.width], ys[pix / p.width], T(1)};
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
      const T sum = e[0] + e[1] + e[2];
      const T beta[3] = {e[0] / sum, e[1] / sum, e[2] / sum};
      const T wsum = beta[0] * h[0][2] + beta[1] * h[1][2] + beta[2] * h[2][2];
      const T zw = (beta[0] * z[0] + beta[1] * z[1] + beta[2] * z[2]) / wsum;
      // d loss / d beta_i from u, v and the depth; then through beta_i = e_i / sum e.
      T gb[3] = {go[0], go[1], T(0)};
      for (int i = 0; i < 3; ++i) gb[i] += go[2] * (z[i] - zw * h[i][2]) / wsum;
      const T dot = gb[0] * beta[0] + gb[1] * beta[1] + gb[2] * beta[2];
      T gh[3][3] = {};
      for (int i = 0; i < 3; ++i) {
        const T ge = (gb[i] - dot) / sum;
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
        T* gp = g + (b * p.num_vertices + vi[i]) * 4;
        gp[0] += gh[i][0];
        gp[1] += gh[i][1];
        // w_i enters through the edge functions and directly through the depth's denominator.
        gp[3] += gh[i][2] - go[2] * zw * beta[i] / wsum;
        gp[2] += go[2] * beta[i] / wsum;
      }
    }
  });
  acc.sumInto(grad_pos);
}

template <typename T>
RasterizeKernelParams<T> kernelParams(const torch::Tensor& pos, const torch::Tensor& tri,
                                      torch::Tensor& out) {
  RasterizeKernelParams<T> p;
  p.pos = pos.data_ptr<T>();
  p.tri = tri.data_ptr<int32_t>();
  p.out = out.data_ptr<T>();
  p.batch = static_cast<int>(pos.size(0));
  p.num_vertices = static_cast<int>(pos.size(1));
  p.num_triangles = static_cast<int>(tri.size(0));
  p.height = static_cast<int>(out.size(1));
  p.width = static_cast<int>(out.size(2));
  return p;
}

class RasterizeFunction : public torch::autograd::Function<RasterizeFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& pos,
                               const torch::Tensor& tri, int64_t height, int64_t width) {
    auto out = torch::empty({pos.size(0), height, width, 4}, pos.options());
    AT_DISPATCH_FLOATING_TYPES(pos.scalar_type(), "rasterize",
                               [&] { rasterizeForward(kernelParams<scalar_t>(pos, tri, out)); });
    ctx->save_for_backward({pos, tri, out});
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto& pos = saved[0];
    const auto& tri = saved[1];
    auto out = saved[2];
    const auto grad_out = grads[0].contiguous();
    auto grad_pos = torch::zeros_like(pos);
    AT_DISPATCH_FLOATING_TYPES(pos.scalar_type(), "rasterize_backward", [&] {
      rasterizeBackward(kernelParams<scalar_t>(pos, tri, out), grad_out.data_ptr<scalar_t>(),
                        grad_pos.data_ptr<scalar_t>());
    });
    return {grad_pos, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

// Rows of a rasteriser output for a list of pixels, differentiable with respect to the positions.
class RasterPixelsFunction : public torch::autograd::Function<RasterPixelsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& pos,
                               const torch::Tensor& tri, const torch::Tensor& rast,
                               const torch::Tensor& pixel_index) {
    ctx->save_for_backward({pos, tri, rast, pixel_index});
    return rast.view({-1, 4}).index_select(0, pixel_index);
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto &pos = saved[0], &tri = saved[1], &index = saved[3];
    auto rast = saved[2];
    const auto grad_out = grads[0].contiguous();
    auto grad_pos = torch::zeros_like(pos);
    AT_DISPATCH_FLOATING_TYPES(pos.scalar_type(), "rasterize_pixels_backward", [&] {
      rasterizeBackward(kernelParams<scalar_t>(pos, tri, rast), grad_out.data_ptr<scalar_t>(),
                        grad_pos.data_ptr<scalar_t>(), index.data_ptr<int64_t>(), index.size(0));
    });
    return {grad_pos, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor rasterize(const torch::Tensor& pos, const torch::Tensor& tri, int height, int width) {
  checkFloatTensor("rasterize", "pos", pos, 3, 4);
  checkFinite("rasterize", "pos", pos);
  checkTriangles("rasterize", "tri", tri, pos.size(1));
  if (height <= 0 || width <= 0 || height > 16384 || width > 16384)
    throw InputError("rasterize: the image size must be between 1 and 16384 pixels per side, got " +
                     std::to_string(width) + " x " + std::to_string(height));
  if (!pos.device().is_cpu()) throw InputError("rasterize: CUDA tensors need the GPU build (gpu/)");
  const auto tri32 = tri.to(torch::kInt32).contiguous();
  return RasterizeFunction::apply(pos.contiguous(), tri32, height, width);
}

}  // namespace palma::render

namespace palma::render {

torch::Tensor rasterPixels(const torch::Tensor& pos, const torch::Tensor& tri, const torch::Tensor& rast,
                           const torch::Tensor& pixel_index) {
  checkFloatTensor("rasterize", "pos", pos, 3, 4);
  checkFloatTensor("rasterize", "rast", rast, 4, 4);
  checkSameKind("rasterize", "pos", pos, "rast", rast);
  if (!pixel_index.defined() || pixel_index.scalar_type() != torch::kInt64 || pixel_index.dim() != 1)
    throw InputError("rasterize: `pixel_index` must be an int64 [P] tensor, got " + describe(pixel_index));
  if (pixel_index.numel() > 0 &&
      (pixel_index.min().item<int64_t>() < 0 || pixel_index.max().item<int64_t>() >= rast.numel() / 4))
    throw InputError("rasterize: `pixel_index` points outside the image");
  return RasterPixelsFunction::apply(pos.contiguous(), tri.to(torch::kInt32).contiguous(),
                                     rast.detach().contiguous(), pixel_index.contiguous());
}

}  // namespace palma::render
