#include "core/avatar/avatar_ops.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/common/error.h"

namespace palma {
namespace {

std::string sizesOf(const torch::Tensor& t) {
  if (!t.defined()) return "undefined";
  std::string s = "[";
  for (int64_t d = 0; d < t.dim(); ++d) s += (d ? "," : "") + std::to_string(t.size(d));
  return s + "]";
}

// The values of a lighting tensor that must hold exactly `count` numbers (batch 1), as float32.
torch::Tensor singleValues(const torch::Tensor& t, int64_t count, const std::string& field) {
  if (t.numel() != count)
    throw InputError("lighting." + field + " must hold " + std::to_string(count) +
                     " values (one lighting for all frames), got shape " + sizesOf(t));
  return t.detach().to(torch::kCPU, torch::kFloat32).contiguous().reshape({count});
}

}  // namespace

render::RenderMesh poseAvatar(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                              const torch::Tensor& pose, const torch::Tensor& translation) {
  // pose: [B,16,3], translation: [B,3] -> RenderMesh with vertices [B,N,3]
  const int64_t n = rig.vertices.size(0);
  if (tmpl.numVertices() != n)
    throw InputError("poseAvatar: the template has " + std::to_string(tmpl.numVertices()) +
                     " vertices but the rig has " + std::to_string(n));
  if (!pose.defined() || pose.dim() != 3 || pose.size(1) != kNumJoints || pose.size(2) != 3)
    throw InputError("poseAvatar: pose must have shape [B,16,3], got " + sizesOf(pose));
  const int64_t batch = pose.size(0);
  if (!translation.defined() || translation.dim() != 2 || translation.size(0) != batch ||
      translation.size(1) != 3)
    throw InputError("poseAvatar: translation must have shape [B,3] with B = " + std::to_string(batch) +
                     ", got " + sizesOf(translation));
  if (!avatar.displacement.defined() || avatar.displacement.dim() != 1 || avatar.displacement.size(0) != n)
    throw InputError("poseAvatar: avatar.displacement must have one value per template vertex (" +
                     std::to_string(n) + "), got " + sizesOf(avatar.displacement));
  if (!avatar.shape.defined() || avatar.shape.dim() != 1 || avatar.shape.size(0) > rig.numShapes())
    throw InputError("poseAvatar: avatar.shape must have at most " + std::to_string(rig.numShapes()) +
                     " coefficients, got " + sizesOf(avatar.shape));

  const auto options = rig.vertices.options();
  SkinningParams params;
  params.pose = pose.to(options);
  params.translation = translation.to(options);
  params.shape = avatar.shape.to(options).unsqueeze(0).expand({batch, avatar.shape.size(0)});
  params.displacement = avatar.displacement.to(options);
  const SkinningResult skinned = skin(rig, params);

  render::RenderMesh mesh;
  mesh.vertices = skinned.vertices;
  mesh.faces = rig.faces.to(torch::kInt64);
  if (tmpl.uvs.rows() > 0) {
    mesh.uvs = torch::from_blob(const_cast<float*>(tmpl.uvs.data()), {tmpl.uvs.rows(), 2}, torch::kFloat32)
                   .to(options)
                   .clone();
    mesh.uv_faces =
        torch::from_blob(const_cast<int*>(tmpl.uv_faces.data()), {tmpl.uv_faces.rows(), 3}, torch::kInt32)
            .to(torch::kInt64);
  }
  return mesh;
}

render::RenderOutput renderAvatar(render::Renderer& renderer, const Rig& rig, const HandModel& tmpl,
                                  const Avatar& avatar, const torch::Tensor& pose,
                                  const torch::Tensor& translation, const render::CameraBatch& cameras,
                                  const render::RenderSettings& settings) {
  if (tmpl.uvs.rows() == 0)
    throw InputError("renderAvatar: the template '" + tmpl.name +
                     "' has no UV coordinates, so the avatar's texture maps cannot be applied");
  const render::RenderMesh mesh = poseAvatar(rig, tmpl, avatar, pose, translation);
  const auto options = rig.vertices.options();
  render::Material material;
  if (!avatar.albedo.defined() || avatar.albedo.dim() != 3)
    throw InputError("renderAvatar: avatar.albedo must have shape [H,W,3], got " + sizesOf(avatar.albedo));
  material.albedo = avatar.albedo.to(options).unsqueeze(0);
  if (avatar.normal_map.defined()) {
    if (avatar.normal_map.dim() != 3)
      throw InputError("renderAvatar: avatar.normal_map must have shape [H,W,3], got " +
                       sizesOf(avatar.normal_map));
    material.normal_map = avatar.normal_map.to(options).unsqueeze(0);
  }
  render::Lighting lighting = toRenderLighting(avatar.lighting);
  lighting.light_position = lighting.light_position.to(options);
  if (lighting.ambient_logit.defined()) lighting.ambient_logit = lighting.ambient_logit.to(options);
  lighting.light_colour = lighting.light_colour.to(options);
  if (lighting.sh.defined()) lighting.sh = lighting.sh.to(options);
  return renderer.render(mesh, material, lighting, cameras, settings);
}

render::Lighting toRenderLighting(const AvatarLighting& l) {
  const bool ratio = std::isfinite(l.ambient) && l.ambient > 0.0f && l.ambient < 1.0f;
  if (!ratio && !(l.use_sh && l.ambient == 0.0f))
    throw InputError("lighting.ambient must lie strictly between 0 and 1 (or be 0 with SH lighting), got " +
                     std::to_string(l.ambient));
  const auto options = torch::TensorOptions().dtype(torch::kFloat32);
  render::Lighting out;
  out.point_light = l.point_light;
  out.shadows = l.shadows;
  out.light_position =
      torch::tensor({l.light_position.x(), l.light_position.y(), l.light_position.z()}, options).view({1, 3});
  out.light_colour = torch::tensor({l.light_colour.x(), l.light_colour.y(), l.light_colour.z()}, options);
  if (ratio) {
    const double a = l.ambient;
    out.ambient_logit = torch::tensor({static_cast<float>(std::log(a / (1.0 - a)))}, options);
  }
  if (l.use_sh) {
    // Eigen's default storage is column-major; copy element by element into [9,3] row-major.
    auto sh = torch::empty({1, 9, 3}, options);
    auto acc = sh.accessor<float, 3>();
    for (int i = 0; i < 9; ++i)
      for (int c = 0; c < 3; ++c) acc[0][i][c] = l.sh(i, c);
    out.sh = sh;
  }
  return out;
}

AvatarLighting fromRenderLighting(const render::Lighting& lighting) {
  AvatarLighting out;
  out.point_light = lighting.point_light;
  out.shadows = lighting.shadows;
  if (!lighting.light_position.defined()) throw InputError("lighting.light_position is missing");
  const auto pos = singleValues(lighting.light_position, 3, "light_position");
  out.light_position = {pos[0].item<float>(), pos[1].item<float>(), pos[2].item<float>()};
  if (lighting.light_colour.defined()) {
    const auto colour = singleValues(lighting.light_colour, 3, "light_colour");
    out.light_colour = {colour[0].item<float>(), colour[1].item<float>(), colour[2].item<float>()};
  } else {
    out.light_colour = Eigen::Vector3f::Ones();
  }
  out.use_sh = lighting.sh.defined();
  if (out.use_sh) {
    const auto sh = singleValues(lighting.sh, 27, "sh");
    const float* p = sh.data_ptr<float>();
    for (int i = 0; i < 9; ++i)
      for (int c = 0; c < 3; ++c) out.sh(i, c) = p[3 * i + c];
  }
  if (lighting.ambient_logit.defined()) {
    const double logit = singleValues(lighting.ambient_logit, 1, "ambient_logit")[0].item<float>();
    // Kept strictly inside (0, 1) so that the ratio converts back to a finite logit.
    const float a = static_cast<float>(1.0 / (1.0 + std::exp(-logit)));
    out.ambient = std::clamp(a, std::numeric_limits<float>::min(), std::nextafter(1.0f, 0.0f));
  } else if (out.use_sh) {
    out.ambient = 0.0f;
  } else {
    throw InputError("lighting has neither ambient_logit nor sh");
  }
  return out;
}

}  // namespace palma
