// Lighting presets: names, the light placed at the asked distance in the key's direction, SH from the
// preset's environment, and the look each promises (warm is orange, outdoor is lit from the sky).
#include <torch/torch.h>

#include "core/avatar/lighting_presets.h"
#include "core/common/error.h"
#include "core/render/shading.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

Eigen::Vector3f irradiance(const AvatarLighting& l, const Eigen::Vector3f& n) {
  auto sh = torch::empty({1, 9, 3});
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) sh[0][k][c] = l.sh(k, c);
  const auto e = render::shIrradiance(torch::tensor({n.x(), n.y(), n.z()}).view({1, 1, 3}), sh);
  return {e[0][0][0].item<float>(), e[0][0][1].item<float>(), e[0][0][2].item<float>()};
}

}  // namespace

PALMA_TEST(presetNamesRoundTrip) {
  for (const LightingPreset p : allLightingPresets())
    PALMA_CHECK(parseLightingPreset(lightingPresetName(p)) == p);
  PALMA_CHECK_THROWS(parseLightingPreset("disco"), InputError, "studio, outdoor or warm");
}

PALMA_TEST(presetPlacesTheLightAndProjectsItsEnvironment) {
  AvatarLighting current;
  current.shadows = false;
  const Eigen::Vector3f centre(0.01f, 0.02f, 0.45f);
  for (const LightingPreset p : allLightingPresets()) {
    const AvatarLighting l = lightingPresetLighting(p, current, centre, 0.7f);
    const auto env = lightingPresetEnvironment(p);
    PALMA_CHECK(l.use_sh && l.point_light && !l.shadows);
    PALMA_CHECK((l.sh - render::projectEnvironment(env)).cwiseAbs().maxCoeff() == 0.0f);
    const Eigen::Vector3f offset = l.light_position - centre;
    PALMA_CHECK_NEAR(offset.norm(), 0.7, 1e-5);
    PALMA_CHECK(offset.normalized().dot(env.key_direction.normalized()) > 0.99999f);
    PALMA_CHECK(l.ambient > 0.0f && l.ambient < 1.0f);
    PALMA_CHECK(offset.y() < 0.0f);  // every preset's key comes from above (-y)
  }
  PALMA_CHECK_THROWS(lightingPresetLighting(LightingPreset::Studio, current, centre, 0.0f), InputError,
                     "distance");
}

PALMA_TEST(presetsLookAsNamed) {
  const Eigen::Vector3f centre(0, 0, 0.5f), up(0, -1, 0), front(0, 0, -1);
  const AvatarLighting warm = lightingPresetLighting(LightingPreset::Warm, {}, centre, 0.5f);
  const Eigen::Vector3f w = irradiance(warm, front);
  PALMA_CHECK(w.x() > w.y() && w.y() > w.z());
  PALMA_CHECK(warm.light_colour.x() > warm.light_colour.z());
  const AvatarLighting outdoor = lightingPresetLighting(LightingPreset::Outdoor, {}, centre, 0.5f);
  const Eigen::Vector3f top = irradiance(outdoor, up), bottom = irradiance(outdoor, -up);
  PALMA_CHECK(top.sum() > 1.5f * bottom.sum());
  PALMA_CHECK(top.z() > top.x() && bottom.x() > bottom.z());  // blue sky, warm bounce
  const AvatarLighting studio = lightingPresetLighting(LightingPreset::Studio, {}, centre, 0.5f);
  PALMA_CHECK(irradiance(studio, (front + up).normalized()).x() > 1.5f * irradiance(studio, -front).x());
}
