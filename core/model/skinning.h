// Differentiable linear blend skinning in LibTorch, for any HandModel (built-in, MANO, imported).
#pragma once

#include <torch/types.h>

#include "core/model/hand_model.h"

namespace palma {

// A HandModel as tensors on one device and dtype, ready for batched skinning.
struct Rig {
  torch::Tensor vertices;          // [N,3] rest vertices at shape 0
  torch::Tensor faces;             // [F,3] int64
  torch::Tensor shape_dirs;        // [N,3,K]
  torch::Tensor joints;            // [16,3] rest joints at shape 0
  torch::Tensor joint_shape_dirs;  // [16,3,K]
  torch::Tensor pose_dirs;         // [N*3,135] or undefined when the model has none
  torch::Tensor skin_weights;      // [N,16]
  torch::Tensor tip_regressor;     // [5,N]
  std::array<int, kNumJoints> parents{};
  Handedness handedness = Handedness::Right;
  int numShapes() const { return static_cast<int>(shape_dirs.size(2)); }
};

Rig makeRig(const HandModel& model, torch::ScalarType dtype = torch::kFloat32,
            torch::Device device = torch::kCPU);

// Inputs of one skinning call. Every field may require grad. B = batch size.
struct SkinningParams {
  torch::Tensor pose;          // [B,16,3] axis-angle per joint relative to its parent, in the rest
                               // frame's axes (MANO convention); joint 0 is the global rotation about
                               // the wrist
  torch::Tensor shape;         // [B,K'] shape coefficients (K' <= K; undefined = all zero)
  torch::Tensor translation;   // [B,3] added after rotation (undefined = zero)
  torch::Tensor displacement;  // [B,N] or [N] offset along the rest-pose vertex normal of the shaped
                               // mesh, before posing (undefined = none)
};

struct SkinningResult {
  torch::Tensor vertices;    // [B,N,3] posed vertices
  torch::Tensor joints;      // [B,16,3] posed joints
  torch::Tensor keypoints;   // [B,21,3] MediaPipe/OpenPose order
  torch::Tensor transforms;  // [B,16,4,4] the skinning transforms (rest -> posed) of each joint
};

// Rodrigues' formula, stable and differentiable at zero (Taylor series below 1e-4 rad^2).
// axis_angle: [...,3] -> [...,3,3]
torch::Tensor axisAngleToMatrix(const torch::Tensor& axis_angle);

SkinningResult skin(const Rig& rig, const SkinningParams& params);

// Per-vertex normals of a batch of meshes (area-weighted face normals). verts: [B,N,3], faces: [F,3]
// (vertex_normals.cpp: one operation with a hand-written backward on the CPU).
torch::Tensor vertexNormals(const torch::Tensor& verts, const torch::Tensor& faces);

// The same normals as a composition of LibTorch ops: the path for tensors on other devices, and the
// reference the tests compare vertexNormals with.
torch::Tensor vertexNormalsReference(const torch::Tensor& verts, const torch::Tensor& faces);

}  // namespace palma
