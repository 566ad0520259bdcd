// palma prepare: a video or an image folder in, a capture project out (frames, keypoints, masks, crops);
// or an existing project prepared again after edits.
#include <csignal>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/output_paths.h"
#include "app/cli/progress_bar.h"
#include "core/capture/prepare.h"
#include "core/capture/project.h"

namespace palma::cli {
namespace {

CancelToken g_cancel;
void onInterrupt(int) { g_cancel.cancel(); }

std::array<double, 4> parseCamera(const std::string& text) {
  std::array<double, 4> k{};
  std::istringstream in(text);
  std::string part;
  int n = 0;
  while (std::getline(in, part, ',')) {
    if (n == 4) throw UsageError("--camera takes four numbers fx,fy,cx,cy");
    k[n++] = parseNumber(part, "--camera value");
  }
  if (n != 4) throw UsageError("--camera takes four numbers fx,fy,cx,cy");
  if (!(k[0] > 0 && k[1] > 0)) throw UsageError("--camera needs positive focal lengths");
  return k;
}

KeypointFormat parseFormat(const std::string& name) {
  if (name == "auto") return KeypointFormat::Auto;
  if (name == "mediapipe") return KeypointFormat::MediaPipe;
  if (name == "openpose") return KeypointFormat::OpenPose;
  if (name == "palma") return KeypointFormat::Palma;
  throw UsageError("--keypoint-format must be auto, mediapipe, openpose or palma, got '" + name + "'");
}

void printReport(const PrepareReport& r, const std::string& project, ProgressBar& bar) {
  bar.finish();
  for (const std::string& w : r.warnings) std::cerr << "warning: " << w << "\n";
  std::cout << std::fixed << std::setprecision(1) << "frames            " << r.frames << "\n"
            << "with keypoints    " << r.keyframes << " from the file or the user, " << r.tracked_frames
            << " tracked\n"
            << "prepared frames   " << r.prepared_frames << " (mean keypoint confidence "
            << std::setprecision(2) << r.mean_confidence << ")\n"
            << "hand              " << (r.handedness == Handedness::Left ? "left" : "right")
            << (r.handedness_guessed ? " (guessed)" : "") << "\n"
            << std::setprecision(1) << "Project written to " << project << " (" << r.seconds << " s)\n";
  if (r.ready) std::cout << "Next: palma reconstruct " << project << " --out hand.palma-avatar\n";
}

int runPrepare(const std::vector<std::string>& args) {
  ArgParser parser(
      "palma prepare",
      "Prepare a video or an image folder for reconstruction: decode the selected frames, import\n"
      "keypoints and track them into the frames between, segment the hand and forearm (or import\n"
      "masks), crop a square around the hand at the working size with exact intrinsics, and write\n"
      "a project folder that `palma reconstruct` and the studio open. Given a project folder, prepares\n"
      "it again from its source after edits.");
  parser.positional("VIDEO|FOLDER|PROJECT", "video file, image folder, or an existing project folder")
      .option("out", "PROJECT", "Project folder to write (required for a video or an image folder)")
      .option("keypoints", "FILE",
              "2D keypoints: MediaPipe-style JSON, OpenPose JSON file or folder, or palma-keypoints; frames "
              "without points are filled by tracking")
      .option("keypoint-format", "NAME", "auto, mediapipe, openpose or palma", "auto")
      .option("masks", "DIR",
              "Import masks: a PNG sequence, one per selected frame (grey, or the alpha channel)")
      .option("first", "N", "First source frame to use", "0")
      .option("last", "N", "Last source frame to use (-1: the end)", "-1")
      .option("every", "N", "Use every N-th frame", "1")
      .option("max-frames", "N", "Use at most N frames (0: no cap)", "0")
      .option("max-side", "PX", "Downscale frames larger than this (0: never)", "1920")
      .option("size", "PX", "Side of the square crops the reconstruction sees", "448")
      .option("hand", "left|right",
              "Which hand the clip shows (default: from the keypoint file, else guessed); given with a "
              "project, sets its hand")
      .option("camera", "FX,FY,CX,CY", "Pinhole intrinsics of the full frame in pixels (default: from --fov)")
      .option("fov", "DEG", "Vertical field of view of the default camera", "60")
      .option("margin", "F", "Crop margin around the hand, as a fraction of its extent", "0.25")
      .epilog(
          "Examples:\n"
          "  palma prepare clip.mp4 --keypoints clip_landmarks.json --every 2 --max-frames 60 --out "
          "clip.palma\n"
          "  palma prepare clip.palma            # after editing keypoints in the studio\n"
          "  palma prepare clip.palma --hand left   # the clip shows a left hand\n"
          "  palma reconstruct clip.palma --out hand.palma-avatar\n"
          "File formats: docs/capture.md.");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  if (parsed.positionals().size() != 1)
    throw UsageError("give one video, image folder or project (see --help)");
  const std::string source = parsed.positionals()[0];

  ProgressBar bar;
  const ProgressCallback progress = [&](const ProgressEvent& e) {
    bar.update(e.fraction, e.stage, e.message);
  };
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);

