#include "core/model/hand_model.h"

#include <Eigen/Geometry>
#include <cmath>
#include <sstream>

#include "core/common/error.h"

namespace palma {

const std::array<const char*, kNumJoints>& canonicalJointNames() {
  static const std::array<const char*, kNumJoints> names = {
      "wrist", "index1", "index2", "index3", "middle1", "middle2", "middle3", "ring1",
      "ring2", "ring3",  "pinky1", "pinky2", "pinky3",  "thumb1",  "thumb2",  "thumb3"};
  return names;
}

const std::array<int, kNumJoints>& canonicalJointParents() {
  static const std::array<int, kNumJoints> parents = {-1, 0, 1, 2, 0, 4, 5, 0, 7, 8, 0, 10, 11, 0, 13, 14};
  return parents;
}

const std::array<const char*, kNumFingers>& canonicalTipNames() {
  static const std::array<const char*, kNumFingers> names = {"index_tip", "middle_tip", "ring_tip",
                                                             "pinky_tip", "thumb_tip"};
  return names;
}

const std::array<int, kNumKeypoints>& keypointSources() {
  // -(1 + finger) marks a fingertip site.
  static const std::array<int, kNumKeypoints> sources = {0,  // wrist
                                                         jointIndex(kThumb, 0),
                                                         jointIndex(kThumb, 1),
                                                         jointIndex(kThumb, 2),
                                                         -(1 + kThumb),  // 1-4
                                                         jointIndex(kIndex, 0),
                                                         jointIndex(kIndex, 1),
                                                         jointIndex(kIndex, 2),
                                                         -(1 + kIndex),  // 5-8
                                                         jointIndex(kMiddle, 0),
                                                         jointIndex(kMiddle, 1),
                                                         jointIndex(kMiddle, 2),
                                                         -(1 + kMiddle),  // 9-12
                                                         jointIndex(kRing, 0),
                                                         jointIndex(kRing, 1),
                                                         jointIndex(kRing, 2),
                                                         -(1 + kRing),  // 13-16
                                                         jointIndex(kPinky, 0),
                                                         jointIndex(kPinky, 1),
                                                         jointIndex(kPinky, 2),
                                                         -(1 + kPinky)};  // 17-20
  return sources;
}

const std::array<const char*, kNumKeypoints>& keypointNames() {
  static const std::array<const char*, kNumKeypoints> names = {
      "wrist",     "thumb_cmc", "thumb_mcp",  "thumb_ip",   "thumb_tip",  "index_mcp",  "index_pip",
      "index_dip", "index_tip", "middle_mcp", "middle_pip", "middle_dip", "middle_tip", "ring_mcp",
      "ring_pip",  "ring_dip",  "ring_tip",   "pinky_mcp",  "pinky_pip",  "pinky_dip",  "pinky_tip"};
  return names;
}

MatrixX3f HandModel::shapedVertices(const Eigen::VectorXf& beta) const {
  MatrixX3f out = vertices;
  const int k = std::min<int>(static_cast<int>(beta.size()), numShapes());
  if (k == 0) return out;
  Eigen::VectorXf offsets = shape_dirs.leftCols(k) * beta.head(k);
  out += Eigen::Map<const MatrixX3f>(offsets.data(), vertices.rows(), 3);
  return out;
}

MatrixX3f HandModel::shapedJoints(const Eigen::VectorXf& beta) const {
  MatrixX3f out = joints;
  const int k = std::min<int>(static_cast<int>(beta.size()), static_cast<int>(joint_shape_dirs.cols()));
  if (k == 0) return out;
  Eigen::VectorXf offsets = joint_shape_dirs.leftCols(k) * beta.head(k);
  out += Eigen::Map<const MatrixX3f>(offsets.data(), joints.rows(), 3);
  return out;
}

MatrixX3f HandModel::tips(const MatrixX3f& verts) const { return tip_regressor * verts; }

namespace {

[[noreturn]] void fail(const HandModel& m, const std::string& field, const std::string& what) {
  throw Error("hand model '" + m.name + "': field '" + field + "' " + what);
}

std::string shapeStr(long r, long c) {
  std::ostringstream s;
  s << r << "x" << c;
  return s.str();
}

}  // namespace

void HandModel::validate() const {
  const long n = vertices.rows();
  if (n < 4) fail(*this, "vertices", "has " + std::to_string(n) + " rows; a hand needs at least 4");
  if (!vertices.allFinite()) fail(*this, "vertices", "contains NaN or infinite values");
  if (faces.rows() < 1) fail(*this, "faces", "is empty");
  if (faces.minCoeff() < 0 || faces.maxCoeff() >= n)
    fail(*this, "faces", "indexes outside the " + std::to_string(n) + " vertices");
  if (uv_faces.rows() != 0 || uvs.rows() != 0) {
    if (uv_faces.rows() != faces.rows())
      fail(*this, "uv_faces",
           "has " + std::to_string(uv_faces.rows()) + " rows but faces has " + std::to_string(faces.rows()));
    if (uv_faces.minCoeff() < 0 || uv_faces.maxCoeff() >= uvs.rows())
      fail(*this, "uv_faces", "indexes outside the " + std::to_string(uvs.rows()) + " UVs");
    if (!uvs.allFinite()) fail(*this, "uvs", "contains NaN or infinite values");
  }
  if (joints.rows() != kNumJoints)
    fail(*this, "joints", "must have 16 rows, has " + std::to_string(joints.rows()));
  for (int j = 0; j < kNumJoints; ++j) {
    const int p = parents[j];
    if ((j == 0 && p != -1) || (j > 0 && (p < 0 || p >= j)))
      fail(*this, "parents",
           "entry " + std::to_string(j) + " = " + std::to_string(p) +
               " is not a valid parent (the wrist is the root, parents come first)");
  }
  if (tip_regressor.rows() != kNumFingers || tip_regressor.cols() != n)
    fail(*this, "tip_regressor",
         "must be 5x" + std::to_string(n) + ", is " + shapeStr(tip_regressor.rows(), tip_regressor.cols()));
  if (skin_weights.rows() != n || skin_weights.cols() != kNumJoints)
    fail(*this, "skin_weights",
         "must be " + std::to_string(n) + "x16, is " + shapeStr(skin_weights.rows(), skin_weights.cols()));
  for (long i = 0; i < n; ++i) {
    const auto row = skin_weights.row(i);
    int nonzero = 0;
    for (int j = 0; j < kNumJoints; ++j) {
      if (row(j) < 0.0f) fail(*this, "skin_weights", "has a negative weight at vertex " + std::to_string(i));
      if (row(j) > 0.0f) ++nonzero;
    }
    if (nonzero > 4) fail(*this, "skin_weights", "has more than 4 influences at vertex " + std::to_string(i));
    if (std::abs(row.sum() - 1.0f) > 1e-4f)
      fail(*this, "skin_weights",
           "row " + std::to_string(i) + " sums to " + std::to_string(row.sum()) + " instead of 1");
  }
  if (shape_dirs.rows() != 3 * n)
    fail(*this, "shape_dirs",
         "must have " + std::to_string(3 * n) + " rows, has " + std::to_string(shape_dirs.rows()));
  if (joint_shape_dirs.rows() != 3 * kNumJoints || joint_shape_dirs.cols() != shape_dirs.cols())
    fail(*this, "joint_shape_dirs",
         "must be 48x" + std::to_string(shape_dirs.cols()) + ", is " +
             shapeStr(joint_shape_dirs.rows(), joint_shape_dirs.cols()));
  if (static_cast<long>(shape_names.size()) != shape_dirs.cols())
    fail(*this, "shape_names",
         "has " + std::to_string(shape_names.size()) + " names for " + std::to_string(shape_dirs.cols()) +
             " components");
  if (pose_dirs.size() > 0 && (pose_dirs.rows() != 3 * n || pose_dirs.cols() != 9 * (kNumJoints - 1)))
    fail(*this, "pose_dirs",
         "must be " + std::to_string(3 * n) + "x135, is " + shapeStr(pose_dirs.rows(), pose_dirs.cols()));
}

HandModel mirrored(const HandModel& m) {
  HandModel out = m;
  out.handedness = m.handedness == Handedness::Right ? Handedness::Left : Handedness::Right;
  out.vertices.col(0) *= -1.0f;
  out.joints.col(0) *= -1.0f;
  out.faces.col(1).swap(out.faces.col(2));
  out.uv_faces.col(1).swap(out.uv_faces.col(2));
  for (long r = 0; r < out.shape_dirs.rows(); r += 3) out.shape_dirs.row(r) *= -1.0f;
  for (long r = 0; r < out.joint_shape_dirs.rows(); r += 3) out.joint_shape_dirs.row(r) *= -1.0f;
  if (out.pose_dirs.size() > 0) {
    // Pose correctives are linear in (R - I). Mirroring maps R to M R M (M = diag(-1,1,1)), so the
    // input entry (a,b) changes sign when exactly one of a, b is the x axis, and the x component of
    // every output offset flips.
    for (long r = 0; r < out.pose_dirs.rows(); r += 3) out.pose_dirs.row(r) *= -1.0f;
    for (int j = 0; j < kNumJoints - 1; ++j)
      for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b)
          if ((a == 0) != (b == 0)) out.pose_dirs.col(9 * j + 3 * a + b) *= -1.0f;
  }
  // Frames become [-M f, M a, M b]: flexion keeps its sign, abduction and twist flip (see
  // docs/model.md), which keeps each frame a proper rotation.
  const Eigen::Matrix3f mirror = Eigen::Vector3f(-1.0f, 1.0f, 1.0f).asDiagonal();
  for (int j = 0; j < kNumJoints; ++j) {
    Eigen::Matrix3f f;
    f.col(0) = -(mirror * m.joint_frames[j].col(0));
    f.col(1) = mirror * m.joint_frames[j].col(1);
    f.col(2) = mirror * m.joint_frames[j].col(2);
    out.joint_frames[j] = f;
    // Limits in the new frame: abduction and twist negate, so their bounds swap and flip.
    for (int axis = 1; axis < 3; ++axis) {
      out.joint_limits[j].lower(axis) = -m.joint_limits[j].upper(axis);
      out.joint_limits[j].upper(axis) = -m.joint_limits[j].lower(axis);
    }
  }
  return out;
}

