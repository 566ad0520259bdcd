// Shared pieces of the initialisation (init.cpp, init_silhouette.cpp, init_temporal.cpp): the
// parametrisation the optimisers work in and the loss terms. Not part of the public API.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "core/fit/init.h"

namespace palma::fit::detail {

// The model as the fit needs it, on the rig's dtype.
struct FitModel {
  const Rig* rig = nullptr;  // the full rig (vertices for the silhouette renders)
  Rig keypoint_rig;          // the rig cut down to the vertices the fingertip regressor reads
  torch::Tensor frames;      // [15,3,3] anatomical frame of joints 1..15 (columns: flexion, abduction, bone)
  torch::Tensor lower;       // [15,3] joint limits in those frames
  torch::Tensor upper;       // [15,3]
  torch::Tensor relaxed;     // [15,3] the relaxed hand's angles in those frames (pose prior target)
  // The kinematic tree by depth: joints of each level, and each one's parent as a position in the
  // previous level's list (level 0 is the wrist).
  std::vector<torch::Tensor> level_joints;
  std::vector<torch::Tensor> level_parents;
  std::vector<torch::Tensor> level_parent_joints;  // the same parents as joint indices
  torch::Tensor level_order;                       // [16] position of each joint in the levels' concatenation
  torch::Tensor keypoint_order;                    // [21] keypoint -> row of cat(joints [16], tips [5])
};

FitModel makeFitModel(const Rig& rig, const HandModel& model);

// The rig cut down to the vertices that the fingertip regressor reads (keypoints only, no faces).
Rig keypointRig(const Rig& rig);

// The optimised variables for F frames. The global rotation is exp(rotation_delta) * base_rotation so
// that Adam works on a small local update; the wrist is (x/z, y/z, log z) in camera coordinates, which
// decouples image position from depth.
struct FitParams {
  torch::Tensor base_rotation;   // [F,3,3] fixed
  torch::Tensor rotation_delta;  // [F,3] axis-angle
  torch::Tensor wrist;           // [F,3]
  torch::Tensor angles;          // [F,15,3] finger joint rotations in their anatomical frames
  torch::Tensor shape;           // [K] shared

  torch::Tensor rotation() const;     // [F,3,3]
  torch::Tensor wristCamera() const;  // [F,3] metres
};

// Finger pose [F,16,3] with joint 0 zero (the global rotation is applied separately).
torch::Tensor fingerPose(const FitModel& m, const torch::Tensor& angles);

// Skins `rig` with the finger pose and shape, then rotates about the wrist and moves it to the wrist
// position: vertices [F,N,3], joints and keypoints [F,21,3] in camera coordinates (`rotation` is
// p.rotation()).
SkinningResult posedInCamera(const Rig& rig, const FitModel& m, const FitParams& p,
                             const torch::Tensor& rotation);

// The 21 keypoints [F,21,3] of the finger pose [F,16,3] (joint 0 must be zero: the global rotation is
// applied afterwards) and shape [K'], with the wrist at its shaped rest position. The same values as
// skin(m.keypoint_rig, ...).keypoints with a few dozen tensor operations instead of a few hundred (the
// keypoint fit runs it hundreds of times).
torch::Tensor restKeypoints(const FitModel& m, const torch::Tensor& finger_pose, const torch::Tensor& shape);

// Keypoints [F,21,3] in camera coordinates for the parameters (restKeypoints, rotated about the wrist and
// placed); `rotation` is p.rotation() when the caller already has it.
torch::Tensor keypointsInCamera(const FitModel& m, const FitParams& p, const torch::Tensor& rotation);

// points: [F,N,3] camera coordinates, intrinsics: [F,4] -> [F,N,2] pixels.
torch::Tensor project(const torch::Tensor& points, const torch::Tensor& intrinsics);

// Geman-McClure reprojection per frame: sum_k w_k rho(|r_k|) / sum_k w_k with rho(r) = s^2 r^2 / (r^2 + s^2).
// uv: [F,21,2], target: [F,21,2], weight: [F,21] -> [F] pixels^2 (0 for a frame without weight).
torch::Tensor robustReprojection(const torch::Tensor& uv, const torch::Tensor& target,
                                 const torch::Tensor& weight, double scale_px);

// Joint-limit penalty and pose prior per frame [F].
torch::Tensor priorsPerFrame(const FitModel& m, const FitParams& p, const InitSettings& s);

// The regularisers shared by the keypoint fit and the silhouette refinement: joint limits, pose prior,
// shape prior and temporal smoothness (neighbouring rows of `p`).
torch::Tensor regularisers(const FitModel& m, const FitParams& p, const torch::Tensor& rotation,
                           const InitSettings& s);

// Projects the finger angles into the joint limits (in place, no grad).
void clampAngles(const FitModel& m, FitParams& p);

// Parameters <-> the result's SkinningParams convention.
InitResult toResult(const FitModel& m, const FitParams& p);
FitParams fromResult(const FitModel& m, const InitResult& r);

// Validated keypoints of a capture: positions [F,21,2], weights [F,21] (confidence, 0 below the
// threshold), intrinsics [F,4], all with `options` (the rig's dtype and device). Throws palma::InputError
// naming the problem.
struct KeypointData {
  torch::Tensor uv;
  torch::Tensor weight;
  torch::Tensor intrinsics;
};
KeypointData checkedKeypoints(const PreparedCapture& capture, const HandModel& model, double min_confidence,
                              const torch::TensorOptions& options);

// Rotation matrices [F,3,3] -> axis-angle [F,3] (any angle up to pi).
torch::Tensor matrixToAxisAngle(const torch::Tensor& rotation);

// Fills the rows `missing` of pose [F,16,3] and translation [F,3] from the nearest fitted frames on
// either side (linear in the finger angles and translation, spherical for the global rotation).
void fillFromNeighbours(torch::Tensor& pose, torch::Tensor& translation, const std::vector<int>& missing);

// Adam with a learning rate per group, cosine-decayed to 5 %.
void setCosineLearningRate(torch::optim::Adam& adam, const std::vector<double>& base_rates, int step,
                           int steps);

// The silhouette refinement of all frames of `start`, reporting progress from f0 to f1.
InitResult refineSilhouettesImpl(const FitModel& m, const KeypointData& d, const PreparedCapture& capture,
                                 const InitResult& start, const InitSettings& s,
                                 const ProgressCallback& progress, const CancelToken* cancel, double f0,
                                 double f1);

// Reports progress and checks cancellation.
void report(const ProgressCallback& progress, const CancelToken* cancel, double fraction,
            const std::string& stage, const std::string& message);

}  // namespace palma::fit::detail
