// Export round trips through Assimp's importers: the files must bring back the joint names and
// hierarchy, the bind pose (1e-4 m), the skin weights (1e-3), the textures (equal after decoding) and
// the animation keys at the right times; plus the options and bad input.
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <sys/stat.h>
#include <unistd.h>
#include <assimp/Importer.hpp>

#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/avatar/avatar_ops.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/export/export.h"
#include "core/export/obj_export.h"
#include "core/model/builtin_hand.h"
#include "core/model/mano_loader.h"
#include "core/model/skinning.h"
#include "core/model/template_loader.h"
#include "tests/core/export/export_fixtures.h"
#include "tests/support/palma_test.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

struct Case {
  HandModel tmpl;
  Avatar avatar;
};

Case builtinCase(Handedness side = Handedness::Right) {
  Case c;
  c.tmpl = makeBuiltinHand(side);
  c.avatar = test::makeExportAvatar(c.tmpl, side == Handedness::Right ? "builtin:right" : "builtin:left");
  return c;
}

// A fresh folder; with PALMA_KEEP_EXPORTS=DIR set, a folder under DIR that is kept for inspection.
std::string outputDir(const std::string& name) {
  const char* keep = std::getenv("PALMA_KEEP_EXPORTS");
  if (!keep) return test::tempDir();
  const std::string dir = std::string(keep) + "/" + name;
  palma::removeAll(dir);
  fs::create_directories(dir);
  return dir;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Palma metres -> file axes (Y-up): (x, -y, -z).
Eigen::Vector3d toFile(const Eigen::Vector3f& p) { return Eigen::Vector3d(p.x(), -p.y(), -p.z()); }

// Expected rest positions of the 22 skeleton nodes (forearm excluded: index 0 is checked elsewhere).
struct Expected {
  std::vector<std::string> names;
  std::vector<int> parents;
  std::vector<Eigen::Vector3d> positions;  // file axes, metres; forearm is NaN (not checked)
  MatrixX3f rest_vertices;                 // Palma axes
};

Expected expectedSkeleton(const Case& c, JointNaming naming = JointNaming::Palma) {
  Expected e;
  e.names = exportJointNames(naming, c.tmpl.handedness);
  e.parents = exportJointParents();
  const auto shape = c.avatar.shape.contiguous();
  const Eigen::VectorXf beta = Eigen::Map<const Eigen::VectorXf>(shape.data_ptr<float>(), shape.numel());
  const MatrixX3f joints = c.tmpl.shapedJoints(beta);
  const Rig rig = makeRig(c.tmpl);
  torch::NoGradGuard guard;
  const auto rest =
      poseAvatar(rig, c.tmpl, c.avatar, torch::zeros({1, kNumJoints, 3}), torch::zeros({1, 3})).vertices[0];
  e.rest_vertices.resize(rest.size(0), 3);
  std::copy(rest.data_ptr<float>(), rest.data_ptr<float>() + rest.numel(), e.rest_vertices.data());
  const MatrixX3f tips = c.tmpl.tips(e.rest_vertices);
  e.positions.push_back(Eigen::Vector3d::Constant(std::nan("")));
  for (int j = 0; j < kNumJoints; ++j) e.positions.push_back(toFile(joints.row(j).transpose()));
  for (int f = 0; f < kNumFingers; ++f) e.positions.push_back(toFile(tips.row(f).transpose()));
  return e;
}

const aiNode* findNode(const aiNode* node, const std::string& name) {
  if (name == node->mName.C_Str()) return node;
  for (unsigned i = 0; i < node->mNumChildren; ++i)
    if (const aiNode* found = findNode(node->mChildren[i], name)) return found;
  return nullptr;
}

Eigen::Vector3d translationOf(const aiMatrix4x4& m) { return Eigen::Vector3d(m.a4, m.b4, m.c4); }

// Checks names, hierarchy and bind pose of a re-imported scene; `units` = file units per metre.
// Returns the largest bind-pose error in metres.
double checkSkeleton(const aiScene* scene, const Expected& e, double units) {
  std::map<std::string, int> index;
  for (size_t k = 0; k < e.names.size(); ++k) index[e.names[k]] = static_cast<int>(k);
  double worst = 0;
  for (size_t k = 0; k < e.names.size(); ++k) {
    const aiNode* node = findNode(scene->mRootNode, e.names[k]);
    PALMA_CHECK_MSG(node != nullptr, "joint " << e.names[k] << " is missing after re-import");
    const std::string parent = test::namedParent(node, index);
    const std::string expected_parent = e.parents[k] < 0 ? "" : e.names[e.parents[k]];
    PALMA_CHECK_MSG(parent == expected_parent,
                    e.names[k] << " has parent '" << parent << "', expected '" << expected_parent << "'");
    if (k == 0) continue;
    const Eigen::Vector3d p = translationOf(test::globalTransform(node)) / units;
    if ((p - e.positions[k]).norm() > 1e-4)
      std::printf("    %s is %.2e m from its place (%g %g %g vs %g %g %g)\n", e.names[k].c_str(),
                  (p - e.positions[k]).norm(), p.x(), p.y(), p.z(), e.positions[k].x(), e.positions[k].y(),
                  e.positions[k].z());
    worst = std::max(worst, (p - e.positions[k]).norm());
  }
  // The inverse bind matrices put the same joints at the same places.
  const aiMesh* mesh = scene->mMeshes[0];
  for (unsigned b = 0; b < mesh->mNumBones; ++b) {
    auto it = index.find(mesh->mBones[b]->mName.C_Str());
    if (it == index.end() || it->second == 0) continue;
    aiMatrix4x4 bind = mesh->mBones[b]->mOffsetMatrix;
    bind.Inverse();
    worst = std::max(worst, (translationOf(bind) / units - e.positions[it->second]).norm());
  }
  return worst;
}

// Largest difference between the re-imported weights and the template's (4 largest, renormalised),
// matching vertices by position. Also checks that every vertex's weights sum to 1.
double checkWeights(const aiScene* scene, const Expected& e, const HandModel& tmpl, double units) {
  const aiMesh* mesh = scene->mMeshes[0];
  PALMA_CHECK(mesh->mNumBones > 0);
  std::map<std::string, int> joint_of;  // bone name -> canonical joint
  for (int j = 0; j < kNumJoints; ++j) joint_of[e.names[1 + j]] = j;
  std::vector<Eigen::Matrix<float, 1, kNumJoints>> got(mesh->mNumVertices,
                                                       Eigen::Matrix<float, 1, kNumJoints>::Zero());
  for (unsigned b = 0; b < mesh->mNumBones; ++b) {
    const aiBone* bone = mesh->mBones[b];
    auto it = joint_of.find(bone->mName.C_Str());
    for (unsigned w = 0; w < bone->mNumWeights; ++w) {
      if (bone->mWeights[w].mWeight == 0) continue;  // glTF pads to 4 influences with weight 0
      PALMA_CHECK_MSG(it != joint_of.end(), "weights on the non-joint bone " << bone->mName.C_Str());
      got[bone->mWeights[w].mVertexId](it->second) += bone->mWeights[w].mWeight;
    }
  }
  // Template vertex by position (file axes), on a 0.01 mm grid.
  std::map<std::array<long, 3>, int> by_position;
  auto key = [](const Eigen::Vector3d& p) {
    return std::array<long, 3>{std::lround(p.x() * 1e5), std::lround(p.y() * 1e5), std::lround(p.z() * 1e5)};
  };
  for (int i = 0; i < e.rest_vertices.rows(); ++i)
    by_position[key(toFile(e.rest_vertices.row(i).transpose()))] = i;
  double worst = 0;
  int matched = 0;
  for (unsigned i = 0; i < mesh->mNumVertices; ++i) {
    const aiVector3D& v = mesh->mVertices[i];
    auto it = by_position.find(key(Eigen::Vector3d(v.x, v.y, v.z) / units));
    if (it == by_position.end()) continue;
    ++matched;
    Eigen::Matrix<float, 1, kNumJoints> expected = tmpl.skin_weights.row(it->second);
    std::vector<std::pair<float, int>> w;
    for (int j = 0; j < kNumJoints; ++j)
      if (expected(j) > 0) w.emplace_back(expected(j), j);
    std::sort(w.begin(), w.end(), [](auto a, auto b) { return a.first > b.first; });
    expected.setZero();
    float sum = 0;
    for (size_t k = 0; k < std::min<size_t>(4, w.size()); ++k) sum += w[k].first;
    for (size_t k = 0; k < std::min<size_t>(4, w.size()); ++k) expected(w[k].second) = w[k].first / sum;
    worst = std::max(worst, static_cast<double>((got[i] - expected).cwiseAbs().maxCoeff()));
    PALMA_CHECK_NEAR(got[i].sum(), 1.0, 1e-3);
  }
  // Vertices land within 0.005 mm of the baked rest mesh (all but grid-boundary rounding cases).
  PALMA_CHECK_MSG(matched > 0.95 * mesh->mNumVertices,
                  matched << " of " << mesh->mNumVertices << " vertices found on the rest mesh");
  return worst;
}

const aiScene* readScene(Assimp::Importer& importer, const std::string& path) {
  const aiScene* scene = importer.ReadFile(path, 0);
  PALMA_CHECK_MSG(scene != nullptr, "Assimp cannot read " << path << ": " << importer.GetErrorString());
  PALMA_CHECK(scene->mNumMeshes >= 1);
  return scene;
}

const aiNodeAnim* channelFor(const aiScene* scene, const std::string& node) {
  for (unsigned a = 0; a < scene->mNumAnimations; ++a)
    for (unsigned c = 0; c < scene->mAnimations[a]->mNumChannels; ++c)
      if (node == scene->mAnimations[a]->mChannels[c]->mNodeName.C_Str())
        return scene->mAnimations[a]->mChannels[c];
  return nullptr;
}

double ticksPerSecond(const aiScene* scene) {
  const double t = scene->mAnimations[0]->mTicksPerSecond;
  return t > 0 ? t : 1.0;
}

void checkKeyTimes(const aiScene* scene, const std::string& node, const std::vector<double>& seconds) {
  PALMA_CHECK_MSG(scene->mNumAnimations >= 1, "no animation after re-import");
  const aiNodeAnim* ch = channelFor(scene, node);
  PALMA_CHECK_MSG(ch != nullptr, "no animation channel for " << node);
  PALMA_CHECK_MSG(ch->mNumRotationKeys == seconds.size(),
                  ch->mNumRotationKeys << " rotation keys, expected " << seconds.size());
  for (size_t k = 0; k < seconds.size(); ++k)
    PALMA_CHECK_NEAR(ch->mRotationKeys[k].mTime / ticksPerSecond(scene), seconds[k], 1e-4);
}

// The animated global position of a node at key k (each ancestor's key k, or its static transform).
Eigen::Vector3d animatedPosition(const aiScene* scene, const aiNode* node, unsigned k) {
  aiMatrix4x4 m;
  for (const aiNode* n = node; n; n = n->mParent) {
    aiMatrix4x4 local = n->mTransformation;
    if (const aiNodeAnim* ch = channelFor(scene, n->mName.C_Str())) {
      const aiVector3D& t = ch->mPositionKeys[std::min(k, ch->mNumPositionKeys - 1)].mValue;
      const aiQuaternion& q = ch->mRotationKeys[std::min(k, ch->mNumRotationKeys - 1)].mValue;
      const aiVector3D& s = ch->mScalingKeys[std::min(k, ch->mNumScalingKeys - 1)].mValue;
      local = aiMatrix4x4(s, q, t);
    }
    m = local * m;
  }
  return translationOf(m);
}

// The captured frames posed by our own skinning, in file axes, the translation relative to frame 0.
std::vector<MatrixX3f> skinnedJoints(const Case& c) {
  const Rig rig = makeRig(c.tmpl);
  SkinningParams p;
  p.pose = c.avatar.motion.pose;
  p.shape = c.avatar.shape.unsqueeze(0).expand({3, -1});
  p.translation = c.avatar.motion.translation - c.avatar.motion.translation[0];
  torch::NoGradGuard guard;
  const auto joints = skin(rig, p).joints.contiguous();
  std::vector<MatrixX3f> out;
  for (int f = 0; f < 3; ++f) {
    MatrixX3f m(kNumJoints, 3);
    std::copy(joints[f].data_ptr<float>(), joints[f].data_ptr<float>() + kNumJoints * 3, m.data());
    out.push_back(m);
  }
  return out;
}

double seconds(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

std::vector<std::string> listFolder(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

void checkRiggedRoundTrip(const std::string& path, const Case& c, double units, bool embedded) {
  Assimp::Importer importer;
  const aiScene* scene = readScene(importer, path);
  const Expected e = expectedSkeleton(c);
  const double bind_error = checkSkeleton(scene, e, units);
  const double weight_error = checkWeights(scene, e, c.tmpl, units);
  std::printf("    %s: bind pose error %.2e m, weight error %.2e\n", fs::path(path).filename().c_str(),
              bind_error, weight_error);
  PALMA_CHECK(bind_error < 1e-4);
  PALMA_CHECK(weight_error < 1e-3);

  // Animation: key times and the animated joints against our own skinning.
  checkKeyTimes(scene, e.names[1 + jointIndex(kIndex, 0)], {0.0, 2.0 / 30, 5.0 / 30});
  const auto skinned = skinnedJoints(c);
  double anim_error = 0;
  for (unsigned k = 0; k < 3; ++k)
    for (int j = 0; j < kNumJoints; ++j) {
      const aiNode* node = findNode(scene->mRootNode, e.names[1 + j]);
      const Eigen::Vector3d got = animatedPosition(scene, node, k) / units;
      anim_error = std::max(anim_error, (got - toFile(skinned[k].row(j).transpose())).norm());
    }
  std::printf("    %s: animated joints error %.2e m\n", fs::path(path).filename().c_str(), anim_error);
  PALMA_CHECK(anim_error < 1e-4);

  // Texture: present and equal to the avatar's albedo after decoding.
  const aiMaterial* mat = scene->mMaterials[scene->mMeshes[0]->mMaterialIndex];
  aiString tex;
  PALMA_CHECK_MSG(mat->GetTexture(aiTextureType_DIFFUSE, 0, &tex) == AI_SUCCESS ||
                      mat->GetTexture(aiTextureType_BASE_COLOR, 0, &tex) == AI_SUCCESS,
                  "no base colour texture after re-import");
  std::string png;
  if (const aiTexture* t = scene->GetEmbeddedTexture(tex.C_Str())) {
    PALMA_CHECK(embedded);
    PALMA_CHECK(t->mHeight == 0);
    png.assign(reinterpret_cast<const char*>(t->pcData), t->mWidth);
  } else {
    PALMA_CHECK(!embedded);
    png = readFile((fs::path(path).parent_path() / tex.C_Str()).string());
  }
  PALMA_CHECK_MSG(test::maxDifference(test::decodePng(png), test::quantised(c.avatar.albedo)) == 0,
                  "the albedo differs after decoding");
  PALMA_CHECK_MSG(mat->GetTextureCount(aiTextureType_NORMALS) == 1, "no normal map after re-import");
}

}  // namespace

PALMA_TEST(glbRoundTripsSkeletonWeightsTextureAndAnimation) {
  const Case c = builtinCase();
  const std::string path = outputDir("glb") + "/hand.glb";
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  const auto t = std::chrono::steady_clock::now();
  const ExportResult r = exportAvatar(c.avatar, c.tmpl, path, o);
  std::printf("    glb: %d vertices, %d faces, %d joints, %ld bytes, %.3f s\n", r.vertices, r.faces, r.joints,
              static_cast<long>(fs::file_size(path)), seconds(t));
  PALMA_CHECK(r.files.size() == 1 && r.files[0] == path);
  PALMA_CHECK(r.joints == 22);
  PALMA_CHECK(r.animation_keys == 3);
  PALMA_CHECK_NEAR(r.animation_seconds, 5.0 / 30, 1e-9);
  checkRiggedRoundTrip(path, c, 1.0, true);
  PALMA_CHECK(listFolder(fs::path(path).parent_path()) == std::vector<std::string>{"hand.glb"});
}

PALMA_TEST(gltfWithSeparateTexturesRoundTrips) {
  const Case c = builtinCase();
  const std::string dir = test::tempDir();
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  o.embed_textures = false;
  const ExportResult r = exportAvatar(c.avatar, c.tmpl, dir + "/hand.gltf", o);
  PALMA_CHECK(r.files.size() == 4);
  PALMA_CHECK((listFolder(dir) ==
               std::vector<std::string>{"hand.bin", "hand.gltf", "hand_albedo.png", "hand_normal.png"}));
  checkRiggedRoundTrip(dir + "/hand.gltf", c, 1.0, false);
}

PALMA_TEST(fbxRoundTripsWithoutEmbeddedTextures) {
  // Assimp 5.2.5's FBX importer crashes on ASCII FBX with embedded textures, so the round trip reads a
  // file written with separate textures.
  const Case c = builtinCase();
  const std::string dir = outputDir("fbx");
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  o.embed_textures = false;
  const auto t = std::chrono::steady_clock::now();
  const ExportResult r = exportAvatar(c.avatar, c.tmpl, dir + "/hand.fbx", o);
  std::printf("    fbx: %ld bytes, %.3f s\n", static_cast<long>(fs::file_size(dir + "/hand.fbx")),
              seconds(t));
  PALMA_CHECK(
      (listFolder(dir) == std::vector<std::string>{"hand.fbx", "hand_albedo.png", "hand_normal.png"}));
  const std::string text = readFile(dir + "/hand.fbx");
  PALMA_CHECK(text.rfind("; FBX", 0) == 0);  // ASCII
  PALMA_CHECK(text.find("\"UnitScaleFactor\", \"double\", \"Number\", \"\", 1") != std::string::npos);
  checkRiggedRoundTrip(dir + "/hand.fbx", c, 100.0, false);
  // With embedded textures the file is written too (and holds both PNGs).
  o.embed_textures = true;
  exportAvatar(c.avatar, c.tmpl, dir + "/embedded.fbx", o);
  PALMA_CHECK(readFile(dir + "/embedded.fbx").find("hand") != std::string::npos);
  PALMA_CHECK(fs::file_size(dir + "/embedded.fbx") > fs::file_size(dir + "/hand.fbx"));
}

PALMA_TEST(objRoundTripsPosedMeshAndMaterial) {
  const Case c = builtinCase();
  const std::string dir = test::tempDir();
  const auto pose = torch::zeros({kNumJoints, 3});
  pose[jointIndex(kIndex, 0)][0] = 0.8f;
  const ObjExportResult r = exportAvatarObj(c.avatar, c.tmpl, dir, "hand", pose);
  PALMA_CHECK((listFolder(dir) ==
               std::vector<std::string>{"hand.mtl", "hand.obj", "hand_albedo.png", "hand_normal.png"}));
  Assimp::Importer importer;
  const aiScene* scene = readScene(importer, r.obj);
  unsigned vertices = 0;
  for (unsigned m = 0; m < scene->mNumMeshes; ++m) vertices += scene->mMeshes[m]->mNumFaces;
  PALMA_CHECK(static_cast<int>(vertices) == c.tmpl.numFaces());
  // Positions: our posed mesh in Y-up axes.
  const Rig rig = makeRig(c.tmpl);
  torch::NoGradGuard guard;
  const auto posed = poseAvatar(rig, c.tmpl, c.avatar, pose.unsqueeze(0), torch::zeros({1, 3})).vertices[0];
  Eigen::AlignedBox3d expected, got;
  for (int i = 0; i < posed.size(0); ++i)
    expected.extend(
        Eigen::Vector3d(posed[i][0].item<float>(), -posed[i][1].item<float>(), -posed[i][2].item<float>()));
  for (unsigned m = 0; m < scene->mNumMeshes; ++m)
    for (unsigned i = 0; i < scene->mMeshes[m]->mNumVertices; ++i) {
      const auto& v = scene->mMeshes[m]->mVertices[i];
      got.extend(Eigen::Vector3d(v.x, v.y, v.z));
    }
  PALMA_CHECK((got.min() - expected.min()).norm() < 1e-5);
  PALMA_CHECK((got.max() - expected.max()).norm() < 1e-5);
  PALMA_CHECK(scene->mMeshes[0]->HasTextureCoords(0) && scene->mMeshes[0]->HasNormals());
  aiString tex;
  PALMA_CHECK(scene->mMaterials[scene->mMeshes[0]->mMaterialIndex]->GetTexture(aiTextureType_DIFFUSE, 0,
                                                                               &tex) == AI_SUCCESS);
  PALMA_CHECK(std::string(tex.C_Str()) == "hand_albedo.png");
  PALMA_CHECK(readFile(r.mtl).find("hand_normal.png") != std::string::npos);
  PALMA_CHECK(test::maxDifference(test::decodePng(readFile(r.albedo)), test::quantised(c.avatar.albedo)) ==
              0);
}

PALMA_TEST(shortBonesSurviveAssimpIdentityTolerance) {
  // A small hand (30 % scale) has bones of 5-10 mm, whose transforms in metres come within Assimp's
  // 0.01 identity tolerance; the centimetre skeleton keeps them all.
  Case c = builtinCase();
  c.tmpl.vertices *= 0.3f;
  c.tmpl.joints *= 0.3f;
  c.tmpl.shape_dirs *= 0.3f;
  c.tmpl.joint_shape_dirs *= 0.3f;
  c.avatar.displacement *= 0.3f;
  const std::string path = outputDir("small") + "/small.glb";
  exportAvatar(c.avatar, c.tmpl, path, {});
  Assimp::Importer importer;
  const aiScene* scene = readScene(importer, path);
  const double error = checkSkeleton(scene, expectedSkeleton(c), 1.0);
  std::printf("    small hand: bind pose error %.2e m\n", error);
  PALMA_CHECK(error < 1e-4);
}

PALMA_TEST(leftSideAndMixamoNames) {
  const Case right = builtinCase();
  const std::string dir = test::tempDir();
  ExportOptions o;
  o.side = Handedness::Left;
  o.naming = JointNaming::Mixamo;
  exportAvatar(right.avatar, right.tmpl, dir + "/left.glb", o);
  exportAvatar(right.avatar, right.tmpl, dir + "/right.glb", {});
  Assimp::Importer a, b;
  const aiScene* left = readScene(a, dir + "/left.glb");
  const aiScene* rs = readScene(b, dir + "/right.glb");
  const auto left_names = exportJointNames(JointNaming::Mixamo, Handedness::Left);
  const auto right_names = exportJointNames(JointNaming::Palma, Handedness::Right);
  PALMA_CHECK(left_names[1] == "LeftHand" && left_names[2] == "LeftHandIndex1" &&
              left_names[17] == "LeftHandIndex4");
  PALMA_CHECK(right_names[1] == "wrist.R" && right_names[0] == "forearm.R");
  for (size_t k = 1; k < left_names.size(); ++k) {
    const aiNode* l = findNode(left->mRootNode, left_names[k]);
    const aiNode* r = findNode(rs->mRootNode, right_names[k]);
    PALMA_CHECK_MSG(l && r, "missing " << left_names[k] << " or " << right_names[k]);
    const Eigen::Vector3d pl = translationOf(test::globalTransform(l));
    const Eigen::Vector3d pr = translationOf(test::globalTransform(r));
    PALMA_CHECK_NEAR(pl.x(), -pr.x(), 1e-5);
    PALMA_CHECK_NEAR(pl.y(), pr.y(), 1e-5);
    PALMA_CHECK_NEAR(pl.z(), pr.z(), 1e-5);
  }
}

PALMA_TEST(subdivisionTextureSizeAndPresetAnimation) {
  const Case c = builtinCase();
  const std::string dir = test::tempDir();
  ExportOptions o;
  o.subdivision = 1;
  o.texture_size = 16;
  o.animation = ExportAnimation::Preset;
  o.preset = "fist";
  const ExportResult r = exportAvatar(c.avatar, c.tmpl, dir + "/fist.glb", o);
  const ExportResult plain = exportAvatar(c.avatar, c.tmpl, dir + "/plain.glb", {});
  PALMA_CHECK(r.faces == 4 * plain.faces);
  PALMA_CHECK(r.texture_size == 16 && plain.texture_size == 32);
  Assimp::Importer importer;
  const aiScene* scene = readScene(importer, dir + "/fist.glb");
  int w = 0, h = 0;
  const aiTexture* t = scene->GetEmbeddedTexture("*0");
  PALMA_CHECK(t != nullptr);
  test::decodePng(std::string(reinterpret_cast<const char*>(t->pcData), t->mWidth), &w, &h);
  PALMA_CHECK(w == 16 && h == 16);
  std::vector<double> times;
  for (int k = 0; k < 25; ++k) times.push_back(2.0 * k / 24);
  checkKeyTimes(scene, "index2.R", times);
  PALMA_CHECK(std::string(scene->mAnimations[0]->mName.C_Str()) == "fist");
}

PALMA_TEST(exportedGlbImportsBackAsATemplate) {
  // The exported file is itself a rigged hand Palma can import (in the file's Y-up axes, which the
  // template importer keeps for glTF): joints and handedness come back.
  const Case c = builtinCase();
  const std::string path = outputDir("template") + "/template.glb";
  exportAvatar(c.avatar, c.tmpl, path, {});
  TemplateImportReport report;
  const HandModel back = loadRiggedTemplate(path, {}, &report);
  const Expected e = expectedSkeleton(c);
  double worst = 0;
  for (int j = 0; j < kNumJoints; ++j)
    worst = std::max(worst, (back.joints.row(j).transpose().cast<double>() - e.positions[1 + j]).norm());
  std::printf("    template import of our glb: joint error %.2e m, tip error %.2e m\n", worst,
              report.max_tip_error);
  PALMA_CHECK(back.handedness == Handedness::Right);
  PALMA_CHECK(worst < 1e-4);
}

PALMA_TEST(manoLayoutModelExportsWithoutTextures) {
  const HandModel mano = loadMano(test::writeManoLayoutNpz());
  Case c;
  c.tmpl = mano;
  c.avatar = test::makeExportAvatar(mano, "mano:model.npz");
  const std::string path = test::tempDir() + "/mano.glb";
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  const ExportResult r = exportAvatar(c.avatar, c.tmpl, path, o);
  PALMA_CHECK(r.texture_size == 0);
  PALMA_CHECK(!r.warnings.empty());
  Assimp::Importer importer;
  const aiScene* scene = readScene(importer, path);
  PALMA_CHECK(checkSkeleton(scene, expectedSkeleton(c), 1.0) < 1e-4);
  PALMA_CHECK(checkWeights(scene, expectedSkeleton(c), c.tmpl, 1.0) < 1e-3);
  PALMA_CHECK(scene->mNumTextures == 0);
}

PALMA_TEST(badInputGivesClearErrorsAndLeavesNoFiles) {
  const Case c = builtinCase();
  const std::string dir = test::tempDir();
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/hand.blend", {}), InputError,
                     "unknown file extension '.blend'");
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/hand", {}), InputError, "unknown file extension");
  PALMA_CHECK_THROWS(exportAvatar(Avatar{}, c.tmpl, dir + "/empty.glb", {}), InputError, "avatar.");
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, HandModel{}, dir + "/empty.glb", {}), InputError, "no geometry");
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/missing/hand.glb", {}), Error, "does not exist");
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/hand.obj", o), InputError,
                     "cannot hold animation");
  Avatar still = c.avatar;
  still.motion = CapturedMotion{};
  PALMA_CHECK_THROWS(exportAvatar(still, c.tmpl, dir + "/hand.glb", o), InputError, "no captured motion");
  o.animation = ExportAnimation::Preset;
  o.preset = "moonwalk";
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/hand.glb", o), InputError, "moonwalk");
  ExportOptions big;
  big.texture_size = -1;
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/hand.glb", big), InputError, "texture size");
  big.texture_size = 0;
  big.subdivision = 3;
  PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, dir + "/hand.glb", big), InputError, "subdivision");
  PALMA_CHECK_THROWS(parseExportFormat("stl"), InputError, "glb, gltf, fbx, obj");
  PALMA_CHECK_THROWS(parseJointNaming("unreal"), InputError, "palma, mixamo");
  PALMA_CHECK_MSG(listFolder(dir).empty(), "files left behind: " << listFolder(dir).size());

  // An unwritable folder (permissions do not bind root, so skip that part there).
  const std::string locked = dir + "/locked";
  fs::create_directories(locked);
  ::chmod(locked.c_str(), 0555);
  if (::access(locked.c_str(), W_OK) == 0) {
    ::chmod(locked.c_str(), 0755);
    std::printf("    (running as root: the unwritable-folder case is checked through a file in the way)\n");
    // A folder where the file should be: the rename cannot replace it.
    fs::create_directories(locked + "/hand_albedo.png");
    ExportOptions sep;
    sep.embed_textures = false;
    PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, locked + "/hand.gltf", sep), Error, "hand_albedo.png");
    PALMA_CHECK_MSG(listFolder(locked) == std::vector<std::string>{"hand_albedo.png"},
                    "partial files left: " << listFolder(locked).size());
  } else {
    PALMA_CHECK_THROWS(exportAvatar(c.avatar, c.tmpl, locked + "/hand.glb", {}), Error, "not writable");
    ::chmod(locked.c_str(), 0755);
    PALMA_CHECK(listFolder(locked).empty());
  }
}

PALMA_TEST(sharedWebXrTemplateExports) {
  const std::string fixture = test::sourceDir() + "/../shared/fixtures/webxr-generic-hand/right.glb";
  if (!fs::exists(fixture)) PALMA_SKIP("../shared/fixtures/webxr-generic-hand/right.glb is absent");
  Case c;
  c.tmpl = loadRiggedTemplate(fixture);
  c.avatar = test::makeExportAvatar(c.tmpl, "template:" + fixture);
  const std::string path = test::tempDir() + "/webxr.glb";
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  exportAvatar(c.avatar, c.tmpl, path, o);
  checkRiggedRoundTrip(path, c, 1.0, true);
}
