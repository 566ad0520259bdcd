// palma reconstruct: a capture folder in, an avatar folder out (initialisation + staged fit).
#include <csignal>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/output_paths.h"
#include "app/cli/progress_bar.h"
#include "core/avatar/avatar_io.h"
#include "core/capture/prepare.h"
#include "core/capture/project.h"
#include "core/common/atomic_file.h"
#include "core/common/threads.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/fit/fit_config_io.h"
#include "core/fit/pipeline.h"
#include "core/fit/project_init.h"
#include "core/model/model_spec.h"
#include "core/render/gpu_dispatch.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;

// Ctrl+C stops the fit between iterations (a checkpoint is written) instead of killing it.
CancelToken g_cancel;
void onInterrupt(int) { g_cancel.cancel(); }

fit::ReconstructionConfig configFrom(const ParsedArgs& parsed) {
  fit::ReconstructionConfig config = parsed.has("config")
                                         ? fit::loadReconstructionConfig(parsed.get("config"))
                                         : fit::ReconstructionConfig::preset(parsed.get("preset"));
  if (parsed.has("config") && parsed.has("preset"))
    throw UsageError("give either --preset or --config (a config file names its own preset)");
  if (parsed.has("holdout-every")) config.holdout_every = parsed.getInt("holdout-every", 0, 100000);
  if (parsed.has("seed")) config.seed = static_cast<uint64_t>(parsed.getInt("seed", 0, 2147483647));
  config.validate();
  return config;
}

nlohmann::json reportJson(const fit::PipelineResult& r, const fit::ReconstructionConfig& config) {
  nlohmann::json j;
  j["format"] = "palma-fit-report";
  j["version"] = 1;
  j["config"] = nlohmann::json::parse(fit::reconstructionConfigToJson(config));
  j["seconds"] = r.fit.seconds;
  j["cancelled"] = r.fit.cancelled;
  j["resumed"] = r.fit.resumed;
  j["training_rows"] = r.fit.training_rows;
  j["holdout_rows"] = r.fit.holdout_rows;
  j["init"] = {{"frame_error_px", r.init.frame_error_px},
               {"spikes_replaced", r.init.spikes_replaced},
               {"skipped_frames", r.init.skipped_frames},
               {"given", r.init_given}};
  for (const auto& s : r.fit.stages) {
    nlohmann::json st = {{"name", s.name},           {"iterations", s.iterations},
                         {"seconds", s.seconds},     {"final_loss", s.final_loss},
                         {"rollbacks", s.rollbacks}, {"learning_rate_scale", s.final_learning_rate_scale}};
    for (const auto& [name, value] : s.final_losses) st["losses"][name] = value;
    j["stages"].push_back(st);
  }
  return j;
}

