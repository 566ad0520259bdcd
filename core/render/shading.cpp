#include "core/render/shading.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/op_checks.h"

namespace palma::render {

namespace {

torch::Tensor normalized(const torch::Tensor& v) {
  // Safe for zero vectors (returns zero instead of NaN, and a finite gradient).
  return v / torch::sqrt((v * v).sum(-1, true) + 1e-20);
}

// SH irradiance constants (Ramamoorthi & Hanrahan 2001, eq. 13).
constexpr double kC1 = 0.429043, kC2 = 0.511664, kC3 = 0.743125, kC4 = 0.886227, kC5 = 0.247708;

// Per-face tangent and bitangent directions (scaled by the face's size, signed by the UV winding).
template <typename T>
struct FaceFrame {
  T t[3], b[3];
};

template <typename T>
struct TangentProblem {
  const T* verts;               // [B,N,3]
  const T* normals;             // [B,N,3]
  const T* uvs;                 // [T,2]
  const int64_t* faces;         // [F,3]
  const int64_t* uv_faces;      // [F,3]
  const int64_t* uv_to_vertex;  // [T]
  int64_t n, t, f;
};

template <typename T>
FaceFrame<T> faceFrame(const TangentProblem<T>& p, const T* v, int64_t k, T* dv1s = nullptr,
                       T* dv2s = nullptr) {
  const T* a = v + 3 * p.faces[3 * k];
  const T* b = v + 3 * p.faces[3 * k + 1];
  const T* c = v + 3 * p.faces[3 * k + 2];
  const T* ua = p.uvs + 2 * p.uv_faces[3 * k];
  const T* ub = p.uvs + 2 * p.uv_faces[3 * k + 1];
  const T* uc = p.uvs + 2 * p.uv_faces[3 * k + 2];
  const T du1 = ub[0] - ua[0], dv1 = ub[1] - ua[1], du2 = uc[0] - ua[0], dv2 = uc[1] - ua[1];
  const T r = du1 * dv2 - du2 * dv1;
  const T sign = r > 0 ? T(1) : (r < 0 ? T(-1) : T(0));
  FaceFrame<T> out;
  for (int d = 0; d < 3; ++d) {
    const T e1 = b[d] - a[d], e2 = c[d] - a[d];
    out.t[d] = (e1 * dv2 - e2 * dv1) * sign;
    out.b[d] = (e2 * du1 - e1 * du2) * sign;
  }
  if (dv1s) *dv1s = dv1 * sign;
  if (dv2s) *dv2s = dv2 * sign;
  return out;
}

// The summed face frames of every UV vertex of image `b`: acc_t, acc_b [T,3].
template <typename T>
void accumulateFrames(const TangentProblem<T>& p, const T* v, T* acc_t, T* acc_b) {
  std::fill(acc_t, acc_t + p.t * 3, T(0));
  if (acc_b) std::fill(acc_b, acc_b + p.t * 3, T(0));
  for (int64_t k = 0; k < p.f; ++k) {
    const FaceFrame<T> fr = faceFrame(p, v, k);
    for (int corner = 0; corner < 3; ++corner) {
      const int64_t u = p.uv_faces[3 * k + corner];
      for (int d = 0; d < 3; ++d) {
        acc_t[3 * u + d] += fr.t[d];
        if (acc_b) acc_b[3 * u + d] += fr.b[d];
      }
    }
  }
}

template <typename T>
T norm20(const T* v) {
  return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2] + T(1e-20));
}

