#include "core/model/template_loader.h"

#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <Eigen/Dense>
#include <algorithm>
#include <assimp/Importer.hpp>
#include <cstring>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/common/error.h"
#include "core/model/shape_space.h"
#include "core/model/template_names.h"

namespace palma {

Handedness handednessFromGeometry(const MatrixX3f& joints, const MatrixX3f& tips) {
  const Eigen::Vector3f wrist = joints.row(0).transpose();
  const Eigen::Vector3f n = (joints.row(jointIndex(kIndex, 0)).transpose() - wrist)
                                .cross(joints.row(jointIndex(kPinky, 0)).transpose() - wrist);
  float score = 0;
  for (int s = 0; s < 3; ++s) score += (joints.row(jointIndex(kThumb, s)).transpose() - wrist).dot(n);
  score += (tips.row(kThumb).transpose() - wrist).dot(n);
  return score >= 0 ? Handedness::Right : Handedness::Left;
}

namespace {

using Mat4 = Eigen::Matrix4d;

Mat4 toEigen(const aiMatrix4x4& m) {
  Mat4 e;
  e << m.a1, m.a2, m.a3, m.a4, m.b1, m.b2, m.b3, m.b4, m.c1, m.c2, m.c3, m.c4, m.d1, m.d2, m.d3, m.d4;
  return e;
}

Eigen::Vector3d origin(const Mat4& m) { return m.block<3, 1>(0, 3); }

struct SkinnedMesh {
  const aiMesh* mesh = nullptr;
  const aiNode* node = nullptr;      // the node holding it (for its global transform)
  Mat4 to_ref = Mat4::Identity();    // this mesh's space -> the reference mesh's space
  std::map<std::string, Mat4> bind;  // bone name -> bone bind transform in this mesh's space
};

struct Candidate {
  const aiNode* node = nullptr;
  int priority = 0;  // 0 explicit mapping, 1 table, 2 table through an "_end" leaf
  bool is_bone = false;
  int order = 0;  // depth-first position
  Side side = Side::Unknown;
};

class Importer {
 public:
  Importer(std::string path, const TemplateImportOptions& options)
      : path_(std::move(path)), options_(options) {}
  HandModel run(TemplateImportReport* report);

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw InputError("rigged template '" + path_ + "': " + what);
  }
  void collectNodes(const aiNode* node, const Mat4& parent);
  void collectMeshes();
  void mapBones();
  Mat4 bindOfNode(const aiNode* node, int depth = 0) const;  // in the reference mesh's space
  Eigen::Vector3f toOutput(const Eigen::Vector3d& p_ref) const {
    return (scale_ * (world_ * p_ref.homogeneous()).head<3>()).cast<float>();
  }
  int foldTarget(const std::string& bone) const;
  void buildMesh(HandModel& model, TemplateImportReport& report);
  void buildTips(HandModel& model, TemplateImportReport& report);

