// interpolate and texture: exact values (linear attributes, perspective correctness, texel centres,
// boundary modes, separate UV index buffers) and gradients against finite differences; splitting an
// interpolated table into its column groups.
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/render/camera.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "core/render/split_columns.h"
#include "core/render/texture.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma::render;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// A quad seen in perspective (camera space), two triangles.
struct Scene {
  CameraBatch cams;
  torch::Tensor points;  // [1,4,3] camera space
  torch::Tensor tri;     // [2,3]
  torch::Tensor clip;    // [1,4,4]
};

Scene tiltedQuad(int size = 32) {
  Scene s;
  s.cams = CameraBatch::repeat(Camera::fromFieldOfView(60, size, size), 1, torch::kFloat64);
  s.points = torch::tensor({-0.3, -0.25, 0.8, 0.35, -0.3, 1.4, 0.3, 0.3, 1.6, -0.25, 0.2, 0.9}, kDouble)
                 .view({1, 4, 3});
  s.tri = torch::tensor({0, 1, 2, 0, 2, 3}, torch::kInt64).view({2, 3});
  s.clip = cameraToClip(s.cams, s.points);
  return s;
}

}  // namespace

PALMA_TEST(interpolatedPositionsProjectBackOntoThePixelCentre) {
  // Perspective correctness: the interpolated camera-space point of every covered pixel lies on that
  // pixel's viewing ray.
  const int size = 32;
  auto s = tiltedQuad(size);
  const auto rast = rasterize(s.clip, s.tri, size, size);
  const auto xyz = interpolate(s.points, rast, s.tri)[0];
  const auto k = s.cams.intrinsics[0];
  double worst = 0;
  int covered = 0;
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x) {
      if (rast[0][y][x][3].item<double>() == 0) continue;
      ++covered;
      const double px = k[0].item<double>() * xyz[y][x][0].item<double>() / xyz[y][x][2].item<double>() +
                        k[2].item<double>();
      const double py = k[1].item<double>() * xyz[y][x][1].item<double>() / xyz[y][x][2].item<double>() +
                        k[3].item<double>();
      worst = std::max({worst, std::abs(px - x), std::abs(py - y)});
    }
  std::printf("  %d pixels, worst reprojection error %.2e px\n", covered, worst);
  PALMA_CHECK(covered > 150);
  PALMA_CHECK(worst < 1e-9);
}

PALMA_TEST(separateIndexBuffersKeepSeamsSharp) {
  // Same geometry, UVs split along the diagonal: each triangle interpolates its own copies.
  const int size = 16;
  auto s = tiltedQuad(size);
  const auto uvs =
      torch::tensor({0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 5.0, 5.0}, kDouble)
          .view({7, 2});
  const auto uv_tri = torch::tensor({0, 1, 2, 3, 4, 5}, torch::kInt64).view({2, 3});
  const auto rast = rasterize(s.clip, s.tri, size, size);
  const auto uv = interpolate(uvs, rast, uv_tri);
  PALMA_CHECK(uv.max().item<double>() <= 1.0 + 1e-12);  // vertex 6 is never used
  PALMA_CHECK_THROWS(interpolate(uvs, rast, uv_tri.narrow(0, 0, 1)), palma::InputError, "more triangles");
}

PALMA_TEST(interpolateGradientsMatchFiniteDifferences) {
  torch::manual_seed(11);
  const int size = 20;
  auto s = tiltedQuad(size);
  const auto attr = torch::rand({1, 4, 3}, kDouble);
  const auto weights = torch::rand({1, size, size, 3}, kDouble);
  auto by_attr = [&](const torch::Tensor& a) {
    return (interpolate(a, rasterize(s.clip, s.tri, size, size), s.tri) * weights).sum();
  };
  auto by_pos = [&](const torch::Tensor& p) {
    return (interpolate(attr, rasterize(p, s.tri, size, size), s.tri) * weights).sum();
  };
  const auto ca = palma::test::checkGradient(by_attr, attr);
  const auto cp = palma::test::checkGradient(by_pos, s.clip, 1e-7);
  palma::test::printCheck("d out / d attr", ca);
  palma::test::printCheck("d out / d pos", cp);
  PALMA_CHECK(ca.nonzero == 12 && palma::test::relativeError(ca) < 1e-7);
  PALMA_CHECK(cp.nonzero >= 12 && palma::test::relativeError(cp) < 1e-5);
}

