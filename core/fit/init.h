// Pose initialisation (METHOD.md §4): per-frame global rotation, translation and finger pose plus one
// shared shape, fitted to the 2D keypoints of a PreparedCapture, optionally refined on its silhouettes,
// then cleaned up over time (HARP: spikes replaced by the neighbour mean, three-frame smoothing).
//
// How the keypoint fit works:
//  1. Every frame gets a rigid start: the relaxed hand's keypoints (palm points weighted fully, finger
//     points less, since their pose is still unknown) are fitted by rotation and wrist position from 48
//     starting rotations (the 24 axis-aligned orientations, each also turned 45 degrees about the
//     viewing axis, so palm-toward and back-toward the camera and every roll are tried); depth starts
//     from the hand's known size. The best start per frame is kept.
//  2. All frames are then optimised together with Adam: robust (Geman-McClure) reprojection weighted by
//     keypoint confidence, a joint-limit penalty in each joint's anatomical frame, a prior toward the
//     relaxed hand, a prior pulling the shape coefficients to 0 (a single camera cannot tell a big hand
//     far away from a small hand near by; the prior settles the depth at the average hand's size) and
//     temporal smoothness between neighbouring frames. After each step the finger angles are projected
//     back into their limits.
//  3. Frames with too few confident keypoints are left out of the fit and filled by interpolating their
//     neighbours; spikes are replaced and the poses smoothed.
#pragma once

#include <torch/types.h>

#include <vector>

#include "core/capture/prepared_capture.h"
#include "core/common/progress.h"
#include "core/model/hand_model.h"
#include "core/model/skinning.h"

namespace palma::fit {

struct InitSettings {
  // ---- Keypoint fit (Adam over all frames at once) ----
  int iterations = 300;         // joint optimisation steps after the rigid start
  double learning_rate = 0.02;  // Adam step for angles (radians); the step decays to 5 % (cosine)
  int rigid_iterations = 80;    // steps of the rigid start per starting rotation

  // Keypoints with confidence below this count as missing (confidence 0 = missing in PreparedCapture).
  double min_confidence = 0.2;
  // Frames with fewer confident keypoints are not fitted but interpolated from their neighbours.
  int min_keypoints = 6;

  // ---- Loss weights (the reprojection term is in pixels^2, the others are scaled to compare with it) ----
  double robust_scale_px = 15.0;     // Geman-McClure scale: residuals well beyond it stop pulling
  double joint_limit_weight = 1e4;   // per radian^2 beyond a joint limit (anatomical frame)
  double pose_prior_weight = 0.01;   // per radian^2 away from the relaxed hand, per joint angle
  double shape_prior_weight = 0.02;  // per unit^2 of shape coefficient (1 = one standard deviation)
  double temporal_weight = 0.1;      // per radian^2 (and per (5 cm)^2 of wrist motion) between frames
  // Finger keypoints' weight in the rigid start relative to the palm points (wrist, thumb base, MCPs).
  double rigid_finger_weight = 0.3;

  // ---- Temporal clean-up (HARP) ----
  // A frame whose pose differs from both neighbours by more than this (see removeSpikes, radians) is
  // replaced, translation included, by the mean of its neighbours.
  double spike_threshold = 0.35;
  int smoothing_window = 3;  // centred moving average over this many frames; 1 disables smoothing

  // ---- Silhouette refinement (runs when > 0 and the capture has masks) ----
  int silhouette_iterations = 30;
  int silhouette_resolution = 128;  // the longer image side is rendered at most this large
  double silhouette_learning_rate = 0.004;
  double silhouette_weight = 7.0e3;     // per unit of mean |mask - rendered mask| (HARP weighs it 7.0)
  double keypoint_anchor_weight = 1.0;  // the reprojection term kept during the refinement

  // Throws palma::InputError naming the first out-of-range field.
  void validate() const;
};

struct InitResult {
  torch::Tensor pose;         // [F,16,3] axis-angle per joint, joint 0 = global rotation (SkinningParams)
  torch::Tensor translation;  // [F,3] metres, as SkinningParams::translation
  torch::Tensor shape;        // [K] shared shape coefficients
  std::vector<double> frame_error_px;  // mean reprojection error over each frame's confident keypoints
                                       // (NaN for a frame without any)
  std::vector<int> spikes_replaced;    // frames replaced by the spike filter
  std::vector<int> skipped_frames;     // frames with too few keypoints, filled from their neighbours
};

// Fits pose, translation and shape to the keypoints of `capture` (and refines on its masks when
// settings.silhouette_iterations > 0 and masks are present). `rig` is makeRig(model) (any dtype);
// `model` gives the joint frames and limits. Throws palma::InputError for unusable input (no frames,
// malformed or non-finite keypoints or intrinsics, no frame with enough keypoints, handedness mismatch)
// and palma::Cancelled when `cancel` fires.
InitResult initialiseFromKeypoints(const Rig& rig, const HandModel& model, const PreparedCapture& capture,
                                   const InitSettings& settings = {}, const ProgressCallback& progress = {},
                                   const CancelToken* cancel = nullptr);

// A short refinement of `start` against the capture's masks through the differentiable renderer, at
// reduced resolution (settings.silhouette_*), with the keypoint term as an anchor. Returns the refined
// parameters (frame errors recomputed; spikes/skipped copied from `start`). Throws palma::InputError when
// the capture has no masks or `start` does not match it.
InitResult refineOnSilhouettes(const Rig& rig, const HandModel& model, const PreparedCapture& capture,
                               const InitResult& start, const InitSettings& settings = {},
                               const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// pose: [F,16,3]. Replaces every interior frame whose difference to both neighbours exceeds `threshold`,
// while the two neighbours differ less from each other than from it, by the mean of its two neighbours. The
// difference is the root mean square over the 16 joints of the axis-angle difference (for joint 0, the global
// rotation, the angle of the relative rotation), in radians. Decisions and means use the input poses.
// Replaced frames are appended to `replaced` if given.
torch::Tensor removeSpikes(const torch::Tensor& pose, double threshold, std::vector<int>* replaced = nullptr);

// pose: [F,16,3]. Centred moving average over `window` (odd, >= 1) frames: finger joints averaged, the
// global rotation as the rotation nearest to the mean rotation matrix. Near the ends the window shrinks
// symmetrically, so a sequence that changes linearly is left unchanged.
torch::Tensor smoothPoses(const torch::Tensor& pose, int window = 3);

// values: [F,...] (e.g. translations). The same centred moving average, elementwise.
torch::Tensor smoothSequence(const torch::Tensor& values, int window = 3);

// Mean reprojection error in pixels per frame over the keypoints with confidence >= min_confidence
// (NaN where a frame has none). keypoints: [F,21,3], intrinsics: [F,4].
std::vector<double> reprojectionErrors(const Rig& rig, const InitResult& result,
                                       const torch::Tensor& keypoints, const torch::Tensor& intrinsics,
                                       double min_confidence);

}  // namespace palma::fit
