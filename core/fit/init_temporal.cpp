// Temporal clean-up of per-frame poses (HARP): spike replacement, smoothing, and filling frames that
// could not be fitted from their neighbours.
#include <Eigen/Geometry>
#include <Eigen/SVD>
#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "core/common/error.h"
#include "core/fit/init_internal.h"

namespace palma::fit {

namespace {

using RowMatrix3d = Eigen::Matrix<double, 3, 3, Eigen::RowMajor>;

void checkPose(const char* op, const torch::Tensor& pose) {
  if (!pose.defined() || pose.dim() != 3 || pose.size(1) != kNumJoints || pose.size(2) != 3 ||
      !pose.is_floating_point())
    throw InputError(std::string(op) + ": the pose must be a floating-point [frames,16,3] tensor");
}

void checkWindow(const char* op, int window) {
  if (window < 1 || window % 2 == 0)
    throw InputError(std::string(op) + ": the smoothing window must be an odd number of frames >= 1, got " +
                     std::to_string(window));
}

Eigen::Vector3d row(const torch::Tensor& t, int64_t f, int64_t j) {
  // t: [F,16,3] float64 contiguous
  const double* p = t.data_ptr<double>() + (f * kNumJoints + j) * 3;
  return Eigen::Vector3d(p[0], p[1], p[2]);
}

Eigen::Matrix3d toMatrix(const Eigen::Vector3d& aa) {
  const double angle = aa.norm();
  if (angle < 1e-12) return Eigen::Matrix3d::Identity();
  return Eigen::AngleAxisd(angle, aa / angle).toRotationMatrix();
}

Eigen::Vector3d toAxisAngle(const Eigen::Matrix3d& m) {
  const Eigen::AngleAxisd aa(m);
  return aa.angle() * aa.axis();
}

// The rotation nearest to `m` in the Frobenius norm (the mean of rotations projected back onto SO(3)).
Eigen::Matrix3d nearestRotation(const Eigen::Matrix3d& m) {
  const Eigen::JacobiSVD<Eigen::Matrix3d> svd(m, Eigen::ComputeFullU | Eigen::ComputeFullV);
  Eigen::Matrix3d d = Eigen::Matrix3d::Identity();
  if ((svd.matrixU() * svd.matrixV().transpose()).determinant() < 0) d(2, 2) = -1;
  return svd.matrixU() * d * svd.matrixV().transpose();
}

// Mean of the poses of `frames`: finger axis-angles averaged, the global rotation as the rotation nearest
// to the mean matrix (so axis-angle vectors on either side of the pi wrap-around average correctly).
void meanPose(const torch::Tensor& in, const std::vector<int64_t>& frames, double* out) {
  Eigen::Matrix3d rot = Eigen::Matrix3d::Zero();
  for (int64_t f : frames) rot += toMatrix(row(in, f, 0));
  const Eigen::Vector3d g = toAxisAngle(nearestRotation(rot / static_cast<double>(frames.size())));
  for (int c = 0; c < 3; ++c) out[c] = g(c);
  for (int j = 1; j < kNumJoints; ++j) {
    Eigen::Vector3d sum = Eigen::Vector3d::Zero();
    for (int64_t f : frames) sum += row(in, f, j);
    for (int c = 0; c < 3; ++c) out[3 * j + c] = sum(c) / static_cast<double>(frames.size());
  }
}

// Root mean square over the joints of the axis-angle difference; the global rotation by its angle.
double poseDistance(const torch::Tensor& in, int64_t a, int64_t b) {
  const Eigen::Matrix3d rel = toMatrix(row(in, a, 0)).transpose() * toMatrix(row(in, b, 0));
  double sum = std::pow(Eigen::AngleAxisd(rel).angle(), 2);
  for (int j = 1; j < kNumJoints; ++j) sum += (row(in, a, j) - row(in, b, j)).squaredNorm();
  return std::sqrt(sum / kNumJoints);
}

}  // namespace

torch::Tensor removeSpikes(const torch::Tensor& pose, double threshold, std::vector<int>* replaced) {
  checkPose("removeSpikes", pose);
  if (!(threshold > 0) || !std::isfinite(threshold))
    throw InputError("removeSpikes: the threshold must be a positive number of radians, got " +
                     std::to_string(threshold));
  const auto in = pose.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  auto out = in.clone();
  const int64_t f = in.size(0);
  for (int64_t i = 1; i + 1 < f; ++i) {
    // A spike leaves and comes back: both steps exceed the threshold while the neighbours agree with each
    // other better than with the frame. (Fast, steady motion also makes large steps, but then the two
    // neighbours are further apart than either is from the frame.)
    const double before = poseDistance(in, i, i - 1), after = poseDistance(in, i, i + 1);
    if (before > threshold && after > threshold && poseDistance(in, i - 1, i + 1) < std::min(before, after)) {
      meanPose(in, {i - 1, i + 1}, out.data_ptr<double>() + i * kNumJoints * 3);
      if (replaced) replaced->push_back(static_cast<int>(i));
    }
  }
  return out.to(pose.options().requires_grad(false));
}

torch::Tensor smoothPoses(const torch::Tensor& pose, int window) {
  checkPose("smoothPoses", pose);
  checkWindow("smoothPoses", window);
  const auto in = pose.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  auto out = in.clone();
  const int64_t f = in.size(0);
  for (int64_t i = 0; i < f; ++i) {
    const int64_t h = std::min<int64_t>({window / 2, i, f - 1 - i});
    if (h == 0) continue;
    std::vector<int64_t> frames;
    for (int64_t k = i - h; k <= i + h; ++k) frames.push_back(k);
    meanPose(in, frames, out.data_ptr<double>() + i * kNumJoints * 3);
  }
  return out.to(pose.options().requires_grad(false));
}

torch::Tensor smoothSequence(const torch::Tensor& values, int window) {
  if (!values.defined() || values.dim() < 1 || !values.is_floating_point())
    throw InputError("smoothSequence: the values must be a floating-point [frames,...] tensor");
  checkWindow("smoothSequence", window);
  const auto in = values.detach();
  auto out = in.clone();
  const int64_t f = in.size(0);
  for (int64_t i = 0; i < f; ++i) {
    const int64_t h = std::min<int64_t>({window / 2, i, f - 1 - i});
    if (h > 0) out[i] = in.narrow(0, i - h, 2 * h + 1).mean(0);
  }
  return out;
}

namespace detail {

void fillFromNeighbours(torch::Tensor& pose, torch::Tensor& translation, const std::vector<int>& missing) {
  // pose: [F,16,3], translation: [F,3]
  if (missing.empty()) return;
  const std::set<int> gaps(missing.begin(), missing.end());
  const int f = static_cast<int>(pose.size(0));
  auto p = pose.to(torch::kCPU, torch::kFloat64).contiguous();
  auto t = translation.to(torch::kCPU, torch::kFloat64).contiguous();
  double* pd = p.data_ptr<double>();
  double* td = t.data_ptr<double>();
  for (int i : missing) {
    int prev = i - 1, next = i + 1;
    while (prev >= 0 && gaps.count(prev)) --prev;
    while (next < f && gaps.count(next)) ++next;
    if (prev < 0 && next >= f) continue;  // nothing to fill from (the caller rejects such captures)
    if (prev < 0) prev = next;
    if (next >= f) next = prev;
    const double a = next == prev ? 0.0 : static_cast<double>(i - prev) / (next - prev);
    const Eigen::Quaterniond q0(toMatrix(row(p, prev, 0))), q1(toMatrix(row(p, next, 0)));
    const Eigen::Vector3d g = toAxisAngle(q0.slerp(a, q1).toRotationMatrix());
    for (int c = 0; c < 3; ++c) pd[i * kNumJoints * 3 + c] = g(c);
    for (int k = 3; k < kNumJoints * 3; ++k)
      pd[i * kNumJoints * 3 + k] =
          (1 - a) * pd[prev * kNumJoints * 3 + k] + a * pd[next * kNumJoints * 3 + k];
    for (int c = 0; c < 3; ++c) td[i * 3 + c] = (1 - a) * td[prev * 3 + c] + a * td[next * 3 + c];
  }
  pose = p.to(pose.options());
  translation = t.to(translation.options());
}

}  // namespace detail

}  // namespace palma::fit
