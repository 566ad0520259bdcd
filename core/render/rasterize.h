// Triangle rasterisation with perspective-correct, differentiable barycentrics (the nvdiffrast
// `rasterize` operator, on the CPU).
//
// Clip space follows the OpenCV camera: x right, y down, w = depth along the optical axis. Pixel (i, j)
// (column i, row j, row 0 at the top) is sampled at its centre, NDC x = 2 (i + 0.5) / W - 1 and
// y = 2 (j + 0.5) / H - 1. Both faces of every triangle are drawn (no culling).
#pragma once

#include <torch/types.h>

#include "core/render/kernel_params.h"

namespace palma::render {

// Rasterises the triangles `tri` [F,3] (int32/int64) of the clip-space meshes `pos` [B,N,4]
// (float32/float64) into an H x W image per batch entry.
//
// Returns rast [B,H,W,4] of pos's dtype: (u, v, z/w, id + 1), where u and v are the perspective-correct
// barycentric weights of the triangle's first and second vertex (the third is 1 - u - v), z/w is the
// NDC depth in [-1, 1] and id is the triangle index; background pixels are all zero.
//
// Coverage is watertight: a pixel centre on an edge or a vertex shared by several triangles belongs to
// exactly one of them. Vertices are snapped to a 1/256-pixel grid and coverage is decided by exact
// integer edge functions with a top-left tie rule, as GPUs do. Triangles that cross the near plane
// (z = -w) use edge functions in 2D homogeneous coordinates instead and are clipped per pixel; nothing
// behind the near plane or beyond the far plane (z = w) is drawn. The nearest surface wins; exact
// depth ties go to the lower triangle index. Barycentrics and depth always come from the unsnapped
// positions.
//
// Differentiable: u, v and z/w carry gradients to `pos` (the triangle id is discrete). Gradients at
// silhouettes need `antialias`.
torch::Tensor rasterize(const torch::Tensor& pos, const torch::Tensor& tri, int height, int width);

// The rows of `rast` (from rasterize(pos, tri, ...)) at the flat pixel indices `pixel_index` [P]
// (into B x H x W), as [P,4] whose u, v and z/w are differentiable with respect to `pos`. Renderers
// shade only covered pixels this way: the backward touches P pixels, not the whole image.
torch::Tensor rasterPixels(const torch::Tensor& pos, const torch::Tensor& tri, const torch::Tensor& rast,
                           const torch::Tensor& pixel_index);

// The covered pixels of a rasteriser output `rast` [B,H,W,4]: their flat indices into B x H x W in
// increasing order (what torch::nonzero of the triangle-id channel gives) and the image of each, both
// int64 [P]. On the CPU one parallel pass over the rows, on CUDA LibTorch's nonzero.
struct CoveredPixels {
  torch::Tensor index;  // [P]
  torch::Tensor batch;  // [P]
};
CoveredPixels coveredPixels(const torch::Tensor& rast);

}  // namespace palma::render