template <typename T>
void tangentsForward(const TangentProblem<T>& p, int64_t batch, T* out) {
  palma::cpu::parallelFor(0, batch, 1, [&](int64_t b0, int64_t b1) {
    std::vector<T> acc_t(static_cast<size_t>(p.t) * 3), acc_b(static_cast<size_t>(p.t) * 3);
    for (int64_t b = b0; b < b1; ++b) {
      accumulateFrames(p, p.verts + b * p.n * 3, acc_t.data(), acc_b.data());
      const T* normals = p.normals + b * p.n * 3;
      for (int64_t u = 0; u < p.t; ++u) {
        const T* m = normals + 3 * p.uv_to_vertex[u];
        const T lm = norm20(m);
        const T n[3] = {m[0] / lm, m[1] / lm, m[2] / lm};
        const T* a = acc_t.data() + 3 * u;
        const T na = n[0] * a[0] + n[1] * a[1] + n[2] * a[2];
        const T tp[3] = {a[0] - n[0] * na, a[1] - n[1] * na, a[2] - n[2] * na};
        const T l = norm20(tp);
        T* o = out + (b * p.t + u) * 4;
        for (int d = 0; d < 3; ++d) o[d] = tp[d] / l;
        const T* ab = acc_b.data() + 3 * u;
        const T c[3] = {n[1] * o[2] - n[2] * o[1], n[2] * o[0] - n[0] * o[2], n[0] * o[1] - n[1] * o[0]};
        o[3] = c[0] * ab[0] + c[1] * ab[1] + c[2] * ab[2] < 0 ? T(-1) : T(1);
      }
    }
  });
}

template <typename T>
void tangentsBackward(const TangentProblem<T>& p, int64_t batch, const T* grad, T* grad_verts,
                      T* grad_normals) {
  palma::cpu::parallelFor(0, batch, 1, [&](int64_t b0, int64_t b1) {
    std::vector<T> acc_t(static_cast<size_t>(p.t) * 3);
    for (int64_t b = b0; b < b1; ++b) {
      const T* v = p.verts + b * p.n * 3;
      accumulateFrames<T>(p, v, acc_t.data(), nullptr);
      const T* normals = p.normals + b * p.n * 3;
      // Per UV vertex: tangent = tp / |tp|, tp = a - n (n . a), n = m / |m|. acc_t becomes d / d a.
      for (int64_t u = 0; u < p.t; ++u) {
        const T* g = grad + (b * p.t + u) * 4;
        const int64_t vi = p.uv_to_vertex[u];
        const T* m = normals + 3 * vi;
        const T lm = norm20(m);
        const T n[3] = {m[0] / lm, m[1] / lm, m[2] / lm};
        T* a = acc_t.data() + 3 * u;
        const T na = n[0] * a[0] + n[1] * a[1] + n[2] * a[2];
        const T tp[3] = {a[0] - n[0] * na, a[1] - n[1] * na, a[2] - n[2] * na};
        const T l = norm20(tp);
        const T tg = (tp[0] * g[0] + tp[1] * g[1] + tp[2] * g[2]) / (l * l * l);
        T g_tp[3];
        for (int d = 0; d < 3; ++d) g_tp[d] = g[d] / l - tp[d] * tg;
        const T n_gtp = n[0] * g_tp[0] + n[1] * g_tp[1] + n[2] * g_tp[2];
        T g_n[3];
        for (int d = 0; d < 3; ++d) g_n[d] = -(g_tp[d] * na + a[d] * n_gtp);
        if (grad_normals) {
          const T mg = (m[0] * g_n[0] + m[1] * g_n[1] + m[2] * g_n[2]) / (lm * lm * lm);
          T* gn = grad_normals + (b * p.n + vi) * 3;
          for (int d = 0; d < 3; ++d) gn[d] += g_n[d] / lm - m[d] * mg;
        }
        for (int d = 0; d < 3; ++d) a[d] = g_tp[d] - n[d] * n_gtp;
      }
      if (!grad_verts) continue;
      T* gv = grad_verts + b * p.n * 3;
      for (int64_t k = 0; k < p.f; ++k) {
        T dv1s = 0, dv2s = 0;
        faceFrame(p, v, k, &dv1s, &dv2s);
        const T* a0 = acc_t.data() + 3 * p.uv_faces[3 * k];
        const T* a1 = acc_t.data() + 3 * p.uv_faces[3 * k + 1];
        const T* a2 = acc_t.data() + 3 * p.uv_faces[3 * k + 2];
        const int64_t i0 = p.faces[3 * k], i1 = p.faces[3 * k + 1], i2 = p.faces[3 * k + 2];
        for (int d = 0; d < 3; ++d) {
          // face t = (e1 dv2 - e2 dv1) sign, e1 = v1 - v0, e2 = v2 - v0.
          const T gt = a0[d] + a1[d] + a2[d];
          const T g1 = gt * dv2s, g2 = -gt * dv1s;
          gv[3 * i1 + d] += g1;
          gv[3 * i2 + d] += g2;
          gv[3 * i0 + d] -= g1 + g2;
        }
      }
    }
  });
}

