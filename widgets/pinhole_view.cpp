#include "widgets/pinhole_view.h"

#include <vtkCamera.h>

#include <Eigen/Geometry>
#include <cmath>
#include <string>

#include "core/common/error.h"

namespace palma {

PinholeView PinholeView::resized(int out_width, int out_height) const {
  if (out_width <= 0 || out_height <= 0 || width <= 0 || height <= 0)
    throw InputError("pinhole view: cannot resize a " + std::to_string(width) + " x " +
                     std::to_string(height) + " view to " + std::to_string(out_width) + " x " +
                     std::to_string(out_height));
  PinholeView v = *this;
  const double sx = static_cast<double>(out_width) / width, sy = static_cast<double>(out_height) / height;
  v.fx = fx * sx;
  v.fy = fy * sy;
  v.cx = (cx + 0.5) * sx - 0.5;
  v.cy = (cy + 0.5) * sy - 0.5;
  v.width = out_width;
  v.height = out_height;
  return v;
}

PinholeView pinholeFromVtkCamera(vtkCamera* camera, int width, int height) {
  if (width <= 0 || height <= 0)
    throw InputError("pinhole view: the window has no pixels (" + std::to_string(width) + " x " +
                     std::to_string(height) + ")");
  if (camera->GetParallelProjection())
    throw InputError("pinhole view: a parallel projection has no pinhole equivalent");
  if (camera->GetUseOffAxisProjection())
    throw InputError("pinhole view: off-axis projections are not supported");
  double position[3], focal[3], up[3];
  camera->GetPosition(position);
  camera->GetFocalPoint(focal);
  camera->GetViewUp(up);
  const Eigen::Vector3d p(position[0], position[1], position[2]);
  const Eigen::Vector3d forward = (Eigen::Vector3d(focal[0], focal[1], focal[2]) - p).normalized();
  // VTK's right = direction x up (as vtkCamera::ComputeViewTransform); OpenCV's y is VTK's -up.
  const Eigen::Vector3d right = forward.cross(Eigen::Vector3d(up[0], up[1], up[2])).normalized();
  const Eigen::Vector3d down = forward.cross(right);

  PinholeView v;
  v.rotation.row(0) = right;
  v.rotation.row(1) = down;
  v.rotation.row(2) = forward;
  v.translation = -v.rotation * p;
  v.width = width;
  v.height = height;
  const double tan_half = std::tan(camera->GetViewAngle() * M_PI / 360.0);
  v.fy = (camera->GetUseHorizontalViewAngle() ? 0.5 * width : 0.5 * height) / tan_half;
  v.fx = v.fy;
  // VTK's frustum spans (wc - 1 .. wc + 1) half-extents, so the optical axis lands at NDC -wc.
  const double* centre = camera->GetWindowCenter();
  v.cx = (1.0 - centre[0]) * 0.5 * width - 0.5;
  v.cy = (1.0 + centre[1]) * 0.5 * height - 0.5;
  const double* range = camera->GetClippingRange();
  v.near = range[0];
  v.far = range[1];
  return v;
}

}  // namespace palma
