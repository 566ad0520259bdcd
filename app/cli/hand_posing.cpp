#include "app/cli/hand_posing.h"

#include <torch/torch.h>

#include <limits>

#include "core/model/mesh_ops.h"
#include "core/model/skinning.h"

namespace palma::cli {

PosedHand poseHand(const HandModel& model, const Eigen::VectorXf& beta, const PoseMatrix& pose) {
  torch::NoGradGuard no_grad;
  const Rig rig = makeRig(model);
  SkinningParams params;
  PoseMatrix pose_copy = pose;
  params.pose = torch::from_blob(pose_copy.data(), {1, kNumJoints, 3}, torch::kFloat32).clone();
  if (beta.size() > 0) {
    Eigen::VectorXf beta_copy = beta;
    params.shape = torch::from_blob(beta_copy.data(), {1, beta_copy.size()}, torch::kFloat32).clone();
  }
  const SkinningResult result = skin(rig, params);

  PosedHand posed;
  const torch::Tensor v = result.vertices[0].contiguous().to(torch::kFloat32);
  const torch::Tensor j = result.joints[0].contiguous().to(torch::kFloat32);
  posed.vertices = Eigen::Map<const MatrixX3f>(v.data_ptr<float>(), v.size(0), 3);
  posed.joints = Eigen::Map<const MatrixX3f>(j.data_ptr<float>(), j.size(0), 3);
  posed.normals = vertexNormalsEigen(posed.vertices, model.faces);
  return posed;
}

HandMeasurements measureHand(const HandModel& model, const MatrixX3f& vertices, const MatrixX3f& joints) {
  HandMeasurements m;
  m.bbox_min = vertices.colwise().minCoeff().transpose();
  m.bbox_max = vertices.colwise().maxCoeff().transpose();
  const Eigen::Vector3f wrist = joints.row(0).transpose();
  const MatrixX3f tips = model.tips(vertices);
  m.hand_length = (tips.row(kMiddle).transpose() - wrist).norm();

  // Knuckle line: the four finger MCPs. `along` points from the wrist up the hand, `across` from the
  // index to the pinky knuckle, made orthogonal to `along`.
  Eigen::Vector3f mcp_mean = Eigen::Vector3f::Zero();
  for (int f = kIndex; f <= kPinky; ++f) mcp_mean += joints.row(jointIndex(f, 0)).transpose() / 4.0f;
  const Eigen::Vector3f along = (mcp_mean - wrist).normalized();
  Eigen::Vector3f across = joints.row(jointIndex(kPinky, 0)) - joints.row(jointIndex(kIndex, 0));
  across = (across - across.dot(along) * along).normalized();
  const float knuckle_level = (mcp_mean - wrist).dot(along);

  float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
  for (int i = 0; i < vertices.rows(); ++i) {
    const Eigen::Vector3f p = vertices.row(i).transpose() - wrist;
    if (std::abs(p.dot(along) - knuckle_level) > 0.01f) continue;
    float thumb_weight = 0;
    for (int s = 0; s < 3; ++s) thumb_weight += model.skin_weights(i, jointIndex(kThumb, s));
    if (thumb_weight > 0.5f) continue;
    lo = std::min(lo, p.dot(across));
    hi = std::max(hi, p.dot(across));
  }
  m.palm_width = hi > lo ? hi - lo : 0.0f;
  return m;
}

}  // namespace palma::cli
