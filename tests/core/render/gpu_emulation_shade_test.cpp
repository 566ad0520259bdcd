// The CUDA shading and shadow kernels' per-thread work, run on the CPU: the bodies the __global__
// wrappers of gpu/shade.cu and gpu/shadow.cu call, executed in plain loops over the thread index (the
// shading backward's block steps, stage then flush, one after the other per block; atomics as plain
// adds), compared in float64 with the CPU operators shadePixels and shadowVisibility. The CPU operators'
// gradients are themselves checked against autograd through the LibTorch-op composition (shading.h)
// and against finite differences, so a wrong shared body fails here too.
//
// Also the device checks of the adapters in this build.
#include <torch/torch.h>

#include <cstdio>
#include <tuple>

#include <map>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/render/gpu_kernels.h"
#include "core/render/kernels/shade_kernel.h"
#include "core/render/kernels/shadow_kernel.h"
#include "core/render/shade_pixels.h"
#include "core/render/shading.h"
#include "core/render/shadow.h"
#include "gpu/shade_kernels.cuh"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma::render;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// Which terms a shading case uses.
struct ShadeCase {
  bool normal_map = false;
  bool sh = false;
  bool logit = true;
  bool light = true;
  bool visibility = true;
  bool light_colour = true;
  bool per_image = false;  // per-image parameters with B rows (else one row shared by every image)
  bool shuffled = false;   // pixels in random image order (else sorted by image, the renderer's order)

  std::string name() const {
    std::string s;
    s += normal_map ? "map " : "no-map ";
    s += sh ? (logit ? "sh+logit " : "sh ") : "constant ";
    s += light ? (visibility ? "light+shadow " : "light ") : "no-light ";
    s += light_colour ? "colour " : "white ";
    s += per_image ? "B-params " : "1-params ";
    s += shuffled ? "shuffled" : "sorted";
    return s;
  }
};

constexpr int64_t kImages = 3;

// Random float64 inputs of `pixels` pixels over kImages images (leaves that require grad).
ShadeInputs makeShadeInputs(const ShadeCase& c, int64_t pixels, uint64_t seed) {
  torch::manual_seed(seed);
  const int64_t rows = c.per_image ? kImages : 1;
  ShadeInputs in;
  auto leaf = [](torch::Tensor t) { return t.detach().requires_grad_(true); };
  in.albedo = leaf(0.2 + 0.8 * torch::rand({pixels, 3}, kDouble));
  in.normals = leaf(torch::randn({pixels, 3}, kDouble));
  in.pixel_batch = torch::arange(kImages, torch::kInt64).repeat_interleave((pixels + kImages - 1) / kImages);
  in.pixel_batch = in.pixel_batch.narrow(0, 0, pixels).contiguous();
  if (c.shuffled) in.pixel_batch = in.pixel_batch.index_select(0, torch::randperm(pixels, torch::kInt64));
  if (c.normal_map) {
    const auto sign = torch::where(torch::rand({pixels, 1}, kDouble) < 0.3, -1.0, 1.0).to(torch::kFloat64);
    in.tangents = leaf(torch::cat({torch::randn({pixels, 3}, kDouble), sign}, 1));
    in.normal_map = leaf(0.2 + 0.6 * torch::rand({pixels, 3}, kDouble));
  }
  if (c.light) {
    in.points = leaf(0.1 * torch::randn({pixels, 3}, kDouble) + torch::tensor({0.0, 0.0, 1.0}, kDouble));
    in.light_position =
        leaf(0.5 * torch::randn({rows, 3}, kDouble) + torch::tensor({0.0, 0.0, -1.0}, kDouble));
    if (c.visibility) in.visibility = leaf(torch::rand({pixels, 1}, kDouble));
    if (c.light_colour) in.light_colour = leaf(0.5 + torch::rand({3}, kDouble));
  }
  if (c.logit) in.ambient_logit = leaf(torch::randn({rows, 1}, kDouble));
  if (c.sh) in.sh = leaf(0.3 * torch::rand({rows, 9, 3}, kDouble) - 0.05);
  return in;
}

