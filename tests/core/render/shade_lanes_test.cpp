// The four-pixel float shading of the CPU operator (core/render/cpu/shade_simd.h) against the scalar
// kernel (kern::shadeForwardPixel / kern::shadeBackwardPixel), bit for bit, in every configuration it
// takes: with and without normal map, point light, shadow visibility, light colour, ambient logit and SH,
// one or per-image parameters, pixels sorted by image or shuffled, zero colour gradients, and pixel
// counts that leave a remainder for the scalar body. And the float operator shadePixels against the
// scalar kernel, which is the path it takes.
#include <torch/torch.h>

#include <cstring>
#include <string>
#include <vector>

#include "core/render/cpu/shade_simd.h"
#include "core/render/kernels/shade_kernel.h"
#include "core/render/shade_pixels.h"
#include "tests/support/palma_test.h"

using namespace palma::render;

namespace {

struct Config {
  bool map, light, visibility, colour, logit, per_image, shuffled, sh;
  std::string name() const {
    return std::string(map ? "map " : "") + (light ? "light " : "") + (visibility ? "shadow " : "") +
           (colour ? "colour " : "") + (logit ? "logit " : "") + (sh ? "SH " : "") +
           (per_image ? "B-params " : "") + (shuffled ? "shuffled" : "sorted");
  }
};

constexpr int64_t kImages = 3;

// Float inputs of one configuration; the tensors own the data ShadeParams points to.
struct Inputs {
  torch::Tensor albedo, normals, tangents, map, points, visibility, batch, light, logit, colour, sh;
  ShadeParams<float> params;
};

const float* ptr(const torch::Tensor& t) { return t.defined() ? t.data_ptr<float>() : nullptr; }

Inputs makeInputs(const Config& c, int64_t pixels, uint64_t seed) {
  torch::manual_seed(seed);
  Inputs in;
  const int64_t rows = c.per_image ? kImages : 1;
  in.albedo = 0.2 + 0.8 * torch::rand({pixels, 3});
  in.normals = torch::randn({pixels, 3});
  in.batch = torch::arange(kImages).repeat_interleave((pixels + kImages - 1) / kImages).narrow(0, 0, pixels);
  if (c.shuffled) in.batch = in.batch.index_select(0, torch::randperm(pixels));
  in.batch = in.batch.contiguous();
  if (c.map) {
    in.tangents =
        torch::cat({torch::randn({pixels, 3}), torch::where(torch::rand({pixels, 1}) < 0.3, -1.0f, 1.0f)}, 1);
    in.map = 0.2 + 0.6 * torch::rand({pixels, 3});
  }
  if (c.light) {
    in.points = 0.1 * torch::randn({pixels, 3}) + torch::tensor({0.0f, 0.0f, 1.0f});
    in.light = 0.5 * torch::randn({rows, 3}) + torch::tensor({0.0f, 0.0f, -1.0f});
    if (c.visibility) in.visibility = torch::rand({pixels});
    if (c.colour) in.colour = 0.5 + torch::rand({3});
  }
  if (c.logit) in.logit = torch::randn({rows});
  if (c.sh) in.sh = 0.3 * torch::rand({rows, 9, 3}) - 0.05;
  ShadeParams<float>& p = in.params;
  p.albedo = ptr(in.albedo);
  p.normals = ptr(in.normals);
  p.tangents = ptr(in.tangents);
  p.map = ptr(in.map);
  p.points = ptr(in.points);
  p.visibility = ptr(in.visibility);
  p.batch = in.batch.data_ptr<int64_t>();
  p.light = ptr(in.light);
  p.logit = ptr(in.logit);
  p.light_colour = ptr(in.colour);
  p.sh = ptr(in.sh);
  p.sh_batch = c.sh ? rows : 0;
  p.light_batch = c.light ? rows : 0;
  p.logit_batch = c.logit ? rows : 0;
  p.count = pixels;
  return in;
}

bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

// Forward and backward of every pixel, through the scalar kernel or four pixels at a time (the
// remainder through the scalar kernel, as the operator does). Returns every output concatenated.
std::vector<float> run(const Inputs& in, const torch::Tensor& grad_colour, bool lanes) {
  const ShadeParams<float>& p = in.params;
  const int64_t n = p.count;
  std::vector<float> colour(n * 3), normals(n * 3);
  std::vector<float> g_albedo(n * 3, 0), g_normals(n * 3, 0), g_tangents(n * 4, 0), g_map(n * 3, 0),
      g_points(n * 3, 0), g_vis(n, 0), sh_acc(kImages * 27, 0), light_acc(kImages * 3, 0),
      logit_acc(kImages, 0), colour_acc(3, 0);
  ShadeGrads<float> g;
  g.albedo = g_albedo.data();
  g.normals = g_normals.data();
  g.tangents = p.map ? g_tangents.data() : nullptr;
  g.map = p.map ? g_map.data() : nullptr;
  g.points = p.light ? g_points.data() : nullptr;
  g.visibility = p.visibility ? g_vis.data() : nullptr;
  const float* gc = grad_colour.data_ptr<float>();
  const auto ambient = cpu::ambientRatios(p);
  const float* a = p.logit ? ambient.data() : nullptr;
  int64_t i = 0;
  if (lanes) {
    for (; i + 4 <= n; i += 4) cpu::shadeForwardLanes(p, a, i, colour.data(), normals.data());
    for (; i < n; ++i) kern::shadeForwardPixel(p, i, colour.data(), normals.data());
    for (i = 0; i + 4 <= n; i += 4)
      cpu::shadeBackwardLanes(p, a, i, gc + 3 * i, g, p.sh ? sh_acc.data() : nullptr,
                              p.light ? light_acc.data() : nullptr, p.logit ? logit_acc.data() : nullptr,
                              p.light_colour ? colour_acc.data() : nullptr);
  } else {
    for (int64_t k = 0; k < n; ++k) kern::shadeForwardPixel(p, k, colour.data(), normals.data());
    i = 0;
  }
  for (; i < n; ++i) {
    const int64_t b = p.batch[i];
    kern::shadeBackwardPixel(p, i, gc + 3 * i, g, sh_acc.data() + (p.sh_batch == 1 ? 0 : b) * 27,
                             p.light ? light_acc.data() + (p.light_batch == 1 ? 0 : b) * 3 : nullptr,
                             p.logit ? logit_acc.data() + (p.logit_batch == 1 ? 0 : b) : nullptr,
                             colour_acc.data());
  }
  std::vector<float> all;
  for (const auto* v : {&colour, &normals, &g_albedo, &g_normals, &g_tangents, &g_map, &g_points, &g_vis,
                        &sh_acc, &light_acc, &logit_acc, &colour_acc})
    all.insert(all.end(), v->begin(), v->end());
  return all;
}

}  // namespace

