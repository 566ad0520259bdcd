#include "core/model/mano_loader.h"

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/common/error.h"
#include "core/model/npz_reader.h"
#include "core/model/template_loader.h"

namespace palma {

const std::array<int, kNumJoints>& manoToCanonicalJoints() {
  // Canonical ring (7-9) is MANO's 10-12 and canonical pinky (10-12) is MANO's 7-9.
  static const std::array<int, kNumJoints> perm = {0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 7, 8, 9, 13, 14, 15};
  return perm;
}

const std::array<int, kNumFingers>& manoTipVertices() {
  // The fingertip vertices everyone uses with MANO (e.g. the HARP and FreiHAND keypoint regressors):
  // thumb 744, index 320, middle 443, ring 554, pinky 671.
  static const std::array<int, kNumFingers> tips = {320, 443, 554, 671, 744};
  return tips;
}

namespace {

constexpr int kManoTipMax = 744;        // the largest tip vertex index: a MANO mesh needs more vertices
constexpr long kAnySize = -1000000000;  // shape wildcard for ManoFile::get

// A number as the file holds it: integers without a fraction.
std::string num(double v) {
  if (v == std::floor(v) && std::abs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  return std::to_string(v);
}

struct ManoFile {
  std::string file;
  std::map<std::string, NpyArray> arrays;

  [[noreturn]] void fail(const std::string& field, const std::string& what) const {
    throw InputError("MANO file " + file + ": field '" + field + "' " + what);
  }

  bool has(const std::string& name) const { return arrays.count(name) > 0; }

  const NpyArray& get(const std::string& name) const {
    const auto it = arrays.find(name);
    if (it == arrays.end()) {
      std::string present;
      for (const auto& [key, value] : arrays) present += (present.empty() ? "" : ", ") + key;
      fail(name, "is missing (the file has: " + present +
                     "). Convert the MANO pickle with tools/mano_to_npz.py, see docs/model.md");
    }
    const NpyArray& a = it->second;
    if (a.isString()) fail(name, "holds strings (" + a.dtype + "), expected numbers");
    for (double v : a.data)
      if (!std::isfinite(v)) fail(name, "contains NaN or infinite values");
    return a;
  }

  // Checks the shape; a negative entry in `expected` means "any size >= -entry", kAnySize any size.
  const NpyArray& get(const std::string& name, const std::vector<long>& expected,
                      const std::string& text) const {
    const NpyArray& a = get(name);
    bool ok = a.shape.size() == expected.size();
    for (size_t i = 0; ok && i < expected.size(); ++i)
      ok = expected[i] == kAnySize ||
           (expected[i] >= 0 ? a.shape[i] == expected[i] : a.shape[i] >= -expected[i]);
    if (!ok) fail(name, "has shape " + a.shapeString() + ", expected " + text);
    return a;
  }
};

// The MANO joint regressor [16,N] in canonical row order, dense or from CSC fields.
Eigen::MatrixXd jointRegressor(const ManoFile& m, long n, bool* dense) {
  const auto& perm = manoToCanonicalJoints();
  Eigen::MatrixXd mano = Eigen::MatrixXd::Zero(kNumJoints, n);
  const std::string nx = std::to_string(n);
  if (m.has("J_regressor")) {
    *dense = true;
    const NpyArray& a = m.get("J_regressor", {kNumJoints, n}, "16x" + nx + " (joints x vertices)");
    for (long j = 0; j < kNumJoints; ++j)
      for (long i = 0; i < n; ++i) mano(j, i) = a.data[j * n + i];
  } else if (m.has("J_regressor_data")) {
    *dense = false;
    const NpyArray& shape = m.get("J_regressor_shape", {2}, "2 (a CSC matrix's shape)");
    if (shape.data[0] != kNumJoints || shape.data[1] != n)
      m.fail("J_regressor_shape", "is " + std::to_string(static_cast<long>(shape.data[0])) + "x" +
                                      std::to_string(static_cast<long>(shape.data[1])) + ", expected 16x" +
                                      nx);
    const NpyArray& data = m.get("J_regressor_data", {kAnySize}, "a vector");
    const NpyArray& indices = m.get("J_regressor_indices", {data.size()},
                                    std::to_string(data.size()) + " (one row index per value)");
    const NpyArray& indptr = m.get("J_regressor_indptr", {n + 1}, std::to_string(n + 1) + " (vertices + 1)");
    if (indptr.data.front() != 0 || indptr.data.back() != static_cast<double>(data.size()))
      m.fail("J_regressor_indptr", "does not span the " + std::to_string(data.size()) + " values");
    for (long c = 0; c < n; ++c) {
      const double begin = indptr.data[c], end = indptr.data[c + 1];
      if (end < begin) m.fail("J_regressor_indptr", "is not non-decreasing at column " + std::to_string(c));
      for (long k = static_cast<long>(begin); k < static_cast<long>(end); ++k) {
        const double row = indices.data[k];
        if (row < 0 || row >= kNumJoints || row != std::floor(row))
          m.fail("J_regressor_indices", "has row index " + num(row) + " outside 0..15");
        mano(static_cast<long>(row), c) += data.data[k];
      }
    }
  } else {
    m.get("J_regressor");  // reports the missing field
  }
  Eigen::MatrixXd canonical(kNumJoints, n);
  for (int c = 0; c < kNumJoints; ++c) canonical.row(c) = mano.row(perm[c]);
  for (int c = 0; c < kNumJoints; ++c)
    if (std::abs(canonical.row(c).sum() - 1.0) > 1e-2)
      m.fail(m.has("J_regressor") ? "J_regressor" : "J_regressor_data",
             "row for joint " + std::string(canonicalJointNames()[c]) + " sums to " +
                 std::to_string(canonical.row(c).sum()) + " instead of 1");
  return canonical;
}

void checkKinematicTree(const ManoFile& m) {
  const NpyArray& k = m.get("kintree_table", {2, kNumJoints}, "2x16 (parents, joint ids)");
  const auto& perm = manoToCanonicalJoints();
  std::array<int, kNumJoints> mano_parent{};
  std::array<bool, kNumJoints> seen{};
  for (int col = 0; col < kNumJoints; ++col) {
    const double id = k.data[kNumJoints + col], parent = k.data[col];
    if (id < 0 || id >= kNumJoints || seen[static_cast<int>(id)])
      m.fail("kintree_table", "has an invalid joint id " + num(id) + " in row 1");
    seen[static_cast<int>(id)] = true;
    // MANO stores the root's parent as 2^32-1 (an unsigned -1).
    mano_parent[static_cast<int>(id)] = parent < 0 || parent >= kNumJoints ? -1 : static_cast<int>(parent);
  }
  for (int c = 0; c < kNumJoints; ++c) {
    const int mp = mano_parent[perm[c]];
    const int parent = mp < 0 ? -1 : perm[mp];  // the permutation is an involution
    if (parent != canonicalJointParents()[c])
      m.fail("kintree_table",
             "does not describe MANO's hand skeleton: MANO joint " + std::to_string(perm[c]) +
                 " has parent " + std::to_string(mp) + ", expected " +
                 std::to_string(canonicalJointParents()[c] < 0 ? -1 : perm[canonicalJointParents()[c]]));
  }
}

Handedness readHandedness(const ManoFile& m) {
  const NpyArray& a = m.arrays.at("handedness");
  std::string s = a.isString() && a.strings.size() == 1 ? a.strings[0] : "";
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  if (s == "right" || s == "r") return Handedness::Right;
  if (s == "left" || s == "l") return Handedness::Left;
  m.fail("handedness", "must be the string 'right' or 'left'");
}

}  // namespace

HandModel loadMano(const std::string& npz_path, ManoLoadReport* report) {
  ManoFile m{npz_path, readNpz(npz_path)};
  ManoLoadReport info;
  const auto& perm = manoToCanonicalJoints();

  const NpyArray& vt = m.get("v_template", {-(kManoTipMax + 1), 3},
                             "Nx3 with N>=745 (MANO's fingertip vertex 744 must exist)");
  const long n = vt.shape[0];
  const std::string nx = std::to_string(n);
  const NpyArray& sd = m.get("shapedirs", {n, 3, -1}, nx + "x3xK with K>=1");
  const NpyArray& pd = m.get("posedirs", {n, 3, 9 * (kNumJoints - 1)}, nx + "x3x135");
  const NpyArray& w = m.get("weights", {n, kNumJoints}, nx + "x16");
  const NpyArray& f = m.get("f", {-1, 3}, "Fx3 with F>=1");
  const NpyArray& hc = m.get("hands_components", {-1, 45}, "Px45 with P>=1");
  const NpyArray& hm = m.get("hands_mean", {45}, "45");
  checkKinematicTree(m);
  const Eigen::MatrixXd regressor = jointRegressor(m, n, &info.dense_regressor);

  HandModel model;
  model.name = "mano";
  model.vertices.resize(n, 3);
  for (long i = 0; i < 3 * n; ++i) model.vertices.data()[i] = static_cast<float>(vt.data[i]);
  model.faces.resize(f.shape[0], 3);
  for (long i = 0; i < 3 * f.shape[0]; ++i) {
    const double v = f.data[i];
    if (v < 0 || v >= n || v != std::floor(v))
      m.fail("f", "has vertex index " + num(v) + " outside 0.." + std::to_string(n - 1));
    model.faces.data()[i] = static_cast<int>(v);
  }

  // Skinning: permute columns, then keep the 4 largest influences per vertex and renormalise.
  MatrixXfR full(n, kNumJoints);
  for (long i = 0; i < n; ++i) {
    double sum = 0;
    for (int c = 0; c < kNumJoints; ++c) {
      const double v = w.data[i * kNumJoints + perm[c]];
      if (v < 0) m.fail("weights", "has a negative weight at vertex " + std::to_string(i));
      full(i, c) = static_cast<float>(v);
      sum += v;
    }
    if (sum <= 0) m.fail("weights", "vertex " + std::to_string(i) + " has no weight");
    full.row(i) /= static_cast<float>(sum);
  }
  model.skin_weights = MatrixXfR::Zero(n, kNumJoints);
  for (long i = 0; i < n; ++i) {
    std::array<int, kNumJoints> order;
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return full(i, a) > full(i, b); });
    float kept = 0;
    for (int r = 0; r < 4; ++r) kept += full(i, order[r]);
    if (full(i, order[4]) > 0) ++info.pruned_vertices;
    for (int r = 0; r < 4; ++r) model.skin_weights(i, order[r]) = full(i, order[r]) / kept;
  }

