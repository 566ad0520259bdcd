#include "core/eval/synthetic_capture_io.h"

#include <torch/torch.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_reader.h"
#include "core/common/memory.h"

namespace palma::eval {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kMaxFrames = 100000;
constexpr double kMaxCaptureBytes = 16.0 * (1ull << 30);  // decoded float frames + masks
constexpr double kFps = 30.0;

std::string frameName(int64_t i) {
  char name[32];
  std::snprintf(name, sizeof(name), "%06lld.png", static_cast<long long>(i));
  return name;
}

double rounded(double v, double step = 1e-4) { return std::round(v / step) * step; }

// ---- Writing -------------------------------------------------------------------------------------

// [H,W,3] in [0,1] RGB -> 8-bit BGR.
cv::Mat toBgr8(const torch::Tensor& image) {
  const auto bytes = (image.clamp(0.0, 1.0) * 255.0).round().to(torch::kUInt8).contiguous();
  const cv::Mat rgb(static_cast<int>(bytes.size(0)), static_cast<int>(bytes.size(1)), CV_8UC3,
                    bytes.data_ptr());
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  return bgr;
}

// [H,W,1] in [0,1] -> 8-bit single channel.
cv::Mat toGray8(const torch::Tensor& mask) {
  const auto bytes = (mask.clamp(0.0, 1.0) * 255.0).round().to(torch::kUInt8).contiguous();
  return cv::Mat(static_cast<int>(bytes.size(0)), static_cast<int>(bytes.size(1)), CV_8UC1, bytes.data_ptr())
      .clone();
}

void writePng(const fs::path& path, const cv::Mat& image) {
  std::vector<uchar> buffer;
  if (!cv::imencode(".png", image, buffer)) throw Error("cannot encode '" + path.string() + "' as PNG");
  writeFileAtomically(path.string(), [&](std::ostream& out) {
    out.write(reinterpret_cast<const char*>(buffer.data()), static_cast<std::streamsize>(buffer.size()));
  });
}

void writeJson(const fs::path& path, const json& j) {
  writeTextFileAtomically(path.string(), j.dump(1) + "\n");
}

json rows(const torch::Tensor& t) {
  // [R,C] -> [[...],...]
  const auto c = t.to(torch::kDouble).contiguous();
  json out = json::array();
  for (int64_t r = 0; r < c.size(0); ++r) {
    json row = json::array();
    for (int64_t k = 0; k < c.size(1); ++k) row.push_back(rounded(c[r][k].item<double>(), 1e-7));
    out.push_back(row);
  }
  return out;
}

json vector3(const Eigen::Vector3f& v) { return json::array({v.x(), v.y(), v.z()}); }

int countFrames(const std::string& path) {
  cv::VideoCapture reader(path, cv::CAP_FFMPEG);
  if (!reader.isOpened()) return -1;
  int count = 0;
  cv::Mat frame;
  while (reader.read(frame)) ++count;
  return count;
}

// Encodes the frames with `fourcc` into folder/video.<ext> (via a temporary file). False when this
// OpenCV build cannot encode it.
bool tryWriteVideo(const torch::Tensor& images, const fs::path& folder, const char* fourcc, const char* ext) {
  const RepeatableHeapScope repeatable;  // the same frames give the same file (memory.h)
  const int h = static_cast<int>(images.size(1)), w = static_cast<int>(images.size(2));
  const fs::path tmp = folder / (".video.tmp-" + std::to_string(::getpid()) + "." + ext);
  cv::VideoWriter writer(tmp.string(), cv::CAP_FFMPEG,
                         cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), kFps,
                         cv::Size(w, h));
  std::error_code ec;
  if (!writer.isOpened()) {
    fs::remove(tmp, ec);
    return false;
  }
  for (int64_t i = 0; i < images.size(0); ++i) writer.write(toBgr8(images[i]));
  writer.release();
  if (countFrames(tmp.string()) != images.size(0)) {
    fs::remove(tmp, ec);
    return false;
  }
  const fs::path target = folder / (std::string("video.") + ext);
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error("cannot write '" + target.string() + "': " + ec.message());
  }
  return true;
}

