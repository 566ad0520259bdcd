#include "core/avatar/avatar_render.h"

#include <stdlib.h>
#include <unistd.h>

#include <torch/torch.h>

#include <Eigen/Geometry>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <optional>
#include <sstream>

#include "core/avatar/avatar_ops.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/memory.h"

namespace palma {
namespace {

namespace fs = std::filesystem;
constexpr double kPi = 3.14159265358979323846;

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
Eigen::Matrix3f viewRotation(const HandAxes& axes, RenderView view) {
  const Eigen::Vector3f facing = view == RenderView::Palm   ? axes.palmar
                                 : view == RenderView::Back ? -axes.palmar
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
  return torch::from_blob(const_cast<float*>(pose.data()), {kNumJoints, 3}, torch::kFloat32).clone();
}

// A pose seen from synthetic cameras, with the bounding sphere of the avatar in it (wrist rotation as
// given, no translation).
struct PoseShot {
  PoseMatrix pose;
  Eigen::Matrix3f wrist_rotation = Eigen::Matrix3f::Identity();
  Eigen::Vector3f centre;
  float radius = 0;
};

PoseShot measurePose(const Rig& rig, const HandModel& tmpl, const Avatar& avatar, PoseMatrix pose,
                     bool keep_wrist) {
  if (!keep_wrist) pose.row(0).setZero();
  const auto vertices = poseAvatar(rig, tmpl, avatar, poseTensor(pose).unsqueeze(0), torch::zeros({1, 3}))
                            .vertices[0]
                            .contiguous();  // [N,3]
  const auto lo = std::get<0>(vertices.min(0)), hi = std::get<0>(vertices.max(0));
  const auto centre = (lo + hi) * 0.5;
  PoseShot shot;
  shot.pose = pose;
  const Eigen::Vector3f w = pose.row(0).transpose();
  if (w.norm() > 0) shot.wrist_rotation = Eigen::AngleAxisf(w.norm(), w.normalized()).toRotationMatrix();
  shot.centre = {centre[0].item<float>(), centre[1].item<float>(), centre[2].item<float>()};
  shot.radius = (vertices - centre).norm(2, {1}).max().item<float>();
  return shot;
}

// Adds a frame of `shot` turned by `rotation` (hand rest frame -> camera) after its own wrist rotation,
// its bounding sphere's centre `distance` metres in front of the camera.
void addShot(RenderPlan& plan, const PoseShot& shot, const Eigen::Matrix3f& rotation,
             const Eigen::Vector3f& wrist, double distance, const render::Camera& camera) {
  // Skinning turns the hand about its wrist joint j0: x -> R (x - j0) + j0 + t. The shot's centre was
  // measured with the wrist rotation W applied, so with R = rotation * W it lands at
  // rotation (c - j0) + j0 + t.
  const Eigen::Vector3f t =
      Eigen::Vector3f(0, 0, static_cast<float>(distance)) - wrist - rotation * (shot.centre - wrist);
  const Eigen::AngleAxisf aa(Eigen::Matrix3f(rotation * shot.wrist_rotation));
  PoseMatrix pose = shot.pose;
  pose.row(0) = (aa.angle() * aa.axis()).transpose();
  plan.add(pose, t, camera);
}

// The shots of `poses`, the camera and distance they share, and the hand's axes.
struct ShotSetup {
  std::vector<PoseShot> shots;
  render::Camera camera;
  double distance = 0;
  HandAxes axes;
  Eigen::Vector3f wrist;
};

ShotSetup setupShots(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                     const std::vector<PoseMatrix>& poses, const ShotSettings& shot) {
  if (poses.empty()) throw InputError("nothing to render: no poses given");
  if (shot.width < 1 || shot.height < 1 || shot.width > 16384 || shot.height > 16384)
    throw InputError("image size " + std::to_string(shot.width) + "x" + std::to_string(shot.height) +
                     " is out of range");
  if (!(shot.fov_degrees >= 1.0 && shot.fov_degrees <= 170.0))
    throw InputError("the field of view must be 1..170 degrees, got " + std::to_string(shot.fov_degrees));
  torch::NoGradGuard no_grad;
  ShotSetup s;
  s.camera = render::Camera::fromFieldOfView(shot.fov_degrees, shot.width, shot.height);
  const int64_t k = avatar.shape.size(0);
  const Eigen::VectorXf beta =
      Eigen::Map<const Eigen::VectorXf>(avatar.shape.contiguous().data_ptr<float>(), k);
  s.axes = handAxes(tmpl, beta);
  s.wrist = tmpl.shapedJoints(beta).row(0).transpose();
  float radius = 0;
  for (const PoseMatrix& pose : poses) {
    s.shots.push_back(measurePose(rig, tmpl, avatar, pose, shot.keep_wrist_rotation));
    radius = std::max(radius, s.shots.back().radius);
  }
  // One distance for every frame, so that the poses keep their relative sizes.
  const double half_angle =
      std::min(std::atan(0.5 * shot.height / s.camera.fy), std::atan(0.5 * shot.width / s.camera.fx));
  s.distance = shot.distance > 0 ? shot.distance : 1.05 * radius / std::sin(half_angle);
  if (s.distance <= radius + 0.01) {
    std::ostringstream os;
    os << "a camera distance of " << s.distance
       << " m puts the camera inside the hand (its bounding sphere has a radius of " << radius << " m)";
    throw InputError(os.str());
  }
  return s;
}

// Writes 8-bit frames as DIR/frame_000000.png, ... (each replaced atomically).
class PngFrames {
 public:
  explicit PngFrames(std::string dir) : dir_(std::move(dir)) {}
  std::string write(const cv::Mat& bgr) {
    std::vector<uchar> buffer;
    if (!cv::imencode(".png", bgr, buffer))
      throw Error("cannot encode frame " + std::to_string(count_) + " as PNG");
    writeFileAtomically(path(count_), [&](std::ostream& os) {
      os.write(reinterpret_cast<const char*>(buffer.data()), static_cast<std::streamsize>(buffer.size()));
    });
    return path(count_++);
  }
  std::string path(int64_t index) const { return framePngPath(dir_, index); }

