// Tracking 2D hand keypoints through a video with pyramidal Lucas-Kanade optical flow and a
// forward-backward check (METHOD.md §3), and guessing which hand the keypoints belong to.
//
// Keyframes are the frames the user or an importer provided: points with origin User or Imported.
// trackKeypoints fills every other frame by tracking forward and backward from the keyframes and
// blending the two directions; keyframe points are never changed. A point the user deleted (origin
// User, confidence 0) stays absent and stops the tracking of that joint at its frame.
#pragma once

#include <torch/types.h>

#include <functional>
#include <utility>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/common/progress.h"

namespace palma {

struct TrackingOptions {
  int window = 21;               // LK search window side in pixels (odd)
  int pyramid_levels = 3;        // pyramid levels above the full-resolution image
  double fb_threshold_px = 1.5;  // forward-backward error above which a point is dropped
  int max_iterations = 30;       // LK iterations per level
  double epsilon = 0.01;         // LK convergence threshold in pixels
  // Confidence after one step = before * step_decay * quality, with the step's quality
  //   1 / (1 + (fb / fb_threshold)^2) / (1 + lk_error / lk_error_scale),
  // where lk_error is the mean absolute grey-level difference of the window (0..255). The product over
  // the steps from the keyframe reads as the chance that every step was right: a point tracked
  // through many doubtful steps fades out (below min_confidence it is dropped) instead of drifting
  // on, e.g. onto the background, which the forward-backward check alone does not notice.
  double step_decay = 0.98;
  double lk_error_scale = 20.0;
  double min_confidence = 0.05;
  // Where the forward and backward tracks of a frame disagree by more than this, the blended
  // confidence shrinks in proportion (a drift one of them did not notice).
  double disagreement_px = 3.0;

  // Throws palma::InputError naming the first out-of-range field.
  void validate() const;
};

// Tracks one step: the points of `from` (uint8 [H,W,3] RGB) into `to` (the same size). Tracked points
// get origin Tracked and a confidence that drops with the forward-backward and LK errors; points that
// fail the checks or leave the frame become absent, absent points stay absent.
FrameKeypoints trackStep(const torch::Tensor& from, const torch::Tensor& to, const FrameKeypoints& points,
                         const TrackingOptions& options = {});

// Returns frame i as uint8 [H,W,3] RGB; called in increasing, then decreasing order, each frame a few
// times, so it may decode on demand.
using FrameGetter = std::function<torch::Tensor(int)>;

// Fills every frame of `seeds` from its keyframes (see above). Frames between two keyframes blend the
// forward track of the earlier and the backward track of the later keyframe, each weighted by its
// confidence over its distance in frames from its keyframe; frames before the first or after the
// last keyframe get the one direction that reaches them. Tracked points have origin Tracked; points
// of other computed origins in `seeds` are replaced. Throws palma::InputError when the frame count
// differs from the seeds' or there is no keyframe, palma::Cancelled when cancelled.
KeypointTrack trackKeypoints(const std::vector<torch::Tensor>& frames, const KeypointTrack& seeds,
                             const TrackingOptions& options = {}, const ProgressCallback& progress = {},
                             const CancelToken* cancel = nullptr);
KeypointTrack trackKeypoints(int num_frames, const FrameGetter& frame, const KeypointTrack& seeds,
                             const TrackingOptions& options = {}, const ProgressCallback& progress = {},
                             const CancelToken* cancel = nullptr);

// Which hand the 2D keypoints show, and a confidence in [0, 1].
//
// The cue: seen along the wrist -> middle-finger axis, the thumb and index side lies on one side and
// the little finger on the other. Which side depends on the hand AND on whether the palm or the back
// faces the camera: a right palm looks like a left back. 2D keypoints cannot tell palm from back, so
// this function assumes the capture starts with the palm toward the camera (as the capture protocol
// asks): it decides from the frames before the first turn (the first run of frames where the cue
// has a clear, consistent sign). The confidence measures how clear and consistent that cue is and is
// at most 0.75 because of the assumption; the user should confirm the hand. With no usable frame
// (too few points) it returns (Right, 0).
std::pair<Handedness, double> guessHandedness(const KeypointTrack& track);

}  // namespace palma
