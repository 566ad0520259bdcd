// Square crops around the hand and the exact transforms that go with them.
//
// Pixel convention (OpenCV): pixel centres at integers, pixel i of a frame spans [i - 0.5, i + 0.5).
// A CropBox {x0, y0, side} covers [x0, x0 + side) x [y0, y0 + side) of the frame in these continuous
// coordinates. Resampled to `out_size` pixels per side, one output pixel spans s = side / out_size frame
// pixels, and output pixel j spans [x0 + j s, x0 + (j + 1) s); its centre is x0 + (j + 0.5) s. Hence a
// frame position u maps to the crop position
//     u' = (u - x0) / s - 0.5
// and intrinsics map exactly: fx' = fx / s, fy' = fy / s, cx' = (cx - x0) / s - 0.5,
// cy' = (cy - y0) / s - 0.5.
#pragma once

#include <torch/types.h>

#include <array>
#include <vector>

#include "core/capture/capture_types.h"

namespace palma {

struct CropOptions {
  double margin = 0.25;      // extra fraction of the hand's extent on each side
  double min_side_px = 64;   // smallest crop side in frame pixels
  int smoothing_radius = 3;  // temporal smoothing of centre and side, frames (0: none)
};

// One crop per frame of `track`, square around the present keypoints (a frame counts when it has at
// least 3 present points), with `margin` of the hand's extent added on each side. Frames without
// keypoints take centre and side interpolated linearly between the nearest frames that have them (held
// at the ends). Centre and side are then smoothed over +-smoothing_radius frames; the side is smoothed
// as the mean of a running maximum, so it never ends up smaller than the frame's own side. Crops may
// extend past the frame. Throws palma::InputError for a bad frame size, non-finite keypoints or a track
// where no frame has keypoints.
std::vector<CropBox> cropsFromKeypoints(const KeypointTrack& track, int width, int height,
                                        const CropOptions& options = {});

// The same from masks (uint8 [H,W], hand where >= 128, all the same size): the square around each
// mask's bounding box; empty masks are interpolated like frames without keypoints. Throws
// palma::InputError for masks of another type or size, or when every mask is empty.
std::vector<CropBox> cropsFromMasks(const std::vector<torch::Tensor>& masks, const CropOptions& options = {});

// The crop of an uint8 [H,W,3] frame resampled to out_size x out_size, uint8 [out,out,3]. Downscaling
// (s > 1) averages each output pixel's footprint exactly (box integral over the frame's pixel squares);
// upscaling interpolates bilinearly between pixel centres. Parts outside the frame are black.
torch::Tensor cropImage(const torch::Tensor& rgb, const CropBox& box, int out_size);

// The crop of an uint8 [H,W] mask with the same resampling, uint8 [out,out] (soft values at the edges,
// 0 outside the frame).
torch::Tensor cropMask(const torch::Tensor& mask, const CropBox& box, int out_size);

// fx, fy, cx, cy of the crop (see the convention above); exact.
std::array<double, 4> cropIntrinsics(const std::array<double, 4>& fx_fy_cx_cy, const CropBox& box,
                                     int out_size);

// Keypoints in crop pixels; confidence and origin kept, absent points stay absent (x = y = 0).
FrameKeypoints cropKeypoints(const FrameKeypoints& keypoints, const CropBox& box, int out_size);

// The phone-like default camera when the file has no focal length (METHOD §3): square pixels, a
// vertical field of view of `vertical_fov_deg` over the frame height, principal point at the frame
// centre ((width - 1) / 2, (height - 1) / 2) — the same as render::Camera::fromFieldOfView.
std::array<double, 4> defaultIntrinsics(int width, int height, double vertical_fov_deg = 60.0);

}  // namespace palma