// The differentiable inputs of a case by name.
std::map<std::string, torch::Tensor> leaves(const ShadeInputs& in) {
  std::map<std::string, torch::Tensor> m = {{"albedo", in.albedo},
                                            {"normals", in.normals},
                                            {"tangents", in.tangents},
                                            {"normal_map", in.normal_map},
                                            {"points", in.points},
                                            {"visibility", in.visibility},
                                            {"light_position", in.light_position},
                                            {"ambient_logit", in.ambient_logit},
                                            {"sh", in.sh},
                                            {"light_colour", in.light_colour}};
  for (auto it = m.begin(); it != m.end();) it = it->second.defined() ? std::next(it) : m.erase(it);
  return m;
}

// Colour weights of the loss: random, with every 7th pixel's row zero (the kernels skip those pixels).
torch::Tensor lossWeights(int64_t pixels) {
  auto w = torch::rand({pixels, 3}, kDouble);
  w.index_put_({torch::indexing::Slice(0, pixels, 7)}, 0.0);
  return w;
}

// d sum(w * colour) / d input for every input, through the CPU operator.
std::map<std::string, torch::Tensor> cpuGradients(const ShadeInputs& in, const torch::Tensor& colour,
                                                  const torch::Tensor& w) {
  const auto named = leaves(in);
  std::vector<torch::Tensor> inputs;
  for (const auto& [name, t] : named) inputs.push_back(t);
  const auto grads = torch::autograd::grad({(colour * w).sum()}, inputs, {}, true, false, true);
  std::map<std::string, torch::Tensor> out;
  size_t k = 0;
  for (const auto& [name, t] : named) {
    out[name] = grads[k].defined() ? grads[k] : torch::zeros_like(t);
    ++k;
  }
  return out;
}

// The parameter rows of pixel images (a one-row parameter is shared by every image).
torch::Tensor rowsOf(const torch::Tensor& param, const torch::Tensor& batch) {
  return param.index_select(0, param.size(0) == 1 ? torch::zeros_like(batch) : batch);
}

// What shadePixels computes, as a composition of the LibTorch-op functions of shading.h.
torch::Tensor referenceColour(const ShadeInputs& in) {
  const auto& batch = in.pixel_batch;
  const int64_t p = in.albedo.size(0);
  const auto ns = in.normal_map.defined()
                      ? applyNormalMap(in.normals, in.tangents, in.normal_map)
                      : in.normals / torch::sqrt((in.normals * in.normals).sum(-1, true) + 1e-20);
  torch::Tensor a;
  if (in.ambient_logit.defined()) a = torch::sigmoid(rowsOf(in.ambient_logit, batch));  // [P,1]
  auto shade =
      in.sh.defined() ? shIrradiance(ns.unsqueeze(1), rowsOf(in.sh, batch)).squeeze(1) : a.expand({p, 3});
  if (in.light_position.defined()) {
    auto direct = pointLightCosine(ns, in.points, rowsOf(in.light_position, batch));  // [P,1]
    if (in.visibility.defined()) direct = direct * in.visibility;
    if (a.defined()) direct = direct * (1 - a);
    if (in.light_colour.defined()) direct = direct * in.light_colour.view({1, 3});
    shade = shade + direct;
  }
  return in.albedo * shade;
}

template <typename T>
const T* ptrOf(const torch::Tensor& t) {
  return t.defined() ? t.data_ptr<T>() : nullptr;
}

struct Emulated {
  torch::Tensor colour, normals;
  std::map<std::string, torch::Tensor> grads;
};