  // Skeleton and shape space: joints follow the shape through the regressor.
  model.joints = (regressor * model.vertices.cast<double>()).cast<float>();
  model.parents = canonicalJointParents();
  for (int c = 0; c < kNumJoints; ++c) model.joint_names[c] = canonicalJointNames()[c];
  const long k = sd.shape[2];
  model.shape_dirs.resize(3 * n, k);
  for (long i = 0; i < 3 * n; ++i)
    for (long b = 0; b < k; ++b) model.shape_dirs(i, b) = static_cast<float>(sd.data[i * k + b]);
  model.joint_shape_dirs.resize(3 * kNumJoints, k);
  for (long b = 0; b < k; ++b) {
    Eigen::MatrixXd dirs(n, 3);
    for (long i = 0; i < n; ++i)
      for (int c = 0; c < 3; ++c) dirs(i, c) = sd.data[(3 * i + c) * k + b];
    const Eigen::MatrixXd jd = regressor * dirs;
    for (int j = 0; j < kNumJoints; ++j)
      for (int c = 0; c < 3; ++c) model.joint_shape_dirs(3 * j + c, b) = static_cast<float>(jd(j, c));
  }
  for (long b = 0; b < k; ++b) model.shape_names.push_back("mano_beta_" + std::to_string(b));