WrittenCapture writeVideo(const torch::Tensor& images, const fs::path& folder, VideoCodec codec) {
  WrittenCapture out;
  out.frames = static_cast<int>(images.size(0));
  if (codec != VideoCodec::Mjpeg && tryWriteVideo(images, folder, "avc1", "mp4")) {
    out.video_file = "video.mp4";
    out.codec = "avc1";
  } else if (codec == VideoCodec::H264) {
    throw Error(
        "cannot encode H.264 ('avc1') video with this OpenCV build (needs FFmpeg with an H.264 encoder, "
        "and even frame sizes); use MJPEG instead");
  } else if (tryWriteVideo(images, folder, "MJPG", "avi")) {
    out.video_file = "video.avi";
    out.codec = "MJPG";
  } else {
    throw Error("cannot encode video in '" + folder.string() +
                "': this OpenCV build writes neither H.264 nor MJPEG");
  }
  // A video of the other kind from an earlier run would be ambiguous.
  std::error_code ec;
  fs::remove(folder / (out.video_file == "video.mp4" ? "video.avi" : "video.mp4"), ec);
  return out;
}

json keypointsJson(const torch::Tensor& keypoints, int width, int height) {
  // keypoints [F,21,3]
  json frames = json::array();
  const auto k = keypoints.to(torch::kDouble).contiguous();
  for (int64_t i = 0; i < k.size(0); ++i) {
    if (k[i].select(1, 2).max().item<double>() <= 0) {
      frames.push_back(nullptr);
      continue;
    }
    json points = json::array();
    for (int j = 0; j < kNumKeypoints; ++j)
      points.push_back({rounded(k[i][j][0].item<double>()), rounded(k[i][j][1].item<double>()),
                        rounded(k[i][j][2].item<double>())});
    frames.push_back({{"frame", i}, {"keypoints", points}});
  }
  return {{"format", "palma-keypoints"},
          {"version", 1},
          {"width", width},
          {"height", height},
          {"frames", frames}};
}

json intrinsicsJson(const torch::Tensor& k, int64_t i) {
  return {{"fx", k[i][0].item<double>()},
          {"fy", k[i][1].item<double>()},
          {"cx", k[i][2].item<double>()},
          {"cy", k[i][3].item<double>()}};
}

json cameraJson(const torch::Tensor& intrinsics, int width, int height) {
  json frames = json::array();
  const auto k = intrinsics.to(torch::kDouble);
  for (int64_t i = 0; i < k.size(0); ++i) {
    json entry = intrinsicsJson(k, i);
    entry["frame"] = i;
    frames.push_back(entry);
  }
  return {{"format", "palma-camera"}, {"version", 1},     {"model", "pinhole"},
          {"width", width},           {"height", height}, {"frames", frames}};
}

json cameraJson(const SyntheticFrames& f) { return cameraJson(f.intrinsics, f.width, f.height); }

const char* handednessName(Handedness h) { return h == Handedness::Right ? "right" : "left"; }

json settingsJson(const SyntheticSettings& s) {
  return {{"seed", s.seed},
          {"frames", s.frames},
          {"width", s.width},
          {"height", s.height},
          {"fov_y_degrees", s.fov_y_degrees},
          {"hand_distance", s.hand_distance},
          {"handedness", handednessName(s.handedness)},
          {"texture_size", s.texture_size},
          {"subdivision_levels", s.subdivision_levels},
          {"shape_range", s.shape_range},
          {"background", s.background == SyntheticBackground::Plain ? "plain" : "cluttered"},
          {"background_colour", vector3(s.background_colour)},
          {"supersampling", s.supersampling},
          {"specular_strength", s.specular_strength},
          {"shininess", s.shininess},
          {"sensor_noise", s.sensor_noise},
          {"keypoint_noise_px", s.keypoint_noise_px},
          {"keypoint_dropout", s.keypoint_dropout},
          {"light_position", vector3(s.light_position)},
          {"light_colour", vector3(s.light_colour)},
          {"ambient", s.ambient},
          {"shadows", s.shadows},
          {"sh_lighting", s.sh_lighting},
          {"novel_pose_frames", s.novel_pose_frames},
          {"novel_views", s.novel_views}};
}

json lightingJson(const AvatarLighting& l) {
  json sh = json::array();
  for (int k = 0; k < 9; ++k) sh.push_back({l.sh(k, 0), l.sh(k, 1), l.sh(k, 2)});
  return {{"point_light", l.point_light},
          {"light_position", vector3(l.light_position)},
          {"light_colour", vector3(l.light_colour)},
          {"ambient", l.ambient},
          {"use_sh", l.use_sh},
          {"sh", sh},
          {"shadows", l.shadows}};
}

