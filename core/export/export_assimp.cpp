// The Assimp side of the export: an aiScene from the prepared ExportScene, Assimp's exporters run into
// memory (so the caller can write every file atomically), and the fixes its glTF writer needs.
#include <assimp/material.h>
#include <assimp/scene.h>
#include <assimp/Exporter.hpp>
#include <assimp/IOStream.hpp>
#include <assimp/IOSystem.hpp>

#include <cstring>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/export/export_internal.h"

namespace palma::export_detail {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

// ---- Files in memory ----

class MemoryStream : public Assimp::IOStream {
 public:
  explicit MemoryStream(std::string& data) : data_(data) {}
  size_t Read(void*, size_t, size_t) override { return 0; }
  size_t Write(const void* buffer, size_t size, size_t count) override {
    const size_t n = size * count;
    if (pos_ + n > data_.size()) data_.resize(pos_ + n);
    std::memcpy(&data_[pos_], buffer, n);
    pos_ += n;
    return count;
  }
  aiReturn Seek(size_t offset, aiOrigin origin) override {
    const size_t base = origin == aiOrigin_SET ? 0 : origin == aiOrigin_CUR ? pos_ : data_.size();
    pos_ = base + offset;
    return aiReturn_SUCCESS;
  }
  size_t Tell() const override { return pos_; }
  size_t FileSize() const override { return data_.size(); }
  void Flush() override {}

 private:
  std::string& data_;
  size_t pos_ = 0;
};

class MemoryFiles : public Assimp::IOSystem {
 public:
  explicit MemoryFiles(std::map<std::string, std::string>& files) : files_(files) {}
  bool Exists(const char* path) const override { return files_.count(path) > 0; }
  char getOsSeparator() const override { return '/'; }
  Assimp::IOStream* Open(const char* path, const char* mode) override {
    if (!mode || (std::strchr(mode, 'w') == nullptr && std::strchr(mode, 'a') == nullptr)) return nullptr;
    std::string& data = files_[path];
    data.clear();
    return new MemoryStream(data);
  }
  void Close(Assimp::IOStream* stream) override { delete stream; }

