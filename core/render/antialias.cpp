#include "core/render/antialias.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/antialias_kernel.h"
#include "core/render/op_checks.h"

namespace palma::render {

namespace {

using kern::EdgeCrossing;

// The pixel pairs of rows [y0, y1) of image b that the antialiasing blends, in the order of
// kern::pixelPairsPerImage: the horizontal pairs of those rows row by row into `horizontal`, then the
// vertical pairs between each of those rows and the next into `vertical`. Most pairs show the same
// triangle (or background) twice; comparing the ids here, row by row, keeps findCrossing for the pairs
// that can blend.
template <typename T>
void crossingsInRows(const AntialiasKernelParams<T>& p, int b, int y0, int y1,
                     std::vector<EdgeCrossing<T>>& horizontal, std::vector<EdgeCrossing<T>>& vertical) {
  EdgeCrossing<T> c;
  const int64_t row_size = static_cast<int64_t>(p.width) * 4;
  const T* rast = p.rast + static_cast<int64_t>(b) * p.height * row_size;
  for (int y = y0; y < y1; ++y) {
    const T* id = rast + y * row_size + 3;
    for (int x = 0; x + 1 < p.width; ++x)
      if (id[4 * x] != id[4 * x + 4] && kern::findCrossing(p, b, x, y, false, c)) horizontal.push_back(c);
  }
  for (int y = y0; y < y1 && y + 1 < p.height; ++y) {
    const T* id = rast + y * row_size + 3;
    const T* below = id + row_size;
    for (int x = 0; x < p.width; ++x)
      if (id[4 * x] != below[4 * x] && kern::findCrossing(p, b, x, y, true, c)) vertical.push_back(c);
  }
}

// Bands of rows per image for the crossing search: the work is where the silhouettes are, which
// differs a lot between images (one hand pose has twice the edges of another), so the search runs over
// (image, band) items that the threads take one at a time.
constexpr int kCrossingBands = 8;

// Every image's blended pixel pairs, each image's in the order of kern::pixelPairsPerImage.
template <typename T>
std::vector<std::vector<EdgeCrossing<T>>> findCrossings(const AntialiasKernelParams<T>& p) {
  const int bands = std::max(1, std::min(p.height, kCrossingBands));
  const int64_t items = static_cast<int64_t>(p.batch) * bands;
  std::vector<std::vector<EdgeCrossing<T>>> horizontal(items), vertical(items);
  std::atomic<int64_t> next{0};
  palma::cpu::parallelFor(0, at::get_num_threads(), 1, [&](int64_t, int64_t) {
    for (int64_t k = next++; k < items; k = next++) {
      const int b = static_cast<int>(k / bands), band = static_cast<int>(k % bands);
      const int y0 = static_cast<int>(static_cast<int64_t>(p.height) * band / bands);
      const int y1 = static_cast<int>(static_cast<int64_t>(p.height) * (band + 1) / bands);
      crossingsInRows(p, b, y0, y1, horizontal[k], vertical[k]);
    }
  });
  std::vector<std::vector<EdgeCrossing<T>>> crossings(p.batch);
  palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      auto& list = crossings[b];
      size_t n = 0;
      for (int band = 0; band < bands; ++band)
        n += horizontal[b * bands + band].size() + vertical[b * bands + band].size();
      list.reserve(n);
      for (const auto* part : {&horizontal, &vertical})
        for (int band = 0; band < bands; ++band)
          list.insert(list.end(), (*part)[b * bands + band].begin(), (*part)[b * bands + band].end());
    }
  });
  return crossings;
}

// Every image's vertices in pixel coordinates and every triangle's orientation, computed once (by the
// same kernel functions) for the edge search, which otherwise projects the vertices of every triangle
// it visits at every pixel pair it tests; the results are identical.
template <typename T>
struct ScreenCache {
  std::vector<T> screen;
  std::vector<uint8_t> valid;
  std::vector<int8_t> orientation;

