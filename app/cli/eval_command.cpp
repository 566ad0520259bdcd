// palma eval: an avatar measured against the ground truth of the synthetic capture it came from.
#include <csignal>
#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/output_paths.h"
#include "app/cli/progress_bar.h"
#include "core/avatar/avatar_io.h"
#include "core/common/threads.h"
#include "core/eval/report.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;

CancelToken g_cancel;
void onInterrupt(int) { g_cancel.cancel(); }

int runEval(const std::vector<std::string>& args) {
  ArgParser parser("palma eval",
                   "Evaluate a reconstructed avatar against the ground truth of a synthetic capture:\n"
                   "PSNR, SSIM, L1 and IoU on the training frames, the held-out frames, novel poses and\n"
                   "novel views, keypoint, vertex and joint errors, albedo PSNR and the quality bars.");
  parser.positional("CAPTURE", "synthetic capture folder (written by palma synth)")
      .positional("AVATAR", "avatar folder reconstructed from it (palma reconstruct)")
      .option("out", "DIR", "Report folder to write (metrics.json, report.png, report.html)")
      .option("holdout-every", "K", "The --holdout-every the avatar was reconstructed with (0: none)", "0")
      .option("refine-epochs", "N", "Epochs of pose refinement (appearance fixed) for the other splits", "80")
      .option("refine-size", "PIXELS", "Square size the refinement renders at (0: the frames' size)", "0")
      .option("refine-lr", "RATE", "Adam learning rate of the pose refinement", "0.005")
      .option("refine-keypoint-weight", "W", "Weight of the frames' 2D keypoints in the pose refinement",
              "0.5")
      .option("threads", "N", "Worker threads (0: one per core)", "0")
      .epilog(
          "Held-out frames (rows r with r % K == K - 1), novel poses and novel views first refine their\n"
          "poses with the avatar's appearance fixed, as HARP does at test time. See docs/evaluation.md.\n"
          "Example: palma reconstruct capture --out hand.palma-avatar --holdout-every 4 &&\n"
          "         palma eval capture hand.palma-avatar --holdout-every 4 --out report");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  if (parsed.positionals().size() != 2)
    throw UsageError("give a capture folder and an avatar folder (see --help)");
  if (!parsed.has("out")) throw UsageError("--out DIR is required");
  const std::string capture = parsed.positionals()[0];
  const std::string avatar_dir = parsed.positionals()[1];
  const std::string out = parsed.get("out");
  requireParentFolder(out);
  eval::EvaluationOptions options;
  options.holdout_every = parsed.getInt("holdout-every", 0, 100000);
  options.refine_epochs = parsed.getInt("refine-epochs", 0, 100000);
  options.refine_size = parsed.getInt("refine-size", 0, 4096);
  options.refine_learning_rate = parsed.getDouble("refine-lr", 1e-7, 1.0);
  options.refine_keypoint_weight = parsed.getDouble("refine-keypoint-weight", 0.0, 1000.0);
  if (options.refine_size != 0 && options.refine_size < 16)
    throw UsageError("--refine-size must be 0 or at least 16");
  configureThreads(parsed.getInt("threads", 0, 256));

  const Avatar avatar = loadAvatar(avatar_dir);
  ProgressBar bar;
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  eval::EvaluationReport report;
  try {
    report = eval::evaluateCaptureFolder(
        capture, avatar, options, [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); },
        &g_cancel);
  } catch (const Cancelled&) {
    bar.finish();
    std::cerr << "Stopped. Nothing was written." << std::endl;
    return 130;
  }
  bar.finish();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  eval::writeEvaluationReport(report, out);
  std::cout << eval::formatEvaluationTable(report);
  std::cout << "Report written to " << out << " (report.html, report.png, metrics.json)\n";
  return 0;
}

}  // namespace

Command evalCommand() {
  return {"eval", "Evaluate an avatar against a synthetic capture's ground truth", runEval};
}

}  // namespace palma::cli