// shadePixels forward and backward through the CUDA kernels' bodies, emulated: one loop iteration per
// thread; the backward block by block, every thread's stage step, then the flush step of each slot.
// `wanted` names the gradients asked for (the others are null, as when autograd does not need them).
Emulated emulatedShade(const ShadeInputs& in, const torch::Tensor& w,
                       const std::vector<std::string>& wanted) {
  auto contiguous = [](const torch::Tensor& t) { return t.defined() ? t.detach().contiguous() : t; };
  const auto albedo = contiguous(in.albedo), normals = contiguous(in.normals),
             tangents = contiguous(in.tangents), map = contiguous(in.normal_map),
             points = contiguous(in.points), visibility = contiguous(in.visibility),
             batch = in.pixel_batch.contiguous(), light = contiguous(in.light_position),
             logit = contiguous(in.ambient_logit), sh = contiguous(in.sh),
             colour_in = contiguous(in.light_colour);
  ShadeParams<double> p;
  p.albedo = ptrOf<double>(albedo);
  p.normals = ptrOf<double>(normals);
  p.tangents = ptrOf<double>(tangents);
  p.map = ptrOf<double>(map);
  p.points = ptrOf<double>(points);
  p.visibility = ptrOf<double>(visibility);
  p.batch = batch.data_ptr<int64_t>();
  p.light = ptrOf<double>(light);
  p.logit = ptrOf<double>(logit);
  p.sh = ptrOf<double>(sh);
  p.light_colour = ptrOf<double>(colour_in);
  p.light_batch = light.defined() ? light.size(0) : 0;
  p.logit_batch = logit.defined() ? logit.size(0) : 0;
  p.sh_batch = sh.defined() ? sh.size(0) : 0;
  p.count = albedo.size(0);

  Emulated e;
  e.colour = torch::empty({p.count, 3}, kDouble);
  e.normals = torch::empty({p.count, 3}, kDouble);
  for (int64_t i = 0; i < p.count; ++i)
    kern::shadeForwardPixel(p, i, e.colour.data_ptr<double>(), e.normals.data_ptr<double>());

  const auto named = leaves(in);
  for (const auto& name : wanted)
    if (named.count(name)) e.grads[name] = torch::zeros_like(named.at(name).detach());
  auto data = [&](const char* name) {
    return e.grads.count(name) ? e.grads[name].data_ptr<double>() : nullptr;
  };
  ShadeGrads<double> g;
  g.albedo = data("albedo");
  g.normals = data("normals");
  g.tangents = data("tangents");
  g.map = data("normal_map");
  g.points = data("points");
  g.visibility = data("visibility");
  g.light = data("light_position");
  g.logit = data("ambient_logit");
  g.sh = data("sh");
  g.light_colour = data("light_colour");
  const auto grad_colour = w.contiguous();
  const int threads = gpu_kern::kShadeBackwardThreads;
  std::vector<double> staged(static_cast<size_t>(threads) * gpu_kern::kShadeStageStride);
  std::vector<int64_t> staged_image(threads);
  const int64_t blocks = (p.count + threads - 1) / threads;
  for (int64_t block = 0; block < blocks; ++block) {
    for (int t = 0; t < threads; ++t)
      gpu_kern::shadeBackwardStage(p, grad_colour.data_ptr<double>(), g, block * threads + t, t,
                                   staged.data(), staged_image.data());
    for (int k = 0; k < gpu_kern::kShadeSlots; ++k)
      gpu_kern::shadeBackwardFlush(p, g, k, threads, staged.data(), staged_image.data());
  }
  return e;
}

double maxAbs(const torch::Tensor& t) { return t.numel() ? t.abs().max().item<double>() : 0.0; }

double relativeError(const torch::Tensor& actual, const torch::Tensor& expected) {
  return maxAbs(actual - expected) / std::max(maxAbs(expected), 1e-12);
}

const std::vector<std::string> kAllGradients = {"albedo", "normals",     "tangents",       "normal_map",
                                                "points", "visibility",  "light_position", "ambient_logit",
                                                "sh",     "light_colour"};

