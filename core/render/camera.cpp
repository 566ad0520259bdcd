#include "core/render/camera.h"

#include <torch/torch.h>

#include <cmath>
#include <string>

#include "core/common/error.h"
#include "core/render/op_checks.h"

namespace palma::render {

Camera Camera::fromFieldOfView(double fov_y_degrees, int width, int height) {
  if (!(fov_y_degrees > 0 && fov_y_degrees < 180))
    throw InputError("camera: the field of view must be between 0 and 180 degrees, got " +
                     std::to_string(fov_y_degrees));
  Camera c;
  c.width = width;
  c.height = height;
  c.fy = 0.5 * height / std::tan(0.5 * fov_y_degrees * M_PI / 180.0);
  c.fx = c.fy;
  c.cx = 0.5 * width - 0.5;
  c.cy = 0.5 * height - 0.5;
  c.validate();
  return c;
}

Camera Camera::cropped(double x0, double y0, double w, double h, int out_width, int out_height) const {
  if (!(w > 0 && h > 0)) throw InputError("camera: a crop must have a positive size");
  // A pixel centre at u maps to (u + 0.5 - x0) * sx - 0.5 in the output (edges map onto edges).
  const double sx = out_width / w, sy = out_height / h;
  Camera c = *this;
  c.fx = fx * sx;
  c.fy = fy * sy;
  c.cx = (cx + 0.5 - x0) * sx - 0.5;
  c.cy = (cy + 0.5 - y0) * sy - 0.5;
  c.width = out_width;
  c.height = out_height;
  c.validate();
  return c;
}

Camera Camera::resized(int out_width, int out_height) const {
  return cropped(0, 0, width, height, out_width, out_height);
}

void Camera::validate() const {
  if (!(fx > 0 && fy > 0) || !std::isfinite(fx) || !std::isfinite(fy) || !std::isfinite(cx) ||
      !std::isfinite(cy))
    throw InputError("camera: focal lengths must be positive and finite (fx " + std::to_string(fx) + ", fy " +
                     std::to_string(fy) + ")");
  if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
    throw InputError("camera: the image size must be between 1 and 16384 pixels per side, got " +
                     std::to_string(width) + " x " + std::to_string(height));
}

CameraBatch CameraBatch::repeat(const Camera& camera, int64_t batch, torch::ScalarType dtype) {
  camera.validate();
  CameraBatch c;
  const auto options = torch::TensorOptions().dtype(dtype);
  c.intrinsics = torch::tensor({camera.fx, camera.fy, camera.cx, camera.cy}, options).repeat({batch, 1});
  c.rotation = torch::eye(3, options).repeat({batch, 1, 1});
  c.translation = torch::zeros({batch, 3}, options);
  c.width = camera.width;
  c.height = camera.height;
  return c;
}

torch::Tensor worldToCamera(const CameraBatch& cameras, const torch::Tensor& points) {
  // points: [B,N,3]; rotation: [B,3,3]; translation: [B,3]
  checkFloatTensor("camera", "points", points, 3, 3);
  auto out = points;
  if (cameras.rotation.defined()) out = torch::matmul(out, cameras.rotation.transpose(1, 2));
  if (cameras.translation.defined()) out = out + cameras.translation.unsqueeze(1);
  return out;
}

namespace {

// clip = (ax x + bx z, ay y + by z, cz z - dz, z) per image: x_ndc = 2 (u + 0.5) / W - 1 with
// u = fx x / z + cx, so clip x = (2 fx / W) x + (2 (cx + 0.5) / W - 1) z.
struct ClipCoefficients {
  torch::Tensor ax, ay, bx, by;  // [B,1]
  double cz = 0, dz = 0;
};

ClipCoefficients clipCoefficients(const CameraBatch& cameras, const torch::Tensor& intrinsics) {
  const auto k = intrinsics.unsqueeze(1);                                                         // [B,1,4]
  const auto fx = k.select(2, 0), fy = k.select(2, 1), cx = k.select(2, 2), cy = k.select(2, 3);  // [B,1]
  const double w = cameras.width, h = cameras.height, n = cameras.near, f = cameras.far;
  return {(2.0 / w) * fx,    (2.0 / h) * fy,       (2.0 / w) * (cx + 0.5) - 1.0, (2.0 / h) * (cy + 0.5) - 1.0,
          (f + n) / (f - n), 2.0 * f * n / (f - n)};
}

torch::Tensor applyClip(const ClipCoefficients& c, const torch::Tensor& points) {
  const auto x = points.select(2, 0), y = points.select(2, 1), z = points.select(2, 2);  // [B,N]
  return torch::stack({c.ax * x + c.bx * z, c.ay * y + c.by * z, c.cz * z - c.dz, z}, 2);
}

// The same as one autograd node with a hand-written backward: a dozen ops where the op-by-op chain
// records about 25 nodes (on a GPU each op costs a launch), and the same bits forward.
class CameraToClipFunction : public torch::autograd::Function<CameraToClipFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& points,
                               const torch::Tensor& intrinsics, const CameraBatch& cameras) {
    const ClipCoefficients c = clipCoefficients(cameras, intrinsics);
    ctx->save_for_backward({c.ax, c.ay, c.bx, c.by});
    ctx->saved_data["cz"] = c.cz;
    ctx->saved_data["dtype"] = static_cast<int64_t>(points.scalar_type());  // intrinsics may promote
    return applyClip(c, points);
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const double cz = ctx->saved_data["cz"].toDouble();
    const auto& g = grads[0];  // [B,N,4]
    const auto gx = g.select(2, 0), gy = g.select(2, 1);
    const auto gz = gx * s[2] + gy * s[3] + cz * g.select(2, 2) + g.select(2, 3);
    const auto dtype = static_cast<torch::ScalarType>(ctx->saved_data["dtype"].toInt());
    return {torch::stack({gx * s[0], gy * s[1], gz}, 2).to(dtype), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor cameraToClip(const CameraBatch& cameras, const torch::Tensor& points) {
  // points: [B,N,3] -> [B,N,4]
  checkFloatTensor("camera", "points", points, 3, 3);
  if (!cameras.intrinsics.defined() || cameras.intrinsics.dim() != 2 || cameras.intrinsics.size(1) != 4 ||
      cameras.intrinsics.size(0) != points.size(0))
    throw InputError("camera: `intrinsics` must be [B,4] with B = " + std::to_string(points.size(0)) +
                     ", got " + describe(cameras.intrinsics));
  if (!(cameras.near > 0 && cameras.far > cameras.near))
    throw InputError("camera: need 0 < near < far, got near " + std::to_string(cameras.near) + ", far " +
                     std::to_string(cameras.far));
  // Intrinsics that take gradients: the same expressions, differentiated by autograd.
  if (cameras.intrinsics.requires_grad())
    return applyClip(clipCoefficients(cameras, cameras.intrinsics), points);
  return CameraToClipFunction::apply(points, cameras.intrinsics.to(points.device()), cameras);
}

torch::Tensor projectToPixels(const CameraBatch& cameras, const torch::Tensor& points) {
  // points: [B,N,3] -> [B,N,2]
  checkFloatTensor("camera", "points", points, 3, 3);
  const auto k = cameras.intrinsics.unsqueeze(1);
  const auto z = points.select(2, 2);
  const auto u = k.select(2, 0) * points.select(2, 0) / z + k.select(2, 2);
  const auto v = k.select(2, 1) * points.select(2, 1) / z + k.select(2, 3);
  return torch::stack({u, v}, 2);
}

}  // namespace palma::render
