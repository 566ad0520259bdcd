#include "core/render/shadow.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "core/common/error.h"
#include "core/render/camera.h"
#include "core/render/interpolate.h"
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

namespace {

// Parameters of one shadow lookup pass (contiguous data).
template <typename T>
struct ShadowLookupParams {
  const T* depth = nullptr;              // [B,R,R] shadow map
  const T* points = nullptr;             // [P,3] light-space points
  const int64_t* pixel_batch = nullptr;  // [P] image of each point
  T* visibility = nullptr;               // [P] output
  int64_t count = 0;                     // P
  int resolution = 0;                    // R
  T focal = 0, centre = 0;               // light camera intrinsics in texels
  T sharpness = 0, bias = 0;             // HARP's k and depth bias
};

// HARP's 3x3 neighbourhood average, bilinearly interpolated between the four nearest texel centres so
// that visibility is continuous in the point's position: along each axis the 4 texels x0-1..x0+2 weigh
// (1-f)/3, 1/3, 1/3, f/3. Texels outside the map count as lit.
template <typename T>
struct Taps {
  int64_t x0, y0;  // texel of weight index 1
  T fx, fy;        // fractional positions
  T wx[4], wy[4];  // weights
  bool valid;      // the point is in front of the light camera
};

template <typename T>
Taps<T> taps(const ShadowLookupParams<T>& p, const T* q) {
  Taps<T> t;
  t.valid = q[2] > T(1e-6);
  if (!t.valid) return t;
  const T u = p.focal * q[0] / q[2] + p.centre, v = p.focal * q[1] / q[2] + p.centre;
  if (!(std::abs(u) < T(1e7) && std::abs(v) < T(1e7))) {
    t.valid = false;
    return t;
  }
  const T fu = std::floor(u), fv = std::floor(v);
  t.x0 = static_cast<int64_t>(fu);
  t.y0 = static_cast<int64_t>(fv);
  t.fx = u - fu;
  t.fy = v - fv;
  const T third = T(1) / T(3);
  t.wx[0] = (1 - t.fx) * third;
  t.wx[1] = t.wx[2] = third;
  t.wx[3] = t.fx * third;
  t.wy[0] = (1 - t.fy) * third;
  t.wy[1] = t.wy[2] = third;
  t.wy[3] = t.fy * third;
  return t;
}

// Beyond |x| = 36 the logistic function equals 0 or 1 to within 2.3e-16 (and its slope to 2.3e-16):
// skipping exp there makes the many texels far from any occluder cheap.
template <typename T>
T sigmoid(T x) {
  if (x > T(36)) return T(1);
  if (x < T(-36)) return T(0);
  return T(1) / (T(1) + std::exp(-x));
}

template <typename T>
void shadowLookupForward(const ShadowLookupParams<T>& p) {
  const int64_t r = p.resolution;
  at::parallel_for(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i) {
      const T* q = p.points + 3 * i;
      const Taps<T> t = taps(p, q);
      if (!t.valid) {
        p.visibility[i] = 1;
        continue;
      }
      const T* map = p.depth + p.pixel_batch[i] * r * r;
      T v = 0;
      for (int j = 0; j < 4; ++j) {
        const int64_t ty = t.y0 - 1 + j;
        for (int k = 0; k < 4; ++k) {
          const int64_t tx = t.x0 - 1 + k;
          const bool inside = tx >= 0 && tx < r && ty >= 0 && ty < r;
          const T lit = inside ? sigmoid(p.sharpness * (map[ty * r + tx] - (q[2] - p.bias))) : T(1);
          v += t.wy[j] * t.wx[k] * lit;
        }
      }
      p.visibility[i] = v;
    }
  });
}

