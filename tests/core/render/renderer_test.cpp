// The Renderer facade: every parameter's gradient against finite differences (vertices inside and at
// silhouettes, albedo, normal map, SH, light position, ambient, shadows), and what its outputs mean.
#include <torch/torch.h>

#include <cstdio>
#include <limits>
#include <thread>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/eval/render_baseline.h"
#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/render/camera.h"
#include "core/render/op_checks.h"
#include "core/render/rasterize.h"
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
  RenderSettings rs;
  rs.geometry_outputs = true;
  const auto out = renderer.render(s.mesh, s.material, s.lighting, s.cameras, rs);
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
  // Index buffers that point past their vertices: the renderer checks them before its operators, which
  // trust the index tensors they are given inside it.
  auto bad_faces = s;
  bad_faces.mesh.faces = s.mesh.faces.clone();
  bad_faces.mesh.faces[1][2] = s.mesh.vertices.size(1);
  PALMA_CHECK_THROWS(
      renderer.render(bad_faces.mesh, bad_faces.material, bad_faces.lighting, bad_faces.cameras),
      palma::InputError, "mesh.faces` refers to vertex");
  auto bad_uv_faces = s;
  bad_uv_faces.mesh.uv_faces = s.mesh.uv_faces.clone();
  bad_uv_faces.mesh.uv_faces[0][0] = -1;
  PALMA_CHECK_THROWS(
      renderer.render(bad_uv_faces.mesh, bad_uv_faces.material, bad_uv_faces.lighting, bad_uv_faces.cameras),
      palma::InputError, "mesh.uv_faces` refers to vertex -1");
  auto bad_uvs = s;
  bad_uvs.mesh.uvs = torch::zeros({s.mesh.uvs.size(0), 3}, kDouble);
  PALMA_CHECK_THROWS(renderer.render(bad_uvs.mesh, bad_uvs.material, bad_uvs.lighting, bad_uvs.cameras),
                     palma::InputError, "mesh.uvs");
  // The operators' own checks stay on outside the renderer.
  PALMA_CHECK(!indicesTrusted());
  const auto rast =
      rasterize(torch::zeros({1, 3, 4}), torch::tensor({0, 1, 2}, torch::kInt32).view({1, 3}), 4, 4);
  PALMA_CHECK_THROWS(rasterPixels(torch::zeros({1, 3, 4}), torch::tensor({0, 1, 2}).view({1, 3}), rast,
                                  torch::tensor({16}, torch::kInt64)),
                     palma::InputError, "outside the image");
}

