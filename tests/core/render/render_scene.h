// A small test scene for the renderer tests: a 1 m ground plane facing the camera at z = 1 m and a
// 16 cm cube in front of it, with UVs on their own index buffer, seen by one camera at the origin.
#pragma once

#include <torch/torch.h>

#include "core/render/renderer.h"

namespace palma::test {

struct RenderScene {
  render::RenderMesh mesh;
  render::Material material;
  render::Lighting lighting;
  render::CameraBatch cameras;
};

inline RenderScene planeAndCube(int size, torch::ScalarType dtype = torch::kFloat64, uint64_t seed = 1) {
  const auto options = torch::TensorOptions().dtype(dtype);
  torch::manual_seed(seed);
  RenderScene s;
  const double h = 0.08, cz = 0.8;
  std::vector<double> v = {-0.5, -0.5, 1.0, 0.5, -0.5, 1.0, 0.5, 0.5, 1.0, -0.5, 0.5, 1.0};
  for (int i = 0; i < 8; ++i) {
    v.push_back((i & 1) ? h : -h);
    v.push_back((i & 2) ? h : -h);
    v.push_back(cz + ((i & 4) ? h : -h));
  }
  s.mesh.vertices = torch::tensor(v, options).view({1, 12, 3});
  // Plane: u along +x, v up in the image (along -y). Cube faces: quads (a, b, c, d), outward.
  std::vector<int64_t> faces = {0, 2, 1, 0, 3, 2};
  std::vector<double> uvs = {0.0, 1.0, 0.5, 1.0, 0.5, 0.5, 0.0, 0.5};
  std::vector<int64_t> uv_faces = {0, 2, 1, 0, 3, 2};
  const int quads[6][4] = {{4, 5, 7, 6}, {0, 2, 3, 1}, {0, 1, 5, 4},
                           {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
  for (int q = 0; q < 6; ++q) {
    const int64_t base = static_cast<int64_t>(uvs.size() / 2);
    const double u0 = 0.5 + 0.25 * (q % 2), v0 = 0.5 - 0.166 * (q / 2) - 0.16;
    for (const auto& c : {std::array<double, 2>{0, 0}, {0.24, 0}, {0.24, 0.16}, {0, 0.16}}) {
      uvs.push_back(u0 + c[0]);
      uvs.push_back(v0 + c[1]);
    }
    const int64_t a = 4 + quads[q][0], b = 4 + quads[q][1], c = 4 + quads[q][2], d = 4 + quads[q][3];
    faces.insert(faces.end(), {a, b, c, a, c, d});
    uv_faces.insert(uv_faces.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
  }
  s.mesh.faces = torch::tensor(faces, torch::kInt64).view({-1, 3});
  s.mesh.uvs = torch::tensor(uvs, options).view({-1, 2});
  s.mesh.uv_faces = torch::tensor(uv_faces, torch::kInt64).view({-1, 3});
  s.material.albedo = 0.3 + 0.6 * torch::rand({1, 8, 8, 3}, options);
  s.lighting = render::Lighting::harpDefaults(dtype);
  s.lighting.light_position = torch::tensor({-0.15, -0.15, 0.05}, options).view({1, 3});
  s.lighting.shadow.resolution = 64;
  s.cameras = render::CameraBatch::repeat(render::Camera::fromFieldOfView(60, size, size), 1, dtype);
  return s;
}

}  // namespace palma::test