  // Pose correctives: the 135 inputs are 9-blocks (R_j - I, row-major) for joints 1..15.
  const int pk = 9 * (kNumJoints - 1);
  model.pose_dirs.resize(3 * n, pk);
  for (long i = 0; i < 3 * n; ++i)
    for (int c = 1; c < kNumJoints; ++c)
      for (int e = 0; e < 9; ++e)
        model.pose_dirs(i, 9 * (c - 1) + e) = static_cast<float>(pd.data[i * pk + 9 * (perm[c] - 1) + e]);

  // Pose space: 3-blocks of axis-angle for joints 1..15.
  const long p = hc.shape[0];
  model.pose_components.resize(p, 45);
  model.pose_mean.resize(45);
  for (int c = 1; c < kNumJoints; ++c)
    for (int e = 0; e < 3; ++e) {
      const int src = 3 * (perm[c] - 1) + e, dst = 3 * (c - 1) + e;
      model.pose_mean(dst) = static_cast<float>(hm.data[src]);
      for (long r = 0; r < p; ++r) model.pose_components(r, dst) = static_cast<float>(hc.data[r * 45 + src]);
    }

  model.tip_regressor = MatrixXfR::Zero(kNumFingers, n);
  for (int t = 0; t < kNumFingers; ++t) model.tip_regressor(t, manoTipVertices()[t]) = 1.0f;
  const MatrixX3f tips = model.tips(model.vertices);
  if (m.has("handedness")) {
    model.handedness = readHandedness(m);
    info.handedness_from_file = true;
  } else {
    model.handedness = handednessFromGeometry(model.joints, tips);
  }
  model.joint_frames = estimateJointFrames(model.joints, tips, model.handedness);
  model.joint_limits = anatomicalJointLimits();

