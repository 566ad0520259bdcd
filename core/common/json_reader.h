// Reading JSON files with messages that name the file and the field (palma_io only: nlohmann::json).
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/common/error.h"

namespace palma {

// Parses `path`; palma::InputError names the file for a missing file and for malformed JSON (with
// the parser's line and column).
inline nlohmann::json readJsonFile(const std::filesystem::path& path) {
  if (!std::filesystem::is_regular_file(path))
    throw InputError("the file '" + path.string() + "' does not exist");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot open '" + path.string() + "'");
  try {
    return nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw InputError("'" + path.string() + "' is not valid JSON: " + e.what());
  }
}

// Accessors that turn JSON type errors into messages naming the file and the field.
struct JsonReader {
  using json = nlohmann::json;
  std::string file;

  [[noreturn]] void fail(const std::string& what) const { throw InputError("'" + file + "': " + what); }

  const json& field(const json& j, const char* name, const std::string& where) const {
    if (!j.is_object() || !j.contains(name)) fail(where + " has no \"" + name + "\"");
    return j.at(name);
  }
  double number(const json& j, const std::string& where) const {
    if (!j.is_number()) fail(where + " must be a number");
    const double v = j.get<double>();
    if (!std::isfinite(v)) fail(where + " is not finite");
    return v;
  }
  int64_t integer(const json& j, const std::string& where) const {
    if (!j.is_number_integer()) fail(where + " must be an integer");
    return j.get<int64_t>();
  }
  std::string string(const json& j, const std::string& where) const {
    if (!j.is_string()) fail(where + " must be a string");
    return j.get<std::string>();
  }
  // Checks "format" and "version" (1 unless given).
  void format(const json& j, const char* expected, int64_t supported_version = 1) const {
    const json& f = field(j, "format", "the file");
    if (!f.is_string() || f.get<std::string>() != expected)
      fail(std::string("\"format\" must be \"") + expected + "\"");
    const int64_t version = integer(field(j, "version", "the file"), "\"version\"");
    if (version < 1 || version > supported_version)
      fail("version " + std::to_string(version) + " is not supported (this program reads version " +
           std::to_string(supported_version) + ")");
  }
};

}  // namespace palma