PALMA_TEST(fourPixelShadingIsTheScalarKernelBitForBit) {
  int cases = 0;
  uint64_t seed = 3;
  for (int bits = 0; bits < 256; ++bits) {
    const Config c{(bits & 1) != 0,  (bits & 2) != 0,  (bits & 4) != 0,  (bits & 8) != 0,
                   (bits & 16) != 0, (bits & 32) != 0, (bits & 64) != 0, (bits & 128) != 0};
    if (!c.light && (c.visibility || c.colour)) continue;  // those come with the light
    const int64_t pixels = 203 + bits % 4;                 // remainders 3, 0, 1, 2
    const Inputs in = makeInputs(c, pixels, seed++);
    PALMA_CHECK_MSG(cpu::shadeLanesApply(in.params), c.name());
    auto grad = torch::randn({pixels, 3});
    grad.index_put_({torch::indexing::Slice(0, pixels, 5)}, 0.0f);  // pixels the backward skips
    const auto scalar = run(in, grad, false);
    const auto four = run(in, grad, true);
    PALMA_CHECK_MSG(sameBits(scalar, four), c.name());
    // The outputs are not trivially zero.
    float largest = 0;
    for (const float v : scalar) largest = std::max(largest, std::abs(v));
    PALMA_CHECK_MSG(largest > 0.1f, c.name());
    ++cases;
  }
  PALMA_CHECK(cases == 160);
}

PALMA_TEST(floatShadingOperatorMatchesTheScalarKernel) {
  for (const bool sh : {false, true}) {
    const Config c{true, true, true, true, true, true, false, sh};
    const Inputs in = makeInputs(c, 1001, 7);
    ShadeInputs s;
    s.albedo = in.albedo;
    s.normals = in.normals;
    s.tangents = in.tangents;
    s.normal_map = in.map;
    s.points = in.points;
    s.visibility = in.visibility.unsqueeze(1);
    s.pixel_batch = in.batch;
    s.light_position = in.light;
    s.ambient_logit = in.logit.unsqueeze(1);
    s.light_colour = in.colour;
    if (sh) s.sh = in.sh;
    const auto out = shadePixels(s);
    std::vector<float> colour(1001 * 3), normals(1001 * 3);
    for (int64_t i = 0; i < 1001; ++i) kern::shadeForwardPixel(in.params, i, colour.data(), normals.data());
    PALMA_CHECK(std::memcmp(out.colour.data_ptr<float>(), colour.data(), colour.size() * sizeof(float)) == 0);
    PALMA_CHECK(std::memcmp(out.normals.data_ptr<float>(), normals.data(), normals.size() * sizeof(float)) ==
                0);
  }
}

// Lanes without a colour gradient leave no trace: zero rows, nothing added to the per-image sums.
PALMA_TEST(fourPixelBackwardSkipsPixelsWithoutGradient) {
  const Config c{true, true, true, true, true, false, false, true};
  const Inputs in = makeInputs(c, 8, 9);
  auto grad = torch::zeros({8, 3});
  grad[5][1] = 1.0f;
  const auto four = run(in, grad, true);
  const auto scalar = run(in, grad, false);
  PALMA_CHECK(sameBits(scalar, four));
  auto none = run(in, torch::zeros({8, 3}), true);
  const size_t forward = 8 * 6;
  for (size_t k = forward; k < none.size(); ++k) PALMA_CHECK_MSG(none[k] == 0.0f, "entry " << k);
}
