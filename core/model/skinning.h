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
  // pose_dirs in compressed rows (row offsets [N*3+1], columns and values of the non-zeros), made on
  // the CPU when at most a quarter of its entries are non-zero (the built-in hand: 8.5 %); skinning then
  // adds the correctives with poseCorrectives. Undefined otherwise (dense matmul).
  torch::Tensor pose_dirs_rows, pose_dirs_cols, pose_dirs_values;
  torch::Tensor skin_weights;   // [N,16]
  torch::Tensor tip_regressor;  // [5,N]
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

// Pose-corrective offsets from compressed rows: out[b, r] = sum over the non-zeros (r, k) of
// values * feat[b, k], with feat: [B,K] (differentiable), rows: [R+1], cols: [nnz] int64, values: [nnz]
// -> [B,R]. The same sums as feat @ pose_dirs^T without the zeros.
torch::Tensor poseCorrectives(const torch::Tensor& feat, const torch::Tensor& rows, const torch::Tensor& cols,
                              const torch::Tensor& values);

// Linear blend skinning: out[b,v] = (sum_j w[v,j] A[b,j]) [verts[b,v]; 1], with a: [B,16,3,4] skinning
// transforms, weights: [N,16], verts: [B,N,3] or [1,N,3] (the same rest vertices for every frame) ->
// [B,N,3]. One operation with a hand-written backward (to a and verts) on the CPU, skipping zero
// weights; elsewhere, or when the weights require grad, blendVerticesReference. Throws palma::Error for
// shapes or dtypes that do not fit.
torch::Tensor blendVertices(const torch::Tensor& a, const torch::Tensor& weights, const torch::Tensor& verts);

// The same as LibTorch ops (a broadcast matmul for the blend, a batched matmul for the products).
torch::Tensor blendVerticesReference(const torch::Tensor& a, const torch::Tensor& weights,
                                     const torch::Tensor& verts);

// Per-vertex normals of a batch of meshes (area-weighted face normals). verts: [B,N,3], faces: [F,3]
// (vertex_normals.cpp: one operation with a hand-written backward on the CPU).
torch::Tensor vertexNormals(const torch::Tensor& verts, const torch::Tensor& faces);

// The same normals as one autograd operation made of LibTorch ops with a hand-written backward: the path
// for tensors on other devices (CUDA), where each op costs a launch; it runs on the CPU too (tests).
torch::Tensor vertexNormalsComposed(const torch::Tensor& verts, const torch::Tensor& faces);

// The same normals as a chain of LibTorch ops (autograd differentiates it): the reference the tests
// compare vertexNormals and vertexNormalsComposed with.
torch::Tensor vertexNormalsReference(const torch::Tensor& verts, const torch::Tensor& faces);

}  // namespace palma
