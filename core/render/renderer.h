// The Renderer facade: one differentiable call from a posed mesh, its materials, lights and cameras to
// images, soft masks, depth and normals. The fitter, the CLI and the studio all render through it.
//
// Shading (linear colour): colour = albedo * (ambient + (1 - a) * light_colour * max(0, n . l) * V)
// where a = sigmoid(ambient_logit), ambient = a, or the SH irradiance E(n) when SH coefficients are
// given; V is the soft shadow visibility (HARP); n is the normal-mapped shading normal. The point light
// can be switched off to light with SH alone.
#pragma once

#include <torch/types.h>

#include <cstdint>

#include "core/render/antialias.h"
#include "core/render/camera.h"
#include "core/render/shadow.h"

namespace palma::render {

// A posed mesh in world coordinates (metres).
struct RenderMesh {
  torch::Tensor vertices;  // [B,N,3]
  torch::Tensor faces;     // [F,3] int
  torch::Tensor uvs;       // [T,2] (v up); undefined: untextured
  torch::Tensor uv_faces;  // [F,3] int, indices into uvs in the order of faces
};

struct Material {
  torch::Tensor albedo;      // [1|B,Ht,Wt,3] linear RGB texture, or [3] one colour
  torch::Tensor normal_map;  // [1|B,Hn,Wn,3] tangent-space map in [0,1]; undefined: none
};

struct Lighting {
  bool point_light = true;       // use the point light's direct term
  torch::Tensor light_position;  // [1|B,3] world metres
  torch::Tensor ambient_logit;   // [1] or [B,1]; a = sigmoid(ambient_logit)
  torch::Tensor light_colour;    // [3] linear RGB multiplier of the direct term; undefined: white
  torch::Tensor sh;              // [1|B,9,3] SH coefficients; when defined they replace the ambient a
  bool shadows = true;           // soft shadow map on the direct term
  ShadowSettings shadow;         // shadow map parameters (HARP defaults)

  // HARP's start: light at (-0.5, -0.5, -0.5) m, ambient ratio 0.6, shadows on.
  static Lighting harpDefaults(torch::ScalarType dtype = torch::kFloat32);
};

struct RenderSettings {
  torch::Tensor background;      // [3] colour or [B,H,W,3] image; undefined: black
  bool antialias = true;         // silhouette antialiasing (the gradient at silhouettes)
  bool geometry_outputs = true;  // also fill depth, normals and visibility images
};

struct RenderOutput {
  torch::Tensor image;       // [B,H,W,3] linear RGB over the background
  torch::Tensor mask;        // [B,H,W,1] soft coverage in [0,1]
  torch::Tensor depth;       // [B,H,W,1] camera-space z in metres, 0 on background
  torch::Tensor normals;     // [B,H,W,3] world-space shading normals, 0 on background
  torch::Tensor visibility;  // [B,H,W,1] shadow visibility (1 = lit), 1 on background
  torch::Tensor rast;        // [B,H,W,4] rasteriser output
};

// Timings of the last render (milliseconds), for benchmarks and the studio's status bar.
struct RenderTimings {
  double rasterize_ms = 0;
  double shadow_ms = 0;
  double shade_ms = 0;
  double antialias_ms = 0;
};

class Renderer {
 public:
  // Renders every frame of `cameras` (batch B) of `mesh` (batch B). Throws palma::InputError for
  // inconsistent inputs, naming the field.
  RenderOutput render(const RenderMesh& mesh, const Material& material, const Lighting& lighting,
                      const CameraBatch& cameras, const RenderSettings& settings = {});

  const RenderTimings& lastTimings() const { return timings_; }

 private:
  // An index buffer of the caller's that has been checked, held so that its identity and version
  // counter show that it is unchanged. Checking reads every index back from the tensor's device, which
  // on a GPU waits for all the work queued before it; a fit hands the same buffers to every render.
  struct CheckedIndices {
    torch::Tensor tensor;
    int64_t version = -1;
    int64_t bound = -1;
  };
  void checkIndicesOnce(CheckedIndices& checked, const char* name, const torch::Tensor& tri, int64_t bound);
  const AntialiasTopology& topologyFor(const torch::Tensor& source, const torch::Tensor& faces);

  CheckedIndices checked_faces_, checked_uv_faces_;
  // Silhouette adjacency of the last index buffer (recomputed when the faces change): the caller's
  // tensor and its version, and a copy of its contents.
  torch::Tensor topology_source_;
  int64_t topology_version_ = -1;
  torch::Tensor topology_faces_;
  AntialiasTopology topology_;
  RenderTimings timings_;
};

}  // namespace palma::render
