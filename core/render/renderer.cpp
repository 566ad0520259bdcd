#include "core/render/renderer.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <vector>

#include "core/common/error.h"
#include "core/model/skinning.h"
#include "core/render/interpolate.h"
#include "core/render/op_checks.h"
#include "core/render/rasterize.h"
#include "core/render/shade_pixels.h"
#include "core/render/shading.h"
#include "core/render/split_columns.h"
#include "core/render/texture.h"

namespace palma::render {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Samples tex [1|B,Ht,Wt,C] at uv [P,2] of pixels sorted by image (`sizes` pixels per image) -> [P,C].
torch::Tensor sampleTexture(const torch::Tensor& tex, const torch::Tensor& uv,
                            const std::vector<int64_t>& sizes) {
  if (tex.size(0) == 1) return texture(tex, uv.unsqueeze(0), TextureBoundary::Clamp).squeeze(0);
  const auto blocks = uv.split_with_sizes(sizes, 0);
  std::vector<torch::Tensor> parts;
  for (size_t b = 0; b < sizes.size(); ++b)
    parts.push_back(
        texture(tex.narrow(0, static_cast<int64_t>(b), 1), blocks[b].unsqueeze(0), TextureBoundary::Clamp)
            .squeeze(0));
  return torch::cat(parts, 0);
}

void checkBatch(const char* name, const torch::Tensor& t, int64_t batch) {
  if (t.size(0) != 1 && t.size(0) != batch)
    throw InputError(std::string("render: `") + name + "` has batch " + std::to_string(t.size(0)) +
                     " but there are " + std::to_string(batch) + " frames (use 1 to share it)");
}

}  // namespace

Lighting Lighting::harpDefaults(torch::ScalarType dtype) {
  Lighting l;
  const auto options = torch::TensorOptions().dtype(dtype);
  l.light_position = torch::tensor({-0.5, -0.5, -0.5}, options).view({1, 3});
  // sigmoid(logit(0.6)) = 0.6
  l.ambient_logit = torch::tensor({std::log(0.6 / 0.4)}, options);
  return l;
}

void Renderer::checkIndicesOnce(CheckedIndices& checked, const char* name, const torch::Tensor& tri,
                                int64_t bound) {
  if (checked.tensor.defined() && checked.tensor.is_same(tri) && checked.version == tri._version() &&
      checked.bound == bound)
    return;
  checkTriangles("render", name, tri, bound);
  checked = {tri, tri._version(), bound};
}

const AntialiasTopology& Renderer::topologyFor(const torch::Tensor& source, const torch::Tensor& faces) {
  // The same tensor, unchanged: no need to compare contents (which on a GPU waits for queued work).
  if (topology_source_.defined() && topology_source_.is_same(source) &&
      topology_version_ == source._version())
    return topology_;
  topology_source_ = source;
  topology_version_ = source._version();
  if (!topology_faces_.defined() || !topology_faces_.sizes().equals(faces.sizes()) ||
      !torch::equal(topology_faces_, faces.to(topology_faces_.scalar_type()))) {
    topology_faces_ = faces.clone();
    topology_ = antialiasTopology(faces);
  }
  return topology_;
}

