// PreparedCapture: the frames the fitter sees, with their masks, 2D keypoints and cameras. Produced by
// the capture/prepare steps (or by loading the synthetic capture's files) and consumed by the
// initialisation and the reconstructor. A plain value type of CPU float32 tensors.
#pragma once

#include <torch/types.h>

#include <vector>

#include "core/model/hand_model.h"

namespace palma {

struct PreparedCapture {
  Handedness handedness = Handedness::Right;
  int width = 0;  // frame size (all frames share it after cropping)
  int height = 0;
  std::vector<int> frame_indices;  // source frame number of each row
  torch::Tensor images;            // [F,H,W,3] in [0,1]
  torch::Tensor masks;             // [F,H,W,1] in [0,1] (hand + forearm)
  torch::Tensor keypoints;         // [F,21,3] x, y in pixels (OpenCV, centres at integers), confidence in
                                   // [0,1]; confidence 0 = missing. MediaPipe/OpenPose order.
  torch::Tensor intrinsics;        // [F,4] fx, fy, cx, cy per frame

  int64_t numFrames() const { return images.defined() ? images.size(0) : 0; }

  // Throws palma::InputError naming the first inconsistency: sizes, non-finite values, empty capture.
  void validate() const;
};

}  // namespace palma
