// Specification of the Avatar value type and its re-pose/render helpers (core/avatar/avatar.h,
// core/avatar/avatar_ops.h): the default avatar, validation naming each wrong field, re-posing with shape
// and displacement, rendering with the avatar's own maps and lighting.
#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

#include "core/avatar/avatar.h"
#include "core/avatar/avatar_ops.h"
#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "core/model/skinning.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

const HandModel& hand() {
  static const HandModel m = makeBuiltinHand(Handedness::Right);
  return m;
}

Avatar defaultAvatar(int texture_size = 8) {
  return makeDefaultAvatar(hand(), "builtin:right", 0, SubdivisionScheme::Midpoint, texture_size);
}

// An avatar with a captured motion of `frames` frames that passes validation.
Avatar avatarWithMotion(int frames) {
  Avatar a = defaultAvatar();
  a.motion.pose = 0.1f * torch::ones({frames, kNumJoints, 3});
  a.motion.translation = torch::zeros({frames, 3});
  a.motion.intrinsics = torch::tensor({500.0f, 500.0f, 32.0f, 32.0f}).repeat({frames, 1});
  for (int f = 0; f < frames; ++f) a.motion.frame_indices.push_back(2 * f);
  a.motion.width = 64;
  a.motion.height = 64;
  return a;
}

float maxAbs(const torch::Tensor& t) { return t.abs().max().item<float>(); }

// The rest vertices of the built-in hand as a tensor [N,3].
torch::Tensor restVertices(const MatrixX3f& v) {
  return torch::from_blob(const_cast<float*>(v.data()), {v.rows(), 3}, torch::kFloat32).clone();
}

}  // namespace

PALMA_TEST(defaultAvatarValidatesAndStartsFromHarpDefaults) {
  const Avatar a = defaultAvatar(16);
  validateAvatar(a, hand());
  PALMA_CHECK(a.model_spec == "builtin:right");
  PALMA_CHECK(a.shape.sizes() == torch::IntArrayRef({hand().numShapes()}));
  PALMA_CHECK(a.shape.abs().sum().item<float>() == 0.0f);
  PALMA_CHECK(a.displacement.sizes() == torch::IntArrayRef({hand().numVertices()}));
  PALMA_CHECK(a.displacement.abs().sum().item<float>() == 0.0f);
  PALMA_CHECK(a.albedo.sizes() == torch::IntArrayRef({16, 16, 3}));
  PALMA_CHECK(a.normal_map.sizes() == torch::IntArrayRef({16, 16, 3}));
  const auto skin = torch::tensor({232.0f / 255.0f, 190.0f / 255.0f, 172.0f / 255.0f});
  PALMA_CHECK(maxAbs(a.albedo - skin) == 0.0f);
  PALMA_CHECK(maxAbs(a.normal_map - torch::tensor({0.5f, 0.5f, 1.0f})) == 0.0f);
  PALMA_CHECK(a.lighting == AvatarLighting{});
  PALMA_CHECK(a.lighting.ambient == 0.6f && a.lighting.point_light && a.lighting.shadows &&
              !a.lighting.use_sh);
  PALMA_CHECK(a.lighting.light_position == Eigen::Vector3f(-0.5f, -0.5f, -0.5f));
  PALMA_CHECK(a.motion.numFrames() == 0);
  PALMA_CHECK_THROWS(defaultAvatar(0), InputError, "texture size");
}

