// Importing rigged hands: the WebXR generic hand fixture (skipped when ../shared is absent) and small
// rigged glTF files the test writes itself (boxes along Mixamo-named bones, JOINTS_0/WEIGHTS_0,
// inverseBindMatrices), plus mapping files, bad input and the model spec strings.
#include <assimp/config.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/Exporter.hpp>
#include <assimp/Importer.hpp>

#include <Eigen/Geometry>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/model/model_spec.h"
#include "core/model/template_loader.h"
#include "core/model/template_names.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

// ---- A minimal glTF writer for test rigs ----

struct RigBone {
  std::string name;
  int parent;            // index into the bone list, -1 for the root
  Eigen::Vector3f head;  // global rest position, metres
  int box_to = -1;       // a box from this head to that bone's head (-1: no box)
  int weight_bone = -1;  // the bone the box is skinned to (-1: this bone)
  float half_width = 0.008f;
};

std::string base64(const std::string& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < in.size(); i += 3) {
    uint32_t v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    if (i + 2 < in.size()) v |= static_cast<unsigned char>(in[i + 2]);
    out += t[(v >> 18) & 63];
    out += t[(v >> 12) & 63];
    out += i + 1 < in.size() ? t[(v >> 6) & 63] : '=';
    out += i + 2 < in.size() ? t[v & 63] : '=';
  }
  return out;
}

