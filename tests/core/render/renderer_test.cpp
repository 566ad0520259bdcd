// The Renderer facade: every parameter's gradient against finite differences (vertices inside and at
// silhouettes, albedo, normal map, SH, light position, ambient, shadows), and what its outputs mean.
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/eval/render_baseline.h"
#include "core/render/renderer.h"
#include "core/render/shading.h"
#include "tests/core/render/render_scene.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma::render;
using palma::test::planeAndCube;
using palma::test::RenderScene;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// A weighted sum over image and mask: every pixel and channel counts.
torch::Tensor sceneLoss(Renderer& renderer, const RenderScene& s, const torch::Tensor& weights) {
  RenderSettings settings;
  settings.background = torch::tensor({0.1, 0.2, 0.3}, kDouble);
  settings.geometry_outputs = false;
  const auto out = renderer.render(s.mesh, s.material, s.lighting, s.cameras, settings);
  return (torch::cat({out.image, out.mask}, 3) * weights).sum();
}

// Checks d loss / d *field (a tensor inside `scene`) against finite differences.
palma::test::GradientCheck check(RenderScene& scene, torch::Tensor* field, int size, double eps = 1e-7) {
  Renderer renderer;
  const auto weights = torch::rand({1, size, size, 4}, kDouble);
  const torch::Tensor original = *field;
  auto loss = [&](const torch::Tensor& x) {
    *field = x;
    return sceneLoss(renderer, scene, weights);
  };
  const auto result = palma::test::checkGradient(loss, original, eps);
  *field = original;
  return result;
}

}  // namespace

PALMA_TEST(vertexGradientsMatchFiniteDifferencesInsideAndAtSilhouettes) {
  const int size = 32;
  auto s = planeAndCube(size);
  s.lighting.shadows = false;
  const auto c = check(s, &s.mesh.vertices, size);
  palma::test::printCheck("d loss / d vertices (plane + cube, shadows off)", c);
  // Measured relative errors of all checks in this file: 2e-10 .. 1e-8 (double, steps 1e-6/1e-7).
  PALMA_CHECK(c.nonzero >= 30);
  PALMA_CHECK(palma::test::relativeError(c) < 1e-4);
  // With shadows the vertices also move the shadow map, the light camera and the lookups.
  s.lighting.shadows = true;
  const auto cs = check(s, &s.mesh.vertices, size);
  palma::test::printCheck("d loss / d vertices (plane + cube, shadows on)", cs);
  PALMA_CHECK(cs.nonzero >= 30);
  PALMA_CHECK(palma::test::relativeError(cs) < 1e-4);
}

PALMA_TEST(materialGradientsMatchFiniteDifferences) {
  const int size = 32;
  auto s = planeAndCube(size);
  s.material.normal_map = torch::cat({0.5 + 0.2 * (torch::rand({1, 8, 8, 2}, kDouble) - 0.5),
                                      0.85 + 0.1 * torch::rand({1, 8, 8, 1}, kDouble)},
                                     3);
  const auto albedo = check(s, &s.material.albedo, size, 1e-6);
  const auto normal = check(s, &s.material.normal_map, size, 1e-6);
  palma::test::printCheck("d loss / d albedo", albedo);
  palma::test::printCheck("d loss / d normal map", normal);
  PALMA_CHECK(albedo.nonzero > 60 && palma::test::relativeError(albedo) < 1e-6);
  PALMA_CHECK(normal.nonzero > 60 && palma::test::relativeError(normal) < 1e-5);
}

PALMA_TEST(lightingGradientsMatchFiniteDifferences) {
  const int size = 32;
  auto s = planeAndCube(size);
  const auto light = check(s, &s.lighting.light_position, size);
  const auto ambient = check(s, &s.lighting.ambient_logit, size);
  palma::test::printCheck("d loss / d light position (with shadows)", light);
  palma::test::printCheck("d loss / d ambient logit", ambient);
  PALMA_CHECK(light.nonzero == 3 && palma::test::relativeError(light) < 1e-4);
  PALMA_CHECK(ambient.nonzero == 1 && palma::test::relativeError(ambient) < 1e-6);
  // Spherical harmonics on top of the point light.
  s.lighting.sh = torch::zeros({1, 9, 3}, kDouble);
  s.lighting.sh.select(1, 0).fill_(shConstant(0.5));
  s.lighting.sh += 0.05 * torch::rand({1, 9, 3}, kDouble);
  const auto sh = check(s, &s.lighting.sh, size, 1e-6);
  palma::test::printCheck("d loss / d SH coefficients", sh);
  PALMA_CHECK(sh.nonzero == 27 && palma::test::relativeError(sh) < 1e-6);
  s.lighting.light_colour = torch::tensor({1.0, 0.8, 0.6}, kDouble);
  const auto colour = check(s, &s.lighting.light_colour, size, 1e-6);
  palma::test::printCheck("d loss / d light colour", colour);
  PALMA_CHECK(colour.nonzero == 3 && palma::test::relativeError(colour) < 1e-6);
}

