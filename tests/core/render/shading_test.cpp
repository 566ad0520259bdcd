// Shading terms: SH irradiance constants, tangent frames in the glTF convention, normal-map
// orientation, and their gradients.
#include <torch/torch.h>

#include <cstdio>
#include <tuple>

#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "core/model/skinning.h"
#include "core/render/shading.h"
#include "tests/core/render/render_scene.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma::render;

namespace {
const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);
}

PALMA_TEST(shIrradianceOfAConstantEnvironmentIsConstant) {
  const auto n = torch::nn::functional::normalize(torch::randn({1, 50, 3}, kDouble),
                                                  torch::nn::functional::NormalizeFuncOptions().dim(2));
  auto coeff = torch::zeros({1, 9, 3}, kDouble);
  coeff.select(1, 0).fill_(shConstant(0.8));
  const auto e = shIrradiance(n, coeff);
  PALMA_CHECK((e - 0.8).abs().max().item<double>() < 1e-12);
}

PALMA_TEST(shIrradianceOfALinearLobeFollowsTheCosine) {
  // L10 (the z lobe) alone: E = 2 c2 L10 z, brightest facing +z, dark facing -z.
  auto coeff = torch::zeros({1, 9, 1}, kDouble);
  coeff[0][2][0] = 1.0;
  const auto n = torch::tensor({0.0, 0.0, 1.0, 0.0, 0.0, -1.0, 1.0, 0.0, 0.0}, kDouble).view({1, 3, 3});
  const auto e = shIrradiance(n, coeff);
  PALMA_CHECK_NEAR(e[0][0][0].item<double>(), 2 * 0.511664, 1e-12);
  PALMA_CHECK_NEAR(e[0][1][0].item<double>(), -2 * 0.511664, 1e-12);
  PALMA_CHECK_NEAR(e[0][2][0].item<double>(), 0.0, 1e-12);
}

PALMA_TEST(tangentsFollowPlusUAndHandednessFollowsV) {
  auto s = palma::test::planeAndCube(16);
  const auto verts = s.mesh.vertices.narrow(1, 0, 4);
  const auto faces = s.mesh.faces.narrow(0, 0, 2), uv_faces = s.mesh.uv_faces.narrow(0, 0, 2);
  const auto uvs = s.mesh.uvs.narrow(0, 0, 4);
  const auto normals = torch::tensor({0.0, 0.0, -1.0}, kDouble).view({1, 1, 3}).expand({1, 4, 3});
  const auto t = uvTangents(verts, faces, uvs, uv_faces, normals)[0];
  // u grows along +x; v grows up the image, i.e. along -y; n = -z. cross(n, t) = -z x x = -y = +v.
  for (int i = 0; i < 4; ++i) {
    PALMA_CHECK_NEAR(t[i][0].item<double>(), 1.0, 1e-12);
    PALMA_CHECK_NEAR(t[i][3].item<double>(), 1.0, 0);
  }
  // Mirrored UVs (u flipped) flip the tangent and the handedness.
  const auto mirrored = torch::stack({1.0 - uvs.select(1, 0), uvs.select(1, 1)}, 1);
  const auto tm = uvTangents(verts, faces, mirrored, uv_faces, normals)[0];
  PALMA_CHECK_NEAR(tm[0][0].item<double>(), -1.0, 1e-12);
  PALMA_CHECK_NEAR(tm[0][3].item<double>(), -1.0, 0);
}

PALMA_TEST(normalMapRedTiltsTowardUAndGreenTowardV) {
  const auto n = torch::tensor({0.0, 0.0, -1.0}, kDouble).view({1, 3});
  const auto t = torch::tensor({1.0, 0.0, 0.0, 1.0}, kDouble).view({1, 4});
  const auto red = applyNormalMap(n, t, torch::tensor({0.9, 0.5, 0.8}, kDouble).view({1, 3}));
  const auto green = applyNormalMap(n, t, torch::tensor({0.5, 0.9, 0.8}, kDouble).view({1, 3}));
  PALMA_CHECK(red[0][0].item<double>() > 0.5);     // toward +u = +x
  PALMA_CHECK(green[0][1].item<double>() < -0.5);  // toward +v = -y (up in the image)
  PALMA_CHECK_NEAR(red.norm().item<double>(), 1.0, 1e-12);
}