template <typename T>
void append(std::string& buf, const T& v) {
  buf.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

// Writes the rig as .gltf with an embedded buffer. Each box has 24 vertices (4 per side, own UVs), so
// the importer must weld them back to 8. `skinned` = false leaves out the skin (a bad input).
std::string writeRig(const std::vector<RigBone>& bones, const std::string& name, bool skinned = true) {
  std::string pos, uv, joints, weights, idx, ibm;
  Eigen::Vector3f lo = Eigen::Vector3f::Constant(1e9f), hi = -lo;
  int nv = 0, ni = 0, box = 0;
  for (size_t b = 0; b < bones.size(); ++b) {
    if (bones[b].box_to < 0) continue;
    const Eigen::Vector3f s = bones[b].head, e = bones[bones[b].box_to].head;
    const Eigen::Vector3f d = (e - s).normalized();
    const Eigen::Vector3f u = d.unitOrthogonal() * bones[b].half_width, w = d.cross(u);
    Eigen::Vector3f corner[8];
    for (int k = 0; k < 8; ++k) corner[k] = (k & 4 ? e : s) + (k & 1 ? u : -u) + (k & 2 ? w : -w);
    const int sides[6][4] = {{0, 1, 3, 2}, {4, 6, 7, 5}, {0, 4, 5, 1},
                             {2, 3, 7, 6}, {0, 2, 6, 4}, {1, 5, 7, 3}};
    const uint16_t jb = static_cast<uint16_t>(bones[b].weight_bone >= 0 ? bones[b].weight_bone : b);
    for (int f = 0; f < 6; ++f) {
      const float u0 = 0.05f * f, v0 = 0.05f * box;
      const float uvs[4][2] = {{u0, v0}, {u0 + 0.04f, v0}, {u0 + 0.04f, v0 + 0.04f}, {u0, v0 + 0.04f}};
      for (int c = 0; c < 4; ++c) {
        const Eigen::Vector3f p = corner[sides[f][c]];
        lo = lo.cwiseMin(p), hi = hi.cwiseMax(p);
        for (int k = 0; k < 3; ++k) append(pos, p(k));
        append(uv, uvs[c][0]), append(uv, uvs[c][1]);
        for (uint16_t j : {jb, uint16_t(0), uint16_t(0), uint16_t(0)}) append(joints, j);
        for (float x : {1.0f, 0.0f, 0.0f, 0.0f}) append(weights, x);
      }
      for (int t : {0, 1, 2, 0, 2, 3}) append(idx, static_cast<uint32_t>(nv + t)), ++ni;
      nv += 4;
    }
    ++box;
  }
  for (const RigBone& b : bones) {
    const float m[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -b.head.x(), -b.head.y(), -b.head.z(), 1};
    for (float x : m) append(ibm, x);
  }
  std::string buffer;
  nlohmann::json views = nlohmann::json::array(), accessors = nlohmann::json::array();
  auto add = [&](const std::string& data, int component, const char* type, int count) {
    views.push_back({{"buffer", 0}, {"byteOffset", buffer.size()}, {"byteLength", data.size()}});
    buffer += data;
    accessors.push_back(
        {{"bufferView", views.size() - 1}, {"componentType", component}, {"count", count}, {"type", type}});
    return static_cast<int>(accessors.size() - 1);
  };
  const int a_pos = add(pos, 5126, "VEC3", nv);
  accessors[a_pos]["min"] = {lo.x(), lo.y(), lo.z()};
  accessors[a_pos]["max"] = {hi.x(), hi.y(), hi.z()};
  const int a_uv = add(uv, 5126, "VEC2", nv), a_j = add(joints, 5123, "VEC4", nv);
  const int a_w = add(weights, 5126, "VEC4", nv), a_i = add(idx, 5125, "SCALAR", ni);
  const int a_ibm = add(ibm, 5126, "MAT4", static_cast<int>(bones.size()));

  nlohmann::json nodes = nlohmann::json::array(), skin_joints = nlohmann::json::array();
  std::vector<int> roots;
  for (size_t b = 0; b < bones.size(); ++b) {
    const Eigen::Vector3f t =
        bones[b].parent < 0 ? bones[b].head : Eigen::Vector3f(bones[b].head - bones[bones[b].parent].head);
    nlohmann::json node = {{"name", bones[b].name}, {"translation", {t.x(), t.y(), t.z()}}};
    std::vector<int> children;
    for (size_t c = 0; c < bones.size(); ++c)
      if (bones[c].parent == static_cast<int>(b)) children.push_back(static_cast<int>(c));
    if (!children.empty()) node["children"] = children;
    nodes.push_back(node);
    skin_joints.push_back(b);
    if (bones[b].parent < 0) roots.push_back(static_cast<int>(b));
  }
  nlohmann::json mesh_node = {{"name", "HandMesh"}, {"mesh", 0}};
  if (skinned) mesh_node["skin"] = 0;
  nodes.push_back(mesh_node);
  roots.push_back(static_cast<int>(nodes.size() - 1));
  nlohmann::json attributes = {{"POSITION", a_pos}, {"TEXCOORD_0", a_uv}};
  if (skinned) attributes["JOINTS_0"] = a_j, attributes["WEIGHTS_0"] = a_w;
  nlohmann::json doc = {
      {"asset", {{"version", "2.0"}}},
      {"scene", 0},
      {"scenes", {{{"nodes", roots}}}},
      {"nodes", nodes},
      {"meshes", {{{"primitives", {{{"attributes", attributes}, {"indices", a_i}}}}}}},
      {"buffers",
       {{{"byteLength", buffer.size()}, {"uri", "data:application/octet-stream;base64," + base64(buffer)}}}},
      {"bufferViews", views},
      {"accessors", accessors}};
  if (skinned) doc["skins"] = {{{"joints", skin_joints}, {"inverseBindMatrices", a_ibm}}};
  const std::string path = test::tempDir() + "/" + name;
  std::ofstream(path) << doc.dump();
  return path;
}

// A right hand with Mixamo names (palm facing +z, fingers along +y, thumb at +x), a forearm, a palm
// bone and a twist bone that must fold into their mapped ancestors. `names` renames bones; `scale`
// changes units; `mirror` makes the left hand.
std::vector<RigBone> mixamoHand(const std::string& side = "Right", float scale = 1, bool tips = true) {
  const std::string p = "mixamorig:" + side + "Hand";
  std::vector<RigBone> b;
  auto bone = [&](const std::string& name, int parent, float x, float y, float z) {
    b.push_back({name, parent, Eigen::Vector3f(x, y, z) * scale});
    b.back().half_width *= scale;
    return static_cast<int>(b.size() - 1);
  };
  const int forearm = bone("mixamorig:" + side + "ForeArm", -1, 0, -0.20f, 0);
  const int hand = bone(p, forearm, 0, 0, 0);
  b[forearm].box_to = hand;
  b[forearm].half_width = 0.025f * scale;
  const int palm = bone(p + "Palm", hand, 0, 0.01f, 0);
  const char* fingers[5] = {"Index", "Middle", "Ring", "Pinky", "Thumb"};
  const float base[5][3] = {{0.030f, 0.090f, 0},
                            {0.008f, 0.095f, 0},
                            {-0.012f, 0.090f, 0},
                            {-0.030f, 0.080f, 0},
                            {0.025f, 0.025f, 0.012f}};
  const float step[5][3] = {{0.002f, 0.030f, 0.004f},
                            {0.001f, 0.032f, 0.004f},
                            {-0.001f, 0.030f, 0.004f},
                            {-0.002f, 0.024f, 0.004f},
                            {0.016f, 0.020f, 0.008f}};
  int middle1 = -1;
  for (int f = 0; f < 5; ++f) {
    int parent = hand;
    for (int s = 0; s < (tips ? 4 : 3); ++s) {
      const int j = bone(p + fingers[f] + std::to_string(s + 1), parent, base[f][0] + s * step[f][0],
                         base[f][1] + s * step[f][1], base[f][2] + s * step[f][2]);
      if (s > 0) b[parent].box_to = j;
      if (f == 1 && s == 0) middle1 = j;
      parent = j;
    }
    if (!tips) {  // the distal box still needs an end: an unnamed helper end point, not a skin bone
      const int e = bone(p + fingers[f] + "_Helper", parent, base[f][0] + 3.2f * step[f][0],
                         base[f][1] + 3.2f * step[f][1], base[f][2] + 3.2f * step[f][2]);
      b[parent].box_to = e;
      b[e].parent = parent;
    }
  }
  b[palm].box_to = middle1;
  b[palm].half_width = 0.02f * scale;
  // The index1 box is skinned to a twist bone under Index1: its weights must end on index1.
  const int index1 = hand + 2;
  const int twist = bone(p + "Index1_Twist", index1, b[index1].head.x() / scale, b[index1].head.y() / scale,
                         b[index1].head.z() / scale);
  b[index1].weight_bone = twist;
  if (side == "Left")
    for (RigBone& r : b) r.head.x() *= -1;
  return b;
}

std::string fixture(const std::string& name) {
  return test::sourceDir() + "/../shared/fixtures/webxr-generic-hand/" + name;
}

}  // namespace

