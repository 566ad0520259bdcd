// Lighting presets for relighting an avatar: each is an analytic environment (core/render/
// sh_environment.h) projected onto SH plus a matching point light. The studio's lighting panel offers
// them next to the avatar's own capture lighting.
#pragma once

#include <Eigen/Core>

#include <string>
#include <vector>

#include "core/avatar/avatar.h"
#include "core/render/sh_environment.h"

namespace palma {

enum class LightingPreset {
  Studio,   // soft key from the front and above, dim grey fill
  Outdoor,  // bright blue sky from above, a sun, warm bounce from the ground below
  Warm,     // tungsten: orange-tinted key and fill
};

// All presets, in the order the studio lists them.
std::vector<LightingPreset> allLightingPresets();
// "studio", "outdoor", "warm": the names in files and on the command line.
const char* lightingPresetName(LightingPreset preset);
// The inverse of lightingPresetName; throws palma::InputError listing the accepted names.
LightingPreset parseLightingPreset(const std::string& name);

// The environment of a preset (world frame of the capture camera: x right, y down, the camera looking
// along +z, so "front" is -z and "up" is -y).
render::ShEnvironment lightingPresetEnvironment(LightingPreset preset);

// The lighting of a preset: SH on with the projected environment, the point light in the direction of
// the environment's key, `distance` metres from `centre` (the hand), in the key's colour; the ambient
// ratio weighs the point light as in the renderer (direct term times 1 - ambient). Shadows stay as in
// `current`. Throws palma::InputError for a distance that is not positive and finite.
AvatarLighting lightingPresetLighting(LightingPreset preset, const AvatarLighting& current,
                                      const Eigen::Vector3f& centre, float distance);

}  // namespace palma
