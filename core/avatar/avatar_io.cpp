#include "core/avatar/avatar_io.h"

#include <fcntl.h>
#include <torch/torch.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <utility>
#include <vector>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace palma {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using Bytes = std::string;

constexpr const char* kJsonName = "avatar.json";

// ---------------------------------------------------------------------------------------------------
// Helpers shared by saving and loading

// FNV-1a, 64 bit: detects that a PNG was changed after saving (not a security measure).
std::string fnv1a64(const Bytes& bytes) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  char text[17];
  std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(h));
  return text;
}

bool hostIsLittleEndian() {
  const uint32_t one = 1;
  unsigned char first = 0;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

void swapBytes4(char* data, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    std::swap(data[4 * i], data[4 * i + 3]);
    std::swap(data[4 * i + 1], data[4 * i + 2]);
  }
}

// Image levels of a map: round(clamp(v, 0, 1) * max_level) as int32 [H,W,3]. Saving and the edit check
// of loading must quantise identically, so both use this.
torch::Tensor quantise(const torch::Tensor& map, int max_level) {
  return (map.clamp(0.0, 1.0) * static_cast<float>(max_level)).round().to(torch::kInt32);
}

// ---------------------------------------------------------------------------------------------------
// Saving

Bytes floatArrayBytes(const torch::Tensor& t) {
  const auto c = t.to(torch::kFloat32).contiguous();
  Bytes bytes(static_cast<size_t>(c.numel()) * 4, '\0');
  if (c.numel() > 0) std::memcpy(bytes.data(), c.data_ptr<float>(), bytes.size());
  if (!hostIsLittleEndian()) swapBytes4(bytes.data(), static_cast<size_t>(c.numel()));
  return bytes;
}

// map: [H,W,3] in [0,1] -> PNG bytes with `bits` 8 or 16 per channel.
Bytes encodePng(const torch::Tensor& map, int bits, const std::string& name) {
  const int max_level = bits == 8 ? 255 : 65535;
  const auto levels = quantise(map, max_level).contiguous();
  const int h = static_cast<int>(levels.size(0)), w = static_cast<int>(levels.size(1));
  cv::Mat image(h, w, bits == 8 ? CV_8UC3 : CV_16UC3);
  const int32_t* src = levels.data_ptr<int32_t>();
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const int32_t* px = src + (static_cast<int64_t>(y) * w + x) * 3;
      // OpenCV stores BGR.
      if (bits == 8)
        image.at<cv::Vec3b>(y, x) =
            cv::Vec3b(static_cast<uchar>(px[2]), static_cast<uchar>(px[1]), static_cast<uchar>(px[0]));
      else
        image.at<cv::Vec3w>(y, x) =
            cv::Vec3w(static_cast<ushort>(px[2]), static_cast<ushort>(px[1]), static_cast<ushort>(px[0]));
    }
  }
  std::vector<uchar> buffer;
  if (!cv::imencode(".png", image, buffer, {cv::IMWRITE_PNG_COMPRESSION, 6}))
    throw Error("cannot encode " + name + " as PNG");
  return Bytes(buffer.begin(), buffer.end());
}

json sizesJson(const torch::Tensor& t) {
  json shape = json::array();
  for (int64_t d = 0; d < t.dim(); ++d) shape.push_back(t.size(d));
  return shape;
}

json vec3Json(const Eigen::Vector3f& v) { return json::array({v.x(), v.y(), v.z()}); }

