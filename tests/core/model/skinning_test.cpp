// Specification of differentiable linear blend skinning (issue: foundation, point 7).
#include <torch/torch.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

const HandModel& hand() {
  static const HandModel m = makeBuiltinHand(Handedness::Right);
  return m;
}

torch::Tensor poseTensor(const PoseMatrix& p, torch::ScalarType dtype = torch::kFloat32) {
  return torch::from_blob(const_cast<float*>(p.data()), {1, kNumJoints, 3}, torch::kFloat32)
      .clone()
      .to(dtype);
}

}  // namespace

PALMA_TEST(lbsRestPoseIsIdentity) {
  const Rig rig = makeRig(hand());
  SkinningParams p;
  p.pose = torch::zeros({2, kNumJoints, 3});
  const SkinningResult r = skin(rig, p);
  PALMA_CHECK(r.vertices.sizes() == torch::IntArrayRef({2, hand().numVertices(), 3}));
  PALMA_CHECK_NEAR((r.vertices[1] - rig.vertices).abs().max().item<float>(), 0.0, 1e-7);
  PALMA_CHECK_NEAR((r.joints[0] - rig.joints).abs().max().item<float>(), 0.0, 1e-7);
  // Keypoint 0 is the wrist, 12 the middle fingertip site.
  PALMA_CHECK_NEAR((r.keypoints[0][0] - rig.joints[0]).abs().max().item<float>(), 0.0, 1e-7);
  const auto tip = torch::matmul(rig.tip_regressor, rig.vertices)[kMiddle];
  PALMA_CHECK_NEAR((r.keypoints[0][12] - tip).abs().max().item<float>(), 0.0, 1e-7);
}

PALMA_TEST(axisAngleIsExactAndSmoothAtZero) {
  auto zero = torch::zeros({3}, torch::dtype(torch::kFloat64).requires_grad(true));
  const auto r = axisAngleToMatrix(zero);
  PALMA_CHECK_NEAR((r - torch::eye(3, torch::kFloat64)).abs().max().item<double>(), 0.0, 1e-15);
  r[2][1].backward();  // dR/dx at 0 is the skew generator: R[2][1] = x
  PALMA_CHECK(torch::isfinite(zero.grad()).all().item<bool>());
  PALMA_CHECK_NEAR(zero.grad()[0].item<double>(), 1.0, 1e-12);
  // Across the Taylor switch (t^2 = 1e-4) both branches agree to double precision.
  for (double t : {0.00999, 0.01001, 0.5, 3.0}) {
    const auto aa = torch::tensor({t * 0.6, -t * 0.8, 0.0}, torch::kFloat64);
    const auto m = axisAngleToMatrix(aa);
    const auto rt = torch::matmul(m, m.t());
    PALMA_CHECK_NEAR((rt - torch::eye(3, torch::kFloat64)).abs().max().item<double>(), 0.0, 1e-12);
    // Rotating the axis leaves it fixed.
    const auto axis = aa / aa.norm();
    PALMA_CHECK_NEAR((torch::matmul(m, axis) - axis).abs().max().item<double>(), 0.0, 1e-12);
  }
}