std::array<Eigen::Matrix3f, kNumJoints> estimateJointFrames(const MatrixX3f& joints, const MatrixX3f& tips,
                                                            Handedness handedness) {
  const Eigen::Vector3f wrist = joints.row(0).transpose();
  const Eigen::Vector3f index = joints.row(jointIndex(kIndex, 0)).transpose();
  const Eigen::Vector3f pinky = joints.row(jointIndex(kPinky, 0)).transpose();
  // For a right hand (index - wrist) x (pinky - wrist) points out of the palm; mirrored for the left.
  Eigen::Vector3f palmar = (index - wrist).cross(pinky - wrist).normalized();
  if (handedness == Handedness::Left) palmar = -palmar;
  const Eigen::Vector3f middle = joints.row(jointIndex(kMiddle, 0)).transpose();
  // In the palm plane, from the index toward the little finger.
  Eigen::Vector3f ulnar = pinky - index;
  ulnar = (ulnar - ulnar.dot(palmar) * palmar).normalized();

  std::array<Eigen::Matrix3f, kNumJoints> frames;
  for (int j = 0; j < kNumJoints; ++j) {
    Eigen::Vector3f bone;
    if (j == 0) {
      bone = middle - wrist;
    } else {
      const int finger = (j - 1) / 3, segment = (j - 1) % 3;
      const Eigen::Vector3f child = segment < 2 ? Eigen::Vector3f(joints.row(j + 1).transpose())
                                                : Eigen::Vector3f(tips.row(finger).transpose());
      bone = child - joints.row(j).transpose();
    }
    bone.normalize();
    // The thumb sits rotated against the palm: its pad faces half palmar, half toward the fingers, so
    // its flexion bends it across the palm rather than straight down.
    const bool thumb = j >= jointIndex(kThumb, 0);
    const Eigen::Vector3f toward = thumb ? Eigen::Vector3f((palmar + ulnar).normalized()) : palmar;
    Eigen::Vector3f flex = bone.cross(toward);
    if (flex.norm() < 1e-6f) flex = bone.unitOrthogonal();
    flex.normalize();
    // Positive rotation about `flex` moves the bone toward the palm for a right hand. For the left hand
    // the mirror rule [-M f, M a, M b] gives the same formula, so nothing changes here.
    const Eigen::Vector3f abd = bone.cross(flex).normalized();
    Eigen::Matrix3f f;
    f.col(0) = flex;
    f.col(1) = abd;
    f.col(2) = bone;
    frames[j] = f;
  }
  return frames;
}

