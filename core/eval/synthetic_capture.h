// The synthetic capture: the ground truth of the reconstruction benchmark and the input of `palma demo`.
//
// A ground-truth avatar (random shape, displacement with knuckle and palm creases, a procedural albedo
// with skin-tone variation, freckles, a tattoo-like mark and nail colour, a matching tangent-space
// normal map), a light, a phone-like camera and a motion that follows the capture protocol (turn palm
// <-> back, flex and spread the fingers, small global motion), rendered with effects the fitter does
// not model: supersampling, a Blinn-Phong specular lobe and sensor noise (the I/O layer adds video
// compression, core/eval/synthetic_capture_io.h). Everything is deterministic for a seed.
//
// World coordinates are the capture camera's frame (OpenCV: x right, y down, z forward, metres), so the
// capture frames have identity camera poses; novel views move the camera around the hand.
// Images hold the renderer's output directly: the albedo is in the colour space of the video
// (Avatar::albedo), and the frames are written to the video without a transfer function.
#pragma once

#include <torch/types.h>

#include <Eigen/Core>
#include <cstdint>
#include <string>

#include "core/avatar/avatar.h"
#include "core/capture/prepared_capture.h"
#include "core/common/progress.h"
#include "core/model/hand_model.h"
#include "core/render/camera.h"

namespace palma::eval {

enum class SyntheticBackground {
  Plain,      // one colour (SyntheticSettings::background_colour)
  Cluttered,  // blurred random shapes, gradients and text-like stripes, from the seed
};

struct SyntheticSettings {
  uint64_t seed = 1;            // every random choice (shape, textures, motion, noise, background)
  int frames = 60;              // frames of the capture protocol motion
  int width = 448;              // output frame size in pixels (square: the fitter works on square crops)
  int height = 448;             //
  double fov_y_degrees = 60;    // vertical field of view of the phone-like camera
  double hand_distance = 0.45;  // metres from the camera to the palm centre
  Handedness handedness = Handedness::Right;

  int texture_size = 512;      // albedo and normal map size (texels per side)
  int subdivision_levels = 1;  // midpoint subdivision of the built-in template (0 or 1)
  double shape_range = 1.5;    // shape coefficients uniform in [-range, range]

  SyntheticBackground background = SyntheticBackground::Cluttered;
  Eigen::Vector3f background_colour{0.30f, 0.33f, 0.38f};  // Plain background

  int supersampling = 2;            // samples per pixel per axis (2 = 4x), box-filtered
  double specular_strength = 0.08;  // Blinn-Phong lobe k_s (the fitter's shading has none)
  double shininess = 24;            // Blinn-Phong exponent
  double sensor_noise = 0.01;       // sigma of additive Gaussian noise on [0,1] pixel values

  double keypoint_noise_px = 1.0;  // sigma of the 2D keypoint noise in pixels
  double keypoint_dropout = 0.05;  // probability that a keypoint is missing (confidence 0)

  // Lighting (world = capture camera frame).
  Eigen::Vector3f light_position{-0.30f, -0.40f, 0.05f};  // point light, metres
  Eigen::Vector3f light_colour{1.0f, 0.97f, 0.92f};       // linear multiplier of the direct term
  float ambient = 0.45f;                                  // ambient ratio a
  bool shadows = true;                                    // soft shadow map on the direct term
  bool sh_lighting = true;  // SH irradiance (soft sky from above) replaces the constant ambient

  int novel_pose_frames = 12;  // frames of the novel-pose motion (0: none)
  int novel_views = 8;         // novel camera views (0: none)
  int render_batch = 4;        // frames per renderer call (bounds memory at supersampled size)

  // Throws palma::InputError naming the first out-of-range field.
  void validate() const;
};

// The ground truth avatar and the (subdivided) template it refers to.
struct SyntheticAvatar {
  Avatar avatar;    // shape, displacement, albedo, normal map, lighting and the protocol motion
  HandModel model;  // the built-in hand subdivided avatar.subdivision_levels times
  // Texel masks [Ht,Wt] in [0,1] of the albedo features, for tests and reports.
  torch::Tensor uv_coverage;  // texels inside a UV island
  torch::Tensor tattoo;       // ink opacity of the mark on the back of the hand
  torch::Tensor freckles;     // freckle opacity
  torch::Tensor nails;        // nail plates
};

// A hand motion: per frame the skinning pose and the translation.
struct HandMotion {
  torch::Tensor pose;         // [F,16,3] axis-angle per joint (skinning convention, joint 0 global)
  torch::Tensor translation;  // [F,3] metres

