// Bilinear texture sampling with gradients to the texture and to the UVs (the nvdiffrast `texture`
// operator, on the CPU).
#pragma once

#include <torch/types.h>

namespace palma::render {

// What happens outside [0,1]^2.
enum class TextureBoundary {
  Wrap,   // repeat the texture
  Clamp,  // extend the edge texels
};

// Parameters of one sampling pass (contiguous data).
template <typename T>
struct TextureKernelParams {
  const T* tex = nullptr;                            // [Bt,Ht,Wt,C] texels, row 0 is the top of the image
  const T* uv = nullptr;                             // [B,P,2] sample positions (u right, v up)
  T* out = nullptr;                                  // [B,P,C] samples
  int batch = 0;                                     // B
  int tex_batch = 0;                                 // Bt, 1 or B
  int tex_height = 0;                                // Ht
  int tex_width = 0;                                 // Wt
  int channels = 0;                                  // C
  int64_t samples_per_image = 0;                     // P
  TextureBoundary boundary = TextureBoundary::Wrap;  // addressing outside [0,1]^2
};

// Samples `tex` [Bt,Ht,Wt,C] (Bt = 1 shares one texture across the batch, or Bt = B) bilinearly at
// `uv` [B,...,2] and returns [B,...,C].
//
// UVs follow the model's convention (OBJ/Blender): u = 0 is the left edge, v = 0 the bottom edge of the
// texture image, whose row 0 is the top; texel centres sit at ((i + 0.5) / Wt, 1 - (j + 0.5) / Ht).
// Gradients flow to `tex` and to `uv`.
torch::Tensor texture(const torch::Tensor& tex, const torch::Tensor& uv,
                      TextureBoundary boundary = TextureBoundary::Wrap);

}  // namespace palma::render
