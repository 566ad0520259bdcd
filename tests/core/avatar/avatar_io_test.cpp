// Specification of the avatar folder format (core/avatar/avatar_io.h, docs/avatar-format.md):
// load(save(a)) is bit-identical, edited PNGs are honoured, bad folders give clear errors, and a failed
// save never damages the avatar already on disk.
#include <signal.h>
#include <sys/resource.h>
#include <torch/torch.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/avatar/avatar.h"
#include "core/avatar/avatar_io.h"
#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "tests/support/palma_test.h"

using namespace palma;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

const HandModel& hand() {
  static const HandModel m = makeBuiltinHand(Handedness::Right);
  return m;
}

// An avatar with every field away from its default: random maps of different sizes, SH lighting, a
// three-frame motion, values that only survive a bit-exact format (-0, a subnormal, 1/3).
Avatar richAvatar() {
  torch::manual_seed(7);
  Avatar a = makeDefaultAvatar(hand(), "builtin:right", 0, SubdivisionScheme::Loop, 8);
  a.shape = torch::randn({hand().numShapes()});
  a.displacement = 0.001f * torch::randn({hand().numVertices()});
  a.displacement[0] = -0.0f;
  a.displacement[1] = std::numeric_limits<float>::denorm_min();
  a.displacement[2] = 1.0f / 3.0f;
  a.albedo = torch::rand({12, 20, 3});
  a.normal_map = torch::rand({10, 6, 3});
  a.lighting.point_light = false;
  a.lighting.shadows = false;
  a.lighting.light_position = {0.1f, -0.7f, 1.0f / 3.0f};
  a.lighting.light_colour = {0.9f, 0.8f, 0.7f};
  a.lighting.ambient = 0.37f;
  a.lighting.use_sh = true;
  for (int i = 0; i < 9; ++i)
    for (int c = 0; c < 3; ++c) a.lighting.sh(i, c) = std::sin(1.0f + i * 3 + c);
  a.motion.frame_indices = {0, 5, 17};
  a.motion.pose = 0.3f * torch::randn({3, kNumJoints, 3});
  a.motion.translation = torch::randn({3, 3});
  a.motion.intrinsics = torch::tensor(
      {{500.5f, 501.0f, 224.0f, 223.5f}, {498.0f, 498.0f, 220.0f, 230.0f}, {1.0f / 3.0f, 1.0f, 0.0f, 0.0f}});
  a.motion.width = 448;
  a.motion.height = 448;
  a.notes = "Palma test \xc3\xbc\xe2\x9c\x93 \"quoted\"\nsecond line";
  return a;
}

// Same dtype, sizes and bytes.
bool bitEqual(const torch::Tensor& a, const torch::Tensor& b) {
  if (!a.defined() || !b.defined()) return a.defined() == b.defined();
  if (a.scalar_type() != b.scalar_type() || !a.sizes().equals(b.sizes())) return false;
  const auto ca = a.contiguous(), cb = b.contiguous();
  return std::memcmp(ca.data_ptr(), cb.data_ptr(), ca.numel() * ca.element_size()) == 0;
}

std::string readText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeText(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

json readJson(const fs::path& folder) { return json::parse(readText(folder / "avatar.json")); }
void writeJson(const fs::path& folder, const json& j) { writeText(folder / "avatar.json", j.dump(2)); }

// The sibling folders a save leaves behind (should be none).
int leftovers(const fs::path& parent) {
  int count = 0;
  for (const auto& e : fs::directory_iterator(parent))
    if (e.path().filename().string().rfind(".", 0) == 0) ++count;
  return count;
}

// round(clamp(v) * 255) as uint8 levels of a map [H,W,3].
torch::Tensor levels8(const torch::Tensor& map) {
  return (map.clamp(0, 1) * 255.0f).round().to(torch::kInt32);
}

}  // namespace

