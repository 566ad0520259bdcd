// Re-posing and rendering an avatar (METHOD.md §6): skin its template with the avatar's shape and
// displacement for any pose, render it with its own maps and lighting through the Renderer, and convert
// its lighting to and from the Renderer's tensors (for relighting and pose refinement).
//
// Colour: the albedo is stored in the colour space of the input video (sRGB-encoded, as HARP fits it)
// and is handed to the Renderer unchanged, so renderAvatar's image is in that same space and compares
// directly with the capture's frames.
#pragma once

#include <torch/types.h>

#include "core/avatar/avatar.h"
#include "core/model/skinning.h"
#include "core/render/renderer.h"

namespace palma {

// The avatar posed for B frames, with the template's UV atlas (the mesh the Renderer and the exporters
// take). `rig` = makeRig(tmpl) in any float dtype; the avatar's shape and displacement are converted to
// it, so gradients reach them, `pose` and `translation`.
//   pose: [B,16,3] axis-angle per joint (skinning convention), translation: [B,3] metres
//   returns vertices [B,N,3], faces [F,3] int64, uvs [T,2], uv_faces [F,3] int64
// Throws palma::InputError when the avatar does not fit the rig (displacement size, too many shape
// coefficients) or the pose/translation sizes are wrong.
render::RenderMesh poseAvatar(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                              const torch::Tensor& pose, const torch::Tensor& translation);

// Renders the posed avatar with its albedo, normal map and lighting (toRenderLighting) for each of the
// B cameras. Shapes as for poseAvatar; cameras.batch() must be B. The output is in the albedo's colour
// space (see above). Throws palma::InputError for a template without UVs and whatever Renderer::render
// throws for inconsistent inputs.
render::RenderOutput renderAvatar(render::Renderer& renderer, const Rig& rig, const HandModel& tmpl,
                                  const Avatar& avatar, const torch::Tensor& pose,
                                  const torch::Tensor& translation, const render::CameraBatch& cameras,
                                  const render::RenderSettings& settings = {});

// AvatarLighting as Renderer tensors (float32, batch 1): light_position [1,3], ambient_logit [1] =
// logit(ambient) (left undefined when ambient is 0 with SH), light_colour [3], sh [1,9,3] when use_sh,
// shadow map settings at their defaults. Throws palma::InputError for an ambient outside (0, 1) (0 is
// accepted with use_sh).
render::Lighting toRenderLighting(const AvatarLighting& lighting);

// The Renderer lighting as plain numbers (detached; values read in float32): ambient =
// sigmoid(ambient_logit) (0 when only SH are given), use_sh = whether sh is defined, white when
// light_colour is undefined. Throws palma::InputError for per-frame lighting (a batch other than 1) or
// missing light position / ambient.
AvatarLighting fromRenderLighting(const render::Lighting& lighting);

}  // namespace palma