PALMA_TEST(avatarTemplateAppliesTheSubdivision) {
  Avatar a = defaultAvatar();
  a.subdivision_levels = 1;
  a.subdivision_scheme = SubdivisionScheme::Loop;
  const HandModel t = avatarTemplate(hand(), a);
  const HandModel expected = subdivide(hand(), SubdivisionScheme::Loop, 1);
  PALMA_CHECK(t.numVertices() == expected.numVertices() && t.numVertices() > hand().numVertices());
  PALMA_CHECK(t.vertices == expected.vertices);
  const Avatar sub = makeDefaultAvatar(t, "builtin:right", 1, SubdivisionScheme::Loop, 4);
  validateAvatar(sub, t);
  // The unsubdivided avatar does not fit the subdivided template, and the message says why.
  PALMA_CHECK_THROWS(validateAvatar(defaultAvatar(), t), InputError, "avatar.displacement");
  a.subdivision_levels = kMaxSubdivisionLevels + 1;
  PALMA_CHECK_THROWS(avatarTemplate(hand(), a), InputError, "avatar.subdivision_levels");
  PALMA_CHECK(subdivisionSchemeName(parseSubdivisionScheme("loop")) == std::string("loop"));
  PALMA_CHECK(parseSubdivisionScheme("midpoint") == SubdivisionScheme::Midpoint);
  PALMA_CHECK_THROWS(parseSubdivisionScheme("catmull"), InputError, "midpoint");
}

PALMA_TEST(validateNamesEachWrongField) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float inf = std::numeric_limits<float>::infinity();
  const int n = hand().numVertices();
  const int k = hand().numShapes();
  validateAvatar(avatarWithMotion(3), hand());

  struct Case {
    const char* field;
    std::function<void(Avatar&)> spoil;
  };
  const std::vector<Case> cases = {
      {"avatar.model_spec", [](Avatar& a) { a.model_spec.clear(); }},
      {"avatar.subdivision_levels", [](Avatar& a) { a.subdivision_levels = -1; }},
      {"avatar.shape", [&](Avatar& a) { a.shape = torch::zeros({k + 1}); }},
      {"avatar.shape",
       [&](Avatar& a) {
         a.shape = torch::zeros({1, k});
       }},
      {"avatar.shape", [&](Avatar& a) { a.shape = torch::zeros({k}, torch::kFloat64); }},
      {"avatar.shape", [](Avatar& a) { a.shape = torch::Tensor(); }},
      {"avatar.displacement", [&](Avatar& a) { a.displacement = torch::zeros({n - 1}); }},
      {"avatar.displacement", [&](Avatar& a) { a.displacement[5] = nan; }},
      {"avatar.albedo",
       [](Avatar& a) {
         a.albedo = torch::zeros({8, 8, 4});
       }},
      {"avatar.albedo",
       [](Avatar& a) {
         a.albedo = torch::zeros({8, 24});
       }},
      {"avatar.albedo",
       [](Avatar& a) {
         a.albedo = torch::zeros({0, 8, 3});
       }},
      {"avatar.albedo", [&](Avatar& a) { a.albedo[1][2][0] = nan; }},
      {"avatar.normal_map",
       [](Avatar& a) {
         a.normal_map = torch::zeros({8, 8, 2});
       }},
      {"avatar.normal_map", [&](Avatar& a) { a.normal_map[0][0][2] = inf; }},
      {"avatar.lighting.ambient", [](Avatar& a) { a.lighting.ambient = 1.0f; }},
      {"avatar.lighting.ambient", [](Avatar& a) { a.lighting.ambient = 0.0f; }},
      {"avatar.lighting.ambient", [&](Avatar& a) { a.lighting.ambient = nan; }},
      {"avatar.lighting.light_position", [&](Avatar& a) { a.lighting.light_position.y() = nan; }},
      {"avatar.lighting.light_colour", [](Avatar& a) { a.lighting.light_colour.x() = -0.1f; }},
      {"avatar.lighting.sh", [&](Avatar& a) { a.lighting.sh(4, 1) = inf; }},
      {"avatar.motion.pose",
       [](Avatar& a) {
         a.motion.pose = torch::zeros({3, 15, 3});
       }},
      {"avatar.motion.pose", [&](Avatar& a) { a.motion.pose[1][3][2] = nan; }},
      {"avatar.motion.translation",
       [](Avatar& a) {
         a.motion.translation = torch::zeros({2, 3});
       }},
      {"avatar.motion.translation", [](Avatar& a) { a.motion.translation = torch::Tensor(); }},
      {"avatar.motion.intrinsics",
       [](Avatar& a) {
         a.motion.intrinsics = torch::ones({3, 3});
       }},
      {"avatar.motion.intrinsics", [](Avatar& a) { a.motion.intrinsics[0][0] = 0.0f; }},
      {"avatar.motion.frame_indices", [](Avatar& a) { a.motion.frame_indices.pop_back(); }},
      {"avatar.motion.width", [](Avatar& a) { a.motion.width = 0; }},
  };
  for (const Case& c : cases) {
    Avatar a = avatarWithMotion(3);
    c.spoil(a);
    PALMA_CHECK_THROWS(validateAvatar(a, hand()), InputError, c.field);
  }
  // Motion arrays without frames are inconsistent too.
  Avatar a = defaultAvatar();
  a.motion.translation = torch::zeros({2, 3});
  PALMA_CHECK_THROWS(validateAvatar(a, hand()), InputError, "avatar.motion.translation");
  // Ambient 0 is allowed with SH lighting (SH alone).
  Avatar sh = defaultAvatar();
  sh.lighting.use_sh = true;
  sh.lighting.ambient = 0.0f;
  validateAvatar(sh, hand());
}

