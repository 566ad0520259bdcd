// palma synth: the synthetic capture (ground truth for the benchmark and input of the demo).
#include <filesystem>
#include <iostream>

#include "app/cli/capture_lighting.h"
#include "app/cli/commands.h"
#include "app/cli/output_paths.h"
#include "app/cli/progress_bar.h"
#include "core/avatar/avatar_io.h"
#include "core/common/threads.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_capture_io.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;

int runSynth(const std::vector<std::string>& args) {
  ArgParser parser("palma synth",
                   "Render a synthetic hand capture with known ground truth: a video, masks, noisy 2D\n"
                   "keypoints, cameras, the ground-truth avatar and novel-pose / novel-view sets.");
  parser.option("out", "FOLDER", "Capture folder to write")
      .option("frames", "N", "Frames of the capture protocol", "60")
      .option("size", "PIXELS", "Square frame size", "448")
      .option("seed", "N", "Random seed (shape, textures, motion, noise)", "1")
      .option("background", "KIND", "plain or cluttered", "cluttered")
      .option("codec", "NAME", "auto (H.264 when available, else MJPEG), h264 or mjpeg", "auto")
      .option("texture-size", "TEXELS", "Albedo / normal map size of the ground truth", "512")
      .option("keypoint-noise", "PX", "Sigma of the 2D keypoint noise in pixels", "1.0")
      .option("keypoint-dropout", "P", "Probability that a keypoint is missing", "0.05")
      .option("novel-poses", "N", "Frames of the novel-pose evaluation set", "12")
      .option("novel-views", "N", "Views of the novel-view evaluation set", "8")
      .flag("left", "A left hand")
      .option("threads", "N", "Worker threads (0: one per core)", "0");
  addCaptureLightingOptions(parser, "");
  parser.epilog("The folder is what `palma reconstruct` reads; see docs/synthetic-capture.md.");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  if (!parsed.has("out")) throw UsageError("--out FOLDER is required");
  const std::string out = parsed.get("out");
  eval::SyntheticSettings settings;
  settings.frames = parsed.getInt("frames", 1, 100000);
  settings.width = settings.height = parsed.getInt("size", 32, 4096);
  settings.seed = static_cast<uint64_t>(parsed.getInt("seed", 0, 2147483647));
  const std::string background = parsed.get("background");
  if (background == "plain")
    settings.background = eval::SyntheticBackground::Plain;
  else if (background == "cluttered")
    settings.background = eval::SyntheticBackground::Cluttered;
  else
    throw UsageError("--background must be plain or cluttered, not '" + background + "'");
  const std::string codec_name = parsed.get("codec");
  eval::VideoCodec codec = eval::VideoCodec::Auto;
  if (codec_name == "h264")
    codec = eval::VideoCodec::H264;
  else if (codec_name == "mjpeg")
    codec = eval::VideoCodec::Mjpeg;
  else if (codec_name != "auto")
    throw UsageError("--codec must be auto, h264 or mjpeg, not '" + codec_name + "'");
  settings.texture_size = parsed.getInt("texture-size", 16, 8192);
  settings.keypoint_noise_px = parsed.getDouble("keypoint-noise", 0, 1000);
  settings.keypoint_dropout = parsed.getDouble("keypoint-dropout", 0, 1);
  settings.novel_pose_frames = parsed.getInt("novel-poses", 0, 100000);
  settings.novel_views = parsed.getInt("novel-views", 0, 100000);
  if (parsed.flag("left")) settings.handedness = Handedness::Left;
  readCaptureLighting(parsed, "", settings.sh_lighting, settings.specular_strength);
  settings.validate();
  requireParentFolder(out);
  configureThreads(parsed.getInt("threads", 0, 256));

  ProgressBar bar;
  const auto capture = eval::makeSyntheticCapture(
      settings, [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); });
  bar.finish();
  const auto written = eval::writeSyntheticCapture(capture, out, codec);
  saveAvatar(capture.ground_truth.avatar, (fs::path(out) / "ground_truth.palma-avatar").string());
  std::cout << "Wrote " << written.frames << " frames (" << settings.width << "x" << settings.height << ", "
            << written.codec << " in " << written.video_file
            << "), masks, keypoints, cameras and the ground truth to " << out << "\n";
  return 0;
}

}  // namespace

Command synthCommand() { return {"synth", "Render a synthetic capture with ground truth", runSynth}; }

}  // namespace palma::cli
