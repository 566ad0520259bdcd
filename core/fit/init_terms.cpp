#include <Eigen/Geometry>
#include <array>
#include <cmath>
#include <string>

#include "core/common/error.h"
#include "core/fit/init_internal.h"
#include "core/model/pose_presets.h"

namespace palma::fit::detail {

namespace {

std::string sizesString(const torch::Tensor& t) {
  std::string out = "[";
  for (int64_t i = 0; i < t.dim(); ++i) out += (i ? "," : "") + std::to_string(t.size(i));
  return out + "]";
}

torch::Tensor fromRows(const std::vector<float>& values, std::vector<int64_t> shape,
                       const torch::TensorOptions& options) {
  return torch::tensor(values, torch::kFloat32).view(shape).to(options);
}

}  // namespace

Rig keypointRig(const Rig& rig) {
  // Only the vertices the fingertip regressor reads matter for keypoints (a few dozen of thousands).
  const auto used = torch::nonzero(rig.tip_regressor.abs().sum(0) > 0).squeeze(1);
  const int64_t n = used.size(0);
  Rig k;
  k.vertices = rig.vertices.index_select(0, used);
  k.faces = torch::zeros({0, 3}, rig.faces.options());
  k.shape_dirs = rig.shape_dirs.index_select(0, used);
  k.joints = rig.joints;
  k.joint_shape_dirs = rig.joint_shape_dirs;
  if (rig.pose_dirs.defined()) {
    const int64_t p = rig.pose_dirs.size(1);
    k.pose_dirs = rig.pose_dirs.view({-1, 3, p}).index_select(0, used).reshape({n * 3, p});
  }
  k.skin_weights = rig.skin_weights.index_select(0, used);
  k.tip_regressor = rig.tip_regressor.index_select(1, used);
  k.parents = rig.parents;
  k.handedness = rig.handedness;
  return k;
}

FitModel makeFitModel(const Rig& rig, const HandModel& model) {
  if (rig.numShapes() != model.numShapes())
    throw InputError("initialisation: the rig has " + std::to_string(rig.numShapes()) +
                     " shape components but the hand model has " + std::to_string(model.numShapes()) +
                     " (build the rig with makeRig(model))");
  if (rig.handedness != model.handedness)
    throw InputError("initialisation: the rig and the hand model have different handedness");
  FitModel m;
  m.rig = &rig;
  m.keypoint_rig = keypointRig(rig);
  const auto options = rig.vertices.options();
  std::vector<float> frames, lower, upper, relaxed;
  const PoseMatrix relaxed_pose = posePreset(model, "relaxed");
  for (int j = 1; j < kNumJoints; ++j) {
    const Eigen::Matrix3f& f = model.joint_frames[j];
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) frames.push_back(f(r, c));
    const Eigen::Vector3f local = f.transpose() * relaxed_pose.row(j).transpose();
    for (int c = 0; c < 3; ++c) {
      lower.push_back(model.joint_limits[j].lower(c));
      upper.push_back(model.joint_limits[j].upper(c));
      relaxed.push_back(local(c));
    }
  }
  m.frames = fromRows(frames, {kNumJoints - 1, 3, 3}, options);
  m.lower = fromRows(lower, {kNumJoints - 1, 3}, options);
  m.upper = fromRows(upper, {kNumJoints - 1, 3}, options);
  m.relaxed = fromRows(relaxed, {kNumJoints - 1, 3}, options);