RenderOutput Renderer::render(const RenderMesh& input, const Material& material, const Lighting& lighting,
                              const CameraBatch& camera_input, const RenderSettings& settings) {
  checkFloatTensor("render", "mesh.vertices", input.vertices, 3, 3);
  checkDevice("render", "mesh.vertices", input.vertices);
  // Index buffers follow the vertices to their device (a CPU copy of the faces may be shared).
  RenderMesh mesh = input;
  const auto device = input.vertices.device();
  for (torch::Tensor* t : {&mesh.faces, &mesh.uvs, &mesh.uv_faces})
    if (t->defined()) *t = t->to(device);
  CameraBatch cameras = camera_input;
  for (torch::Tensor* t : {&cameras.intrinsics, &cameras.rotation, &cameras.translation})
    if (t->defined()) *t = t->to(device);
  checkIndicesOnce(checked_faces_, "mesh.faces", input.faces, mesh.vertices.size(1));
  const int64_t batch = mesh.vertices.size(0);
  if (!cameras.intrinsics.defined() || cameras.batch() != batch)
    throw InputError("render: the camera batch (" +
                     (cameras.intrinsics.defined() ? std::to_string(cameras.batch()) : std::string("none")) +
                     ") must match the mesh batch (" + std::to_string(batch) + ")");
  const int h = cameras.height, w = cameras.width;
  const auto options = mesh.vertices.options();
  const bool textured = material.albedo.defined() && material.albedo.dim() == 4;
  if (!material.albedo.defined()) throw InputError("render: `material.albedo` is required");
  if (textured || material.normal_map.defined()) {
    if (!mesh.uvs.defined() || !mesh.uv_faces.defined())
      throw InputError("render: texture maps need `mesh.uvs` and `mesh.uv_faces`");
    checkFloatTensor("render", "mesh.uvs", mesh.uvs, 2, 2);
    checkIndicesOnce(checked_uv_faces_, "mesh.uv_faces", input.uv_faces, mesh.uvs.size(0));
    if (mesh.uv_faces.size(0) != mesh.faces.size(0))
      throw InputError("render: `mesh.uv_faces` must list the same triangles as `mesh.faces`");
  }
  if (textured) {
    checkFloatTensor("render", "material.albedo", material.albedo, 4, 3);
    checkBatch("material.albedo", material.albedo, batch);
  } else {
    checkFloatTensor("render", "material.albedo", material.albedo, 1, 3);
  }
  if (material.normal_map.defined()) {
    checkFloatTensor("render", "material.normal_map", material.normal_map, 4, 3);
    checkBatch("material.normal_map", material.normal_map, batch);
  }
  const bool use_point = lighting.point_light;
  if (use_point) {
    checkFloatTensor("render", "lighting.light_position", lighting.light_position, 2, 3);
    checkBatch("lighting.light_position", lighting.light_position, batch);
  }
  if (!lighting.ambient_logit.defined() && !lighting.sh.defined())
    throw InputError("render: set `lighting.ambient_logit` or `lighting.sh`");
  if (lighting.sh.defined()) {
    checkFloatTensor("render", "lighting.sh", lighting.sh, 3, 3);
    checkBatch("lighting.sh", lighting.sh, batch);
  }

  // The caller's index buffers are checked (and the positions are, below); from here on the operators
  // get index tensors made here.
  const TrustedIndicesScope trusted;

  // Rasterise.
  auto start = Clock::now();
  const auto cam_points = worldToCamera(cameras, mesh.vertices);  // [B,N,3]
  const auto clip = cameraToClip(cameras, cam_points);            // [B,N,4]
  // One finiteness check of what the positions of both passes are made of (the clip coordinates hold the
  // vertices and cameras; the shadow pass adds the light), where the rasterisers would each check their
  // positions: each check reads a value back from the device, which on a GPU waits for queued work.
  {
    auto peak = clip.detach().abs().max();
    if (use_point) peak = torch::maximum(peak, lighting.light_position.detach().abs().max().to(options));
    if (!std::isfinite(peak.item<double>()))
      throw InputError("render: the vertices, cameras or light position contain NaN or infinite values");
  }
  const auto rast = rasterize(clip, mesh.faces, h, w);  // [B,H,W,4]
  const CoveredPixels covered = coveredPixels(rast);
  const auto& pixel_index = covered.index;  // [P] flat indices into B x H x W, increasing
  const auto& pixel_batch = covered.batch;  // [P] image of each
  // Only covered pixels carry gradients (rasterPixels' backward visits P pixels, not B x H x W).
  const auto rast_px = rasterPixels(clip, mesh.faces, rast, pixel_index);  // [P,4]
  // Covered pixels per image (the selection is sorted by image, so each image is one block), for
  // per-frame texture maps only: reading them back waits for the device.
  std::vector<int64_t> sizes;
  if ((textured && material.albedo.size(0) > 1) ||
      (material.normal_map.defined() && material.normal_map.size(0) > 1)) {
    const auto counts = torch::bincount(pixel_batch, {}, batch).to(torch::kCPU).contiguous();
    sizes.assign(counts.data_ptr<int64_t>(), counts.data_ptr<int64_t>() + batch);
  }
  timings_.rasterize_ms = msSince(start);

  // Geometry per covered pixel.
  start = Clock::now();
  const auto normals_v = vertexNormals(mesh.vertices, mesh.faces);  // [B,N,3]
  ShadowMap shadow_map;
  const bool use_shadows = use_point && lighting.shadows;
  torch::Tensor vertex_attr = torch::cat({mesh.vertices, normals_v, cam_points.narrow(2, 2, 1)}, 2);
  if (use_shadows) {
    shadow_map = renderShadowMap(mesh.vertices, mesh.faces, lighting.light_position, lighting.shadow);
    vertex_attr = torch::cat({vertex_attr, toLightSpace(shadow_map, mesh.vertices)}, 2);
  }
  timings_.shadow_ms = msSince(start);
  start = Clock::now();
  // Positions, normals, depth (and light-space points): one interpolation, then one contiguous
  // tensor per group for the kernels that read them.
  const auto attr_px =
      splitColumns(interpolatePixels(vertex_attr, rast_px, mesh.faces, pixel_batch),
                   use_shadows ? std::vector<int64_t>{3, 3, 1, 3} : std::vector<int64_t>{3, 3, 1});
  const auto& points = attr_px[0];
  auto normals = attr_px[1];
  const auto& depth_px = attr_px[2];

  torch::Tensor albedo;  // [P,3]
  ShadeInputs shade_in;
  if (textured || material.normal_map.defined()) {
    const auto uvs = mesh.uvs.to(options);
    torch::Tensor uv_attr = uvs.unsqueeze(0);
    if (material.normal_map.defined()) {
      const auto tangents = uvTangents(mesh.vertices, mesh.faces, uvs, mesh.uv_faces, normals_v);  // [B,T,4]
      uv_attr = torch::cat({uvs.unsqueeze(0).expand({batch, -1, -1}), tangents}, 2);
    }
    const auto uv_px = interpolatePixels(uv_attr, rast_px, mesh.uv_faces, pixel_batch);  // [P,2|6]
    const auto uv_parts = material.normal_map.defined() ? splitColumns(uv_px, {2, 4}) : std::vector{uv_px};
    const auto& uv = uv_parts[0];  // [P,2]
    if (textured) albedo = sampleTexture(material.albedo.to(options), uv, sizes);
    if (material.normal_map.defined()) {
      shade_in.normal_map = sampleTexture(material.normal_map.to(options), uv, sizes);
      shade_in.tangents = uv_parts[1];
    }
  }
  if (!textured) albedo = material.albedo.to(options).view({1, 3}).expand({pixel_index.size(0), 3});

  // Lighting, fused per pixel (shade_pixels.h).
  torch::Tensor visibility;
  if (use_shadows) visibility = shadowVisibility(shadow_map, attr_px[3], pixel_batch, lighting.shadow);
  shade_in.albedo = albedo.contiguous();
  shade_in.normals = normals;
  shade_in.pixel_batch = pixel_batch;
  shade_in.visibility = visibility;
  if (use_point) {
    shade_in.points = points;
    shade_in.light_position = lighting.light_position.to(options);
  }
  if (lighting.ambient_logit.defined()) {
    shade_in.ambient_logit = lighting.ambient_logit.to(options).reshape({-1, 1});
    checkBatch("lighting.ambient_logit", shade_in.ambient_logit, batch);
  }
  if (lighting.sh.defined()) shade_in.sh = lighting.sh.to(options);
  if (lighting.light_colour.defined()) {
    if (lighting.light_colour.numel() != 3)
      throw InputError("render: `lighting.light_colour` must have 3 values, got " +
                       describe(lighting.light_colour));
    shade_in.light_colour = lighting.light_colour.to(options).reshape({3});
  }
  const ShadeOutputs shaded = shadePixels(shade_in);
  const auto& colour = shaded.colour;  // [P,3]
  normals = shaded.normals;
  timings_.shade_ms = msSince(start);

  // Composite over the background, then antialias colour and coverage together.
  start = Clock::now();
  const int64_t total = batch * h * w;
  const CompositeOutput composite =
      compositeAntialias(colour, pixel_index, settings.background, rast, clip, mesh.faces,
                         topologyFor(input.faces, mesh.faces), settings.antialias);
  timings_.antialias_ms = msSince(start);

  RenderOutput out;
  out.image = composite.image;
  out.mask = composite.mask;
  out.rast = rast;
  if (settings.geometry_outputs) {
    auto scatter = [&](const torch::Tensor& values, double fill) {
      return torch::full({total, values.size(1)}, fill, options)
          .index_put({pixel_index}, values)
          .view({batch, h, w, values.size(1)});
    };
    out.depth = scatter(depth_px, 0.0);
    out.normals = scatter(normals, 0.0);
    out.visibility = visibility.defined() ? scatter(visibility, 1.0) : torch::ones({batch, h, w, 1}, options);
  }
  return out;
}

}  // namespace palma::render