  int64_t numFrames() const { return pose.defined() ? pose.size(0) : 0; }
};

// Camera poses world -> camera.
struct CameraPoses {
  torch::Tensor rotation;     // [V,3,3]
  torch::Tensor translation;  // [V,3]
};

// Rendered frames with everything the fitter and the evaluation need.
struct SyntheticFrames {
  int width = 0;
  int height = 0;
  torch::Tensor images;           // [F,H,W,3] in [0,1]: supersampled, specular, noisy
  torch::Tensor clean_images;     // [F,H,W,3] the same without sensor noise
  torch::Tensor coverage;         // [F,H,W,1] box-filtered coverage of the hand in [0,1]
  torch::Tensor masks;            // [F,H,W,1] coverage >= 0.5 (half the samples or more), as 0/1
  torch::Tensor keypoints;        // [F,21,3] x, y (px) with noise, confidence (0 = dropped, x = y = 0)
  torch::Tensor keypoints_exact;  // [F,21,2] projected ground-truth keypoints (px)
  torch::Tensor keypoints_3d;     // [F,21,3] ground-truth keypoints in world metres
  torch::Tensor intrinsics;       // [F,4] fx, fy, cx, cy at the output size
  torch::Tensor rotation;         // [F,3,3] world -> camera
  torch::Tensor translation;      // [F,3] world -> camera

  int64_t numFrames() const { return images.defined() ? images.size(0) : 0; }
};

// Everything makeSyntheticCapture produces.
struct SyntheticCapture {
  SyntheticSettings settings;
  SyntheticAvatar ground_truth;
  torch::Tensor background;  // [H,W,3] the background of the capture frames
  HandMotion motion;         // the capture protocol
  SyntheticFrames frames;
  HandMotion novel_pose_motion;  // evaluation: poses the protocol does not contain, same camera
  SyntheticFrames novel_pose_frames;
  HandMotion novel_view_motion;  // evaluation: one pose seen by cameras around the hand
  SyntheticFrames novel_view_frames;
};

// The phone-like camera of the settings at the output size.
render::Camera syntheticCamera(const SyntheticSettings& settings);

// The ground-truth avatar: the built-in hand of the settings' handedness with a random shape and the
// procedural displacement, albedo and normal map (no motion, lighting from the settings).
SyntheticAvatar makeSyntheticAvatar(const SyntheticSettings& settings);

// The capture protocol: the palm turns from facing the camera to the back facing it and back (rotation
// about the forearm axis through +-100 degrees around the side-on view), the fingers flex toward a fist
// and spread, with a small smooth global drift and tilt. The palm centre stays on the optical axis at
// `distance` metres. Deterministic for `seed`.
HandMotion captureProtocolMotion(const HandModel& model, int frames, uint64_t seed, double distance = 0.45);

// Poses outside the protocol (blends of the point, pinch, ok and thumbs-up presets, with wrist
// flexion and other global orientations) for the novel-pose evaluation.
HandMotion novelPoseMotion(const HandModel& model, int frames, uint64_t seed, double distance = 0.45);

// `count` cameras on a sphere of radius `distance` around the point (0, 0, distance) (the hand's palm
// centre), looking at it: azimuths spread over +-75 degrees, elevations alternating +-25 degrees, the
// image's up direction kept close to the capture camera's.
CameraPoses novelViews(int count, double distance = 0.45);

// The background of the settings: plain or cluttered. [H,W,3] in [0,1].
torch::Tensor makeBackground(const SyntheticSettings& settings);

// Renders `motion` with `avatar` through `cameras` (intrinsics at the output size; extrinsics may be
// undefined = identity), supersampled, with the specular lobe, composited over `background` [H,W,3],
// box-filtered, with sensor noise and noisy/dropped keypoints drawn from `noise_seed`.
SyntheticFrames renderSynthetic(const SyntheticAvatar& avatar, const HandMotion& motion,
                                const render::CameraBatch& cameras, const torch::Tensor& background,
                                const SyntheticSettings& settings, uint64_t noise_seed,
                                const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// The whole synthetic capture: avatar, protocol frames, novel-pose and novel-view frames.
SyntheticCapture makeSyntheticCapture(const SyntheticSettings& settings,
                                      const ProgressCallback& progress = {},
                                      const CancelToken* cancel = nullptr);

// The frames as the fitter's input (images, masks, noisy keypoints, intrinsics), without compression.
PreparedCapture toPreparedCapture(const SyntheticFrames& frames, Handedness handedness);

}  // namespace palma::eval
