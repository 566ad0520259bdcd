#include "core/model/skinning.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <vector>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"

namespace palma {

namespace {

torch::Tensor fromEigen(const float* data, std::vector<int64_t> shape, torch::ScalarType dtype,
                        torch::Device device) {
  // Eigen storage here is row-major and contiguous, so it maps directly onto a tensor of `shape`.
  auto t = torch::from_blob(const_cast<float*>(data), shape, torch::kFloat32).clone();
  return t.to(device, dtype);
}

// Linear blend skinning of every vertex, v' = T_v [v; 1] with T_v = sum_j w_vj A_j, as one operation
// with a hand-written backward. As LibTorch ops (blendVerticesReference) the per-vertex 3x3 products are
// a batched matmul of B x N tiny matrices and the blend a broadcast matmul: about 12 ms forward and as
// much backward for 8 frames of the 14k-vertex hand on two cores; these loops skip the zero weights
// (four joints per vertex or fewer for the built-in hand).
//   a: [B,16,3,4] skinning transforms, weights: [N,16], verts: [B or 1,N,3] -> [B,N,3]
template <typename T>
void blendForward(const T* a, const T* w, const T* v, T* out, int64_t b, int64_t n, bool shared_verts) {
  palma::cpu::parallelFor(0, b * n, 2048, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; ++i) {
      const int64_t frame = i / n, vertex = i % n;
      const T* wv = w + vertex * kNumJoints;
      const T* aj = a + frame * kNumJoints * 12;
      T t[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
      for (int j = 0; j < kNumJoints; ++j) {
        if (wv[j] == T(0)) continue;
        for (int k = 0; k < 12; ++k) t[k] += wv[j] * aj[j * 12 + k];
      }
      const T* p = v + (shared_verts ? vertex : i) * 3;
      for (int r = 0; r < 3; ++r)
        out[i * 3 + r] = t[r * 4] * p[0] + t[r * 4 + 1] * p[1] + t[r * 4 + 2] * p[2] + t[r * 4 + 3];
    }
  });
}

// d/da [B,16,3,4] and d/dverts [B,N,3] (per frame; summed over frames by the caller for shared verts).
template <typename T>
void blendBackward(const T* a, const T* w, const T* v, const T* grad, T* grad_a, T* grad_v, int64_t b,
                   int64_t n, bool shared_verts) {
  // Frames in parallel: each owns its block of grad_a.
  palma::cpu::parallelFor(0, b, 1, [&](int64_t f0, int64_t f1) {
    for (int64_t frame = f0; frame < f1; ++frame) {
      const T* aj = a + frame * kNumJoints * 12;
      T* ga = grad_a + frame * kNumJoints * 12;
      for (int64_t vertex = 0; vertex < n; ++vertex) {
        const int64_t i = frame * n + vertex;
        const T* wv = w + vertex * kNumJoints;
        const T* p = v + (shared_verts ? vertex : i) * 3;
        const T* g = grad + i * 3;
        // d out_r / d T[r][c] = [p; 1]_c: the outer product g [p; 1]^T, spread over the joints.
        const T hp[4] = {p[0], p[1], p[2], T(1)};
        T t[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int j = 0; j < kNumJoints; ++j) {
          const T wj = wv[j];
          if (wj == T(0)) continue;
          for (int r = 0; r < 3; ++r) {
            const T gr = wj * g[r];
            for (int c = 0; c < 4; ++c) ga[j * 12 + r * 4 + c] += gr * hp[c];
            for (int c = 0; c < 3; ++c) t[r * 3 + c] += wj * aj[j * 12 + r * 4 + c];
          }
        }
        if (grad_v)
          for (int c = 0; c < 3; ++c) grad_v[i * 3 + c] = t[c] * g[0] + t[3 + c] * g[1] + t[6 + c] * g[2];
      }
    }
  });
}

class BlendVerticesFunction : public torch::autograd::Function<BlendVerticesFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& a,
                               const torch::Tensor& weights, const torch::Tensor& verts) {
    const auto ac = a.contiguous(), wc = weights.contiguous(), vc = verts.contiguous();
    const int64_t b = ac.size(0), n = wc.size(0);
    auto out = torch::empty({b, n, 3}, ac.options());
    AT_DISPATCH_FLOATING_TYPES(ac.scalar_type(), "blend_vertices", [&] {
      blendForward(ac.data_ptr<scalar_t>(), wc.data_ptr<scalar_t>(), vc.data_ptr<scalar_t>(),
                   out.data_ptr<scalar_t>(), b, n, vc.size(0) == 1 && b != 1);
    });
    ctx->save_for_backward({ac, wc, vc});
    return out;
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto &ac = saved[0], &wc = saved[1], &vc = saved[2];
    const auto g = grads[0].contiguous();
    const int64_t b = ac.size(0), n = wc.size(0);
    const bool shared = vc.size(0) == 1 && b != 1;
    auto grad_a = torch::zeros_like(ac);
    torch::Tensor grad_v;
    if (ctx->needs_input_grad(2)) grad_v = torch::empty({b, n, 3}, g.options());
    AT_DISPATCH_FLOATING_TYPES(ac.scalar_type(), "blend_vertices_backward", [&] {
      blendBackward(ac.data_ptr<scalar_t>(), wc.data_ptr<scalar_t>(), vc.data_ptr<scalar_t>(),
                    g.data_ptr<scalar_t>(), grad_a.data_ptr<scalar_t>(),
                    grad_v.defined() ? grad_v.data_ptr<scalar_t>() : nullptr, b, n, shared);
    });
    if (grad_v.defined() && shared) grad_v = grad_v.sum(0, true);
    return {ctx->needs_input_grad(0) ? grad_a : torch::Tensor(), torch::Tensor(), grad_v};
  }
};

