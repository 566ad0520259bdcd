#include "core/eval/render_baseline.h"

#include <torch/torch.h>

#include "core/model/skinning.h"
#include "core/render/antialias.h"
#include "core/render/rasterize.h"
#include "core/render/shading.h"

namespace palma::eval {

namespace {

// Interpolates per-vertex attributes over every pixel with gathers: attr [B,N,C] (or [1,N,C]),
// faces [F,3], tri [B*H*W] triangle per pixel, bary [B*H*W,3] -> [B*H*W,C].
torch::Tensor gatherInterpolate(const torch::Tensor& attr, const torch::Tensor& faces,
                                const torch::Tensor& tri, const torch::Tensor& bary,
                                int64_t pixels_per_image) {
  const int64_t b = attr.size(0), n = attr.size(1), c = attr.size(2);
  auto idx = faces.index_select(0, tri);  // [BHW,3]
  if (b > 1) {
    const auto image = torch::arange(tri.size(0), tri.options()).div(pixels_per_image, "floor");
    idx = idx + (image * n).unsqueeze(1);
  }
  const auto corners = attr.reshape({b * n, c}).index_select(0, idx.reshape({-1})).view({-1, 3, c});
  return (corners * bary.unsqueeze(2)).sum(1);
}

torch::Tensor sampleMap(const torch::Tensor& tex, const torch::Tensor& uv, int64_t batch, int64_t h,
                        int64_t w) {
  // tex [1|B,Ht,Wt,C], uv [B*H*W,2] (v up) -> [B*H*W,C]
  const auto grid =
      torch::stack({uv.select(1, 0) * 2 - 1, (1 - uv.select(1, 1)) * 2 - 1}, 1).view({batch, h, w, 2});
  auto t = tex.permute({0, 3, 1, 2});
  if (t.size(0) != batch) t = t.expand({batch, -1, -1, -1});
  // bilinear, border padding, align_corners = false: texel centres at (i + 0.5) / Wt as in texture().
  const auto out = torch::grid_sampler(t, grid, 0, 1, false);  // [B,C,H,W]
  return out.permute({0, 2, 3, 1}).reshape({-1, tex.size(3)});
}

}  // namespace

render::RenderOutput renderWithTorchOps(const render::RenderMesh& mesh, const render::Material& material,
                                        const render::Lighting& lighting, const render::CameraBatch& cameras,
                                        const render::RenderSettings& settings) {
  using namespace palma::render;
  const int64_t batch = mesh.vertices.size(0), h = cameras.height, w = cameras.width, hw = h * w;
  const auto options = mesh.vertices.options();
  const auto faces = mesh.faces.to(options.device(), torch::kLong);
  const auto cam_points = worldToCamera(cameras, mesh.vertices);
  const auto clip = cameraToClip(cameras, cam_points);
  const auto rast = rasterize(clip, faces, static_cast<int>(h), static_cast<int>(w));
  const auto flat = rast.view({-1, 4});
  const auto covered = (flat.select(1, 3) > 0).unsqueeze(1).to(options.dtype());  // [BHW,1]
  const auto tri = (flat.select(1, 3).detach() - 1).clamp_min(0).to(torch::kLong);
  const auto u = flat.select(1, 0), v = flat.select(1, 1);
  const auto bary = torch::stack({u, v, 1 - u - v}, 1);  // [BHW,3]

  const auto normals_v = vertexNormals(mesh.vertices, faces);
  const bool use_shadows = lighting.point_light && lighting.shadows;
  ShadowMap shadow_map;
  auto attr = torch::cat({mesh.vertices, normals_v}, 2);
  if (use_shadows) {
    shadow_map = renderShadowMap(mesh.vertices, faces, lighting.light_position, lighting.shadow);
    attr = torch::cat({attr, toLightSpace(shadow_map, mesh.vertices)}, 2);
  }
  const auto px = gatherInterpolate(attr, faces, tri, bary, hw);
  const auto points = px.narrow(1, 0, 3);
  auto normals = px.narrow(1, 3, 3);

  const auto uv_faces = mesh.uv_faces.to(options.device(), torch::kLong);
  const auto uvs = mesh.uvs.to(options);
  auto uv_attr = uvs.unsqueeze(0);
  if (material.normal_map.defined())
    uv_attr = torch::cat({uvs.unsqueeze(0).expand({batch, -1, -1}),
                          uvTangents(mesh.vertices, faces, uvs, uv_faces, normals_v)},
                         2);
  const auto uv_px = gatherInterpolate(uv_attr, uv_faces, tri, bary, hw);
  const auto uv = uv_px.narrow(1, 0, 2);
  const auto albedo = material.albedo.dim() == 4
                          ? sampleMap(material.albedo.to(options), uv, batch, h, w)
                          : material.albedo.to(options).view({1, 3}).expand({batch * hw, 3});
  if (material.normal_map.defined())
    normals = applyNormalMap(normals, uv_px.narrow(1, 2, 4),
                             sampleMap(material.normal_map.to(options), uv, batch, h, w));
  normals = normals / torch::sqrt((normals * normals).sum(1, true) + 1e-20);

  const auto image_of = torch::arange(batch * hw, options.dtype(torch::kLong)).div(hw, "floor");
  torch::Tensor a, shade;
  if (lighting.ambient_logit.defined()) {
    const auto logit = lighting.ambient_logit.to(options).reshape({-1, 1});
    a = torch::sigmoid(logit.size(0) == 1 ? logit.expand({batch * hw, 1}) : logit.index_select(0, image_of));
  }
  if (lighting.sh.defined()) {
    auto sh = lighting.sh.to(options);
    if (sh.size(0) != batch) sh = sh.expand({batch, 9, 3});
    shade = shIrradiance(normals.view({batch, hw, 3}), sh).view({-1, 3});
  } else {
    shade = a;
  }
  if (lighting.point_light) {
    const auto light = lighting.light_position.to(options);
    const auto light_px =
        light.size(0) == 1 ? light.expand({batch * hw, 3}) : light.index_select(0, image_of);
    auto direct = pointLightCosine(normals, points, light_px);
    if (use_shadows)
      direct = direct * shadowVisibility(shadow_map, px.narrow(1, 6, 3), image_of, lighting.shadow);
    if (a.defined()) direct = direct * (1 - a);
    if (lighting.light_colour.defined()) direct = direct * lighting.light_colour.to(options).view({1, 3});
    shade = shade + direct;
  }
  const auto colour = albedo * shade;
  const auto background = settings.background.defined() && settings.background.dim() == 1
                              ? settings.background.to(options).view({1, 3}).expand({batch * hw, 3})
                              : torch::zeros({batch * hw, 3}, options);
  auto rgba = torch::cat({covered * colour + (1 - covered) * background, covered}, 1).view({batch, h, w, 4});
  if (settings.antialias) rgba = antialias(rgba, rast, clip, faces);
  RenderOutput out;
  out.image = rgba.narrow(3, 0, 3);
  out.mask = rgba.narrow(3, 3, 1);
  out.rast = rast;
  return out;
}

}  // namespace palma::eval