PALMA_TEST(loadOfSaveIsBitExactForEveryField) {
  const fs::path dir = palma::test::tempDir();
  const fs::path folder = dir / "hand.palma-avatar";
  const Avatar a = richAvatar();
  saveAvatar(a, folder.string());
  const Avatar b = loadAvatar(folder.string());
  PALMA_CHECK(identical(a, b));
  PALMA_CHECK(b.model_spec == a.model_spec && b.notes == a.notes);
  PALMA_CHECK(b.subdivision_levels == 0 && b.subdivision_scheme == SubdivisionScheme::Loop);
  PALMA_CHECK(bitEqual(a.shape, b.shape));
  PALMA_CHECK(bitEqual(a.displacement, b.displacement));
  PALMA_CHECK(std::signbit(b.displacement[0].item<float>()));  // -0 stays -0
  PALMA_CHECK(bitEqual(a.albedo, b.albedo));
  PALMA_CHECK(bitEqual(a.normal_map, b.normal_map));
  PALMA_CHECK(b.lighting == a.lighting);
  PALMA_CHECK(b.lighting.sh(5, 2) == a.lighting.sh(5, 2) && b.lighting.use_sh && !b.lighting.point_light);
  PALMA_CHECK(b.motion.frame_indices == a.motion.frame_indices);
  PALMA_CHECK(b.motion.width == 448 && b.motion.height == 448);
  PALMA_CHECK(bitEqual(a.motion.pose, b.motion.pose));
  PALMA_CHECK(bitEqual(a.motion.translation, b.motion.translation));
  PALMA_CHECK(bitEqual(a.motion.intrinsics, b.motion.intrinsics));
  validateAvatar(b, hand());
  PALMA_CHECK(leftovers(dir) == 0);

  // The folder is readable by other tools: JSON header, raw little-endian float32, PNGs.
  const json j = readJson(folder);
  PALMA_CHECK(j["format"] == "palma-avatar" && j["version"] == 1);
  PALMA_CHECK(j["subdivision"]["scheme"] == "loop");
  PALMA_CHECK(j["arrays"]["motion_pose"]["shape"] == json::array({3, 16, 3}));
  PALMA_CHECK(fs::file_size(folder / "displacement.f32") == 4u * hand().numVertices());
  const cv::Mat albedo_png = cv::imread((folder / "albedo.png").string(), cv::IMREAD_UNCHANGED);
  PALMA_CHECK(albedo_png.depth() == CV_8U && albedo_png.rows == 12 && albedo_png.cols == 20);
  const auto q = levels8(a.albedo);
  const cv::Vec3b px = albedo_png.at<cv::Vec3b>(3, 7);  // BGR in OpenCV, RGB in the file
  PALMA_CHECK(px[2] == q[3][7][0].item<int>() && px[1] == q[3][7][1].item<int>() &&
              px[0] == q[3][7][2].item<int>());
  const cv::Mat normal_png = cv::imread((folder / "normal_map.png").string(), cv::IMREAD_UNCHANGED);
  PALMA_CHECK(normal_png.depth() == CV_16U && normal_png.rows == 10 && normal_png.cols == 6);
  PALMA_CHECK(normal_png.at<cv::Vec3w>(9, 5)[2] ==
              static_cast<int>(std::lround(a.normal_map[9][5][0].item<float>() * 65535.0f)));
}

PALMA_TEST(saveReplacesAnExistingAvatarAndKeepsEmptyMotionEmpty) {
  const fs::path dir = palma::test::tempDir();
  const std::string folder = (dir / "hand.palma-avatar/").string();  // a trailing slash is fine
  saveAvatar(richAvatar(), folder);
  const Avatar plain = makeDefaultAvatar(hand(), "builtin:left", 0, SubdivisionScheme::Midpoint, 4);
  saveAvatar(plain, folder);
  const Avatar b = loadAvatar(folder);
  PALMA_CHECK(identical(plain, b));
  PALMA_CHECK(b.model_spec == "builtin:left" && b.motion.numFrames() == 0 && !b.motion.pose.defined());
  PALMA_CHECK(!fs::exists(dir / "hand.palma-avatar" / "motion_pose.f32"));  // no stale files from before
  PALMA_CHECK(leftovers(dir) == 0);
}

