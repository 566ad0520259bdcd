#include "core/eval/fit_benchmark.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/avatar/avatar_io.h"
#include "core/common/error.h"
#include "core/common/memory.h"
#include "core/eval/fit_benchmark_settings.h"
#include "core/eval/report.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/fit/pipeline.h"
#include "core/model/builtin_hand.h"
#include "palma/config.h"

namespace palma::eval {

namespace {

namespace fs = std::filesystem;

fit::ReconstructionConfig variantConfig(const fit::ReconstructionConfig& base, const std::string& variant) {
  fit::ReconstructionConfig c = base;
  if (variant == "full") return c;
  if (variant == "no_shadows") {
    c.shadows = false;
  } else if (variant == "no_sh") {
    c.spherical_harmonics = false;
  } else if (variant == "with_sh") {
    c.spherical_harmonics = true;
  } else if (variant == "no_displacement") {
    for (auto& s : c.stages) s.optimise.displacement = false;
  } else if (variant == "no_normal_map") {
    for (auto& s : c.stages) s.optimise.normal_map = false;
  } else if (variant == "no_stages") {
    // One stage with everything from the start, as many iterations as the schedule.
    fit::StageConfig joint = c.stages.size() > 1 ? c.stages[1] : c.stages[0];
    int epochs = 0;
    for (const auto& s : c.stages) epochs += s.epochs;
    joint.name = "all";
    joint.epochs = epochs;
    c.stages = {joint};
  } else {
    throw InputError("unknown ablation '" + variant + "'");
  }
  return c;
}

}  // namespace

std::vector<std::string> fitBenchmarkVariants() {
  return {"full", "no_shadows", "no_sh", "no_displacement", "no_normal_map", "no_stages"};
}

std::vector<FitBenchmarkRow> runFitBenchmark(const FitBenchmarkOptions& options, const CancelToken* cancel) {
  const FitBenchmarkSetting setting = fitBenchmarkSetting(options.setting);
  if (options.work_dir.empty() || !fs::is_directory(options.work_dir))
    throw InputError("fit benchmark: the work folder '" + options.work_dir + "' does not exist");
  auto report = [&](double fraction, const std::string& stage, const std::string& message) {
    if (options.progress) options.progress({fraction, stage, message});
  };
  SyntheticSettings synth;
  synth.seed = options.seed;
  synth.frames = options.frames > 0 ? options.frames : setting.frames;
  synth.width = synth.height = options.size > 0 ? options.size : setting.size;
  synth.texture_size = setting.texture;
  synth.novel_pose_frames = options.setting == "tiny" ? 2 : 8;
  synth.novel_views = options.setting == "tiny" ? 2 : 6;
  synth.sh_lighting = options.capture_sky;
  synth.specular_strength = options.capture_specular;
  synth.validate();
  report(0, "synth", "synthesising " + std::to_string(synth.frames) + " frames");
  const auto synthetic = makeSyntheticCapture(synth, {}, cancel);
  const std::string capture_dir = (fs::path(options.work_dir) / "capture").string();
  writeSyntheticCapture(synthetic, capture_dir);
  saveAvatar(synthetic.ground_truth.avatar, (fs::path(capture_dir) / "ground_truth.palma-avatar").string());
  const PreparedCapture capture = loadCaptureFolder(capture_dir);
  const HandModel model = makeBuiltinHand(synth.handedness);
  const std::string spec = synth.handedness == Handedness::Left ? "builtin:left" : "builtin:right";

  fit::ReconstructionConfig base = fit::ReconstructionConfig::preset(setting.preset);
  base.holdout_every = setting.holdout;
  base.render_size = 0;
  if (options.setting == "tiny") base.texture_size = 64;
  std::vector<std::string> variants =
      options.ablations ? fitBenchmarkVariants() : std::vector<std::string>{"full"};
  // The SH row switches the preset's lighting model either way.
  for (auto& v : variants)
    if (v == "no_sh" && !base.spherical_harmonics) v = "with_sh";
  std::vector<FitBenchmarkRow> rows;
  for (size_t v = 0; v < variants.size(); ++v) {
    const double lo = static_cast<double>(v) / variants.size(), span = 1.0 / variants.size();
    FitBenchmarkRow row;
    row.variant = variants[v];
    const auto config = variantConfig(base, variants[v]);
    fit::FitOptions fo;
    fo.cancel = cancel;
    fo.device = options.device;
    fo.progress = [&](const fit::FitProgress& p) {
      if (p.message.empty()) report(lo + span * 0.8 * p.fraction, row.variant + " " + p.stage, p.detail);
    };
    const auto t0 = std::chrono::steady_clock::now();
    const auto result = fit::reconstructCapture(model, spec, capture, fit::InitSettings{}, config, fo);
    const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (result.fit.cancelled) throw Cancelled();
    row.fit_seconds = result.fit.seconds;
    row.init_seconds = total - result.fit.seconds;
    long frame_iterations = 0;
    for (size_t s = 0; s < result.fit.stages.size(); ++s)
      frame_iterations +=
          static_cast<long>(result.fit.stages[s].iterations) *
          std::min<long>(config.stages[s].batch_size, static_cast<long>(result.fit.training_rows.size()));
    row.fit_ms_per_frame_iteration = frame_iterations > 0 ? 1000 * row.fit_seconds / frame_iterations : 0;
    saveAvatar(result.fit.avatar, (fs::path(options.work_dir) / (row.variant + ".palma-avatar")).string());
    EvaluationOptions eo;
    eo.holdout_every = config.holdout_every;
    eo.refine_epochs = setting.refine_epochs;
    report(lo + span * 0.8, row.variant + " evaluate", "");
    // The fit's cached blocks are the wrong sizes for the evaluation: without this they wait out their
    // expiry while it maps its own (docs/performance.md).
    releaseFreeMemory();
    row.report = evaluateCaptureFolder(capture_dir, result.fit.avatar, eo, {}, cancel);
    writeEvaluationReport(row.report, (fs::path(options.work_dir) / (row.variant + "-report")).string());
    rows.push_back(row);
  }
  report(1, "done", "");
  return rows;
}

namespace {
double splitValue(const EvaluationReport& r, const char* split, double SplitMetrics::*field) {
  const SplitMetrics* s = r.split(split);
  return s ? s->*field : std::nan("");
}
}  // namespace

std::string fitBenchmarkTable(const std::vector<FitBenchmarkRow>& rows) {
  std::ostringstream os;
  char line[400];
  std::snprintf(line, sizeof line, "%-16s %8s %8s %8s %8s %8s %8s %8s %7s %7s %9s %8s\n", "variant", "fit s",
                "ms/f-it", "train dB", "held dB", "held SSIM", "pose dB", "view dB", "IoU", "kp px",
                "vertex mm", "albedo dB");
  os << line;
  for (const auto& row : rows) {
    const auto& r = row.report;
    std::snprintf(
        line, sizeof line, "%-16s %8.1f %8.1f %8.2f %8.2f %9.4f %8.2f %8.2f %7.4f %7.2f %9.2f %8.2f\n",
        row.variant.c_str(), row.fit_seconds, row.fit_ms_per_frame_iteration,
        splitValue(r, "training", &SplitMetrics::psnr), splitValue(r, "held_out", &SplitMetrics::psnr),
        splitValue(r, "held_out", &SplitMetrics::ssim), splitValue(r, "novel_poses", &SplitMetrics::psnr),
        splitValue(r, "novel_views", &SplitMetrics::psnr), splitValue(r, "training", &SplitMetrics::iou),
        splitValue(r, "training", &SplitMetrics::keypoint_px), r.geometry.posed_vertices_mm.mean,
        r.albedo_psnr);
    os << line;
  }
  if (!rows.empty()) {
    os << "\nQuality bars (" << rows.front().variant << "):\n";
    for (const auto& b : rows.front().report.bars) {
      std::snprintf(line, sizeof line, "  %-22s %s %6.2f %-3s  measured %7.3f  %s\n", b.name.c_str(),
                    b.comparison.c_str(), b.threshold, b.unit.c_str(), b.value,
                    b.passed ? "passed" : "NOT MET");
      os << line;
    }
  }
  return os.str();
}

std::string fitBenchmarkJson(const std::vector<FitBenchmarkRow>& rows, const FitBenchmarkOptions& options) {
  nlohmann::json j;
  j["format"] = "palma-bench-fit";
  j["version"] = 1;
  j["palma_version"] = PALMA_VERSION_STRING;
  j["setting"] = options.setting;
  j["seed"] = options.seed;
  j["device"] = options.device.str();
  j["capture"] = {{"ambient", options.capture_sky ? "sky" : "uniform"},
                  {"specular", options.capture_specular}};
  for (const auto& row : rows) {
    nlohmann::json r;
    r["variant"] = row.variant;
    r["init_seconds"] = row.init_seconds;
    r["fit_seconds"] = row.fit_seconds;
    r["fit_ms_per_frame_iteration"] = row.fit_ms_per_frame_iteration;
    r["evaluation"] = nlohmann::json::parse(evaluationReportJson(row.report));
    j["rows"].push_back(r);
  }
  return j.dump(2) + "\n";
}

}  // namespace palma::eval