// The renderer checks the caller's index buffers and the finiteness of positions once per call, and
// skips the index check for a buffer it has checked that is unchanged (same tensor, same version):
// each check reads back from the device, which on a GPU waits for all queued work.
PALMA_TEST(checkedIndexBuffersAreCheckedAgainWhenTheyChange) {
  auto s = planeAndCube(16);
  Renderer renderer;
  s.mesh.faces = s.mesh.faces.clone();
  s.mesh.uv_faces = s.mesh.uv_faces.clone();
  const auto good = renderer.render(s.mesh, s.material, s.lighting, s.cameras).image;
  // The same tensors changed in place: their version counters move, so they are checked again.
  s.mesh.faces[1][2] = s.mesh.vertices.size(1) + 5;
  PALMA_CHECK_THROWS(renderer.render(s.mesh, s.material, s.lighting, s.cameras), palma::InputError,
                     "mesh.faces` refers to vertex " + std::to_string(s.mesh.vertices.size(1) + 5));
  s.mesh.faces[1][2] = 2;
  s.mesh.faces.copy_(planeAndCube(16).mesh.faces);
  s.mesh.uv_faces.view(-1).narrow(0, 4, 1).fill_(-3);  // through a view, which shares the counter
  PALMA_CHECK_THROWS(renderer.render(s.mesh, s.material, s.lighting, s.cameras), palma::InputError,
                     "mesh.uv_faces` refers to vertex -3");
  s.mesh.uv_faces.copy_(planeAndCube(16).mesh.uv_faces);
  PALMA_CHECK(torch::equal(renderer.render(s.mesh, s.material, s.lighting, s.cameras).image, good));
  // Fewer vertices than the checked buffer refers to: checked again against the new count.
  auto fewer = s;
  fewer.mesh.vertices = s.mesh.vertices.narrow(1, 0, 3).contiguous();
  PALMA_CHECK_THROWS(renderer.render(fewer.mesh, fewer.material, fewer.lighting, fewer.cameras),
                     palma::InputError, "mesh.faces` refers to vertex");
  // Infinite light positions, rotations and translations are refused like NaN vertices.
  auto far = s;
  far.lighting.light_position = s.lighting.light_position.clone();
  far.lighting.light_position[0][0] = std::numeric_limits<double>::infinity();
  PALMA_CHECK_THROWS(renderer.render(far.mesh, far.material, far.lighting, far.cameras), palma::InputError,
                     "NaN or infinite");
  auto lost = s;
  lost.cameras.translation = s.cameras.translation.clone();
  lost.cameras.translation[0][2] = std::nan("");
  PALMA_CHECK_THROWS(renderer.render(lost.mesh, lost.material, lost.lighting, lost.cameras),
                     palma::InputError, "NaN or infinite");
  // The same renderer on another mesh (another silhouette topology) renders it as a new renderer does.
  auto other = planeAndCube(16);
  other.mesh.faces = other.mesh.faces.flip(0).contiguous();
  other.mesh.uv_faces = other.mesh.uv_faces.flip(0).contiguous();
  Renderer fresh;
  PALMA_CHECK(torch::equal(renderer.render(other.mesh, other.material, other.lighting, other.cameras).image,
                           fresh.render(other.mesh, other.material, other.lighting, other.cameras).image));
}

// cameraToClip runs as one autograd node with a hand-written backward unless the intrinsics take
// gradients: both give the same clip coordinates, bit for bit, and the same gradients to the points,
// also for float points with double intrinsics (the result is promoted, the gradient is not).
PALMA_TEST(cameraToClipGivesTheSameResultsWithAndWithoutIntrinsicGradients) {
  torch::manual_seed(17);
  for (const auto points_dtype : {torch::kFloat32, torch::kFloat64}) {
    auto cams = CameraBatch::repeat(Camera::fromFieldOfView(50, 64, 48), 2, torch::kFloat64);
    cams.intrinsics = cams.intrinsics + torch::rand({2, 4}, kDouble);
    const auto points0 =
        (torch::rand({2, 7, 3}, kDouble) + torch::tensor({0.0, 0.0, 1.0}, kDouble)).to(points_dtype);
    const auto w = torch::randn({2, 7, 4}, kDouble);
    auto run = [&](bool intrinsic_gradients) {
      auto c = cams;
      c.intrinsics = cams.intrinsics.clone().set_requires_grad(intrinsic_gradients);
      auto points = points0.clone().set_requires_grad(true);
      const auto clip = cameraToClip(c, points);
      (clip * w).sum().backward();
      return std::make_pair(clip.detach(), points.grad());
    };
    const auto [clip_f, grad_f] = run(false);
    const auto [clip_o, grad_o] = run(true);
    PALMA_CHECK(clip_f.scalar_type() == torch::kFloat64 && grad_f.scalar_type() == points_dtype);
    PALMA_CHECK(torch::equal(clip_f, clip_o));
    const double dg = (grad_f - grad_o).abs().max().item<double>() / grad_o.abs().max().item<double>();
    std::printf("cameraToClip, %s points: gradients differ by %.2e (relative)\n",
                points_dtype == torch::kFloat32 ? "float32" : "float64", dg);
    // Measured: 4.9e-8 (float32 points: the node's backward rounds once at the end) and 3.8e-17.
    PALMA_CHECK(dg <= 1e-6);
  }
  auto cams = CameraBatch::repeat(Camera::fromFieldOfView(50, 64, 48), 2, torch::kFloat64);
  const auto points = torch::rand({2, 5, 3}, kDouble) + torch::tensor({0.0, 0.0, 1.0}, kDouble);
  const auto w = torch::randn({2, 5, 4}, kDouble);
  const auto check = palma::test::checkGradient(
      [&](const torch::Tensor& p) { return (cameraToClip(cams, p) * w).sum(); }, points);
  palma::test::printCheck("cameraToClip: d / d points", check);
  // Measured: 2.1e-10 relative, all 30 entries non-zero.
  PALMA_CHECK(palma::test::relativeError(check) < 1e-8 && check.nonzero == points.numel());
}

