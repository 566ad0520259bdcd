#include "core/fit/fit_config_io.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace palma::fit {

namespace {

using json = nlohmann::json;
constexpr const char* kFormat = "palma-reconstruction-config";

struct Reader {
  const json& j;
  std::string where;
  std::set<std::string> used;

  template <typename T>
  void get(const char* key, T& value) {
    used.insert(key);
    if (!j.contains(key)) return;
    try {
      value = j.at(key).get<T>();
    } catch (const json::exception&) {
      throw InputError(where + ": '" + key + "' has the wrong type (" + std::string(j.at(key).type_name()) +
                       ")");
    }
  }

  void rejectUnknown() const {
    for (auto it = j.begin(); it != j.end(); ++it)
      if (!used.count(it.key())) {
        std::string known;
        for (const auto& k : used) known += (known.empty() ? "" : ", ") + k;
        throw InputError(where + ": unknown key '" + it.key() + "' (known: " + known + ")");
      }
  }
};

void readWeights(const json& j, const std::string& where, LossWeights& w) {
  if (!j.is_object()) throw InputError(where + ": 'weights' must be an object");
  Reader r{j, where + ".weights", {}};
  r.get("silhouette", w.silhouette);
  r.get("keypoint", w.keypoint);
  r.get("keypoint_2d", w.keypoint_2d);
  r.get("photometric", w.photometric);
  r.get("ssim", w.ssim);
  r.get("displacement", w.displacement);
  r.get("laplacian", w.laplacian);
  r.get("laplacian_quantile", w.laplacian_quantile);
  r.get("normal_consistency", w.normal_consistency);
  r.get("edge_length", w.edge_length);
  r.get("albedo_smoothness", w.albedo_smoothness);
  r.get("normal_map", w.normal_map);
  r.get("shape_prior", w.shape_prior);
  r.rejectUnknown();
}

const std::vector<std::pair<const char*, bool ParameterGroups::*>>& groupNames() {
  static const std::vector<std::pair<const char*, bool ParameterGroups::*>> names = {
      {"pose", &ParameterGroups::pose},        {"translation", &ParameterGroups::translation},
      {"shape", &ParameterGroups::shape},      {"displacement", &ParameterGroups::displacement},
      {"albedo", &ParameterGroups::albedo},    {"normal_map", &ParameterGroups::normal_map},
      {"lighting", &ParameterGroups::lighting}};
  return names;
}

void readStage(const json& j, const std::string& where, StageConfig& s) {
  if (!j.is_object()) throw InputError(where + ": each stage must be an object");
  Reader r{j, where, {}};
  r.get("name", s.name);
  r.get("epochs", s.epochs);
  r.get("batch_size", s.batch_size);
  r.get("learning_rate", s.learning_rate);
  r.get("appearance_learning_rate", s.appearance_learning_rate);
  r.get("reduce_on_plateau", s.reduce_on_plateau);
  r.get("patience", s.patience);
  r.used.insert("optimise");
  if (j.contains("optimise")) {
    const auto& o = j.at("optimise");
    if (!o.is_array()) throw InputError(where + ": 'optimise' must be a list of parameter group names");
    s.optimise = ParameterGroups{};
    for (const auto& item : o) {
      const std::string name = item.is_string() ? item.get<std::string>() : item.dump();
      bool found = false;
      for (const auto& [n, member] : groupNames())
        if (name == n) {
          s.optimise.*member = true;
          found = true;
        }
      if (!found)
        throw InputError(where + ": unknown parameter group '" + name +
                         "' (use pose, translation, shape, displacement, albedo, normal_map, lighting)");
    }
  }
  r.used.insert("weights");
  if (j.contains("weights")) readWeights(j.at("weights"), where, s.weights);
  r.rejectUnknown();
}

}  // namespace

