// The loss terms of the reconstruction (METHOD.md §5), as differentiable LibTorch functions. Each
// returns a scalar tensor; weights are applied by the reconstructor. docs/reconstruction.md defines
// every term with its units.
#pragma once

#include <torch/types.h>

#include "core/model/hand_model.h"

namespace palma::fit {

// Connectivity of a triangle mesh for the mesh regularisers.
struct MeshTopology {
  torch::Tensor edges;       // [E,2] int64, unique undirected edges
  torch::Tensor face_pairs;  // [P,2] int64, faces sharing an edge (manifold edges only)
  torch::Tensor faces;       // [F,3] int64
  torch::Tensor degree;      // [N,1] float, neighbours per vertex (at least 1)
  int64_t num_vertices = 0;
};
MeshTopology makeMeshTopology(const MatrixX3i& faces, int num_vertices);

// Uniform Laplacian L(v)_i = mean of the neighbours - v_i. verts: [N,3] or [B,N,3].
torch::Tensor uniformLaplacian(const torch::Tensor& verts, const MeshTopology& topology);

// Mean squared Laplacian of the change `verts - reference` in cm^2 (the template's own curvature is
// not penalised, only the roughness the fit adds). With quantile_weight > 0, vertices whose Laplacian
// magnitude is above the `quantile` of all vertices get that much extra weight (XHand's part-aware
// regularisation: wrinkles stay, spikes go).
torch::Tensor laplacianLoss(const torch::Tensor& verts, const torch::Tensor& reference,
                            const MeshTopology& topology, double quantile_weight = 0.0,
                            double quantile = 0.9);

// Mean of 1 - cos(angle) between the normals of faces sharing an edge.
torch::Tensor normalConsistencyLoss(const torch::Tensor& verts, const MeshTopology& topology);

// Mean squared relative change of edge lengths against `reference` (same topology).
torch::Tensor edgeLengthLoss(const torch::Tensor& verts, const torch::Tensor& reference,
                             const MeshTopology& topology);

// Mean absolute difference of two [B,H,W,1] masks.
torch::Tensor silhouetteLoss(const torch::Tensor& rendered_mask, const torch::Tensor& target_mask);

// L1 of [B,H,W,3] colours inside `mask` [B,H,W,1], averaged over the mask's pixels and channels.
torch::Tensor maskedL1Loss(const torch::Tensor& rendered, const torch::Tensor& target,
                           const torch::Tensor& mask);

// `iterations` erosions of a [B,H,W,1] mask with a 3x3 square (min filter; outside counts as empty).
torch::Tensor erodeMask(const torch::Tensor& mask, int iterations);

// Albedo smoothness (HARP): L1 between each texel inside `uv_mask` and a neighbour at a random offset
// (normal, sigma 1 texel, rounded), averaged over the mask. albedo: [H,W,3], uv_mask: [H,W,1].
torch::Tensor albedoSmoothnessLoss(const torch::Tensor& albedo, const torch::Tensor& uv_mask,
                                   torch::Generator generator);

// Mean squared deviation of a [H,W,3] tangent-space normal map (in [0,1]) from flat (0.5, 0.5, 1).
torch::Tensor normalMapLoss(const torch::Tensor& normal_map);

// Texels of a size x size map covered by the UV triangles (v up, row 0 at the top): [size,size,1] in
// {0,1}, dilated by `dilation` texels so bilinear lookups at island borders see fitted texels.
torch::Tensor uvCoverageMask(const MatrixX2f& uvs, const MatrixX3i& uv_faces, int size, int dilation = 2);

}  // namespace palma::fit