PALMA_TEST(poseAvatarAtZeroPoseIsTheSkinnedRestMesh) {
  const Rig rig = makeRig(hand());
  Avatar a = defaultAvatar();
  const auto zero_pose = torch::zeros({2, kNumJoints, 3});
  const auto zero_t = torch::zeros({2, 3});
  const render::RenderMesh mesh = poseAvatar(rig, hand(), a, zero_pose, zero_t);
  PALMA_CHECK(mesh.vertices.sizes() == torch::IntArrayRef({2, hand().numVertices(), 3}));
  const auto rest = restVertices(hand().vertices);
  PALMA_CHECK_NEAR(maxAbs(mesh.vertices[1] - rest), 0.0, 1e-7);
  PALMA_CHECK(torch::equal(mesh.faces, rig.faces.to(torch::kInt64)));
  PALMA_CHECK(mesh.uvs.sizes() == torch::IntArrayRef({hand().uvs.rows(), 2}));
  PALMA_CHECK(mesh.uvs[7][1].item<float>() == hand().uvs(7, 1));
  PALMA_CHECK(mesh.uv_faces.sizes() == torch::IntArrayRef({hand().numFaces(), 3}));
  PALMA_CHECK(mesh.uv_faces[11][2].item<int64_t>() == hand().uv_faces(11, 2));

  // With a shape, the rest mesh is the template's shaped mesh, moved by the translation.
  Eigen::VectorXf beta = Eigen::VectorXf::Zero(3);
  beta << 1.5f, -1.0f, 0.5f;
  a.shape = torch::tensor({1.5f, -1.0f, 0.5f});
  const auto t = torch::tensor({0.01f, -0.02f, 0.3f}).view({1, 3});
  const auto shaped = poseAvatar(rig, hand(), a, torch::zeros({1, kNumJoints, 3}), t).vertices[0];
  const auto expected = restVertices(hand().shapedVertices(beta)) + t;
  PALMA_CHECK(maxAbs(restVertices(hand().shapedVertices(beta)) - rest) > 1e-3);  // the shape does something
  PALMA_CHECK_NEAR(maxAbs(shaped - expected), 0.0, 2e-7);

  PALMA_CHECK_THROWS(poseAvatar(rig, hand(), a, torch::zeros({1, 15, 3}), t), InputError, "pose");
  PALMA_CHECK_THROWS(poseAvatar(rig, hand(), a, zero_pose, t), InputError, "translation");
  a.displacement = torch::zeros({10});
  PALMA_CHECK_THROWS(poseAvatar(rig, hand(), a, zero_pose, zero_t), InputError, "avatar.displacement");
}

