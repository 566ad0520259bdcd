// The CUDA interpolate and texture kernels' launch logic, run on the CPU: the per-thread bodies of
// core/render/kernels/{interpolate,texture}_kernel.h executed in plain loops over the thread index,
// as the __global__ wrappers of gpu/interpolate.cu and gpu/texture.cu run them (scatter atomics as
// plain adds into one buffer), compared with the CPU operators' outputs and gradients. Both are also
// compared with a reference written in LibTorch tensor operations (gathers and autograd), so a body
// that is wrong on both back ends fails too. tests/gpu/gpu_parity_interp_test.cpp checks the real
// kernels on a GPU.
#include <torch/torch.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/render/gpu_kernels.h"
#include "core/render/interpolate.h"
#include "core/render/kernels/interpolate_kernel.h"
#include "core/render/kernels/texture_kernel.h"
#include "core/render/rasterize.h"
#include "core/render/texture.h"
#include "tests/core/render/gpu_test_meshes.h"
#include "tests/support/palma_test.h"

using palma::render::InterpolateKernelParams;
using palma::render::TextureBoundary;
using palma::render::TextureKernelParams;
using torch::indexing::Slice;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

double maxAbs(const torch::Tensor& a) { return a.numel() ? a.abs().max().item<double>() : 0.0; }

// max |actual - expected| / max(|expected|, 1): the error of a result relative to its scale.
double relativeError(const torch::Tensor& actual, const torch::Tensor& expected) {
  return maxAbs(actual - expected) / std::max(maxAbs(expected), 1.0);
}

void checkClose(const torch::Tensor& actual, const torch::Tensor& expected, double tolerance,
                const std::string& what) {
  PALMA_CHECK_MSG(actual.sizes() == expected.sizes(), what + ": shapes differ");
  const double err = relativeError(actual, expected);
  PALMA_CHECK_MSG(err <= tolerance, what + " differs by " + std::to_string(err));
}

// ---- interpolate ----------------------------------------------------------------------------------

struct Grads {
  torch::Tensor out, grad_attr, grad_rast;
};

// interpolate / interpolatePixels through the CUDA kernels' launch logic: one "thread" per rasteriser
// row for the forward, one per row for the backward adding into a single attribute gradient. `attr`
// is [Ba,Na,A]; `pixel_batch` is empty or [P] for a [P,4] `rast`.
Grads emulatedInterpolate(const torch::Tensor& attr, const torch::Tensor& rast, const torch::Tensor& tri,
                          const torch::Tensor& pixel_batch, const torch::Tensor& grad_out) {
  const auto tri32 = tri.to(torch::kInt32).contiguous();
  const auto pb = pixel_batch.contiguous();
  auto out_shape = rast.sizes().vec();
  out_shape.back() = attr.size(2);
  Grads g;
  g.out = torch::full(out_shape, std::nan(""), attr.options());  // every row must be written
  g.grad_attr = torch::zeros_like(attr);
  g.grad_rast = torch::zeros_like(rast);
  InterpolateKernelParams<double> p;
  p.attr = attr.data_ptr<double>();
  p.rast = rast.data_ptr<double>();
  p.tri = tri32.data_ptr<int32_t>();
  p.out = g.out.data_ptr<double>();
  p.pixel_batch = pb.numel() > 0 ? pb.data_ptr<int64_t>() : nullptr;
  p.pixels = rast.numel() / 4;
  p.attr_batch = static_cast<int>(attr.size(0));
  p.num_attr_vertices = static_cast<int>(attr.size(1));
  p.channels = static_cast<int>(attr.size(2));
  if (rast.dim() == 4) p.pixels_per_image = rast.size(1) * rast.size(2);
  for (int64_t q = 0; q < p.pixels; ++q) palma::render::kern::interpolateForwardPixel(p, q);
  const auto go = grad_out.contiguous();
  for (int64_t q = 0; q < p.pixels; ++q)
    palma::render::kern::interpolateBackwardPixel(p, q, go.data_ptr<double>(), g.grad_attr.data_ptr<double>(),
                                                  g.grad_rast.data_ptr<double>());
  return g;
}

