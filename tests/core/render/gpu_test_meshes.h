// Meshes shared by the CUDA emulation test (tests/core/render/gpu_emulation_test.cpp) and the GPU
// parity tests (tests/gpu/): a random triangle soup in clip space, with triangles crossing the near
// plane and behind the camera, and the built-in hand seen by a batch of cameras.
#pragma once

#include <torch/torch.h>

#include <cmath>

#include "core/model/builtin_hand.h"
#include "core/render/camera.h"

namespace palma::test {

struct ClipMesh {
  torch::Tensor pos;       // [B,N,4] clip space
  torch::Tensor tri;       // [F,3] int64
  torch::Tensor uvs;       // [T,2] (hand only; undefined for the soup)
  torch::Tensor uv_faces;  // [F,3] int64 (hand only)
  torch::Tensor normals;   // [B,N,3] camera-space vertex normals (hand only)
  torch::Tensor points;    // [B,N,3] camera-space positions (hand only)
};

// `triangles` random triangles in [-1.2,1.2]^2 x depth, a tenth of them crossing the near plane, over
// `batch` images.
inline ClipMesh randomSoup(int batch, int triangles, torch::ScalarType dtype, uint64_t seed) {
  torch::manual_seed(seed);
  const auto options = torch::TensorOptions().dtype(dtype);
  const int64_t n = 3 * static_cast<int64_t>(triangles);
  auto centre = torch::rand({batch, triangles, 1, 3}, options) * 2.4 - 1.2;
  auto offset = (torch::rand({batch, triangles, 3, 3}, options) - 0.5) * 0.5;
  auto xyz = (centre + offset).reshape({batch, n, 3});
  auto w = torch::rand({batch, n, 1}, options) + 0.5;
  auto z = torch::rand({batch, n, 1}, options) * 1.8 - 0.9;
  // Every tenth triangle gets one vertex behind the near plane (z < -w).
  auto behind = torch::zeros({batch, n, 1}, options);
  behind.view({batch, triangles, 3})
      .index_put_({torch::indexing::Slice(), torch::indexing::Slice(0, triangles, 10), 0}, 1.0);
  z = z - behind * (w + 0.5);
  ClipMesh m;
  m.pos = torch::cat({xyz.narrow(2, 0, 2) * w, z * w, w}, 2).contiguous();
  m.tri = torch::arange(n, torch::kInt64).view({triangles, 3});
  return m;
}

// The built-in right hand (rest pose), turned a little differently in each of `batch` images of
// size x size pixels so that it fills about half the frame.
inline ClipMesh builtinHandClip(int batch, int size, torch::ScalarType dtype) {
  const auto hand = palma::makeBuiltinHand();
  const auto options = torch::TensorOptions().dtype(dtype);
  auto verts =
      torch::from_blob(const_cast<float*>(hand.vertices.data()), {hand.vertices.rows(), 3}, torch::kFloat32)
          .to(dtype)
          .clone();
  auto faces = torch::from_blob(const_cast<int*>(hand.faces.data()), {hand.faces.rows(), 3}, torch::kInt32)
                   .to(torch::kInt64)
                   .clone();
  ClipMesh m;
  m.tri = faces;
  m.uvs = torch::from_blob(const_cast<float*>(hand.uvs.data()), {hand.uvs.rows(), 2}, torch::kFloat32)
              .to(dtype)
              .clone();
  m.uv_faces =
      torch::from_blob(const_cast<int*>(hand.uv_faces.data()), {hand.uv_faces.rows(), 3}, torch::kInt32)
          .to(torch::kInt64)
          .clone();
  auto centred = verts - verts.mean(0, true);
  const double radius = centred.norm(2, 1).max().item<double>();
  std::vector<torch::Tensor> frames, normals;
  for (int b = 0; b < batch; ++b) {
    const double a = 0.4 * b, c = std::cos(a), s = std::sin(a);
    auto rot = torch::tensor({c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c}, options).view({3, 3});
    frames.push_back(torch::matmul(centred, rot.t()) + torch::tensor({0.0, 0.0, 2.2 * radius}, options));
  }
  m.points = torch::stack(frames);
  // Area-weighted vertex normals.
  auto v0 = m.points.index_select(1, faces.select(1, 0)), v1 = m.points.index_select(1, faces.select(1, 1)),
       v2 = m.points.index_select(1, faces.select(1, 2));
  auto fn = torch::cross(v1 - v0, v2 - v0, 2);
  auto vn = torch::zeros_like(m.points);
  for (int k = 0; k < 3; ++k) vn.index_add_(1, faces.select(1, k), fn);
  m.normals = vn / vn.norm(2, 2, true).clamp_min(1e-12);
  auto cameras = palma::render::CameraBatch::repeat(palma::render::Camera::fromFieldOfView(45, size, size),
                                                    batch, dtype);
  m.pos = palma::render::cameraToClip(cameras, m.points).contiguous();
  return m;
}

}  // namespace palma::test