PALMA_TEST(displacementMovesVerticesAlongTheirNormals) {
  const Rig rig = makeRig(hand());
  Avatar a = defaultAvatar();
  const int n = hand().numVertices();
  // 0, 1, 2, -1 mm repeating.
  a.displacement = (torch::arange(n) % 4).to(torch::kFloat32) * 0.001f;
  a.displacement.masked_fill_(a.displacement > 0.0025f, -0.001f);
  const auto pose = torch::zeros({1, kNumJoints, 3});
  const auto t = torch::zeros({1, 3});
  const auto moved = poseAvatar(rig, hand(), a, pose, t).vertices[0];
  const auto rest = restVertices(hand().vertices);
  const auto normals = vertexNormals(rest.unsqueeze(0), rig.faces)[0];  // [N,3] unit
  const auto offset = moved - rest;
  PALMA_CHECK_NEAR(maxAbs(offset - a.displacement.unsqueeze(1) * normals), 0.0, 1e-7);
  // The length of each move is the displacement (1 mm = 1e-3 m).
  PALMA_CHECK_NEAR(maxAbs(offset.norm(2, 1) - a.displacement.abs()), 0.0, 1e-7);
  PALMA_CHECK_NEAR(offset.norm(2, 1).max().item<float>(), 0.002, 1e-7);
}

PALMA_TEST(renderAvatarCoversTheHandInFrontOfTheCamera) {
  const Rig rig = makeRig(hand());
  const Avatar a = defaultAvatar();
  const int size = 64;
  const auto camera = render::Camera::fromFieldOfView(45.0, size, size);
  const auto cameras = render::CameraBatch::repeat(camera, 1);
  // Put the hand's centre 0.4 m in front of the camera.
  const auto rest = restVertices(hand().vertices);
  const auto centre = (rest.amax(0) + rest.amin(0)) / 2;
  const auto t = (torch::tensor({0.0f, 0.0f, 0.4f}) - centre).view({1, 3});
  const auto pose = torch::zeros({1, kNumJoints, 3});
  render::Renderer renderer;
  const auto out = renderAvatar(renderer, rig, hand(), a, pose, t, cameras);
  PALMA_CHECK(out.image.sizes() == torch::IntArrayRef({1, size, size, 3}));

  // Every vertex projects onto or next to covered pixels (a silhouette vertex may round to the pixel
  // just outside), and nothing outside the projected box is covered.
  const auto pixels = render::projectToPixels(cameras, (rest + t).unsqueeze(0))[0].round().to(torch::kLong);
  const auto mask = out.mask[0].squeeze(2);  // [H,W]
  const auto inside = (pixels.select(1, 0) >= 0) & (pixels.select(1, 0) < size) & (pixels.select(1, 1) >= 0) &
                      (pixels.select(1, 1) < size);
  PALMA_CHECK(inside.all().item<bool>());
  const auto near_mask = torch::max_pool2d(mask.view({1, 1, size, size}), 3, 1, 1).view({size, size});
  const auto at_vertices = near_mask.index({pixels.select(1, 1), pixels.select(1, 0)});
  const double covered_fraction = (at_vertices > 0.5f).to(torch::kFloat32).mean().item<float>();
  PALMA_CHECK_MSG(covered_fraction > 0.97, "covered fraction " << covered_fraction);
  const int64_t x0 = pixels.select(1, 0).min().item<int64_t>(),
                x1 = pixels.select(1, 0).max().item<int64_t>();
  const int64_t y0 = pixels.select(1, 1).min().item<int64_t>(),
                y1 = pixels.select(1, 1).max().item<int64_t>();
  auto outside = mask.clone();
  outside.slice(0, std::max<int64_t>(0, y0 - 1), y1 + 2)
      .slice(1, std::max<int64_t>(0, x0 - 1), x1 + 2)
      .zero_();
  PALMA_CHECK(outside.max().item<float>() == 0.0f);
  const double area = (mask > 0.5f).sum().item<int64_t>();
  std::printf("  hand covers %.0f of %d pixels; %.3f of the vertices land on or next to it\n", area,
              size * size, covered_fraction);
  PALMA_CHECK_MSG(area > 0.05 * size * size, "hand area " << area << " pixels");

  // The albedo reaches the image: under white light every covered pixel has the skin's colour ratios.
  const auto full = out.mask[0].squeeze(2) > 0.999f;
  const auto colours = out.image[0].index({full});  // [P,3]
  PALMA_CHECK(colours.size(0) > 50);
  PALMA_CHECK_NEAR(maxAbs(colours.select(1, 0) / colours.select(1, 1) - 232.0f / 190.0f), 0.0, 1e-4);
  PALMA_CHECK_NEAR(maxAbs(colours.select(1, 2) / colours.select(1, 1) - 172.0f / 190.0f), 0.0, 1e-4);

  // The avatar's lighting is used: without the point light a covered pixel is albedo * ambient.
  Avatar ambient_only = a;
  ambient_only.lighting.point_light = false;
  ambient_only.lighting.ambient = 0.25f;
  const auto flat = renderAvatar(renderer, rig, hand(), ambient_only, pose, t, cameras);
  const auto flat_colours = flat.image[0].index({full});
  PALMA_CHECK_NEAR(maxAbs(flat_colours - 0.25f * a.albedo[0][0]), 0.0, 1e-6);
}