  AntialiasKernelParams<T> attach(AntialiasKernelParams<T> p) {
    const int64_t n = p.num_vertices, f = p.num_triangles;
    screen.resize(static_cast<size_t>(p.batch * n * 2));
    valid.resize(static_cast<size_t>(p.batch * n));
    orientation.resize(static_cast<size_t>(p.batch * f));
    palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
      for (int64_t b = b0; b < b1; ++b) {
        for (int64_t v = 0; v < n; ++v) {
          const auto s = kern::projectVertex(p, static_cast<int>(b), static_cast<int>(v));
          screen[2 * (b * n + v)] = s.x;
          screen[2 * (b * n + v) + 1] = s.y;
          valid[b * n + v] = s.valid ? 1 : 0;
        }
        for (int64_t t = 0; t < f; ++t)
          orientation[b * f + t] =
              static_cast<int8_t>(kern::triangleOrientation(p, static_cast<int>(b), static_cast<int>(t)));
      }
    });
    p.screen = screen.data();
    p.screen_valid = valid.data();
    p.orientation = orientation.data();
    return p;
  }
};

template <typename T>
void antialiasForward(const AntialiasKernelParams<T>& params) {
  ScreenCache<T> cache;
  const AntialiasKernelParams<T> p = cache.attach(params);
  const int64_t image_size = static_cast<int64_t>(p.height) * p.width * p.channels;
  const int ch = p.channels;
  const auto crossings = findCrossings(p);
  palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const T* color = p.color + b * image_size;
      T* out = p.out + b * image_size;
      std::copy(color, color + image_size, out);
      for (const auto& c : crossings[b]) kern::blendCrossing(c, color, ch, out);
    }
  });
}

template <typename T>
void antialiasBackward(const AntialiasKernelParams<T>& params, const T* grad_out, T* grad_color,
                       T* grad_pos) {
  ScreenCache<T> cache;
  const AntialiasKernelParams<T> p = cache.attach(params);
  const int64_t image_size = static_cast<int64_t>(p.height) * p.width * p.channels;
  const auto crossings = findCrossings(p);
  palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const T* color = p.color + b * image_size;
      const T* go = grad_out + b * image_size;
      T* gc = grad_color + b * image_size;
      std::copy(go, go + image_size, gc);
      T* gp = grad_pos ? grad_pos + b * static_cast<int64_t>(p.num_vertices) * 4 : nullptr;
      for (const auto& c : crossings[b])
        kern::blendCrossingBackward(p, static_cast<int>(b), c, color, go, gc, gp);
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
  p.num_triangles = static_cast<int>(tri.size(0));
  return p;
}

class AntialiasFunction : public torch::autograd::Function<AntialiasFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& color,
                               const torch::Tensor& rast, const torch::Tensor& pos, const torch::Tensor& tri,
                               const torch::Tensor& neighbours) {
    auto out = torch::empty_like(color);
    AT_DISPATCH_FLOATING_TYPES(color.scalar_type(), "antialias", [&] {
      const auto p = kernelParams<scalar_t>(color, rast, pos, tri, neighbours, out);
      if (color.is_cuda())
        gpu::antialiasForward(p, cudaStreamOf(color));
      else
        antialiasForward(p);
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
      const auto p = kernelParams<scalar_t>(s[0], s[1], s[2], s[3], s[4], torch::Tensor());
      if (s[0].is_cuda())
        gpu::antialiasBackward(p, grad_out.data_ptr<scalar_t>(), grad_color.data_ptr<scalar_t>(),
                               grad_pos.data_ptr<scalar_t>(), cudaStreamOf(s[0]));
      else
        antialiasBackward(p, grad_out.data_ptr<scalar_t>(), grad_color.data_ptr<scalar_t>(),
                          grad_pos.data_ptr<scalar_t>());
    });
    return {grad_color, torch::Tensor(), grad_pos, torch::Tensor(), torch::Tensor()};
  }
};

// The entries of d.index (sorted) that fall in [first, first + pixels): one image's block.
template <typename T>
std::pair<const int64_t*, const int64_t*> indexBlock(const CompositeKernelParams<T>& d, int64_t first,
                                                     int64_t pixels) {
  const int64_t* lo = std::lower_bound(d.index, d.index + d.count, first);
  return {lo, std::lower_bound(lo, d.index + d.count, first + pixels)};
}

// The row of d.colour shown by every pixel of B x H x W (-1: background), image by image in parallel.
template <typename T>
std::unique_ptr<int32_t[]> compactIndex(const CompositeKernelParams<T>& d, int64_t batch, int64_t pixels) {
  std::unique_ptr<int32_t[]> compact(new int32_t[static_cast<size_t>(batch * pixels)]);
  palma::cpu::parallelFor(0, batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const int64_t first = b * pixels;
      std::fill(compact.get() + first, compact.get() + first + pixels, -1);
      const auto [lo, hi] = indexBlock(d, first, pixels);
      for (const int64_t* it = lo; it != hi; ++it) compact[*it] = static_cast<int32_t>(it - d.index);
    }
  });
  return compact;
}

