// Between the format-independent preparation of an export (export.cpp: geometry, skeleton, animation
// and images already in the file's axes and units) and the Assimp writer (export_assimp.cpp).
#pragma once

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "core/export/export.h"

namespace palma::export_detail {

// Axes and units of a format, applied once to every position and direction (FileConvention of
// export.cpp). The scene's root node holds the mesh node and an "Armature" node with the skeleton.
struct FileConvention {
  Eigen::Matrix3d axes = Eigen::Matrix3d::Identity();  // Palma (x right, y down, z forward) -> file axes
  double mesh_units = 1;                               // file units per metre of the mesh's vertices
  double skeleton_units = 1;                           // units per metre of the joints' local translations
  double armature_scale = 1;  // uniform scale of the Armature node (skeleton units -> mesh units)
};

struct SkeletonNode {
  std::string name;
  int parent = -1;             // index into the node list; -1: child of the Armature node
  Eigen::Matrix4d local;       // default transform relative to the parent (file axes, skeleton units)
  Eigen::Matrix4d bind_local;  // the same in the bind (rest) pose
};

// One animated node: a key per ExportScene::key_times entry.
struct NodeTrack {
  int node = 0;
  std::vector<Eigen::Vector3d> translation;
  std::vector<Eigen::Quaterniond> rotation;
};

struct Image {
  std::string file_name;           // name of the PNG beside the main file (or inside it)
  std::vector<unsigned char> png;  // encoded bytes
  int size = 0;
};

struct ExportScene {
  ExportFormat format = ExportFormat::Glb;
  FileConvention convention;
  std::string stem;  // base name of the main file (for side files)
  bool rigged = true;

  // Mesh, in file axes and mesh units; vertices split where UVs have seams.
  std::vector<Eigen::Vector3f> positions, normals;
  std::vector<Eigen::Vector2f> uvs;  // v up (empty: the template has none)
  std::vector<std::array<int, 3>> faces;
  std::vector<std::array<int, 4>> joint_ids;        // skeleton node per influence
  std::vector<std::array<float, 4>> joint_weights;  // sum 1 per vertex

  std::vector<SkeletonNode> nodes;  // forearm, 16 joints, 5 tips (parents before children)

  std::string animation_name;
  std::vector<double> key_times;  // seconds
  std::vector<NodeTrack> tracks;

  bool embed_textures = true;
  Image albedo, normal_map;                       // empty png: none
  Eigen::Vector3f base_colour{1.0f, 1.0f, 1.0f};  // linear factor (used when there are no textures)
};

// Runs Assimp's exporter for the scene into memory; returns path -> bytes for every file it produced
// (the main file under `path`), with the glTF fixes applied (one animation, tangents).
std::map<std::string, std::string> writeScene(const ExportScene& scene, const std::string& path);

// The glTF fixes on their own: merges the per-channel animations Assimp writes into one named
// `animation_name`, adds a TANGENT attribute computed from the file's own positions, normals, UVs and
// indices, and tidies what the validator warns about. `json` is the glTF JSON, `bin` buffer 0.
void fixGltf(std::string& json, std::string& bin, const std::string& animation_name);

}  // namespace palma::export_detail