  std::optional<Handedness> hand;
  if (parsed.has("hand")) {
    const std::string h = parsed.get("hand");
    if (h != "left" && h != "right") throw UsageError("--hand must be left or right");
    hand = h == "left" ? Handedness::Left : Handedness::Right;
  }
  if (isProjectFolder(source)) {
    for (const char* o : {"out", "keypoints", "masks", "first", "last", "every", "max-frames", "max-side",
                          "size", "camera", "fov", "margin", "keypoint-format"})
      if (parsed.has(o))
        throw UsageError(std::string("--") + o + " applies to a new project; '" + source +
                         "' is a project and is prepared again as it is (only --hand can change)");
    // --hand sets (and confirms) the project's hand, which prepared/ depends on: when preparing it again
    // fails (a missing source, Ctrl+C), the project is put back as it was.
    std::optional<CaptureProject> before;
    if (hand) {
      before = loadProject(source);
      CaptureProject project = *before;
      project.keypoints.handedness = *hand;
      project.keypoints.handedness_known = true;
      saveProject(source, project);
    }
    PrepareReport report;
    try {
      report = updateProject(source, {}, progress, &g_cancel);
    } catch (...) {
      if (before) saveProject(source, *before);
      throw;
    }
    printReport(report, source, bar);
    return 0;
  }
  if (!parsed.has("out")) throw UsageError("--out PROJECT is required (the project folder to write)");
  PrepareOptions options;
  options.selection.first = parsed.getInt("first", 0, 100000000);
  options.selection.last = parsed.getInt("last", -1, 100000000);
  if (options.selection.last >= 0 && options.selection.last < options.selection.first)
    throw UsageError("--last must not be before --first");
  options.selection.every = parsed.getInt("every", 1, 100000);
  options.selection.max_frames = parsed.getInt("max-frames", 0, 100000);
  options.selection.max_side = parsed.getInt("max-side", 0, 16384);
  if (options.selection.max_side > 0 && options.selection.max_side < 64)
    throw UsageError("--max-side must be 0 (never downscale) or at least 64");
  options.working_size = parsed.getInt("size", 32, 4096);
  options.crop.margin = parsed.getDouble("margin", 0.0, 2.0);
  options.vertical_fov_deg = parsed.getDouble("fov", 5.0, 150.0);
  if (parsed.has("camera")) options.intrinsics = parseCamera(parsed.get("camera"));
  options.hand = hand;
  if (parsed.has("keypoints")) options.keypoints_path = parsed.get("keypoints");
  options.keypoints_format = parseFormat(parsed.get("keypoint-format"));
  if (parsed.has("masks")) options.masks_path = parsed.get("masks");
  const std::string out = parsed.get("out");
  requireParentFolder(out);

  const PrepareReport report = prepareCapture(source, out, options, progress, &g_cancel);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  printReport(report, out, bar);
  return 0;
}

}  // namespace

Command prepareCommand() {
  return {"prepare", "Prepare a video or image folder: keypoints, tracking, masks, crops -> project",
          runPrepare};
}

}  // namespace palma::cli
