// The Avatar: what a reconstruction produces and everything downstream (export, studio, render,
// evaluation) consumes. A plain value type of CPU float32 tensors; the on-disk format lives in
// core/avatar/avatar_io.h.
//
// An avatar is a hand template (named by its model spec and subdivided `subdivision_levels` times)
// plus the person's shape coefficients, a per-vertex displacement along the rest normal, an albedo
// map and a tangent-space normal map over the template's UV atlas, the estimated capture lighting and
// the fitted per-frame poses of its capture.
#pragma once

#include <torch/types.h>

#include <string>
#include <vector>

#include "core/model/hand_model.h"
#include "core/model/subdivision.h"

namespace palma {

// The lighting of the Renderer (core/render/renderer.h) in plain numbers.
struct AvatarLighting {
  bool point_light = true;
  Eigen::Vector3f light_position{-0.5f, -0.5f, -0.5f};  // world metres (camera frame of the capture)
  Eigen::Vector3f light_colour{1.0f, 1.0f, 1.0f};       // linear multiplier of the direct term
  float ambient = 0.6f;                                  // ambient ratio a in (0, 1)
  bool use_sh = false;                                   // SH irradiance replaces the ambient term
  Eigen::Matrix<float, 9, 3> sh = Eigen::Matrix<float, 9, 3>::Zero();  // 9 coefficients x RGB
  bool shadows = true;

  bool operator==(const AvatarLighting& other) const;
};

// The fitted poses of the avatar's capture, one row per used frame. Cameras are those of the frames
// the fit saw (world = the capture camera's frame, so rotation/translation of the camera are identity).
struct CapturedMotion {
  std::vector<int> frame_indices;  // source frame number of each row
  torch::Tensor pose;              // [F,16,3] axis-angle per joint (skinning convention)
  torch::Tensor translation;       // [F,3] metres
  torch::Tensor intrinsics;        // [F,4] fx, fy, cx, cy of each frame's (cropped) image
  int width = 0;                   // image size of the frames
  int height = 0;

  int64_t numFrames() const { return pose.defined() ? pose.size(0) : 0; }
};

struct Avatar {
  static constexpr int kFormatVersion = 1;

  // ---- Template ----
  std::string model_spec = "builtin:right";  // see core/model/model_spec.h
  int subdivision_levels = 0;                // applied to the loaded template
  SubdivisionScheme subdivision_scheme = SubdivisionScheme::Midpoint;

  // ---- Personalisation ----
  torch::Tensor shape;         // [K] shape coefficients
  torch::Tensor displacement;  // [N] metres along the rest-pose normal of the subdivided template
  torch::Tensor albedo;        // [Ht,Wt,3] in [0,1], the colour space of the input video (sRGB-encoded)
  torch::Tensor normal_map;    // [Hn,Wn,3] tangent-space normal map in [0,1] (glTF convention)
  AvatarLighting lighting;

  // ---- Capture ----
  CapturedMotion motion;  // may be empty (0 frames)

  // Free-form provenance shown in the studio and reports (tool version, date, settings name).
  std::string notes;
};

}  // namespace palma