// The folder's files (name -> contents) and avatar.json, all built in memory before anything touches
// the disk.
std::vector<std::pair<std::string, Bytes>> encodeAvatar(const Avatar& a) {
  std::vector<std::pair<std::string, Bytes>> files;
  json arrays = json::object();
  auto addArray = [&](const std::string& name, const torch::Tensor& t) -> json& {
    const std::string file = name + ".f32";
    files.emplace_back(file, floatArrayBytes(t));
    arrays[name] = {{"file", file}, {"dtype", "float32"}, {"shape", sizesJson(t)}};
    return arrays[name];
  };
  auto addImage = [&](const std::string& name, const torch::Tensor& t, int bits) {
    json& entry = addArray(name, t);
    const std::string png = name + ".png";
    Bytes bytes = encodePng(t, bits, name);
    entry["png"] = png;
    entry["png_bits"] = bits;
    entry["png_fnv1a64"] = fnv1a64(bytes);
    files.emplace_back(png, std::move(bytes));
  };
  addArray("shape", a.shape);
  addArray("displacement", a.displacement);
  addImage("albedo", a.albedo, 8);
  addImage("normal_map", a.normal_map, 16);
  if (a.motion.numFrames() > 0) {
    addArray("motion_pose", a.motion.pose);
    addArray("motion_translation", a.motion.translation);
    addArray("motion_intrinsics", a.motion.intrinsics);
  }

  const AvatarLighting& l = a.lighting;
  json sh = json::array();
  for (int i = 0; i < 9; ++i) sh.push_back(json::array({l.sh(i, 0), l.sh(i, 1), l.sh(i, 2)}));
  json j;
  j["format"] = kAvatarFormatName;
  j["version"] = Avatar::kFormatVersion;
  j["model_spec"] = a.model_spec;
  j["subdivision"] = {{"levels", a.subdivision_levels},
                      {"scheme", subdivisionSchemeName(a.subdivision_scheme)}};
  j["lighting"] = {{"point_light", l.point_light},
                   {"light_position", vec3Json(l.light_position)},
                   {"light_colour", vec3Json(l.light_colour)},
                   {"ambient", l.ambient},
                   {"use_sh", l.use_sh},
                   {"sh", sh},
                   {"shadows", l.shadows}};
  j["motion"] = {
      {"frame_indices", a.motion.frame_indices}, {"width", a.motion.width}, {"height", a.motion.height}};
  j["notes"] = a.notes;
  j["arrays"] = arrays;
  std::string text;
  try {
    text = j.dump(2) + "\n";
  } catch (const json::type_error&) {
    throw InputError("cannot save the avatar: its notes or model spec are not valid UTF-8 text");
  }
  files.emplace_back(kJsonName, std::move(text));  // written last: a folder with avatar.json is complete
  return files;
}

std::atomic<unsigned> g_temp_counter{0};

fs::path siblingName(const fs::path& target, const char* what) {
  return target.parent_path() / ("." + target.filename().string() + "." + what + "-" +
                                 std::to_string(::getpid()) + "-" + std::to_string(g_temp_counter++));
}

void syncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Puts the complete folder `temp` at `target`. An existing target stays in place until the new one
// is there: one atomic exchange where the file system supports it, else two renames with a rollback.
void moveIntoPlace(const fs::path& temp, const fs::path& target, bool target_exists,
                   const std::string& folder) {
  auto fail = [&](int error_number) {
    throw Error("cannot save avatar to '" + folder + "': cannot move the new folder into place (" +
                std::strerror(error_number) + ")");
  };
  std::error_code ec;
  if (!target_exists) {
    if (::rename(temp.c_str(), target.c_str()) != 0) fail(errno);
    return;
  }
#ifdef RENAME_EXCHANGE
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    palma::removeAll(temp, ec);  // now holds the previous avatar
    return;
  }
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) fail(errno);
#endif
  const fs::path old = siblingName(target, "old");
  if (::rename(target.c_str(), old.c_str()) != 0) fail(errno);
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const int error_number = errno;
    ::rename(old.c_str(), target.c_str());
    fail(error_number);
  }
  palma::removeAll(old, ec);
}

}  // namespace

void saveAvatar(const Avatar& avatar, const std::string& folder) {
  try {
    validateAvatarFields(avatar);
  } catch (const InputError& e) {
    throw InputError(std::string("cannot save the avatar: ") + e.what());
  }
  const auto files = encodeAvatar(avatar);

  if (folder.empty()) throw Error("cannot save the avatar: no folder name given");
  fs::path target = fs::absolute(fs::path(folder)).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();  // "name.palma-avatar/"
  const fs::path parent = target.parent_path();
  std::error_code ec;
  if (!fs::is_directory(parent, ec))
    throw Error("cannot save avatar to '" + folder + "': " +
                (fs::exists(parent, ec) ? "'" + parent.string() + "' is not a directory"
                                        : "the directory '" + parent.string() + "' does not exist"));
  const bool target_exists = fs::exists(fs::symlink_status(target, ec));
  if (target_exists) {
    if (!fs::is_directory(target, ec))
      throw InputError("cannot save avatar to '" + folder + "': a file of that name exists");
    if (!fs::exists(target / kJsonName, ec) && !fs::is_empty(target, ec))
      throw InputError("cannot save avatar to '" + folder +
                       "': it is a folder that does not hold a Palma avatar (no avatar.json); "
                       "choose another name");
  }

  const fs::path temp = siblingName(target, "saving");
  if (!fs::create_directory(temp, ec))
    throw Error("cannot save avatar to '" + folder + "': cannot create a folder in '" + parent.string() +
                "' (" + (ec ? ec.message() : std::string("it already exists")) + ")");
  try {
    for (const auto& [name, bytes] : files) {
      try {
        writeFileAtomically((temp / name).string(), [&](std::ostream& out) {
          out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        });
      } catch (const Error& e) {
        throw Error("cannot save avatar to '" + folder + "': " + name + ": " + e.what());
      }
    }
    syncDirectory(temp);
    moveIntoPlace(temp, target, target_exists, folder);
    syncDirectory(parent);
  } catch (...) {
    palma::removeAll(temp, ec);
    throw;
  }
}

