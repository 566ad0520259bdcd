// Pinhole cameras in the OpenCV convention (x right, y down, looking down +z; pixel centres at integer
// coordinates) and their mapping to the clip space of the rasteriser.
#pragma once

#include <torch/types.h>

namespace palma::render {

// One pinhole camera: intrinsics in pixels for an image of width x height.
struct Camera {
  double fx = 0, fy = 0;  // focal lengths in pixels
  double cx = 0, cy = 0;  // principal point in pixels (pixel centres at integers, OpenCV)
  int width = 0;          // image columns
  int height = 0;         // image rows

  // A camera with a vertical field of view of `fov_y_degrees` and the principal point at the centre.
  static Camera fromFieldOfView(double fov_y_degrees, int width, int height);

  // The camera of the sub-image [x0, x0 + w) x [y0, y0 + h) (pixels; may extend beyond the image).
  Camera cropped(double x0, double y0, double w, double h, int out_width, int out_height) const;
  // The same view resampled to out_width x out_height (exact for pixel-centre sampling).
  Camera resized(int out_width, int out_height) const;

  // Throws palma::InputError unless the focal lengths are positive and the size is 1..16384.
  void validate() const;
};

// A batch of B frames that share the image size: per-frame intrinsics (crops differ) and world-to-camera
// poses. Every tensor may require grad.
struct CameraBatch {
  torch::Tensor intrinsics;   // [B,4] fx, fy, cx, cy
  torch::Tensor rotation;     // [B,3,3] world -> camera (undefined = identity)
  torch::Tensor translation;  // [B,3] world -> camera (undefined = zero)
  int width = 0;              // image columns
  int height = 0;             // image rows
  double near = 0.01;         // near clipping distance in metres
  double far = 10.0;          // far clipping distance in metres

  int64_t batch() const { return intrinsics.size(0); }

  // B copies of `camera` with identity poses.
  static CameraBatch repeat(const Camera& camera, int64_t batch, torch::ScalarType dtype = torch::kFloat32);
};

// points: [B,N,3] world -> [B,N,3] camera coordinates.
torch::Tensor worldToCamera(const CameraBatch& cameras, const torch::Tensor& points);

// points: [B,N,3] camera coordinates -> [B,N,4] clip space for `rasterize` (w = depth z, NDC z maps
// near..far to -1..1).
torch::Tensor cameraToClip(const CameraBatch& cameras, const torch::Tensor& points);

// points: [B,N,3] camera coordinates -> [B,N,2] pixel coordinates (OpenCV).
torch::Tensor projectToPixels(const CameraBatch& cameras, const torch::Tensor& points);

}  // namespace palma::render