  // Levels of the kinematic tree (parents come before children in the canonical order).
  std::array<int, kNumJoints> depth{}, position{};
  std::vector<std::vector<int64_t>> joints_at, parents_at, parent_joints_at;
  for (int j = 0; j < kNumJoints; ++j) {
    const int parent = rig.parents[j];
    if (parent >= j) throw InputError("initialisation: the rig's joints must come after their parents");
    depth[j] = parent < 0 ? 0 : depth[parent] + 1;
    if (static_cast<int>(joints_at.size()) <= depth[j]) {
      joints_at.resize(depth[j] + 1);
      parents_at.resize(depth[j] + 1);
      parent_joints_at.resize(depth[j] + 1);
    }
    position[j] = static_cast<int>(joints_at[depth[j]].size());
    joints_at[depth[j]].push_back(j);
    parents_at[depth[j]].push_back(parent < 0 ? 0 : position[parent]);
    parent_joints_at[depth[j]].push_back(parent < 0 ? 0 : parent);
  }
  if (joints_at[0].size() != 1) throw InputError("initialisation: the rig must have exactly one root joint");
  std::vector<int64_t> order(kNumJoints);
  int64_t offset = 0;
  for (size_t l = 0; l < joints_at.size(); ++l) {
    for (size_t i = 0; i < joints_at[l].size(); ++i)
      order[joints_at[l][i]] = offset + static_cast<int64_t>(i);
    offset += static_cast<int64_t>(joints_at[l].size());
    m.level_joints.push_back(torch::tensor(joints_at[l], torch::kInt64).to(options.device()));
    m.level_parents.push_back(torch::tensor(parents_at[l], torch::kInt64).to(options.device()));
    m.level_parent_joints.push_back(torch::tensor(parent_joints_at[l], torch::kInt64).to(options.device()));
  }
  m.level_order = torch::tensor(order, torch::kInt64).to(options.device());
  std::vector<int64_t> kp;
  for (int src : keypointSources()) kp.push_back(src >= 0 ? src : kNumJoints + (-src - 1));
  m.keypoint_order = torch::tensor(kp, torch::kInt64).to(options.device());
  return m;
}

torch::Tensor FitParams::rotation() const {
  // [F,3,3]
  return torch::matmul(axisAngleToMatrix(rotation_delta), base_rotation);
}

torch::Tensor FitParams::wristCamera() const {
  // wrist: [F,3] (x/z, y/z, log z) -> [F,3] metres
  const auto z = torch::exp(wrist.select(1, 2));
  return torch::stack({wrist.select(1, 0) * z, wrist.select(1, 1) * z, z}, 1);
}

torch::Tensor fingerPose(const FitModel& m, const torch::Tensor& angles) {
  // angles: [F,15,3] in the joint frames -> [F,16,3] axis-angle in the rest frame's axes, joint 0 zero.
  const auto fingers = torch::matmul(m.frames.unsqueeze(0), angles.unsqueeze(-1)).squeeze(-1);
  return torch::cat({torch::zeros({angles.size(0), 1, 3}, angles.options()), fingers}, 1);
}

torch::Tensor restKeypoints(const FitModel& m, const torch::Tensor& finger_pose, const torch::Tensor& shape) {
  // finger_pose: [F,16,3], shape: [K'] -> [F,21,3]
  const Rig& r = m.keypoint_rig;
  const int64_t f = finger_pose.size(0), n = r.vertices.size(0);
  auto joints = r.joints;   // [16,3], shared by all frames (one shape)
  auto verts = r.vertices;  // [n,3]
  if (shape.defined() && shape.numel() > 0) {
    const int64_t k = shape.size(0);
    joints = joints + torch::matmul(r.joint_shape_dirs.narrow(2, 0, k), shape);
    verts = verts + torch::matmul(r.shape_dirs.narrow(2, 0, k), shape);
  }
  const auto rot = axisAngleToMatrix(finger_pose);  // [F,16,3,3]
  auto posed_verts = verts.unsqueeze(0).expand({f, n, 3});
  if (r.pose_dirs.defined()) {
    const auto feat = (rot.narrow(1, 1, kNumJoints - 1) - torch::eye(3, rot.options())).reshape({f, -1});
    posed_verts = posed_verts + torch::matmul(feat, r.pose_dirs.t()).view({f, n, 3});
  }
  // Global transforms level by level: G = G_parent R, t = G_parent (J - J_parent) + t_parent.
  std::vector<torch::Tensor> g_levels, t_levels;
  for (size_t l = 0; l < m.level_joints.size(); ++l) {
    const auto r_l = rot.index_select(1, m.level_joints[l]);  // [F,n_l,3,3]
    const auto j_l = joints.index_select(0, m.level_joints[l]);
    if (l == 0) {
      g_levels.push_back(r_l);
      t_levels.push_back(j_l.unsqueeze(0).expand({f, -1, 3}));
      continue;
    }
    const auto gp = g_levels.back().index_select(1, m.level_parents[l]);
    const auto tp = t_levels.back().index_select(1, m.level_parents[l]);
    const auto local = j_l - joints.index_select(0, m.level_parent_joints[l]);  // [n_l,3]
    g_levels.push_back(torch::matmul(gp, r_l));
    t_levels.push_back(torch::matmul(gp, local.unsqueeze(-1)).squeeze(-1) + tp);
  }
  const auto g = torch::cat(g_levels, 1).index_select(1, m.level_order);  // [F,16,3,3]
  const auto t = torch::cat(t_levels, 1).index_select(1, m.level_order);  // [F,16,3]
  // Skinning transforms A = [G | t - G J], blended per vertex, applied, then the tip regressor.
  const auto a_t = t - torch::matmul(g, joints.unsqueeze(-1)).squeeze(-1);
  const auto a = torch::cat({g, a_t.unsqueeze(-1)}, 3).reshape({f, kNumJoints, 12});
  const auto blended = torch::matmul(r.skin_weights, a).view({f, n, 3, 4});
  const auto skinned =
      torch::matmul(blended.narrow(3, 0, 3), posed_verts.unsqueeze(-1)).squeeze(-1) + blended.select(3, 3);
  const auto tips = torch::matmul(r.tip_regressor, skinned);  // [F,5,3]
  return torch::cat({t, tips}, 1).index_select(1, m.keypoint_order);
}