// ---------------------------------------------------------------------------------------------------
// Loading

namespace {

// Reads one folder, throwing InputError that name it.
class AvatarReader {
 public:
  explicit AvatarReader(std::string folder) : folder_(std::move(folder)), dir_(folder_) {}

  Avatar read();

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw InputError("cannot load avatar '" + folder_ + "': " + what);
  }

  Bytes readFile(const std::string& name, const std::string& role) const;
  const json& member(const json& object, const std::string& key, const std::string& path) const;
  bool getBool(const json& object, const std::string& key, const std::string& path) const;
  int getInt(const json& object, const std::string& key, const std::string& path) const;
  float getFloat(const json& value, const std::string& path) const;
  std::string getString(const json& object, const std::string& key, const std::string& path) const;
  Eigen::Vector3f getVec3(const json& object, const std::string& key, const std::string& path) const;
  std::string fileName(const json& entry, const std::string& key, const std::string& path) const;

  AvatarLighting readLighting(const json& j) const;
  torch::Tensor readArray(const json& arrays, const std::string& name, bool required) const;
  torch::Tensor readImage(const json& arrays, const std::string& name) const;

  std::string folder_;
  fs::path dir_;
};

Bytes AvatarReader::readFile(const std::string& name, const std::string& role) const {
  const fs::path path = dir_ / name;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) fail(role + " '" + name + "' is missing");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot open " + role + " '" + name + "' (" + std::strerror(errno) + ")");
  Bytes bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) fail("cannot read " + role + " '" + name + "'");
  return bytes;
}

const json& AvatarReader::member(const json& object, const std::string& key, const std::string& path) const {
  const std::string full = path.empty() ? key : path + "." + key;
  if (!object.is_object()) fail("avatar.json: '" + path + "' must be an object");
  const auto it = object.find(key);
  if (it == object.end()) fail("avatar.json has no field '" + full + "'");
  return *it;
}

bool AvatarReader::getBool(const json& object, const std::string& key, const std::string& path) const {
  const json& v = member(object, key, path);
  if (!v.is_boolean())
    fail("avatar.json: '" + (path.empty() ? key : path + "." + key) + "' must be true or false");
  return v.get<bool>();
}

int AvatarReader::getInt(const json& object, const std::string& key, const std::string& path) const {
  const json& v = member(object, key, path);
  if (!v.is_number_integer() || v.get<int64_t>() < INT32_MIN || v.get<int64_t>() > INT32_MAX)
    fail("avatar.json: '" + (path.empty() ? key : path + "." + key) + "' must be an integer");
  return static_cast<int>(v.get<int64_t>());
}

float AvatarReader::getFloat(const json& value, const std::string& path) const {
  if (!value.is_number()) fail("avatar.json: '" + path + "' must be a number");
  return static_cast<float>(value.get<double>());
}

std::string AvatarReader::getString(const json& object, const std::string& key,
                                    const std::string& path) const {
  const json& v = member(object, key, path);
  if (!v.is_string()) fail("avatar.json: '" + (path.empty() ? key : path + "." + key) + "' must be a string");
  return v.get<std::string>();
}

Eigen::Vector3f AvatarReader::getVec3(const json& object, const std::string& key,
                                      const std::string& path) const {
  const json& v = member(object, key, path);
  const std::string full = path + "." + key;
  if (!v.is_array() || v.size() != 3) fail("avatar.json: '" + full + "' must be a list of 3 numbers");
  return {getFloat(v[0], full), getFloat(v[1], full), getFloat(v[2], full)};
}

// A file name inside the folder: no directories, so a manifest cannot point elsewhere.
std::string AvatarReader::fileName(const json& entry, const std::string& key, const std::string& path) const {
  const std::string name = getString(entry, key, path);
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos ||
      name.find('\\') != std::string::npos)
    fail("avatar.json: '" + path + "." + key + "' must be a file name inside the avatar folder, got '" +
         name + "'");
  return name;
}

