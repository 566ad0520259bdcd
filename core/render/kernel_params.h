// The parameter structs of the render operators' kernels: what a kernel sees of its data (raw,
// contiguous pointers and sizes). Free of LibTorch and CUDA headers, so the CPU kernels (core/render)
// and the CUDA kernels (gpu/) share them, and nvcc compiles gpu/ without LibTorch.
#pragma once

#include <cstdint>

namespace palma::render {

// Parameters of one rasterisation (see rasterize.h).
template <typename T>
struct RasterizeKernelParams {
  const T* pos = nullptr;        // [B,N,4] clip-space vertex positions
  const int32_t* tri = nullptr;  // [F,3] vertex indices
  T* out = nullptr;              // [B,H,W,4] output: u, v, z/w, triangle id + 1 (0 = background)
  int batch = 0;                 // B, number of images
  int num_vertices = 0;          // N
  int num_triangles = 0;         // F
  int height = 0;                // H, image rows
  int width = 0;                 // W, image columns
};

// Parameters of one interpolation (see interpolate.h).
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

// What texture sampling does outside [0,1]^2.
enum class TextureBoundary {
  Wrap,   // repeat the texture
  Clamp,  // extend the edge texels
};

// Parameters of one sampling pass (see texture.h).
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

// Parameters of one antialiasing pass (see antialias.h).
template <typename T>
struct AntialiasKernelParams {
  const T* color = nullptr;             // [B,H,W,C] input image
  const T* rast = nullptr;              // [B,H,W,4] rasteriser output for the same mesh
  const T* pos = nullptr;               // [B,N,4] clip-space positions given to the rasteriser
  const int32_t* tri = nullptr;         // [F,3] triangles given to the rasteriser
  const int32_t* neighbours = nullptr;  // [F,3] topology of `tri`
  T* out = nullptr;                     // [B,H,W,C] antialiased image
  int batch = 0;                        // B
  int height = 0;                       // H
  int width = 0;                        // W
  int channels = 0;                     // C
  int num_vertices = 0;                 // N
  // Optional, precomputed per image by the CPU kernels so that the edge search does not project the
  // same vertices and orient the same triangles at every pixel pair (null: computed where needed):
  const T* screen = nullptr;              // [B,N,2] vertices in pixel coordinates (0 where not valid)
  const uint8_t* screen_valid = nullptr;  // [B,N] 1 where w > 0
  const int8_t* orientation = nullptr;    // [B,F] kern::triangleOrientation of every triangle
  int num_triangles = 0;                  // F (with `orientation`)
};

// Parameters of one fused shading pass (see shade_pixels.h): per-pixel rows and per-image parameters
// selected by `batch` (a parameter with one row is shared by every image). Absent optional inputs are
// null.
template <typename T>
struct ShadeParams {
  const T* albedo = nullptr;                               // [P,3]
  const T* normals = nullptr;                              // [P,3] interpolated vertex normals
  const T* tangents = nullptr;                             // [P,4] or null (with map)
  const T* map = nullptr;                                  // [P,3] normal-map texels in [0,1], or null
  const T* points = nullptr;                               // [P,3] or null (with light)
  const T* visibility = nullptr;                           // [P] or null (fully lit)
  const int64_t* batch = nullptr;                          // [P] image of each pixel
  const T* light = nullptr;                                // [Bl,3] or null (no point light)
  const T* logit = nullptr;                                // [Ba] or null
  const T* sh = nullptr;                                   // [Bs,9,3] or null (constant ambient)
  const T* light_colour = nullptr;                         // [3] or null (white)
  int64_t light_batch = 0, logit_batch = 0, sh_batch = 0;  // Bl, Ba, Bs: 1 or B each
  int64_t count = 0;                                       // P
};

// Gradient outputs of the shading pass, zeroed by the caller (null where not needed). The per-pixel
// ones are written once per pixel; the per-image ones (light, logit, sh, light_colour) are sums over
// pixels.
template <typename T>
struct ShadeGrads {
  T* albedo = nullptr;        // [P,3]
  T* normals = nullptr;       // [P,3]
  T* tangents = nullptr;      // [P,4]
  T* map = nullptr;           // [P,3]
  T* points = nullptr;        // [P,3]
  T* visibility = nullptr;    // [P]
  T* light = nullptr;         // [Bl,3]
  T* logit = nullptr;         // [Ba]
  T* sh = nullptr;            // [Bs,27]
  T* light_colour = nullptr;  // [3]
};

// Parameters of one soft shadow lookup pass (see shadow.h).
template <typename T>
struct ShadowLookupParams {
  const T* depth = nullptr;              // [B,R,R] shadow map
  const T* points = nullptr;             // [P,3] light-space points
  const int64_t* pixel_batch = nullptr;  // [P] image of each point
  T* visibility = nullptr;               // [P] output (forward only)
  int64_t count = 0;                     // P
  int resolution = 0;                    // R
  T focal = 0, centre = 0;               // light camera intrinsics in texels
  T sharpness = 0, bias = 0;             // HARP's k and depth bias
};

// The composite of compositeAntialias (see antialias.h): covered pixels' colours over a background,
// written to an image and a coverage mask, antialiased with an AntialiasKernelParams of the same mesh.
template <typename T>
struct CompositeKernelParams {
  const T* colour = nullptr;       // [P,C] colours of the covered pixels
  const int64_t* index = nullptr;  // [P] their flat pixel indices into B x H x W, strictly increasing
  int64_t count = 0;               // P
  const T* background = nullptr;   // [C] or [B,H,W,C]
  bool background_image = false;   // which of the two
  int channels = 0;                // C
  T* image = nullptr;              // [B,H,W,C] output
  T* mask = nullptr;               // [B,H,W,1] output: soft coverage
};

}  // namespace palma::render
