// palma demo: the main job end to end on a fresh machine, with no data of the user's:
// synthesise a capture -> reconstruct -> export -> evaluate against the ground truth.
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/progress_bar.h"
#include "core/avatar/avatar_io.h"
#include "core/common/atomic_file.h"
#include "core/common/memory.h"
#include "core/common/threads.h"
#include "core/eval/report.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/export/obj_export.h"
#include "core/fit/fit_config_io.h"
#include "core/fit/pipeline.h"
#include "core/model/builtin_hand.h"
#include "palma/config.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

void makeOutputDir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw Error("cannot create the output directory '" + dir +
                "': " + (ec ? ec.message() : std::string("a file of that name exists")));
}

int runDemo(const std::vector<std::string>& args) {
  ArgParser parser("palma demo",
                   "The whole job on a synthetic capture: render a hand video with known ground truth,\n"
                   "reconstruct an avatar from it, export the avatar and evaluate it. Everything is\n"
                   "written into the output directory (created if missing; files in it are replaced).");
  parser.option("out", "DIR", "Output directory", "demo-output")
      .option("frames", "N", "Frames of the synthetic capture", "24")
      .option("size", "PIXELS", "Frame size of the synthetic capture", "224")
      .option("seed", "N", "Random seed of the synthetic hand and motion", "1")
      .option("preset", "NAME", "Reconstruction preset: demo, harp or quick", "demo")
      .option("config", "FILE", "Reconstruction config JSON instead of a preset")
      .option("threads", "N", "Worker threads (0: one per core)", "0")
      .flag("quick", "A tiny run (8 small frames, the quick preset) that takes seconds: a first look")
      .epilog(
          "Output: capture/ (video, masks, keypoints, cameras, ground truth), avatar.palma-avatar/,\n"
          "export/ (hand.obj + .mtl + albedo and normal map PNGs), report/ (report.html, report.png,\n"
          "metrics.json: the avatar against the ground truth), summary.json and summary.txt.");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  const bool quick = parsed.flag("quick");
  eval::SyntheticSettings synth;
  synth.frames = quick ? 8 : parsed.getInt("frames", 2, 100000);
  synth.width = synth.height = quick ? 96 : parsed.getInt("size", 32, 4096);
  synth.seed = static_cast<uint64_t>(parsed.getInt("seed", 0, 2147483647));
  synth.texture_size = quick ? 64 : 512;
  synth.novel_pose_frames = quick ? 2 : 8;
  synth.novel_views = quick ? 2 : 6;
  synth.validate();
  fit::ReconstructionConfig config = parsed.has("config")
                                         ? fit::loadReconstructionConfig(parsed.get("config"))
                                     : quick ? fit::ReconstructionConfig::quick()
                                             : fit::ReconstructionConfig::preset(parsed.get("preset"));
  if (quick) config.render_size = 0;
  config.holdout_every = quick ? 4 : 6;
  config.validate();
  const std::string out = parsed.get("out");
  makeOutputDir(out);
  const int threads = configureThreads(parsed.getInt("threads", 0, 256));
  const auto start = Clock::now();
  ProgressBar bar;
  nlohmann::json summary;
  summary["palma_version"] = PALMA_VERSION_STRING;
  summary["threads"] = threads;

  // 1. Synthesise.
  bar.note("1/4 Synthesising a capture: " + std::to_string(synth.frames) + " frames of " +
           std::to_string(synth.width) + "x" + std::to_string(synth.height) + ", seed " +
           std::to_string(synth.seed));
  auto t = Clock::now();
  const auto synthetic = eval::makeSyntheticCapture(
      synth, [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); });
  bar.finish();
  const std::string capture_dir = (fs::path(out) / "capture").string();
  const auto written = eval::writeSyntheticCapture(synthetic, capture_dir);
  saveAvatar(synthetic.ground_truth.avatar, (fs::path(capture_dir) / "ground_truth.palma-avatar").string());
  summary["synthesis"] = {{"frames", synth.frames},
                          {"size", synth.width},
                          {"seed", synth.seed},
                          {"codec", written.codec},
                          {"seconds", secondsSince(t)}};

  // 2. Reconstruct from the files, as a user's capture would be.
  bar.note("2/4 Reconstructing (preset " + config.name + ", " + std::to_string(threads) + " thread" +
           (threads == 1 ? "" : "s") + ")");
  t = Clock::now();
  const PreparedCapture capture = eval::loadCaptureFolder(capture_dir);
  const std::string spec = synth.handedness == Handedness::Left ? "builtin:left" : "builtin:right";
  const HandModel model = makeBuiltinHand(synth.handedness);
  fit::FitOptions options;
  options.checkpoint_dir = (fs::path(out) / "checkpoint").string();
  options.resume = false;
  options.progress = [&](const fit::FitProgress& p) {
    if (!p.message.empty()) return;  // checkpoints and schedule events: the summary has them
    std::ostringstream detail;
    detail << p.detail;
    if (p.iteration > 0) detail << " loss " << std::setprecision(4) << p.total_loss;
    bar.update(p.fraction, p.stage, detail.str(), p.eta_s);
  };
  const auto result = fit::reconstructCapture(model, spec, capture, fit::InitSettings{}, config, options);
  bar.finish();
  std::error_code ec;
  palma::removeAll(options.checkpoint_dir, ec);
  const std::string avatar_dir = (fs::path(out) / "avatar.palma-avatar").string();
  saveAvatar(result.fit.avatar, avatar_dir);
  writeTextFileAtomically((fs::path(out) / "reconstruction-config.json").string(),
                          fit::reconstructionConfigToJson(config));
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& s : result.fit.stages)
    stages.push_back(
        {{"name", s.name}, {"iterations", s.iterations}, {"seconds", s.seconds}, {"loss", s.final_loss}});
  summary["reconstruction"] = {{"preset", config.name},
                               {"seconds", result.fit.seconds},
                               {"init_seconds", secondsSince(t) - result.fit.seconds},
                               {"stages", stages},
                               {"holdout_rows", result.fit.holdout_rows}};

  // 3. Export.
  bar.note("3/4 Exporting");
  const auto obj =
      exportAvatarObj(result.fit.avatar, result.fit.fitted_template, (fs::path(out) / "export").string());
  summary["export"] = {{"obj", obj.obj}, {"vertices", obj.vertices}, {"faces", obj.faces}};

  // 4. Evaluate against the ground truth: held-out frames, novel poses and views, geometry, albedo.
  bar.note("4/4 Evaluating against the ground truth");
  // The fit's cached blocks are the wrong sizes for the evaluation (docs/performance.md).
  releaseFreeMemory();
  t = Clock::now();
  eval::EvaluationOptions eo;
  eo.holdout_every = config.holdout_every;
  eo.refine_epochs = quick ? 4 : 80;
  const auto evaluation = eval::evaluateCaptureFolder(
      capture_dir, result.fit.avatar, eo,
      [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); });
  bar.finish();
  const std::string report_dir = (fs::path(out) / "report").string();
  eval::writeEvaluationReport(evaluation, report_dir);
  summary["evaluation"] = nlohmann::json::parse(eval::evaluationReportJson(evaluation));
  summary["evaluation_seconds"] = secondsSince(t);

  summary["total_seconds"] = secondsSince(start);
  std::ostringstream text;
  text << std::fixed << std::setprecision(1);
  text << "Palma demo (palma " << PALMA_VERSION_STRING << ")\n";
  text << "Capture:        " << synth.frames << " frames of " << synth.width << "x" << synth.height << " ("
       << written.codec << "), " << capture_dir << "\n";
  text << "Reconstruction: preset " << config.name << ", " << result.fit.seconds << " s\n";
  for (const auto& s : result.fit.stages)
    text << "  " << std::left << std::setw(12) << s.name << std::right << std::setw(6) << s.iterations
         << " iterations " << std::setw(7) << s.seconds << " s   loss " << std::setprecision(4)
         << s.final_loss << std::setprecision(1) << "\n";
  text << "Avatar:         " << avatar_dir << "\n";
  text << "Export:         " << obj.obj << " (" << obj.vertices << " vertices, " << obj.faces << " faces)\n";
  text << "Report:         " << report_dir << "/report.html\n\n";
  text << eval::formatEvaluationTable(evaluation) << "\n";
  text << "Total:          " << secondsSince(start) << " s\n";
  writeTextFileAtomically((fs::path(out) / "summary.json").string(), summary.dump(2) + "\n");
  writeTextFileAtomically((fs::path(out) / "summary.txt").string(), text.str());
  std::cout << text.str();
  return 0;
}

}  // namespace

Command demoCommand() {
  return {"demo", "Run the whole job on a synthetic capture: synthesise, reconstruct, export, evaluate",
          runDemo};
}

}  // namespace palma::cli
