// The OpenCV pinhole camera (core/render/camera.h: x right, y down, looking down +z, pixel centres at
// integer coordinates) that reproduces a vtkCamera's perspective view in a window of width x height
// pixels, so that the engine's Renderer can draw what a VTK viewport shows. No Qt, no LibTorch here.
#pragma once

#include <Eigen/Core>

class vtkCamera;

namespace palma {

struct PinholeView {
  double fx = 0, fy = 0, cx = 0, cy = 0;                   // intrinsics in pixels
  int width = 0, height = 0;                               // image size in pixels
  Eigen::Matrix3d rotation = Eigen::Matrix3d::Identity();  // world -> camera
  Eigen::Vector3d translation = Eigen::Vector3d::Zero();   // world -> camera
  double near = 0.01, far = 10.0;                          // VTK's clipping range (metres)

  // Camera centre in world coordinates.
  Eigen::Vector3d position() const { return -rotation.transpose() * translation; }
  // A point given in this camera's coordinates, in world coordinates.
  Eigen::Vector3d cameraToWorld(const Eigen::Vector3d& p) const {
    return rotation.transpose() * (p - translation);
  }
  // The same view at another resolution (pixel edges map onto pixel edges, as Camera::resized).
  PinholeView resized(int out_width, int out_height) const;
};

// VTK's view angle (vertical, or horizontal when UseHorizontalViewAngle is set) fixes the focal length
// (square pixels); the window centre shifts the principal point: cx = (1 - wx) W / 2 - 1/2,
// cy = (1 + wy) H / 2 - 1/2 (VTK's y axis points up). Throws palma::InputError for a parallel
// projection, an off-axis projection or a size below one pixel.
PinholeView pinholeFromVtkCamera(vtkCamera* camera, int width, int height);

}  // namespace palma
