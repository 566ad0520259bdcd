// Hand + forearm masks without a neural network, and the import of mask sequences.
//
// The built-in segmenter (METHOD §3) works per frame, in order:
//  1. seeds from the 2D keypoints: the bones drawn as thick lines and the palm polygon are hand; pixels
//     far outside the keypoints' hull are background, except a corridor that leaves the wrist away from
//     the fingers (the forearm); the user's scribbles override both;
//  2. a colour model: chroma histograms (YCrCb) of the hand and background seeds, blended with the
//     previous frame's histograms, label the remaining pixels probable hand / probable background;
//  3. the previous frame's mask, dilated, is a prior (probable hand inside it, probable background
//     well outside it), weighted by `temporal_weight`;
//  4. GrabCut (OpenCV) refines the labels;
//  5. clean-up: the connected components touching the hand seeds, small holes filled, optional
//     erosion; without `include_forearm` everything beyond the wrist line is removed.
// Large frames are processed at a reduced size (`working_size`) and the mask is upsampled smoothly.
//
// A frame where nothing locates the hand (fewer than 3 keypoints, no hand scribbles and no previous
// mask to follow) is an error: an empty mask would silently remove the frame from the fit.
#pragma once

#include <torch/types.h>

#include <string>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/common/progress.h"

namespace palma {

// User scribbles on a frame: uint8 [H,W] with 0 = unknown, 1 = hand, 2 = background. Undefined = none.
struct Scribbles {
  torch::Tensor labels;
};

struct SegmentationOptions {
  int grabcut_iterations = 3;        // GrabCut iterations per frame (0: colour model and seeds only)
  bool include_forearm = true;       // keep the forearm; false cuts the mask at the wrist
  double temporal_weight = 0.5;      // 0..1: weight of the previous frame's mask and colour model
  int erode_px = 0;                  // erosion of the final mask in frame pixels
  int working_size = 384;            // frames larger than this (longer side) are segmented downscaled
  double background_distance = 0.2;  // background seeds start this far outside the keypoints' hull,
                                     // as a fraction of the hand's size
};

class HandSegmenter {
 public:
  explicit HandSegmenter(SegmentationOptions options = {});

  // The mask of one frame, uint8 [H,W] with 0 or 255. `rgb` is uint8 [H,W,3]; absent keypoints are
  // ignored; scribbles, when given, must have the frame's size. Throws palma::InputError for a bad
  // frame or scribbles, or when nothing locates the hand (see above).
  torch::Tensor segment(const torch::Tensor& rgb, const FrameKeypoints& keypoints,
                        const Scribbles& scribbles = {});

  // Forgets the previous frame (start of another sequence).
  void reset();

 private:
  SegmentationOptions options_;
  torch::Tensor previous_mask_;   // working-size mask of the previous frame (uint8 0/1), or undefined
  torch::Tensor hand_histogram_;  // float [32,32] chroma histograms (normalised), or undefined
  torch::Tensor background_histogram_;
};

// Segments `frames` (uint8 [H,W,3], all the same size) in order with one HandSegmenter. `track` has
// one row per frame; `scribbles` is empty or has one entry per frame (undefined labels = none).
// Reports progress per frame and checks `cancel` between frames.
std::vector<torch::Tensor> segmentFrames(const std::vector<torch::Tensor>& frames, const KeypointTrack& track,
                                         const SegmentationOptions& options = {},
                                         const std::vector<Scribbles>& scribbles = {},
                                         const ProgressCallback& progress = {},
                                         const CancelToken* cancel = nullptr);

// Masks from a folder of PNG files (or the first file of such a sequence: every PNG in its folder),
// sorted naturally (frame2 before frame10). Grey images are the mask; RGBA images use their alpha
// channel; RGB images their mean. Values >= 50 % are hand (255), the rest 0. Returns uint8 [H,W] per
// file. Throws palma::InputError for a missing or empty folder, an unreadable file, a count other than
// `expected_frames` or a size other than width x height.
std::vector<torch::Tensor> loadMaskSequence(const std::string& folder_or_first_file, int expected_frames,
                                            int width, int height);

}  // namespace palma
