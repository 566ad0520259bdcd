// SH projection of lighting environments: the basis is orthonormal in the renderer's order, constants
// land in the DC term only, a directional lobe's band-1 coefficients point at it, and an environment in
// ambient units lights the renderer's shIrradiance with exactly that ambient.
#include <torch/torch.h>

#include <cmath>

#include "core/common/error.h"
#include "core/render/sh_environment.h"
#include "core/render/shading.h"
#include "tests/support/palma_test.h"

using namespace palma;
using namespace palma::render;

namespace {

constexpr double kPi = 3.14159265358979323846;

torch::Tensor toTensor(const ShCoefficients& sh) {
  // [9,3] -> [1,9,3] float64
  auto t = torch::empty({1, 9, 3}, torch::kFloat64);
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) t[0][k][c] = sh(k, c);
  return t;
}

Eigen::Vector3d irradiance(const ShCoefficients& sh, const Eigen::Vector3d& n) {
  const auto e =
      shIrradiance(torch::tensor({n.x(), n.y(), n.z()}, torch::kFloat64).view({1, 1, 3}), toTensor(sh));
  return {e[0][0][0].item<double>(), e[0][0][1].item<double>(), e[0][0][2].item<double>()};
}

}  // namespace

PALMA_TEST(basisIsOrthonormalInTheRenderersOrder) {
  // Projecting Y_k itself must give the k-th unit vector.
  for (int k = 0; k < 9; ++k) {
    const ShCoefficients sh =
        projectRadiance([k](const Eigen::Vector3d& d) { return Eigen::Vector3d::Constant(shBasis(d)[k]); });
    for (int j = 0; j < 9; ++j) PALMA_CHECK_NEAR(sh(j, 1), j == k ? 1.0 : 0.0, 1e-5);
  }
  // The order: L1-1 ~ y, L10 ~ z, L11 ~ x (shIrradiance's).
  const auto y = shBasis(Eigen::Vector3d(0, 1, 0));
  PALMA_CHECK(y[1] > 0.4 && std::abs(y[2]) < 1e-12 && std::abs(y[3]) < 1e-12);
}

PALMA_TEST(constantRadianceGivesOnlyTheDcTerm) {
  const Eigen::Vector3d c(0.3, 0.5, 0.7);
  const ShCoefficients sh = projectRadiance([&](const Eigen::Vector3d&) { return c; });
  // L00 = c * Y00 * 4 pi = 2 sqrt(pi) c.
  for (int ch = 0; ch < 3; ++ch) PALMA_CHECK_NEAR(sh(0, ch), 2.0 * std::sqrt(kPi) * c[ch], 1e-5);
  PALMA_CHECK(sh.bottomRows(8).cwiseAbs().maxCoeff() < 1e-6);
  // Physical irradiance of a uniform radiance c is pi * c.
  PALMA_CHECK_NEAR(irradiance(sh, Eigen::Vector3d(0.6, 0.0, 0.8))[2], kPi * 0.7, 1e-4);
}

PALMA_TEST(clampedCosineHasItsKnownCoefficients) {
  // max(0, z): L00 = sqrt(pi) / 2, L10 = sqrt(pi / 3), L20 = sqrt(5 pi) / 8, all others 0.
  const ShCoefficients sh = projectRadiance(
      [](const Eigen::Vector3d& d) { return Eigen::Vector3d::Constant(std::max(0.0, d.z())); }, 64);
  PALMA_CHECK_NEAR(sh(0, 0), std::sqrt(kPi) / 2.0, 1e-3);
  PALMA_CHECK_NEAR(sh(2, 0), std::sqrt(kPi / 3.0), 1e-3);
  PALMA_CHECK_NEAR(sh(6, 0), std::sqrt(5.0 * kPi) / 8.0, 1e-3);
  for (int k : {1, 3, 4, 5, 7, 8}) PALMA_CHECK_NEAR(sh(k, 0), 0.0, 1e-4);
}