template <typename T>
TangentProblem<T> tangentProblem(const torch::autograd::variable_list& s) {
  TangentProblem<T> p;
  p.verts = s[0].data_ptr<T>();
  p.normals = s[1].data_ptr<T>();
  p.uvs = s[2].data_ptr<T>();
  p.faces = s[3].data_ptr<int64_t>();
  p.uv_faces = s[4].data_ptr<int64_t>();
  p.uv_to_vertex = s[5].data_ptr<int64_t>();
  p.n = s[0].size(1);
  p.t = s[2].size(0);
  p.f = s[3].size(0);
  return p;
}

class TangentsFunction : public torch::autograd::Function<TangentsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& verts,
                               const torch::Tensor& normals, const torch::Tensor& uvs,
                               const torch::Tensor& faces, const torch::Tensor& uv_faces,
                               const torch::Tensor& uv_to_vertex) {
    const torch::autograd::variable_list s = {verts, normals, uvs, faces, uv_faces, uv_to_vertex};
    auto out = torch::empty({verts.size(0), uvs.size(0), 4}, verts.options());
    AT_DISPATCH_FLOATING_TYPES(verts.scalar_type(), "uv_tangents", [&] {
      tangentsForward(tangentProblem<scalar_t>(s), verts.size(0), out.data_ptr<scalar_t>());
    });
    ctx->save_for_backward(s);
    return out;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto grad = grads[0].contiguous();
    const bool need_verts = ctx->needs_input_grad(0), need_normals = ctx->needs_input_grad(1);
    auto grad_verts = need_verts ? torch::zeros_like(s[0]) : torch::Tensor();
    auto grad_normals = need_normals ? torch::zeros_like(s[1]) : torch::Tensor();
    AT_DISPATCH_FLOATING_TYPES(s[0].scalar_type(), "uv_tangents_backward", [&] {
      tangentsBackward(tangentProblem<scalar_t>(s), s[0].size(0), grad.data_ptr<scalar_t>(),
                       need_verts ? grad_verts.data_ptr<scalar_t>() : nullptr,
                       need_normals ? grad_normals.data_ptr<scalar_t>() : nullptr);
    });
    return {grad_verts, grad_normals, torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

// The terms of the tangent frames, as LibTorch ops: the op-by-op reference returns the frames from them
// (autograd records every op), and TangentsOpsFunction's forward, which records nothing, keeps some of
// them for its hand-written backward. fi, ui: [F,3] int64 on the vertices' device; uvs [T,2] of their
// dtype.
struct TangentTerms {
  torch::Tensor acc_t;         // [B,T,3] summed face tangents (dP/du up to the face's 1/r)
  torch::Tensor n, m_length;   // [B,T,3] unit normals of the UV vertices, and the length they had
  torch::Tensor tangent;       // [B,T,3] acc_t made orthogonal to n and unit
  torch::Tensor u_length;      // [B,T,1] the length the tangent had before
  torch::Tensor handed;        // [B,T,1] +-1
  torch::Tensor uv_to_vertex;  // [T] geometric vertex of each UV vertex
  torch::Tensor dv1s, dv2s;    // [1,F,1] the faces' UV v-differences times sign(r)
};

TangentTerms tangentTerms(const torch::Tensor& verts, const torch::Tensor& vertex_normals,
                          const torch::Tensor& uvs, const torch::Tensor& fi, const torch::Tensor& ui) {
  const int64_t t = uvs.size(0);
  const auto p = verts.index_select(1, fi.flatten()).view({verts.size(0), -1, 3, 3});         // [B,F,3,3]
  const auto uv = uvs.index_select(0, ui.flatten()).view({-1, 3, 2});                         // [F,3,2]
  const auto e1 = p.select(2, 1) - p.select(2, 0), e2 = p.select(2, 2) - p.select(2, 0);      // [B,F,3]
  const auto d1 = uv.select(1, 1) - uv.select(1, 0), d2 = uv.select(1, 2) - uv.select(1, 0);  // [F,2]
  const auto du1 = d1.select(1, 0).view({1, -1, 1}), dv1 = d1.select(1, 1).view({1, -1, 1});
  const auto du2 = d2.select(1, 0).view({1, -1, 1}), dv2 = d2.select(1, 1).view({1, -1, 1});
  // dP/du and dP/dv up to the common factor 1/r; multiplying by sign(r) instead keeps the direction and
  // weights each face by its size, and degenerate UV triangles (r = 0) contribute nothing.
  const auto sign = torch::sign(du1 * dv2 - du2 * dv1);
  const auto face_t = (e1 * dv2 - e2 * dv1) * sign;  // [B,F,3]
  const auto face_b = (e2 * du1 - e1 * du2) * sign;
  const auto corner = ui.flatten();  // [3F]
  TangentTerms k;
  k.acc_t = torch::zeros({verts.size(0), t, 3}, verts.options())
                .index_add(1, corner, face_t.repeat_interleave(3, 1));
  const auto acc_b = torch::zeros({verts.size(0), t, 3}, verts.options())
                         .index_add(1, corner, face_b.repeat_interleave(3, 1));
  // The normal of each UV vertex is its geometric vertex's normal.
  k.uv_to_vertex = torch::zeros({t}, fi.options());
  k.uv_to_vertex.index_put_({corner}, fi.flatten());
  const auto m = vertex_normals.index_select(1, k.uv_to_vertex);  // [B,T,3]
  // As normalized(): v / sqrt(|v|^2 + 1e-20), safe for zero vectors.
  k.m_length = torch::sqrt((m * m).sum(-1, true) + 1e-20);
  k.n = m / k.m_length;
  const auto u = k.acc_t - k.n * (k.n * k.acc_t).sum(-1, true);
  k.u_length = torch::sqrt((u * u).sum(-1, true) + 1e-20);
  k.tangent = u / k.u_length;
  k.handed = torch::where((torch::cross(k.n, k.tangent, -1) * acc_b).sum(-1, true) < 0,
                          -torch::ones_like(k.u_length), torch::ones_like(k.u_length));
  k.dv1s = dv1 * sign;
  k.dv2s = dv2 * sign;
  return k;
}

// The tangents for tensors on other devices (CUDA) with fixed UVs: the reference's terms, but one
// autograd node with a hand-written backward (about 30 ops) where the op-by-op chain records about 40
// nodes: on a GPU every op costs the CPU a launch, whatever its size.
class TangentsOpsFunction : public torch::autograd::Function<TangentsOpsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& verts,
                               const torch::Tensor& vertex_normals, const torch::Tensor& uvs,
                               const torch::Tensor& fi, const torch::Tensor& ui) {
    const TangentTerms k = tangentTerms(verts, vertex_normals, uvs, fi, ui);
    ctx->save_for_backward({k.acc_t, k.n, k.m_length, k.tangent, k.u_length, k.uv_to_vertex, ui.flatten(),
                            fi.flatten(), k.dv1s, k.dv2s});
    ctx->saved_data["count"] = fi.size(0);
    ctx->saved_data["vertices"] = verts.size(1);
    return torch::cat({k.tangent, k.handed}, -1);
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto s = ctx->get_saved_variables();
    const auto &acc_t = s[0], &n = s[1], &m_length = s[2], &tangent = s[3], &u_length = s[4];
    const auto &uv_to_vertex = s[5], &corner = s[6], &vertex = s[7], &dv1s = s[8], &dv2s = s[9];
    const int64_t batch = acc_t.size(0), count = ctx->saved_data["count"].toInt();
    const int64_t vertices = ctx->saved_data["vertices"].toInt();
    const auto g = grads[0].narrow(-1, 0, 3);  // the handedness has no gradient
    // tangent = u / |u|, u = acc_t - n (n . acc_t), n = m / |m| (both lengths with the 1e-20 inside).
    const auto g_u = (g - tangent * (tangent * g).sum(-1, true)) / u_length;
    const auto n_dot_g = (n * g_u).sum(-1, true);
    const auto g_acc = g_u - n * n_dot_g;
    const auto g_n = -(g_u * (n * acc_t).sum(-1, true) + acc_t * n_dot_g);
    torch::Tensor grad_verts, grad_normals;
    if (ctx->needs_input_grad(1)) {
      const auto g_m = (g_n - n * (n * g_n).sum(-1, true)) / m_length;
      grad_normals = torch::zeros({batch, vertices, 3}, g.options()).index_add_(1, uv_to_vertex, g_m);
    }
    if (ctx->needs_input_grad(0)) {
      // acc_t gathered each face's tangent at its three UV corners; face_t = (e1 dv2 - e2 dv1) sign.
      const auto g_face = g_acc.index_select(1, corner).view({batch, count, 3, 3}).sum(2);  // [B,F,3]
      const auto g_e1 = g_face * dv2s, g_e2 = -g_face * dv1s;
      const auto g_p = torch::stack({-(g_e1 + g_e2), g_e1, g_e2}, 2).view({batch, 3 * count, 3});
      grad_verts = torch::zeros({batch, vertices, 3}, g.options()).index_add_(1, vertex, g_p);
    }
    return {grad_verts, grad_normals, torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

torch::Tensor uvTangents(const torch::Tensor& verts, const torch::Tensor& faces, const torch::Tensor& uvs,
                         const torch::Tensor& uv_faces, const torch::Tensor& vertex_normals) {
  // verts [B,N,3], faces [F,3], uvs [T,2], uv_faces [F,3], vertex_normals [B,N,3] -> [B,T,4]
  checkFloatTensor("tangents", "verts", verts, 3, 3);
  checkFloatTensor("tangents", "uvs", uvs, 2, 2);
  checkTriangles("tangents", "faces", faces, verts.size(1));
  checkTriangles("tangents", "uv_faces", uv_faces, uvs.size(0));
  if (faces.size(0) != uv_faces.size(0))
    throw InputError("tangents: `faces` and `uv_faces` must list the same triangles");
  if (!vertex_normals.defined() || !vertex_normals.sizes().equals(verts.sizes()))
    throw InputError("tangents: `vertex_normals` must have the shape of `verts`, got " +
                     describe(vertex_normals));
  // The kernel runs on the CPU for fixed UVs; other devices use LibTorch ops in one autograd node, and
  // gradients to the UVs the op-by-op composition.
  if (uvs.requires_grad()) return uvTangentsReference(verts, faces, uvs, uv_faces, vertex_normals);
  if (!verts.device().is_cpu()) return uvTangentsComposed(verts, faces, uvs, uv_faces, vertex_normals);
  const auto fi = faces.to(torch::kLong).contiguous(), ui = uv_faces.to(torch::kLong).contiguous();
  // The geometric vertex of each UV vertex (the last corner naming it, as the reference does).
  auto uv_to_vertex = torch::zeros({uvs.size(0)}, fi.options());
  {
    int64_t* map = uv_to_vertex.data_ptr<int64_t>();
    const int64_t* f = fi.data_ptr<int64_t>();
    const int64_t* u = ui.data_ptr<int64_t>();
    for (int64_t i = 0; i < fi.numel(); ++i) map[u[i]] = f[i];
  }
  return TangentsFunction::apply(verts.contiguous(), vertex_normals.to(verts.scalar_type()).contiguous(),
                                 uvs.to(verts.scalar_type()).contiguous(), fi, ui, uv_to_vertex);
}

torch::Tensor uvTangentsComposed(const torch::Tensor& verts, const torch::Tensor& faces,
                                 const torch::Tensor& uvs, const torch::Tensor& uv_faces,
                                 const torch::Tensor& vertex_normals) {
  const auto device = verts.device();
  return TangentsOpsFunction::apply(verts, vertex_normals.to(verts.scalar_type()),
                                    uvs.to(device, verts.scalar_type()).detach(),
                                    faces.to(device, torch::kLong), uv_faces.to(device, torch::kLong));
}

torch::Tensor uvTangentsReference(const torch::Tensor& verts, const torch::Tensor& faces,
                                  const torch::Tensor& uvs, const torch::Tensor& uv_faces,
                                  const torch::Tensor& vertex_normals) {
  // verts [B,N,3], faces [F,3], uvs [T,2], uv_faces [F,3], vertex_normals [B,N,3] -> [B,T,4]
  const auto k =
      tangentTerms(verts, vertex_normals, uvs.to(verts.scalar_type()), faces.to(verts.device(), torch::kLong),
                   uv_faces.to(verts.device(), torch::kLong));
  return torch::cat({k.tangent, k.handed}, -1);
}

torch::Tensor applyNormalMap(const torch::Tensor& normals, const torch::Tensor& tangents,
                             const torch::Tensor& map) {
  // normals [...,3], tangents [...,4], map [...,3] -> [...,3]
  const auto n = normalized(normals);
  const auto t3 = tangents.narrow(-1, 0, 3);
  const auto w = torch::where(tangents.narrow(-1, 3, 1) < 0, -torch::ones_like(tangents.narrow(-1, 3, 1)),
                              torch::ones_like(tangents.narrow(-1, 3, 1)));
  const auto t = normalized(t3 - n * (n * t3).sum(-1, true));
  const auto b = torch::cross(n, t, -1) * w;
  const auto m = map * 2.0 - 1.0;
  return normalized(t * m.narrow(-1, 0, 1) + b * m.narrow(-1, 1, 1) + n * m.narrow(-1, 2, 1));
}

torch::Tensor shIrradiance(const torch::Tensor& normals, const torch::Tensor& coefficients) {
  // normals [B,P,3], coefficients [B|1,9,C] -> [B,P,C]
  checkFloatTensor("spherical harmonics", "coefficients", coefficients, 3, -1);
  if (coefficients.size(1) != 9)
    throw InputError("spherical harmonics: need 9 coefficients per channel, got " + describe(coefficients));
  const auto x = normals.narrow(-1, 0, 1), y = normals.narrow(-1, 1, 1), z = normals.narrow(-1, 2, 1);
  const auto one = torch::ones_like(x);
  // E(n) = sum_k basis_k(n) L_k with the irradiance-convolved basis below.
  const auto basis = torch::cat({kC4 * one, 2 * kC2 * y, 2 * kC2 * z, 2 * kC2 * x, 2 * kC1 * x * y,
                                 2 * kC1 * y * z, kC3 * z * z - kC5, 2 * kC1 * x * z, kC1 * (x * x - y * y)},
                                -1);  // [B,P,9]
  return torch::matmul(basis, coefficients);
}

double shConstant(double level) { return level / kC4; }

torch::Tensor pointLightCosine(const torch::Tensor& normals, const torch::Tensor& points,
                               const torch::Tensor& light) {
  // normals [...,3], points [...,3], light broadcastable to points -> [...,1]
  const auto l = normalized(light - points);
  return torch::relu((normals * l).sum(-1, true));
}

}  // namespace palma::render