AvatarLighting AvatarReader::readLighting(const json& j) const {
  const json& l = member(j, "lighting", "");
  AvatarLighting out;
  out.point_light = getBool(l, "point_light", "lighting");
  out.light_position = getVec3(l, "light_position", "lighting");
  out.light_colour = getVec3(l, "light_colour", "lighting");
  out.ambient = getFloat(member(l, "ambient", "lighting"), "lighting.ambient");
  out.use_sh = getBool(l, "use_sh", "lighting");
  out.shadows = getBool(l, "shadows", "lighting");
  const json& sh = member(l, "sh", "lighting");
  if (!sh.is_array() || sh.size() != 9) fail("avatar.json: 'lighting.sh' must be 9 rows of 3 numbers (RGB)");
  for (int i = 0; i < 9; ++i) {
    if (!sh[i].is_array() || sh[i].size() != 3)
      fail("avatar.json: 'lighting.sh' must be 9 rows of 3 numbers (RGB)");
    for (int c = 0; c < 3; ++c) out.sh(i, c) = getFloat(sh[i][c], "lighting.sh");
  }
  return out;
}

torch::Tensor AvatarReader::readArray(const json& arrays, const std::string& name, bool required) const {
  if (!arrays.contains(name)) {
    if (required) fail("avatar.json lists no array '" + name + "'");
    return {};
  }
  const json& entry = arrays[name];
  const std::string path = "arrays." + name;
  if (!entry.is_object()) fail("avatar.json: '" + path + "' must be an object");
  const std::string dtype = getString(entry, "dtype", path);
  if (dtype != "float32")
    fail("avatar.json: '" + path + ".dtype' must be \"float32\", got \"" + dtype + "\"");
  const json& shape_json = member(entry, "shape", path);
  if (!shape_json.is_array() || shape_json.empty() || shape_json.size() > 4)
    fail("avatar.json: '" + path + ".shape' must be a list of 1 to 4 sizes");
  std::vector<int64_t> shape;
  uint64_t count = 1;
  for (const json& d : shape_json) {
    if (!d.is_number_integer() || d.get<int64_t>() < 0 || d.get<int64_t>() > (int64_t{1} << 31))
      fail("avatar.json: '" + path + ".shape' must hold non-negative integer sizes");
    shape.push_back(d.get<int64_t>());
    count *= static_cast<uint64_t>(shape.back());
    if (count > (uint64_t{1} << 32)) fail("avatar.json: '" + path + ".shape' is implausibly large");
  }
  const std::string file = fileName(entry, "file", path);
  Bytes bytes = readFile(file, "the array file");
  if (bytes.size() != count * 4) {
    std::string dims;
    for (size_t d = 0; d < shape.size(); ++d) dims += (d ? "," : "") + std::to_string(shape[d]);
    fail("the array file '" + file + "' has " + std::to_string(bytes.size()) +
         " bytes, but avatar.json says [" + dims + "] float32 = " + std::to_string(count * 4) +
         " bytes (the file is truncated or does not belong to this avatar)");
  }
  if (!hostIsLittleEndian()) swapBytes4(bytes.data(), static_cast<size_t>(count));
  auto t = torch::empty(shape, torch::kFloat32);
  if (count > 0) std::memcpy(t.data_ptr<float>(), bytes.data(), bytes.size());
  return t;
}

