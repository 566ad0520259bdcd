// palma render: images of an avatar (its captured motion, pose presets from chosen views, turntables),
// written as PNG frames or a video.
#include <stdlib.h>
#include <unistd.h>

#include <torch/torch.h>

#include <Eigen/Geometry>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/hand_inputs.h"
#include "core/avatar/avatar.h"
#include "core/avatar/avatar_io.h"
#include "core/avatar/avatar_ops.h"
#include "core/common/atomic_file.h"
#include "core/common/threads.h"
#include "core/model/model_spec.h"
#include "core/model/pose_presets.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;
constexpr double kPi = 3.14159265358979323846;

enum class View { Palm, Back, Side };

std::vector<std::string> splitList(const std::string& text, const std::string& option) {
  std::vector<std::string> items;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty()) throw UsageError("option --" + option + ": empty item in '" + text + "'");
    items.push_back(item);
  }
  if (items.empty() || text.back() == ',')
    throw UsageError("option --" + option + ": empty item in '" + text + "'");
  return items;
}

struct ImageSize {
  int width = 0, height = 0;
};

ImageSize parseSize(const std::string& text) {
  const auto x = text.find_first_of("xX");
  if (x == std::string::npos || text.find_first_of("xX", x + 1) != std::string::npos)
    throw UsageError("option --size: '" + text + "' is not WIDTHxHEIGHT (e.g. 512x512)");
  ImageSize size;
  size.width = parseInteger(text.substr(0, x), "option --size: width");
  size.height = parseInteger(text.substr(x + 1), "option --size: height");
  if (size.width < 16 || size.width > 4096 || size.height < 16 || size.height > 4096)
    throw UsageError("option --size: width and height must be 16..4096 pixels, got " + text);
  return size;
}

Eigen::Vector3f parseBackground(const std::string& text) {
  const auto items = splitList(text, "background");
  if (items.size() != 3) throw UsageError("option --background: '" + text + "' is not three values R,G,B");
  Eigen::Vector3f colour;
  for (int c = 0; c < 3; ++c) {
    colour[c] = static_cast<float>(parseNumber(items[c], "option --background"));
    if (colour[c] < 0.0f || colour[c] > 1.0f)
      throw UsageError("option --background: values are 0..1 (1,1,1 is white), got " + items[c]);
  }
  return colour;
}

View parseView(const std::string& name) {
  if (name == "palm") return View::Palm;
  if (name == "back") return View::Back;
  if (name == "side") return View::Side;
  throw UsageError("option --view: unknown view '" + name + "' (known views: palm, back, side)");
}

// The directions of the hand in its rest frame (shaped joints of the template): `up` from the wrist to
// the middle finger's knuckle, `palmar` out of the palm (where flexed fingers go) and `radial` toward
// the thumb's side, an orthonormal set.
struct HandAxes {
  Eigen::Vector3f up, palmar, radial;
};

HandAxes handAxes(const HandModel& tmpl, const Eigen::VectorXf& beta) {
  const MatrixX3f joints = tmpl.shapedJoints(beta);
  const Eigen::Vector3f wrist = joints.row(0).transpose();
  const Eigen::Vector3f knuckle = joints.row(jointIndex(kMiddle, 0)).transpose();
  const Eigen::Vector3f bone = joints.row(jointIndex(kMiddle, 1)).transpose() - knuckle;
  HandAxes axes;
  axes.up = (knuckle - wrist).normalized();
  // Flex the middle finger's knuckle by 90 degrees: its bone then points out of the palm.
  PoseMatrix angles = PoseMatrix::Zero();
  angles(jointIndex(kMiddle, 0), 0) = static_cast<float>(kPi / 2);
  const Eigen::Vector3f aa = anatomicalToPose(tmpl, angles).row(jointIndex(kMiddle, 0)).transpose();
  const Eigen::Vector3f flexed =
      aa.norm() > 0 ? Eigen::AngleAxisf(aa.norm(), aa.normalized()) * bone : Eigen::Vector3f(bone);
  axes.palmar = flexed - flexed.dot(axes.up) * axes.up;
  const Eigen::Vector3f across =
      (joints.row(jointIndex(kIndex, 0)) - joints.row(jointIndex(kPinky, 0))).transpose();
  if (axes.palmar.norm() < 1e-6f * bone.norm() || across.norm() < 1e-6f || bone.norm() < 1e-6f)
    throw Error("the hand template '" + tmpl.name +
                "' has a degenerate skeleton (cannot tell palm from back)");
  axes.palmar.normalize();
  axes.radial = across - across.dot(axes.up) * axes.up - across.dot(axes.palmar) * axes.palmar;
  if (axes.radial.norm() < 1e-6f)
    throw Error("the hand template '" + tmpl.name + "' has a degenerate skeleton (cannot tell its sides)");
  axes.radial.normalize();
  return axes;
}

