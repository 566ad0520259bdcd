// Soft shadow maps (HARP): depth rendered from a camera placed toward the light, and a smooth visibility
// from comparing each surface point's light-space depth with a 3x3 texel neighbourhood of that map.
#pragma once

#include <torch/types.h>

namespace palma::render {

struct ShadowSettings {
  int resolution = 256;     // shadow map size in texels per side
  double sharpness = 1000;  // k of sigmoid(k (z_map - (z - bias))) in 1/m (HARP)
  double bias = 0.008;      // depth bias in metres (HARP)
  double distance = 1.5;    // light camera distance from the mesh centre in metres (HARP)
  double margin = 1.15;     // field of view covers the bounding sphere times this
};

// A rendered shadow map and the light cameras that made it.
struct ShadowMap {
  torch::Tensor depth;        // [B,R,R] light-space depth in metres (a far value where empty)
  torch::Tensor rotation;     // [B,3,3] world -> light camera
  torch::Tensor translation;  // [B,3] world -> light camera
  double focal = 0;           // light camera focal length in texels (shared by the batch)
  int resolution = 0;         // R
};

// Renders the shadow map of the meshes `verts` [B,N,3] (world metres) with triangles `faces` [F,3] for
// point lights at `light` [B|1,3]. The light camera looks from the light's direction at the mesh centre.
// Differentiable with respect to `verts` and `light`.
ShadowMap renderShadowMap(const torch::Tensor& verts, const torch::Tensor& faces, const torch::Tensor& light,
                          const ShadowSettings& settings);

// points: [B,N,3] world -> [B,N,3] light camera coordinates.
torch::Tensor toLightSpace(const ShadowMap& map, const torch::Tensor& points);

// Visibility in [0,1] (1 = lit) of surface points given in light-camera coordinates.
//   light_points: [P,3], pixel_batch: [P] int64 (the image of each point) -> [P,1]
// The mean of sigmoid(k (z_map - (z - bias))) over the 3x3 texels around the point's projection (HARP),
// bilinearly interpolated between neighbouring texel centres so that it is continuous and
// differentiable in the point's position; texels outside the map count as lit.
torch::Tensor shadowVisibility(const ShadowMap& map, const torch::Tensor& light_points,
                               const torch::Tensor& pixel_batch, const ShadowSettings& settings);

}  // namespace palma::render