PALMA_TEST(gradientsMatchFiniteDifferences) {
  torch::manual_seed(3);
  const Rig rig = makeRig(hand(), torch::kFloat64);
  const int n = hand().numVertices();
  auto pose = (0.3 * torch::randn({1, kNumJoints, 3}, torch::kFloat64)).requires_grad_(true);
  auto shape = torch::randn({1, 4}, torch::kFloat64).requires_grad_(true);
  auto trans = torch::randn({1, 3}, torch::kFloat64).mul_(0.1).requires_grad_(true);
  auto disp = torch::randn({n}, torch::kFloat64).mul_(0.001).requires_grad_(true);
  const auto w_v = torch::randn({1, n, 3}, torch::kFloat64);
  const auto w_k = torch::randn({1, kNumKeypoints, 3}, torch::kFloat64);
  auto loss_of = [&]() {
    SkinningParams p{pose, shape, trans, disp};
    const SkinningResult r = skin(rig, p);
    return (r.vertices * w_v).sum() + (r.keypoints * w_k).sum();
  };
  loss_of().backward();
  const double eps = 1e-6;
  int checked = 0;
  for (torch::Tensor* param : {&pose, &shape, &trans, &disp}) {
    const auto flat_grad = param->grad().reshape(-1).clone();
    const int64_t count = param->numel();
    for (int64_t k = 0; k < std::min<int64_t>(count, 12); ++k) {
      const int64_t i = (k * 7919) % count;
      double plus, minus;
      {
        torch::NoGradGuard guard;
        param->view(-1)[i] += eps;
        plus = loss_of().item<double>();
        param->view(-1)[i] -= 2 * eps;
        minus = loss_of().item<double>();
        param->view(-1)[i] += eps;
      }
      const double numeric = (plus - minus) / (2 * eps);
      const double analytic = flat_grad[i].item<double>();
      PALMA_CHECK_MSG(std::abs(numeric - analytic) <= 1e-5 * std::max(1.0, std::abs(numeric)),
                      "entry " << i << ": numeric " << numeric << " analytic " << analytic);
      ++checked;
    }
  }
  PALMA_CHECK(checked == 31);  // 12 pose, 4 shape, 3 translation, 12 displacement entries
}

PALMA_TEST(rotatingOneJointMovesOnlyTheVerticesItInfluences) {
  const HandModel& m = hand();
  const Rig rig = makeRig(m);
  const int joint = jointIndex(kRing, 1);
  PoseMatrix pose = PoseMatrix::Zero();
  pose.row(joint) << 0.7f, 0.2f, -0.1f;
  SkinningParams p;
  p.pose = poseTensor(pose);
  const auto moved = (skin(rig, p).vertices[0] - rig.vertices).norm(2, -1);  // [N]
  // Vertices influenced by the joint or its descendants move, and so do those its pose correctives
  // push (the skin just proximal to the bent joint); all others stay exactly in place.
  int influenced_moved = 0, corrected_moved = 0, others_moved = 0;
  for (int v = 0; v < m.numVertices(); ++v) {
    const float w = m.skin_weights(v, joint) + m.skin_weights(v, joint + 1);
    const bool corrected = m.hasPoseCorrectives() &&
                           m.pose_dirs.block(3 * v, 9 * (joint - 1), 3, 9).cwiseAbs().maxCoeff() > 0.0f;
    const float d = moved[v].item<float>();
    if (w > 0.05f && d > 1e-5f) ++influenced_moved;
    if (w == 0.0f && corrected && d > 1e-6f) ++corrected_moved;
    if (w == 0.0f && !corrected && d > 1e-6f) ++others_moved;  // rounding of weights that sum to 1 +- 1 ulp
  }
  PALMA_CHECK(influenced_moved > 50);
  PALMA_CHECK(others_moved == 0);
  // The built-in hand's correctives reach a few millimetres back along the ring finger only.
  for (int v = 0; v < m.numVertices(); ++v)
    if (m.hasPoseCorrectives() &&
        m.pose_dirs.block(3 * v, 9 * (joint - 1), 3, 9).cwiseAbs().maxCoeff() > 0.0f)
      PALMA_CHECK(m.skin_weights(v, jointIndex(kRing, 0)) + m.skin_weights(v, joint) +
                      m.skin_weights(v, joint + 1) >
                  0.0f);
  std::printf("  moved: %d influenced, %d by the correctives only\n", influenced_moved, corrected_moved);
}

PALMA_TEST(leftHandSkinsAsTheMirrorOfTheRight) {
  const Rig right = makeRig(hand());
  const Rig left = makeRig(mirrored(hand()));
  torch::manual_seed(5);
  const auto pose = 0.4 * torch::randn({1, kNumJoints, 3});
  // Mirroring x maps an axis-angle (x, y, z) to (x, -y, -z).
  const auto mirror_pose = pose * torch::tensor({1.0f, -1.0f, -1.0f});
  const auto trans = torch::tensor({{0.02f, -0.01f, 0.3f}});
  SkinningParams pr{pose, torch::ones({1, 3}), trans, {}};
  SkinningParams pl{mirror_pose, torch::ones({1, 3}), trans * torch::tensor({-1.0f, 1.0f, 1.0f}), {}};
  const auto vr = skin(right, pr).vertices, vl = skin(left, pl).vertices;
  PALMA_CHECK_NEAR((vl * torch::tensor({-1.0f, 1.0f, 1.0f}) - vr).abs().max().item<float>(), 0.0, 1e-6);
}