// Per-frame ground truth: pose, translation, camera, keypoints.
json frameTruth(const HandMotion& motion, const SyntheticFrames& f, int64_t i) {
  json entry = {{"frame", i},
                {"pose", rows(motion.pose[i])},
                {"translation", rows(motion.translation[i].view({1, 3}))[0]},
                {"keypoints_2d", rows(f.keypoints_exact[i])},
                {"keypoints_3d", rows(f.keypoints_3d[i])}};
  json camera = intrinsicsJson(f.intrinsics.to(torch::kDouble), i);
  camera["rotation"] = rows(f.rotation[i]);
  camera["translation"] = rows(f.translation[i].view({1, 3}))[0];
  entry["camera"] = camera;
  return entry;
}

void writeEvalSet(const fs::path& dir, const char* kind, const HandMotion& motion, const SyntheticFrames& f) {
  ensureFolder((dir / "images").string());
  ensureFolder((dir / "masks").string());
  json frames = json::array();
  for (int64_t i = 0; i < f.numFrames(); ++i) {
    writePng(dir / "images" / frameName(i), toBgr8(f.clean_images[i]));
    writePng(dir / "masks" / frameName(i), toGray8(f.masks[i]));
    json entry = frameTruth(motion, f, i);
    entry["image"] = "images/" + frameName(i);
    entry["mask"] = "masks/" + frameName(i);
    frames.push_back(entry);
  }
  writeJson(dir / "frames.json", {{"format", "palma-synthetic-eval-set"},
                                  {"version", 1},
                                  {"kind", kind},
                                  {"width", f.width},
                                  {"height", f.height},
                                  {"note", "images without sensor noise or compression"},
                                  {"frames", frames}});
}

// ---- Reading -------------------------------------------------------------------------------------

json readJson(const fs::path& path) {
  if (!fs::is_regular_file(path))
    throw InputError("the capture folder has no '" + path.filename().string() + "' (expected at '" +
                     path.string() + "')");
  std::ifstream in(path);
  if (!in) throw InputError("cannot open '" + path.string() + "'");
  try {
    return json::parse(in);
  } catch (const json::exception& e) {
    throw InputError("'" + path.string() + "' is not valid JSON: " + e.what());
  }
}

fs::path findVideo(const fs::path& dir, const json& manifest) {
  if (manifest.contains("video")) {
    if (!manifest["video"].is_string()) throw InputError("'capture.json': \"video\" must be a file name");
    const std::string name = manifest["video"].get<std::string>();
    if (name.empty() || fs::path(name).is_absolute() || name.find("..") != std::string::npos)
      throw InputError("'capture.json': \"video\" must name a file inside the capture folder, got '" + name +
                       "'");
    if (!fs::is_regular_file(dir / name))
      throw InputError("the capture folder has no video '" + name + "' (named in capture.json)");
    return dir / name;
  }
  for (const char* name : {"video.mp4", "video.avi", "video.mov", "video.mkv"})
    if (fs::is_regular_file(dir / name)) return dir / name;
  throw InputError("the capture folder '" + dir.string() +
                   "' has no video (video.mp4, video.avi, video.mov or video.mkv)");
}

// A JSON list of numbers (nested to any depth) of the given shape as a float tensor.
torch::Tensor numberTensor(const JsonReader& r, const json& j, const std::vector<int64_t>& shape,
                           const std::string& where) {
  std::vector<float> values;
  std::function<void(const json&, size_t)> walk = [&](const json& node, size_t depth) {
    if (depth == shape.size()) {
      values.push_back(static_cast<float>(r.number(node, where)));
      return;
    }
    if (!node.is_array() || static_cast<int64_t>(node.size()) != shape[depth]) {
      std::string dims;
      for (size_t k = 0; k < shape.size(); ++k) dims += (k ? " x " : "") + std::to_string(shape[k]);
      r.fail(where + " must be a list of " + dims + " numbers");
    }
    for (const auto& child : node) walk(child, depth + 1);
  };
  walk(j, 0);
  return torch::from_blob(values.data(), shape, torch::kFloat32).clone();
}