PALMA_TEST(webxrRightHandImports) {
  if (!std::filesystem::exists(fixture("right.glb"))) PALMA_SKIP("no ../shared/fixtures/webxr-generic-hand");
  TemplateImportReport r;
  const HandModel m = loadRiggedTemplate(fixture("right.glb"), {}, &r);
  std::printf(
      "       WebXR right: %d vertices from %d (welded), %d faces, %ld UVs, hand length %.1f cm, "
      "%d bones folded, tip error %.2g m\n",
      r.welded_vertices, r.source_vertices, m.numFaces(), static_cast<long>(m.uvs.rows()),
      100 * r.hand_length, r.folded_bones, r.max_tip_error);
  PALMA_CHECK(m.joint_names[0] == "wrist" && m.parents[0] == -1);
  PALMA_CHECK(m.joint_names[jointIndex(kIndex, 0)] == "index-finger-phalanx-proximal");
  PALMA_CHECK(m.joint_names[jointIndex(kThumb, 0)] == "thumb-metacarpal");
  PALMA_CHECK(m.joint_names[jointIndex(kPinky, 2)] == "pinky-finger-phalanx-distal");
  PALMA_CHECK(m.handedness == Handedness::Right && !r.handedness_from_names);
  PALMA_CHECK(r.hand_length > 0.15f && r.hand_length < 0.22f);
  PALMA_CHECK(m.numVertices() == 1159 && m.numFaces() == 2314 && m.uvs.rows() >= m.numVertices());
  PALMA_CHECK(r.folded_bones == 4);  // the four finger metacarpals fold into the wrist
  // Tips come from the *-tip nodes and lie at the finger ends, beyond the distal joints.
  const MatrixX3f tips = m.tips(m.vertices);
  for (int f = 0; f < kNumFingers; ++f) {
    PALMA_CHECK(r.tip_source[f].rfind("node ", 0) == 0);
    const float beyond = (tips.row(f) - m.joints.row(jointIndex(f, 2))).norm();
    PALMA_CHECK_MSG(beyond > 0.008f && beyond < 0.035f, "finger " << f << ": " << beyond);
  }
  PALMA_CHECK(r.max_tip_error < 1e-4f);
  PALMA_CHECK(m.numShapes() >= 10);
  m.validate();
}

