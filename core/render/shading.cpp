#include "core/render/shading.h"

#include <torch/torch.h>

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
  const auto fi = faces.to(verts.device(), torch::kLong), ui = uv_faces.to(verts.device(), torch::kLong);
  const int64_t t = uvs.size(0);
  const auto p = verts.index_select(1, fi.flatten()).view({verts.size(0), -1, 3, 3});          // [B,F,3,3]
  const auto uv = uvs.to(verts.scalar_type()).index_select(0, ui.flatten()).view({-1, 3, 2});  // [F,3,2]
  const auto e1 = p.select(2, 1) - p.select(2, 0), e2 = p.select(2, 2) - p.select(2, 0);       // [B,F,3]
  const auto d1 = uv.select(1, 1) - uv.select(1, 0), d2 = uv.select(1, 2) - uv.select(1, 0);   // [F,2]
  const auto du1 = d1.select(1, 0).view({1, -1, 1}), dv1 = d1.select(1, 1).view({1, -1, 1});
  const auto du2 = d2.select(1, 0).view({1, -1, 1}), dv2 = d2.select(1, 1).view({1, -1, 1});
  // dP/du and dP/dv up to the common factor 1/r; multiplying by sign(r) instead keeps the direction and
  // weights each face by its size, and degenerate UV triangles (r = 0) contribute nothing.
  const auto sign = torch::sign(du1 * dv2 - du2 * dv1);
  const auto face_t = (e1 * dv2 - e2 * dv1) * sign;  // [B,F,3]
  const auto face_b = (e2 * du1 - e1 * du2) * sign;
  const auto corner = ui.flatten();  // [3F]
  auto acc_t = torch::zeros({verts.size(0), t, 3}, verts.options());
  auto acc_b = torch::zeros({verts.size(0), t, 3}, verts.options());
  acc_t = acc_t.index_add(1, corner, face_t.repeat_interleave(3, 1));
  acc_b = acc_b.index_add(1, corner, face_b.repeat_interleave(3, 1));
  // The normal of each UV vertex is its geometric vertex's normal.
  auto uv_to_vertex = torch::zeros({t}, fi.options());
  uv_to_vertex.index_put_({corner}, fi.flatten());
  const auto n = normalized(vertex_normals.index_select(1, uv_to_vertex));  // [B,T,3]
  const auto tangent = normalized(acc_t - n * (n * acc_t).sum(-1, true));
  const auto handed = torch::where((torch::cross(n, tangent, -1) * acc_b).sum(-1, true) < 0,
                                   -torch::ones_like(tangent.select(-1, 0).unsqueeze(-1)),
                                   torch::ones_like(tangent.select(-1, 0).unsqueeze(-1)));
  return torch::cat({tangent, handed}, -1);
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