// [H,W,3] RGB in [0,1] from an 8-bit colour PNG (of the expected size).
torch::Tensor readColourImage(const fs::path& path, int64_t width, int64_t height) {
  if (!fs::is_regular_file(path)) throw InputError("missing image '" + path.string() + "'");
  const cv::Mat bgr = cv::imread(path.string(), cv::IMREAD_COLOR);
  if (bgr.empty()) throw InputError("'" + path.string() + "' cannot be read as an image");
  if (bgr.cols != width || bgr.rows != height)
    throw InputError("'" + path.string() + "' is " + std::to_string(bgr.cols) + " x " +
                     std::to_string(bgr.rows) + ", expected " + std::to_string(width) + " x " +
                     std::to_string(height));
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  return torch::from_blob(rgb.data, {height, width, 3}, torch::kUInt8).to(torch::kFloat) / 255.0;
}

// [H,W,1] in {0,1} from an 8-bit mask PNG.
torch::Tensor readMaskImage(const fs::path& path, int64_t width, int64_t height) {
  if (!fs::is_regular_file(path)) throw InputError("missing mask '" + path.string() + "'");
  const cv::Mat m = cv::imread(path.string(), cv::IMREAD_GRAYSCALE);
  if (m.empty()) throw InputError("'" + path.string() + "' cannot be read as an image");
  if (m.cols != width || m.rows != height)
    throw InputError("'" + path.string() + "' is " + std::to_string(m.cols) + " x " + std::to_string(m.rows) +
                     ", expected " + std::to_string(width) + " x " + std::to_string(height));
  return (torch::from_blob(m.data, {height, width, 1}, torch::kUInt8).to(torch::kFloat) > 127.5)
      .to(torch::kFloat);
}

// Per-frame ground truth (frameTruth's entries) into `out` (pose, translation, keypoints, cameras).
void readFrameTruth(const JsonReader& r, const json& frames, EvaluationFrames& out) {
  if (!frames.is_array() || frames.empty()) r.fail("\"frames\" must be a non-empty list");
  const int64_t n = static_cast<int64_t>(frames.size());
  out.pose = torch::zeros({n, kNumJoints, 3});
  out.translation = torch::zeros({n, 3});
  out.keypoints = torch::zeros({n, kNumKeypoints, 2});
  out.keypoints_3d = torch::zeros({n, kNumKeypoints, 3});
  out.intrinsics = torch::zeros({n, 4});
  out.camera_rotation = torch::zeros({n, 3, 3});
  out.camera_translation = torch::zeros({n, 3});
  for (int64_t i = 0; i < n; ++i) {
    const std::string where = "frame " + std::to_string(i);
    const json& e = frames[i];
    if (r.integer(r.field(e, "frame", where), where + " \"frame\"") != i)
      r.fail(where + " is out of order (frames must be listed in order from 0)");
    out.pose[i].copy_(numberTensor(r, r.field(e, "pose", where), {kNumJoints, 3}, where + " \"pose\""));
    out.translation[i].copy_(
        numberTensor(r, r.field(e, "translation", where), {3}, where + " \"translation\""));
    out.keypoints[i].copy_(
        numberTensor(r, r.field(e, "keypoints_2d", where), {kNumKeypoints, 2}, where + " \"keypoints_2d\""));
    out.keypoints_3d[i].copy_(
        numberTensor(r, r.field(e, "keypoints_3d", where), {kNumKeypoints, 3}, where + " \"keypoints_3d\""));
    const json& c = r.field(e, "camera", where);
    const char* names[4] = {"fx", "fy", "cx", "cy"};
    for (int k = 0; k < 4; ++k)
      out.intrinsics[i][k] = r.number(r.field(c, names[k], where + " camera"), where + " camera " + names[k]);
    if (!(out.intrinsics[i][0].item<float>() > 0 && out.intrinsics[i][1].item<float>() > 0))
      r.fail(where + " camera must have positive focal lengths");
    out.camera_rotation[i].copy_(
        numberTensor(r, r.field(c, "rotation", where + " camera"), {3, 3}, where + " camera rotation"));
    out.camera_translation[i].copy_(
        numberTensor(r, r.field(c, "translation", where + " camera"), {3}, where + " camera translation"));
  }
}