// The emulated CUDA passes against the CPU operator, and the CPU operator against the LibTorch ops.
void checkShadeCase(const ShadeCase& c, int64_t pixels, uint64_t seed) {
  const auto in = makeShadeInputs(c, pixels, seed);
  const auto w = lossWeights(pixels);
  const auto out = shadePixels(in);
  const auto cpu = cpuGradients(in, out.colour, w);
  const auto emulated = emulatedShade(in, w, kAllGradients);
  const std::string what = c.name();
  // The forward and the per-pixel gradients evaluate the same expressions: equal to the bit.
  PALMA_CHECK_MSG(maxAbs(emulated.colour - out.colour.detach()) == 0.0, what);
  PALMA_CHECK_MSG(maxAbs(emulated.normals - out.normals) == 0.0, what);
  for (const auto& [name, expected] : cpu) {
    PALMA_CHECK_MSG(emulated.grads.count(name), what + ": no emulated gradient for " + name);
    const bool per_pixel = expected.size(0) == pixels && name != "light_colour";
    const double err = relativeError(emulated.grads.at(name), expected);
    PALMA_CHECK_MSG(per_pixel ? err == 0.0 : err < 1e-12,
                    what + ": d/d " + name + " differs by " + std::to_string(err));
    // Without the light, constant ambient does not depend on the normals, nor SH on the logit.
    const bool unused = !c.light && (c.sh ? name == "ambient_logit"
                                          : name == "normals" || name == "tangents" || name == "normal_map");
    PALMA_CHECK_MSG(unused ? maxAbs(expected) == 0 : maxAbs(expected) > 0,
                    what + ": d/d " + name + " is " + std::to_string(maxAbs(expected)));
  }
  // The shared per-pixel body against autograd through the LibTorch-op composition.
  const auto reference = referenceColour(in);
  PALMA_CHECK_MSG(maxAbs(reference - out.colour) < 1e-12, what);
  const auto expected = cpuGradients(in, reference, w);
  for (const auto& [name, grad] : expected) {
    const double err = relativeError(cpu.at(name), grad);
    PALMA_CHECK_MSG(err < 1e-9,
                    what + ": CPU d/d " + name + " differs from LibTorch ops by " + std::to_string(err));
  }
}

}  // namespace

PALMA_TEST(emulatedShadingEqualsTheCpuOperatorInEveryConfiguration) {
  // 700 pixels: six blocks of the backward, the last one partly empty; images change inside blocks.
  uint64_t seed = 11;
  int cases = 0;
  for (const bool normal_map : {false, true})
    for (const bool sh : {false, true})
      for (const bool light : {false, true})
        for (const bool per_image : {false, true}) {
          ShadeCase c;
          c.normal_map = normal_map;
          c.sh = sh;
          c.light = light;
          c.per_image = per_image;
          checkShadeCase(c, 700, seed++);
          ++cases;
        }
  PALMA_CHECK(cases == 16);
}

PALMA_TEST(emulatedShadingCoversTheOptionalTerms) {
  ShadeCase c;
  c.normal_map = true;
  c.sh = true;
  c.logit = false;  // SH without the ambient ratio
  checkShadeCase(c, 300, 41);
  c = ShadeCase();
  c.visibility = false;  // point light, fully lit
  c.light_colour = false;
  c.per_image = true;
  checkShadeCase(c, 300, 42);
  c = ShadeCase();
  c.sh = true;
  c.normal_map = true;
  c.per_image = true;
  c.shuffled = true;  // many image changes inside every block
  checkShadeCase(c, 1000, 43);
  c.per_image = false;
  checkShadeCase(c, 1000, 44);
}

PALMA_TEST(emulatedShadingSkipsGradientsNobodyWants) {
  // Null per-image outputs are skipped by the flush; the others are unaffected.
  ShadeCase c;
  c.sh = true;
  c.per_image = true;
  const auto in = makeShadeInputs(c, 500, 5);
  const auto w = lossWeights(500);
  const auto all = emulatedShade(in, w, kAllGradients);
  const auto some = emulatedShade(in, w, {"albedo", "light_position"});
  PALMA_CHECK(some.grads.size() == 2);
  PALMA_CHECK(maxAbs(some.grads.at("albedo") - all.grads.at("albedo")) == 0.0);
  PALMA_CHECK(maxAbs(some.grads.at("light_position") - all.grads.at("light_position")) == 0.0);
}

