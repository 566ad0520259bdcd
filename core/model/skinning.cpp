#include "core/model/skinning.h"

#include <torch/torch.h>

#include "core/common/error.h"

namespace palma {

namespace {

torch::Tensor fromEigen(const float* data, std::vector<int64_t> shape, torch::ScalarType dtype,
                        torch::Device device) {
  // Eigen storage here is row-major and contiguous, so it maps directly onto a tensor of `shape`.
  auto t = torch::from_blob(const_cast<float*>(data), shape, torch::kFloat32).clone();
  return t.to(device, dtype);
}

}  // namespace

Rig makeRig(const HandModel& model, torch::ScalarType dtype, torch::Device device) {
  model.validate();
  const int64_t n = model.numVertices(), k = model.numShapes();
  Rig rig;
  rig.vertices = fromEigen(model.vertices.data(), {n, 3}, dtype, device);
  std::vector<int64_t> faces(model.faces.data(), model.faces.data() + model.faces.size());
  rig.faces = torch::tensor(faces, torch::kInt64).view({model.numFaces(), 3}).to(device);
  rig.shape_dirs = k > 0 ? fromEigen(model.shape_dirs.data(), {n, 3, k}, dtype, device)
                         : torch::zeros({n, 3, 0}, torch::TensorOptions().dtype(dtype).device(device));
  rig.joints = fromEigen(model.joints.data(), {kNumJoints, 3}, dtype, device);
  rig.joint_shape_dirs =
      k > 0 ? fromEigen(model.joint_shape_dirs.data(), {kNumJoints, 3, k}, dtype, device)
            : torch::zeros({kNumJoints, 3, 0}, torch::TensorOptions().dtype(dtype).device(device));
  if (model.hasPoseCorrectives())
    rig.pose_dirs = fromEigen(model.pose_dirs.data(), {n * 3, 9 * (kNumJoints - 1)}, dtype, device);
  rig.skin_weights = fromEigen(model.skin_weights.data(), {n, kNumJoints}, dtype, device);
  rig.tip_regressor = fromEigen(model.tip_regressor.data(), {kNumFingers, n}, dtype, device);
  rig.parents = model.parents;
  rig.handedness = model.handedness;
  return rig;
}

torch::Tensor axisAngleToMatrix(const torch::Tensor& axis_angle) {
  // axis_angle: [...,3] -> [...,3,3]. R = I + A K + B K^2 with A = sin(t)/t, B = (1 - cos t)/t^2.
  // Below t^2 = 1e-4 both use their Taylor series (error < t^6/5040 ~ 2e-16), and the other branch is
  // evaluated at a safe t^2 = 1 so neither value nor gradient can become NaN at zero.
  const auto t2 = (axis_angle * axis_angle).sum(-1, /*keepdim=*/true).unsqueeze(-1);  // [...,1,1]
  const auto small = t2 < 1e-4;
  const auto t2_safe = torch::where(small, torch::ones_like(t2), t2);
  const auto t = torch::sqrt(t2_safe);
  const auto a = torch::where(small, 1.0 - t2 / 6.0 + t2 * t2 / 120.0, torch::sin(t) / t);
  const auto b = torch::where(small, 0.5 - t2 / 24.0 + t2 * t2 / 720.0, (1.0 - torch::cos(t)) / t2_safe);
  const auto x = axis_angle.select(-1, 0), y = axis_angle.select(-1, 1), z = axis_angle.select(-1, 2);
  const auto zero = torch::zeros_like(x);
  auto mat_shape = axis_angle.sizes().vec();
  mat_shape.back() = 3;
  mat_shape.push_back(3);
  const auto k = torch::stack({zero, -z, y, z, zero, -x, -y, x, zero}, -1).view(mat_shape);
  const auto eye = torch::eye(3, axis_angle.options());
  return eye + a * k + b * torch::matmul(k, k);
}

SkinningResult skin(const Rig& rig, const SkinningParams& p) {
  if (!p.pose.defined() || p.pose.dim() != 3 || p.pose.size(1) != kNumJoints || p.pose.size(2) != 3)
    throw Error("skin: pose must be a [B,16,3] tensor");
  const auto opts = rig.vertices.options();
  const int64_t b = p.pose.size(0), n = rig.vertices.size(0);
  const auto pose = p.pose.to(opts);

  // Shape: v = v0 + S beta, J = J0 + S_J beta (only the first K' components are used).
  auto verts = rig.vertices.unsqueeze(0).expand({b, n, 3});
  auto joints = rig.joints.unsqueeze(0).expand({b, kNumJoints, 3});
  if (p.shape.defined() && p.shape.numel() > 0) {
    const int64_t k = p.shape.size(-1);
    if (k > rig.numShapes())
      throw Error("skin: " + std::to_string(k) + " shape coefficients given, the model has " +
                  std::to_string(rig.numShapes()));
    const auto beta = p.shape.to(opts).reshape({b, k});
    const auto sd = rig.shape_dirs.narrow(2, 0, k).reshape({n * 3, k});
    const auto jd = rig.joint_shape_dirs.narrow(2, 0, k).reshape({kNumJoints * 3, k});
    verts = verts + torch::matmul(beta, sd.t()).view({b, n, 3});
    joints = joints + torch::matmul(beta, jd.t()).view({b, kNumJoints, 3});
  }

  const auto rot = axisAngleToMatrix(pose);  // [B,16,3,3]
  if (rig.pose_dirs.defined()) {
    const auto eye = torch::eye(3, opts);
    const auto feat = (rot.narrow(1, 1, kNumJoints - 1) - eye).reshape({b, 9 * (kNumJoints - 1)});
    verts = verts + torch::matmul(feat, rig.pose_dirs.t()).view({b, n, 3});
  }
  if (p.displacement.defined()) {
    const auto disp = p.displacement.to(opts).reshape({-1, n, 1});
    verts = verts + disp * vertexNormals(verts, rig.faces);
  }

  // Kinematic chain: G_j = G_parent [R_j | J_j - J_parent]; skinning transform A_j = G_j [I | -J_j].
  std::vector<torch::Tensor> g_rot(kNumJoints), g_trans(kNumJoints);
  for (int j = 0; j < kNumJoints; ++j) {
    const auto r = rot.select(1, j);                    // [B,3,3]
    const auto jj = joints.select(1, j).unsqueeze(-1);  // [B,3,1]
    const int parent = rig.parents[j];
    if (parent < 0) {
      g_rot[j] = r;
      g_trans[j] = jj;
    } else {
      const auto local = jj - joints.select(1, parent).unsqueeze(-1);
      g_rot[j] = torch::matmul(g_rot[parent], r);
      g_trans[j] = torch::matmul(g_rot[parent], local) + g_trans[parent];
    }
  }
  const auto grot = torch::stack(g_rot, 1);                                // [B,16,3,3]
  const auto gtrans = torch::stack(g_trans, 1);                            // [B,16,3,1]
  const auto atrans = gtrans - torch::matmul(grot, joints.unsqueeze(-1));  // [B,16,3,1]
  const auto a34 = torch::cat({grot, atrans}, -1);                         // [B,16,3,4]

  // Blend: T_i = sum_j w_ij A_j, v' = T_i [v; 1].
  const auto blended = torch::matmul(rig.skin_weights, a34.reshape({b, kNumJoints, 12})).view({b, n, 3, 4});
  auto posed = torch::matmul(blended.narrow(3, 0, 3), verts.unsqueeze(-1)).squeeze(-1) + blended.select(3, 3);
  auto posed_joints = gtrans.squeeze(-1);
  if (p.translation.defined()) {
    const auto t = p.translation.to(opts).reshape({b, 1, 3});
    posed = posed + t;
    posed_joints = posed_joints + t;
  }

  SkinningResult out;
  out.vertices = posed;
  out.joints = posed_joints;
  const auto tips = torch::matmul(rig.tip_regressor, posed);  // [B,5,3]
  std::vector<torch::Tensor> kps;
  for (int src : keypointSources())
    kps.push_back(src >= 0 ? posed_joints.select(1, src) : tips.select(1, -src - 1));
  out.keypoints = torch::stack(kps, 1);
  // Rest -> posed transforms including the translation.
  auto trans = atrans;
  if (p.translation.defined()) trans = trans + p.translation.to(opts).reshape({b, 1, 3, 1});
  auto bottom = torch::zeros({b, kNumJoints, 1, 4}, opts);
  bottom.select(-1, 3).fill_(1.0);
  const auto transforms = torch::cat({torch::cat({grot, trans}, -1), bottom}, 2);
  out.transforms = transforms;
  return out;
}

}  // namespace palma