// The CPU operator's output and gradients for the loss sum(out * weights).
Grads cpuInterpolate(const torch::Tensor& attr, const torch::Tensor& rast, const torch::Tensor& tri,
                     const torch::Tensor& pixel_batch, const torch::Tensor& weights) {
  auto a = attr.clone().requires_grad_(true);
  auto r = rast.clone().requires_grad_(true);
  Grads g;
  g.out = rast.dim() == 4 ? palma::render::interpolate(a, r, tri)
                          : palma::render::interpolatePixels(a, r, tri, pixel_batch);
  (g.out * weights).sum().backward();
  g.out = g.out.detach();
  g.grad_attr = a.grad();
  g.grad_rast = r.grad();
  return g;
}

// The same from LibTorch gathers: out = u a0 + v a1 + (1 - u - v) a2 on covered rows, zero elsewhere.
Grads referenceInterpolate(const torch::Tensor& attr, const torch::Tensor& rast, const torch::Tensor& tri,
                           const torch::Tensor& pixel_batch, const torch::Tensor& weights) {
  auto a = attr.clone().requires_grad_(true);
  auto r = rast.clone().requires_grad_(true);
  const auto rows = r.reshape({-1, 4});
  const int64_t pixels = rows.size(0);
  const auto id = rows.select(1, 3).detach().to(torch::kInt64);
  const auto covered = (id > 0).to(attr.scalar_type()).unsqueeze(1);
  const auto face = tri.index_select(0, (id - 1).clamp_min(0));  // [P,3]
  torch::Tensor image;
  if (attr.size(0) == 1)
    image = torch::zeros({pixels}, torch::kInt64);
  else if (pixel_batch.numel() > 0)
    image = pixel_batch;
  else
    image = torch::div(torch::arange(pixels), pixels / rast.size(0), "floor");
  const auto flat = a.reshape({-1, attr.size(2)});
  auto corner = [&](int k) { return flat.index_select(0, image * attr.size(1) + face.select(1, k)); };
  const auto u = rows.select(1, 0).unsqueeze(1), v = rows.select(1, 1).unsqueeze(1);
  auto out = (u * corner(0) + v * corner(1) + (1 - u - v) * corner(2)) * covered;
  auto out_shape = rast.sizes().vec();
  out_shape.back() = attr.size(2);
  out = out.reshape(out_shape);
  (out * weights).sum().backward();
  return {out.detach(), a.grad(), r.grad()};
}

// Emulation against the CPU operator (same bodies: forward and d/d rast bit for bit, d/d attr up to the
// order of the additions) and both against the LibTorch reference.
void checkInterpolate(const torch::Tensor& attr, const torch::Tensor& rast, const torch::Tensor& tri,
                      const torch::Tensor& pixel_batch, const std::string& what) {
  const auto attr3 = attr.dim() == 2 ? attr.unsqueeze(0) : attr;
  auto out_shape = rast.sizes().vec();
  out_shape.back() = attr3.size(2);
  const auto weights = torch::rand(out_shape, kDouble) - 0.3;
  const auto emu = emulatedInterpolate(attr3.contiguous(), rast, tri, pixel_batch, weights);
  const auto cpu = cpuInterpolate(attr, rast, tri, pixel_batch, weights);
  const auto ref = referenceInterpolate(attr3, rast, tri, pixel_batch, weights);
  PALMA_CHECK_MSG(maxAbs(emu.out - cpu.out) == 0.0, what + ": emulated forward differs from the CPU");
  PALMA_CHECK_MSG(maxAbs(emu.grad_rast - cpu.grad_rast) == 0.0,
                  what + ": emulated d/d rast differs from the CPU");
  PALMA_CHECK_MSG(cpu.grad_attr.sizes() == attr.sizes(), what + ": d/d attr is not shaped like attr");
  const auto cpu_grad_attr = cpu.grad_attr.reshape(attr3.sizes());
  checkClose(emu.grad_attr, cpu_grad_attr, 1e-12, what + ": emulated d/d attr vs CPU");
  checkClose(cpu.out, ref.out, 1e-13, what + ": CPU forward vs reference");
  checkClose(cpu_grad_attr, ref.grad_attr, 1e-12, what + ": CPU d/d attr vs reference");
  checkClose(cpu.grad_rast, ref.grad_rast, 1e-12, what + ": CPU d/d rast vs reference");
  // The data exercises something: covered rows, and gradients reaching attributes and barycentrics.
  PALMA_CHECK_MSG(maxAbs(cpu.out) > 0 && maxAbs(cpu.grad_attr) > 0 && maxAbs(cpu.grad_rast) > 0,
                  what + ": nothing covered");
}

}  // namespace

