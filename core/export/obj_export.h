// OBJ export of an avatar into a folder: the mesh in a static pose with its displacement baked in, UVs
// and normals, plus an MTL material referencing the albedo (8-bit sRGB PNG) and the tangent-space normal
// map (8-bit PNG, glTF convention); Y-up, metres. Readable by Blender, Maya, MeshLab and three.js's
// OBJLoader. A shortcut for exportAvatar (core/export/export.h) with the OBJ format.
#pragma once

#include <torch/types.h>
#include <string>

#include "core/avatar/avatar.h"

namespace palma {

struct ObjExportResult {
  std::string obj, mtl, albedo, normal_map;  // paths written
  int vertices = 0;
  int faces = 0;
};

// Writes `folder`/`name`.obj, .mtl, `name`_albedo.png and `name`_normal.png (creating the folder).
// `pose` [16,3] (undefined: the rest pose) poses the avatar; `tmpl` is the avatar's subdivided
// template (avatarTemplate). Every file is written atomically; throws palma::Error when the folder
// cannot be created or a file cannot be written, palma::InputError when the avatar does not fit.
ObjExportResult exportAvatarObj(const Avatar& avatar, const HandModel& tmpl, const std::string& folder,
                                const std::string& name = "hand", const torch::Tensor& pose = {});

}  // namespace palma