PALMA_TEST(shadeBlockFlushAddsOnceForEveryRunOfAnImage) {
  // A block whose pixels come from images 0, 0, 2, 2, 2, 0 (and inactive threads): with per-image
  // parameters, three runs; with a shared parameter, one sum.
  ShadeParams<double> p;
  p.sh_batch = 3;
  p.light_batch = 1;
  p.logit_batch = 3;
  const int threads = 8;
  std::vector<double> staged(threads * gpu_kern::kShadeStageStride, 0.0);
  const std::vector<int64_t> images = {0, 0, 2, 2, 2, 0, -1, -1};
  for (int t = 0; t < threads; ++t) {
    staged[t * gpu_kern::kShadeStageStride + gpu_kern::kShadeSlotSh] = t + 1;
    staged[t * gpu_kern::kShadeStageStride + gpu_kern::kShadeSlotLight] = t + 1;
  }
  std::vector<double> g_sh(3 * 27, 0.0), g_light(3, 0.0);
  ShadeGrads<double> g;
  g.sh = g_sh.data();
  g.light = g_light.data();
  gpu_kern::shadeBackwardFlush(p, g, gpu_kern::kShadeSlotSh, threads, staged.data(), images.data());
  gpu_kern::shadeBackwardFlush(p, g, gpu_kern::kShadeSlotLight, threads, staged.data(), images.data());
  PALMA_CHECK(g_sh[0] == 1 + 2 + 6);
  PALMA_CHECK(g_sh[27] == 0);
  PALMA_CHECK(g_sh[54] == 3 + 4 + 5);
  PALMA_CHECK(g_light[0] == 1 + 2 + 3 + 4 + 5 + 6);
}

namespace {

struct ShadowCase {
  ShadowMap map;
  ShadowSettings settings;
  torch::Tensor points;  // [P,3] light-space points
  torch::Tensor batch;   // [P] int64
};

// A random shadow map of 2 images and points spread over it: in the transition of the sigmoid, far in
// front and behind the occluders, outside the map and behind the light camera.
ShadowCase makeShadowCase(int64_t pixels, int resolution, uint64_t seed) {
  torch::manual_seed(seed);
  ShadowCase s;
  s.settings.resolution = resolution;
  s.settings.sharpness = 60;
  s.settings.bias = 0.008;
  s.map.resolution = resolution;
  s.map.focal = 0.9 * resolution;
  s.map.depth = 1.0 + 0.05 * torch::randn({2, resolution, resolution}, kDouble);
  // Empty texels (nothing seen there).
  s.map.depth.masked_fill_(torch::rand({2, resolution, resolution}, kDouble) < 0.1, 100.0);
  auto z = 1.0 + 0.06 * torch::randn({pixels, 1}, kDouble);
  auto xy = (torch::rand({pixels, 2}, kDouble) * 1.4 - 0.7) * z;  // projections up to 0.2 R off the map
  s.points = torch::cat({xy, z}, 1);
  s.points.index_put_({torch::indexing::Slice(0, pixels, 37), 2}, -0.5);  // behind the light camera
  s.batch = torch::randint(0, 2, {pixels}, torch::kInt64);
  return s;
}

// Visibility and its gradients through the bodies of gpu/shadow.cu's kernels, one iteration per thread.
void emulatedShadow(const ShadowCase& s, const torch::Tensor& grad_v, torch::Tensor& visibility,
                    torch::Tensor& grad_depth, torch::Tensor& grad_points) {
  const auto depth = s.map.depth.detach().contiguous(), points = s.points.detach().contiguous();
  const auto batch = s.batch.contiguous();
  visibility = torch::empty({points.size(0)}, kDouble);
  grad_depth = torch::zeros_like(depth);
  grad_points = torch::zeros_like(points);
  ShadowLookupParams<double> p;
  p.depth = depth.data_ptr<double>();
  p.points = points.data_ptr<double>();
  p.pixel_batch = batch.data_ptr<int64_t>();
  p.visibility = visibility.data_ptr<double>();
  p.count = points.size(0);
  p.resolution = s.map.resolution;
  p.focal = s.map.focal;
  p.centre = 0.5 * s.map.resolution - 0.5;
  p.sharpness = s.settings.sharpness;
  p.bias = s.settings.bias;
  for (int64_t i = 0; i < p.count; ++i) p.visibility[i] = kern::shadowLookupPoint(p, i);
  const auto g = grad_v.contiguous();
  for (int64_t i = 0; i < p.count; ++i)
    kern::shadowBackwardPoint(p, i, g.data_ptr<double>()[i], grad_depth.data_ptr<double>(),
                              grad_points.data_ptr<double>());
}

}  // namespace