ReconstructionConfig parseReconstructionConfig(const std::string& json_text, const std::string& origin) {
  json j;
  try {
    j = json::parse(json_text);
  } catch (const json::parse_error& e) {
    throw InputError(origin + " is not valid JSON: " + e.what());
  }
  if (!j.is_object()) throw InputError(origin + " must hold a JSON object");
  if (j.contains("format") && j.at("format") != kFormat)
    throw InputError(origin + " is not a reconstruction config (format " + j.at("format").dump() +
                     ", expected \"" + kFormat + "\")");
  if (j.contains("version")) {
    if (!j.at("version").is_number_integer()) throw InputError(origin + ": 'version' must be an integer");
    const int version = j.at("version").get<int>();
    if (version > ReconstructionConfig::kVersion)
      throw InputError(origin + " was made by a newer Palma (config version " + std::to_string(version) +
                       "; this version reads up to " + std::to_string(ReconstructionConfig::kVersion) + ")");
    if (version < 1) throw InputError(origin + ": 'version' must be at least 1");
  }
  std::string preset = "harp";
  Reader r{j, origin, {"format", "version"}};
  r.get("preset", preset);
  ReconstructionConfig c = ReconstructionConfig::preset(preset);
  r.get("name", c.name);
  if (!j.contains("name") && j.contains("preset")) c.name = preset;
  r.get("texture_size", c.texture_size);
  r.get("subdivision_levels", c.subdivision_levels);
  r.get("loop_subdivision", c.loop_subdivision);
  r.get("render_size", c.render_size);
  r.get("shadows", c.shadows);
  r.get("spherical_harmonics", c.spherical_harmonics);
  r.get("mask_erosion", c.mask_erosion);
  r.get("holdout_every", c.holdout_every);
  r.get("seed", c.seed);
  r.get("checkpoint_every", c.checkpoint_every);
  r.get("preview_interval_s", c.preview_interval_s);
  r.get("divergence_factor", c.divergence_factor);
  r.get("max_rollbacks", c.max_rollbacks);
  r.used.insert("stages");
  if (j.contains("stages")) {
    const auto& stages = j.at("stages");
    if (!stages.is_array()) throw InputError(origin + ": 'stages' must be a list");
    std::vector<StageConfig> out;
    for (size_t i = 0; i < stages.size(); ++i) {
      const std::string where = origin + ": stages[" + std::to_string(i) + "]";
      StageConfig s;
      if (stages[i].is_object() && stages[i].contains("name") && stages[i].at("name").is_string())
        for (const auto& base : c.stages)
          if (base.name == stages[i].at("name").get<std::string>()) s = base;
      readStage(stages[i], where, s);
      out.push_back(s);
    }
    c.stages = out;
  }
  r.rejectUnknown();
  c.validate();
  return c;
}

ReconstructionConfig loadReconstructionConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot open the reconstruction config " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (text.str().size() > (16u << 20)) throw InputError(path + " is too large for a reconstruction config");
  return parseReconstructionConfig(text.str(), path);
}

std::string reconstructionConfigToJson(const ReconstructionConfig& c) {
  json j;
  j["format"] = kFormat;
  j["version"] = ReconstructionConfig::kVersion;
  j["name"] = c.name;
  j["texture_size"] = c.texture_size;
  j["subdivision_levels"] = c.subdivision_levels;
  j["loop_subdivision"] = c.loop_subdivision;
  j["render_size"] = c.render_size;
  j["shadows"] = c.shadows;
  j["spherical_harmonics"] = c.spherical_harmonics;
  j["mask_erosion"] = c.mask_erosion;
  j["holdout_every"] = c.holdout_every;
  j["seed"] = c.seed;
  j["checkpoint_every"] = c.checkpoint_every;
  j["preview_interval_s"] = c.preview_interval_s;
  j["divergence_factor"] = c.divergence_factor;
  j["max_rollbacks"] = c.max_rollbacks;
  json stages = json::array();
  for (const auto& s : c.stages) {
    json st;
    st["name"] = s.name;
    st["epochs"] = s.epochs;
    st["batch_size"] = s.batch_size;
    json groups = json::array();
    for (const auto& [n, member] : groupNames())
      if (s.optimise.*member) groups.push_back(n);
    st["optimise"] = groups;
    st["learning_rate"] = s.learning_rate;
    st["appearance_learning_rate"] = s.appearance_learning_rate;
    st["reduce_on_plateau"] = s.reduce_on_plateau;
    st["patience"] = s.patience;
    const LossWeights& w = s.weights;
    st["weights"] = {{"silhouette", w.silhouette},
                     {"keypoint", w.keypoint},
                     {"keypoint_2d", w.keypoint_2d},
                     {"photometric", w.photometric},
                     {"ssim", w.ssim},
                     {"displacement", w.displacement},
                     {"laplacian", w.laplacian},
                     {"laplacian_quantile", w.laplacian_quantile},
                     {"normal_consistency", w.normal_consistency},
                     {"edge_length", w.edge_length},
                     {"albedo_smoothness", w.albedo_smoothness},
                     {"normal_map", w.normal_map},
                     {"shape_prior", w.shape_prior}};
    stages.push_back(st);
  }
  j["stages"] = stages;
  return j.dump(2) + "\n";
}

void saveReconstructionConfig(const ReconstructionConfig& config, const std::string& path) {
  writeTextFileAtomically(path, reconstructionConfigToJson(config));
}

}  // namespace palma::fit
