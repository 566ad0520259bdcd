// The value types shared by the capture and preparation steps (sources, keypoints, crops, masks and
// the project folder). Images are CPU tensors so that the engine, the CLI and the studio share them
// without OpenCV or Qt in the interface:
//   colour frame  uint8 [H,W,3] RGB, contiguous
//   mask          uint8 [H,W]   0 = background .. 255 = hand/forearm
// Pixel coordinates follow OpenCV: x right, y down, pixel centres at integers.
#pragma once

#include <torch/types.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/hand_model.h"

namespace palma {

// The 21 hand keypoints in MediaPipe/OpenPose order: wrist, then per finger (thumb, index, middle,
// ring, little) the four points from the base to the tip.
inline constexpr int kHandKeypoints = 21;

// One decoded frame of a source, after rotation and downscaling.
struct Frame {
  int index = 0;             // frame number in the source (0-based, counts every decoded frame)
  double timestamp_s = 0.0;  // presentation time in seconds (video), index / fps otherwise
  torch::Tensor rgb;         // uint8 [H,W,3]
};

// Where a keypoint came from; the editor and the project keep user edits apart from computed ones.
enum class KeypointOrigin : uint8_t { None, Imported, Tracked, User, Interpolated, Propagated };

struct Keypoint2D {
  float x = 0.0f;
  float y = 0.0f;
  float confidence = 0.0f;  // in [0,1]; 0 = absent
  KeypointOrigin origin = KeypointOrigin::None;

  bool present() const { return confidence > 0.0f; }
};

using FrameKeypoints = std::array<Keypoint2D, kHandKeypoints>;

// 2D keypoints of every selected frame (row i belongs to the i-th selected frame).
struct KeypointTrack {
  std::vector<FrameKeypoints> frames;
  Handedness handedness = Handedness::Right;
  bool handedness_known = false;  // false: a guess the user should confirm

  int numFrames() const { return static_cast<int>(frames.size()); }
  // [F,21,3] float32 x, y, confidence (the PreparedCapture layout).
  torch::Tensor toTensor() const;
  // From [F,21,2] or [F,21,3]; origin is set to `origin` for present points.
  static KeypointTrack fromTensor(const torch::Tensor& keypoints, KeypointOrigin origin);
};

// A square crop in frame pixels: the crop covers [x0, x0 + side) x [y0, y0 + side) in continuous
// coordinates where pixel i spans [i - 0.5, i + 0.5). It may extend past the frame (filled black).
struct CropBox {
  double x0 = 0.0;
  double y0 = 0.0;
  double side = 0.0;
};

}  // namespace palma