PALMA_TEST(lightingConvertsToTheRendererAndBack) {
  AvatarLighting l;
  l.point_light = false;
  l.shadows = false;
  l.light_position = {0.1f, -0.2f, 0.3f};
  l.light_colour = {0.9f, 0.8f, 0.7f};
  l.ambient = 0.3f;
  l.use_sh = true;
  for (int i = 0; i < 9; ++i)
    for (int c = 0; c < 3; ++c) l.sh(i, c) = 0.1f * i - 0.05f * c;
  const render::Lighting r = toRenderLighting(l);
  PALMA_CHECK(!r.point_light && !r.shadows);
  PALMA_CHECK(r.light_position.sizes() == torch::IntArrayRef({1, 3}));
  PALMA_CHECK(r.light_position[0][1].item<float>() == -0.2f);
  PALMA_CHECK(r.light_colour[2].item<float>() == 0.7f);
  PALMA_CHECK_NEAR(torch::sigmoid(r.ambient_logit)[0].item<float>(), 0.3, 1e-7);
  PALMA_CHECK(r.sh.sizes() == torch::IntArrayRef({1, 9, 3}));
  PALMA_CHECK(r.sh[0][4][2].item<float>() == l.sh(4, 2));
  PALMA_CHECK(r.sh[0][8][0].item<float>() == l.sh(8, 0));

  AvatarLighting back = fromRenderLighting(r);
  PALMA_CHECK_NEAR(back.ambient, 0.3, 1e-7);
  back.ambient = l.ambient;
  PALMA_CHECK(back == l);

  // Without SH no sh tensor; SH alone (ambient 0) leaves the logit out and comes back as 0.
  PALMA_CHECK(!toRenderLighting(AvatarLighting{}).sh.defined());
  l.ambient = 0.0f;
  const render::Lighting sh_only = toRenderLighting(l);
  PALMA_CHECK(!sh_only.ambient_logit.defined());
  PALMA_CHECK(fromRenderLighting(sh_only) == l);

  // The renderer's defaults are the avatar's defaults.
  const AvatarLighting harp = fromRenderLighting(render::Lighting::harpDefaults());
  PALMA_CHECK_NEAR(harp.ambient, 0.6, 1e-7);
  PALMA_CHECK(harp.light_position == AvatarLighting{}.light_position);

  l.use_sh = false;
  PALMA_CHECK_THROWS(toRenderLighting(l), InputError, "ambient");
  render::Lighting batched = render::Lighting::harpDefaults();
  batched.light_position = torch::zeros({2, 3});
  PALMA_CHECK_THROWS(fromRenderLighting(batched), InputError, "light_position");
}