PALMA_TEST(emulatedInterpolateMatchesTheCpuOnTheHandWithNormalsAndSeparateUvFaces) {
  torch::manual_seed(21);
  const auto m = palma::test::builtinHandClip(2, 64, torch::kFloat64);
  const auto rast = palma::render::rasterize(m.pos, m.tri, 64, 64);
  const auto none = torch::empty({0}, torch::kInt64);
  checkInterpolate(m.normals, rast, m.tri, none, "hand normals (batch B)");
  checkInterpolate(m.uvs, rast, m.uv_faces, none, "hand uvs through uv_faces ([T,2])");
  checkInterpolate(m.uvs.unsqueeze(0), rast, m.uv_faces, none, "hand uvs through uv_faces (batch 1)");
  // The UV index buffer really differs from the vertex one (seams), so this case tests something.
  PALMA_CHECK(m.uvs.size(0) != m.points.size(1));
}

PALMA_TEST(emulatedInterpolateMatchesTheCpuOnARandomSoup) {
  torch::manual_seed(22);
  const auto m = palma::test::randomSoup(3, 200, torch::kFloat64, 9);
  const auto rast = palma::render::rasterize(m.pos, m.tri, 40, 56);
  const auto none = torch::empty({0}, torch::kInt64);
  const int64_t n = m.pos.size(1);
  checkInterpolate(torch::randn({1, n, 5}, kDouble), rast, m.tri, none, "soup, shared attributes");
  checkInterpolate(torch::randn({3, n, 7}, kDouble), rast, m.tri, none, "soup, per-image attributes");
  // Another index buffer over fewer attribute vertices, in the rasterised triangle order.
  const auto other = torch::randint(0, 11, m.tri.sizes(), torch::kInt64);
  checkInterpolate(torch::randn({3, 11, 1}, kDouble), rast, other, none, "soup, separate index buffer");
}

PALMA_TEST(emulatedInterpolatePixelsMatchesTheCpu) {
  torch::manual_seed(23);
  const auto m = palma::test::builtinHandClip(3, 48, torch::kFloat64);
  const auto rast = palma::render::rasterize(m.pos, m.tri, 48, 48);
  const auto rows = rast.view({-1, 4});
  // Covered pixels in a shuffled order, plus some background rows.
  auto index = torch::nonzero(rows.select(1, 3) > 0).squeeze(1);
  index = torch::cat({index, torch::nonzero(rows.select(1, 3) == 0).squeeze(1).narrow(0, 0, 50)});
  index = index.index_select(0, torch::randperm(index.size(0), torch::kInt64));
  const auto pixel_batch = torch::div(index, 48 * 48, "floor");
  const auto selected = rows.index_select(0, index).contiguous();
  const auto none = torch::empty({0}, torch::kInt64);
  checkInterpolate(m.normals, selected, m.tri, pixel_batch, "pixels, per-image normals");
  checkInterpolate(m.uvs, selected, m.uv_faces, none, "pixels, shared uvs through uv_faces");
  // Per-image attributes must follow pixel_batch: shuffled rows with the images' own values.
  const auto full = palma::render::interpolate(m.normals, rast, m.tri).view({-1, 3});
  PALMA_CHECK(maxAbs(palma::render::interpolatePixels(m.normals, selected, m.tri, pixel_batch) -
                     full.index_select(0, index)) == 0.0);
}

// ---- texture --------------------------------------------------------------------------------------

