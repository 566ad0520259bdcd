// Vertex normals of a batch of meshes as one autograd operation with a hand-written backward: the
// renderer and the skinning (displacement along the normal) call it for every frame, and the same
// computation as a chain of LibTorch ops (vertexNormalsReference) spends most of its time in
// index_add, which LibTorch 1.13 runs one index at a time on the CPU.
#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <cmath>
#include <vector>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/model/skinning.h"

namespace palma {

namespace {

constexpr double kMinLength = 1e-12;  // as the reference's clamp_min

// Per-face cross products (|fn| = twice the area) summed onto the face's vertices: sum [N,3].
template <typename T>
void accumulateFaceNormals(const T* v, const int64_t* f, int64_t faces, T* sum, int64_t vertices) {
  std::fill(sum, sum + vertices * 3, T(0));
  for (int64_t k = 0; k < faces; ++k) {
    const T* a = v + 3 * f[3 * k];
    const T* b = v + 3 * f[3 * k + 1];
    const T* c = v + 3 * f[3 * k + 2];
    const T e1[3] = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
    const T e2[3] = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
    const T n[3] = {e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2],
                    e1[0] * e2[1] - e1[1] * e2[0]};
    for (int corner = 0; corner < 3; ++corner) {
      T* s = sum + 3 * f[3 * k + corner];
      s[0] += n[0];
      s[1] += n[1];
      s[2] += n[2];
    }
  }
}

template <typename T>
void normalsForward(const T* verts, const int64_t* faces, int64_t batch, int64_t n, int64_t f, T* out) {
  palma::cpu::parallelFor(0, batch, 1, [&](int64_t b0, int64_t b1) {
    for (int64_t b = b0; b < b1; ++b) {
      T* o = out + b * n * 3;
      accumulateFaceNormals(verts + b * n * 3, faces, f, o, n);
      for (int64_t i = 0; i < n; ++i) {
        T* s = o + 3 * i;
        const T len = std::max(std::sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]), T(kMinLength));
        s[0] /= len;
        s[1] /= len;
        s[2] /= len;
      }
    }
  });
}

template <typename T>
void normalsBackward(const T* verts, const int64_t* faces, int64_t batch, int64_t n, int64_t f, const T* grad,
                     T* grad_verts) {
  palma::cpu::parallelFor(0, batch, 1, [&](int64_t b0, int64_t b1) {
    std::vector<T> sum(static_cast<size_t>(n) * 3);
    for (int64_t b = b0; b < b1; ++b) {
      const T* v = verts + b * n * 3;
      const T* g = grad + b * n * 3;
      T* gv = grad_verts + b * n * 3;
      accumulateFaceNormals(v, faces, f, sum.data(), n);
      // d (s / |s|) = (ds - u (u . ds)) / |s| with u = s / |s|; below the clamp, s / kMinLength.
      for (int64_t i = 0; i < n; ++i) {
        T* s = sum.data() + 3 * i;
        const T raw = std::sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
        const T* gi = g + 3 * i;
        if (raw > T(kMinLength)) {
          const T u[3] = {s[0] / raw, s[1] / raw, s[2] / raw};
          const T d = u[0] * gi[0] + u[1] * gi[1] + u[2] * gi[2];
          for (int k = 0; k < 3; ++k) s[k] = (gi[k] - u[k] * d) / raw;
        } else {
          for (int k = 0; k < 3; ++k) s[k] = gi[k] / T(kMinLength);
        }
      }
      // The face normal e1 x e2 reaches its three vertices' sums; d(e1 x e2) = de1 x e2 + e1 x de2.
      for (int64_t k = 0; k < f; ++k) {
        const int64_t i0 = faces[3 * k], i1 = faces[3 * k + 1], i2 = faces[3 * k + 2];
        const T* a = v + 3 * i0;
        const T* bb = v + 3 * i1;
        const T* c = v + 3 * i2;
        const T e1[3] = {bb[0] - a[0], bb[1] - a[1], bb[2] - a[2]};
        const T e2[3] = {c[0] - a[0], c[1] - a[1], c[2] - a[2]};
        const T* s0 = sum.data() + 3 * i0;
        const T* s1 = sum.data() + 3 * i1;
        const T* s2 = sum.data() + 3 * i2;
        const T gn[3] = {s0[0] + s1[0] + s2[0], s0[1] + s1[1] + s2[1], s0[2] + s1[2] + s2[2]};
        // d/d e1 of gn . (e1 x e2) = e2 x gn; d/d e2 = gn x e1.
        const T g1[3] = {e2[1] * gn[2] - e2[2] * gn[1], e2[2] * gn[0] - e2[0] * gn[2],
                         e2[0] * gn[1] - e2[1] * gn[0]};
        const T g2[3] = {gn[1] * e1[2] - gn[2] * e1[1], gn[2] * e1[0] - gn[0] * e1[2],
                         gn[0] * e1[1] - gn[1] * e1[0]};
        for (int d = 0; d < 3; ++d) {
          gv[3 * i1 + d] += g1[d];
          gv[3 * i2 + d] += g2[d];
          gv[3 * i0 + d] -= g1[d] + g2[d];
        }
      }
    }
  });
}