// A novel-pose or novel-view set: frames.json plus its images and masks.
EvaluationFrames readEvalSet(const fs::path& dir) {
  const fs::path path = dir / "frames.json";
  const json j = readJson(path);
  const JsonReader r{path.string()};
  r.format(j, "palma-synthetic-eval-set");
  EvaluationFrames out;
  const int64_t width = r.integer(r.field(j, "width", "the file"), "\"width\"");
  const int64_t height = r.integer(r.field(j, "height", "the file"), "\"height\"");
  if (width < 11 || height < 11 || width > 16384 || height > 16384)
    r.fail("the frame size " + std::to_string(width) + " x " + std::to_string(height) +
           " is out of range (11..16384)");
  out.width = static_cast<int>(width);
  out.height = static_cast<int>(height);
  const json& frames = r.field(j, "frames", "the file");
  readFrameTruth(r, frames, out);
  const int64_t n = out.numFrames();
  out.images = torch::zeros({n, height, width, 3});
  out.masks = torch::zeros({n, height, width, 1});
  for (int64_t i = 0; i < n; ++i) {
    out.images[i].copy_(readColourImage(dir / "images" / frameName(i), width, height));
    out.masks[i].copy_(readMaskImage(dir / "masks" / frameName(i), width, height));
  }
  return out;
}

}  // namespace

WrittenCapture writeSyntheticCapture(const SyntheticCapture& capture, const std::string& folder,
                                     VideoCodec codec) {
  const fs::path dir(folder);
  ensureFolder(dir.string());
  ensureFolder((dir / "masks").string());
  const SyntheticFrames& f = capture.frames;
  const SyntheticSettings& s = capture.settings;
  if (f.numFrames() < 1) throw Error("the synthetic capture has no frames to write");

  WrittenCapture written = writeVideo(f.images, dir, codec);
  ensureFolder((dir / "clean").string());
  for (int64_t i = 0; i < f.numFrames(); ++i) {
    writePng(dir / "masks" / frameName(i), toGray8(f.masks[i]));
    writePng(dir / "clean" / frameName(i), toBgr8(f.clean_images[i]));
  }
  writeJson(dir / "keypoints.json", keypointsJson(f.keypoints, f.width, f.height));
  writeJson(dir / "camera.json", cameraJson(f));

  json truth = {{"format", "palma-synthetic-ground-truth"},
                {"version", 1},
                {"settings", settingsJson(s)},
                {"model_spec", capture.ground_truth.avatar.model_spec},
                {"subdivision_levels", capture.ground_truth.avatar.subdivision_levels},
                {"shape", rows(capture.ground_truth.avatar.shape.view({1, -1}))[0]},
                {"lighting", lightingJson(capture.ground_truth.avatar.lighting)},
                {"video", {{"file", written.video_file}, {"codec", written.codec}}}};
  json frames = json::array();
  for (int64_t i = 0; i < f.numFrames(); ++i) frames.push_back(frameTruth(capture.motion, f, i));
  truth["frames"] = frames;
  truth["clean_frames"] = "clean";
  if (capture.novel_pose_frames.numFrames() > 0) {
    writeEvalSet(dir / "novel_poses", "novel_poses", capture.novel_pose_motion, capture.novel_pose_frames);
    truth["novel_poses"] = "novel_poses/frames.json";
  }
  if (capture.novel_view_frames.numFrames() > 0) {
    writeEvalSet(dir / "novel_views", "novel_views", capture.novel_view_motion, capture.novel_view_frames);
    truth["novel_views"] = "novel_views/frames.json";
  }
  writeJson(dir / "ground_truth.json", truth);
  writeJson(dir / "capture.json", {{"format", "palma-capture"},
                                   {"version", 1},
                                   {"video", written.video_file},
                                   {"codec", written.codec},
                                   {"frames", f.numFrames()},
                                   {"width", f.width},
                                   {"height", f.height},
                                   {"handedness", handednessName(s.handedness)},
                                   {"masks", "masks"},
                                   {"keypoints", "keypoints.json"},
                                   {"camera", "camera.json"}});
  return written;
}

