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
  // The light camera looks at the mesh centre (differentiable, so every effect of a vertex on the
  // shadow has its gradient).
  const auto centre = verts.mean(1);  // [B,3]
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

  // One field of view for the batch, covering every frame's bounding sphere. The radius is rounded up
  // to whole centimetres: piecewise constant, so small vertex moves do not rescale the map (that
  // effect would have no gradient).
  const double exact_radius = (verts.detach() - centre.detach().unsqueeze(1)).norm(2, 2).max().item<double>();
  const double radius = std::ceil(exact_radius * 100.0 + 1e-9) / 100.0;
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
  const auto z_safe = torch::where(z > 1e-6, z, torch::full_like(z, 1e-6));
  // Continuous texel coordinates (texel i is centred on i).
  const auto u = map.focal * light_points.select(1, 0) / z_safe + c;
  const auto v = map.focal * light_points.select(1, 1) / z_safe + c;
  // HARP's 3x3 neighbourhood average, bilinearly interpolated between the four nearest texel centres so
  // that visibility is continuous in the point's position: along each axis the 4 texels x0-1..x0+2
  // weigh (1-f)/3, 1/3, 1/3, f/3.
  auto taps = [&](const torch::Tensor& x, torch::Tensor& index, torch::Tensor& weight) {
    const auto x0 = torch::floor(x.detach());
    const auto f = (x - x0).unsqueeze(1);  // [P,1]
    index = x0.to(torch::kLong).unsqueeze(1) + torch::arange(-1, 3, torch::kLong).view({1, 4});
    const auto third = torch::full_like(f, 1.0 / 3.0);
    weight = torch::cat({(1 - f) / 3.0, third, third, f / 3.0}, 1);  // [P,4]
  };
  torch::Tensor tu, wu, tv, wv;
  taps(u, tu, wu);
  taps(v, tv, wv);
  const auto tu16 = tu.unsqueeze(1).expand({-1, 4, 4}).reshape({-1, 16});
  const auto tv16 = tv.unsqueeze(2).expand({-1, 4, 4}).reshape({-1, 16});
  const auto w16 = (wv.unsqueeze(2) * wu.unsqueeze(1)).reshape({-1, 16});
  const auto inside = (tu16 >= 0) & (tu16 < r) & (tv16 >= 0) & (tv16 < r) & (z.unsqueeze(1) > 1e-6);
  const auto index = pixel_batch.unsqueeze(1) * r * r + tv16.clamp(0, r - 1) * r + tu16.clamp(0, r - 1);
  const auto z_map = map.depth.reshape({-1}).index_select(0, index.reshape({-1})).view({-1, 16});
  const auto lit = torch::sigmoid(settings.sharpness * (z_map - (z.unsqueeze(1) - settings.bias)));
  return (torch::where(inside, lit, torch::ones_like(lit)) * w16).sum(1, true);
}

}  // namespace palma::render