template <typename T>
void shadowLookupBackward(const ShadowLookupParams<T>& p, const T* grad_v, T* grad_depth, T* grad_points) {
  const int64_t r = p.resolution;
  const T third = T(1) / T(3);
  const T dw[4] = {-third, 0, 0, third};  // d weight / d f
  const int64_t map_size = r * r;
  const int64_t batches = p.count ? (*std::max_element(p.pixel_batch, p.pixel_batch + p.count) + 1) : 0;
  ParallelAccumulator<T> depth_acc(grad_depth ? batches * map_size : 0);
  at::parallel_for(0, p.count, 2048, [&](int64_t i0, int64_t i1) {
    T* gd = grad_depth ? depth_acc.local() : nullptr;
    for (int64_t i = i0; i < i1; ++i) {
      const T g = grad_v[i];
      const T* q = p.points + 3 * i;
      const Taps<T> t = taps(p, q);
      if (g == 0 || !t.valid) continue;
      const int64_t offset = p.pixel_batch[i] * map_size;
      const T* map = p.depth + offset;
      T g_z = 0, g_fx = 0, g_fy = 0;
      for (int j = 0; j < 4; ++j) {
        const int64_t ty = t.y0 - 1 + j;
        for (int k = 0; k < 4; ++k) {
          const int64_t tx = t.x0 - 1 + k;
          const bool inside = tx >= 0 && tx < r && ty >= 0 && ty < r;
          T lit = 1;
          if (inside) {
            lit = sigmoid(p.sharpness * (map[ty * r + tx] - (q[2] - p.bias)));
            const T d = g * t.wy[j] * t.wx[k] * p.sharpness * lit * (1 - lit);  // d V / d z_map
            if (gd) gd[offset + ty * r + tx] += d;
            g_z -= d;
          }
          g_fx += g * t.wy[j] * dw[k] * lit;
          g_fy += g * dw[j] * t.wx[k] * lit;
        }
      }
      if (!grad_points) continue;
      // u = focal x / z + c, v = focal y / z + c; f = u - floor(u) moves with u.
      const T inv_z = T(1) / q[2];
      T* gp = grad_points + 3 * i;
      gp[0] += g_fx * p.focal * inv_z;
      gp[1] += g_fy * p.focal * inv_z;
      gp[2] += g_z - (g_fx * p.focal * q[0] + g_fy * p.focal * q[1]) * inv_z * inv_z;
    }
  });
  if (grad_depth) depth_acc.sumInto(grad_depth);
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
      shadowLookupForward(lookupParams<scalar_t>(depth, points, pixel_batch, out, focal, sharpness, bias));
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
      shadowLookupBackward(
          lookupParams<scalar_t>(s[0], s[1], s[2], torch::Tensor(), ctx->saved_data["focal"].toDouble(),
                                 ctx->saved_data["sharpness"].toDouble(), ctx->saved_data["bias"].toDouble()),
          grad_v.data_ptr<scalar_t>(), need_depth ? grad_depth.data_ptr<scalar_t>() : nullptr,
          need_points ? grad_points.data_ptr<scalar_t>() : nullptr);
    });
    return {grad_depth, grad_points, torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor shadowVisibility(const ShadowMap& map, const torch::Tensor& light_points,
                               const torch::Tensor& pixel_batch, const ShadowSettings& settings) {
  // light_points [P,3], pixel_batch [P] -> [P,1]
  checkFloatTensor("shadow", "light_points", light_points, 2, 3);
  if (!pixel_batch.defined() || pixel_batch.scalar_type() != torch::kInt64 || pixel_batch.dim() != 1 ||
      pixel_batch.size(0) != light_points.size(0))
    throw InputError("shadow: `pixel_batch` must be an int64 [P] tensor matching `light_points`, got " +
                     describe(pixel_batch));
  if (pixel_batch.numel() > 0 &&
      (pixel_batch.min().item<int64_t>() < 0 || pixel_batch.max().item<int64_t>() >= map.depth.size(0)))
    throw InputError("shadow: `pixel_batch` refers to an image the shadow map does not have");
  checkSameKind("shadow", "light_points", light_points, "map.depth", map.depth);
  return ShadowLookupFunction::apply(map.depth.contiguous(), light_points.contiguous(),
                                     pixel_batch.contiguous(), map.focal, settings.sharpness, settings.bias)
      .unsqueeze(1);
}

}  // namespace palma::render
