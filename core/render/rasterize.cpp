#include "core/render/rasterize.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/rasterize_kernel.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"

namespace palma::render {

namespace {

// Rows per band of the image: triangles are binned into bands so that threads own disjoint rows.
constexpr int kBandRows = 16;

using kern::TriangleSetup;

// What triangle setup needs of one vertex, computed once per vertex instead of once per corner.
template <typename T>
struct VertexPrep {
  T px, py;        // screen position in pixels (when `inside`)
  int64_t gx, gy;  // position on the subpixel grid (when `on_grid`)
  bool inside;     // in front of both clipping planes
  bool on_grid;    // kern::vertexOnGrid
};

// kern::setupTriangle from prepared vertices: the same steps with the same values.
template <typename T>
bool setupTriangle(const RasterizeKernelParams<T>& p, const VertexPrep<T>* prep, int b, int f,
                   TriangleSetup<T>& s) {
  T v[3][4];
  kern::loadTriangle(p, b, f, v);
  const VertexPrep<T>* c[3];
  for (int i = 0; i < 3; ++i) c[i] = prep + static_cast<int64_t>(b) * p.num_vertices + p.tri[3 * f + i];
  if (c[0]->inside && c[1]->inside && c[2]->inside) {
    const T px[3] = {c[0]->px, c[1]->px, c[2]->px}, py[3] = {c[0]->py, c[1]->py, c[2]->py};
    if (!kern::boundingBox(px, py, 3, p.height, p.width, s.x0, s.x1, s.y0, s.y1)) return false;
  } else if (!kern::clippedBoundingBox(v, p.height, p.width, s.x0, s.x1, s.y0, s.y1)) {
    return false;
  }
  if (!kern::setupEdges(v, s)) return false;
  s.fixed = false;
  if (c[0]->on_grid && c[1]->on_grid && c[2]->on_grid) {
    const int64_t x[3] = {c[0]->gx, c[1]->gx, c[2]->gx}, y[3] = {c[0]->gy, c[1]->gy, c[2]->gy};
    kern::setupFixedPointFromGrid(x, y, s);
  }
  return true;
}

template <typename T>
void rasterizeForward(const RasterizeKernelParams<T>& p) {
  const int bands = (p.height + kBandRows - 1) / kBandRows;
  // NDC coordinates of the pixel centres, computed once so every triangle sees identical values.
  std::vector<T> xs(p.width), ys(p.height);
  for (int i = 0; i < p.width; ++i) xs[i] = kern::pixelNdc<T>(i, p.width);
  for (int j = 0; j < p.height; ++j) ys[j] = kern::pixelNdc<T>(j, p.height);

  std::vector<std::vector<TriangleSetup<T>>> setups(p.batch);
  std::vector<std::vector<std::vector<int>>> bins(p.batch, std::vector<std::vector<int>>(bands));
  std::vector<VertexPrep<T>> prep(static_cast<size_t>(p.batch) * p.num_vertices);
  palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      for (int64_t i = b * p.num_vertices; i < (b + 1) * p.num_vertices; ++i) {
        VertexPrep<T>& vp = prep[i];
        const T* v = p.pos + i * 4;
        vp.inside = kern::insideClipPlanes(v);
        vp.px = vp.py = T(0);
        if (vp.inside) kern::screenPoint(v, p.height, p.width, vp.px, vp.py);
        vp.gx = vp.gy = 0;
        vp.on_grid = kern::vertexOnGrid(p, v, vp.gx, vp.gy);
      }
      auto& list = setups[b];
      list.reserve(p.num_triangles);
      for (int f = 0; f < p.num_triangles; ++f) {
        TriangleSetup<T> s;
        if (!setupTriangle(p, prep.data(), static_cast<int>(b), f, s)) s.x0 = -1;  // marks "not drawn"
        list.push_back(s);
        if (s.x0 < 0) continue;
        for (int band = s.y0 / kBandRows; band <= s.y1 / kBandRows; ++band) bins[b][band].push_back(f);
      }
    }
  });

  palma::cpu::parallelFor(0, static_cast<int64_t>(p.batch) * bands, 1, [&](int64_t w0, int64_t w1) {
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
            const int64_t px = (int64_t(s.x0) << kern::kSubpixelBits) + (1 << (kern::kSubpixelBits - 1));
            const int64_t py = (int64_t(y) << kern::kSubpixelBits) + (1 << (kern::kSubpixelBits - 1));
            for (int i = 0; i < 3; ++i) {
              const int64_t* fe = s.fixed_edge[i];
              fixed_row[i] = fe[0] * px + fe[1] * py + fe[2] - (s.fixed_top_left[i] ? 0 : 1);
              fixed_step[i] = fe[0] << kern::kSubpixelBits;
            }
          }
          // Tie rule folded into the bias: value + (top_left ? 0 : -1) >= 0 <=> value > 0 or (== 0 and
          // top-left). The values step exactly along the row; a pixel is inside when none is negative.
          int64_t e0 = fixed_row[0], e1 = fixed_row[1], e2 = fixed_row[2];
          for (int x = s.x0; x <= s.x1; ++x, e0 += fixed_step[0], e1 += fixed_step[1], e2 += fixed_step[2]) {
            if ((e0 | e1 | e2) < 0) continue;  // without s.fixed all three stay 0
            T u, v, zw;
            if (!kern::sampleTriangle(s, xs[x], yn, u, v, zw)) continue;
            const int64_t local = static_cast<int64_t>(y - row0) * p.width + x;
            if (!(zw < depth[local])) continue;
            depth[local] = zw;
            T* px = out + local * 4;
            px[0] = u;
            px[1] = v;
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
  ParallelAccumulator<T> acc(pos_size, grad_pos);
  palma::cpu::parallelFor(0, pixels, 4096, [&](int64_t q0, int64_t q1) {
    T* g = acc.local();
    for (int64_t k = q0; k < q1; ++k)
      kern::rasterizeBackwardPixel(p, pixel_index ? pixel_index[k] : k, grad_out + k * 4, g);
  });
  acc.finish();
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
    if (pos.is_cuda()) {
      auto keys = torch::empty({pos.size(0), height, width}, pos.options().dtype(torch::kInt64));
      auto* key_ptr = reinterpret_cast<unsigned long long*>(keys.data_ptr<int64_t>());
      AT_DISPATCH_FLOATING_TYPES(pos.scalar_type(), "rasterize", [&] {
        gpu::rasterizeForward(kernelParams<scalar_t>(pos, tri, out), key_ptr, cudaStreamOf(pos));
      });
    } else {
      AT_DISPATCH_FLOATING_TYPES(pos.scalar_type(), "rasterize",
                                 [&] { rasterizeForward(kernelParams<scalar_t>(pos, tri, out)); });
    }
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
      const auto p = kernelParams<scalar_t>(pos, tri, out);
      if (pos.is_cuda())
        gpu::rasterizeBackward(p, grad_out.data_ptr<scalar_t>(), grad_pos.data_ptr<scalar_t>(), nullptr, 0,
                               cudaStreamOf(pos));
      else
        rasterizeBackward(p, grad_out.data_ptr<scalar_t>(), grad_pos.data_ptr<scalar_t>());
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
      const auto p = kernelParams<scalar_t>(pos, tri, rast);
      if (pos.is_cuda())
        gpu::rasterizeBackward(p, grad_out.data_ptr<scalar_t>(), grad_pos.data_ptr<scalar_t>(),
                               index.data_ptr<int64_t>(), index.size(0), cudaStreamOf(pos));
      else
        rasterizeBackward(p, grad_out.data_ptr<scalar_t>(), grad_pos.data_ptr<scalar_t>(),
                          index.data_ptr<int64_t>(), index.size(0));
    });
    return {grad_pos, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor rasterize(const torch::Tensor& pos, const torch::Tensor& tri, int height, int width) {
  checkFloatTensor("rasterize", "pos", pos, 3, 4);
  checkDevice("rasterize", "pos", pos);
  if (!indicesTrusted()) checkFinite("rasterize", "pos", pos);
  checkTriangles("rasterize", "tri", tri, pos.size(1));
  if (height <= 0 || width <= 0 || height > 16384 || width > 16384)
    throw InputError("rasterize: the image size must be between 1 and 16384 pixels per side, got " +
                     std::to_string(width) + " x " + std::to_string(height));
  const auto tri32 = tri.to(pos.device(), torch::kInt32).contiguous();
  return RasterizeFunction::apply(pos.contiguous(), tri32, height, width);
}

}  // namespace palma::render

