// The avatar on disk: a folder `NAME.palma-avatar/` holding avatar.json (format name, version, model
// spec, subdivision, lighting, motion frame list, notes and a manifest of the arrays), little-endian
// float32 arrays (*.f32) and PNG images of the albedo (8-bit) and normal map (16-bit). The full
// description, for users and TDs, is docs/avatar-format.md.
//
// Authority: the float32 arrays are authoritative, so load(save(a)) is bit-identical to a. The PNGs are
// for people and other tools, and edits made to them are honoured: when a PNG's bytes no longer match
// the hash recorded in avatar.json and its pixels differ from the array quantised to the PNG's bit
// depth, the PNG is loaded instead of the array (the image may also change size). A PNG that was only
// re-saved (same pixels) or deleted leaves the array in charge.
#pragma once

#include <string>

#include "core/avatar/avatar.h"

namespace palma {

inline constexpr const char* kAvatarFormatName = "palma-avatar";
inline constexpr const char* kAvatarFolderSuffix = ".palma-avatar";

// Writes `avatar` as the folder `folder` (conventionally ending in kAvatarFolderSuffix). The files are
// written into a temporary sibling folder which then replaces `folder` in one rename, so a reader sees
// the old avatar or the new one, never a mix; on any failure the temporary folder is removed and an
// existing `folder` is left as it was. Throws palma::InputError for an avatar that fails
// validateAvatarFields (nothing is written) or when `folder` exists and is something other than an
// avatar folder or an empty folder (it is never replaced), and palma::Error when the destination cannot
// be written (missing parent, not a directory, permission, disk full).
void saveAvatar(const Avatar& avatar, const std::string& folder);

// Reads an avatar folder written by saveAvatar (or by another tool following docs/avatar-format.md).
// The result passes validateAvatarFields; check it against its template with validateAvatar. Throws
// palma::InputError naming the folder and what is wrong: missing folder or avatar.json, malformed JSON,
// another format, a version newer than Avatar::kFormatVersion ("made by a newer Palma"), missing or
// mistyped fields, array files missing or of the wrong size for their manifest shape, undecodable
// PNGs, and invalid values (NaN, inconsistent motion, ...).
Avatar loadAvatar(const std::string& folder);

}  // namespace palma