PALMA_TEST(editedPngsArePickedUpAndResavedPngsAreNot) {
  const fs::path dir = palma::test::tempDir();
  const fs::path folder = dir / "edit.palma-avatar";
  const Avatar a = richAvatar();
  saveAvatar(a, folder.string());

  // Re-saved with other compression, same pixels: the exact float arrays still win.
  cv::Mat png = cv::imread((folder / "albedo.png").string(), cv::IMREAD_UNCHANGED);
  PALMA_CHECK(cv::imwrite((folder / "albedo.png").string(), png, {cv::IMWRITE_PNG_COMPRESSION, 0}));
  PALMA_CHECK(bitEqual(loadAvatar(folder.string()).albedo, a.albedo));

  // One texel painted pure green in an image editor: the albedo comes from the PNG.
  png.at<cv::Vec3b>(2, 4) = cv::Vec3b(0, 255, 0);
  PALMA_CHECK(cv::imwrite((folder / "albedo.png").string(), png));
  const Avatar edited = loadAvatar(folder.string());
  PALMA_CHECK(edited.albedo.sizes() == a.albedo.sizes());
  PALMA_CHECK(torch::equal(edited.albedo[2][4], torch::tensor({0.0f, 1.0f, 0.0f})));
  const auto expected = levels8(a.albedo).to(torch::kFloat32) / 255.0f;
  expected[2][4] = torch::tensor({0.0f, 1.0f, 0.0f});
  PALMA_CHECK(torch::equal(edited.albedo, expected));
  PALMA_CHECK(bitEqual(edited.normal_map, a.normal_map));  // untouched, still exact

  // A texture scaled up in an editor (other size, 16-bit RGBA): loaded at its new size.
  cv::Mat big;
  cv::resize(png, big, cv::Size(40, 24), 0, 0, cv::INTER_NEAREST);
  cv::Mat big16;
  big.convertTo(big16, CV_16U, 257.0);
  cv::cvtColor(big16, big16, cv::COLOR_BGR2BGRA);
  PALMA_CHECK(cv::imwrite((folder / "albedo.png").string(), big16));
  const Avatar scaled = loadAvatar(folder.string());
  PALMA_CHECK(scaled.albedo.sizes() == torch::IntArrayRef({24, 40, 3}));
  PALMA_CHECK(torch::equal(scaled.albedo[5][9], torch::tensor({0.0f, 1.0f, 0.0f})));

  // The edited normal map (16-bit) likewise.
  cv::Mat normal = cv::imread((folder / "normal_map.png").string(), cv::IMREAD_UNCHANGED);
  normal.at<cv::Vec3w>(0, 0) = cv::Vec3w(65535, 32768, 0);  // BGR
  PALMA_CHECK(cv::imwrite((folder / "normal_map.png").string(), normal));
  const Avatar renormal = loadAvatar(folder.string());
  PALMA_CHECK(torch::equal(renormal.normal_map[0][0], torch::tensor({0.0f, 32768.0f / 65535.0f, 1.0f})));

  // A deleted PNG leaves the exact array in charge.
  fs::remove(folder / "normal_map.png");
  PALMA_CHECK(bitEqual(loadAvatar(folder.string()).normal_map, a.normal_map));
}

PALMA_TEST(loadRejectsBadFoldersWithClearMessages) {
  const fs::path dir = palma::test::tempDir();
  int counter = 0;
  // A freshly saved copy to spoil.
  auto fresh = [&]() {
    const fs::path folder = dir / ("case" + std::to_string(counter++) + ".palma-avatar");
    saveAvatar(richAvatar(), folder.string());
    return folder;
  };
  auto load = [](const fs::path& f) { return loadAvatar(f.string()); };

  PALMA_CHECK_THROWS(load(dir / "missing.palma-avatar"), InputError, "no such folder");
  fs::create_directory(dir / "empty.palma-avatar");
  PALMA_CHECK_THROWS(load(dir / "empty.palma-avatar"), InputError, "avatar.json is missing");
  writeText(dir / "file.palma-avatar", "x");
  PALMA_CHECK_THROWS(load(dir / "file.palma-avatar"), InputError, "not an avatar folder");

  fs::path f = fresh();
  writeText(f / "avatar.json", "{ \"format\": \"palma-avatar\", ");
  PALMA_CHECK_THROWS(load(f), InputError, "not valid JSON");

  f = fresh();
  json j = readJson(f);
  j["format"] = "gltf";
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "not a Palma avatar description");

  f = fresh();
  j = readJson(f);
  j["version"] = 2;
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "made by a newer Palma");

  f = fresh();
  j = readJson(f);
  j["version"] = "one";
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "'version' must be an integer");

  f = fresh();
  j = readJson(f);
  j.erase("lighting");
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "no field 'lighting'");

  f = fresh();
  j = readJson(f);
  j["lighting"]["ambient"] = "bright";
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "'lighting.ambient' must be a number");

  f = fresh();
  j = readJson(f);
  j["subdivision"]["scheme"] = "catmull-clark";
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "subdivision.scheme");

  // Truncated binary array.
  f = fresh();
  fs::resize_file(f / "displacement.f32", fs::file_size(f / "displacement.f32") - 4);
  PALMA_CHECK_THROWS(load(f), InputError, "'displacement.f32' has");
  f = fresh();
  fs::remove(f / "shape.f32");
  PALMA_CHECK_THROWS(load(f), InputError, "'shape.f32' is missing");

  // Manifest shape that does not match the file, and one that matches the file but not the field.
  f = fresh();
  j = readJson(f);
  j["arrays"]["shape"]["shape"] = json::array({hand().numShapes() + 1});
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "does not belong to this avatar");
  f = fresh();
  j = readJson(f);
  j["arrays"]["motion_pose"]["shape"] = json::array({3, 48});
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "avatar.motion.pose");
  f = fresh();
  j = readJson(f);
  j["motion"]["frame_indices"] = json::array({0, 5});
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "avatar.motion");
  f = fresh();
  j = readJson(f);
  j["arrays"]["shape"]["dtype"] = "float64";
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "float32");
  f = fresh();
  j = readJson(f);
  j["arrays"]["shape"]["file"] = "../case0.palma-avatar/shape.f32";
  writeJson(f, j);
  PALMA_CHECK_THROWS(load(f), InputError, "inside the avatar folder");

  // NaN in an array.
  f = fresh();
  {
    std::fstream io(f / "displacement.f32", std::ios::in | std::ios::out | std::ios::binary);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    io.seekp(40);
    io.write(reinterpret_cast<const char*>(&nan), 4);
  }
  PALMA_CHECK_THROWS(load(f), InputError, "avatar.displacement contains NaN");

  // A PNG edited into something that is not an image.
  f = fresh();
  writeText(f / "albedo.png", "not a png");
  PALMA_CHECK_THROWS(load(f), InputError, "'albedo.png' cannot be decoded");
}