void writeCaptureFolder(const PreparedCapture& capture, const std::string& folder,
                        const ProgressCallback& progress) {
  capture.validate();
  const fs::path dir(folder);
  ensureFolder(dir.string());
  ensureFolder((dir / "images").string());
  ensureFolder((dir / "masks").string());
  const int64_t n = capture.numFrames();
  for (int64_t i = 0; i < n; ++i) {
    writePng(dir / "images" / frameName(i), toBgr8(capture.images[i]));
    writePng(dir / "masks" / frameName(i), toGray8(capture.masks[i]));
    if (progress)
      progress({static_cast<double>(i + 1) / static_cast<double>(n), "write",
                "frame " + std::to_string(i + 1) + " of " + std::to_string(n)});
  }
  writeJson(dir / "keypoints.json", keypointsJson(capture.keypoints, capture.width, capture.height));
  writeJson(dir / "camera.json", cameraJson(capture.intrinsics, capture.width, capture.height));
  json manifest = {{"format", "palma-capture"},
                   {"version", 1},
                   {"images", "images"},
                   {"frames", n},
                   {"width", capture.width},
                   {"height", capture.height},
                   {"handedness", handednessName(capture.handedness)},
                   {"masks", "masks"},
                   {"keypoints", "keypoints.json"},
                   {"camera", "camera.json"}};
  if (static_cast<int64_t>(capture.frame_indices.size()) == n)
    manifest["source_frames"] = capture.frame_indices;
  writeJson(dir / "capture.json", manifest);
}