PALMA_TEST(poseCorrectivesAreAddedLinearlyInRotationMinusIdentity) {
  // A MANO-layout model: the built-in hand with pose correctives that push every vertex along +z by the
  // (0,0) entry of joint 1's (R - I).
  HandModel m = hand();
  m.pose_dirs = MatrixXfR::Zero(3 * m.numVertices(), 135);
  for (int v = 0; v < m.numVertices(); ++v) m.pose_dirs(3 * v + 2, 0) = 1.0f;
  const Rig rig = makeRig(m);
  SkinningParams p;
  p.pose = torch::zeros({1, kNumJoints, 3});
  PALMA_CHECK_NEAR((skin(rig, p).vertices[0] - rig.vertices).abs().max().item<float>(), 0.0, 1e-7);
  // Joint 1 rotated about z by t: (R - I)[0][0] = cos t - 1; the wrist (weight 1 on joint 0) only
  // moves by the corrective.
  p.pose[0][1][2] = 0.5f;
  const auto v = skin(rig, p).vertices[0];
  int wrist_only = -1;
  for (int i = 0; i < m.numVertices() && wrist_only < 0; ++i)
    if (m.skin_weights(i, 0) == 1.0f) wrist_only = i;
  PALMA_CHECK(wrist_only >= 0);
  PALMA_CHECK_NEAR((v[wrist_only][2] - rig.vertices[wrist_only][2]).item<float>(), std::cos(0.5) - 1.0, 1e-6);
}

PALMA_TEST(badPoseShapesAreRejectedWithAClearMessage) {
  const Rig rig = makeRig(hand());
  SkinningParams p;
  p.pose = torch::zeros({1, 15, 3});
  PALMA_CHECK_THROWS(skin(rig, p), palma::Error, "[B,16,3]");
  p.pose = torch::zeros({1, kNumJoints, 3});
  p.shape = torch::zeros({1, 99});
  PALMA_CHECK_THROWS(skin(rig, p), palma::Error, "shape coefficients");
}

namespace {

// Transforms, weights with zeros (as the hand's: a few joints per vertex) and vertices for the blend.
struct BlendCase {
  torch::Tensor a, weights, verts;
};

BlendCase blendCase(int64_t frames, int64_t vertices, int64_t vert_frames, torch::ScalarType dtype) {
  auto gen = at::detail::createCPUGenerator(21);
  const auto opts = torch::TensorOptions().dtype(dtype);
  BlendCase c;
  c.a = torch::randn({frames, kNumJoints, 3, 4}, gen, opts);
  auto w = torch::rand({vertices, kNumJoints}, gen, opts);
  w = w * (torch::rand({vertices, kNumJoints}, gen, opts) < 0.25).to(dtype);  // most weights zero
  c.weights = w / w.sum(1, true).clamp_min(1e-3);
  c.verts = torch::randn({vert_frames, vertices, 3}, gen, opts);
  return c;
}

}  // namespace

// The fused blend equals the LibTorch-op composition, forward and both gradients, with per-frame and
// shared rest vertices.
PALMA_TEST(blendVerticesEqualsTheReference) {
  for (const auto dtype : {torch::kFloat64, torch::kFloat32})
    for (const int64_t vert_frames : {3, 1}) {
      const auto c = blendCase(3, 40, vert_frames, dtype);
      const auto w_out = torch::randn({3, 40, 3}, torch::TensorOptions().dtype(dtype));
      auto run = [&](bool fused) {
        auto a = c.a.clone().set_requires_grad(true);
        auto v = c.verts.clone().set_requires_grad(true);
        const auto out = fused ? blendVertices(a, c.weights, v) : blendVerticesReference(a, c.weights, v);
        (out * w_out).sum().backward();
        return std::vector<torch::Tensor>{out.detach(), a.grad(), v.grad()};
      };
      const auto fused = run(true), reference = run(false);
      // Measured: at most 8.9e-16 in float64 and 4.8e-7 in float32 (scales 3-8).
      const double tol = dtype == torch::kFloat64 ? 1e-12 : 1e-5;
      const char* names[] = {"forward", "d/da", "d/dverts"};
      for (int k = 0; k < 3; ++k) {
        PALMA_CHECK(fused[k].sizes() == reference[k].sizes());
        const double err = (fused[k] - reference[k]).abs().max().item<double>();
        const double scale = reference[k].abs().max().item<double>();
        std::printf("  %s, %s, %ld vertex frame(s): max error %.2e (scale %.2f)\n", names[k],
                    c10::toString(dtype), static_cast<long>(vert_frames), err, scale);
        PALMA_CHECK(err <= tol * std::max(1.0, scale));
      }
    }
}

