// Bone-name tables for importing rigged hands: which bone of a WebXR/OpenXR, Mixamo, Blender (Rigify and
// common) or 3ds Max Biped skeleton is which of our 16 joints and 5 fingertips. Matching ignores case,
// separators (. _ - space), namespaces ("mixamorig:"), leading zeros of numbers and the side marker
// (Right/Left, R/L, .R/_l ...), which is reported separately. See docs/model.md, "Importing a rigged hand".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model/hand_model.h"

namespace palma {

// A mapping target: 0..15 are the canonical joints, 16..20 the fingertips (16 + finger).
constexpr int kNumSlots = kNumJoints + kNumFingers;
constexpr int tipSlot(int finger) { return kNumJoints + finger; }
// Our name of a slot: canonicalJointNames() then canonicalTipNames().
std::string slotName(int slot);

enum class Side { Unknown, Right, Left };

struct BoneMatch {
  int slot = -1;              // -1: not one of ours (metacarpal, palm, forearm, twist ...: folded)
  Side side = Side::Unknown;  // from the name's side marker
  bool end_node = false;      // matched through an "_end"/"Nub" leaf after a distal bone (weaker)
};

// The name with side marker, namespace, separators and leading zeros removed, lower case:
// "mixamorig:RightHandIndex1" -> "handindex1", "f_index.01.R" -> "findex1", "thumb-tip" -> "thumbtip".
std::string normalizedBoneName(const std::string& name, Side* side = nullptr);

// Looks the name up in the built-in tables.
BoneMatch matchBoneName(const std::string& name);

// Reads an explicit mapping file: a JSON object {"our_joint_or_tip_name": "their_bone_name", ...} with
// our names from canonicalJointNames() / canonicalTipNames(). Returns their bone name -> slot. Throws
// palma::InputError for a missing file, bad JSON, unknown names or a bone given twice.
std::map<std::string, int> readJointMapFile(const std::string& path);

// An example mapping file (Mixamo-style names) for error messages and the docs.
std::string jointMapExample();

}  // namespace palma
