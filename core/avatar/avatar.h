// The Avatar: what a reconstruction produces and everything downstream (export, studio, render,
// evaluation) consumes. A plain value type of CPU float32 tensors; the on-disk format lives in
// core/avatar/avatar_io.h.
//
// An avatar is a hand template (named by its model spec and subdivided `subdivision_levels` times)
// plus the person's shape coefficients, a per-vertex displacement along the rest normal, an albedo
// map and a tangent-space normal map over the template's UV atlas, the estimated capture lighting and
// the fitted per-frame poses of its capture.
//
// Declared here (core/avatar/avatar.cpp): checks, the template and the default avatar. Re-posing and
// rendering an avatar: core/avatar/avatar_ops.h. Saving and loading: core/avatar/avatar_io.h.
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
  float ambient = 0.6f;  // ambient ratio a in (0, 1); exactly 0 only with use_sh (SH alone, no ratio)
  bool use_sh = false;   // SH irradiance replaces the ambient term
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

// The initial albedo of a fit (HARP): skin colour (232, 190, 172) / 255, sRGB-encoded.
inline constexpr float kDefaultSkinColour[3] = {232.0f / 255.0f, 190.0f / 255.0f, 172.0f / 255.0f};
// Subdivision levels an avatar may ask for (Loop x3 already turns MANO's 778 vertices into 49,281).
inline constexpr int kMaxSubdivisionLevels = 4;

// Checks everything that needs no template: tensors defined, CPU float32, of the documented ranks,
// non-empty maps, finite values, lighting in range (ambient in (0, 1), or 0 with use_sh; light colour
// >= 0), motion tensors consistent with each other and with frame_indices, subdivision levels in
// 0..kMaxSubdivisionLevels, a model spec. Throws palma::InputError naming the field ("avatar.albedo").
void validateAvatarFields(const Avatar& avatar);

// validateAvatarFields plus the template the avatar is made for (avatarTemplate()): displacement has
// one value per template vertex and there are at most as many shape coefficients as the template has.
void validateAvatar(const Avatar& avatar, const HandModel& subdivided_template);

// The template of `avatar`: `loaded_model` (from loadHandModel(avatar.model_spec)) subdivided as the
// avatar says. Throws palma::InputError for levels outside 0..kMaxSubdivisionLevels.
HandModel avatarTemplate(const HandModel& loaded_model, const Avatar& avatar);

// The starting point of a fit on `subdivided_template` (which must already be subdivided `levels`
// times with `scheme`): shape 0 (all K coefficients), displacement 0, albedo kDefaultSkinColour, a flat
// normal map (0.5, 0.5, 1), both maps texture_size x texture_size, HARP lighting (the AvatarLighting
// defaults), no motion. Throws palma::InputError for a texture size outside 1..16384 or bad levels.
Avatar makeDefaultAvatar(const HandModel& subdivided_template, const std::string& model_spec, int levels,
                         SubdivisionScheme scheme, int texture_size = 512);

// True when every field of `a` and `b` is identical: strings, numbers, lighting and tensors (same
// dtype, sizes and values; undefined and 0-element tensors count as equal). This is the equality that
// load(save(a)) == a promises.
bool identical(const Avatar& a, const Avatar& b);

// "midpoint" / "loop", the names of the schemes in files and on the command line.
const char* subdivisionSchemeName(SubdivisionScheme scheme);
// The inverse of subdivisionSchemeName; throws palma::InputError listing the accepted names.
SubdivisionScheme parseSubdivisionScheme(const std::string& name);

}  // namespace palma
