// The ground truth the evaluation reads from a synthetic capture folder (loadEvaluationData,
// core/eval/synthetic_capture_io.h) and evaluateAvatar (core/eval/evaluate.h) measures against.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <string>

namespace palma::eval {

// Frames with their ground truth. World = the capture camera's frame.
struct EvaluationFrames {
  int width = 0;
  int height = 0;
  torch::Tensor images;              // [F,H,W,3] in [0,1] without sensor noise or compression
  torch::Tensor masks;               // [F,H,W,1] in {0,1}
  torch::Tensor intrinsics;          // [F,4] fx, fy, cx, cy
  torch::Tensor camera_rotation;     // [F,3,3] world -> camera
  torch::Tensor camera_translation;  // [F,3] world -> camera
  torch::Tensor pose;                // [F,16,3] ground-truth axis-angle pose (skinning convention)
  torch::Tensor translation;         // [F,3] ground-truth translation, metres
  torch::Tensor keypoints;           // [F,21,2] exact projected keypoints, pixels
  torch::Tensor keypoints_3d;        // [F,21,3] ground-truth keypoints, world metres

  int64_t numFrames() const { return pose.defined() ? pose.size(0) : 0; }
};

// The ground truth of a synthetic capture folder (loadEvaluationData, core/eval/synthetic_capture_io.h).
struct EvaluationData {
  std::string ground_truth_avatar;  // the ground-truth avatar folder
  EvaluationFrames capture;         // the capture's frames; images undefined when the folder has no clean/
  EvaluationFrames novel_poses;     // empty when the capture has none
  EvaluationFrames novel_views;     // empty when the capture has none
};

}  // namespace palma::eval