// Both loops read each non-zero once and apply it to every frame: the features come transposed,
// featT [K,B], and the forward writes outT [R,B] (the caller transposes).
template <typename T>
void correctivesForward(const T* feat_t, const int64_t* rows, const int64_t* cols, const T* values, T* out_t,
                        int64_t b, int64_t r) {
  palma::cpu::parallelFor(0, r, 2048, [&](int64_t r0, int64_t r1) {
    std::vector<T> sum(b);
    for (int64_t row = r0; row < r1; ++row) {
      std::fill(sum.begin(), sum.end(), T(0));
      for (int64_t e = rows[row]; e < rows[row + 1]; ++e) {
        const T v = values[e];
        const T* f = feat_t + cols[e] * b;
        for (int64_t frame = 0; frame < b; ++frame) sum[frame] += v * f[frame];
      }
      std::copy(sum.begin(), sum.end(), out_t + row * b);
    }
  });
}

// gradT [R,B] -> grad_featT [K,B]: each thread sums into its own [K,B] block, added up at the end.
template <typename T>
void correctivesBackward(const T* grad_t, const int64_t* rows, const int64_t* cols, const T* values,
                         T* grad_feat_t, int64_t b, int64_t r, int64_t k) {
  const int threads = std::max(1, at::get_num_threads());
  std::vector<std::vector<T>> partial(threads);
  palma::cpu::parallelFor(0, r, 2048, [&](int64_t r0, int64_t r1) {
    auto& acc = partial[std::min<int>(at::get_thread_num(), threads - 1)];
    if (acc.empty()) acc.assign(k * b, T(0));
    for (int64_t row = r0; row < r1; ++row) {
      const T* g = grad_t + row * b;
      for (int64_t e = rows[row]; e < rows[row + 1]; ++e) {
        const T v = values[e];
        T* gf = acc.data() + cols[e] * b;
        for (int64_t frame = 0; frame < b; ++frame) gf[frame] += v * g[frame];
      }
    }
  });
  std::fill(grad_feat_t, grad_feat_t + k * b, T(0));
  for (const auto& acc : partial)
    if (!acc.empty())
      for (int64_t i = 0; i < k * b; ++i) grad_feat_t[i] += acc[i];
}

