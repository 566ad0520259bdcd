#include "core/render/shadow.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/camera.h"
#include "core/render/cpu/shadow_simd.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "core/render/interpolate.h"
#include "core/render/kernel_params.h"
#include "core/render/kernels/shadow_kernel.h"
#include "core/render/op_checks.h"
#include "core/render/parallel_accumulator.h"
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
  checkDevice("shadow map", "verts", verts);
  if (settings.resolution < 8 || settings.resolution > 8192)
    throw InputError("shadow map: resolution must be 8..8192, got " + std::to_string(settings.resolution));
  if (!(settings.distance > 0) || !(settings.sharpness > 0))
    throw InputError("shadow map: distance and sharpness must be positive");
  const int64_t b = verts.size(0);
  // The light camera looks at the mesh centre (differentiable, so every effect of a vertex on the
  // shadow has its gradient).
  const auto centre = verts.mean(1);  // [B,3]
  // The light follows the vertices' dtype and device (every tensor made below follows them too).
  const auto to_light = unit(light.to(verts.options()).expand({b, 3}) - centre);
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
  const auto clip = cameraToClip(cams, light_points);
  const auto rast = rasterize(clip, faces, settings.resolution, settings.resolution);
  // Depth of the covered texels only (their gradients, too), the rest far away.
  const CoveredPixels covered = coveredPixels(rast);
  const auto depth =
      interpolatePixels(light_points.narrow(2, 2, 1), rasterPixels(clip, faces, rast, covered.index), faces,
                        covered.batch);  // [P,1]
  const int64_t r = settings.resolution;
  map.depth = torch::full({b * r * r}, kEmptyDepth, depth.options())
                  .index_put({covered.index}, depth.squeeze(1))
                  .view({b, r, r});
  return map;
}

torch::Tensor toLightSpace(const ShadowMap& map, const torch::Tensor& points) {
  return torch::matmul(points, map.rotation.transpose(1, 2)) + map.translation.unsqueeze(1);
}

namespace {

// The per-point bodies: four texels at a time in float (cpu/shadow_simd.h), the shared scalar body
// (shadow_kernel.h) in double.
inline float lookupPoint(const ShadowLookupParams<float>& p, int64_t i) {
  return cpu::shadowLookupPoint4(p, i);
}
inline double lookupPoint(const ShadowLookupParams<double>& p, int64_t i) {
  return kern::shadowLookupPoint(p, i);
}
inline void backwardPoint(const ShadowLookupParams<float>& p, int64_t i, float g, float* gd, float* gp) {
  cpu::shadowBackwardPoint4(p, i, g, gd, gp);
}
inline void backwardPoint(const ShadowLookupParams<double>& p, int64_t i, double g, double* gd, double* gp) {
  kern::shadowBackwardPoint(p, i, g, gd, gp);
}

template <typename T>
void shadowLookupForward(const ShadowLookupParams<T>& p) {
  palma::cpu::parallelFor(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i) p.visibility[i] = lookupPoint(p, i);
  });
}

template <typename T>
void shadowLookupBackward(const ShadowLookupParams<T>& p, const T* grad_v, T* grad_depth, T* grad_points) {
  // Points of an image share its map's texels: per-thread depth gradient buffers over the images
  // present (parallel_accumulator.h).
  const int64_t map_size = static_cast<int64_t>(p.resolution) * p.resolution;
  const int64_t batches = p.count ? (*std::max_element(p.pixel_batch, p.pixel_batch + p.count) + 1) : 0;
  ParallelAccumulator<T> depth_acc(grad_depth ? batches * map_size : 0, grad_depth);
  palma::cpu::parallelFor(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    T* gd = grad_depth ? depth_acc.local() : nullptr;
    for (int64_t i = i0; i < i1; ++i) backwardPoint(p, i, grad_v[i], gd, grad_points);
  });
  if (grad_depth) depth_acc.finish();
}