// The rotation from the hand's rest frame to the camera (x right, y down, z forward) that shows the
// hand upright (fingers toward the top of the image) with the palm, the back or the thumb's side
// toward the camera.
Eigen::Matrix3f viewRotation(const HandAxes& axes, View view) {
  const Eigen::Vector3f facing = view == View::Palm   ? axes.palmar
                                 : view == View::Back ? -axes.palmar
                                                      : axes.radial;
  Eigen::Matrix3f hand, image;
  hand.col(0) = axes.up;
  hand.col(1) = facing;
  hand.col(2) = axes.up.cross(facing);
  image.col(0) = Eigen::Vector3f(0, -1, 0);  // up in the image
  image.col(1) = Eigen::Vector3f(0, 0, -1);  // toward the camera
  image.col(2) = image.col(0).cross(image.col(1));
  return image * hand.transpose();
}

torch::Tensor poseTensor(const PoseMatrix& pose) {
  return torch::from_blob(const_cast<float*>(pose.data()), {1, kNumJoints, 3}, torch::kFloat32).clone();
}

// The frames to render: B poses, translations and intrinsics at one image size.
struct FramePlan {
  std::vector<torch::Tensor> pose, translation, intrinsics;  // [16,3], [3], [4] per frame
  int width = 0, height = 0;
  int64_t size() const { return static_cast<int64_t>(pose.size()); }
};

// A pose (finger articulation; its global rotation is replaced) seen from synthetic cameras.
struct PoseShot {
  std::string name;
  PoseMatrix pose;
  Eigen::Vector3f centre;  // bounding sphere of the avatar in this pose (no global rotation, no translation)
  float radius = 0;
};

PoseShot measurePose(const Rig& rig, const HandModel& tmpl, const Avatar& avatar, const std::string& name,
                     PoseMatrix pose) {
  pose.row(0).setZero();
  const auto vertices = poseAvatar(rig, tmpl, avatar, poseTensor(pose), torch::zeros({1, 3}))
                            .vertices[0]
                            .contiguous();  // [N,3]
  const auto lo = std::get<0>(vertices.min(0)), hi = std::get<0>(vertices.max(0));
  const auto centre = (lo + hi) * 0.5;
  PoseShot shot;
  shot.name = name;
  shot.pose = pose;
  shot.centre = {centre[0].item<float>(), centre[1].item<float>(), centre[2].item<float>()};
  shot.radius = (vertices - centre).norm(2, {1}).max().item<float>();
  return shot;
}

// Adds a frame of `shot` turned by `rotation` (hand rest frame -> camera), its bounding sphere's
// centre `distance` metres in front of the camera.
void addShot(FramePlan& plan, const PoseShot& shot, const Eigen::Matrix3f& rotation,
             const Eigen::Vector3f& wrist, double distance, const render::Camera& camera) {
  // Skinning turns the hand about its wrist joint j0: x -> R (x - j0) + j0 + t.
  const Eigen::Vector3f t =
      Eigen::Vector3f(0, 0, static_cast<float>(distance)) - wrist - rotation * (shot.centre - wrist);
  const Eigen::AngleAxisf aa(rotation);
  PoseMatrix pose = shot.pose;
  pose.row(0) = (aa.angle() * aa.axis()).transpose();
  plan.pose.push_back(poseTensor(pose)[0]);
  plan.translation.push_back(torch::tensor({t.x(), t.y(), t.z()}));
  plan.intrinsics.push_back(torch::tensor({static_cast<float>(camera.fx), static_cast<float>(camera.fy),
                                           static_cast<float>(camera.cx), static_cast<float>(camera.cy)}));
}

