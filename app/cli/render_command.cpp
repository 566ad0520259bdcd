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
#include "core/avatar/avatar_render.h"
#include "core/common/atomic_file.h"
#include "core/common/threads.h"
#include "core/model/model_spec.h"
#include "core/model/pose_presets.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;

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

RenderView parseView(const std::string& name) {
  if (name == "palm") return RenderView::Palm;
  if (name == "back") return RenderView::Back;
  if (name == "side") return RenderView::Side;
  throw UsageError("option --view: unknown view '" + name + "' (known views: palm, back, side)");
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
  std::vector<RenderView> views;
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
  if (out_dir) prepareFrameDirectory(*out_dir);

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
  RenderPlan plan;
  if (captured) {
    if (avatar.motion.numFrames() == 0)
      throw InputError("the avatar '" + folder +
                       "' has no captured motion to render (use --pose or --turntable)");
    plan = capturedRenderPlan(avatar, size.width, size.height);
  } else {
    std::vector<PoseMatrix> poses;
    for (const auto& name : pose_names) poses.push_back(loadPose(name, tmpl));
    ShotSettings shot;
    shot.width = size.width > 0 ? size.width : 512;
    shot.height = size.width > 0 ? size.height : 512;
    shot.fov_degrees = fov;
    shot.distance = distance;
    try {
      plan = turntable ? turntableRenderPlan(rig, tmpl, avatar, poses, views[0], turns, shot)
                       : posesRenderPlan(rig, tmpl, avatar, poses, views, shot);
    } catch (const InputError& e) {
      // Name the option the user gave.
      const std::string what = e.what();
      if (distance > 0 && what.find("inside the hand") != std::string::npos) {
        std::ostringstream os;
        os << "--distance " << distance << ": " << what;
        throw InputError(os.str());
      }
      throw;
    }
  }

  // ---- Rendering and output ----
  FrameOutput output;
  if (out_dir) output.png_dir = *out_dir;
  if (video_path) output.video_path = *video_path;
  output.fps = fps;
  output.batch = batch;
  output.background = background;
  const bool tty = ::isatty(STDERR_FILENO) == 1;
  if (tty)
    output.progress = [](const ProgressEvent& event) {
      std::cerr << "\rpalma render: " << event.message.substr(std::string("rendered ").size()) << std::flush;
    };
  const int64_t total = plan.size();
  const FramesWritten written = renderAvatarFrames(rig, tmpl, avatar, plan, output);
  if (tty) std::cerr << "\n";
  const double render_s = written.render_seconds;
  const double total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::ostringstream summary;
  summary.setf(std::ios::fixed);
  summary.precision(1);
  summary << "rendered " << total << " frame" << (total == 1 ? "" : "s") << " of " << plan.width << "x"
          << plan.height << " in " << total_s << " s (" << 1000.0 * render_s / total << " ms per frame)\n";
  if (!written.png_files.empty())
    summary << "wrote " << written.png_files.front()
            << (total > 1 ? " .. " + fs::path(written.png_files.back()).filename().string() : "") << "\n";
  if (!written.video_file.empty())
    summary << "wrote " << written.video_file << " (" << written.video_codec << ", " << fps << " fps)\n";
  std::cout << summary.str();
  return 0;
}

}  // namespace

Command renderCommand() {
  return {"render", "Render an avatar: captured motion, poses, turntables (PNG or video)", runRender};
}

}  // namespace palma::cli