 private:
  std::string dir_;
  int64_t count_ = 0;
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
  // FFmpeg's encoder reads heap memory it never wrote: while the writer lives, new heap blocks hold a
  // fixed byte, so the same frames give the same file (core/common/memory.h). Declared first: it
  // outlives the writer.
  RepeatableHeapScope repeatable_;
  cv::VideoWriter writer_;
  std::string tmp_, path_, codec_;
};

}  // namespace

void RenderPlan::add(const PoseMatrix& p, const Eigen::Vector3f& t, const render::Camera& camera) {
  pose.push_back(poseTensor(p));
  translation.push_back(torch::tensor({t.x(), t.y(), t.z()}));
  intrinsics.push_back(torch::tensor({static_cast<float>(camera.fx), static_cast<float>(camera.fy),
                                      static_cast<float>(camera.cx), static_cast<float>(camera.cy)}));
}

std::string framePngPath(const std::string& dir, int64_t index) {
  char name[40];
  std::snprintf(name, sizeof(name), "frame_%06lld.png", static_cast<long long>(index));
  return (fs::path(dir) / name).string();
}

void prepareFrameDirectory(const std::string& dir) {
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

RenderPlan capturedRenderPlan(const Avatar& avatar, int width, int height) {
  const CapturedMotion& m = avatar.motion;
  if (m.numFrames() == 0) throw InputError("the avatar has no captured motion to render");
  if (width < 0 || height < 0 || (width > 0) != (height > 0))
    throw InputError("give both width and height of the captured frames, or neither");
  RenderPlan plan;
  plan.width = width > 0 ? width : m.width;
  plan.height = width > 0 ? height : m.height;
  const auto intrinsics = m.intrinsics.to(torch::kFloat32).contiguous();
  for (int64_t f = 0; f < m.numFrames(); ++f) {
    render::Camera camera;
    camera.fx = intrinsics[f][0].item<double>();
    camera.fy = intrinsics[f][1].item<double>();
    camera.cx = intrinsics[f][2].item<double>();
    camera.cy = intrinsics[f][3].item<double>();
    camera.width = m.width;
    camera.height = m.height;
    if (width > 0) camera = camera.resized(plan.width, plan.height);
    plan.pose.push_back(m.pose[f].to(torch::kFloat32));
    plan.translation.push_back(m.translation[f].to(torch::kFloat32));
    plan.intrinsics.push_back(torch::tensor({static_cast<float>(camera.fx), static_cast<float>(camera.fy),
                                             static_cast<float>(camera.cx), static_cast<float>(camera.cy)}));
  }
  return plan;
}

RenderPlan posesRenderPlan(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                           const std::vector<PoseMatrix>& poses, const std::vector<RenderView>& views,
                           const ShotSettings& shot) {
  if (views.empty()) throw InputError("nothing to render: no views given");
  const ShotSetup s = setupShots(rig, tmpl, avatar, poses, shot);
  RenderPlan plan;
  plan.width = shot.width;
  plan.height = shot.height;
  for (const PoseShot& p : s.shots)
    for (RenderView view : views) addShot(plan, p, viewRotation(s.axes, view), s.wrist, s.distance, s.camera);
  return plan;
}

RenderPlan turntableRenderPlan(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                               const std::vector<PoseMatrix>& poses, RenderView start, int frames,
                               const ShotSettings& shot) {
  if (frames < 1 || frames > 3600)
    throw InputError("a turntable has 1..3600 frames, got " + std::to_string(frames));
  const ShotSetup s = setupShots(rig, tmpl, avatar, poses, shot);
  RenderPlan plan;
  plan.width = shot.width;
  plan.height = shot.height;
  const Eigen::Matrix3f start_view = viewRotation(s.axes, start);
  for (const PoseShot& p : s.shots)
    for (int i = 0; i < frames; ++i) {
      const Eigen::Matrix3f turn =
          Eigen::AngleAxisf(static_cast<float>(2 * kPi * i / frames), s.axes.up).toRotationMatrix();
      addShot(plan, p, start_view * turn, s.wrist, s.distance, s.camera);
    }
  return plan;
}

FramesWritten renderAvatarFrames(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                                 const RenderPlan& plan, const FrameOutput& output) {
  if (plan.size() == 0) throw InputError("nothing to render: the plan has no frames");
  if (plan.width < 1 || plan.height < 1) throw InputError("the render plan has no image size");
  if (output.png_dir.empty() && output.video_path.empty())
    throw InputError("no output for the rendered frames: give a PNG folder or a video file");
  if (output.batch < 1 || output.batch > 64)
    throw InputError("frames per batch must be 1..64, got " + std::to_string(output.batch));
  if (!(output.fps >= 0.1 && output.fps <= 1000.0))
    throw InputError("the video frame rate must be 0.1..1000, got " + std::to_string(output.fps));
  if (!output.video_path.empty()) {
    std::string ext = fs::path(output.video_path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext != ".mp4" && ext != ".m4v" && ext != ".mov" && ext != ".avi")
      throw InputError("the video '" + output.video_path + "' must end in .mp4, .m4v, .mov or .avi");
    const fs::path dir = fs::path(output.video_path).parent_path();
    if (!dir.empty() && !fs::is_directory(dir))
      throw Error("cannot write '" + output.video_path + "': the directory '" + dir.string() +
                  "' does not exist");
  }
  if (!output.png_dir.empty()) prepareFrameDirectory(output.png_dir);

  torch::NoGradGuard no_grad;
  std::optional<PngFrames> png;
  if (!output.png_dir.empty()) png.emplace(output.png_dir);
  std::unique_ptr<VideoFrames> video;
  if (!output.video_path.empty())
    video = std::make_unique<VideoFrames>(output.video_path, output.fps, plan.width, plan.height);

  render::Renderer renderer;
  render::RenderSettings settings;
  settings.background = torch::tensor({output.background.x(), output.background.y(), output.background.z()});
  settings.geometry_outputs = false;
  FramesWritten written;
  const int64_t total = plan.size();
  const auto start = std::chrono::steady_clock::now();
  for (int64_t first = 0; first < total; first += output.batch) {
    if (output.cancel) output.cancel->check();
    const int64_t last = std::min<int64_t>(total, first + output.batch);
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
      if (png) written.png_files.push_back(png->write(bgr));
      if (video) video->write(bgr);
    }
    written.frames = last;
    if (output.progress) {
      ProgressEvent event;
      event.fraction = static_cast<double>(last) / static_cast<double>(total);
      event.stage = "render";
      event.message = "rendered " + std::to_string(last) + "/" + std::to_string(total) + " frames";
      output.progress(event);
    }
  }
  if (video) {
    if (output.cancel) output.cancel->check();
    written.video_file = video->finish();
    written.video_codec = video->codec();
  }
  written.render_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return written;
}

}  // namespace palma
