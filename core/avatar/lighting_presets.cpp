#include "core/avatar/lighting_presets.h"

#include <cmath>

#include "core/common/error.h"

namespace palma {

namespace {

struct PresetSpec {
  render::ShEnvironment environment;
  Eigen::Vector3f light_colour;
  float ambient;
};

PresetSpec presetSpec(LightingPreset preset) {
  PresetSpec s;
  auto& e = s.environment;
  switch (preset) {
    case LightingPreset::Studio:
      // A large soft box in front of and above the hand, slightly to its right, over a neutral room.
      e.sky = {0.40f, 0.40f, 0.40f};
      e.ground = {0.22f, 0.22f, 0.22f};
      e.key_direction = {0.35f, -0.7f, -1.0f};
      e.key_colour = {0.55f, 0.55f, 0.55f};
      e.key_sharpness = 4.0f;
      s.light_colour = {1.0f, 1.0f, 1.0f};
      s.ambient = 0.5f;
      break;
    case LightingPreset::Outdoor:
      // Open sky overhead (bluish), a high sun, light bounced up from sunlit ground (warm, dimmer).
      e.sky = {0.55f, 0.68f, 0.90f};
      e.ground = {0.36f, 0.30f, 0.24f};
      e.key_direction = {0.25f, -1.0f, -0.35f};
      e.key_colour = {0.50f, 0.47f, 0.40f};
      e.key_sharpness = 24.0f;
      s.light_colour = {1.0f, 0.95f, 0.85f};
      s.ambient = 0.45f;
      break;
    case LightingPreset::Warm:
      // Indoor tungsten light (about 2900 K relative to a white point of 6500 K): orange key and fill.
      e.sky = {0.46f, 0.34f, 0.22f};
      e.ground = {0.22f, 0.16f, 0.11f};
      e.key_direction = {-0.6f, -0.5f, -1.0f};
      e.key_colour = {0.60f, 0.42f, 0.24f};
      e.key_sharpness = 6.0f;
      s.light_colour = {1.0f, 0.74f, 0.48f};
      s.ambient = 0.5f;
      break;
  }
  return s;
}

}  // namespace

std::vector<LightingPreset> allLightingPresets() {
  return {LightingPreset::Studio, LightingPreset::Outdoor, LightingPreset::Warm};
}

const char* lightingPresetName(LightingPreset preset) {
  switch (preset) {
    case LightingPreset::Studio:
      return "studio";
    case LightingPreset::Outdoor:
      return "outdoor";
    case LightingPreset::Warm:
      return "warm";
  }
  return "studio";
}

LightingPreset parseLightingPreset(const std::string& name) {
  for (const LightingPreset p : allLightingPresets())
    if (name == lightingPresetName(p)) return p;
  throw InputError("unknown lighting preset '" + name + "' (use studio, outdoor or warm)");
}

render::ShEnvironment lightingPresetEnvironment(LightingPreset preset) {
  return presetSpec(preset).environment;
}

AvatarLighting lightingPresetLighting(LightingPreset preset, const AvatarLighting& current,
                                      const Eigen::Vector3f& centre, float distance) {
  if (!std::isfinite(distance) || distance <= 0.0f)
    throw InputError("lighting preset: the light distance must be a positive number of metres");
  if (!centre.allFinite()) throw InputError("lighting preset: the hand centre must be finite");
  const PresetSpec s = presetSpec(preset);
  AvatarLighting out = current;
  out.use_sh = true;
  out.sh = render::projectEnvironment(s.environment);
  out.point_light = true;
  out.light_position = centre + distance * s.environment.key_direction.normalized();
  out.light_colour = s.light_colour;
  out.ambient = s.ambient;
  return out;
}

}  // namespace palma
