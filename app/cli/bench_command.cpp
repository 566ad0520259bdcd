// palma bench render: speed and memory of the renderer against the LibTorch-op baseline.
#include <ATen/Parallel.h>

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/capture_lighting.h"
#include "app/cli/commands.h"
#include "app/cli/progress_bar.h"
#include "core/common/atomic_file.h"
#include "core/common/cpu_isa.h"
#include "core/common/threads.h"
#include "core/eval/fit_benchmark.h"
#include "core/eval/render_benchmark.h"
#include "core/render/gpu_dispatch.h"
#include "palma/config.h"

namespace palma::cli {
namespace {

std::vector<int> parseSizes(const std::string& text) {
  std::vector<int> sizes;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    const int size = parseInteger(item, "image size '" + item + "' in --sizes");
    if (size < 16 || size > 4096) throw UsageError("--sizes: image sizes must be 16..4096, got " + item);
    sizes.push_back(size);
  }
  if (sizes.empty()) throw UsageError("--sizes needs at least one size, e.g. 448,256");
  return sizes;
}

int runRenderBench(const std::vector<std::string>& args) {
  ArgParser parser(
      "palma bench render",
      "Time the differentiable renderer (forward, forward + backward, peak memory) on posed\n"
      "built-in hands, against the straightforward LibTorch-op implementation of the same shading.");
  parser.option("sizes", "LIST", "Square image sizes in pixels", "448,256")
      .option("frames", "N", "Frames per batch", "8")
      .option("repeats", "N", "Timed runs per case (the median is reported)", "3")
      .option("threads", "N", "Worker threads (0: one per core)", "0")
      .option("device", "NAME", "cpu, or cuda / cuda:N in a build with the CUDA kernels", "cpu")
      .option("json", "FILE", "Also write the results as JSON to FILE")
      .option("trace", "DIR",
              "Also profile one more forward + backward per case and write its operators as a\n      "
              "Chrome trace to DIR/<impl>-<mesh>-<size>.json (chrome://tracing, ui.perfetto.dev)")
      .flag("no-dense", "Skip the 2-level Loop subdivided hand (~110k triangles)")
      .flag("no-baseline", "Skip the LibTorch-op baseline")
      .epilog(
          "Targets (docs/performance.md): <= 10 ms per frame forward + backward at 448^2 with the\n"
          "~6k-triangle hand, and >= 3x faster than the baseline; on one H100 (--device cuda)\n"
          "<= 0.5 ms per frame.");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  // Fail before a minute of benchmarking, not after, when the JSON cannot be written.
  if (const auto path = parsed.find("json")) {
    const auto dir = std::filesystem::path(*path).parent_path();
    const std::string where = dir.empty() ? std::string(".") : dir.string();
    if (!std::filesystem::is_directory(where))
      throw Error("cannot write '" + *path + "': the directory '" + where + "' does not exist");
    // Root may pass access() checks where creating a file still fails (/proc): try it.
    std::string probe = where + "/.palma-bench-XXXXXX";
    const int fd = ::mkstemp(probe.data());
    if (fd < 0) throw Error("cannot write '" + *path + "': cannot create a file in '" + where + "'");
    ::close(fd);
    ::unlink(probe.c_str());
  }
  eval::RenderBenchmarkOptions options;
  if (const auto dir = parsed.find("trace")) {
    if (!std::filesystem::is_directory(*dir))
      throw Error("--trace: '" + *dir + "' is not a directory (create it first)");
    options.trace_dir = *dir;
  }
  options.device = render::parseComputeDevice(parsed.get("device"));
  options.sizes = parseSizes(parsed.get("sizes"));
  options.frames = parsed.getInt("frames", 1, 64);
  options.repeats = parsed.getInt("repeats", 1, 100);
  options.dense = !parsed.flag("no-dense");
  options.baseline = !parsed.flag("no-baseline");
  const int threads = configureThreads(parsed.getInt("threads", 0, 256));
  const std::string kernels = cpu::isaName(cpu::cpuIsa());
  std::cerr << "Using " << threads << " worker thread" << (threads == 1 ? "" : "s") << ", " << kernels
            << " CPU kernels, threads wait: " << threadWaiting() << std::endl;
  options.progress = [](const ProgressEvent& e) {
    if (e.fraction < 1.0)
      std::cerr << "[" << static_cast<int>(100 * e.fraction) << "%] " << e.message << std::endl;
  };
  const auto rows = eval::runRenderBenchmark(options);
  std::cout << eval::renderBenchmarkTable(rows);
  if (const auto path = parsed.find("json")) {
    nlohmann::json j;
    j["palma_version"] = PALMA_VERSION_STRING;
    j["threads"] = at::get_num_threads();
    j["cpu_kernels"] = kernels;
    j["thread_waiting"] = threadWaiting();
    j["device"] = options.device.str();
    j["frames"] = options.frames;
    for (const auto& r : rows)
      j["results"].push_back({{"implementation", r.implementation},
                              {"device", r.device},
                              {"mesh", r.mesh},
                              {"triangles", r.triangles},
                              {"vertices", r.vertices},
                              {"size", r.size},
                              {"covered_fraction", r.covered_fraction},
                              {"forward_ms_per_frame", r.forward_ms},
                              {"forward_backward_ms_per_frame", r.forward_backward_ms},
                              {"peak_memory_mb", r.peak_memory_mb},
                              {"stages_ms_per_frame",
                               {{"rasterize", r.rasterize_ms},
                                {"shadow", r.shadow_ms},
                                {"shade", r.shade_ms},
                                {"antialias", r.antialias_ms}}}});
    writeTextFileAtomically(*path, j.dump(2) + "\n");
    std::cout << "Wrote " << *path << "\n";
  }
  return 0;
}

int runFitBench(const std::vector<std::string>& args) {
  ArgParser parser("palma bench fit",
                   "Reconstruct the synthetic capture and evaluate against its ground truth: held-out\n"
                   "frames, novel poses and views, silhouettes, keypoints, geometry and albedo, with the\n"
                   "quality bars; optionally an ablation table.");
  parser
      .option("setting", "NAME",
              "tiny (seconds), demo (as palma demo) or harp (100 frames, 448^2, 300 epochs)", "demo")
      .option("frames", "N", "Frames of the capture (0: the setting's)", "0")
      .option("size", "PIXELS", "Frame size (0: the setting's)", "0")
      .option("seed", "N", "Seed of the synthetic capture", "1")
      .flag("ablations", "Also run without shadows, SH, displacement, normal map and staged schedule")
      .option("work", "DIR", "Folder for the capture, avatars and reports (default: a new temporary folder)")
      .option("threads", "N", "Worker threads (0: one per core)", "0")
      .option("device", "NAME", "Where the fit runs: cpu, or cuda / cuda:N in a build with the CUDA kernels",
              "cpu")
      .option("json", "FILE", "Also write the results as JSON to FILE");
  addCaptureLightingOptions(parser, "capture-");
  parser.epilog(
      "Bars (docs/performance.md): held-out PSNR >= 30 dB and SSIM >= 0.95 on the hand, novel poses\n"
      "PSNR >= 28 dB, IoU >= 0.95, keypoint error <= 3 px.");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  eval::FitBenchmarkOptions options;
  options.setting = parsed.get("setting");
  if (options.setting != "tiny" && options.setting != "demo" && options.setting != "harp")
    throw UsageError("--setting must be tiny, demo or harp, not '" + options.setting + "'");
  options.frames = parsed.getInt("frames", 0, 100000);
  options.size = parsed.getInt("size", 0, 4096);
  if (options.size > 0 && options.size < 32) throw UsageError("--size must be 0 or at least 32");
  options.seed = static_cast<uint64_t>(parsed.getInt("seed", 0, 2147483647));
  options.ablations = parsed.flag("ablations");
  readCaptureLighting(parsed, "capture-", options.capture_sky, options.capture_specular);
  options.device = render::parseComputeDevice(parsed.get("device"));
  if (parsed.has("work")) {
    options.work_dir = parsed.get("work");
    std::error_code ec;
    std::filesystem::create_directories(options.work_dir, ec);
    if (!std::filesystem::is_directory(options.work_dir))
      throw Error("cannot create the work folder '" + options.work_dir + "'");
  } else {
    std::string pattern = (std::filesystem::temp_directory_path() / "palma-bench-fit-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw Error("cannot create a temporary folder for the benchmark");
    options.work_dir = pattern;
  }
  const int threads = configureThreads(parsed.getInt("threads", 0, 256));
  const std::string kernels = cpu::isaName(cpu::cpuIsa());
  std::cerr << "Using " << threads << " worker thread" << (threads == 1 ? "" : "s") << ", " << kernels
            << " CPU kernels, threads wait: " << threadWaiting() << "; work folder " << options.work_dir
            << std::endl;
  ProgressBar bar;
  options.progress = [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); };
  const auto rows = eval::runFitBenchmark(options);
  bar.finish();
  std::cout << eval::fitBenchmarkTable(rows);
  std::cout << "Reports: " << options.work_dir << "/<variant>-report/report.html\n";
  if (const auto path = parsed.find("json")) {
    writeTextFileAtomically(*path, eval::fitBenchmarkJson(rows, options));
    std::cout << "Wrote " << *path << "\n";
  }
  return 0;
}

}  // namespace

Command benchCommand() {
  return {"bench", "Benchmarks (speed and memory targets)", [](const std::vector<std::string>& args) {
            return dispatch(
                "palma bench", "Benchmarks with the project's speed and memory targets.",
                {{"render", "Renderer speed and memory against the LibTorch-op baseline", runRenderBench},
                 {"fit", "Reconstruction quality and time on the synthetic benchmark", runFitBench}},
                args, std::cout);
          }};
}

}  // namespace palma::cli