PALMA_TEST(trustedIndicesScopesNest) {
  PALMA_CHECK(!indicesTrusted());
  {
    const TrustedIndicesScope outer;
    PALMA_CHECK(indicesTrusted());
    {
      const TrustedIndicesScope inner;
      PALMA_CHECK(indicesTrusted());
    }
    PALMA_CHECK(indicesTrusted());
    // Another thread has its own setting.
    bool elsewhere = true;
    std::thread([&] { elsewhere = indicesTrusted(); }).join();
    PALMA_CHECK(!elsewhere);
  }
  PALMA_CHECK(!indicesTrusted());
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

namespace {

struct HandRender {
  torch::Tensor rast, normals, image, mask, g_vertices, g_albedo, g_normal_map, g_light, g_logit;
};

// The built-in hand in four poses at 128^2, float32, with an albedo map, a normal map, the point light
// with soft shadows and antialiasing; forward and every gradient from a fixed output gradient.
HandRender renderHand() {
  const palma::HandModel model = palma::makeBuiltinHand();
  const palma::Rig rig = palma::makeRig(model);
  const auto names = palma::posePresetNames();
  const int frames = 4, size = 128;
  auto pose = torch::zeros({frames, palma::kNumJoints, 3});
  for (int b = 0; b < frames; ++b) {
    const palma::PoseMatrix p = palma::posePreset(model, names[b % names.size()]);
    pose[b] = torch::from_blob(const_cast<float*>(p.data()), {palma::kNumJoints, 3}, torch::kFloat32).clone();
    pose[b][0] = torch::tensor({1.6f + 0.1f * b, 0.1f * b - 0.1f, 0.05f * b});
  }
  palma::SkinningParams params;
  params.pose = pose;
  auto verts = palma::skin(rig, params).vertices;
  verts = (verts - verts.mean(1, true) + torch::tensor({0.0f, 0.0f, 0.45f}).view({1, 1, 3})).detach();
  RenderScene s;
  s.mesh.vertices = verts.requires_grad_(true);
  s.mesh.faces = rig.faces;
  s.mesh.uvs =
      torch::from_blob(const_cast<float*>(model.uvs.data()), {model.uvs.rows(), 2}, torch::kFloat32).clone();
  std::vector<int64_t> uv_faces(model.uv_faces.data(), model.uv_faces.data() + model.uv_faces.size());
  s.mesh.uv_faces = torch::tensor(uv_faces, torch::kInt64).view({-1, 3});
  torch::manual_seed(5);
  s.material.albedo = (0.5f + 0.3f * torch::rand({1, 64, 64, 3})).requires_grad_(true);
  s.material.normal_map =
      (torch::tensor({0.5f, 0.5f, 1.0f}).view({1, 1, 1, 3}) + 0.05f * torch::randn({1, 64, 64, 3}))
          .requires_grad_(true);
  s.lighting = Lighting::harpDefaults();
  s.lighting.light_position = s.lighting.light_position.clone().requires_grad_(true);
  s.lighting.ambient_logit = s.lighting.ambient_logit.clone().requires_grad_(true);
  s.lighting.shadow.resolution = 96;
  Camera cam;
  cam.width = cam.height = size;
  cam.fx = cam.fy = 0.8 * size * 0.45 / 0.22;
  cam.cx = cam.cy = 0.5 * size - 0.5;
  s.cameras = CameraBatch::repeat(cam, frames);
  Renderer renderer;
  RenderSettings rs;
  rs.geometry_outputs = true;
  const auto out = renderer.render(s.mesh, s.material, s.lighting, s.cameras, rs);
  const auto g_image = torch::rand({frames, size, size, 3}) - 0.5f;
  const auto g_mask = torch::rand({frames, size, size, 1}) - 0.5f;
  torch::autograd::backward({out.image, out.mask}, {g_image, g_mask});
  return {out.rast,
          out.normals,
          out.image.detach(),
          out.mask.detach(),
          s.mesh.vertices.grad(),
          s.material.albedo.grad(),
          s.material.normal_map.grad(),
          s.lighting.light_position.grad(),
          s.lighting.ambient_logit.grad()};
}

}  // namespace

// The kernels' AVX2 variants (core/common/cpu_isa.h) evaluate the same operations as the baseline code:
// the same image, mask and gradients, bit for bit.
PALMA_TEST(avx2KernelsRenderAndDifferentiateExactlyLikeTheBaselineCode) {
  if (!palma::cpu::cpuHasAvx2()) {
    std::printf("  this processor has no AVX2: only the baseline code runs here\n");
    PALMA_CHECK(palma::cpu::setCpuIsa(palma::cpu::Isa::Avx2) == palma::cpu::Isa::Generic);
    return;
  }
  const auto before = palma::cpu::cpuIsa();
  PALMA_CHECK(palma::cpu::setCpuIsa(palma::cpu::Isa::Generic) == palma::cpu::Isa::Generic);
  const int64_t runs0 = palma::cpu::avx2Runs();
  const HandRender generic = renderHand();
  const int64_t runs1 = palma::cpu::avx2Runs();
  PALMA_CHECK(palma::cpu::setCpuIsa(palma::cpu::Isa::Avx2) == palma::cpu::Isa::Avx2);
  const HandRender avx2 = renderHand();
  const int64_t runs2 = palma::cpu::avx2Runs();
  palma::cpu::setCpuIsa(before);
  // Every kernel loop of the render ran in the chosen variant.
  std::printf("  kernel loops in AVX2: %lld with the baseline chosen, %lld with AVX2\n",
              static_cast<long long>(runs1 - runs0), static_cast<long long>(runs2 - runs1));
  PALMA_CHECK(runs1 == runs0);
  PALMA_CHECK(runs2 - runs1 >= 15);  // measured: 34 (every parallel loop of the render and its backward)
  const double covered = generic.mask.gt(0.5).to(torch::kFloat64).mean().item<double>();
  std::printf("  %.1f %% of the pixels covered\n", 100 * covered);
  PALMA_CHECK(covered > 0.05);  // measured: 10.3 %
  const std::pair<const char*, std::pair<torch::Tensor, torch::Tensor>> pairs[] = {
      {"rast", {generic.rast, avx2.rast}},
      {"normals", {generic.normals, avx2.normals}},
      {"image", {generic.image, avx2.image}},
      {"mask", {generic.mask, avx2.mask}},
      {"d / d vertices", {generic.g_vertices, avx2.g_vertices}},
      {"d / d albedo", {generic.g_albedo, avx2.g_albedo}},
      {"d / d normal map", {generic.g_normal_map, avx2.g_normal_map}},
      {"d / d light position", {generic.g_light, avx2.g_light}},
      {"d / d ambient", {generic.g_logit, avx2.g_logit}}};
  for (const auto& [name, t] : pairs) {
    std::printf("  %s: max difference %.3g of %.3g\n", name, (t.first - t.second).abs().max().item<double>(),
                t.first.abs().max().item<double>());
  }
  for (const auto& [name, t] : pairs) {
    PALMA_CHECK_MSG(t.first.defined() && t.second.defined() && t.first.abs().sum().item<double>() > 0, name);
    PALMA_CHECK_MSG(torch::equal(t.first, t.second), std::string(name) + " differs between the variants");
  }
}
