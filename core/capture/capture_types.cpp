#include "core/capture/capture_types.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

#include "core/common/error.h"

namespace palma {

torch::Tensor KeypointTrack::toTensor() const {
  torch::Tensor out = torch::zeros({numFrames(), kHandKeypoints, 3}, torch::kFloat32);
  auto a = out.accessor<float, 3>();
  for (int f = 0; f < numFrames(); ++f) {
    for (int j = 0; j < kHandKeypoints; ++j) {
      const Keypoint2D& k = frames[f][j];
      if (!k.present()) continue;
      a[f][j][0] = k.x;
      a[f][j][1] = k.y;
      a[f][j][2] = k.confidence;
    }
  }
  return out;
}

KeypointTrack KeypointTrack::fromTensor(const torch::Tensor& keypoints, KeypointOrigin origin) {
  if (keypoints.dim() != 3 || keypoints.size(1) != kHandKeypoints ||
      (keypoints.size(2) != 2 && keypoints.size(2) != 3)) {
    throw InputError("keypoints must be [frames,21,2] or [frames,21,3]");
  }
  const torch::Tensor k = keypoints.to(torch::kFloat32).contiguous();
  auto a = k.accessor<float, 3>();
  KeypointTrack track;
  track.frames.resize(static_cast<size_t>(k.size(0)));
  for (int64_t f = 0; f < k.size(0); ++f) {
    for (int j = 0; j < kHandKeypoints; ++j) {
      Keypoint2D& p = track.frames[f][j];
      p.x = a[f][j][0];
      p.y = a[f][j][1];
      p.confidence = k.size(2) == 3 ? a[f][j][2] : 1.0f;
      if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.confidence)) {
        throw InputError("keypoint " + std::to_string(j) + " of frame " + std::to_string(f) +
                         " is not a finite number");
      }
      p.confidence = std::clamp(p.confidence, 0.0f, 1.0f);
      p.origin = p.present() ? origin : KeypointOrigin::None;
    }
  }
  return track;
}

}  // namespace palma