PreparedCapture loadCaptureFolder(const std::string& folder) {
  const fs::path dir(folder);
  if (fs::is_regular_file(dir))
    throw InputError(
        "'" + folder +
        "' is a file, not a capture folder: reconstruction reads a folder with the video, masks/, "
        "keypoints.json and camera.json (as `palma synth` writes); masks and keypoints for your "
        "own videos come from the capture and preparation step");
  if (!fs::is_directory(dir))
    throw InputError("the capture folder '" + folder + "' does not exist or is not a folder");
  PreparedCapture out;

  // The manifest is optional; without it the defaults apply (right hand, video.mp4/.avi).
  json manifest = json::object();
  if (fs::exists(dir / "capture.json")) {
    manifest = readJson(dir / "capture.json");
    const JsonReader r{(dir / "capture.json").string()};
    r.format(manifest, "palma-capture");
    if (manifest.contains("handedness")) {
      const json& h = manifest["handedness"];
      if (!h.is_string() || (h != "right" && h != "left"))
        r.fail("\"handedness\" must be \"right\" or \"left\"");
      out.handedness = h == "right" ? Handedness::Right : Handedness::Left;
    }
  }

  // Keypoints and cameras fix the frame count and size.
  const fs::path kp_path = dir / "keypoints.json", cam_path = dir / "camera.json";
  const json kp = readJson(kp_path), cam = readJson(cam_path);
  const JsonReader kr{kp_path.string()}, cr{cam_path.string()};
  kr.format(kp, "palma-keypoints");
  cr.format(cam, "palma-camera");
  const int64_t width = kr.integer(kr.field(kp, "width", "the file"), "\"width\"");
  const int64_t height = kr.integer(kr.field(kp, "height", "the file"), "\"height\"");
  if (width < 1 || height < 1 || width > 16384 || height > 16384)
    kr.fail("the frame size " + std::to_string(width) + " x " + std::to_string(height) +
            " is out of range (1..16384)");
  if (cr.integer(cr.field(cam, "width", "the file"), "\"width\"") != width ||
      cr.integer(cr.field(cam, "height", "the file"), "\"height\"") != height)
    cr.fail("the frame size differs from keypoints.json (" + std::to_string(width) + " x " +
            std::to_string(height) + ")");
  const json& kp_frames = kr.field(kp, "frames", "the file");
  const json& cam_frames = cr.field(cam, "frames", "the file");
  if (!kp_frames.is_array()) kr.fail("\"frames\" must be a list");
  if (!cam_frames.is_array()) cr.fail("\"frames\" must be a list");
  const int64_t frames = static_cast<int64_t>(kp_frames.size());
  if (frames < 1) kr.fail("lists no frames");
  if (frames > kMaxFrames)
    kr.fail("lists " + std::to_string(frames) + " frames, more than " + std::to_string(kMaxFrames));
  if (static_cast<int64_t>(cam_frames.size()) != frames)
    cr.fail("lists " + std::to_string(cam_frames.size()) + " frames but keypoints.json lists " +
            std::to_string(frames));
  if (static_cast<double>(frames) * width * height * 16.0 > kMaxCaptureBytes)
    kr.fail(std::to_string(frames) + " frames of " + std::to_string(width) + " x " + std::to_string(height) +
            " need more than 16 GiB in memory; subsample or crop the capture");
  if (manifest.contains("frames") &&
      (!manifest["frames"].is_number_integer() || manifest["frames"] != frames))
    throw InputError("'capture.json' and keypoints.json disagree on the number of frames");

  out.width = static_cast<int>(width);
  out.height = static_cast<int>(height);
  out.keypoints = torch::zeros({frames, kNumKeypoints, 3});
  out.intrinsics = torch::zeros({frames, 4});
  auto kacc = out.keypoints.accessor<float, 3>();
  auto iacc = out.intrinsics.accessor<float, 2>();
  for (int64_t i = 0; i < frames; ++i) {
    const std::string where = "frame " + std::to_string(i);
    const json& e = kp_frames[i];
    if (!e.is_null()) {
      if (kr.integer(kr.field(e, "frame", where), where + " \"frame\"") != i)
        kr.fail(where + " has \"frame\" " + e["frame"].dump() + " (frames must be listed in order from 0)");
      const json& points = kr.field(e, "keypoints", where);
      if (!points.is_array() || points.size() != kNumKeypoints)
        kr.fail(where + " must list " + std::to_string(kNumKeypoints) + " keypoints");
      for (int j = 0; j < kNumKeypoints; ++j) {
        const std::string pw = where + " keypoint " + std::to_string(j);
        if (!points[j].is_array() || points[j].size() != 3) kr.fail(pw + " must be [x, y, confidence]");
        for (int c = 0; c < 3; ++c) kacc[i][j][c] = static_cast<float>(kr.number(points[j][c], pw));
        if (kacc[i][j][2] < 0 || kacc[i][j][2] > 1) kr.fail(pw + " has a confidence outside [0, 1]");
      }
    }
    const json& c = cam_frames[i];
    if (cr.integer(cr.field(c, "frame", where), where + " \"frame\"") != i)
      cr.fail(where + " has \"frame\" " + c["frame"].dump() + " (frames must be listed in order from 0)");
    const char* names[4] = {"fx", "fy", "cx", "cy"};
    for (int k = 0; k < 4; ++k)
      iacc[i][k] =
          static_cast<float>(cr.number(cr.field(c, names[k], where), where + " \"" + names[k] + "\""));
    if (!(iacc[i][0] > 0 && iacc[i][1] > 0)) cr.fail(where + " must have positive focal lengths");
  }

  // Masks.
  out.masks = torch::zeros({frames, height, width, 1});
  for (int64_t i = 0; i < frames; ++i) {
    const fs::path path = dir / "masks" / frameName(i);
    if (!fs::is_regular_file(path))
      throw InputError("the capture folder has no mask for frame " + std::to_string(i) + " ('" +
                       path.string() + "')");
    const cv::Mat m = cv::imread(path.string(), cv::IMREAD_GRAYSCALE);
    if (m.empty()) throw InputError("'" + path.string() + "' cannot be read as an image");
    if (m.cols != width || m.rows != height)
      throw InputError("'" + path.string() + "' is " + std::to_string(m.cols) + " x " +
                       std::to_string(m.rows) + " but the frames are " + std::to_string(width) + " x " +
                       std::to_string(height));
    out.masks[i].copy_(torch::from_blob(m.data, {height, width, 1}, torch::kUInt8).to(torch::kFloat) / 255.0);
  }

  out.frame_indices.resize(frames);
  for (int64_t i = 0; i < frames; ++i) out.frame_indices[i] = static_cast<int>(i);
  if (manifest.contains("source_frames")) {
    const json& sf = manifest["source_frames"];
    if (!sf.is_array() || static_cast<int64_t>(sf.size()) != frames)
      throw InputError("'capture.json': \"source_frames\" must list one source frame number per frame");
    for (int64_t i = 0; i < frames; ++i) {
      if (!sf[i].is_number_integer() || sf[i].get<int64_t>() < 0)
        throw InputError("'capture.json': \"source_frames\" must hold frame numbers >= 0");
      out.frame_indices[i] = sf[i].get<int>();
    }
  }

  // Frames as a PNG sequence (what the preparation step writes, lossless) ...
  if (manifest.contains("images")) {
    if (!manifest["images"].is_string()) throw InputError("'capture.json': \"images\" must be a folder name");
    const std::string name = manifest["images"].get<std::string>();
    if (name.empty() || fs::path(name).is_absolute() || name.find("..") != std::string::npos)
      throw InputError("'capture.json': \"images\" must name a folder inside the capture folder, got '" +
                       name + "'");
    out.images = torch::zeros({frames, height, width, 3});
    for (int64_t i = 0; i < frames; ++i)
      out.images[i].copy_(readColourImage(dir / name / frameName(i), width, height));
    return out;
  }

  // ... or a video, decoded sequentially (seeking is not frame-accurate with B-frames).
  const fs::path video = findVideo(dir, manifest);
  cv::VideoCapture reader(video.string(), cv::CAP_FFMPEG);
  if (!reader.isOpened()) throw InputError("cannot decode the video '" + video.string() + "'");
  out.images = torch::zeros({frames, height, width, 3});
  cv::Mat frame, rgb;
  int64_t decoded = 0;
  while (reader.read(frame)) {
    if (decoded >= frames)
      throw InputError("the video '" + video.string() + "' has more frames than keypoints.json lists (" +
                       std::to_string(frames) + ")");
    if (frame.cols != width || frame.rows != height || frame.type() != CV_8UC3)
      throw InputError("frame " + std::to_string(decoded) + " of '" + video.string() + "' is " +
                       std::to_string(frame.cols) + " x " + std::to_string(frame.rows) +
                       " but keypoints.json says " + std::to_string(width) + " x " + std::to_string(height));
    cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
    out.images[decoded].copy_(
        torch::from_blob(rgb.data, {height, width, 3}, torch::kUInt8).to(torch::kFloat) / 255.0);
    ++decoded;
  }
  if (decoded != frames)
    throw InputError("the video '" + video.string() + "' has " + std::to_string(decoded) +
                     " frames but keypoints.json lists " + std::to_string(frames));
  return out;
}