PALMA_TEST(uniformEnvironmentInAmbientUnitsLightsWithThatAmbient) {
  ShEnvironment env;
  env.sky = env.ground = Eigen::Vector3f(0.2f, 0.6f, 0.9f);
  const ShCoefficients sh = projectEnvironment(env);
  for (int ch = 0; ch < 3; ++ch) PALMA_CHECK_NEAR(sh(0, ch), shConstant(env.sky[ch]), 1e-5);
  PALMA_CHECK(sh.bottomRows(8).cwiseAbs().maxCoeff() < 1e-6);
  for (const Eigen::Vector3d& n : {Eigen::Vector3d(0, -1, 0), Eigen::Vector3d(0.48, 0.6, -0.64)}) {
    const Eigen::Vector3d e = irradiance(sh, n);
    for (int ch = 0; ch < 3; ++ch) PALMA_CHECK_NEAR(e[ch], env.sky[ch], 1e-4);
  }
}

PALMA_TEST(keyLobeBandOnePointsAtTheLight) {
  ShEnvironment env;
  env.sky = env.ground = Eigen::Vector3f::Zero();
  env.key_direction = Eigen::Vector3f(0.5f, -0.6f, 0.62f);
  env.key_colour = Eigen::Vector3f(1.0f, 0.5f, 0.25f);
  env.key_sharpness = 16.0f;
  const ShCoefficients sh = projectEnvironment(env);
  const Eigen::Vector3d d = env.key_direction.cast<double>().normalized();
  for (int ch = 0; ch < 3; ++ch) {
    // Band 1 is (L1-1, L10, L11) = (y, z, x) components.
    const Eigen::Vector3d band1(sh(3, ch), sh(1, ch), sh(2, ch));
    PALMA_CHECK_MSG(band1.normalized().dot(d) > 0.999, "channel " << ch << ": " << band1.transpose());
  }
  PALMA_CHECK_NEAR(sh(1, 1) / sh(1, 0), 0.5, 1e-4);  // colour carried per channel
  const Eigen::Vector3d toward = irradiance(sh, d), away = irradiance(sh, -d);
  PALMA_CHECK(toward[0] > 0.05 && toward[0] > 10.0 * std::abs(away[0]));
}

PALMA_TEST(skyGradientIsBrighterFacingUp) {
  ShEnvironment env;
  env.sky = Eigen::Vector3f(0.9f, 0.9f, 0.9f);
  env.ground = Eigen::Vector3f(0.1f, 0.1f, 0.1f);
  const ShCoefficients sh = projectEnvironment(env);
  const double up = irradiance(sh, Eigen::Vector3d(0, -1, 0))[0],
               down = irradiance(sh, Eigen::Vector3d(0, 1, 0))[0];
  // A linear gradient's irradiance is (sky + ground) / 2 +- (sky - ground) / 3 facing up/down.
  PALMA_CHECK_NEAR(up, 0.5 + 0.8 / 3.0, 2e-3);
  PALMA_CHECK_NEAR(down, 0.5 - 0.8 / 3.0, 2e-3);
}

PALMA_TEST(badInputIsRefusedByName) {
  PALMA_CHECK_THROWS(projectRadiance([](const Eigen::Vector3d&) { return Eigen::Vector3d::Zero(); }, 1),
                     InputError, "resolution");
  ShEnvironment env;
  env.up = Eigen::Vector3f::Zero();
  PALMA_CHECK_THROWS(projectEnvironment(env), InputError, "`up`");
  env = ShEnvironment{};
  env.key_direction = Eigen::Vector3f(NAN, 0.0f, 1.0f);
  PALMA_CHECK_THROWS(projectEnvironment(env), InputError, "`key_direction`");
  env = ShEnvironment{};
  env.sky = Eigen::Vector3f(-0.1f, 0.0f, 0.0f);
  PALMA_CHECK_THROWS(projectEnvironment(env), InputError, "`sky`");
  env = ShEnvironment{};
  env.key_sharpness = -1.0f;
  PALMA_CHECK_THROWS(environmentRadiance(env, Eigen::Vector3d(0, 0, 1)), InputError, "`key_sharpness`");
}