int runReconstruct(const std::vector<std::string>& args) {
  ArgParser parser("palma reconstruct",
                   "Reconstruct a hand avatar from a project made by `palma prepare`, or a capture folder\n"
                   "(video, masks, keypoints, cameras):\n"
                   "keypoint initialisation, then the staged fit (geometry, joint, appearance).");
  parser
      .positional("PROJECT|CAPTURE",
                  "project folder (project.json, from `palma prepare`) or capture folder (capture.json, "
                  "video, masks/, keypoints.json, camera.json)")
      .option("out", "FOLDER", "Avatar folder to write (replaced atomically when it exists)")
      .option("model", "SPEC", "Hand model (default: the built-in hand of the capture's handedness)")
      .option("preset", "NAME",
              "Reconstruction preset: quick (quick preview), demo (balanced) or harp (high quality)", "harp")
      .option("config", "FILE", "Reconstruction config JSON (see docs/reconstruction.md)")
      .option("checkpoint-dir", "DIR",
              "Checkpoint folder (default: OUT.checkpoint; 'none' for no checkpoints)")
      .flag("restart", "Ignore an existing checkpoint and start from the beginning")
      .flag("refit-init",
            "Fit the pose initialisation from the keypoints even when the project has a current init.json")
      .option("holdout-every", "K", "Keep every K-th frame out of the fit (for evaluation)")
      .option("seed", "N", "Random seed (frame order)")
      .option("threads", "N", "Worker threads (0: one per core)", "0")
      .option("device", "NAME", "Where the fit runs: cpu, or cuda / cuda:N in a build with the CUDA kernels",
              "cpu")
      .option("report", "FILE", "Also write a JSON report (config, losses per stage, timings)")
      .flag("print-config", "Print the complete config that would run, and exit")
      .epilog(
          "An interrupted run (Ctrl+C, a crash) continues from its checkpoint when started again with\n"
          "the same arguments; the checkpoint is removed after a successful run.\n"
          "Example: palma synth --out capture && palma reconstruct capture --out hand.palma-avatar "
          "--preset demo");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  const fit::ReconstructionConfig config = configFrom(parsed);
  if (parsed.flag("print-config")) {
    std::cout << fit::reconstructionConfigToJson(config);
    return 0;
  }
  if (parsed.positionals().size() != 1) throw UsageError("give one capture folder (see --help)");
  if (!parsed.has("out")) throw UsageError("--out FOLDER is required");
  const std::string capture_dir = parsed.positionals()[0];
  const bool is_project = isProjectFolder(capture_dir);
  if (parsed.flag("refit-init") && !is_project)
    throw UsageError("--refit-init applies to a project folder (a capture folder has no init.json)");
  const std::string out = parsed.get("out");
  requireParentFolder(out);

  const int threads = configureThreads(parsed.getInt("threads", 0, 256));
  const torch::Device device = render::parseComputeDevice(parsed.get("device"));
  ProgressBar bar;
  // A project from `palma prepare` (prepared again first when it was edited since), or a capture folder.
  const PreparedCapture capture =
      is_project ? loadProjectCapture(
                       capture_dir,
                       [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); }, &g_cancel)
                 : eval::loadCaptureFolder(capture_dir);
  if (is_project && !parsed.has("model") && !loadProject(capture_dir).keypoints.handedness_known)
    std::cerr << "palma reconstruct: note: the project's hand was never confirmed; fitting it as a "
              << (capture.handedness == Handedness::Left ? "left" : "right") << " hand (palma prepare "
              << capture_dir << " --hand left|right sets it)\n";
  const std::string spec = parsed.has("model")
                               ? parsed.get("model")
                               : (capture.handedness == Handedness::Left ? "builtin:left" : "builtin:right");
  const HandModel model = loadHandModel(spec);
  if (model.handedness != capture.handedness)
    throw InputError("the model '" + spec + "' is a " +
                     (model.handedness == Handedness::Left ? "left" : "right") +
                     " hand but the capture shows a " +
                     (capture.handedness == Handedness::Left ? "left" : "right") + " hand");

  fit::FitOptions options;
  std::string checkpoint = parsed.has("checkpoint-dir") ? parsed.get("checkpoint-dir") : out + ".checkpoint";
  if (checkpoint == "none") checkpoint.clear();
  options.checkpoint_dir = checkpoint;
  options.resume = !parsed.flag("restart");
  options.cancel = &g_cancel;
  options.device = device;
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  options.progress = [&](const fit::FitProgress& p) {
    if (!p.message.empty()) {
      bar.note(p.message);
      return;
    }
    std::ostringstream detail;
    detail << p.detail;
    if (p.iteration > 0) detail << " loss " << std::setprecision(4) << p.total_loss;
    bar.update(p.fraction, p.stage, detail.str(), p.eta_s);
  };
  // A project's init.json (the initialisation corrected in the studio) is where the fit starts when it
  // belongs to this model and the project's current keypoints. Read before anything is printed, so that
  // an unreadable file is the first thing the output says.
  std::optional<fit::InitResult> given_init;
  std::string init_note;
  if (is_project) {
    if (parsed.flag("refit-init"))
      init_note =
          "Initialisation: fitted from the keypoints (--refit-init: " + fit::projectInitPath(capture_dir) +
          " is ignored)";
    else
      given_init = fit::projectInitForReconstruction(capture_dir, capture, model, spec, init_note);
  }
  bar.note(std::to_string(capture.numFrames()) + " frames of " + std::to_string(capture.width) + "x" +
           std::to_string(capture.height) + ", model " + spec + ", preset " + config.name + ", " +
           std::to_string(threads) + " thread" + (threads == 1 ? "" : "s"));
  if (!init_note.empty()) bar.note(init_note);
  const auto result = fit::reconstructCapture(model, spec, capture, fit::InitSettings{}, config, options,
                                              given_init ? &*given_init : nullptr);
  bar.finish();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (result.fit.cancelled) {
    std::cerr << "Stopped. "
              << (checkpoint.empty() ? std::string("Nothing was written.")
                                     : "Run the same command again to continue from " + checkpoint + ".")
              << std::endl;
    return 130;
  }

  saveAvatar(result.fit.avatar, out);
  if (parsed.has("report"))
    writeTextFileAtomically(parsed.get("report"), reportJson(result, config).dump(2) + "\n");
  if (!checkpoint.empty()) {
    std::error_code ec;
    palma::removeAll(checkpoint, ec);
  }
  std::cout << "stage        iterations   seconds   final loss   rollbacks\n";
  for (const auto& s : result.fit.stages)
    std::cout << std::left << std::setw(13) << s.name << std::right << std::setw(10) << s.iterations
              << std::setw(10) << std::fixed << std::setprecision(1) << s.seconds << std::setw(13)
              << std::setprecision(4) << s.final_loss << std::setw(12) << s.rollbacks << "\n";
  std::cout << "Avatar written to " << out << " (" << std::fixed << std::setprecision(1) << result.fit.seconds
            << " s)\n";
  return 0;
}

}  // namespace

Command reconstructCommand() {
  return {"reconstruct", "Reconstruct an avatar from a capture folder", runReconstruct};
}

}  // namespace palma::cli
