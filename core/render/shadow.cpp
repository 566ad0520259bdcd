#include "core/render/shadow.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "core/render/camera.h"
#include "core/render/interpolate.h"
#include "core/render/op_checks.h"
#include "core/render/rasterize.h"

namespace palma::render {

namespace {

// Depth written where the shadow map sees nothing: far enough that every point counts as lit.
constexpr double kEmptyDepth = 100.0;

torch::Tensor unit(const torch::Tensor& v) { return v / torch::sqrt((v * v).sum(-1, true) + 1e-20); }

}  // namespace

ShadowMap renderShadowMap(const torch::Tensor& verts, const torch::Tensor& faces, const torch::Tensor& light,
                          const ShadowSettings& settings) {
  // verts [B,N,3], faces [F,3], light [B|1,3]
  checkFloatTensor("shadow map", "verts", verts, 3, 3);
  checkFloatTensor("shadow map", "light", light, 2, 3);
  if (settings.resolution < 8 || settings.resolution > 8192)
    throw InputError("shadow map: resolution must be 8..8192, got " + std::to_string(settings.resolution));
  if (!(settings.distance > 0) || !(settings.sharpness > 0))
    throw InputError("shadow map: distance and sharpness must be positive");
  const int64_t b = verts.size(0);
  const auto centre = verts.detach().mean(1);  // [B,3], a placement choice: no gradient
  const auto to_light = unit(light.expand({b, 3}) - centre);
  const auto eye = centre + settings.distance * to_light;
  const auto forward = -to_light;  // camera +z
  // Image "down" (+y) follows world +y (OpenCV-style scenes), unless the light looks along it.
  auto up_hint = torch::zeros_like(forward);
  up_hint.select(1, 1).fill_(-1.0);
  const auto along = (forward.detach() * up_hint).sum(1, true).abs() > 0.99;
  auto alt = torch::zeros_like(forward);
  alt.select(1, 2).fill_(1.0);
  up_hint = torch::where(along, alt, up_hint);
  const auto x_axis = unit(torch::cross(forward, up_hint, 1));
  const auto y_axis = torch::cross(forward, x_axis, 1);
  const auto rotation = torch::stack({x_axis, y_axis, forward}, 1);                // [B,3,3] rows = axes
  const auto translation = -torch::matmul(rotation, eye.unsqueeze(2)).squeeze(2);  // [B,3]

  // One field of view for the batch, covering every frame's bounding sphere.
  const double radius = (verts.detach() - centre.unsqueeze(1)).norm(2, 2).max().item<double>();
  const double half_angle = std::asin(std::min(0.99, settings.margin * radius / settings.distance));
  ShadowMap map;
  map.resolution = settings.resolution;
  map.focal = 0.5 * settings.resolution / std::tan(std::max(half_angle, 1e-3));
  map.rotation = rotation;
  map.translation = translation;

  CameraBatch cams;
  const double c = 0.5 * settings.resolution - 0.5;
  cams.intrinsics =
      torch::tensor({map.focal, map.focal, c, c}, verts.options().requires_grad(false)).repeat({b, 1});
  cams.rotation = rotation;
  cams.translation = translation;
  cams.width = cams.height = settings.resolution;
  cams.near = std::max(1e-3, settings.distance - 4 * radius);
  cams.far = settings.distance + 4 * radius + 1.0;
  const auto light_points = worldToCamera(cams, verts);  // [B,N,3]
  const auto rast =
      rasterize(cameraToClip(cams, light_points), faces, settings.resolution, settings.resolution);
  const auto depth = interpolate(light_points.narrow(2, 2, 1), rast, faces).squeeze(3);  // [B,R,R]
  map.depth = torch::where(rast.select(3, 3) > 0, depth, torch::full_like(depth, kEmptyDepth));
  return map;
}

torch::Tensor toLightSpace(const ShadowMap& map, const torch::Tensor& points) {
  return torch::matmul(points, map.rotation.transpose(1, 2)) + map.translation.unsqueeze(1);
}

torch::Tensor shadowVisibility(const ShadowMap& map, const torch::Tensor& light_points,
                               const torch::Tensor& pixel_batch, const ShadowSettings& settings) {
  // light_points [P,3], pixel_batch [P] -> [P,1]
  checkFloatTensor("shadow", "light_points", light_points, 2, 3);
  const int64_t r = map.resolution;
  const double c = 0.5 * r - 0.5;
  const auto z = light_points.select(1, 2);  // [P]
  const auto z_safe = torch::where(z > 1e-6, z, torch::full_like(z, 1e-6)).detach();
  const auto u = (map.focal * light_points.select(1, 0).detach() / z_safe + c).round().to(torch::kLong);
  const auto v = (map.focal * light_points.select(1, 1).detach() / z_safe + c).round().to(torch::kLong);
  const auto offsets = torch::arange(-1, 2, torch::kLong);
  const auto du = offsets.repeat({3}).view({1, 9}), dv = offsets.repeat_interleave(3).view({1, 9});
  const auto tu = u.unsqueeze(1) + du, tv = v.unsqueeze(1) + dv;  // [P,9]
  const auto inside = (tu >= 0) & (tu < r) & (tv >= 0) & (tv < r);
  const auto index = pixel_batch.unsqueeze(1) * r * r + tv.clamp(0, r - 1) * r + tu.clamp(0, r - 1);
  const auto z_map = map.depth.reshape({-1}).index_select(0, index.reshape({-1})).view({-1, 9});
  const auto lit = torch::sigmoid(settings.sharpness * (z_map - (z.unsqueeze(1) - settings.bias)));
  return torch::where(inside, lit, torch::ones_like(lit)).mean(1, true);
}

}  // namespace palma::render