// Writes 8-bit frames as DIR/frame_000000.png, ... (each replaced atomically).
class PngFrames {
 public:
  explicit PngFrames(std::string dir) : dir_(std::move(dir)) {}
  void write(const cv::Mat& bgr) {
    std::vector<uchar> buffer;
    if (!cv::imencode(".png", bgr, buffer))
      throw Error("cannot encode frame " + std::to_string(count_) + " as PNG");
    writeFileAtomically(path(count_), [&](std::ostream& os) {
      os.write(reinterpret_cast<const char*>(buffer.data()), static_cast<std::streamsize>(buffer.size()));
    });
    ++count_;
  }
  std::string path(int index) const {
    char name[32];
    std::snprintf(name, sizeof(name), "frame_%06d.png", index);
    return (fs::path(dir_) / name).string();
  }

 private:
  std::string dir_;
  int count_ = 0;
};

// A video written to a temporary file next to its destination and renamed into place when complete.
// MP4 tries H.264 ('avc1'), then MPEG-4 Part 2 ('mp4v'), then falls back to Motion JPEG in an .avi file
// of the same name; .avi asks for Motion JPEG directly.
class VideoFrames {
 public:
  VideoFrames(const std::string& path, double fps, int width, int height) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    struct Attempt {
      const char* fourcc;
      const char* description;
      std::string ext;
    };
    std::vector<Attempt> attempts;
    if (ext == ".mp4" || ext == ".m4v" || ext == ".mov") {
      attempts = {{"avc1", "H.264 (avc1)", ext},
                  {"mp4v", "MPEG-4 Part 2 (mp4v)", ext},
                  {"MJPG", "Motion JPEG (MJPG)", ".avi"}};
    } else {
      attempts = {{"MJPG", "Motion JPEG (MJPG)", ".avi"}};
    }
    const fs::path target(path);
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    // OpenCV logs a warning for every codec it cannot open; only the outcome is of interest here.
    const auto level = cv::utils::logging::getLogLevel();
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    for (const Attempt& a : attempts) {
      std::string tmp = (dir / ("." + target.stem().string() + ".palma-XXXXXX" + a.ext)).string();
      const int fd = ::mkstemps(tmp.data(), static_cast<int>(a.ext.size()));
      if (fd < 0) {
        cv::utils::logging::setLogLevel(level);
        throw Error("cannot write '" + path + "': cannot create a file in '" + dir.string() + "'");
      }
      ::close(fd);
      const int fourcc = cv::VideoWriter::fourcc(a.fourcc[0], a.fourcc[1], a.fourcc[2], a.fourcc[3]);
      const int api = a.ext == ".avi" ? cv::CAP_ANY : cv::CAP_FFMPEG;
      if (writer_.open(tmp, api, fourcc, fps, cv::Size(width, height), true) && writer_.isOpened()) {
        tmp_ = tmp;
        path_ = (target.parent_path() / (target.stem().string() + a.ext)).string();
        codec_ = a.description;
        break;
      }
      writer_.release();
      ::unlink(tmp.c_str());
    }
    cv::utils::logging::setLogLevel(level);
    if (tmp_.empty())
      throw Error("cannot write '" + path +
                  "': OpenCV has no video encoder for it here; write PNG frames with --out DIR");
  }
  ~VideoFrames() {
    if (!tmp_.empty()) {
      writer_.release();
      ::unlink(tmp_.c_str());
    }
  }
  VideoFrames(const VideoFrames&) = delete;
  VideoFrames& operator=(const VideoFrames&) = delete;

  void write(const cv::Mat& bgr) { writer_.write(bgr); }
  // Closes the file and moves it to its destination; returns that path (.avi after a fallback).
  std::string finish() {
    writer_.release();
    std::error_code ec;
    if (fs::file_size(tmp_, ec) == 0 || ec) throw Error("the video encoder wrote nothing to '" + path_ + "'");
    fs::rename(tmp_, path_, ec);
    if (ec) throw Error("cannot write '" + path_ + "': " + ec.message());
    tmp_.clear();
    return path_;
  }
  const std::string& codec() const { return codec_; }

 private:
  cv::VideoWriter writer_;
  std::string tmp_, path_, codec_;
};

