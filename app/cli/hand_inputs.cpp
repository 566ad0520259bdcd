#include "app/cli/hand_inputs.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/arg_parser.h"
#include "core/model/template_names.h"

namespace palma::cli {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

bool endsWithJson(const std::string& s) {
  if (s.size() < 5) return false;
  std::string tail = s.substr(s.size() - 5);
  std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
  return tail == ".json";
}

}  // namespace

const char* const kPoseFileHelp =
    "Pose files (--pose FILE.json) hold 16 rows of 3 numbers, one per joint in the canonical order\n"
    "(wrist; index, middle, ring, pinky, thumb with three joints each, from the palm outward), as either\n"
    "  {\"pose\": [[x,y,z], ...]}    axis-angle of each joint relative to its parent, in the rest pose's\n"
    "                              axes (MANO convention); row 0 rotates the whole hand about the wrist\n"
    "  {\"angles\": [[f,a,t], ...]}  anatomical angles per joint: flexion (positive curls toward the palm),\n"
    "                              abduction, twist, as for a right hand (mirrored for left hands)\n"
    "in radians, or in degrees with \"units\": \"degrees\".\n";

Eigen::VectorXf parseShape(const std::string& text, const HandModel& model) {
  const int k = model.numShapes();
  if (trim(text).empty()) return Eigen::VectorXf();
  const std::vector<std::string> parts = split(text, ',');
  const bool named = text.find('=') != std::string::npos;
  if (!named) {
    if (static_cast<int>(parts.size()) > k)
      throw UsageError("--shape has " + std::to_string(parts.size()) + " values but the model has " +
                       std::to_string(k) + " shape components");
    Eigen::VectorXf beta(parts.size());
    for (size_t i = 0; i < parts.size(); ++i)
      beta[i] = static_cast<float>(parseNumber(trim(parts[i]), "--shape value " + std::to_string(i + 1)));
    return beta;
  }
  Eigen::VectorXf beta = Eigen::VectorXf::Zero(k);
  for (const std::string& part : parts) {
    const auto eq = part.find('=');
    if (eq == std::string::npos)
      throw UsageError("--shape: '" + part + "' is not name=value (do not mix names and plain values)");
    const std::string name = trim(part.substr(0, eq));
    const auto it = std::find(model.shape_names.begin(), model.shape_names.end(), name);
    if (it == model.shape_names.end())
      throw UsageError("--shape: unknown component '" + name + "' (known: " + joined(model.shape_names) +
                       ")");
    beta[it - model.shape_names.begin()] =
        static_cast<float>(parseNumber(trim(part.substr(eq + 1)), "--shape value of " + name));
  }
  return beta;
}

TemplateImportOptions templateImportOptions(const std::string& model_spec,
                                            const std::optional<std::string>& joint_map_file) {
  TemplateImportOptions options;
  if (!joint_map_file) return options;
  if (model_spec.rfind("template:", 0) != 0)
    throw UsageError("--joint-map applies only to rigged templates (--model template:FILE), not to '" +
                     model_spec + "'");
  if (trim(*joint_map_file).empty()) throw UsageError("--joint-map needs a file name");
  readJointMapFile(*joint_map_file);  // throws InputError for a missing, unreadable or malformed file
  options.joint_map_file = *joint_map_file;
  return options;
}

PoseMatrix parsePoseJson(const std::string& json_text, const HandModel& model, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::exception& e) {
    throw InputError("pose file '" + source + "' is not valid JSON: " + e.what());
  }
  if (!doc.is_object() || (doc.contains("pose") == doc.contains("angles")))
    throw InputError("pose file '" + source + "' needs exactly one of \"pose\" or \"angles\" (see --help)");
  const bool anatomical = doc.contains("angles");
  const nlohmann::json& rows = anatomical ? doc["angles"] : doc["pose"];
  const char* key = anatomical ? "angles" : "pose";
  if (!rows.is_array() || rows.size() != kNumJoints)
    throw InputError("pose file '" + source + "': \"" + key + "\" must be a list of " +
                     std::to_string(kNumJoints) + " [x,y,z] rows");
  double scale = 1.0;
  if (doc.contains("units")) {
    const auto& units = doc["units"];
    if (units == "degrees")
      scale = M_PI / 180.0;
    else if (units != "radians")
      throw InputError("pose file '" + source + "': \"units\" must be \"radians\" or \"degrees\"");
  }
  PoseMatrix values;
  for (int j = 0; j < kNumJoints; ++j) {
    const auto& row = rows[j];
    if (!row.is_array() || row.size() != 3)
      throw InputError("pose file '" + source + "': row " + std::to_string(j) + " of \"" + key +
                       "\" must be three numbers");
    for (int c = 0; c < 3; ++c) {
      if (!row[c].is_number() || !std::isfinite(row[c].get<double>()))
        throw InputError("pose file '" + source + "': row " + std::to_string(j) + " of \"" + key +
                         "\" has a value that is not a finite number");
      values(j, c) = static_cast<float>(row[c].get<double>() * scale);
    }
  }
  return anatomical ? anatomicalToPose(model, values) : values;
}

PoseMatrix loadPose(const std::string& preset_or_file, const HandModel& model) {
  if (!endsWithJson(preset_or_file)) return posePreset(model, preset_or_file);
  std::error_code ec;
  if (std::filesystem::is_directory(preset_or_file, ec))
    throw InputError("cannot read pose file '" + preset_or_file + "': it is a directory");
  std::ifstream in(preset_or_file, std::ios::binary);
  if (!in) throw InputError("cannot read pose file '" + preset_or_file + "': " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw InputError("cannot read pose file '" + preset_or_file + "'");
  return parsePoseJson(text.str(), model, preset_or_file);
}

}  // namespace palma::cli