namespace {

struct TexGrads {
  torch::Tensor out, grad_tex, grad_uv;
};

TextureKernelParams<double> textureParams(const torch::Tensor& tex, const torch::Tensor& uv,
                                          torch::Tensor* out, TextureBoundary boundary) {
  TextureKernelParams<double> p;
  p.tex = tex.data_ptr<double>();
  p.uv = uv.data_ptr<double>();
  p.out = out ? out->data_ptr<double>() : nullptr;
  p.batch = static_cast<int>(uv.size(0));
  p.tex_batch = static_cast<int>(tex.size(0));
  p.tex_height = static_cast<int>(tex.size(1));
  p.tex_width = static_cast<int>(tex.size(2));
  p.channels = static_cast<int>(tex.size(3));
  p.samples_per_image = uv.numel() / 2 / uv.size(0);
  p.boundary = boundary;
  return p;
}

// texture through the CUDA kernels' launch logic: one "thread" per sample.
TexGrads emulatedTexture(const torch::Tensor& tex, const torch::Tensor& uv, TextureBoundary boundary,
                         const torch::Tensor& grad_out, bool want_tex = true) {
  auto out_shape = uv.sizes().vec();
  out_shape.back() = tex.size(3);
  TexGrads g;
  g.out = torch::full(out_shape, std::nan(""), kDouble);
  g.grad_tex = torch::zeros_like(tex);
  g.grad_uv = torch::zeros_like(uv);
  const auto p = textureParams(tex, uv, &g.out, boundary);
  const int64_t samples = p.batch * p.samples_per_image;
  for (int64_t s = 0; s < samples; ++s) palma::render::kern::textureForwardSample(p, s);
  const auto go = grad_out.contiguous();
  for (int64_t s = 0; s < samples; ++s)
    palma::render::kern::textureBackwardSample(p, s, go.data_ptr<double>(),
                                               want_tex ? g.grad_tex.data_ptr<double>() : nullptr,
                                               g.grad_uv.data_ptr<double>());
  return g;
}

TexGrads cpuTexture(const torch::Tensor& tex, const torch::Tensor& uv, TextureBoundary boundary,
                    const torch::Tensor& weights, bool want_tex = true) {
  auto t = tex.clone().requires_grad_(want_tex);
  auto u = uv.clone().requires_grad_(true);
  auto out = palma::render::texture(t, u, boundary);
  (out * weights).sum().backward();
  return {out.detach(), want_tex ? t.grad() : torch::Tensor(), u.grad()};
}

// Bilinear sampling from LibTorch gathers, differentiated by autograd (for UVs that are finite and not
// huge): texel coordinates x = u W - 1/2, y = (1 - v) H - 1/2, wrapped with a floor-modulo or clamped.
TexGrads referenceTexture(const torch::Tensor& tex, const torch::Tensor& uv, TextureBoundary boundary,
                          const torch::Tensor& weights) {
  auto t = tex.clone().requires_grad_(true);
  auto u = uv.clone().requires_grad_(true);
  const int64_t b = uv.size(0), h = tex.size(1), w = tex.size(2), c = tex.size(3);
  const auto flat_uv = u.reshape({b, -1, 2});
  auto x = flat_uv.select(2, 0) * w - 0.5;
  auto y = (1 - flat_uv.select(2, 1)) * h - 0.5;
  const bool wrap = boundary == TextureBoundary::Wrap;
  if (wrap) {
    x = x - w * torch::floor(x.detach() / w);
    y = y - h * torch::floor(y.detach() / h);
  } else {
    x = x.clamp(-1, w);
    y = y.clamp(-1, h);
  }
  const auto xf = torch::floor(x.detach()), yf = torch::floor(y.detach());
  const auto fx = (x - xf).unsqueeze(2), fy = (y - yf).unsqueeze(2);
  const auto xi = xf.to(torch::kInt64), yi = yf.to(torch::kInt64);
  auto column = [&](const torch::Tensor& i) { return wrap ? torch::remainder(i, w) : i.clamp(0, w - 1); };
  auto row = [&](const torch::Tensor& i) { return wrap ? torch::remainder(i, h) : i.clamp(0, h - 1); };
  const auto x0 = column(xi), x1 = column(wrap ? x0 + 1 : xi + 1);
  const auto y0 = row(yi), y1 = row(wrap ? y0 + 1 : yi + 1);
  const auto image = tex.size(0) == 1 ? torch::zeros({b, 1}, torch::kInt64) : torch::arange(b).unsqueeze(1);
  const auto texels = t.reshape({-1, c});
  auto texel = [&](const torch::Tensor& yy, const torch::Tensor& xx) {
    return texels.index_select(0, ((image * h + yy) * w + xx).reshape(-1)).view({b, -1, c});
  };
  auto out = (1 - fx) * (1 - fy) * texel(y0, x0) + fx * (1 - fy) * texel(y0, x1) +
             (1 - fx) * fy * texel(y1, x0) + fx * fy * texel(y1, x1);
  auto out_shape = uv.sizes().vec();
  out_shape.back() = c;
  out = out.reshape(out_shape);
  (out * weights).sum().backward();
  return {out.detach(), t.grad(), u.grad()};
}

const char* nameOf(TextureBoundary boundary) { return boundary == TextureBoundary::Wrap ? "wrap" : "clamp"; }

void checkTexture(const torch::Tensor& tex, const torch::Tensor& uv, const std::string& what,
                  bool with_reference = true) {
  for (const auto mode : {TextureBoundary::Wrap, TextureBoundary::Clamp}) {
    const std::string name = what + " (" + nameOf(mode) + ")";
    auto out_shape = uv.sizes().vec();
    out_shape.back() = tex.size(3);
    const auto weights = torch::rand(out_shape, kDouble) - 0.3;
    const auto emu = emulatedTexture(tex, uv, mode, weights);
    const auto cpu = cpuTexture(tex, uv, mode, weights);
    PALMA_CHECK_MSG(maxAbs(emu.out - cpu.out) == 0.0, name + ": emulated forward differs from the CPU");
    PALMA_CHECK_MSG(maxAbs(emu.grad_uv - cpu.grad_uv) == 0.0,
                    name + ": emulated d/d uv differs from the CPU");
    checkClose(emu.grad_tex, cpu.grad_tex, 1e-12, name + ": emulated d/d tex vs CPU");
    // Without a texture gradient (needs_input_grad false) the UV gradient is unchanged.
    const auto emu_uv = emulatedTexture(tex, uv, mode, weights, false);
    const auto cpu_uv = cpuTexture(tex, uv, mode, weights, false);
    PALMA_CHECK(maxAbs(emu_uv.grad_uv - cpu.grad_uv) == 0.0 && maxAbs(cpu_uv.grad_uv - cpu.grad_uv) == 0.0);
    PALMA_CHECK(maxAbs(emu_uv.grad_tex) == 0.0);
    if (!with_reference) continue;
    const auto ref = referenceTexture(tex, uv, mode, weights);
    checkClose(cpu.out, ref.out, 1e-12, name + ": CPU forward vs reference");
    checkClose(cpu.grad_tex, ref.grad_tex, 1e-12, name + ": CPU d/d tex vs reference");
    checkClose(cpu.grad_uv, ref.grad_uv, 1e-10, name + ": CPU d/d uv vs reference");
  }
}

}  // namespace