  const MatrixX3f pose = manoPruningTestPose(model);
  const MatrixX3f a = skinVerticesCpu(model, full, pose),
                  b = skinVerticesCpu(model, model.skin_weights, pose);
  info.pruning_max_displacement = (a - b).rowwise().norm().maxCoeff();

  try {
    model.validate();
  } catch (const Error& e) {
    throw InputError("MANO file " + npz_path + " gives an inconsistent model: " + e.what());
  }
  if (report) *report = info;
  return model;
}

MatrixX3f manoPruningTestPose(const HandModel& model) {
  constexpr float kDeg = 3.14159265f / 180.0f;
  MatrixX3f pose = MatrixX3f::Zero(kNumJoints, 3);
  for (int j = 1; j < kNumJoints; ++j)
    pose.row(j) = (model.joint_frames[j] * Eigen::Vector3f(50.0f * kDeg, 10.0f * kDeg, 0.0f)).transpose();
  return pose;
}

MatrixX3f skinVerticesCpu(const HandModel& model, const MatrixXfR& weights, const MatrixX3f& pose) {
  std::array<Eigen::Affine3f, kNumJoints> global, skinning;
  for (int j = 0; j < kNumJoints; ++j) {
    const Eigen::Vector3f aa = pose.row(j).transpose();
    const float angle = aa.norm();
    const Eigen::Matrix3f r =
        angle < 1e-8f ? Eigen::Matrix3f::Identity() : Eigen::AngleAxisf(angle, aa / angle).toRotationMatrix();
    const Eigen::Vector3f joint = model.joints.row(j).transpose();
    const int parent = model.parents[j];
    Eigen::Affine3f local = Eigen::Affine3f::Identity();
    local.linear() = r;
    local.translation() = parent < 0 ? joint : Eigen::Vector3f(joint - model.joints.row(parent).transpose());
    global[j] = parent < 0 ? local : global[parent] * local;
    skinning[j] = global[j] * Eigen::Translation3f(-joint);
  }
  MatrixX3f out(model.numVertices(), 3);
  for (int i = 0; i < model.numVertices(); ++i) {
    const Eigen::Vector3f v = model.vertices.row(i).transpose();
    Eigen::Vector3f sum = Eigen::Vector3f::Zero();
    for (int j = 0; j < kNumJoints; ++j)
      if (weights(i, j) != 0.0f) sum += weights(i, j) * (skinning[j] * v);
    out.row(i) = sum.transpose();
  }
  return out;
}

}  // namespace palma
