#include "core/model/template_names.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace palma {

std::string slotName(int slot) {
  if (slot >= 0 && slot < kNumJoints) return canonicalJointNames()[slot];
  if (slot >= kNumJoints && slot < kNumSlots) return canonicalTipNames()[slot - kNumJoints];
  return "?";
}

namespace {

bool isSeparator(char c) { return c == '.' || c == '_' || c == '-' || c == ' ' || c == '\t'; }

bool startsWith(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }
bool endsWith(const std::string& s, const std::string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

// Built once: normalised name -> slot.
const std::map<std::string, int>& nameTable() {
  static const std::map<std::string, int> table = [] {
    std::map<std::string, int> t;
    t["wrist"] = 0;
    t["hand"] = 0;  // Mixamo RightHand, Blender hand.R, UE hand_r
    const std::vector<std::vector<std::string>> fingers = {
        {"index"}, {"middle"}, {"ring"}, {"pinky", "little", "small"}};
    for (int f = 0; f < 4; ++f) {
      for (const std::string& n : fingers[f]) {
        // WebXR: index-finger-phalanx-proximal ... index-finger-tip.
        t[n + "fingerphalanxproximal"] = jointIndex(f, 0);
        t[n + "fingerphalanxintermediate"] = jointIndex(f, 1);
        t[n + "fingerphalanxdistal"] = jointIndex(f, 2);
        t[n + "fingertip"] = tipSlot(f);
        // OpenXR / Unity XR Hands: Index_Proximal ... Index_Tip (Little_ for the pinky).
        t[n + "proximal"] = jointIndex(f, 0);
        t[n + "intermediate"] = jointIndex(f, 1);
        t[n + "distal"] = jointIndex(f, 2);
        t[n + "tip"] = tipSlot(f);
        for (int s = 0; s < 3; ++s) {
          const std::string k = std::to_string(s + 1);
          t["hand" + n + k] = jointIndex(f, s);  // Mixamo RightHandIndex1..3
          t[n + k] = jointIndex(f, s);           // UE index_01_r, generic Index1
          t["f" + n + k] = jointIndex(f, s);     // Rigify f_index.01.R
        }
        t["hand" + n + "4"] = tipSlot(f);  // Mixamo RightHandIndex4 (the end bone)
        t[n + "4"] = tipSlot(f);
        t["f" + n + "4"] = tipSlot(f);
      }
      // 3ds Max Biped: Finger1 (index) .. Finger4 (pinky), segments Finger1, Finger11, Finger12, Finger1Nub.
      const std::string b = "finger" + std::to_string(f + 1);
      t[b] = jointIndex(f, 0);
      t[b + "1"] = jointIndex(f, 1);
      t[b + "2"] = jointIndex(f, 2);
      t[b + "nub"] = tipSlot(f);
    }
    // Thumb: our thumb1 is the CMC joint, i.e. the head of the thumb's metacarpal bone.
    t["thumbmetacarpal"] = jointIndex(kThumb, 0);  // WebXR, OpenXR
    t["thumbphalanxproximal"] = jointIndex(kThumb, 1);
    t["thumbphalanxdistal"] = jointIndex(kThumb, 2);
    t["thumbproximal"] = jointIndex(kThumb, 1);
    t["thumbdistal"] = jointIndex(kThumb, 2);
    t["thumbtip"] = tipSlot(kThumb);
    for (int s = 0; s < 3; ++s) {
      const std::string k = std::to_string(s + 1);
      t["handthumb" + k] = jointIndex(kThumb, s);  // Mixamo
      t["thumb" + k] = jointIndex(kThumb, s);      // Rigify thumb.01.R (metacarpal), UE thumb_01_r
      t["fthumb" + k] = jointIndex(kThumb, s);
    }
    t["handthumb4"] = tipSlot(kThumb);
    t["thumb4"] = tipSlot(kThumb);
    t["finger0"] = jointIndex(kThumb, 0);  // Biped
    t["finger01"] = jointIndex(kThumb, 1);
    t["finger02"] = jointIndex(kThumb, 2);
    t["finger0nub"] = tipSlot(kThumb);
    return t;
  }();
  return table;
}

}  // namespace

std::string normalizedBoneName(const std::string& raw, Side* side_out) {
  std::string name = raw;
  const size_t ns = name.find_last_of(":|");
  if (ns != std::string::npos) name = name.substr(ns + 1);
  Side side = Side::Unknown;
  // A glued camel-case marker at the end: "HandR", "Index1L".
  if (name.size() >= 2 && (name.back() == 'R' || name.back() == 'L') &&
      (std::islower(static_cast<unsigned char>(name[name.size() - 2])) ||
       std::isdigit(static_cast<unsigned char>(name[name.size() - 2])))) {
    side = name.back() == 'R' ? Side::Right : Side::Left;
    name.pop_back();
  }
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });

  std::vector<std::string> tokens;
  std::string cur;
  for (char c : name) {
    if (isSeparator(c)) {
      if (!cur.empty()) tokens.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) tokens.push_back(cur);

  std::string key;
  for (const std::string& tok : tokens) {
    if (side == Side::Unknown && (tok == "r" || tok == "right" || tok == "rt")) {
      side = Side::Right;
      continue;
    }
    if (side == Side::Unknown && (tok == "l" || tok == "left" || tok == "lt")) {
      side = Side::Left;
      continue;
    }
    if (startsWith(tok, "bip") && tok.find_first_not_of("0123456789", 3) == std::string::npos) continue;
    if (!tok.empty() && tok.find_first_not_of("0123456789") == std::string::npos) {
      const size_t nz = tok.find_first_not_of('0');
      key += nz == std::string::npos ? "0" : tok.substr(nz);
    } else {
      key += tok;
    }
  }
  // Glued prefixes or suffixes: Mixamo "RightHandIndex1", Unity "HandLeft".
  for (const auto& [marker, s] : {std::pair<const char*, Side>{"right", Side::Right}, {"left", Side::Left}}) {
    if (side != Side::Unknown) break;
    if (startsWith(key, marker) && key.size() > std::strlen(marker)) {
      side = s;
      key = key.substr(std::strlen(marker));
    } else if (endsWith(key, marker) && key.size() > std::strlen(marker)) {
      side = s;
      key.resize(key.size() - std::strlen(marker));
    }
  }
  if (side_out) *side_out = side;
  return key;
}