torch::Tensor keypointsInCamera(const FitModel& m, const FitParams& p, const torch::Tensor& rotation) {
  const auto kp = restKeypoints(m, fingerPose(m, p.angles), p.shape);  // [F,21,3]
  const auto wrist_rest = kp.select(1, 0).unsqueeze(1);
  return torch::matmul(kp - wrist_rest, rotation.transpose(1, 2)) + p.wristCamera().unsqueeze(1);
}

SkinningResult posedInCamera(const Rig& rig, const FitModel& m, const FitParams& p,
                             const torch::Tensor& rotation) {
  const int64_t f = p.angles.size(0);
  SkinningParams sp;
  sp.pose = fingerPose(m, p.angles);
  if (p.shape.numel() > 0) sp.shape = p.shape.unsqueeze(0).expand({f, p.shape.size(0)});
  SkinningResult r = skin(rig, sp);
  // The root is not rotated, so the posed wrist is the shaped rest wrist; rotate about it and place it.
  const auto wrist_rest = r.joints.select(1, 0).unsqueeze(1);  // [F,1,3]
  const auto rot_t = rotation.transpose(1, 2);                 // [F,3,3]
  const auto wrist = p.wristCamera().unsqueeze(1);             // [F,1,3]
  auto place = [&](const torch::Tensor& x) { return torch::matmul(x - wrist_rest, rot_t) + wrist; };
  r.vertices = place(r.vertices);
  r.joints = place(r.joints);
  r.keypoints = place(r.keypoints);
  r.transforms = torch::Tensor();
  return r;
}

torch::Tensor project(const torch::Tensor& points, const torch::Tensor& intrinsics) {
  // points: [F,N,3], intrinsics: [F,4] -> [F,N,2]. Depth is kept positive so a wild step cannot divide by 0.
  const auto k = intrinsics.unsqueeze(1);
  const auto z = points.select(2, 2).clamp_min(1e-3);
  const auto u = k.select(2, 0) * points.select(2, 0) / z + k.select(2, 2);
  const auto v = k.select(2, 1) * points.select(2, 1) / z + k.select(2, 3);
  return torch::stack({u, v}, 2);
}

torch::Tensor robustReprojection(const torch::Tensor& uv, const torch::Tensor& target,
                                 const torch::Tensor& weight, double scale_px) {
  // uv, target: [F,21,2], weight: [F,21] -> [F] (pixels^2; 0 for a frame without weight)
  const double s2 = scale_px * scale_px;
  const auto r2 = (uv - target).pow(2).sum(-1);
  const auto rho = s2 * r2 / (r2 + s2);
  return (weight * rho).sum(1) / weight.sum(1).clamp_min(1e-12);
}