PALMA_TEST(shadingGradientsMatchFiniteDifferences) {
  torch::manual_seed(9);
  const auto n = torch::randn({1, 6, 3}, kDouble);
  const auto t = torch::cat({torch::randn({1, 6, 3}, kDouble), torch::ones({1, 6, 1}, kDouble)}, 2);
  const auto map = 0.3 + 0.4 * torch::rand({1, 6, 3}, kDouble);
  const auto w = torch::rand({1, 6, 3}, kDouble);
  const auto by_map = palma::test::checkGradient(
      [&](const torch::Tensor& m) { return (applyNormalMap(n, t, m) * w).sum(); }, map);
  const auto by_n = palma::test::checkGradient(
      [&](const torch::Tensor& x) { return (applyNormalMap(x, t, map) * w).sum(); }, n);
  const auto coeff = torch::rand({1, 9, 3}, kDouble);
  const auto unit = n / n.norm(2, 2, true);
  const auto by_sh = palma::test::checkGradient(
      [&](const torch::Tensor& c) { return (shIrradiance(unit, c) * w).sum(); }, coeff);
  palma::test::printCheck("normal map: d / d map", by_map);
  palma::test::printCheck("normal map: d / d normal", by_n);
  palma::test::printCheck("SH: d / d coefficients", by_sh);
  PALMA_CHECK(palma::test::relativeError(by_map) < 1e-7 && by_map.nonzero == 18);
  PALMA_CHECK(palma::test::relativeError(by_n) < 1e-7 && by_n.nonzero == 18);
  PALMA_CHECK(palma::test::relativeError(by_sh) < 1e-7 && by_sh.nonzero == 27);
}

// The vertex stage (vertex normals, UV tangents) runs as single operations with hand-written
// backwards on the CPU; the LibTorch-op compositions are the reference for values and gradients.
PALMA_TEST(vertexStageKernelsMatchTheLibTorchOpReference) {
  const auto hand = palma::makeBuiltinHand();
  auto rest =
      torch::from_blob(const_cast<float*>(hand.vertices.data()), {hand.vertices.rows(), 3}, torch::kFloat32)
          .to(torch::kFloat64);
  const auto faces =
      torch::from_blob(const_cast<int*>(hand.faces.data()), {hand.faces.rows(), 3}, torch::kInt32)
          .to(torch::kInt64);
  const auto uvs =
      torch::from_blob(const_cast<float*>(hand.uvs.data()), {hand.uvs.rows(), 2}, torch::kFloat32)
          .to(torch::kFloat64);
  const auto uv_faces =
      torch::from_blob(const_cast<int*>(hand.uv_faces.data()), {hand.uv_faces.rows(), 3}, torch::kInt32)
          .to(torch::kInt64);
  PALMA_CHECK(uvs.size(0) > rest.size(0));  // the atlas has seams: UV vertices outnumber vertices
  torch::manual_seed(3);
  const auto verts0 = torch::stack({rest, rest + 0.002 * torch::randn_like(rest)});  // [2,N,3]
  const auto w_n = torch::randn_like(verts0);
  const auto w_t = torch::randn({2, uvs.size(0), 4}, kDouble);

  auto run = [&](bool reference) {
    auto verts = verts0.clone().set_requires_grad(true);
    const auto n =
        reference ? palma::vertexNormalsReference(verts, faces) : palma::vertexNormals(verts, faces);
    const auto t = reference ? uvTangentsReference(verts, faces, uvs, uv_faces, n)
                             : uvTangents(verts, faces, uvs, uv_faces, n);
    ((n * w_n).sum() + (t * w_t).sum()).backward();
    return std::make_tuple(n.detach(), t.detach(), verts.grad());
  };
  const auto [n_k, t_k, g_k] = run(false);
  const auto [n_r, t_r, g_r] = run(true);
  const double dn = (n_k - n_r).abs().max().item<double>(), dt = (t_k - t_r).abs().max().item<double>();
  const double dg = (g_k - g_r).abs().max().item<double>() / g_r.abs().max().item<double>();
  std::printf("vertex stage vs reference: normals %.2e, tangents %.2e, gradient %.2e (relative)\n", dn, dt,
              dg);
  // Measured: normals 7.4e-16, tangents 1.6e-14, gradient 1.0e-14 (relative).
  PALMA_CHECK(dn < 1e-12);
  PALMA_CHECK(dt < 1e-10);
  PALMA_CHECK((t_k.select(2, 3) == t_r.select(2, 3)).all().item<bool>());  // handedness exactly
  PALMA_CHECK(dg < 1e-9);
}