PALMA_TEST(webxrLeftHandIsLeft) {
  if (!std::filesystem::exists(fixture("left.glb"))) PALMA_SKIP("no ../shared/fixtures/webxr-generic-hand");
  const HandModel m = loadRiggedTemplate(fixture("left.glb"));
  PALMA_CHECK(m.handedness == Handedness::Left);
  m.validate();
}

PALMA_TEST(boneNamesNormaliseAcrossConventions) {
  Side side;
  PALMA_CHECK(normalizedBoneName("mixamorig:RightHandIndex1", &side) == "handindex1" && side == Side::Right);
  PALMA_CHECK(normalizedBoneName("f_index.01.L", &side) == "findex1" && side == Side::Left);
  PALMA_CHECK(normalizedBoneName("thumb-phalanx-distal", &side) == "thumbphalanxdistal" &&
              side == Side::Unknown);
  PALMA_CHECK(normalizedBoneName("Hand_R", &side) == "hand" && side == Side::Right);
  PALMA_CHECK(normalizedBoneName("ring_01_r", &side) == "ring1" && side == Side::Right);
  PALMA_CHECK(matchBoneName("mixamorig:LeftHandThumb1").slot == jointIndex(kThumb, 0));
  PALMA_CHECK(matchBoneName("thumb.01.R").slot == jointIndex(kThumb, 0));
  PALMA_CHECK(matchBoneName("f_pinky.03.R_end").slot == tipSlot(kPinky));
  PALMA_CHECK(matchBoneName("Little_Intermediate").slot == jointIndex(kPinky, 1));
  PALMA_CHECK(matchBoneName("index-finger-tip").slot == tipSlot(kIndex));
  PALMA_CHECK(matchBoneName("Bip01 R Finger0").slot == jointIndex(kThumb, 0));
  PALMA_CHECK(matchBoneName("Bip01 L Finger0Nub").slot == tipSlot(kThumb));
  PALMA_CHECK(matchBoneName("Bip01 R Finger21").slot == jointIndex(kMiddle, 1));
  PALMA_CHECK(matchBoneName("Index_Tip").slot == tipSlot(kIndex));
  PALMA_CHECK(matchBoneName("palm.01.R").slot == -1);
  PALMA_CHECK(matchBoneName("index-finger-metacarpal").slot == -1);
}