torch::Tensor priorsPerFrame(const FitModel& m, const FitParams& p, const InitSettings& s) {
  const auto& a = p.angles;  // [F,15,3]
  const auto violation = torch::relu(a - m.upper) + torch::relu(m.lower - a);
  return s.joint_limit_weight * violation.pow(2).sum({1, 2}) +
         s.pose_prior_weight * (a - m.relaxed).pow(2).sum({1, 2});
}

torch::Tensor regularisers(const FitModel& m, const FitParams& p, const torch::Tensor& rotation,
                           const InitSettings& s) {
  const auto& a = p.angles;  // [F,15,3]
  auto loss = priorsPerFrame(m, p, s).mean();
  if (p.shape.numel() > 0) loss = loss + s.shape_prior_weight * p.shape.pow(2).sum();
  const int64_t f = a.size(0);
  if (f > 1 && s.temporal_weight > 0) {
    // Finger angles in radians; the global rotation through its matrices (0.5 |dR|^2 ~ angle^2); the
    // wrist per 5 cm, a typical hand motion between video frames.
    const auto da = (a.narrow(0, 1, f - 1) - a.narrow(0, 0, f - 1)).pow(2).sum({1, 2});
    const auto& rot = rotation;
    const auto dr = (rot.narrow(0, 1, f - 1) - rot.narrow(0, 0, f - 1)).pow(2).sum({1, 2});
    const auto w = p.wristCamera();
    const auto dw = (w.narrow(0, 1, f - 1) - w.narrow(0, 0, f - 1)).pow(2).sum(1) / (0.05 * 0.05);
    loss = loss + s.temporal_weight * (da + 0.5 * dr + dw).mean();
  }
  return loss;
}

void clampAngles(const FitModel& m, FitParams& p) {
  torch::NoGradGuard no_grad;
  p.angles.copy_(torch::max(torch::min(p.angles, m.upper), m.lower));
}

torch::Tensor matrixToAxisAngle(const torch::Tensor& rotation) {
  // rotation: [F,3,3] -> [F,3]
  const auto r = rotation.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  const int64_t f = r.size(0);
  auto out = torch::zeros({f, 3}, torch::kFloat64);
  const double* src = r.data_ptr<double>();
  double* dst = out.data_ptr<double>();
  for (int64_t i = 0; i < f; ++i) {
    const Eigen::Matrix3d m = Eigen::Map<const Eigen::Matrix<double, 3, 3, Eigen::RowMajor>>(src + 9 * i);
    const Eigen::AngleAxisd aa(m);
    const Eigen::Vector3d v = aa.angle() * aa.axis();
    for (int c = 0; c < 3; ++c) dst[3 * i + c] = v(c);
  }
  return out.to(rotation.options().requires_grad(false));
}

InitResult toResult(const FitModel& m, const FitParams& p) {
  torch::NoGradGuard no_grad;
  InitResult r;
  auto pose = fingerPose(m, p.angles.detach());
  pose.select(1, 0).copy_(matrixToAxisAngle(p.rotation()));
  r.pose = pose;
  r.shape = p.shape.detach().clone();
  // skin() rotates about the shaped wrist J0 and then adds the translation, so the wrist lands on J0 + t.
  auto wrist_rest = m.rig->joints.select(0, 0);
  if (r.shape.numel() > 0)
    wrist_rest =
        wrist_rest + torch::matmul(m.rig->joint_shape_dirs.select(0, 0).narrow(1, 0, r.shape.size(0)),
                                   r.shape.to(wrist_rest.scalar_type()));
  r.translation = p.wristCamera().detach() - wrist_rest.unsqueeze(0);
  return r;
}

