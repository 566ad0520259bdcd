// Loading MANO (Romero et al. 2017) from an .npz written by tools/mano_to_npz.py. MANO itself cannot ship
// with Palma (licence); a user who owns it converts the pickle once and points Palma at the npz. See
// docs/model.md, section "MANO".
#pragma once

#include <string>

#include "core/model/hand_model.h"

namespace palma {

// What loading had to change or guess, for the CLI and the logs.
struct ManoLoadReport {
  // MANO's skinning has up to 16 influences per vertex; HandModel keeps the 4 largest (renormalised).
  int pruned_vertices = 0;             // vertices that lost influences
  float pruning_max_displacement = 0;  // metres, largest vertex move this causes in manoPruningTestPose()
  bool handedness_from_file = false;   // false: inferred from the geometry (handednessFromGeometry)
  bool dense_regressor = true;         // false: J_regressor came as CSC fields
};

// MANO's joint order is wrist, index1-3, middle1-3, pinky1-3, ring1-3, thumb1-3; entry c is the MANO
// joint that becomes canonical joint c (the permutation is its own inverse).
const std::array<int, kNumJoints>& manoToCanonicalJoints();

// MANO's fingertip vertices in canonical finger order (index, middle, ring, pinky, thumb).
const std::array<int, kNumFingers>& manoTipVertices();

// Builds a HandModel from a MANO npz: vertices, faces, skinning (pruned to 4 influences), shape space
// (shapedirs, joints through J_regressor), pose correctives (posedirs), pose space (hands_components,
// hands_mean), tips at MANO's fingertip vertices, all permuted to the canonical joint order. No UVs
// (MANO has none). Throws palma::InputError naming the file and field for anything missing or malformed.
HandModel loadMano(const std::string& npz_path, ManoLoadReport* report = nullptr);

// The pose in which the pruning error is measured: every finger joint flexed 50 degrees and spread
// 10 degrees about its anatomical axes (a loose fist), as axis-angle per joint [16,3] in the rest frame.
MatrixX3f manoPruningTestPose(const HandModel& model);

// Linear blend skinning on the CPU (Eigen), rest shape, no correctives: used to measure what a change of
// weights does. pose: [16,3] axis-angle per joint relative to its parent; returns [N,3].
MatrixX3f skinVerticesCpu(const HandModel& model, const MatrixXfR& weights, const MatrixX3f& pose);

}  // namespace palma