template <typename T>
ShadowLookupParams<T> lookupParams(const torch::Tensor& depth, const torch::Tensor& points,
                                   const torch::Tensor& pixel_batch, const torch::Tensor& out, double focal,
                                   double sharpness, double bias) {
  ShadowLookupParams<T> p;
  p.depth = depth.data_ptr<T>();
  p.points = points.data_ptr<T>();
  p.pixel_batch = pixel_batch.data_ptr<int64_t>();
  p.visibility = out.defined() ? out.data_ptr<T>() : nullptr;
  p.count = points.size(0);
  p.resolution = static_cast<int>(depth.size(1));
  p.focal = static_cast<T>(focal);
  p.centre = static_cast<T>(0.5 * depth.size(1) - 0.5);
  p.sharpness = static_cast<T>(sharpness);
  p.bias = static_cast<T>(bias);
  return p;
}

class ShadowLookupFunction : public torch::autograd::Function<ShadowLookupFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& depth,
                               const torch::Tensor& points, const torch::Tensor& pixel_batch, double focal,
                               double sharpness, double bias) {
    auto out = torch::empty({points.size(0)}, points.options());
    AT_DISPATCH_FLOATING_TYPES(points.scalar_type(), "shadow_lookup", [&] {
      const auto p = lookupParams<scalar_t>(depth, points, pixel_batch, out, focal, sharpness, bias);
      if (points.is_cuda())
        gpu::shadowLookupForward(p, cudaStreamOf(points));
      else
        shadowLookupForward(p);
    });
    ctx->save_for_backward({depth, points, pixel_batch});
    ctx->saved_data["focal"] = focal;
    ctx->saved_data["sharpness"] = sharpness;
    ctx->saved_data["bias"] = bias;
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto grad_v = grads[0].contiguous();
    const bool need_depth = ctx->needs_input_grad(0), need_points = ctx->needs_input_grad(1);
    auto grad_depth = need_depth ? torch::zeros_like(s[0]) : torch::Tensor();
    auto grad_points = need_points ? torch::zeros_like(s[1]) : torch::Tensor();
    AT_DISPATCH_FLOATING_TYPES(s[1].scalar_type(), "shadow_lookup_backward", [&] {
      const auto p =
          lookupParams<scalar_t>(s[0], s[1], s[2], torch::Tensor(), ctx->saved_data["focal"].toDouble(),
                                 ctx->saved_data["sharpness"].toDouble(), ctx->saved_data["bias"].toDouble());
      scalar_t* g_depth = need_depth ? grad_depth.data_ptr<scalar_t>() : nullptr;
      scalar_t* g_points = need_points ? grad_points.data_ptr<scalar_t>() : nullptr;
      if (s[1].is_cuda())
        gpu::shadowLookupBackward(p, grad_v.data_ptr<scalar_t>(), g_depth, g_points, cudaStreamOf(s[1]));
      else
        shadowLookupBackward(p, grad_v.data_ptr<scalar_t>(), g_depth, g_points);
    });
    return {grad_depth, grad_points, torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor shadowVisibility(const ShadowMap& map, const torch::Tensor& light_points,
                               const torch::Tensor& pixel_batch, const ShadowSettings& settings) {
  // light_points [P,3], pixel_batch [P] -> [P,1]
  checkFloatTensor("shadow", "light_points", light_points, 2, 3);
  checkDevice("shadow", "light_points", light_points);
  if (!pixel_batch.defined() || pixel_batch.scalar_type() != torch::kInt64 || pixel_batch.dim() != 1 ||
      pixel_batch.size(0) != light_points.size(0))
    throw InputError("shadow: `pixel_batch` must be an int64 [P] tensor matching `light_points`, got " +
                     describe(pixel_batch));
  if (!indicesTrusted() && pixel_batch.numel() > 0 &&
      (pixel_batch.min().item<int64_t>() < 0 || pixel_batch.max().item<int64_t>() >= map.depth.size(0)))
    throw InputError("shadow: `pixel_batch` refers to an image the shadow map does not have");
  checkSameKind("shadow", "light_points", light_points, "map.depth", map.depth);
  return ShadowLookupFunction::apply(map.depth.contiguous(), light_points.contiguous(),
                                     pixel_batch.to(light_points.device()).contiguous(), map.focal,
                                     settings.sharpness, settings.bias)
      .unsqueeze(1);
}

}  // namespace palma::render