template <typename T>
void compositeForward(const AntialiasKernelParams<T>& params, const CompositeKernelParams<T>& d,
                      bool antialias, std::vector<std::vector<EdgeCrossing<T>>>& crossings) {
  ScreenCache<T> cache;
  const AntialiasKernelParams<T> p = antialias ? cache.attach(params) : params;
  const int c = d.channels;
  const int64_t pixels = static_cast<int64_t>(p.height) * p.width;
  const auto compact = compactIndex(d, p.batch, pixels);
  const int32_t* ci = compact.get();
  T* image = d.image;
  T* mask = d.mask;
  if (antialias)
    crossings = findCrossings(p);
  else
    crossings.assign(p.batch, {});
  palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      const int64_t first = b * pixels;
      // Background, then the covered pixels' colours (this image's block of the sorted index).
      if (d.background_image) {
        std::copy(d.background + first * c, d.background + (first + pixels) * c, image + first * c);
      } else {
        // One row of the colour, then whole rows copied.
        T* row = image + first * c;
        for (int x = 0; x < p.width; ++x)
          for (int k = 0; k < c; ++k) row[x * c + k] = d.background[k];
        const int64_t row_size = static_cast<int64_t>(p.width) * c;
        for (int y = 1; y < p.height; ++y) std::copy(row, row + row_size, row + y * row_size);
      }
      std::fill(mask + first, mask + first + pixels, T(0));
      const auto [lo, hi] = indexBlock(d, first, pixels);
      for (const int64_t* it = lo; it != hi; ++it) {
        const int64_t q = *it, i = it - d.index;
        for (int k = 0; k < c; ++k) image[q * c + k] = d.colour[i * c + k];
        mask[q] = 1;
      }
      for (const auto& e : crossings[b]) kern::compositeBlendCrossing(p, d, ci, static_cast<int>(b), e);
    }
  });
}

template <typename T>
void compositeBackward(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                       const std::vector<std::vector<EdgeCrossing<T>>>& crossings, const T* grad_image,
                       const T* grad_mask, T* grad_colour, T* grad_pos) {
  const int c = d.channels;
  const int64_t pixels = static_cast<int64_t>(p.height) * p.width;
  const auto compact = compactIndex(d, p.batch, pixels);
  const int32_t* ci = compact.get();
  palma::cpu::parallelFor(0, d.count, 8192, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i)
      for (int k = 0; k < c; ++k) grad_colour[i * c + k] = grad_image ? grad_image[d.index[i] * c + k] : T(0);
  });
  palma::cpu::parallelFor(0, p.batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b)
      for (const auto& e : crossings[b])
        kern::compositeBlendCrossingBackward(p, d, ci, static_cast<int>(b), e, grad_image, grad_mask,
                                             grad_colour, grad_pos);
  });
}

