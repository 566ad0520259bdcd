// Attribute interpolation over rasterised pixels (the nvdiffrast `interpolate` operator), on the CPU or,
// in a CUDA build, on a CUDA device: the device of `attr` decides; the index tensors follow it.
#pragma once

#include <torch/types.h>

#include "core/render/kernel_params.h"

namespace palma::render {

// Interpolates per-vertex attributes `attr` ([B,Na,A], or [Na,A] / [1,Na,A] shared by all images) over
// the pixels of `rast` ([B,H,W,4], from `rasterize`) using the triangle index buffer `tri` [F,3].
//
// `tri` may differ from the one given to `rasterize` (same triangle order, other indices): that is how
// UVs with seams are interpolated from their own index buffer. Returns [B,H,W,A]; background pixels
// are zero. Gradients flow to `attr` and to the barycentrics in `rast`.
torch::Tensor interpolate(const torch::Tensor& attr, const torch::Tensor& rast, const torch::Tensor& tri);

// The same for a selection of pixels: `rast` [P,4] holds rows of a rasteriser output and `pixel_batch`
// [P] (int64) the image each comes from (needed when `attr` has a batch > 1). Returns [P,A]. Renderers
// use it to shade only covered pixels.
torch::Tensor interpolatePixels(const torch::Tensor& attr, const torch::Tensor& rast,
                                const torch::Tensor& tri, const torch::Tensor& pixel_batch);

}  // namespace palma::render
