// Posing a hand model for output (skinning through the engine's LibTorch LBS) and the measurements
// `palma model info` and the demo report.
#pragma once

#include "core/model/hand_model.h"
#include "core/model/pose_presets.h"

namespace palma::cli {

struct PosedHand {
  MatrixX3f vertices;  // [N,3] metres
  MatrixX3f joints;    // [16,3]
  MatrixX3f normals;   // [N,3] unit area-weighted vertex normals
};

// Skins `model` with shape `beta` (size <= K, may be empty) and `pose` (axis-angle per joint).
PosedHand poseHand(const HandModel& model, const Eigen::VectorXf& beta, const PoseMatrix& pose);

struct HandMeasurements {
  Eigen::Vector3f bbox_min, bbox_max;  // axis-aligned bounding box, metres
  float hand_length = 0;               // wrist joint to the middle fingertip, metres
  float palm_width = 0;                // across the palm at the MCP knuckles (thumb excluded), metres
};

// Measured on rest-pose geometry (`vertices`, `joints` of the model's topology, e.g. shapedVertices).
// The palm width is the mesh's extent along the index->pinky MCP direction over the vertices within
// 1 cm of the knuckle line along the hand, leaving out those skinned mostly to the thumb.
HandMeasurements measureHand(const HandModel& model, const MatrixX3f& vertices, const MatrixX3f& joints);

}  // namespace palma::cli