PALMA_TEST(emulatedShadowLookupEqualsTheCpuOperator) {
  auto s = makeShadowCase(4000, 32, 3);
  auto depth = s.map.depth.clone().requires_grad_(true);
  auto points = s.points.clone().requires_grad_(true);
  ShadowMap map = s.map;
  map.depth = depth;
  const auto v = shadowVisibility(map, points, s.batch, s.settings);  // [P,1]
  auto w = torch::rand({points.size(0)}, kDouble);
  w.index_put_({torch::indexing::Slice(0, points.size(0), 5)}, 0.0);
  (v.squeeze(1) * w).sum().backward();
  torch::Tensor ev, egd, egp;
  emulatedShadow(s, w, ev, egd, egp);
  PALMA_CHECK(maxAbs(ev - v.detach().squeeze(1)) == 0.0);
  PALMA_CHECK(maxAbs(egp - points.grad()) == 0.0);
  const double err = relativeError(egd, depth.grad());
  PALMA_CHECK_MSG(err < 1e-12, "d/d depth differs by " + std::to_string(err));
  // The case exercises lit, shadowed and in-between points, and both gradients.
  PALMA_CHECK(v.min().item<double>() < 0.05 && v.max().item<double>() < 1 + 1e-12);
  PALMA_CHECK((v == 1.0).sum().item<int64_t>() > 0);  // behind the light camera
  PALMA_CHECK(((v > 0.1) & (v < 0.9)).sum().item<int64_t>() > 100);
  PALMA_CHECK(maxAbs(depth.grad()) > 0 && maxAbs(points.grad()) > 0);
}

PALMA_TEST(shadowLookupGradientsMatchFiniteDifferences) {
  // The shared per-point body against central differences (smooth enough at this sharpness).
  auto s = makeShadowCase(40, 12, 8);
  s.settings.sharpness = 20;
  s.map.depth = 1.0 + 0.05 * torch::randn({2, 12, 12}, kDouble);
  const auto w = torch::rand({40}, kDouble);
  auto loss_points = [&](const torch::Tensor& x) {
    return (shadowVisibility(s.map, x, s.batch, s.settings).squeeze(1) * w).sum();
  };
  auto loss_depth = [&](const torch::Tensor& d) {
    ShadowMap m = s.map;
    m.depth = d;
    return (shadowVisibility(m, s.points, s.batch, s.settings).squeeze(1) * w).sum();
  };
  const auto by_points = palma::test::checkGradient(loss_points, s.points, 1e-7);
  const auto by_depth = palma::test::checkGradient(loss_depth, s.map.depth, 1e-6);
  palma::test::printCheck("shadow: d / d points", by_points);
  palma::test::printCheck("shadow: d / d depth", by_depth);
  PALMA_CHECK(palma::test::relativeError(by_points) < 1e-5 && by_points.nonzero > 60);
  PALMA_CHECK(palma::test::relativeError(by_depth) < 1e-6 && by_depth.nonzero > 60);
}

