// Attribute interpolation over rasterised pixels (the nvdiffrast `interpolate` operator, on the CPU).
#pragma once

#include <torch/types.h>

namespace palma::render {

// Parameters of one interpolation (contiguous data).
template <typename T>
struct InterpolateKernelParams {
  const T* attr = nullptr;               // [Ba,Na,A] vertex attributes (Ba = 1: shared by every image)
  const T* rast = nullptr;               // [B,H,W,4] rasteriser output, or [P,4] selected pixels
  const int64_t* pixel_batch = nullptr;  // [P] image of each selected pixel (null: q / pixels_per_image)
  const int32_t* tri = nullptr;          // [F,3] attribute indices per triangle
  T* out = nullptr;                      // [B,H,W,A] (or [P,A]) interpolated attributes, zero on background
  int64_t pixels = 0;                    // B * H * W, or P
  int attr_batch = 0;                    // Ba, 1 or B
  int num_attr_vertices = 0;             // Na
  int channels = 0;                      // A
  int64_t pixels_per_image = 1;          // H * W (unused with pixel_batch)
};

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