PALMA_TEST(blendVerticesGradientsMatchFiniteDifferences) {
  const auto c = blendCase(2, 12, 2, torch::kFloat64);
  const auto w_out = torch::randn({2, 12, 3}, torch::kFloat64);
  auto loss_a = [&](const torch::Tensor& a) {
    return (blendVertices(a, c.weights, c.verts).pow(2) * w_out).sum();
  };
  auto loss_v = [&](const torch::Tensor& v) {
    return (blendVertices(c.a, c.weights, v).pow(2) * w_out).sum();
  };
  const auto ca = test::checkGradient(loss_a, c.a, 1e-6);
  const auto cv = test::checkGradient(loss_v, c.verts, 1e-6);
  test::printCheck("blendVertices d/da", ca);
  test::printCheck("blendVertices d/dverts", cv);
  PALMA_CHECK(test::relativeError(ca) < 1e-7 && ca.nonzero > 0);
  PALMA_CHECK(test::relativeError(cv) < 1e-7 && cv.nonzero > 0);
}

PALMA_TEST(blendVerticesRefusesShapesThatDoNotFit) {
  const auto c = blendCase(2, 5, 2, torch::kFloat32);
  PALMA_CHECK_THROWS(blendVertices(c.a.narrow(1, 0, 15), c.weights, c.verts), Error, "blendVertices");
  PALMA_CHECK_THROWS(blendVertices(c.a, c.weights.narrow(0, 0, 4), c.verts), Error, "[B,16,3,4]");
  PALMA_CHECK_THROWS(blendVertices(c.a, c.weights, torch::zeros({3, 5, 3})), Error, "[B or 1,N,3]");
  PALMA_CHECK_THROWS(blendVertices(c.a, c.weights, c.verts.to(torch::kFloat64)), Error, "one dtype");
}

// The compressed-row correctives equal the dense product with pose_dirs (the built-in hand's, and a
// random sparse block), forward and gradient; inconsistent rows are refused.
PALMA_TEST(poseCorrectivesEqualTheDenseProduct) {
  const Rig rig = makeRig(hand(), torch::kFloat64);
  PALMA_CHECK(rig.pose_dirs.defined() && rig.pose_dirs_rows.defined());
  auto gen = at::detail::createCPUGenerator(5);
  const auto feat = torch::randn({3, rig.pose_dirs.size(1)}, gen, torch::kFloat64);
  const auto w = torch::randn({3, rig.pose_dirs.size(0)}, gen, torch::kFloat64);
  auto run = [&](bool sparse) {
    auto f = feat.clone().set_requires_grad(true);
    const auto out = sparse ? poseCorrectives(f, rig.pose_dirs_rows, rig.pose_dirs_cols, rig.pose_dirs_values)
                            : torch::matmul(f, rig.pose_dirs.t());
    (out * w).sum().backward();
    return std::vector<torch::Tensor>{out.detach(), f.grad()};
  };
  const auto sparse = run(true), dense = run(false);
  for (int k = 0; k < 2; ++k) {
    const double err = (sparse[k] - dense[k]).abs().max().item<double>();
    std::printf("  %s: max error %.2e (scale %.3g)\n", k == 0 ? "offsets" : "d/dfeat", err,
                dense[k].abs().max().item<double>());
    // Measured: 8.7e-19 on the offsets, 4.9e-17 on the gradient.
    PALMA_CHECK(err < 1e-12 * std::max(1.0, dense[k].abs().max().item<double>()));
  }
  const auto check = test::checkGradient(
      [&](const torch::Tensor& f) {
        return poseCorrectives(f, rig.pose_dirs_rows, rig.pose_dirs_cols, rig.pose_dirs_values).pow(2).sum();
      },
      feat.narrow(0, 0, 1).clone(), 1e-6, 40);
  test::printCheck("poseCorrectives d/dfeat", check);
  PALMA_CHECK(test::relativeError(check) < 1e-7 && check.nonzero > 0);

  const auto rows = torch::tensor({0, 1, 3}, torch::kInt64), cols = torch::tensor({0, 1, 2}, torch::kInt64);
  const auto values = torch::ones({3}, torch::kFloat64), f = torch::ones({1, 3}, torch::kFloat64);
  PALMA_CHECK(poseCorrectives(f, rows, cols, values).equal(torch::tensor({{1.0, 2.0}}, torch::kFloat64)));
  PALMA_CHECK_THROWS(poseCorrectives(f, torch::tensor({0, 1, 4}, torch::kInt64), cols, values), Error,
                     "inconsistent");
  PALMA_CHECK_THROWS(poseCorrectives(f, rows, torch::tensor({0, 1, 3}, torch::kInt64), values), Error,
                     "inconsistent");
  PALMA_CHECK_THROWS(poseCorrectives(f, rows, cols, values.to(torch::kFloat32)), Error, "feat's dtype");
}