PALMA_TEST(failedSavesLeaveTheExistingAvatarIntact) {
  const fs::path dir = palma::test::tempDir();
  const fs::path folder = dir / "keep.palma-avatar";
  const Avatar original = richAvatar();
  saveAvatar(original, folder.string());

  // An invalid avatar is refused before anything is written.
  Avatar bad = richAvatar();
  bad.displacement[3] = std::numeric_limits<float>::quiet_NaN();
  PALMA_CHECK_THROWS(saveAvatar(bad, folder.string()), InputError, "avatar.displacement");
  PALMA_CHECK_THROWS(saveAvatar(bad, (dir / "new.palma-avatar").string()), InputError, "NaN");
  PALMA_CHECK(!fs::exists(dir / "new.palma-avatar"));

  // Unwritable destinations.
  writeText(dir / "plain-file", "x");
  PALMA_CHECK_THROWS(saveAvatar(original, (dir / "plain-file" / "a.palma-avatar").string()), Error,
                     "is not a directory");
  PALMA_CHECK_THROWS(saveAvatar(original, (dir / "no" / "such" / "a.palma-avatar").string()), Error,
                     "does not exist");
  PALMA_CHECK_THROWS(saveAvatar(original, (dir / "plain-file").string()), InputError,
                     "a file of that name exists");
  fs::create_directory(dir / "photos");
  writeText(dir / "photos" / "holiday.jpg", "jpeg");
  PALMA_CHECK_THROWS(saveAvatar(original, (dir / "photos").string()), InputError,
                     "does not hold a Palma avatar");
  PALMA_CHECK(readText(dir / "photos" / "holiday.jpg") == "jpeg");

  // A save that fails half-way (the file size limit stands in for a full disk): the old avatar stays.
  Avatar large = richAvatar();
  large.albedo = torch::rand({128, 128, 3});  // 196,608 bytes of float32
  rlimit saved_limit{};
  getrlimit(RLIMIT_FSIZE, &saved_limit);
  const auto saved_handler = signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved_limit;
  small.rlim_cur = 64 * 1024;
  setrlimit(RLIMIT_FSIZE, &small);
  bool threw = false;
  std::string message;
  try {
    saveAvatar(large, folder.string());
  } catch (const Error& e) {
    threw = true;
    message = e.what();
  }
  setrlimit(RLIMIT_FSIZE, &saved_limit);
  signal(SIGXFSZ, saved_handler);
  PALMA_CHECK_MSG(threw, "the save under a 64 KiB file size limit succeeded");
  PALMA_CHECK_MSG(message.find("albedo.f32") != std::string::npos, message);
  PALMA_CHECK(identical(loadAvatar(folder.string()), original));
  PALMA_CHECK(leftovers(dir) == 0);  // the temporary folder is gone
  // And with the limit lifted the same save goes through.
  saveAvatar(large, folder.string());
  PALMA_CHECK(identical(loadAvatar(folder.string()), large));
}
