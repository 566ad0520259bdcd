// Shading terms of the renderer, as differentiable LibTorch functions over any number of pixels:
// tangent-space normal mapping, a point light with an ambient ratio (HARP), second-order spherical
// harmonics (XHand) and the shading combination. All inputs may require grad.
#pragma once

#include <torch/types.h>

namespace palma::render {

// Per UV-vertex tangent frames from UV derivatives (the glTF / MikkTSpace convention: tangent along +u,
// bitangent along +v, v pointing up in the texture, w = handedness so bitangent = w * cross(n, t)).
//   verts: [B,N,3], faces: [F,3], uvs: [T,2], uv_faces: [F,3], vertex_normals: [B,N,3]
//   returns [B,T,4]: unit tangent orthogonal to the vertex normal, and w = +-1
torch::Tensor uvTangents(const torch::Tensor& verts, const torch::Tensor& faces, const torch::Tensor& uvs,
                         const torch::Tensor& uv_faces, const torch::Tensor& vertex_normals);

// The same tangents as one autograd operation made of LibTorch ops with a hand-written backward (no
// gradient to the UVs): the path for other devices (CUDA), where each op costs a launch; it runs on the
// CPU too (tests).
torch::Tensor uvTangentsComposed(const torch::Tensor& verts, const torch::Tensor& faces,
                                 const torch::Tensor& uvs, const torch::Tensor& uv_faces,
                                 const torch::Tensor& vertex_normals);

// The same tangents as a composition of LibTorch ops (uvTangents runs one operation with a
// hand-written backward on the CPU): the path for gradients to the UVs, and the reference the tests
// compare with.
torch::Tensor uvTangentsReference(const torch::Tensor& verts, const torch::Tensor& faces,
                                  const torch::Tensor& uvs, const torch::Tensor& uv_faces,
                                  const torch::Tensor& vertex_normals);

// Applies a tangent-space normal map.
//   normals: [...,3] interpolated vertex normals (any length), tangents: [...,4] interpolated tangents,
//   map: [...,3] normal-map texels in [0,1] ((0.5, 0.5, 1) = unperturbed)
//   returns [...,3] unit shading normals
torch::Tensor applyNormalMap(const torch::Tensor& normals, const torch::Tensor& tangents,
                             const torch::Tensor& map);

// Lambertian irradiance of second-order spherical harmonics (Ramamoorthi & Hanrahan 2001).
//   normals: [B,P,3] unit, coefficients: [B or 1,9,C] in the order L00, L1-1, L10, L11, L2-2, L2-1, L20,
//   L21, L22 -> [B,P,C]
torch::Tensor shIrradiance(const torch::Tensor& normals, const torch::Tensor& coefficients);

// The coefficient L00 for which shIrradiance is `level` for every normal (HARP/XHand start ~0.8).
double shConstant(double level);

// max(0, n . l) for a point light: normals [...,3] unit, points [...,3] surface positions, light
// [...,3] light positions broadcastable to points -> [...,1]
torch::Tensor pointLightCosine(const torch::Tensor& normals, const torch::Tensor& points,
                               const torch::Tensor& light);

}  // namespace palma::render