// skin() with the fused operations (compressed-row correctives, blendVertices) equals skin() through
// LibTorch's matmuls on a batch of frames sharing one shape and displacement, as the fitter calls it:
// vertices, keypoints and the gradients of every input.
PALMA_TEST(skinWithFusedOperationsEqualsTheMatmulPath) {
  const Rig fused = makeRig(hand(), torch::kFloat64);
  Rig plain = fused;
  plain.pose_dirs_rows = plain.pose_dirs_cols = plain.pose_dirs_values = torch::Tensor();
  plain.skin_weights = plain.skin_weights.clone().set_requires_grad(true);  // blendVertices falls back
  PALMA_CHECK(fused.pose_dirs_rows.defined());
  auto gen = at::detail::createCPUGenerator(8);
  const int64_t b = 4, n = hand().numVertices();
  const auto pose0 = 0.4 * torch::randn({b, kNumJoints, 3}, gen, torch::kFloat64);
  const auto shape0 = torch::randn({4}, gen, torch::kFloat64);
  const auto trans0 = 0.1 * torch::randn({b, 3}, gen, torch::kFloat64);
  const auto disp0 = 0.001 * torch::randn({n}, gen, torch::kFloat64);
  const auto w_v = torch::randn({b, n, 3}, gen, torch::kFloat64);
  const auto w_k = torch::randn({b, kNumKeypoints, 3}, gen, torch::kFloat64);
  auto run = [&](const Rig& rig) {
    auto pose = pose0.clone().set_requires_grad(true), shape = shape0.clone().set_requires_grad(true);
    auto trans = trans0.clone().set_requires_grad(true), disp = disp0.clone().set_requires_grad(true);
    SkinningParams p{pose, shape.unsqueeze(0).expand({b, -1}), trans, disp};
    const SkinningResult r = skin(rig, p);
    ((r.vertices * w_v).sum() + (r.keypoints * w_k).sum()).backward();
    return std::vector<torch::Tensor>{r.vertices.detach(), r.keypoints.detach(), pose.grad(),
                                      shape.grad(),        trans.grad(),         disp.grad()};
  };
  const auto a = run(fused), ref = run(plain);
  const char* names[] = {"vertices", "keypoints", "d/dpose", "d/dshape", "d/dtranslation", "d/ddisplacement"};
  for (int k = 0; k < 6; ++k) {
    const double scale = ref[k].abs().max().item<double>();
    const double err = (a[k] - ref[k]).abs().max().item<double>();
    std::printf("  %s: max error %.2e (scale %.3g)\n", names[k], err, scale);
    // Measured: at most 7.6e-15 (d/dpose, scale 7); keypoints and d/dtranslation agree exactly.
    PALMA_CHECK(err <= 1e-11 * std::max(1.0, scale));
  }
}
