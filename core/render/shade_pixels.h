// The Renderer's fused per-pixel shading: normal mapping, SH or constant ambient, point light with
// shadow visibility and albedo in one pass with a hand-written backward. It computes exactly what the
// LibTorch-op functions of shading.h compose (applyNormalMap, shIrradiance, pointLightCosine), which
// the tests and the benchmark baseline use as the reference, at a fraction of the memory traffic.
#pragma once

#include <torch/types.h>

namespace palma::render {

// Per-pixel inputs ([P,...], pixels sorted or not) and per-image parameters ([1|B,...], selected by
// `pixel_batch`). Optional tensors are undefined when unused.
struct ShadeInputs {
  torch::Tensor albedo;          // [P,3]
  torch::Tensor normals;         // [P,3] interpolated vertex normals (any length)
  torch::Tensor tangents;        // [P,4] interpolated tangents + handedness (with normal_map)
  torch::Tensor normal_map;      // [P,3] sampled tangent-space normal map in [0,1] (optional)
  torch::Tensor points;          // [P,3] surface positions (with the point light)
  torch::Tensor visibility;      // [P,1] shadow visibility (optional: fully lit)
  torch::Tensor pixel_batch;     // [P] int64 image of each pixel
  torch::Tensor light_position;  // [1|B,3] (optional: no point light)
  torch::Tensor ambient_logit;   // [1|B,1] (optional when sh is given)
  torch::Tensor sh;              // [1|B,9,3] (optional: constant ambient sigmoid(logit))
  torch::Tensor light_colour;    // [3] (optional: white)
};

struct ShadeOutputs {
  torch::Tensor colour;   // [P,3] albedo * (ambient + (1 - a) * colour * max(0, n . l) * V)
  torch::Tensor normals;  // [P,3] unit shading normals (not differentiable)
};

ShadeOutputs shadePixels(const ShadeInputs& inputs);

}  // namespace palma::render