EvaluationData loadEvaluationData(const std::string& capture_folder) {
  const fs::path dir(capture_folder);
  if (!fs::is_directory(dir))
    throw InputError("the capture folder '" + capture_folder + "' does not exist or is not a folder");
  const fs::path truth_path = dir / "ground_truth.json";
  if (!fs::is_regular_file(truth_path))
    throw InputError("the capture folder '" + capture_folder +
                     "' has no ground truth (ground_truth.json): only synthetic captures made by "
                     "`palma synth` can be evaluated");
  EvaluationData out;
  const fs::path avatar = dir / "ground_truth.palma-avatar";
  if (!fs::is_directory(avatar))
    throw InputError("the capture folder '" + capture_folder +
                     "' has no ground-truth avatar (ground_truth.palma-avatar, written by `palma synth`)");
  out.ground_truth_avatar = avatar.string();

  const json truth = readJson(truth_path);
  const JsonReader r{truth_path.string()};
  r.format(truth, "palma-synthetic-ground-truth");
  const json& settings = r.field(truth, "settings", "the file");
  const int64_t width = r.integer(r.field(settings, "width", "\"settings\""), "\"settings\" width");
  const int64_t height = r.integer(r.field(settings, "height", "\"settings\""), "\"settings\" height");
  if (width < 11 || height < 11 || width > 16384 || height > 16384)
    r.fail("the frame size " + std::to_string(width) + " x " + std::to_string(height) +
           " is out of range (11..16384)");
  out.capture.width = static_cast<int>(width);
  out.capture.height = static_cast<int>(height);
  readFrameTruth(r, r.field(truth, "frames", "the file"), out.capture);
  const int64_t n = out.capture.numFrames();

  out.capture.masks = torch::zeros({n, height, width, 1});
  for (int64_t i = 0; i < n; ++i)
    out.capture.masks[i].copy_(readMaskImage(dir / "masks" / frameName(i), width, height));
  if (fs::is_directory(dir / "clean")) {
    out.capture.images = torch::zeros({n, height, width, 3});
    for (int64_t i = 0; i < n; ++i)
      out.capture.images[i].copy_(readColourImage(dir / "clean" / frameName(i), width, height));
  }
  if (fs::is_regular_file(dir / "novel_poses" / "frames.json"))
    out.novel_poses = readEvalSet(dir / "novel_poses");
  if (fs::is_regular_file(dir / "novel_views" / "frames.json"))
    out.novel_views = readEvalSet(dir / "novel_views");
  return out;
}

}  // namespace palma::eval