// An image map: the float array, unless the PNG beside it was edited (see avatar_io.h).
torch::Tensor AvatarReader::readImage(const json& arrays, const std::string& name) const {
  if (!arrays.contains(name)) fail("avatar.json lists no array '" + name + "'");
  const json& entry = arrays[name];
  const std::string path = "arrays." + name;
  const bool has_array = entry.is_object() && entry.contains("file");
  const bool has_png = entry.is_object() && entry.contains("png");
  if (!has_png) return readArray(arrays, name, true);

  const std::string png = fileName(entry, "png", path);
  std::error_code ec;
  if (!fs::exists(dir_ / png, ec)) {
    if (has_array) return readArray(arrays, name, true);
    fail("the image '" + png + "' is missing");
  }
  const Bytes bytes = readFile(png, "the image");
  if (has_array && entry.contains("png_fnv1a64") && entry["png_fnv1a64"] == fnv1a64(bytes))
    return readArray(arrays, name, true);

  const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.data()));
  cv::Mat image = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
  if (image.empty()) fail("the image '" + png + "' cannot be decoded as PNG");
  if (image.depth() != CV_8U && image.depth() != CV_16U)
    fail("the image '" + png + "' must have 8 or 16 bits per channel");
  if (image.channels() == 1) {
    cv::cvtColor(image, image, cv::COLOR_GRAY2RGB);
  } else if (image.channels() == 3) {
    cv::cvtColor(image, image, cv::COLOR_BGR2RGB);
  } else if (image.channels() == 4) {
    cv::cvtColor(image, image, cv::COLOR_BGRA2RGB);
  } else {
    fail("the image '" + png + "' must be grey, RGB or RGBA");
  }
  const int max_level = image.depth() == CV_8U ? 255 : 65535;
  image.convertTo(image, CV_32S);
  const auto levels =
      torch::from_blob(image.data, {image.rows, image.cols, 3}, torch::kInt32).clone();  // [H,W,3]
  if (has_array) {
    const torch::Tensor exact = readArray(arrays, name, true);
    if (exact.dim() == 3 && exact.sizes().equals(levels.sizes()) &&
        torch::equal(quantise(exact, max_level), levels))
      return exact;  // re-saved or re-compressed, same pixels
  }
  return levels.to(torch::kFloat32) / static_cast<float>(max_level);
}

Avatar AvatarReader::read() {
  std::error_code ec;
  if (!fs::exists(dir_, ec)) fail("no such folder");
  if (!fs::is_directory(dir_, ec)) fail("it is a file, not an avatar folder");
  if (!fs::exists(dir_ / kJsonName, ec)) fail("it is not a Palma avatar (avatar.json is missing)");
  const Bytes text = readFile(kJsonName, "the file");
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    fail(std::string("avatar.json is not valid JSON (") + e.what() + ")");
  }
  if (!j.is_object()) fail("avatar.json must hold a JSON object");
  if (!j.contains("format") || !j["format"].is_string() || j["format"] != kAvatarFormatName)
    fail("avatar.json is not a Palma avatar description (its \"format\" must be \"" +
         std::string(kAvatarFormatName) + "\", got " + (j.contains("format") ? j["format"].dump() : "none") +
         ")");
  const int version = getInt(j, "version", "");
  if (version > Avatar::kFormatVersion)
    fail("it was made by a newer Palma (avatar format version " + std::to_string(version) +
         "; this Palma reads version " + std::to_string(Avatar::kFormatVersion) +
         " and older). Update Palma Studio to open it.");
  if (version < 1) fail("avatar.json has an invalid format version " + std::to_string(version));

  Avatar a;
  a.model_spec = getString(j, "model_spec", "");
  const json& sub = member(j, "subdivision", "");
  a.subdivision_levels = getInt(sub, "levels", "subdivision");
  try {
    a.subdivision_scheme = parseSubdivisionScheme(getString(sub, "scheme", "subdivision"));
  } catch (const InputError& e) {
    fail(std::string("avatar.json: 'subdivision.scheme': ") + e.what());
  }
  a.lighting = readLighting(j);
  a.notes = j.contains("notes") ? getString(j, "notes", "") : std::string();

  const json& motion = member(j, "motion", "");
  const json& frames = member(motion, "frame_indices", "motion");
  if (!frames.is_array()) fail("avatar.json: 'motion.frame_indices' must be a list of integers");
  for (const json& f : frames) {
    if (!f.is_number_integer()) fail("avatar.json: 'motion.frame_indices' must be a list of integers");
    a.motion.frame_indices.push_back(f.get<int>());
  }
  a.motion.width = getInt(motion, "width", "motion");
  a.motion.height = getInt(motion, "height", "motion");

  const json& arrays = member(j, "arrays", "");
  if (!arrays.is_object()) fail("avatar.json: 'arrays' must be an object");
  a.shape = readArray(arrays, "shape", true);
  a.displacement = readArray(arrays, "displacement", true);
  a.albedo = readImage(arrays, "albedo");
  a.normal_map = readImage(arrays, "normal_map");
  const bool has_motion = !a.motion.frame_indices.empty();
  a.motion.pose = readArray(arrays, "motion_pose", has_motion);
  a.motion.translation = readArray(arrays, "motion_translation", has_motion);
  a.motion.intrinsics = readArray(arrays, "motion_intrinsics", has_motion);

  try {
    validateAvatarFields(a);
  } catch (const InputError& e) {
    fail(e.what());
  }
  return a;
}

}  // namespace

Avatar loadAvatar(const std::string& folder) { return AvatarReader(folder).read(); }

}  // namespace palma