 private:
  std::map<std::string, std::string>& files_;
};

// ---- Scene ----

aiMatrix4x4 toAi(const Eigen::Matrix4d& m) {
  aiMatrix4x4 a;
  for (int r = 0; r < 4; ++r)
    for (int c = 0; c < 4; ++c) a[r][c] = static_cast<ai_real>(m(r, c));
  return a;
}

aiString aiStr(const std::string& s) { return aiString(s); }

aiNode* newNode(const std::string& name, const Eigen::Matrix4d& local, aiNode* parent) {
  auto* node = new aiNode(name);
  node->mTransformation = toAi(local);
  node->mParent = parent;
  return node;
}

void setChildren(aiNode* node, const std::vector<aiNode*>& children) {
  node->mNumChildren = static_cast<unsigned>(children.size());
  node->mChildren = children.empty() ? nullptr : new aiNode*[children.size()];
  for (size_t i = 0; i < children.size(); ++i) node->mChildren[i] = children[i];
}

aiTexture* embeddedTexture(const Image& image) {
  auto* tex = new aiTexture();
  tex->mWidth = static_cast<unsigned>(image.png.size());
  tex->mHeight = 0;
  std::strcpy(tex->achFormatHint, "png");
  tex->pcData = new aiTexel[(image.png.size() + sizeof(aiTexel) - 1) / sizeof(aiTexel)];
  std::memcpy(tex->pcData, image.png.data(), image.png.size());
  tex->mFilename = aiStr(image.file_name);
  return tex;
}

std::unique_ptr<aiScene> buildScene(const ExportScene& s) {
  auto scene = std::make_unique<aiScene>();
  const FileConvention& c = s.convention;

  // Material.
  scene->mNumMaterials = 1;
  scene->mMaterials = new aiMaterial*[1];
  auto* mat = new aiMaterial();
  scene->mMaterials[0] = mat;
  const aiString mat_name("skin");
  mat->AddProperty(&mat_name, AI_MATKEY_NAME);
  const aiColor4D base(s.base_colour.x(), s.base_colour.y(), s.base_colour.z(), 1.0f);
  const aiColor3D diffuse(s.base_colour.x(), s.base_colour.y(), s.base_colour.z());
  mat->AddProperty(&base, 1, AI_MATKEY_BASE_COLOR);
  mat->AddProperty(&diffuse, 1, AI_MATKEY_COLOR_DIFFUSE);
  const float metallic = 0.0f, roughness = 0.6f;
  mat->AddProperty(&metallic, 1, AI_MATKEY_METALLIC_FACTOR);
  mat->AddProperty(&roughness, 1, AI_MATKEY_ROUGHNESS_FACTOR);
  std::vector<const Image*> images;
  if (!s.albedo.png.empty()) images.push_back(&s.albedo);
  if (!s.normal_map.png.empty()) images.push_back(&s.normal_map);
  if (s.embed_textures && !images.empty()) {
    scene->mNumTextures = static_cast<unsigned>(images.size());
    scene->mTextures = new aiTexture*[images.size()];
    for (size_t i = 0; i < images.size(); ++i) scene->mTextures[i] = embeddedTexture(*images[i]);
  }
  for (size_t i = 0; i < images.size(); ++i) {
    const aiString ref(s.embed_textures ? "*" + std::to_string(i) : images[i]->file_name);
    if (images[i] == &s.albedo) {
      mat->AddProperty(&ref, AI_MATKEY_TEXTURE(aiTextureType_DIFFUSE, 0));
      mat->AddProperty(&ref, AI_MATKEY_TEXTURE(aiTextureType_BASE_COLOR, 0));
    } else {
      mat->AddProperty(&ref, AI_MATKEY_TEXTURE(aiTextureType_NORMALS, 0));
    }
  }

  // Mesh.
  scene->mNumMeshes = 1;
  scene->mMeshes = new aiMesh*[1];
  auto* mesh = new aiMesh();
  scene->mMeshes[0] = mesh;
  mesh->mName = aiStr("hand");
  mesh->mMaterialIndex = 0;
  mesh->mPrimitiveTypes = aiPrimitiveType_TRIANGLE;
  const unsigned nv = static_cast<unsigned>(s.positions.size());
  mesh->mNumVertices = nv;
  mesh->mVertices = new aiVector3D[nv];
  mesh->mNormals = new aiVector3D[nv];
  for (unsigned i = 0; i < nv; ++i) {
    mesh->mVertices[i] = aiVector3D(s.positions[i].x(), s.positions[i].y(), s.positions[i].z());
    mesh->mNormals[i] = aiVector3D(s.normals[i].x(), s.normals[i].y(), s.normals[i].z());
  }
  if (!s.uvs.empty()) {
    mesh->mTextureCoords[0] = new aiVector3D[nv];
    mesh->mNumUVComponents[0] = 2;
    for (unsigned i = 0; i < nv; ++i) mesh->mTextureCoords[0][i] = aiVector3D(s.uvs[i].x(), s.uvs[i].y(), 0);
  }
  mesh->mNumFaces = static_cast<unsigned>(s.faces.size());
  mesh->mFaces = new aiFace[s.faces.size()];
  for (size_t f = 0; f < s.faces.size(); ++f) {
    mesh->mFaces[f].mNumIndices = 3;
    mesh->mFaces[f].mIndices = new unsigned[3];
    for (int k = 0; k < 3; ++k) mesh->mFaces[f].mIndices[k] = static_cast<unsigned>(s.faces[f][k]);
  }

  // Nodes: root -> mesh node, Armature -> skeleton.
  scene->mRootNode = newNode("PalmaAvatar", Eigen::Matrix4d::Identity(), nullptr);
  aiNode* mesh_node = newNode("hand_mesh", Eigen::Matrix4d::Identity(), scene->mRootNode);
  mesh_node->mNumMeshes = 1;
  mesh_node->mMeshes = new unsigned[1]{0};
  std::vector<aiNode*> root_children{mesh_node};
  if (s.rigged) {
    Eigen::Matrix4d armature = Eigen::Matrix4d::Identity();
    armature.topLeftCorner<3, 3>() *= c.armature_scale;
    aiNode* arm = newNode("Armature", armature, scene->mRootNode);
    root_children.push_back(arm);
    std::vector<aiNode*> nodes;
    std::vector<std::vector<aiNode*>> children(s.nodes.size());
    std::vector<aiNode*> arm_children;
    std::vector<Eigen::Matrix4d> bind(s.nodes.size());  // global bind-pose transforms
    for (size_t k = 0; k < s.nodes.size(); ++k) {
      const auto& n = s.nodes[k];
      aiNode* parent = n.parent < 0 ? arm : nodes[n.parent];
      nodes.push_back(newNode(n.name, n.local, parent));
      (n.parent < 0 ? arm_children : children[n.parent]).push_back(nodes.back());
      bind[k] = (n.parent < 0 ? armature : bind[n.parent]) * n.bind_local;
    }
    for (size_t k = 0; k < s.nodes.size(); ++k) setChildren(nodes[k], children[k]);
    setChildren(arm, arm_children);

    // Bones: every skeleton node, with the inverse of its global transform in the bind (rest) pose,
    // which differs from the default node transforms when a static pose was asked for.
    std::vector<std::vector<aiVertexWeight>> weights(s.nodes.size());
    for (unsigned i = 0; i < nv; ++i)
      for (int k = 0; k < 4; ++k)
        if (s.joint_weights[i][k] > 0) weights[s.joint_ids[i][k]].emplace_back(i, s.joint_weights[i][k]);
    mesh->mNumBones = static_cast<unsigned>(s.nodes.size());
    mesh->mBones = new aiBone*[s.nodes.size()];
    for (size_t k = 0; k < s.nodes.size(); ++k) {
      auto* bone = new aiBone();
      bone->mName = aiStr(s.nodes[k].name);
      bone->mOffsetMatrix = toAi(Eigen::Matrix4d(bind[k].inverse()));
      bone->mNumWeights = static_cast<unsigned>(weights[k].size());
      bone->mWeights = weights[k].empty() ? nullptr : new aiVertexWeight[weights[k].size()];
      for (size_t w = 0; w < weights[k].size(); ++w) bone->mWeights[w] = weights[k][w];
      mesh->mBones[k] = bone;
    }
  }
  setChildren(scene->mRootNode, root_children);

  // Animation: one clip, times in seconds (1 tick per second).
  if (s.rigged && !s.tracks.empty()) {
    scene->mNumAnimations = 1;
    scene->mAnimations = new aiAnimation*[1];
    auto* anim = new aiAnimation();
    scene->mAnimations[0] = anim;
    anim->mName = aiStr(s.animation_name);
    anim->mTicksPerSecond = 1.0;
    anim->mDuration = s.key_times.empty() ? 0.0 : s.key_times.back();
    anim->mNumChannels = static_cast<unsigned>(s.tracks.size());
    anim->mChannels = new aiNodeAnim*[s.tracks.size()];
    const unsigned nk = static_cast<unsigned>(s.key_times.size());
    for (size_t t = 0; t < s.tracks.size(); ++t) {
      const auto& track = s.tracks[t];
      auto* ch = new aiNodeAnim();
      ch->mNodeName = aiStr(s.nodes[track.node].name);
      ch->mNumPositionKeys = nk;
      ch->mNumRotationKeys = nk;
      ch->mNumScalingKeys = 1;
      ch->mPositionKeys = new aiVectorKey[nk];
      ch->mRotationKeys = new aiQuatKey[nk];
      ch->mScalingKeys = new aiVectorKey[1];
      for (unsigned k = 0; k < nk; ++k) {
        const auto& p = track.translation[k];
        const auto& q = track.rotation[k];
        ch->mPositionKeys[k] =
            aiVectorKey(s.key_times[k], aiVector3D(static_cast<ai_real>(p.x()), static_cast<ai_real>(p.y()),
                                                   static_cast<ai_real>(p.z())));
        ch->mRotationKeys[k] =
            aiQuatKey(s.key_times[k], aiQuaternion(static_cast<ai_real>(q.w()), static_cast<ai_real>(q.x()),
                                                   static_cast<ai_real>(q.y()), static_cast<ai_real>(q.z())));
      }
      ch->mScalingKeys[0] = aiVectorKey(0.0, aiVector3D(1, 1, 1));
      anim->mChannels[t] = ch;
    }
  }
  return scene;
}

// ---- glTF fixes ----

struct View {
  const unsigned char* data = nullptr;
  size_t stride = 0;
  size_t count = 0;
  int component_type = 0;
};

View accessorView(const json& doc, int index, const std::string& bin) {
  const json& a = doc.at("accessors").at(index);
  const json& bv = doc.at("bufferViews").at(a.at("bufferView").get<int>());
  if (bv.value("buffer", 0) != 0) throw Error("glTF export: an accessor outside buffer 0");
  View v;
  v.component_type = a.at("componentType").get<int>();
  v.count = a.at("count").get<size_t>();
  const size_t offset = bv.value("byteOffset", size_t{0}) + a.value("byteOffset", size_t{0});
  const std::string type = a.at("type").get<std::string>();
  const size_t comps = type == "SCALAR" ? 1 : type == "VEC2" ? 2 : type == "VEC3" ? 3 : 4;
  const size_t comp_size = v.component_type == 5121 ? 1 : v.component_type == 5123 ? 2 : 4;
  v.stride = bv.value("byteStride", comps * comp_size);
  if (offset + (v.count ? (v.count - 1) * v.stride + comps * comp_size : 0) > bin.size())
    throw Error("glTF export: an accessor reaches past the end of the buffer");
  v.data = reinterpret_cast<const unsigned char*>(bin.data()) + offset;
  return v;
}

Eigen::Vector3f readVec(const View& v, size_t i, int n) {
  Eigen::Vector3f out = Eigen::Vector3f::Zero();
  std::memcpy(out.data(), v.data + i * v.stride, sizeof(float) * n);
  return out;
}

uint32_t readIndex(const View& v, size_t i) {
  const unsigned char* p = v.data + i * v.stride;
  if (v.component_type == 5121) return *p;
  if (v.component_type == 5123) {
    uint16_t x;
    std::memcpy(&x, p, 2);
    return x;
  }
  uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}

void addTangents(json& doc, std::string& bin) {
  if (!doc.contains("meshes")) return;
  for (json& mesh : doc["meshes"]) {
    for (json& prim : mesh["primitives"]) {
      json& attr = prim["attributes"];
      if (!attr.contains("POSITION") || !attr.contains("NORMAL") || !attr.contains("TEXCOORD_0") ||
          !prim.contains("indices") || attr.contains("TANGENT"))
        continue;
      const View pos = accessorView(doc, attr["POSITION"].get<int>(), bin);
      const View nrm = accessorView(doc, attr["NORMAL"].get<int>(), bin);
      const View uv = accessorView(doc, attr["TEXCOORD_0"].get<int>(), bin);
      const View idx = accessorView(doc, prim["indices"].get<int>(), bin);
      const size_t n = pos.count;
      std::vector<Eigen::Vector3f> tan(n, Eigen::Vector3f::Zero()), bit(n, Eigen::Vector3f::Zero());
      for (size_t f = 0; f + 2 < idx.count; f += 3) {
        const uint32_t i0 = readIndex(idx, f), i1 = readIndex(idx, f + 1), i2 = readIndex(idx, f + 2);
        if (i0 >= n || i1 >= n || i2 >= n) throw Error("glTF export: an index past the vertices");
        const Eigen::Vector3f p0 = readVec(pos, i0, 3), e1 = readVec(pos, i1, 3) - p0,
                              e2 = readVec(pos, i2, 3) - p0;
        // glTF's v runs down the image; the normal map's +Y is up, so work with v_up = 1 - v.
        const Eigen::Vector3f t0 = readVec(uv, i0, 2), t1 = readVec(uv, i1, 2), t2 = readVec(uv, i2, 2);
        const float du1 = t1.x() - t0.x(), du2 = t2.x() - t0.x();
        const float dv1 = -(t1.y() - t0.y()), dv2 = -(t2.y() - t0.y());
        const float det = du1 * dv2 - du2 * dv1;
        if (std::abs(det) < 1e-20f) continue;
        const Eigen::Vector3f t = (e1 * dv2 - e2 * dv1) / det;
        const Eigen::Vector3f b = (e2 * du1 - e1 * du2) / det;
        // Weight by the triangle's area so large triangles dominate, independently of the UV scale.
        const float area = e1.cross(e2).norm();
        const Eigen::Vector3f tw = t.normalized() * area, bw = b.normalized() * area;
        for (uint32_t i : {i0, i1, i2}) {
          tan[i] += tw;
          bit[i] += bw;
        }
      }
      std::vector<float> out(n * 4);
      for (size_t i = 0; i < n; ++i) {
        const Eigen::Vector3f normal = readVec(nrm, i, 3).normalized();
        Eigen::Vector3f t = tan[i] - normal * normal.dot(tan[i]);
        if (t.norm() < 1e-12f) {
          t = normal.unitOrthogonal();
        }
        t.normalize();
        const float w = normal.cross(t).dot(bit[i]) < 0 ? -1.0f : 1.0f;
        out[4 * i] = t.x();
        out[4 * i + 1] = t.y();
        out[4 * i + 2] = t.z();
        out[4 * i + 3] = w;
      }
      while (bin.size() % 4) bin.push_back('\0');
      const size_t offset = bin.size();
      bin.append(reinterpret_cast<const char*>(out.data()), out.size() * sizeof(float));
      doc["bufferViews"].push_back({{"buffer", 0},
                                    {"byteOffset", offset},
                                    {"byteLength", out.size() * sizeof(float)},
                                    {"target", 34962}});
      doc["accessors"].push_back({{"bufferView", doc["bufferViews"].size() - 1},
                                  {"componentType", 5126},
                                  {"count", n},
                                  {"type", "VEC4"}});
      attr["TANGENT"] = doc["accessors"].size() - 1;
    }
  }
  doc["buffers"][0]["byteLength"] = bin.size();
}

void mergeAnimations(json& doc, const std::string& name) {
  if (!doc.contains("animations") || doc["animations"].empty()) return;
  json merged = {{"name", name}, {"channels", json::array()}, {"samplers", json::array()}};
  for (const json& a : doc["animations"]) {
    const size_t offset = merged["samplers"].size();
    for (const json& s : a.at("samplers")) merged["samplers"].push_back(s);
    for (json ch : a.at("channels")) {
      ch["sampler"] = ch["sampler"].get<size_t>() + offset;
      merged["channels"].push_back(ch);
    }
  }
  doc["animations"] = json::array({merged});
}

uint32_t readU32(const std::string& s, size_t at) {
  uint32_t x;
  std::memcpy(&x, s.data() + at, 4);
  return x;
}

void appendU32(std::string& s, uint32_t x) { s.append(reinterpret_cast<const char*>(&x), 4); }

// Tidying what Assimp writes, so the validator has nothing to warn about: the skinned mesh's node becomes
// a root of the scene (its parent's transform is ignored by skinning, which viewers warn about), vertex
// attribute buffer views get their target, and the FB_ngon_encoding marker goes (the triangles are
// real triangles, not fans of polygons).
void tidy(json& doc) {
  if (doc.contains("nodes") && doc.contains("scenes")) {
    json& nodes = doc["nodes"];
    for (size_t i = 0; i < nodes.size(); ++i) {
      if (!nodes[i].contains("skin")) continue;
      for (json& parent : nodes) {
        if (!parent.contains("children")) continue;
        json kept = json::array();
        for (const json& c : parent["children"])
          if (c.get<size_t>() != i) kept.push_back(c);
        if (kept.size() != parent["children"].size()) parent["children"] = kept;
        if (parent["children"].empty()) parent.erase("children");
      }
      json& roots = doc["scenes"][doc.value("scene", 0)]["nodes"];
      bool present = false;
      for (const json& r : roots) present = present || r.get<size_t>() == i;
      if (!present) roots.push_back(i);
    }
  }
  if (doc.contains("meshes"))
    for (json& mesh : doc["meshes"])
      for (json& prim : mesh["primitives"]) {
        if (prim.contains("extensions")) {
          prim["extensions"].erase("FB_ngon_encoding");
          if (prim["extensions"].empty()) prim.erase("extensions");
        }
        for (const auto& [name, accessor] : prim["attributes"].items()) {
          json& a = doc["accessors"][accessor.get<size_t>()];
          if (a.contains("bufferView")) doc["bufferViews"][a["bufferView"].get<size_t>()]["target"] = 34962;
        }
      }
  for (const char* list : {"extensionsUsed", "extensionsRequired"}) {
    if (!doc.contains(list)) continue;
    json kept = json::array();
    for (const json& e : doc[list])
      if (e != "FB_ngon_encoding") kept.push_back(e);
    if (kept.empty())
      doc.erase(list);
    else
      doc[list] = kept;
  }
}

}  // namespace