BoneMatch matchBoneName(const std::string& name) {
  BoneMatch m;
  const std::string key = normalizedBoneName(name, &m.side);
  const auto& table = nameTable();
  auto it = table.find(key);
  if (it != table.end()) {
    m.slot = it->second;
    return m;
  }
  // Leaf "end" nodes that exporters add after the last bone (Blender FBX "f_index.03.R_end",
  // "RightHandIndex4_End"): after a distal joint or a tip they mark the fingertip.
  for (const char* suffix : {"end", "nub"}) {
    if (!endsWith(key, suffix) || key.size() <= std::strlen(suffix)) continue;
    it = table.find(key.substr(0, key.size() - std::strlen(suffix)));
    if (it == table.end()) continue;
    const int slot = it->second;
    if (slot >= kNumJoints) {
      m.slot = slot;
    } else if (slot > 0 && (slot - 1) % 3 == 2) {
      m.slot = tipSlot((slot - 1) / 3);
    }
    m.end_node = m.slot >= 0;
    return m;
  }
  return m;
}

std::map<std::string, int> readJointMapFile(const std::string& path) {
  std::ifstream in(path);
  if (!std::filesystem::exists(path) || !in)
    throw InputError("joint mapping file '" + path + "' does not exist or cannot be read");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    throw InputError("joint mapping file '" + path + "' is not valid JSON: " + e.what());
  }
  if (!j.is_object())
    throw InputError("joint mapping file '" + path + "' must be a JSON object like " + jointMapExample());
  std::map<std::string, int> out;
  for (const auto& [ours, theirs] : j.items()) {
    int slot = -1;
    for (int s = 0; s < kNumSlots; ++s) {
      std::string a = slotName(s), b = ours;
      std::transform(b.begin(), b.end(), b.begin(), [](unsigned char c) { return std::tolower(c); });
      if (a == b) slot = s;
    }
    if (slot < 0) {
      std::string names;
      for (int s = 0; s < kNumSlots; ++s) names += (s ? ", " : "") + slotName(s);
      throw InputError("joint mapping file '" + path + "': '" + ours + "' is not one of our joint names (" +
                       names + ")");
    }
    if (!theirs.is_string())
      throw InputError("joint mapping file '" + path + "': the value for '" + ours +
                       "' must be a bone name string");
    const std::string bone = theirs.get<std::string>();
    if (out.count(bone))
      throw InputError("joint mapping file '" + path + "': bone '" + bone + "' is given for both '" +
                       slotName(out[bone]) + "' and '" + ours + "'");
    out[bone] = slot;
  }
  return out;
}

std::string jointMapExample() {
  return R"({"wrist": "RightHand", "index1": "RightHandIndex1", "index2": "RightHandIndex2", )"
         R"("index3": "RightHandIndex3", "index_tip": "RightHandIndex4", ..., "thumb1": "RightHandThumb1", )"
         R"("thumb2": "RightHandThumb2", "thumb3": "RightHandThumb3"})";
}

}  // namespace palma
