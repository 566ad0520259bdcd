#include "core/capture/prepared_capture.h"

#include <torch/torch.h>

#include "core/common/error.h"

namespace palma {

void PreparedCapture::validate() const {
  auto fail = [](const std::string& what) { throw InputError("capture: " + what); };
  if (!images.defined() || images.numel() == 0) fail("no frames");
  const int64_t f = images.size(0);
  if (images.dim() != 4 || images.size(3) != 3) fail("images must be [frames, height, width, 3]");
  if (width <= 0 || height <= 0 || images.size(1) != height || images.size(2) != width)
    fail("images are " + std::to_string(images.size(2)) + "x" + std::to_string(images.size(1)) +
         " but the capture says " + std::to_string(width) + "x" + std::to_string(height));
  if (!masks.defined() || !masks.sizes().equals({f, height, width, 1}))
    fail("masks must be one [height, width] mask per frame, the size of the frames");
  if (!keypoints.defined() || !keypoints.sizes().equals({f, kNumKeypoints, 3}))
    fail("keypoints must be 21 (x, y, confidence) per frame");
  if (!intrinsics.defined() || !intrinsics.sizes().equals({f, 4}))
    fail("intrinsics must be fx, fy, cx, cy per frame");
  if (static_cast<int64_t>(frame_indices.size()) != f) fail("frame_indices must list every frame");
  if (!torch::isfinite(images).all().item<bool>()) fail("images contain NaN or infinite values");
  if (!torch::isfinite(masks).all().item<bool>()) fail("masks contain NaN or infinite values");
  if (!torch::isfinite(keypoints).all().item<bool>())
    fail("keypoints contain NaN or infinite values (mark missing points with confidence 0)");
  if (!torch::isfinite(intrinsics).all().item<bool>() || !(intrinsics.narrow(1, 0, 2) > 0).all().item<bool>())
    fail("focal lengths must be finite and positive");
}

}  // namespace palma