void fixGltf(std::string& json_text, std::string& bin, const std::string& animation_name) {
  json doc = json::parse(json_text);
  mergeAnimations(doc, animation_name);
  addTangents(doc, bin);
  tidy(doc);
  json_text = doc.dump();
}

std::map<std::string, std::string> writeScene(const ExportScene& s, const std::string& path) {
  const std::unique_ptr<aiScene> scene = buildScene(s);
  std::map<std::string, std::string> files;
  const char* id = s.format == ExportFormat::Glb    ? "glb2"
                   : s.format == ExportFormat::Gltf ? "gltf2"
                   : s.format == ExportFormat::Fbx  ? "fbxa"
                                                    : "obj";
  {
    Assimp::Exporter exporter;
    exporter.SetIOHandler(new MemoryFiles(files));
    if (exporter.Export(scene.get(), id, path, 0u) != aiReturn_SUCCESS)
      throw Error("cannot export '" + path + "': " + exporter.GetErrorString());
  }
  if (files.count(path) == 0) throw Error("cannot export '" + path + "': the exporter wrote no file");

  if (s.format == ExportFormat::Glb) {
    std::string& glb = files[path];
    if (glb.size() < 20 || readU32(glb, 0) != 0x46546C67u) throw Error("glTF export: not a GLB file");
    const uint32_t json_len = readU32(glb, 12);
    std::string json_text = glb.substr(20, json_len);
    std::string bin;
    const size_t bin_at = 20 + json_len;
    if (bin_at + 8 <= glb.size() && readU32(glb, bin_at + 4) == 0x004E4942u)
      bin = glb.substr(bin_at + 8, readU32(glb, bin_at));
    fixGltf(json_text, bin, s.animation_name);
    while (json_text.size() % 4) json_text.push_back(' ');
    while (bin.size() % 4) bin.push_back('\0');
    std::string out = "glTF";
    appendU32(out, 2);
    appendU32(out, static_cast<uint32_t>(12 + 8 + json_text.size() + (bin.empty() ? 0 : 8 + bin.size())));
    appendU32(out, static_cast<uint32_t>(json_text.size()));
    appendU32(out, 0x4E4F534Au);
    out += json_text;
    if (!bin.empty()) {
      appendU32(out, static_cast<uint32_t>(bin.size()));
      appendU32(out, 0x004E4942u);
      out += bin;
    }
    glb = std::move(out);
  } else if (s.format == ExportFormat::Gltf) {
    std::string& text = files[path];
    const json doc = json::parse(text);
    const std::string uri = doc.at("buffers").at(0).at("uri").get<std::string>();
    const std::string bin_path = (fs::path(path).parent_path() / uri).string();
    auto it = files.find(bin_path);
    if (it == files.end()) throw Error("glTF export: the exporter did not write the buffer '" + uri + "'");
    fixGltf(text, it->second, s.animation_name);
  }

  // Separate textures go beside the main file.
  if (!s.embed_textures) {
    for (const Image* image : {&s.albedo, &s.normal_map})
      if (!image->png.empty())
        files[(fs::path(path).parent_path() / image->file_name).string()] =
            std::string(image->png.begin(), image->png.end());
  }
  return files;
}

}  // namespace palma::export_detail