PALMA_TEST(vertexStageGradientsMatchFiniteDifferences) {
  auto s = palma::test::planeAndCube(16);
  torch::manual_seed(5);
  const auto verts = s.mesh.vertices + 0.01 * torch::randn_like(s.mesh.vertices);
  const auto w_t = torch::randn({verts.size(0), s.mesh.uvs.size(0), 4}, kDouble);
  const auto w_n = torch::randn_like(verts);
  const auto by_normals = palma::test::checkGradient(
      [&](const torch::Tensor& v) { return (palma::vertexNormals(v, s.mesh.faces) * w_n).sum(); }, verts);
  const auto by_tangents = palma::test::checkGradient(
      [&](const torch::Tensor& v) {
        const auto n = palma::vertexNormals(v, s.mesh.faces);
        return (uvTangents(v, s.mesh.faces, s.mesh.uvs, s.mesh.uv_faces, n) * w_t).sum();
      },
      verts);
  palma::test::printCheck("vertex normals: d / d vertices", by_normals);
  palma::test::printCheck("UV tangents: d / d vertices", by_tangents);
  // Measured: 7.8e-11 and 8.6e-11 relative, all 36 entries non-zero.
  PALMA_CHECK(palma::test::relativeError(by_normals) < 1e-7 && by_normals.nonzero > verts.numel() / 2);
  PALMA_CHECK(palma::test::relativeError(by_tangents) < 1e-7 && by_tangents.nonzero > verts.numel() / 2);
}

// The path for CUDA tensors (one autograd node of LibTorch ops with a hand-written backward), run on
// the CPU: the same normals and gradients as the op-by-op reference, on the hand with a vertex of no
// triangle (zero normal, clamped length) and a degenerate triangle, and against finite differences.
PALMA_TEST(composedVertexNormalsMatchTheReferenceAndFiniteDifferences) {
  const auto hand = palma::makeBuiltinHand();
  const auto rest =
      torch::from_blob(const_cast<float*>(hand.vertices.data()), {hand.vertices.rows(), 3}, torch::kFloat32)
          .to(torch::kFloat64);
  const auto hand_faces =
      torch::from_blob(const_cast<int*>(hand.faces.data()), {hand.faces.rows(), 3}, torch::kInt32).clone();
  const int64_t n = rest.size(0);
  // One more vertex that no triangle uses, and a triangle whose corners coincide.
  const auto faces = torch::cat({hand_faces, torch::tensor({0, 0, 0}, torch::kInt32).view({1, 3})});
  torch::manual_seed(11);
  const auto verts0 =
      torch::stack({torch::cat({rest, torch::ones({1, 3}, kDouble)}),
                    torch::cat({rest + 0.002 * torch::randn_like(rest), torch::zeros({1, 3}, kDouble)})});
  const auto w = torch::randn_like(verts0);
  auto run = [&](bool composed) {
    auto verts = verts0.clone().set_requires_grad(true);
    const auto normals = composed ? palma::vertexNormalsComposed(verts, faces)
                                  : palma::vertexNormalsReference(verts, faces.to(torch::kInt64));
    (normals * w).sum().backward();
    return std::make_pair(normals.detach(), verts.grad());
  };
  const auto [n_c, g_c] = run(true);
  const auto [n_r, g_r] = run(false);
  const double dn = (n_c - n_r).abs().max().item<double>();
  const double dg = (g_c - g_r).abs().max().item<double>() / g_r.abs().max().item<double>();
  std::printf("composed vertex normals vs reference: normals %.2e, gradient %.2e (relative)\n", dn, dg);
  // Measured: normals 8.3e-16, gradient 4.7e-16.
  PALMA_CHECK(dn < 1e-12);
  PALMA_CHECK(dg < 1e-10);
  // The unused vertex: a zero normal and no gradient, not NaN.
  PALMA_CHECK(n_c.select(1, n).abs().max().item<double>() == 0);
  PALMA_CHECK(g_c.select(1, n).abs().max().item<double>() == 0);

  auto s = palma::test::planeAndCube(16);
  const auto verts = s.mesh.vertices + 0.01 * torch::randn_like(s.mesh.vertices);
  const auto w_n = torch::randn_like(verts);
  const auto check = palma::test::checkGradient(
      [&](const torch::Tensor& v) { return (palma::vertexNormalsComposed(v, s.mesh.faces) * w_n).sum(); },
      verts);
  palma::test::printCheck("composed vertex normals: d / d vertices", check);
  // Measured: 1.1e-10 relative, all 36 entries non-zero.
  PALMA_CHECK(palma::test::relativeError(check) < 1e-7 && check.nonzero > verts.numel() / 2);
}

