#include "core/fit/losses.h"

#include <torch/torch.h>

#include <map>

#include "core/common/error.h"
#include "core/fit/row_ops.h"
#include "core/model/mesh_ops.h"
#include "core/render/rasterize.h"

namespace palma::fit {

MeshTopology makeMeshTopology(const MatrixX3i& faces, int num_vertices) {
  MeshTopology t;
  t.num_vertices = num_vertices;
  const auto edges = uniqueEdges(faces);
  std::vector<int64_t> flat;
  flat.reserve(edges.size() * 2);
  std::vector<float> degree(num_vertices, 0.0f);
  for (const auto& e : edges) {
    flat.push_back(e[0]);
    flat.push_back(e[1]);
    degree[e[0]] += 1;
    degree[e[1]] += 1;
  }
  for (auto& d : degree) d = std::max(d, 1.0f);
  t.edges = torch::tensor(flat, torch::kInt64).view({-1, 2});
  t.degree = torch::tensor(degree).view({-1, 1});
  // Faces per edge, from the face-edge table.
  const MatrixX3i fe = faceEdgeIds(faces, edges);
  std::vector<std::vector<int64_t>> faces_of_edge(edges.size());
  for (int f = 0; f < fe.rows(); ++f)
    for (int k = 0; k < 3; ++k) faces_of_edge[fe(f, k)].push_back(f);
  std::vector<int64_t> pairs;
  for (const auto& fs : faces_of_edge)
    if (fs.size() == 2) {
      pairs.push_back(fs[0]);
      pairs.push_back(fs[1]);
    }
  t.face_pairs = torch::tensor(pairs, torch::kInt64).view({-1, 2});
  std::vector<int64_t> f(faces.data(), faces.data() + faces.size());
  t.faces = torch::tensor(f, torch::kInt64).view({-1, 3});
  return t;
}

torch::Tensor uniformLaplacian(const torch::Tensor& verts, const MeshTopology& topology) {
  const bool batched = verts.dim() == 3;
  auto v = batched ? verts : verts.unsqueeze(0);
  const auto a = topology.edges.select(1, 0);
  const auto b = topology.edges.select(1, 1);
  const auto va = gatherRows(v, a);
  const auto vb = gatherRows(v, b);
  auto sum = torch::zeros_like(v);
  sum = indexAddRows(indexAddRows(sum, a, vb), b, va);
  const auto degree = topology.degree.to(v.dtype()).unsqueeze(0);
  auto lap = sum / degree - v;
  return batched ? lap : lap.squeeze(0);
}

torch::Tensor laplacianLoss(const torch::Tensor& verts, const torch::Tensor& reference,
                            const MeshTopology& topology, double quantile_weight, double quantile) {
  // In centimetres so that the weight is of order one.
  const auto lap = uniformLaplacian((verts - reference) * 100.0, topology);
  const auto sq = lap.pow(2).sum(-1);
  auto loss = sq.mean();
  if (quantile_weight > 0) {
    const auto magnitude = sq.detach().flatten();
    const auto threshold = std::get<0>(magnitude.kthvalue(std::max<int64_t>(
        1, static_cast<int64_t>(std::ceil(quantile * static_cast<double>(magnitude.numel()))))));
    const auto above = (sq.detach() > threshold).to(sq.dtype());
    loss = loss + quantile_weight * (sq * above).sum() / above.sum().clamp_min(1.0);
  }
  return loss;
}

namespace {
torch::Tensor faceNormals(const torch::Tensor& verts, const torch::Tensor& faces) {
  const auto v0 = gatherRows(verts, faces.select(1, 0));
  const auto v1 = gatherRows(verts, faces.select(1, 1));
  const auto v2 = gatherRows(verts, faces.select(1, 2));
  const auto n = torch::cross(v1 - v0, v2 - v0, -1);
  return n / (n.norm(2, -1, true) + 1e-12);
}
}  // namespace

torch::Tensor normalConsistencyLoss(const torch::Tensor& verts, const MeshTopology& topology) {
  if (topology.face_pairs.size(0) == 0) return verts.sum() * 0;
  const auto n = faceNormals(verts, topology.faces);
  const auto n0 = gatherRows(n, topology.face_pairs.select(1, 0));
  const auto n1 = gatherRows(n, topology.face_pairs.select(1, 1));
  return (1.0 - (n0 * n1).sum(-1)).mean();
}

torch::Tensor edgeLengthLoss(const torch::Tensor& verts, const torch::Tensor& reference,
                             const MeshTopology& topology) {
  auto length = [&](const torch::Tensor& v) {
    return (gatherRows(v, topology.edges.select(1, 0)) - gatherRows(v, topology.edges.select(1, 1)))
        .norm(2, -1);
  };
  const auto ref = length(reference).detach().clamp_min(1e-6);
  return ((length(verts) - ref) / ref).pow(2).mean();
}

torch::Tensor silhouetteLoss(const torch::Tensor& rendered_mask, const torch::Tensor& target_mask) {
  return (rendered_mask - target_mask).abs().mean();
}

torch::Tensor maskedL1Loss(const torch::Tensor& rendered, const torch::Tensor& target,
                           const torch::Tensor& mask) {
  const auto weight = mask.sum() * rendered.size(-1);
  return ((rendered - target).abs() * mask).sum() / weight.clamp_min(1.0);
}

torch::Tensor erodeMask(const torch::Tensor& mask, int iterations) {
  if (iterations <= 0) return mask;
  auto m = mask.permute({0, 3, 1, 2});  // [B,1,H,W]
  for (int i = 0; i < iterations; ++i) {
    // min filter = -max_pool(-m); pad with zeros (outside is empty) before pooling.
    m = -torch::max_pool2d(-torch::constant_pad_nd(m, {1, 1, 1, 1}, 0.0), {3, 3}, {1, 1});
  }
  return m.permute({0, 2, 3, 1}).contiguous();
}

torch::Tensor albedoSmoothnessLoss(const torch::Tensor& albedo, const torch::Tensor& uv_mask,
                                   torch::Generator generator) {
  const int64_t h = albedo.size(0), w = albedo.size(1);
  auto offsets =
      torch::round(torch::randn({h, w, 2}, generator, torch::TensorOptions().dtype(torch::kFloat32)))
          .to(torch::kInt64);
  auto rows = torch::arange(h, torch::kInt64).view({h, 1}).expand({h, w});
  auto cols = torch::arange(w, torch::kInt64).view({1, w}).expand({h, w});
  auto nr = (rows + offsets.select(2, 0)).clamp(0, h - 1);
  auto nc = (cols + offsets.select(2, 1)).clamp(0, w - 1);
  // The offsets are drawn on the CPU (the same pairs for a seed on every device), then moved.
  const auto flat_index = (nr * w + nc).flatten().to(albedo.device());
  const auto flat = albedo.reshape({h * w, -1});
  const auto neighbour = gatherRows(flat, flat_index).view_as(albedo);
  const auto mask = uv_mask.to(albedo.device());
  const auto neighbour_mask = mask.reshape({h * w, 1}).index_select(0, flat_index).view_as(mask);
  const auto m = mask * neighbour_mask;
  return ((albedo - neighbour).abs() * m).sum() / (m.sum() * albedo.size(2)).clamp_min(1.0);
}

torch::Tensor normalMapLoss(const torch::Tensor& normal_map) {
  const auto flat = torch::tensor({0.5f, 0.5f, 1.0f}, normal_map.options()).view({1, 1, 3});
  return (normal_map - flat).pow(2).sum(-1).mean();
}

torch::Tensor uvCoverageMask(const MatrixX2f& uvs, const MatrixX3i& uv_faces, int size, int dilation) {
  if (uvs.rows() == 0 || uv_faces.rows() == 0) return torch::ones({size, size, 1});
  auto uv = torch::from_blob(const_cast<float*>(uvs.data()), {uvs.rows(), 2}, torch::kFloat32).clone();
  // Texture row 0 is v = 1; NDC y = -1 is the top row.
  auto pos = torch::stack({uv.select(1, 0) * 2 - 1, 1 - uv.select(1, 1) * 2, torch::zeros({uv.size(0)}),
                           torch::ones({uv.size(0)})},
                          1)
                 .unsqueeze(0);
  std::vector<int64_t> f(uv_faces.data(), uv_faces.data() + uv_faces.size());
  const auto tri = torch::tensor(f, torch::kInt64).view({-1, 3});
  const auto rast = render::rasterize(pos, tri, size, size);
  auto mask = (rast.select(3, 3) > 0).to(torch::kFloat32).unsqueeze(1);  // [1,1,S,S]
  for (int i = 0; i < dilation; ++i) mask = torch::max_pool2d(mask, {3, 3}, {1, 1}, {1, 1});
  return mask.squeeze(0).permute({1, 2, 0}).contiguous();
}

}  // namespace palma::fit