// Creates the output directory (and its parents) and checks that files can be created in it.
void prepareOutputDirectory(const std::string& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    throw Error("cannot write frames into '" + dir + "': it exists and is not a directory");
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw Error("cannot create the output directory '" + dir + "': " + ec.message());
  // Root passes access() checks where creating a file still fails (/proc): try it.
  std::string probe = (fs::path(dir) / ".palma-render-XXXXXX").string();
  const int fd = ::mkstemp(probe.data());
  if (fd < 0) throw Error("cannot write frames into '" + dir + "': cannot create a file there");
  ::close(fd);
  ::unlink(probe.c_str());
}

int runRender(const std::vector<std::string>& args) {
  ArgParser parser(
      "palma render",
      "Render an avatar: its captured motion as the capture's cameras saw it, pose presets from\n"
      "the palm, the back or the side, or a turntable around the hand, with the avatar's own\n"
      "texture maps and lighting. Frames are PNG files (8-bit, in the avatar's colour space:\n"
      "sRGB-encoded like its albedo) or a video.");
  parser.positional("AVATAR_FOLDER", "An avatar folder (NAME.palma-avatar, docs/avatar-format.md).")
      .option("out", "DIR",
              "Write the frames as DIR/frame_000000.png, frame_000001.png, ... (created if missing).")
      .option("video", "FILE.mp4",
              "Write the frames as a video: .mp4 (H.264, else MPEG-4 Part 2, else Motion JPEG as .avi)\n"
              "      or .avi (Motion JPEG).")
      .flag("captured", "Render the avatar's captured motion with the capture's cameras.")
      .option(
          "pose", "NAMES",
          "Pose presets or pose files (comma-separated; 'palma model presets' lists the presets), one\n"
          "      frame per pose and view (pose files: see 'palma model export --help'). With --turntable:\n"
          "      the turntable's pose(s) (default: relaxed).")
      .option("turntable", "N", "N frames turning the hand once (360 degrees) about its vertical axis.")
      .option("view", "VIEWS",
              "palm, back or side (the thumb's side) toward the camera, hand upright; comma-separated for\n"
              "      several views of --pose. A turntable starts from one view.",
              "palm")
      .option("size", "WxH",
              "Image size in pixels, 16..4096 each (default: 512x512; --captured: the capture's size).")
      .option("fov", "DEGREES", "Vertical field of view of the camera for --pose and --turntable.", "40")
      .option("distance", "METRES",
              "Camera distance from the hand's centre (default: the hand's bounding sphere fills the view).")
      .option("background", "R,G,B", "Background colour, each value 0..1 (1,1,1 is white).", "0,0,0")
      .flag("no-shadows", "Switch off the soft shadows of the avatar's lighting.")
      .option("fps", "N", "Frames per second of --video.", "30")
      .option("batch", "N", "Frames rendered together (memory grows with it), 1..64.", "4")
      .option("threads", "N", "Worker threads (0: one per core).", "0")
      .epilog(
          "The avatar's own lighting is used (it was estimated in the capture camera's frame and stays\n"
          "fixed to the camera: a turntable turns the hand, not the light). Existing frame files in DIR\n"
          "are replaced one by one; other files are left alone.\n\n"
          "Examples:\n"
          "  palma render hand.palma-avatar --captured --video capture.mp4\n"
          "  palma render hand.palma-avatar --pose fist,point,ok --view palm,back --out poses\n"
          "  palma render hand.palma-avatar --turntable 36 --pose fist --size 512x512 --out turntable\n");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }

  // ---- The command line, checked before anything is loaded ----
  if (parsed.positionals().empty())
    throw UsageError("'palma render' needs an AVATAR_FOLDER (see 'palma render --help')");
  const std::string folder = parsed.positionals()[0];
  const auto out_dir = parsed.find("out");
  const auto video_path = parsed.find("video");
  if (!out_dir && !video_path)
    throw UsageError("'palma render' needs --out DIR or --video FILE.mp4 (see 'palma render --help')");
  const bool captured = parsed.flag("captured");
  const bool turntable = parsed.has("turntable");
  const bool posed = parsed.has("pose");
  if (!captured && !turntable && !posed)
    throw UsageError(
        "'palma render' needs --captured, --pose NAMES or --turntable N (see 'palma render --help')");
  if (captured && (turntable || posed))
    throw UsageError(
        "--captured renders the capture's own cameras and cannot be combined with --pose or --turntable");
  if (captured)
    for (const char* option : {"view", "fov", "distance"})
      if (parsed.has(option))
        throw UsageError(
            std::string("--") + option +
            " applies to --pose and --turntable, not to --captured (it uses the capture's cameras)");
  const int turns = turntable ? parsed.getInt("turntable", 1, 3600) : 0;
  std::vector<View> views;
  for (const auto& name : splitList(parsed.get("view"), "view")) views.push_back(parseView(name));
  if (turntable && views.size() != 1)
    throw UsageError("--turntable starts from one --view, got " + parsed.get("view"));
  const std::vector<std::string> pose_names = splitList(parsed.find("pose").value_or("relaxed"), "pose");
  for (const auto& name : pose_names)
    if (name.size() < 5 || name.substr(name.size() - 5) != ".json")
      posePresetAngles(name);  // names the presets
  // Zero width/distance: not given (the capture's size, automatic framing).
  const ImageSize size = parsed.has("size") ? parseSize(parsed.get("size")) : ImageSize{};
  const double fov = parsed.getDouble("fov", 1.0, 170.0);
  const double distance = parsed.has("distance") ? parsed.getDouble("distance", 0.01, 100.0) : 0.0;
  const Eigen::Vector3f background = parseBackground(parsed.get("background"));
  const double fps = parsed.getDouble("fps", 0.1, 1000.0);
  const int batch = parsed.getInt("batch", 1, 64);
  const int threads = parsed.getInt("threads", 0, 256);
  if (video_path) {
    std::string ext = fs::path(*video_path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext != ".mp4" && ext != ".m4v" && ext != ".mov" && ext != ".avi")
      throw UsageError("option --video: '" + *video_path + "' must end in .mp4, .m4v, .mov or .avi");
    const fs::path dir = fs::path(*video_path).parent_path();
    if (!dir.empty() && !fs::is_directory(dir))
      throw Error("cannot write '" + *video_path + "': the directory '" + dir.string() + "' does not exist");
  }
  if (out_dir) prepareOutputDirectory(*out_dir);

  // ---- The avatar and its template ----
  const auto start = std::chrono::steady_clock::now();
  configureThreads(threads);
  torch::NoGradGuard no_grad;
  Avatar avatar = loadAvatar(folder);
  const HandModel tmpl = avatarTemplate(loadHandModel(avatar.model_spec), avatar);
  validateAvatar(avatar, tmpl);
  if (parsed.flag("no-shadows")) avatar.lighting.shadows = false;
  const Rig rig = makeRig(tmpl);

  // ---- The frames ----
  FramePlan plan;
  if (captured) {
    const CapturedMotion& m = avatar.motion;
    if (m.numFrames() == 0)
      throw InputError("the avatar '" + folder +
                       "' has no captured motion to render (use --pose or --turntable)");
    plan.width = size.width > 0 ? size.width : m.width;
    plan.height = size.width > 0 ? size.height : m.height;
    const auto intrinsics = m.intrinsics.contiguous();
    for (int64_t f = 0; f < m.numFrames(); ++f) {
      render::Camera camera;
      camera.fx = intrinsics[f][0].item<double>();
      camera.fy = intrinsics[f][1].item<double>();
      camera.cx = intrinsics[f][2].item<double>();
      camera.cy = intrinsics[f][3].item<double>();
      camera.width = m.width;
      camera.height = m.height;
      if (size.width > 0) camera = camera.resized(plan.width, plan.height);
      plan.pose.push_back(m.pose[f]);
      plan.translation.push_back(m.translation[f]);
      plan.intrinsics.push_back(
          torch::tensor({static_cast<float>(camera.fx), static_cast<float>(camera.fy),
                         static_cast<float>(camera.cx), static_cast<float>(camera.cy)}));
    }
  } else {
    plan.width = size.width > 0 ? size.width : 512;
    plan.height = size.width > 0 ? size.height : 512;
    const render::Camera camera = render::Camera::fromFieldOfView(fov, plan.width, plan.height);
    const int64_t k = avatar.shape.size(0);
    const Eigen::VectorXf beta =
        Eigen::Map<const Eigen::VectorXf>(avatar.shape.contiguous().data_ptr<float>(), k);
    const HandAxes axes = handAxes(tmpl, beta);
    const Eigen::Vector3f wrist = tmpl.shapedJoints(beta).row(0).transpose();
    std::vector<PoseShot> shots;
    float radius = 0;
    for (const auto& name : pose_names) {
      shots.push_back(measurePose(rig, tmpl, avatar, name, loadPose(name, tmpl)));
      radius = std::max(radius, shots.back().radius);
    }
    // One distance for every frame, so that the poses keep their relative sizes.
    const double half_angle =
        std::min(std::atan(0.5 * plan.height / camera.fy), std::atan(0.5 * plan.width / camera.fx));
    const double d = distance > 0 ? distance : 1.05 * radius / std::sin(half_angle);
    if (d <= radius + 0.01) {
      std::ostringstream os;
      os << "--distance " << d << " m puts the camera inside the hand (its bounding sphere has a radius of "
         << radius << " m)";
      throw InputError(os.str());
    }
    for (const PoseShot& shot : shots) {
      if (turntable) {
        const Eigen::Matrix3f start_view = viewRotation(axes, views[0]);
        for (int i = 0; i < turns; ++i) {
          const Eigen::Matrix3f turn =
              Eigen::AngleAxisf(static_cast<float>(2 * kPi * i / turns), axes.up).toRotationMatrix();
          addShot(plan, shot, start_view * turn, wrist, d, camera);
        }
      } else {
        for (View view : views) addShot(plan, shot, viewRotation(axes, view), wrist, d, camera);
      }
    }
  }

  // ---- Rendering and output ----
  std::optional<PngFrames> png;
  if (out_dir) png.emplace(*out_dir);
  std::unique_ptr<VideoFrames> video;
  if (video_path) video = std::make_unique<VideoFrames>(*video_path, fps, plan.width, plan.height);

  render::Renderer renderer;
  render::RenderSettings settings;
  settings.background = torch::tensor({background.x(), background.y(), background.z()});
  settings.geometry_outputs = false;
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  const int64_t total = plan.size();
  const auto render_start = std::chrono::steady_clock::now();
  for (int64_t first = 0; first < total; first += batch) {
    const int64_t last = std::min<int64_t>(total, first + batch);
    const auto slice = [&](const std::vector<torch::Tensor>& v) {
      return torch::stack(std::vector<torch::Tensor>(v.begin() + first, v.begin() + last));
    };
    render::CameraBatch cameras;
    cameras.intrinsics = slice(plan.intrinsics);
    cameras.width = plan.width;
    cameras.height = plan.height;
    const auto out = renderAvatar(renderer, rig, tmpl, avatar, slice(plan.pose), slice(plan.translation),
                                  cameras, settings);
    const auto bytes = out.image.clamp(0.0, 1.0).mul(255.0).round().to(torch::kUInt8).contiguous();
    for (int64_t b = 0; b < last - first; ++b) {
      const cv::Mat rgb(plan.height, plan.width, CV_8UC3, bytes[b].data_ptr<uint8_t>());
      cv::Mat bgr;
      cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
      if (png) png->write(bgr);
      if (video) video->write(bgr);
    }
    if (tty) std::cerr << "\rpalma render: " << last << "/" << total << " frames" << std::flush;
  }
  if (tty) std::cerr << "\n";
  const double render_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - render_start).count();
  const double total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::ostringstream summary;
  summary.setf(std::ios::fixed);
  summary.precision(1);
  summary << "rendered " << total << " frame" << (total == 1 ? "" : "s") << " of " << plan.width << "x"
          << plan.height << " in " << total_s << " s (" << 1000.0 * render_s / total << " ms per frame)\n";
  if (png)
    summary << "wrote " << png->path(0)
            << (total > 1 ? " .. " + fs::path(png->path(total - 1)).filename().string() : "") << "\n";
  if (video) {
    const std::string written = video->finish();
    summary << "wrote " << written << " (" << video->codec() << ", " << fps << " fps)\n";
  }
  std::cout << summary.str();
  return 0;
}

}  // namespace

Command renderCommand() {
  return {"render", "Render an avatar: captured motion, poses, turntables (PNG or video)", runRender};
}

}  // namespace palma::cli