PALMA_TEST(generatedMixamoRigImportsWithFoldedWeights) {
  const auto bones = mixamoHand();
  TemplateImportReport r;
  const HandModel m = loadRiggedTemplate(writeRig(bones, "mixamo.gltf"), {}, &r);
  PALMA_CHECK(m.joint_names[0] == "mixamorig:RightHand");
  PALMA_CHECK(m.joint_names[jointIndex(kRing, 1)] == "mixamorig:RightHandRing2");
  PALMA_CHECK(m.joint_names[jointIndex(kThumb, 2)] == "mixamorig:RightHandThumb3");
  PALMA_CHECK(m.handedness == Handedness::Right && r.handedness_from_names);
  for (int j = 0; j < kNumJoints; ++j) {
    const auto& b = *std::find_if(bones.begin(), bones.end(),
                                  [&](const RigBone& x) { return x.name == m.joint_names[j]; });
    PALMA_CHECK((m.joints.row(j).transpose() - b.head).norm() < 1e-6f);
  }
  // 17 boxes (forearm, palm, 15 finger segments) of 24 split vertices weld to 8 each; UVs stay split.
  PALMA_CHECK(r.source_vertices == 17 * 24 && m.numVertices() == 17 * 8);
  PALMA_CHECK(m.uvs.rows() == 17 * 24 && m.uv_faces.rows() == m.numFaces());
  // Forearm and palm boxes fold into the wrist, the twist bone's box into index1.
  PALMA_CHECK(r.folded_bones == 3);
  int on_wrist = 0, on_index1 = 0;
  for (int i = 0; i < m.numVertices(); ++i) {
    on_wrist += m.skin_weights(i, 0) == 1.0f;
    on_index1 += m.skin_weights(i, jointIndex(kIndex, 0)) == 1.0f;
  }
  PALMA_CHECK(on_wrist == 16 && on_index1 == 8);
  for (int f = 0; f < kNumFingers; ++f) PALMA_CHECK(r.tip_source[f].find("4") != std::string::npos);
  PALMA_CHECK_NEAR(r.hand_length, 0.095 + 3 * 0.0322, 0.002);
  m.validate();
  const HandModel left = loadRiggedTemplate(writeRig(mixamoHand("Left"), "left.gltf"));
  PALMA_CHECK(left.handedness == Handedness::Left);
  PALMA_CHECK(handednessFromGeometry(left.joints, left.tips(left.vertices)) == Handedness::Left);
  PALMA_CHECK(handednessFromGeometry(m.joints, m.tips(m.vertices)) == Handedness::Right);
}

PALMA_TEST(mappingFileMapsUnknownNamesAndTipsAreSnapped) {
  auto bones = mixamoHand("Right", 1, false);
  nlohmann::json map;
  int k = 0;
  for (RigBone& b : bones) {
    const BoneMatch match = matchBoneName(b.name);
    const std::string renamed = "Bone." + std::to_string(k++);
    if (match.slot >= 0) map[slotName(match.slot)] = renamed;
    b.name = renamed;
  }
  const std::string rig = writeRig(bones, "custom.gltf");
  PALMA_CHECK_THROWS(loadRiggedTemplate(rig), InputError, "could not map joints wrist, index1");
  PALMA_CHECK_THROWS(loadRiggedTemplate(rig), InputError, "mapping file");
  const std::string map_file = test::tempDir() + "/map.json";
  std::ofstream(map_file) << map.dump(2);
  TemplateImportReport r;
  const HandModel m = loadRiggedTemplate(rig, {map_file}, &r);
  PALMA_CHECK(m.joint_names[jointIndex(kMiddle, 0)] == map["middle1"]);
  // No tip nodes: each tip snaps to the far end of the distal box, 1.2 segments beyond the distal joint.
  for (int f = 0; f < kNumFingers; ++f) {
    PALMA_CHECK(r.tip_source[f] == "snapped");
    const Eigen::Vector3f tip = m.tips(m.vertices).row(f).transpose();
    const float reach =
        (tip - m.joints.row(jointIndex(f, 2)).transpose())
            .dot((m.joints.row(jointIndex(f, 2)) - m.joints.row(jointIndex(f, 1))).normalized());
    PALMA_CHECK_MSG(reach > 0.02f && reach < 0.045f, "finger " << f << " reach " << reach);
  }
  m.validate();
  std::ofstream(map_file) << R"({"indx1": "Bone.3"})";
  PALMA_CHECK_THROWS(loadRiggedTemplate(rig, {map_file}), InputError,
                     "'indx1' is not one of our joint names");
  std::ofstream(map_file) << R"({"index1": "NoSuchBone"})";
  PALMA_CHECK_THROWS(loadRiggedTemplate(rig, {map_file}), InputError, "'NoSuchBone'");
  std::ofstream(map_file) << "{not json";
  PALMA_CHECK_THROWS(loadRiggedTemplate(rig, {map_file}), InputError, "not valid JSON");
}