namespace palma::render {

torch::Tensor rasterPixels(const torch::Tensor& pos, const torch::Tensor& tri, const torch::Tensor& rast,
                           const torch::Tensor& pixel_index) {
  checkFloatTensor("rasterize", "pos", pos, 3, 4);
  checkFloatTensor("rasterize", "rast", rast, 4, 4);
  checkDevice("rasterize", "pos", pos);
  checkSameKind("rasterize", "pos", pos, "rast", rast);
  if (!pixel_index.defined() || pixel_index.scalar_type() != torch::kInt64 || pixel_index.dim() != 1)
    throw InputError("rasterize: `pixel_index` must be an int64 [P] tensor, got " + describe(pixel_index));
  if (!indicesTrusted() && pixel_index.numel() > 0 &&
      (pixel_index.min().item<int64_t>() < 0 || pixel_index.max().item<int64_t>() >= rast.numel() / 4))
    throw InputError("rasterize: `pixel_index` points outside the image");
  return RasterPixelsFunction::apply(pos.contiguous(), tri.to(pos.device(), torch::kInt32).contiguous(),
                                     rast.detach().contiguous(), pixel_index.to(pos.device()).contiguous());
}

CoveredPixels coveredPixels(const torch::Tensor& rast_in) {
  checkFloatTensor("rasterize", "rast", rast_in, 4, 4);
  const auto rast = rast_in.detach();
  const int64_t batch = rast.size(0), height = rast.size(1), width = rast.size(2);
  const int64_t image = height * width;
  CoveredPixels out;
  if (!rast.device().is_cpu()) {
    out.index = torch::nonzero(rast.select(3, 3).reshape({-1}) > 0).squeeze(1);
    out.batch = torch::div(out.index, image, "floor");
    return out;
  }
  const auto contiguous = rast.contiguous();
  // Covered pixels per row, their running sum, then each row's indices at its offset.
  const int64_t rows = batch * height;
  std::vector<int64_t> offset(static_cast<size_t>(rows) + 1, 0);
  AT_DISPATCH_FLOATING_TYPES(contiguous.scalar_type(), "covered_pixels", [&] {
    const scalar_t* r = contiguous.data_ptr<scalar_t>();
    palma::cpu::parallelFor(0, rows, 64, [&](int64_t y0, int64_t y1) {
      for (int64_t y = y0; y < y1; ++y) {
        const scalar_t* id = r + (y * width) * 4 + 3;
        int64_t n = 0;
        for (int64_t x = 0; x < width; ++x) n += id[4 * x] > 0;
        offset[y + 1] = n;
      }
    });
    for (int64_t y = 0; y < rows; ++y) offset[y + 1] += offset[y];
    out.index = torch::empty({offset[rows]}, torch::kInt64);
    out.batch = torch::empty({offset[rows]}, torch::kInt64);
    int64_t* index = out.index.data_ptr<int64_t>();
    int64_t* image_of = out.batch.data_ptr<int64_t>();
    palma::cpu::parallelFor(0, rows, 64, [&](int64_t y0, int64_t y1) {
      for (int64_t y = y0; y < y1; ++y) {
        const scalar_t* id = r + (y * width) * 4 + 3;
        int64_t k = offset[y];
        const int64_t b = y / height;
        for (int64_t x = 0; x < width; ++x)
          if (id[4 * x] > 0) {
            index[k] = y * width + x;
            image_of[k++] = b;
          }
      }
    });
  });
  return out;
}

}  // namespace palma::render