class VertexNormalsFunction : public torch::autograd::Function<VertexNormalsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& verts,
                               const torch::Tensor& faces) {
    auto out = torch::empty_like(verts);
    AT_DISPATCH_FLOATING_TYPES(verts.scalar_type(), "vertex_normals", [&] {
      normalsForward(verts.data_ptr<scalar_t>(), faces.data_ptr<int64_t>(), verts.size(0), verts.size(1),
                     faces.size(0), out.data_ptr<scalar_t>());
    });
    ctx->save_for_backward({verts, faces});
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto grad = grads[0].contiguous();
    auto grad_verts = torch::zeros_like(s[0]);
    AT_DISPATCH_FLOATING_TYPES(s[0].scalar_type(), "vertex_normals_backward", [&] {
      normalsBackward(s[0].data_ptr<scalar_t>(), s[1].data_ptr<int64_t>(), s[0].size(0), s[0].size(1),
                      s[1].size(0), grad.data_ptr<scalar_t>(), grad_verts.data_ptr<scalar_t>());
    });
    return {grad_verts, torch::Tensor()};
  }
};

// The same normals for tensors on other devices (CUDA): LibTorch ops, but one autograd node with a
// hand-written backward. On a GPU every LibTorch op costs the CPU the same few microseconds to launch
// whatever its size, and the op-by-op composition (vertexNormalsReference) records about 15 autograd
// nodes whose backward launches about 40 ops; this runs 11 forward and 17 backward.
class VertexNormalsOpsFunction : public torch::autograd::Function<VertexNormalsOpsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& verts,
                               const torch::Tensor& faces) {
    const int64_t batch = verts.size(0), count = faces.size(0);
    const auto corners = faces.reshape({-1});                                  // [3F]
    const auto v = verts.index_select(1, corners).view({batch, count, 3, 3});  // [B,F,corner,3]
    const auto v0 = v.select(2, 0);
    const auto e1 = v.select(2, 1) - v0, e2 = v.select(2, 2) - v0;  // [B,F,3]
    const auto fn = torch::cross(e1, e2, -1);                       // |fn| = 2 area
    const auto sum = torch::zeros_like(verts).index_add_(
        1, corners, fn.unsqueeze(2).expand({batch, count, 3, 3}).reshape({batch, 3 * count, 3}));
    const auto length = sum.norm(2, -1, true).clamp_min(kMinLength);
    const auto out = sum / length;
    ctx->save_for_backward({e1, e2, out, length, corners});
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto &e1 = s[0], &e2 = s[1], &out = s[2], &length = s[3], &corners = s[4];
    const auto& g = grads[0];
    const int64_t batch = e1.size(0), count = e1.size(1);
    // out = sum / max(|sum|, min): the radial part of g drops out where the length is not clamped.
    const auto radial = (g * out).sum(-1, true) * (length > kMinLength);
    const auto g_sum = (g - out * radial) / length;  // [B,N,3]
    // Each face normal went to its three corners; then fn = e1 x e2.
    const auto g_fn = g_sum.index_select(1, corners).view({batch, count, 3, 3}).sum(2);  // [B,F,3]
    const auto g_e1 = torch::cross(e2, g_fn, -1), g_e2 = torch::cross(g_fn, e1, -1);
    const auto g_corners = torch::stack({-(g_e1 + g_e2), g_e1, g_e2}, 2).view({batch, 3 * count, 3});
    return {torch::zeros_like(g_sum).index_add_(1, corners, g_corners), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor vertexNormalsComposed(const torch::Tensor& verts, const torch::Tensor& faces) {
  return VertexNormalsOpsFunction::apply(verts, faces.to(verts.device(), torch::kLong).contiguous());
}

torch::Tensor vertexNormalsReference(const torch::Tensor& verts, const torch::Tensor& faces) {
  const auto v0 = verts.index_select(1, faces.select(1, 0));
  const auto v1 = verts.index_select(1, faces.select(1, 1));
  const auto v2 = verts.index_select(1, faces.select(1, 2));
  const auto fn = torch::cross(v1 - v0, v2 - v0, -1);  // [B,F,3], |fn| = 2 * area
  auto n = torch::zeros_like(verts);
  for (int c = 0; c < 3; ++c) n = n.index_add(1, faces.select(1, c), fn);
  return n / n.norm(2, -1, true).clamp_min(kMinLength);
}

torch::Tensor vertexNormals(const torch::Tensor& verts, const torch::Tensor& faces) {
  if (!verts.defined() || verts.dim() != 3 || verts.size(2) != 3 || !verts.is_floating_point())
    throw InputError("vertex normals: `verts` must be a floating-point [B,N,3] tensor");
  if (!faces.defined() || faces.dim() != 2 || faces.size(1) != 3)
    throw InputError("vertex normals: `faces` must be [F,3]");
  // The kernel runs on the CPU; other devices use the LibTorch-op composition.
  if (!verts.device().is_cpu()) return vertexNormalsComposed(verts, faces);
  const auto f = faces.to(torch::kCPU, torch::kLong).contiguous();
  if (f.numel() > 0) {
    const int64_t lo = f.min().item<int64_t>(), hi = f.max().item<int64_t>();
    if (lo < 0 || hi >= verts.size(1))
      throw InputError("vertex normals: `faces` refers to vertex " + std::to_string(lo < 0 ? lo : hi) +
                       " of " + std::to_string(verts.size(1)));
  }
  return VertexNormalsFunction::apply(verts.contiguous(), f);
}

}  // namespace palma