std::array<JointLimit, kNumJoints> anatomicalJointLimits() {
  // Active range of motion in degrees (flexion, abduction, twist), after the AAOS/Hume et al. tables
  // for finger and thumb joints, widened by a few degrees for passive motion.
  constexpr float d = 3.14159265f / 180.0f;
  auto limit = [d](float f0, float f1, float a0, float a1, float t0, float t1) {
    JointLimit l;
    l.lower = Eigen::Vector3f(f0, a0, t0) * d;
    l.upper = Eigen::Vector3f(f1, a1, t1) * d;
    return l;
  };
  std::array<JointLimit, kNumJoints> limits;
  limits[0] = JointLimit{};  // the wrist carries the global rotation: unlimited
  for (int f = kIndex; f <= kPinky; ++f) {
    limits[jointIndex(f, 0)] = limit(-30, 95, -25, 25, -15, 15);  // MCP
    limits[jointIndex(f, 1)] = limit(-5, 115, -5, 5, -8, 8);      // PIP
    limits[jointIndex(f, 2)] = limit(-15, 90, -5, 5, -8, 8);      // DIP
  }
  limits[jointIndex(kThumb, 0)] = limit(-25, 55, -35, 45, -35, 35);  // CMC
  limits[jointIndex(kThumb, 1)] = limit(-15, 65, -10, 10, -15, 15);  // MCP
  limits[jointIndex(kThumb, 2)] = limit(-25, 85, -5, 5, -10, 10);    // IP
  return limits;
}

}  // namespace palma