PALMA_TEST(emulatedTextureMatchesTheCpuInsideAndOutsideTheUnitSquare) {
  torch::manual_seed(31);
  // UVs in [-1.5, 2.5]^2: every tile around the texture, both boundary modes; a non-power-of-two size.
  const auto tex = torch::rand({1, 6, 5, 3}, kDouble);
  const auto uv = torch::rand({2, 300, 2}, kDouble) * 4 - 1.5;
  checkTexture(tex, uv, "shared texture");
  // Per-image textures, UVs with extra dimensions ([B,H,W,2], as interpolate produces them).
  checkTexture(torch::rand({3, 7, 9, 4}, kDouble), torch::rand({3, 8, 6, 2}, kDouble) * 3 - 1,
               "per-image textures");
}

PALMA_TEST(emulatedTextureMatchesTheCpuAtTexelCentresEdgesAndTheWrapSeam) {
  torch::manual_seed(32);
  // 8 x 4 texels: texel centres ((i + 0.5) / 8, 1 - (j + 0.5) / 4) are exact in binary, where the
  // bilinear footprint switches; texel edges i / 8; the wrap seam at 0 and 1 and its copies.
  const int w = 8, h = 4;
  std::vector<double> us, vs;
  for (int i = -3; i <= 2 * w + 3; ++i) {
    us.push_back((i + 0.5) / w);
    us.push_back(static_cast<double>(i) / w);
  }
  for (int j = -3; j <= 2 * h + 3; ++j) {
    vs.push_back(1 - (j + 0.5) / h);
    vs.push_back(static_cast<double>(j) / h);
  }
  std::vector<double> uv;
  for (const double u : us)
    for (const double v : vs) uv.insert(uv.end(), {u, v});
  const auto grid = torch::tensor(uv, kDouble).view({1, -1, 2});
  checkTexture(torch::rand({1, h, w, 2}, kDouble), grid, "seams, shared texture");
  checkTexture(torch::rand({2, h, w, 3}, kDouble), torch::cat({grid, grid.flip(1)}),
               "seams, per-image textures");
  // Samples at texel centres return the texel exactly.
  const auto tex = torch::rand({1, h, w, 1}, kDouble);
  const auto centre = torch::tensor({(2 + 0.5) / w, 1 - (1 + 0.5) / h}, kDouble).view({1, 1, 2});
  TexGrads g = emulatedTexture(tex, centre, TextureBoundary::Wrap, torch::ones({1, 1, 1}, kDouble));
  PALMA_CHECK(g.out.item<double>() == tex[0][1][2][0].item<double>());
}