// The non-glTF path: FBX places the mesh by its node and states its unit. Assimp's FBX exporter declares
// centimetres (UnitScaleFactor 1), so the rig is scaled to centimetres before export.
PALMA_TEST(fbxInCentimetresImportsLikeGltf) {
  const std::string gltf = writeRig(mixamoHand(), "for_fbx.gltf");
  Assimp::Importer importer;
  importer.SetPropertyFloat(AI_CONFIG_GLOBAL_SCALE_FACTOR_KEY, 100.0f);
  const aiScene* scene = importer.ReadFile(gltf, aiProcess_GlobalScale);
  PALMA_CHECK(scene != nullptr);
  const std::string fbx = test::tempDir() + "/hand_cm.fbx";
  Assimp::Exporter exporter;
  PALMA_CHECK(exporter.Export(scene, "fbxa", fbx) == AI_SUCCESS);
  TemplateImportReport r;
  const HandModel from_fbx = loadRiggedTemplate(fbx, {}, &r);
  const HandModel from_gltf = loadRiggedTemplate(gltf);
  PALMA_CHECK_NEAR(r.unit_scale, 0.01, 1e-9);
  PALMA_CHECK(from_fbx.numVertices() == from_gltf.numVertices());
  PALMA_CHECK_MSG((from_fbx.joints - from_gltf.joints).cwiseAbs().maxCoeff() < 1e-5f, from_fbx.joints);
  PALMA_CHECK(from_fbx.handedness == Handedness::Right);
}

PALMA_TEST(badTemplateInputGivesInputError) {
  const std::string dir = test::tempDir();
  PALMA_CHECK_THROWS(loadRiggedTemplate(dir + "/absent.glb"), InputError, "does not exist");
  std::ofstream(dir + "/garbage.glb", std::ios::binary)
      << std::string("\x01\x02garbage\xff\xfe not a model", 25);
  PALMA_CHECK_THROWS(loadRiggedTemplate(dir + "/garbage.glb"), InputError, "cannot read it");
  PALMA_CHECK_THROWS(loadRiggedTemplate(writeRig(mixamoHand(), "static.gltf", false)), InputError,
                     "no skeleton");
  PALMA_CHECK_THROWS(loadRiggedTemplate(writeRig(mixamoHand("Right", 100), "cm.gltf")), InputError,
                     "look like centimetres");
}

PALMA_TEST(modelSpecsSelectTheLoader) {
  PALMA_CHECK_THROWS(loadHandModel("smpl:hand.pkl"), InputError, "builtin:left");
  PALMA_CHECK_THROWS(loadHandModel("builtin:middle"), InputError, "builtin:right");
  PALMA_CHECK_THROWS(loadHandModel("mano:"), InputError, "names no file");
  PALMA_CHECK_THROWS(loadHandModel("mano:/nonexistent/m.npz"), InputError, "does not exist");
  PALMA_CHECK(modelSpecHelp().find("template:FILE") != std::string::npos);
  PALMA_CHECK(loadHandModel("builtin:left").handedness == Handedness::Left);
  PALMA_CHECK(loadHandModel("builtin").handedness == Handedness::Right);
  const HandModel m = loadHandModel("template:" + writeRig(mixamoHand(), "spec.gltf"));
  PALMA_CHECK(m.name == "spec");
}