template <typename T>
CompositeKernelParams<T> compositeData(const torch::Tensor& colour, const torch::Tensor& index,
                                       const torch::Tensor& background, const torch::Tensor& image,
                                       const torch::Tensor& mask) {
  CompositeKernelParams<T> d;
  d.colour = colour.data_ptr<T>();
  d.index = index.data_ptr<int64_t>();
  d.count = index.size(0);
  d.background = background.data_ptr<T>();
  d.background_image = background.dim() == 4;
  d.channels = static_cast<int>(colour.size(1));
  d.image = image.defined() ? image.data_ptr<T>() : nullptr;
  d.mask = mask.defined() ? mask.data_ptr<T>() : nullptr;
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

// Composite of per-pixel colours over a background, antialiased, written to separate image and mask
// outputs. On the CPU the crossings found in the forward pass are kept for the backward pass; on a
// CUDA device the backward finds them again (one thread per pixel pair, cheaper than compacting them).
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
      const auto p = kernelParams<scalar_t>(rast, rast, pos, tri, neighbours, torch::Tensor());
      const auto d = compositeData<scalar_t>(colour, pixel_index, background, image, mask);
      if (colour.is_cuda()) {
        auto compact = torch::empty({b * h * w}, colour.options().dtype(torch::kInt32));
        gpu::compositeAntialiasForward(p, d, antialias, compact.data_ptr<int32_t>(), cudaStreamOf(colour));
        packed = torch::empty({0}, torch::kUInt8);
      } else {
        std::vector<std::vector<EdgeCrossing<scalar_t>>> crossings;
        compositeForward(p, d, antialias, crossings);
        packed = packCrossings(crossings);
      }
    });
    ctx->saved_data["antialias"] = antialias;
    ctx->save_for_backward({colour, pos, background, rast, tri, neighbours, pixel_index, packed});
    return {image, mask};
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto &colour = s[0], &pos = s[1], &background = s[2], &rast = s[3], &tri = s[4], &neighbours = s[5];
    const auto &index = s[6], &packed = s[7];
    const bool antialias = ctx->saved_data["antialias"].toBool();
    const auto grad_image = grads[0].defined() ? grads[0].contiguous() : torch::Tensor();
    const auto grad_mask = grads[1].defined() ? grads[1].contiguous() : torch::Tensor();
    auto grad_colour = torch::empty_like(colour);
    auto grad_pos = torch::zeros_like(pos);
    AT_DISPATCH_FLOATING_TYPES(colour.scalar_type(), "composite_backward", [&] {
      const auto p = kernelParams<scalar_t>(rast, rast, pos, tri, neighbours, torch::Tensor());
      const auto d = compositeData<scalar_t>(colour, index, background, torch::Tensor(), torch::Tensor());
      const scalar_t* gi = grad_image.defined() ? grad_image.data_ptr<scalar_t>() : nullptr;
      const scalar_t* gm = grad_mask.defined() ? grad_mask.data_ptr<scalar_t>() : nullptr;
      if (colour.is_cuda()) {
        auto compact =
            torch::empty({rast.size(0) * rast.size(1) * rast.size(2)}, colour.options().dtype(torch::kInt32));
        gpu::compositeAntialiasBackward(p, d, antialias, gi, gm, grad_colour.data_ptr<scalar_t>(),
                                        grad_pos.data_ptr<scalar_t>(), compact.data_ptr<int32_t>(),
                                        cudaStreamOf(colour));
      } else {
        compositeBackward(p, d, unpackCrossings<scalar_t>(packed, rast.size(0)), gi, gm,
                          grad_colour.data_ptr<scalar_t>(), grad_pos.data_ptr<scalar_t>());
      }
    });
    return {grad_colour,     grad_pos,        torch::Tensor(), torch::Tensor(),
            torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

AntialiasTopology antialiasTopology(const torch::Tensor& tri) {
  if (!tri.defined() || tri.dim() != 2 || tri.size(1) != 3)
    throw InputError("antialias: `tri` must be [F,3], got " + describe(tri));
  const auto t = tri.to(torch::kCPU, torch::kInt64).contiguous();
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
  checkDevice("antialias", "color", color);
  auto neighbours = topology.neighbours.defined() ? topology.neighbours : antialiasTopology(tri).neighbours;
  if (neighbours.size(0) != tri.size(0))
    throw InputError("antialias: `topology` was built for another index buffer");
  return AntialiasFunction::apply(color.contiguous(), rast.contiguous(), pos.contiguous(),
                                  tri.to(color.device(), torch::kInt32).contiguous(),
                                  neighbours.to(color.device(), torch::kInt32).contiguous());
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
  checkSameKind("composite", "colour", colour, "rast", rast);
  checkDevice("composite", "colour", colour);
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
  if (!indicesTrusted() && pixel_index.numel() > 0 &&
      (pixel_index.min().item<int64_t>() < 0 || pixel_index.max().item<int64_t>() >= b * h * w))
    throw InputError("composite: `pixel_index` points outside the image");
  if (!indicesTrusted() && pixel_index.numel() > 1 &&
      !(pixel_index.narrow(0, 1, pixel_index.size(0) - 1) > pixel_index.narrow(0, 0, pixel_index.size(0) - 1))
           .all()
           .item<bool>())
    throw InputError("composite: `pixel_index` must be strictly increasing (as torch::nonzero returns it)");
  auto neighbours = topology.neighbours.defined() ? topology.neighbours : antialiasTopology(tri).neighbours;
  if (neighbours.size(0) != tri.size(0))
    throw InputError("composite: `topology` was built for another index buffer");
  const auto out =
      CompositeFunction::apply(colour.contiguous(), pos.contiguous(), back, rast.detach().contiguous(),
                               tri.to(colour.device(), torch::kInt32).contiguous(),
                               neighbours.to(colour.device(), torch::kInt32).contiguous(),
                               pixel_index.to(colour.device()).contiguous(), antialias);
  return {out[0], out[1]};
}

}  // namespace palma::render