  std::string path_;
  TemplateImportOptions options_;
  Assimp::Importer importer_;
  const aiScene* scene_ = nullptr;
  std::vector<const aiNode*> nodes_;  // depth-first
  std::map<const aiNode*, Mat4> global_;
  std::map<const aiNode*, int> order_;
  std::map<std::string, const aiNode*> by_name_;
  std::vector<SkinnedMesh> meshes_;
  std::array<const aiNode*, kNumSlots> chosen_{};
  Side side_ = Side::Unknown;
  Mat4 world_ = Mat4::Identity();
  double scale_ = 1.0;
};

void Importer::collectNodes(const aiNode* node, const Mat4& parent) {
  const Mat4 g = parent * toEigen(node->mTransformation);
  global_[node] = g;
  order_[node] = static_cast<int>(nodes_.size());
  nodes_.push_back(node);
  by_name_.emplace(node->mName.C_Str(), node);
  for (unsigned i = 0; i < node->mNumChildren; ++i) collectNodes(node->mChildren[i], g);
}

void Importer::collectMeshes() {
  if (scene_->mNumMeshes == 0) fail("the file contains no mesh");
  std::map<unsigned, const aiNode*> holder;
  for (const aiNode* n : nodes_)
    for (unsigned i = 0; i < n->mNumMeshes; ++i) holder.emplace(n->mMeshes[i], n);
  for (unsigned m = 0; m < scene_->mNumMeshes; ++m) {
    const aiMesh* mesh = scene_->mMeshes[m];
    if (mesh->mNumBones == 0 || !(mesh->mPrimitiveTypes & aiPrimitiveType_TRIANGLE)) continue;
    SkinnedMesh s;
    s.mesh = mesh;
    s.node = holder.count(m) ? holder[m] : scene_->mRootNode;
    for (unsigned b = 0; b < mesh->mNumBones; ++b)
      s.bind[mesh->mBones[b]->mName.C_Str()] = toEigen(mesh->mBones[b]->mOffsetMatrix).inverse();
    meshes_.push_back(std::move(s));
  }
  if (meshes_.empty())
    fail("no skeleton: the file has " + std::to_string(scene_->mNumMeshes) +
         " mesh(es) but none is skinned to bones (export the hand with its armature/skin)");
  // Bring every mesh into the first one's space through a shared bone (exact for any format), else
  // through the nodes' transforms.
  const SkinnedMesh& ref = meshes_[0];
  for (size_t i = 1; i < meshes_.size(); ++i) {
    SkinnedMesh& s = meshes_[i];
    s.to_ref = global_[ref.node].inverse() * global_[s.node];
    for (const auto& [name, bind] : s.bind)
      if (ref.bind.count(name)) {
        s.to_ref = ref.bind.at(name) * bind.inverse();
        break;
      }
  }
}

void Importer::mapBones() {
  std::map<std::string, int> explicit_map;
  if (!options_.joint_map_file.empty()) explicit_map = readJointMapFile(options_.joint_map_file);
  for (const auto& [bone, slot] : explicit_map)
    if (!by_name_.count(bone))
      fail("the mapping file " + options_.joint_map_file + " names bone '" + bone + "' for " +
           slotName(slot) + ", but the file has no such bone");
  std::set<std::string> bones;
  for (const SkinnedMesh& s : meshes_)
    for (const auto& [name, bind] : s.bind) bones.insert(name);

  std::array<std::vector<Candidate>, kNumSlots> candidates;
  int right = 0, left = 0;
  for (const aiNode* n : nodes_) {
    if (n->mNumMeshes > 0) continue;  // a mesh's own node is never a joint
    const std::string name = n->mName.C_Str();
    Candidate c;
    c.node = n;
    c.order = order_[n];
    c.is_bone = bones.count(name) > 0;
    int slot = -1;
    if (explicit_map.count(name)) {
      slot = explicit_map[name];
      normalizedBoneName(name, &c.side);
      c.priority = 0;
    } else {
      const BoneMatch m = matchBoneName(name);
      slot = m.slot;
      c.side = m.side;
      c.priority = m.end_node ? 2 : 1;
      if (slot >= 0 && m.side == Side::Right) ++right;
      if (slot >= 0 && m.side == Side::Left) ++left;
    }
    if (slot >= 0) candidates[slot].push_back(c);
  }
  // One hand per import: both sides by name means a body rig or a pair of hands.
  if (right > 0 && left > 0) {
    const auto& wrist = candidates[0];
    const auto it =
        std::find_if(wrist.begin(), wrist.end(), [](const Candidate& c) { return c.priority == 0; });
    if (it == wrist.end())
      fail(
          "it holds both a right and a left hand skeleton; import one hand, or choose one with a mapping "
          "file (TemplateImportOptions::joint_map_file), e.g. " +
          jointMapExample());
    side_ = it->side;
  } else {
    side_ = right > 0 ? Side::Right : left > 0 ? Side::Left : Side::Unknown;
  }
  for (int slot = 0; slot < kNumSlots; ++slot) {
    const Candidate* best = nullptr;
    for (const Candidate& c : candidates[slot]) {
      if (c.priority > 0 && side_ != Side::Unknown && c.side != Side::Unknown && c.side != side_) continue;
      auto rank = [](const Candidate& x) { return std::make_tuple(x.priority, !x.is_bone, x.order); };
      if (!best || rank(c) < rank(*best)) best = &c;
    }
    chosen_[slot] = best ? best->node : nullptr;
  }
  std::string missing;
  for (int j = 0; j < kNumJoints; ++j)
    if (!chosen_[j]) missing += (missing.empty() ? "" : ", ") + slotName(j);
  if (!missing.empty()) {
    std::string names;
    for (const std::string& b : bones) names += (names.empty() ? "" : ", ") + b;
    fail("could not map joints " + missing + " to bones (bones in the file: " + names +
         "). Name them in a JSON mapping file (TemplateImportOptions::joint_map_file), e.g. " +
         jointMapExample());
  }
}

Mat4 Importer::bindOfNode(const aiNode* node, int depth) const {
  const std::string name = node->mName.C_Str();
  for (const SkinnedMesh& s : meshes_) {
    const auto it = s.bind.find(name);
    if (it != s.bind.end()) return s.to_ref * it->second;
  }
  if (depth > 0) fail("internal: no bone to place node '" + name + "'");
  // A node without a bone (an end node): place it relative to its nearest ancestor that is a bone, else
  // relative to the wrist, through the scene's node transforms.
  auto isBone = [&](const aiNode* n) {
    for (const SkinnedMesh& s : meshes_)
      if (s.bind.count(n->mName.C_Str())) return true;
    return false;
  };
  const aiNode* anchor = node->mParent;
  while (anchor && !isBone(anchor)) anchor = anchor->mParent;
  if (!anchor && isBone(chosen_[0])) anchor = chosen_[0];
  for (const SkinnedMesh& s : meshes_)
    for (auto it = s.bind.begin(); !anchor && it != s.bind.end(); ++it)
      if (by_name_.count(it->first)) anchor = by_name_.at(it->first);
  if (!anchor) fail("no bone of the skin is a node of the scene, so node '" + name + "' cannot be placed");
  return bindOfNode(anchor, depth + 1) * global_.at(anchor).inverse() * global_.at(node);
}

int Importer::foldTarget(const std::string& bone) const {
  const auto it = by_name_.find(bone);
  for (const aiNode* n = it == by_name_.end() ? nullptr : it->second; n; n = n->mParent)
    for (int slot = 0; slot < kNumSlots; ++slot)
      if (chosen_[slot] == n) return slot < kNumJoints ? slot : jointIndex(slot - kNumJoints, 2);
  return 0;
}

void Importer::buildMesh(HandModel& model, TemplateImportReport& report) {
  bool uvs = true;
  for (const SkinnedMesh& s : meshes_) uvs = uvs && s.mesh->HasTextureCoords(0);
  std::vector<Eigen::Vector3f> positions;
  std::vector<Eigen::Matrix<float, 1, kNumJoints>> weights;
  std::vector<Eigen::Vector2f> uv_list;
  std::vector<std::array<int, 3>> faces, uv_faces;
  // Welding: exact position bits, then equal weights (Assimp splits vertices at UV seams and hard
  // normals; the 3D mesh must stay connected).
  struct KeyHash {
    size_t operator()(const std::array<uint32_t, 3>& k) const {
      return k[0] * 73856093u ^ k[1] * 19349663u ^ k[2] * 83492791u;
    }
  };
  std::unordered_map<std::array<uint32_t, 3>, std::vector<int>, KeyHash> weld;
  std::map<std::tuple<int, float, float>, int> uv_index;
  for (const SkinnedMesh& s : meshes_) {
    const aiMesh* mesh = s.mesh;
    report.source_vertices += static_cast<int>(mesh->mNumVertices);
    std::vector<Eigen::Matrix<float, 1, kNumJoints>> w(mesh->mNumVertices,
                                                       Eigen::Matrix<float, 1, kNumJoints>::Zero());
    for (unsigned b = 0; b < mesh->mNumBones; ++b) {
      const aiBone* bone = mesh->mBones[b];
      const int target = foldTarget(bone->mName.C_Str());
      bool used = false;
      for (unsigned k = 0; k < bone->mNumWeights; ++k) {
        const aiVertexWeight& vw = bone->mWeights[k];
        if (vw.mVertexId >= mesh->mNumVertices || !(vw.mWeight > 0)) continue;
        w[vw.mVertexId](target) += vw.mWeight;
        used = true;
      }
      const auto node = by_name_.find(bone->mName.C_Str());
      if (used && (node == by_name_.end() || chosen_[target] != node->second)) ++report.folded_bones;
    }
    std::vector<int> index(mesh->mNumVertices);
    for (unsigned i = 0; i < mesh->mNumVertices; ++i) {
      auto& row = w[i];
      if (row.sum() <= 0) row(0) = 1;  // unweighted vertices stay with the wrist
      std::array<int, kNumJoints> order;
      std::iota(order.begin(), order.end(), 0);
      std::sort(order.begin(), order.end(), [&](int a, int b) { return row(a) > row(b); });
      for (int r = 4; r < kNumJoints; ++r) row(order[r]) = 0;
      row /= row.sum();
      const aiVector3D& v = mesh->mVertices[i];
      const Eigen::Vector3f p = toOutput(s.to_ref.block<3, 4>(0, 0) * Eigen::Vector4d(v.x, v.y, v.z, 1));
      std::array<uint32_t, 3> key;
      std::memcpy(key.data(), p.data(), sizeof(key));
      int found = -1;
      for (int cand : weld[key])
        if ((weights[cand] - row).cwiseAbs().maxCoeff() < 1e-5f) found = cand;
      if (found < 0) {
        found = static_cast<int>(positions.size());
        positions.push_back(p);
        weights.push_back(row);
        weld[key].push_back(found);
      }
      index[i] = found;
    }
    for (unsigned f = 0; f < mesh->mNumFaces; ++f) {
      const aiFace& face = mesh->mFaces[f];
      if (face.mNumIndices != 3) continue;
      std::array<int, 3> tri, uvt{};
      for (int c = 0; c < 3; ++c) {
        if (face.mIndices[c] >= mesh->mNumVertices) fail("a face indexes outside its mesh");
        tri[c] = index[face.mIndices[c]];
        if (uvs) {
          const aiVector3D& t = mesh->mTextureCoords[0][face.mIndices[c]];
          const auto key = std::make_tuple(tri[c], t.x, t.y);
          const auto it = uv_index.find(key);
          uvt[c] = it != uv_index.end() ? it->second : static_cast<int>(uv_list.size());
          if (it == uv_index.end()) {
            uv_index.emplace(key, uvt[c]);
            uv_list.emplace_back(t.x, t.y);
          }
        }
      }
      if (tri[0] == tri[1] || tri[1] == tri[2] || tri[0] == tri[2]) continue;  // collapsed by welding
      faces.push_back(tri);
      uv_faces.push_back(uvt);
    }
  }
  if (faces.empty()) fail("the skinned mesh has no triangles");
  const long n = static_cast<long>(positions.size());
  report.welded_vertices = static_cast<int>(n);
  model.vertices.resize(n, 3);
  model.skin_weights.resize(n, kNumJoints);
  for (long i = 0; i < n; ++i) {
    model.vertices.row(i) = positions[i].transpose();
    model.skin_weights.row(i) = weights[i];
  }
  model.faces.resize(static_cast<long>(faces.size()), 3);
  for (size_t f = 0; f < faces.size(); ++f)
    model.faces.row(static_cast<long>(f)) << faces[f][0], faces[f][1], faces[f][2];
  if (uvs) {
    model.uvs.resize(static_cast<long>(uv_list.size()), 2);
    for (size_t t = 0; t < uv_list.size(); ++t) model.uvs.row(static_cast<long>(t)) = uv_list[t].transpose();
    model.uv_faces.resize(static_cast<long>(faces.size()), 3);
    for (size_t f = 0; f < uv_faces.size(); ++f)
      model.uv_faces.row(static_cast<long>(f)) << uv_faces[f][0], uv_faces[f][1], uv_faces[f][2];
  }
}

// Weights over the k nearest vertices that reproduce `p` exactly: inverse-distance weights corrected by
// the smallest change that makes their affine combination equal `p` (kept only when no weight becomes
// strongly negative; otherwise the plain inverse-distance weights, whose error is reported).
void tipRegressorRow(const MatrixX3f& verts, const Eigen::Vector3f& p, Eigen::Ref<Eigen::RowVectorXf> row) {
  const int n = static_cast<int>(verts.rows()), k = std::min(8, n);
  std::vector<int> idx(n);
  std::iota(idx.begin(), idx.end(), 0);
  std::partial_sort(idx.begin(), idx.begin() + k, idx.end(), [&](int a, int b) {
    return (verts.row(a).transpose() - p).squaredNorm() < (verts.row(b).transpose() - p).squaredNorm();
  });
  Eigen::VectorXd w0(k);
  Eigen::MatrixXd a(4, k);
  for (int i = 0; i < k; ++i) {
    const Eigen::Vector3d d = (verts.row(idx[i]).transpose() - p).cast<double>();
    w0(i) = 1.0 / (d.norm() + 1e-6);
    a.block<3, 1>(0, i) = d;
    a(3, i) = 1.0;
  }
  w0 /= w0.sum();
  Eigen::Vector4d b(0, 0, 0, 1);
  const Eigen::Matrix4d aat = a * a.transpose();
  Eigen::VectorXd w = w0;
  Eigen::FullPivLU<Eigen::Matrix4d> lu(aat);
  if (lu.rank() == 4) {
    const Eigen::VectorXd exact = w0 + a.transpose() * lu.solve(b - a * w0);
    if (exact.minCoeff() > -0.25) w = exact;
  }
  row.setZero();
  for (int i = 0; i < k; ++i) row(idx[i]) = static_cast<float>(w(i));
}

void Importer::buildTips(HandModel& model, TemplateImportReport& report) {
  const long n = model.numVertices();
  model.tip_regressor = MatrixXfR::Zero(kNumFingers, n);
  for (int f = 0; f < kNumFingers; ++f) {
    const aiNode* node = chosen_[tipSlot(f)];
    if (node) {
      const Eigen::Vector3f p = toOutput(origin(bindOfNode(node)));
      tipRegressorRow(model.vertices, p, model.tip_regressor.row(f));
      const float err = (model.tip_regressor.row(f) * model.vertices - p.transpose()).norm();
      report.max_tip_error = std::max(report.max_tip_error, err);
      report.tip_source[f] = std::string("node ") + node->mName.C_Str();
      continue;
    }
    // No tip node: the fingertip is the vertex of the distal segment farthest along its bone.
    const int distal = jointIndex(f, 2);
    const Eigen::Vector3f j3 = model.joints.row(distal).transpose();
    const Eigen::Vector3f dir = (j3 - model.joints.row(distal - 1).transpose()).normalized();
    long best = -1;
    float best_reach = -1e30f;
    for (long i = 0; i < n; ++i) {
      const float reach = (model.vertices.row(i).transpose() - j3).dot(dir);
      if (model.skin_weights(i, distal) >= 0.5f && reach > best_reach) best = i, best_reach = reach;
    }
    if (best < 0)
      fail(std::string("no vertex is skinned mainly to ") + slotName(distal) +
           ", so its fingertip cannot be found");
    model.tip_regressor(f, best) = 1.0f;
    report.tip_source[f] = "snapped";
  }
}

HandModel Importer::run(TemplateImportReport* report_out) {
  std::error_code ec;
  if (!std::filesystem::exists(path_, ec)) throw InputError("rigged template '" + path_ + "' does not exist");
  importer_.SetPropertyBool(AI_CONFIG_IMPORT_REMOVE_EMPTY_BONES, false);
  scene_ = importer_.ReadFile(path_, aiProcess_Triangulate | aiProcess_JoinIdenticalVertices);
  if (!scene_ || !scene_->mRootNode)
    fail(std::string("cannot read it (") + importer_.GetErrorString() +
         "); supported are glTF/GLB, FBX and the other formats Assimp reads, with a skinned mesh");
  collectNodes(scene_->mRootNode, Mat4::Identity());
  collectMeshes();
  mapBones();

  // Units: glTF is metres and ignores a skinned mesh's node transform; other formats place the mesh by
  // its node, and FBX states its unit (UnitScaleFactor, in centimetres).
  std::string ext = std::filesystem::path(path_).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext != ".gltf" && ext != ".glb") world_ = global_[meshes_[0].node];
  if (scene_->mMetaData) {
    double d = 0;
    float f = 0;
    int32_t i = 0;
    if (scene_->mMetaData->Get("UnitScaleFactor", d) && d > 0)
      scale_ = d / 100.0;
    else if (scene_->mMetaData->Get("UnitScaleFactor", f) && f > 0)
      scale_ = f / 100.0;
    else if (scene_->mMetaData->Get("UnitScaleFactor", i) && i > 0)
      scale_ = i / 100.0;
  }