PALMA_TEST(shadowTermHasGradientsAndDarkensWhatTheCubeHides) {
  const int size = 64;
  auto s = planeAndCube(size);
  s.material.albedo = torch::tensor({0.8, 0.8, 0.8}, kDouble);
  // A light on the left at the cube's depth throws the shadow right, onto columns ~49-58, rows ~27-36.
  s.lighting.light_position = torch::tensor({-0.4, 0.0, 0.6}, kDouble).view({1, 3});
  s.lighting.shadow.resolution = 512;
  Renderer renderer;
  const auto out = renderer.render(s.mesh, s.material, s.lighting, s.cameras);
  const auto vis = out.visibility[0].squeeze(2);
  const double shadowed = vis.narrow(0, 29, 6).narrow(1, 51, 6).mean().item<double>();
  const double lit = vis.narrow(0, 4, 6).narrow(1, 4, 6).mean().item<double>();
  std::printf("  visibility: %.3f in the cube's shadow, %.3f in the open\n", shadowed, lit);
  PALMA_CHECK(shadowed < 0.2);  // measured 0.000
  PALMA_CHECK(lit > 0.95);      // measured 0.994 (the plane seen obliquely by a 512^2 map)
  // The same scene without shadows is brighter exactly where visibility < 1.
  s.lighting.shadows = false;
  const auto unshadowed = renderer.render(s.mesh, s.material, s.lighting, s.cameras);
  const auto brighter = (unshadowed.image - out.image).sum(3) > 1e-6;
  PALMA_CHECK((brighter & (vis > 0.999)).sum().item<int64_t>() == 0);
  PALMA_CHECK(brighter.sum().item<int64_t>() > 50);
}

PALMA_TEST(outputsMeanWhatTheySay) {
  const int size = 48;
  auto s = planeAndCube(size);
  Renderer renderer;
  RenderSettings settings;
  settings.background = torch::tensor({0.0, 0.0, 1.0}, kDouble);
  const auto out = renderer.render(s.mesh, s.material, s.lighting, s.cameras, settings);
  PALMA_CHECK(out.image.sizes() == torch::IntArrayRef({1, size, size, 3}));
  // The plane fills the middle of the view; its depth is 1 m, the cube's front face 0.72 m.
  PALMA_CHECK_NEAR(out.depth[0][5][24][0].item<double>(), 1.0, 1e-9);
  PALMA_CHECK_NEAR(out.depth[0][24][24][0].item<double>(), 0.72, 1e-9);
  PALMA_CHECK_NEAR(out.normals[0][5][24][2].item<double>(), -1.0, 1e-9);
  // Mask: 1 where covered, 0 on the background, in between only at the border.
  const auto mask = out.mask[0].squeeze(2);
  PALMA_CHECK(mask.min().item<double>() >= 0 && mask.max().item<double>() <= 1 + 1e-12);
  PALMA_CHECK_NEAR(mask[24][24].item<double>(), 1.0, 1e-12);
  // Pixels outside the plane (60-degree view of a 1 m plane at 1 m: it spans ~87 % of the width).
  PALMA_CHECK_NEAR(mask[24][0].item<double>(), 0.0, 1e-12);
  PALMA_CHECK_NEAR(out.image[0][24][0][2].item<double>(), 1.0, 1e-12);
  // With the point light off and SH = constant 0.8, every interior pixel is 0.8 x albedo.
  s.lighting.point_light = false;
  s.lighting.sh = torch::zeros({1, 9, 3}, kDouble);
  s.lighting.sh.select(1, 0).fill_(shConstant(0.8));
  s.material.albedo = torch::tensor({0.5, 0.25, 1.0}, kDouble);
  const auto flat = renderer.render(s.mesh, s.material, s.lighting, s.cameras, settings);
  PALMA_CHECK_NEAR(flat.image[0][24][24][0].item<double>(), 0.4, 1e-6);
  PALMA_CHECK_NEAR(flat.image[0][10][10][2].item<double>(), 0.8, 1e-6);
}