class PoseCorrectivesFunction : public torch::autograd::Function<PoseCorrectivesFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& feat,
                               const torch::Tensor& rows, const torch::Tensor& cols,
                               const torch::Tensor& values) {
    const auto ft = feat.t().contiguous();  // [K,B]
    const int64_t b = feat.size(0), k = feat.size(1), r = rows.numel() - 1;
    auto out_t = torch::empty({r, b}, ft.options());
    AT_DISPATCH_FLOATING_TYPES(ft.scalar_type(), "pose_correctives", [&] {
      correctivesForward(ft.data_ptr<scalar_t>(), rows.data_ptr<int64_t>(), cols.data_ptr<int64_t>(),
                         values.data_ptr<scalar_t>(), out_t.data_ptr<scalar_t>(), b, r);
    });
    ctx->save_for_backward({rows, cols, values});
    ctx->saved_data["k"] = k;
    return out_t.t().contiguous();
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto saved = ctx->get_saved_variables();
    const auto gt = grads[0].t().contiguous();  // [R,B]
    const int64_t r = gt.size(0), b = gt.size(1), k = ctx->saved_data["k"].toInt();
    auto grad_feat_t = torch::empty({k, b}, gt.options());
    AT_DISPATCH_FLOATING_TYPES(gt.scalar_type(), "pose_correctives_backward", [&] {
      correctivesBackward(gt.data_ptr<scalar_t>(), saved[0].data_ptr<int64_t>(), saved[1].data_ptr<int64_t>(),
                          saved[2].data_ptr<scalar_t>(), grad_feat_t.data_ptr<scalar_t>(), b, r, k);
    });
    const auto grad_feat = grad_feat_t.t().contiguous();
    return {grad_feat, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor poseCorrectives(const torch::Tensor& feat, const torch::Tensor& rows, const torch::Tensor& cols,
                              const torch::Tensor& values) {
  if (feat.dim() != 2 || rows.dim() != 1 || rows.numel() < 1 || rows.scalar_type() != torch::kInt64 ||
      cols.dim() != 1 || cols.scalar_type() != torch::kInt64 || values.dim() != 1 ||
      values.numel() != cols.numel() || values.scalar_type() != feat.scalar_type() ||
      !feat.device().is_cpu() || !rows.device().is_cpu() || !cols.device().is_cpu() ||
      !values.device().is_cpu())
    throw Error(
        "poseCorrectives: need CPU tensors feat [B,K], rows [R+1] and cols [nnz] int64, values [nnz] "
        "of feat's dtype");
  const auto rc = rows.contiguous(), cc = cols.contiguous();
  const int64_t nnz = cc.numel(), k = feat.size(1);
  const int64_t* rp = rc.data_ptr<int64_t>();
  bool ok = rp[0] == 0 && rp[rc.numel() - 1] == nnz;
  for (int64_t i = 0; ok && i + 1 < rc.numel(); ++i) ok = rp[i] <= rp[i + 1];
  if (ok && nnz > 0) ok = cc.min().item<int64_t>() >= 0 && cc.max().item<int64_t>() < k;
  if (!ok)
    throw Error("poseCorrectives: the compressed rows are inconsistent (offsets or columns out of range)");
  return PoseCorrectivesFunction::apply(feat, rc, cc, values.contiguous());
}

namespace {
// skin()'s path: the rows come from makeRig, which made them consistent, so the checks above (a pass
// over every offset and two over every column, per call) are not repeated.
torch::Tensor rigPoseCorrectives(const Rig& rig, const torch::Tensor& feat) {
  return PoseCorrectivesFunction::apply(feat, rig.pose_dirs_rows, rig.pose_dirs_cols, rig.pose_dirs_values);
}
}  // namespace

torch::Tensor blendVerticesReference(const torch::Tensor& a, const torch::Tensor& weights,
                                     const torch::Tensor& verts) {
  const int64_t b = a.size(0), n = weights.size(0);
  const auto blended = torch::matmul(weights, a.reshape({b, kNumJoints, 12})).view({b, n, 3, 4});
  return torch::matmul(blended.narrow(3, 0, 3), verts.unsqueeze(-1)).squeeze(-1) + blended.select(3, 3);
}

torch::Tensor blendVertices(const torch::Tensor& a, const torch::Tensor& weights,
                            const torch::Tensor& verts) {
  if (a.dim() != 4 || a.size(1) != kNumJoints || a.size(2) != 3 || a.size(3) != 4 || weights.dim() != 2 ||
      weights.size(1) != kNumJoints || verts.dim() != 3 || verts.size(1) != weights.size(0) ||
      verts.size(2) != 3 || (verts.size(0) != a.size(0) && verts.size(0) != 1) ||
      a.scalar_type() != weights.scalar_type() || a.scalar_type() != verts.scalar_type())
    throw Error(
        "blendVertices: need transforms [B,16,3,4], weights [N,16] and vertices [B or 1,N,3] of one dtype");
  if (!a.device().is_cpu() || weights.requires_grad()) return blendVerticesReference(a, weights, verts);
  return BlendVerticesFunction::apply(a, weights, verts);
}

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
  if (model.hasPoseCorrectives()) {
    rig.pose_dirs = fromEigen(model.pose_dirs.data(), {n * 3, 9 * (kNumJoints - 1)}, dtype, device);
    const auto nonzero = rig.pose_dirs != 0;
    if (device.is_cpu() && nonzero.sum().item<int64_t>() * 4 <= rig.pose_dirs.numel()) {
      const auto at = nonzero.nonzero();  // [nnz,2] in row-major order
      rig.pose_dirs_cols = at.select(1, 1).contiguous();
      rig.pose_dirs_values = rig.pose_dirs.masked_select(nonzero);
      rig.pose_dirs_rows = torch::cat({torch::zeros({1}, torch::kInt64), nonzero.sum(1).cumsum(0)});
    }
  }
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
    const auto offsets = rig.pose_dirs_rows.defined() && feat.device().is_cpu()
                             ? rigPoseCorrectives(rig, feat)
                             : torch::matmul(feat, rig.pose_dirs.t());
    verts = verts + offsets.view({b, n, 3});
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
  auto posed = blendVertices(a34, rig.skin_weights, verts);
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