FitParams fromResult(const FitModel& m, const InitResult& r) {
  torch::NoGradGuard no_grad;
  const auto opts = m.lower.options();
  const auto pose = r.pose.to(opts);
  FitParams p;
  p.base_rotation = axisAngleToMatrix(pose.select(1, 0));
  p.rotation_delta = torch::zeros({pose.size(0), 3}, opts);
  p.angles =
      torch::matmul(m.frames.transpose(1, 2).unsqueeze(0), pose.narrow(1, 1, kNumJoints - 1).unsqueeze(-1))
          .squeeze(-1)
          .contiguous();
  p.shape = r.shape.to(opts).clone();
  auto wrist_rest = m.rig->joints.select(0, 0);
  if (p.shape.numel() > 0)
    wrist_rest = wrist_rest +
                 torch::matmul(m.rig->joint_shape_dirs.select(0, 0).narrow(1, 0, p.shape.size(0)), p.shape);
  const auto w = r.translation.to(opts) + wrist_rest.unsqueeze(0);
  const auto z = w.select(1, 2).clamp_min(1e-3);
  p.wrist = torch::stack({w.select(1, 0) / z, w.select(1, 1) / z, torch::log(z)}, 1);
  return p;
}

KeypointData checkedKeypoints(const PreparedCapture& capture, const HandModel& model, double min_confidence,
                              const torch::TensorOptions& options) {
  const auto& k = capture.keypoints;
  if (!k.defined() || k.numel() == 0 || (k.dim() >= 1 && k.size(0) == 0))
    throw InputError("initialisation: the capture has no frames with keypoints");
  if (k.dim() != 3 || k.size(1) != kNumKeypoints || k.size(2) != 3)
    throw InputError("initialisation: keypoints must be [frames,21,3] (x, y, confidence), got " +
                     sizesString(k));
  if (!k.is_floating_point()) throw InputError("initialisation: keypoints must be a floating-point tensor");
  const int64_t f = k.size(0);
  const auto finite = torch::isfinite(k).all(2).all(1);
  if (!finite.all().item<bool>()) {
    const int64_t bad = torch::nonzero(~finite).select(1, 0)[0].item<int64_t>();
    throw InputError("initialisation: the keypoints of frame " + std::to_string(bad) +
                     " contain NaN or infinite values");
  }
  const auto conf = k.select(2, 2);
  if ((conf < 0).any().item<bool>() || (conf > 1).any().item<bool>())
    throw InputError("initialisation: keypoint confidences must lie in [0,1]");
  const auto& in = capture.intrinsics;
  if (!in.defined() || in.dim() != 2 || in.size(0) != f || in.size(1) != 4)
    throw InputError("initialisation: intrinsics must be [frames,4] (fx, fy, cx, cy) for the " +
                     std::to_string(f) + " frames of keypoints");
  if (!torch::isfinite(in).all().item<bool>() || !(in.narrow(1, 0, 2) > 0).all().item<bool>())
    throw InputError("initialisation: intrinsics must be finite with positive focal lengths");
  if (capture.handedness != model.handedness)
    throw InputError(std::string("initialisation: the capture shows a ") +
                     (capture.handedness == Handedness::Left ? "left" : "right") +
                     " hand but the model is a " + (model.handedness == Handedness::Left ? "left" : "right") +
                     " hand");
  KeypointData d;
  d.uv = k.narrow(2, 0, 2).to(options).contiguous();
  const auto c = conf.to(options);
  d.weight = torch::where(c >= min_confidence, c, torch::zeros_like(c)).contiguous();
  d.intrinsics = in.to(options).contiguous();
  return d;
}

void setCosineLearningRate(torch::optim::Adam& adam, const std::vector<double>& base_rates, int step,
                           int steps) {
  const double t = steps > 1 ? static_cast<double>(step) / (steps - 1) : 1.0;
  const double factor = 0.05 + 0.95 * 0.5 * (1.0 + std::cos(M_PI * t));
  auto& groups = adam.param_groups();
  for (size_t i = 0; i < groups.size() && i < base_rates.size(); ++i)
    static_cast<torch::optim::AdamOptions&>(groups[i].options()).lr(base_rates[i] * factor);
}

void report(const ProgressCallback& progress, const CancelToken* cancel, double fraction,
            const std::string& stage, const std::string& message) {
  if (cancel) cancel->check();
  if (progress) progress(ProgressEvent{fraction, stage, message});
}

}  // namespace palma::fit::detail