PALMA_TEST(interpolatePixelsMatchesTheFullImage) {
  const int size = 24;
  auto s = tiltedQuad(size);
  const auto clip = torch::cat({s.clip, s.clip * torch::tensor({1.0, 1.0, 1.0, 1.1}, kDouble)}, 0);
  const auto rast = rasterize(clip, s.tri, size, size);
  const auto attr = torch::rand({2, 4, 5}, kDouble);
  const auto full = interpolate(attr, rast, s.tri).view({-1, 5});
  const auto index = torch::nonzero(rast.view({-1, 4}).select(1, 3) > 0).squeeze(1);
  const auto batch = torch::div(index, size * size, "floor");
  const auto px = interpolatePixels(attr, rast.view({-1, 4}).index_select(0, index), s.tri, batch);
  PALMA_CHECK(torch::allclose(px, full.index_select(0, index), 0, 1e-15));
  PALMA_CHECK_THROWS(
      interpolatePixels(attr, rast.view({-1, 4}).index_select(0, index), s.tri, torch::Tensor()),
      palma::InputError, "pixel_batch");
}

PALMA_TEST(textureSamplesTexelCentresExactlyAndBlendsBilinearly) {
  // 4x2 texture, row 0 at the top (v = 1).
  const auto tex = torch::arange(8, kDouble).view({1, 2, 4, 1});
  auto at = [&](double u, double v, TextureBoundary b) {
    return texture(tex, torch::tensor({u, v}, kDouble).view({1, 1, 2}), b).item<double>();
  };
  PALMA_CHECK_NEAR(at(0.125, 0.75, TextureBoundary::Clamp), 0.0, 1e-15);  // texel (0, row 0)
  PALMA_CHECK_NEAR(at(0.875, 0.25, TextureBoundary::Clamp), 7.0, 1e-15);  // texel (3, row 1)
  PALMA_CHECK_NEAR(at(0.25, 0.5, TextureBoundary::Clamp), (0 + 1 + 4 + 5) / 4.0, 1e-15);
  // Beyond the left edge: clamp repeats texel 0, wrap blends with the last column.
  PALMA_CHECK_NEAR(at(0.0, 0.75, TextureBoundary::Clamp), 0.0, 1e-15);
  PALMA_CHECK_NEAR(at(0.0, 0.75, TextureBoundary::Wrap), 1.5, 1e-15);
  PALMA_CHECK_NEAR(at(1.125, 0.75, TextureBoundary::Wrap), 0.0, 1e-12);
  // Hostile UVs neither crash nor read outside the texture.
  const double huge = at(1e30, -1e30, TextureBoundary::Wrap);
  PALMA_CHECK(huge >= 0 && huge <= 7);
  const double nan = at(std::nan(""), 0.5, TextureBoundary::Clamp);
  PALMA_CHECK(nan >= 0 && nan <= 7);
}