PALMA_TEST(emulatedTextureStaysInsideTheTextureForHostileUvs) {
  torch::manual_seed(33);
  const double nan = std::nan(""), inf = std::numeric_limits<double>::infinity();
  const auto uv = torch::tensor({nan, 0.5, 0.5, nan, inf, -inf, -inf, 0.2, 1e30, -1e30, -1e300, 3e300, 1e17,
                                 0.25, 0.5, -7e15, 1.7976931348623157e308, 0.5},
                                kDouble)
                      .view({1, -1, 2});
  const auto tex = torch::rand({1, 5, 3, 2}, kDouble) * 0.5 + 1;  // values in [1, 1.5)
  checkTexture(tex, uv, "hostile uvs", false);
  for (const auto mode : {TextureBoundary::Wrap, TextureBoundary::Clamp}) {
    const auto out = palma::render::texture(tex, uv, mode);
    PALMA_CHECK(out.min().item<double>() >= 1 - 1e-12 && out.max().item<double>() < 1.5 + 1e-12);
  }
  // In float32 too (u W overflows to infinity for u near the largest float).
  const auto tex32 = tex.to(torch::kFloat32);
  const auto uv32 =
      torch::tensor({3e38f, 0.5f, -3e38f, 1e30f, 1e20f, -1e25f}, torch::kFloat32).view({1, -1, 2});
  for (const auto mode : {TextureBoundary::Wrap, TextureBoundary::Clamp}) {
    const auto out = palma::render::texture(tex32, uv32, mode);
    PALMA_CHECK(out.min().item<float>() >= 1 - 1e-6f && out.max().item<float>() < 1.5f + 1e-6f);
  }
}

// ---- adapters in this build ----------------------------------------------------------------------

PALMA_TEST(interpolateAndTextureRefuseDevicesThisBuildHasNoKernelsFor) {
  const auto meta = torch::TensorOptions().device(torch::kMeta);
  const auto tri = torch::tensor({0, 1, 2}, torch::kInt64).view({1, 3});
  PALMA_CHECK_THROWS(
      palma::render::interpolate(torch::zeros({1, 3, 2}, meta), torch::zeros({1, 4, 4, 4}, meta), tri),
      palma::InputError, "meta");
  PALMA_CHECK_THROWS(palma::render::interpolatePixels(torch::zeros({3, 2}, meta), torch::zeros({5, 4}, meta),
                                                      tri, torch::Tensor()),
                     palma::InputError, "meta");
  PALMA_CHECK_THROWS(palma::render::texture(torch::zeros({1, 4, 4, 3}, meta), torch::zeros({1, 5, 2}, meta)),
                     palma::InputError, "meta");
}

PALMA_TEST(cpuBuildRefusesTheMissingInterpolateAndTextureKernels) {
  if (palma::render::gpu::kernelsBuilt()) PALMA_SKIP("this build contains the CUDA kernels");
  InterpolateKernelParams<double> ip;
  TextureKernelParams<float> tp;
  PALMA_CHECK_THROWS(palma::render::gpu::interpolateForward(ip, nullptr), palma::InputError, "interpolate");
  PALMA_CHECK_THROWS(palma::render::gpu::interpolateBackward<double>(ip, nullptr, nullptr, nullptr, nullptr),
                     palma::InputError, "no CUDA kernels");
  PALMA_CHECK_THROWS(palma::render::gpu::textureForward(tp, nullptr), palma::InputError, "texture");
  PALMA_CHECK_THROWS(palma::render::gpu::textureBackward<float>(tp, nullptr, nullptr, nullptr, nullptr),
                     palma::InputError, "no CUDA kernels");
}
