// Analytic antialiasing of silhouette and occlusion edges with gradients to the vertex positions
// (the nvdiffrast `antialias` operator; on the CPU, and on CUDA devices in a build with the kernels of gpu/).
//
// Why this and not a soft rasteriser: the hard rasteriser gives exact coverage and cheap, exact
// gradients inside triangles; what it lacks is a gradient for the position of the boundary between
// two surfaces. Edge antialiasing supplies exactly that, touches only pixel pairs that straddle a
// silhouette (a few thousand per 448^2 hand image instead of every pixel x every nearby triangle), and
// leaves interior pixels bit-identical, so the rendered image stays the exact one.
//
// For every horizontally or vertically adjacent pixel pair showing different triangles, the surface in
// front is found by depth; if the segment between the two pixel centres leaves that surface's triangle
// through a silhouette edge (a mesh boundary, or an edge whose other triangle faces the other way in
// this view), the pair is blended by where the edge crosses the segment: with crossing t in [0,1]
// measured from the front pixel's centre, the far pixel receives (t - 1/2) of the front colour when
// t > 1/2, otherwise the front pixel receives (1/2 - t) of the far colour. The result is continuous in
// the vertex positions, and its derivative moves the edge.
#pragma once

#include <torch/types.h>

#include "core/render/kernel_params.h"

namespace palma::render {

// Edge adjacency of a triangle mesh, computed once per index buffer and reusable across calls.
struct AntialiasTopology {
  torch::Tensor neighbours;  // [F,3] int32: triangle across edge (v_k, v_k+1); -1 boundary, -2 non-manifold
};

// Builds the adjacency of `tri` [F,3].
AntialiasTopology antialiasTopology(const torch::Tensor& tri);

// Antialiases `color` [B,H,W,C] rendered from `rast` = rasterize(pos, tri, H, W). Gradients flow to
// `color` and to `pos`. `topology` may be passed to avoid rebuilding it for a fixed mesh.
torch::Tensor antialias(const torch::Tensor& color, const torch::Tensor& rast, const torch::Tensor& pos,
                        const torch::Tensor& tri, const AntialiasTopology& topology = {});

struct CompositeOutput {
  torch::Tensor image;  // [B,H,W,C]
  torch::Tensor mask;   // [B,H,W,1] soft coverage
};

// Composites the colours of covered pixels, `colour` [P,C] at strictly increasing flat indices
// `pixel_index` [P] (as torch::nonzero returns them) into
// B x H x W, over `background` ([C] or [B,H,W,C]; undefined: black; not differentiated), and
// antialiases colour and coverage as `antialias` does, in one pass. Gradients flow to `colour` and to
// `pos`; the backward touches only covered pixels and silhouette pairs, never whole-image temporaries.
CompositeOutput compositeAntialias(const torch::Tensor& colour, const torch::Tensor& pixel_index,
                                   const torch::Tensor& background, const torch::Tensor& rast,
                                   const torch::Tensor& pos, const torch::Tensor& tri,
                                   const AntialiasTopology& topology = {}, bool antialias = true);

}  // namespace palma::render