PALMA_TEST(flatNormalMapChangesNothing) {
  const int size = 32;
  auto s = planeAndCube(size);
  Renderer renderer;
  const auto plain = renderer.render(s.mesh, s.material, s.lighting, s.cameras);
  s.material.normal_map =
      torch::tensor({0.5, 0.5, 1.0}, kDouble).view({1, 1, 1, 3}).expand({1, 4, 4, 3}).contiguous();
  const auto mapped = renderer.render(s.mesh, s.material, s.lighting, s.cameras);
  PALMA_CHECK((plain.image - mapped.image).abs().max().item<double>() < 1e-9);
}

PALMA_TEST(batchesRenderEachFrameWithItsOwnCameraAndLight) {
  const int size = 32;
  auto s = planeAndCube(size);
  Renderer renderer;
  const auto single = renderer.render(s.mesh, s.material, s.lighting, s.cameras).image;
  auto b = s;
  b.mesh.vertices = s.mesh.vertices.repeat({2, 1, 1});
  b.cameras = CameraBatch::repeat(Camera::fromFieldOfView(60, size, size), 2, torch::kFloat64);
  b.cameras.translation = torch::tensor({0.0, 0.0, 0.0, 0.05, 0.0, 0.0}, kDouble).view({2, 3});
  b.lighting.light_position = torch::cat({s.lighting.light_position, s.lighting.light_position * -1}, 0);
  const auto two = renderer.render(b.mesh, b.material, b.lighting, b.cameras).image;
  PALMA_CHECK((two[0] - single[0]).abs().max().item<double>() < 1e-12);
  PALMA_CHECK((two[1] - single[0]).abs().max().item<double>() > 0.1);
}

PALMA_TEST(badInputNamesTheField) {
  auto s = planeAndCube(16);
  Renderer renderer;
  auto no_uv = s;
  no_uv.mesh.uvs = torch::Tensor();
  PALMA_CHECK_THROWS(renderer.render(no_uv.mesh, no_uv.material, no_uv.lighting, no_uv.cameras),
                     palma::InputError, "mesh.uvs");
  auto batch = s;
  batch.cameras = CameraBatch::repeat(Camera::fromFieldOfView(60, 16, 16), 3, torch::kFloat64);
  PALMA_CHECK_THROWS(renderer.render(batch.mesh, batch.material, batch.lighting, batch.cameras),
                     palma::InputError, "camera batch");
  RenderSettings bad_bg;
  bad_bg.background = torch::zeros({2}, kDouble);
  PALMA_CHECK_THROWS(renderer.render(s.mesh, s.material, s.lighting, s.cameras, bad_bg), palma::InputError,
                     "background");
  auto bad_sh = s;
  bad_sh.lighting.sh = torch::zeros({1, 4, 3}, kDouble);
  PALMA_CHECK_THROWS(renderer.render(bad_sh.mesh, bad_sh.material, bad_sh.lighting, bad_sh.cameras),
                     palma::InputError, "9 coefficients");
  auto nan = s;
  nan.mesh.vertices = s.mesh.vertices.clone();
  nan.mesh.vertices[0][3][1] = std::nan("");
  PALMA_CHECK_THROWS(renderer.render(nan.mesh, nan.material, nan.lighting, nan.cameras), palma::InputError,
                     "NaN");
}

PALMA_TEST(fusedShadingMatchesTheLibTorchOpComposition) {
  // The Renderer's fused kernels against the plain composition of shading.h functions (the benchmark
  // baseline), with a normal map, SH and the point light with shadows.
  const int size = 48;
  auto s = planeAndCube(size);
  s.material.normal_map = torch::cat({0.5 + 0.3 * (torch::rand({1, 8, 8, 2}, kDouble) - 0.5),
                                      0.8 + 0.2 * torch::rand({1, 8, 8, 1}, kDouble)},
                                     3);
  s.lighting.sh = 0.1 * torch::rand({1, 9, 3}, kDouble);
  s.lighting.light_colour = torch::tensor({1.0, 0.9, 0.8}, kDouble);
  RenderSettings settings;
  settings.background = torch::tensor({0.1, 0.2, 0.3}, kDouble);
  Renderer renderer;
  const auto fused = renderer.render(s.mesh, s.material, s.lighting, s.cameras, settings);
  const auto reference = palma::eval::renderWithTorchOps(s.mesh, s.material, s.lighting, s.cameras, settings);
  const double diff = (fused.image - reference.image).abs().max().item<double>();
  std::printf("  max |fused - LibTorch ops| = %.3g\n", diff);
  PALMA_CHECK(diff < 1e-9);
  PALMA_CHECK((fused.mask - reference.mask).abs().max().item<double>() == 0);
}