// The float operator takes four texels at a time with a polynomial exp (cpu/shadow_simd.h) where a
// point's taps lie inside the map, and the scalar body near the border: both must agree with the
// float64 operator to float rounding, values and gradients, on a map with HARP's sharpness.
PALMA_TEST(floatShadowLookupAgreesWithFloat64) {
  auto s = makeShadowCase(6000, 64, 11);
  s.settings.sharpness = 1000;
  s.map.depth = 1.0 + 0.004 * torch::randn({2, 64, 64}, kDouble);  // within the sigmoid's transition
  s.map.depth.masked_fill_(torch::rand({2, 64, 64}, kDouble) < 0.05, 100.0);
  s.points.select(1, 2).copy_(1.008 + 0.01 * torch::randn({s.points.size(0)}, kDouble));
  s.points.index_put_({torch::indexing::Slice(0, s.points.size(0), 37), 2}, -0.5);
  const auto w = torch::rand({s.points.size(0)}, kDouble);
  auto run = [&](torch::ScalarType dtype) {
    auto depth = s.map.depth.to(dtype).requires_grad_(true);
    auto points = s.points.to(dtype).requires_grad_(true);
    ShadowMap map = s.map;
    map.depth = depth;
    const auto v = shadowVisibility(map, points, s.batch, s.settings).squeeze(1);
    (v * w.to(dtype)).sum().backward();
    return std::make_tuple(v.detach().to(kDouble), depth.grad().to(kDouble), points.grad().to(kDouble));
  };
  const auto [v32, gd32, gp32] = run(torch::kFloat32);
  const auto [v64, gd64, gp64] = run(torch::kFloat64);
  const double dv = maxAbs(v32 - v64), dd = relativeError(gd32, gd64), dp = relativeError(gp32, gp64);
  std::printf("float vs float64 shadow lookup: visibility %.2e, d/d depth %.2e, d/d points %.2e (relative)\n",
              dv, dd, dp);
  // Measured: visibility 1.2e-5 (float rounding of z - bias times the sharpness), d/d depth 2.6e-5,
  // d/d points 2.0e-5 relative.
  PALMA_CHECK(dv < 2e-5);
  PALMA_CHECK(dd < 1e-4);
  PALMA_CHECK(dp < 1e-3);  // the sum of many signed terms: float cancels more than the values
  // The case has points in the transition, in shadow, lit, and near the border (the scalar path).
  PALMA_CHECK(((v64 > 0.1) & (v64 < 0.9)).sum().item<int64_t>() > 500);
  PALMA_CHECK((v64 < 0.01).sum().item<int64_t>() > 50 && (v64 > 0.99).sum().item<int64_t>() > 50);
}

PALMA_TEST(shadeAndShadowAdaptersRefuseDevicesWithoutKernels) {
  // Tensors on the meta device have no data; the adapters must refuse them with a message, not crash.
  const auto meta = torch::TensorOptions().device(torch::kMeta).dtype(torch::kFloat64);
  ShadeInputs in;
  in.albedo = torch::zeros({4, 3}, meta);
  in.normals = torch::zeros({4, 3}, meta);
  in.pixel_batch = torch::zeros({4}, torch::kInt64);
  in.ambient_logit = torch::zeros({1, 1}, kDouble);
  PALMA_CHECK_THROWS(shadePixels(in), palma::InputError, "meta");
  ShadowMap map;
  map.depth = torch::zeros({1, 8, 8}, meta);
  map.focal = 4;
  map.resolution = 8;
  PALMA_CHECK_THROWS(
      shadowVisibility(map, torch::zeros({4, 3}, meta), torch::zeros({4}, torch::kInt64), ShadowSettings()),
      palma::InputError, "meta");
  PALMA_CHECK_THROWS(renderShadowMap(torch::zeros({1, 3, 3}, meta), torch::tensor({0, 1, 2}).view({1, 3}),
                                     torch::zeros({1, 3}, kDouble), ShadowSettings()),
                     palma::InputError, "meta");
}

PALMA_TEST(cpuBuildRefusesTheMissingShadeAndShadowKernels) {
  if (gpu::kernelsBuilt()) PALMA_SKIP("this build contains the CUDA kernels");
  PALMA_CHECK_THROWS(gpu::shadeForward<float>(ShadeParams<float>(), nullptr, nullptr, nullptr),
                     palma::InputError, "no CUDA kernels");
  PALMA_CHECK_THROWS(
      gpu::shadeBackward<double>(ShadeParams<double>(), nullptr, ShadeGrads<double>(), nullptr),
      palma::InputError, "no CUDA kernels");
  PALMA_CHECK_THROWS(gpu::shadowLookupForward<float>(ShadowLookupParams<float>(), nullptr), palma::InputError,
                     "no CUDA kernels");
  PALMA_CHECK_THROWS(
      gpu::shadowLookupBackward<double>(ShadowLookupParams<double>(), nullptr, nullptr, nullptr, nullptr),
      palma::InputError, "no CUDA kernels");
}
