// HandModel: the rigged, shape-parametrised hand template every part of Palma works with (the built-in
// hand, MANO and imported rigged templates all become one of these). Plain value type, Eigen storage,
// metres, rest pose at shape 0. Tensor code converts it with makeRig() (core/model/skinning.h).
#pragma once

#include <Eigen/Core>
#include <array>
#include <string>
#include <vector>

namespace palma {

using MatrixX3f = Eigen::Matrix<float, Eigen::Dynamic, 3, Eigen::RowMajor>;
using MatrixX2f = Eigen::Matrix<float, Eigen::Dynamic, 2, Eigen::RowMajor>;
using MatrixX3i = Eigen::Matrix<int, Eigen::Dynamic, 3, Eigen::RowMajor>;
using MatrixXfR = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

enum class Handedness { Right, Left };

// The canonical joint order (METHOD.md §1): wrist, then three joints per finger from the palm outward,
// fingers in the order index, middle, ring, pinky, thumb. Loaders permute their source order into this.
constexpr int kNumJoints = 16;
constexpr int kNumFingers = 5;
constexpr int kNumKeypoints = 21;
enum Finger { kIndex = 0, kMiddle = 1, kRing = 2, kPinky = 3, kThumb = 4 };

// joint = 1 + 3 * finger + segment (segment 0 = proximal joint: MCP for fingers, CMC for the thumb).
constexpr int jointIndex(int finger, int segment) { return 1 + 3 * finger + segment; }

// Canonical joint names and parents (parent of the wrist is -1).
const std::array<const char*, kNumJoints>& canonicalJointNames();
const std::array<int, kNumJoints>& canonicalJointParents();
// Fingertip site names, in finger order (index, middle, ring, pinky, thumb).
const std::array<const char*, kNumFingers>& canonicalTipNames();

// The 21 keypoints in MediaPipe/OpenPose order: 0 wrist; 1-4 thumb CMC, MCP, IP, tip; 5-8 index MCP,
// PIP, DIP, tip; 9-12 middle; 13-16 ring; 17-20 pinky. Each entry is a joint index (>= 0) or, for a
// fingertip, -(1 + finger).
const std::array<int, kNumKeypoints>& keypointSources();
const std::array<const char*, kNumKeypoints>& keypointNames();

// Per-joint limits for the rotation of a joint relative to its parent, expressed in the joint's
// anatomical frame (see HandModel::joint_frames): x = flexion (positive curls toward the palm),
// y = abduction/spread, z = twist along the bone. Radians, as Euler-like small-angle bounds on the
// axis-angle vector in that frame.
struct JointLimit {
  Eigen::Vector3f lower = Eigen::Vector3f::Constant(-3.14159f);
  Eigen::Vector3f upper = Eigen::Vector3f::Constant(3.14159f);
};

struct HandModel {
  std::string name;  // "builtin", "mano", or the imported file's base name
  Handedness handedness = Handedness::Right;

  // ---- Mesh (rest pose, shape 0) ----
  MatrixX3f vertices;  // [N,3] metres
  MatrixX3i faces;     // [F,3] counter-clockwise seen from outside
  MatrixX2f uvs;       // [T,2] in [0,1]^2, v up (glTF flips at export)
  MatrixX3i uv_faces;  // [F,3] indices into uvs, same triangle order as faces (seams may split vertices)

  // ---- Skeleton ----
  std::array<std::string, kNumJoints> joint_names;  // this model's names, canonical order
  std::array<int, kNumJoints> parents{};            // parent joint index, -1 for the wrist (root)
  MatrixX3f joints;                                 // [16,3] rest joint positions at shape 0
  // Anatomical frame per joint in the rest pose, as a rotation matrix whose columns are the flexion
  // axis, the abduction axis and the bone direction (toward the child). Row-major 3x3 per joint.
  std::array<Eigen::Matrix3f, kNumJoints> joint_frames;
  std::array<JointLimit, kNumJoints> joint_limits;  // limits of each joint's rotation (wrist unlimited)

  // Fingertip sites as vertex regressors: tip = tip_regressor.row(f) * vertices (rows sum to 1).
  MatrixXfR tip_regressor;  // [5,N]

  // ---- Skinning ----
  MatrixXfR skin_weights;  // [N,16], at most 4 non-zeros per row, rows sum to 1

  // ---- Shape space (linear) ----
  // Vertex offsets per shape coefficient: vertices(beta) = vertices + reshape(shape_dirs * beta, N, 3).
  MatrixXfR shape_dirs;                  // [N*3, K] (row 3*i+c is vertex i, coordinate c)
  MatrixXfR joint_shape_dirs;            // [16*3, K] the matching joint offsets (shape-dependent joints)
  std::vector<std::string> shape_names;  // [K] human-readable component names

  // ---- Optional pose correctives (MANO): offsets linear in the 135 entries of (R_j - I), j = 1..15,
  // row-major 3x3 per joint in canonical order. Empty when the model has none.
  MatrixXfR pose_dirs;  // [N*3, 135] or empty

  // ---- Optional pose space (MANO's hands_components / hands_mean): the 45 finger-pose values
  // (joints 1..15 x axis-angle, canonical order) = pose_mean + coefficients * pose_components.
  MatrixXfR pose_components;  // [P,45] or empty
  Eigen::VectorXf pose_mean;  // [45] or empty

  int numVertices() const { return static_cast<int>(vertices.rows()); }
  int numFaces() const { return static_cast<int>(faces.rows()); }
  int numShapes() const { return static_cast<int>(shape_dirs.cols()); }
  bool hasPoseCorrectives() const { return pose_dirs.size() > 0; }

  // Rest-pose vertices and joints for a shape vector (size <= K; missing entries are 0).
  MatrixX3f shapedVertices(const Eigen::VectorXf& beta) const;
  MatrixX3f shapedJoints(const Eigen::VectorXf& beta) const;
  // Fingertip positions [5,3] for given vertices.
  MatrixX3f tips(const MatrixX3f& verts) const;

  // Throws palma::Error naming the first inconsistent field (sizes, index ranges, weights, parents).
  void validate() const;
};

// The mirror image of a hand (x -> -x) with flipped triangle winding, flipped handedness and
// mirrored shape space, frames and limits, so that left = mirror(right) exactly.
HandModel mirrored(const HandModel& model);

// Anatomical joint frames computed from rest joint positions and the palm (used by loaders whose
// models carry no frames): bone direction toward the child, flexion axis perpendicular to it and
// to the palm normal, so positive flexion curls toward the palm.
std::array<Eigen::Matrix3f, kNumJoints> estimateJointFrames(const MatrixX3f& joints, const MatrixX3f& tips,
                                                            Handedness handedness);

// Anatomical joint limits in the joint frames above (degrees from anatomy tables, see hand_model.cpp).
std::array<JointLimit, kNumJoints> anatomicalJointLimits();

}  // namespace palma