PALMA_TEST(textureGradientsMatchFiniteDifferences) {
  torch::manual_seed(5);
  const auto tex = torch::rand({1, 6, 5, 3}, kDouble);
  const auto uv = torch::rand({2, 7, 2}, kDouble) * 1.2 - 0.1;
  const auto weights = torch::rand({2, 7, 3}, kDouble);
  for (const auto mode : {TextureBoundary::Wrap, TextureBoundary::Clamp}) {
    auto by_tex = [&](const torch::Tensor& t) { return (texture(t, uv, mode) * weights).sum(); };
    auto by_uv = [&](const torch::Tensor& u) { return (texture(tex, u, mode) * weights).sum(); };
    const auto ct = palma::test::checkGradient(by_tex, tex);
    const auto cu = palma::test::checkGradient(by_uv, uv, 1e-7);
    palma::test::printCheck(mode == TextureBoundary::Wrap ? "wrap: d / d tex" : "clamp: d / d tex", ct);
    palma::test::printCheck(mode == TextureBoundary::Wrap ? "wrap: d / d uv" : "clamp: d / d uv", cu);
    PALMA_CHECK(ct.nonzero > 20 && palma::test::relativeError(ct) < 1e-7);
    PALMA_CHECK(cu.nonzero > 10 && palma::test::relativeError(cu) < 1e-6);
  }
  // A batch of textures: each image samples its own.
  const auto two = torch::stack({torch::zeros({4, 4, 1}, kDouble), torch::ones({4, 4, 1}, kDouble)});
  const auto out = texture(two, torch::full({2, 3, 2}, 0.5, kDouble));
  PALMA_CHECK(out[0].sum().item<double>() == 0 && out[1].sum().item<double>() == 3);
}

PALMA_TEST(textureRejectsBadInput) {
  const auto uv = torch::zeros({1, 4, 2});
  PALMA_CHECK_THROWS(texture(torch::zeros({1, 0, 4, 3}), uv), palma::InputError, "empty");
  PALMA_CHECK_THROWS(texture(torch::zeros({1, 4, 4, 3}), torch::zeros({1, 4, 3})), palma::InputError,
                     "`uv` must be");
  PALMA_CHECK_THROWS(texture(torch::zeros({3, 4, 4, 3}), torch::zeros({2, 4, 2})), palma::InputError,
                     "batch");
  PALMA_CHECK_THROWS(texture(torch::zeros({1, 4, 4, 3}, kDouble), uv), palma::InputError, "same dtype");
}

PALMA_TEST(splitColumnsMatchesNarrowAndGathersTheGradientsOfItsParts) {
  for (const auto options : {kDouble, torch::TensorOptions().dtype(torch::kFloat32)}) {
    // A non-contiguous table (a transposed view) is split like its contiguous copy.
    const auto x = torch::randn({12, 9001}, options).t().set_requires_grad(true);
    const auto parts = splitColumns(x, {3, 1, 1, 7});
    PALMA_CHECK(parts.size() == 4);
    int64_t offset = 0;
    for (const auto& part : parts) {
      PALMA_CHECK(part.is_contiguous());
      PALMA_CHECK(torch::equal(part, x.narrow(1, offset, part.size(1))));
      offset += part.size(1);
    }
    // The second part takes no part in the loss: its column gets zeros.
    const auto w0 = torch::randn({9001, 3}, options), w2 = torch::randn({9001, 1}, options);
    const auto w3 = torch::randn({9001, 7}, options);
    torch::autograd::backward({(parts[0] * w0).sum() + (parts[2] * w2).sum() + (parts[3] * w3).sum()});
    const auto expected = torch::cat({w0, torch::zeros({9001, 1}, options), w2, w3}, 1);
    PALMA_CHECK(torch::equal(x.grad(), expected));
  }
  // Gradients against finite differences (through a non-linear use of two parts).
  const auto c = palma::test::checkGradient(
      [](const torch::Tensor& t) {
        const auto p = splitColumns(t, {1, 3});
        return (p[0].sin() * p[1].pow(2)).sum();
      },
      torch::randn({7, 4}, kDouble));
  palma::test::printCheck("split: d / d x", c);
  PALMA_CHECK(c.nonzero == 28 && palma::test::relativeError(c) < 1e-7);
}

PALMA_TEST(splitColumnsRejectsWidthsThatDoNotFit) {
  const auto x = torch::zeros({4, 6});
  PALMA_CHECK_THROWS(splitColumns(x, {3, 2}), palma::InputError, "add up to 5");
  PALMA_CHECK_THROWS(splitColumns(x, {}), palma::InputError, "add up to 0");
  PALMA_CHECK_THROWS(splitColumns(x, {6, 0}), palma::InputError, "positive");
  PALMA_CHECK_THROWS(splitColumns(torch::zeros({4, 6, 1}), {6}), palma::InputError, "split_columns");
}