// The tangents' path for CUDA tensors (one autograd node of LibTorch ops), run on the CPU: the same
// tangents as the op-by-op reference, the same gradients to vertices and normals, and finite differences.
PALMA_TEST(composedTangentsMatchTheReferenceAndFiniteDifferences) {
  auto s = palma::test::planeAndCube(16);
  torch::manual_seed(13);
  const auto verts0 = s.mesh.vertices + 0.01 * torch::randn_like(s.mesh.vertices);
  const auto normals0 = palma::vertexNormals(verts0, s.mesh.faces).detach() + 0.1 * torch::randn_like(verts0);
  const auto w = torch::randn({verts0.size(0), s.mesh.uvs.size(0), 4}, kDouble);
  auto run = [&](bool composed) {
    auto verts = verts0.clone().set_requires_grad(true);
    auto normals = normals0.clone().set_requires_grad(true);
    const auto t = composed ? uvTangentsComposed(verts, s.mesh.faces, s.mesh.uvs, s.mesh.uv_faces, normals)
                            : uvTangentsReference(verts, s.mesh.faces, s.mesh.uvs, s.mesh.uv_faces, normals);
    (t * w).sum().backward();
    return std::make_tuple(t.detach(), verts.grad(), normals.grad());
  };
  const auto [t_c, gv_c, gn_c] = run(true);
  const auto [t_r, gv_r, gn_r] = run(false);
  PALMA_CHECK(torch::equal(t_c, t_r));  // the same expressions in the same order
  const double dv = (gv_c - gv_r).abs().max().item<double>() / gv_r.abs().max().item<double>();
  const double dn = (gn_c - gn_r).abs().max().item<double>() / gn_r.abs().max().item<double>();
  std::printf("composed tangents vs reference: d / d vertices %.2e, d / d normals %.2e (relative)\n", dv, dn);
  // Measured: 1.8e-16 and 2.7e-16.
  PALMA_CHECK(dv < 1e-10 && dn < 1e-10);
  const auto by_verts = palma::test::checkGradient(
      [&](const torch::Tensor& v) {
        return (uvTangentsComposed(v, s.mesh.faces, s.mesh.uvs, s.mesh.uv_faces, normals0) * w).sum();
      },
      verts0);
  const auto by_normals = palma::test::checkGradient(
      [&](const torch::Tensor& n) {
        return (uvTangentsComposed(verts0, s.mesh.faces, s.mesh.uvs, s.mesh.uv_faces, n) * w).sum();
      },
      normals0);
  palma::test::printCheck("composed tangents: d / d vertices", by_verts);
  palma::test::printCheck("composed tangents: d / d normals", by_normals);
  // Measured: 1.5e-9 and 8.8e-11 relative, all 36 entries of each non-zero.
  PALMA_CHECK(palma::test::relativeError(by_verts) < 1e-7 && by_verts.nonzero > verts0.numel() / 2);
  PALMA_CHECK(palma::test::relativeError(by_normals) < 1e-7 && by_normals.nonzero > normals0.numel() / 2);
}

PALMA_TEST(vertexNormalsRejectBadInput) {
  const auto v = torch::zeros({1, 3, 3}, kDouble);
  const auto out_of_range = torch::tensor({0, 1, 3}, torch::kInt64).view({1, 3});
  const auto good = torch::tensor({0, 1, 2}, torch::kInt64).view({1, 3});
  const auto pairs = torch::tensor({0, 1}, torch::kInt64).view({1, 2});
  PALMA_CHECK_THROWS(palma::vertexNormals(v, out_of_range), palma::InputError, "refers to vertex 3 of 3");
  PALMA_CHECK_THROWS(palma::vertexNormals(v.view({3, 3}), good), palma::InputError, "[B,N,3]");
  PALMA_CHECK_THROWS(palma::vertexNormals(v, pairs), palma::InputError, "[F,3]");
  // A degenerate (zero-area) triangle gives zero normals, not NaN.
  PALMA_CHECK(palma::vertexNormals(v, good).abs().max().item<double>() == 0);
}
