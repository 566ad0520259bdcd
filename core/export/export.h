// Exporting an avatar as a rigged asset for DCC tools and engines: glTF 2.0 (.glb, or .gltf + .bin +
// PNGs), FBX (ASCII) and OBJ (+ .mtl + PNGs, static), all written through Assimp. The mesh is the
// avatar's template (optionally subdivided further) with the personal shape and displacement baked in,
// UVs, normals and (glTF) tangents; the skeleton is a forearm root, the 16 joints and 5 fingertip end
// bones in the bind (rest) pose with at most 4 normalised weights per vertex; the material carries the
// albedo (sRGB) and the tangent-space normal map; an optional animation plays the captured poses or a
// preset motion. docs/export.md describes the files, options and conventions for users.
//
// The CLI (`palma export`) and the studio both call exportAvatar.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/avatar/avatar.h"
#include "core/common/progress.h"
#include "core/model/pose_presets.h"

namespace palma {

enum class ExportFormat { Glb, Gltf, Fbx, Obj };
enum class JointNaming {
  Palma,   // our canonical names with a side suffix: "wrist.R", "index1.R", "index_tip.R", "forearm.R"
  Mixamo,  // Mixamo-like: "RightForeArm", "RightHand", "RightHandIndex1".."RightHandIndex4" (4 = tip)
};
enum class ExportAnimation {
  None,      // bind pose only
  Captured,  // the avatar's captured motion (CapturedMotion), keyed at frame_index / fps
  Preset,    // rest -> preset pose -> rest (ExportOptions::preset), 2 s; or an animation of
             // poseAnimationNames() (count, wave, ...), core/model/pose_animations.h
};

struct ExportOptions {
  std::optional<ExportFormat> format;  // unset: from the file extension
  int texture_size = 0;                // square maps of this size (texels); 0: the avatar's own size
  int subdivision = 0;                 // extra subdivision levels on top of the avatar's (0..2)
  bool embed_textures = true;          // .glb/.gltf/.fbx: images inside the file; OBJ is always separate
  ExportAnimation animation = ExportAnimation::None;
  std::string preset;  // ExportAnimation::Preset: a pose preset (posePresetNames()) or an animation
  double fps = 30.0;   // frame rate of the captured motion's frame indices
  JointNaming naming = JointNaming::Palma;
  std::optional<Handedness> side;  // unset: the avatar's own; the other side exports the mirror image
  // A static pose [16,3] axis-angle (skinning convention; unset: rest): the pose of an OBJ, and the
  // default node transforms of a rigged file without animation (its bind pose stays the rest pose).
  std::optional<PoseMatrix> pose;
  ProgressCallback progress;
  const CancelToken* cancel = nullptr;
};

struct ExportResult {
  ExportFormat format = ExportFormat::Glb;
  std::vector<std::string> files;  // every file written, the main file first
  int vertices = 0;                // vertices in the file (split at UV seams)
  int faces = 0;
  int joints = 0;          // nodes of the skeleton: forearm + 16 joints + 5 tips (0 for OBJ)
  int animation_keys = 0;  // key frames of the animation (0: none)
  double animation_seconds = 0;
  int texture_size = 0;               // width of the written maps (0: no textures)
  std::vector<std::string> warnings;  // things the user should know (dropped correctives, no UVs, ...)
};

// Writes `avatar` (on its subdivided template `tmpl` = avatarTemplate(...)) to `path`. Every file is
// first written under a temporary name in the destination folder and renamed only when all of them are
// complete, so a failure leaves no partial or stray file. Throws palma::InputError for an unknown
// extension or format, an avatar that does not fit its template or has no geometry, bad options
// (texture size, subdivision, unknown preset, captured animation without motion, animation in an OBJ),
// and palma::Error when the destination cannot be written.
ExportResult exportAvatar(const Avatar& avatar, const HandModel& tmpl, const std::string& path,
                          const ExportOptions& options = {});

// "glb", "gltf", "fbx", "obj" (names as on the command line and in file extensions).
const char* exportFormatName(ExportFormat format);
// The inverse of exportFormatName; throws palma::InputError listing the formats.
ExportFormat parseExportFormat(const std::string& name);
// The format of a path's extension (case-insensitive); throws palma::InputError for any other.
ExportFormat exportFormatFromPath(const std::string& path);
// "palma" / "mixamo" and back (InputError for other names).
const char* jointNamingName(JointNaming naming);
JointNaming parseJointNaming(const std::string& name);

// The names of the exported skeleton's nodes for a scheme and side, in the order forearm, the 16
// canonical joints, the 5 fingertips (canonicalTipNames order): one table for every format.
std::vector<std::string> exportJointNames(JointNaming naming, Handedness side);
// The parent of each of those nodes (-1 for the forearm root).
std::vector<int> exportJointParents();

}  // namespace palma
