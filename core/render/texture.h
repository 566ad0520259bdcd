// Bilinear texture sampling with gradients to the texture and to the UVs (the nvdiffrast `texture`
// operator), on the CPU or, in a CUDA build, on a CUDA device (where `tex` and `uv` live).
#pragma once

#include <torch/types.h>

#include "core/render/kernel_params.h"

namespace palma::render {

// Samples `tex` [Bt,Ht,Wt,C] (Bt = 1 shares one texture across the batch, or Bt = B) bilinearly at
// `uv` [B,...,2] and returns [B,...,C].
//
// UVs follow the model's convention (OBJ/Blender): u = 0 is the left edge, v = 0 the bottom edge of the
// texture image, whose row 0 is the top; texel centres sit at ((i + 0.5) / Wt, 1 - (j + 0.5) / Ht).
// Gradients flow to `tex` and to `uv`.
torch::Tensor texture(const torch::Tensor& tex, const torch::Tensor& uv,
                      TextureBoundary boundary = TextureBoundary::Wrap);

}  // namespace palma::render