  TemplateImportReport report;
  report.unit_scale = static_cast<float>(scale_);
  HandModel model;
  model.name = std::filesystem::path(path_).stem().string();
  buildMesh(model, report);
  model.joints.resize(kNumJoints, 3);
  for (int j = 0; j < kNumJoints; ++j) {
    model.joints.row(j) = toOutput(origin(bindOfNode(chosen_[j]))).transpose();
    model.joint_names[j] = chosen_[j]->mName.C_Str();
  }
  model.parents = canonicalJointParents();
  buildTips(model, report);
  const MatrixX3f tips = model.tips(model.vertices);

  // Sanity check of the units: wrist -> middle finger joints -> middle fingertip.
  float length = (model.joints.row(jointIndex(kMiddle, 0)) - model.joints.row(0)).norm() +
                 (tips.row(kMiddle) - model.joints.row(jointIndex(kMiddle, 2))).norm();
  for (int s = 0; s < 2; ++s)
    length +=
        (model.joints.row(jointIndex(kMiddle, s + 1)) - model.joints.row(jointIndex(kMiddle, s))).norm();
  report.hand_length = length;
  if (!(length > 0.06f && length < 0.6f)) {
    const double raw = length / scale_;
    std::string hint;
    if (scale_ != 1.0 && raw > 0.06 && raw < 0.6)
      hint =
          " Without the file's UnitScaleFactor it would be " + std::to_string(raw) +
          " m: its unit metadata looks wrong (Assimp's own FBX exporter declares centimetres for any data).";
    else if (length > 6.0f && length < 60.0f)
      hint = " The coordinates look like centimetres.";
    else if (length > 60.0f && length < 600.0f)
      hint = " The coordinates look like millimetres.";
    fail("the hand is " + std::to_string(length) +
         " m long from wrist to middle fingertip (after a unit scale of " + std::to_string(scale_) +
         "); an adult hand is about 0.19 m." + hint +
         " Re-export the hand in metres (glTF is always metres).");
  }

  if (side_ != Side::Unknown) {
    model.handedness = side_ == Side::Right ? Handedness::Right : Handedness::Left;
    report.handedness_from_names = true;
  } else {
    model.handedness = handednessFromGeometry(model.joints, tips);
  }
  model.joint_frames = estimateJointFrames(model.joints, tips, model.handedness);
  model.joint_limits = anatomicalJointLimits();
  buildGenericShapeSpace(model);
  try {
    model.validate();
  } catch (const Error& e) {
    fail(std::string("it gives an inconsistent model: ") + e.what());
  }
  if (report_out) *report_out = report;
  return model;
}

}  // namespace

HandModel loadRiggedTemplate(const std::string& path, const TemplateImportOptions& options,
                             TemplateImportReport* report) {
  Importer importer(path, options);
  return importer.run(report);
}

}  // namespace palma
