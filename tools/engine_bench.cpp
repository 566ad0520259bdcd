// palma-engine-bench: the render and fit benchmarks with the engine alone (LibTorch, no OpenCV, Qt or
// Assimp), for machines that have only LibTorch, such as a GPU machine with a CUDA LibTorch:
//
//   palma-engine-bench render [--device cuda] [--sizes 448,256] [--frames 8] [--repeats 3]
//                             [--no-dense] [--no-baseline] [--trace DIR]
//   palma-engine-bench fit [--device cuda] [--setting tiny|demo|harp] [--frames N] [--size N]
//
// `render` is `palma bench render`. `fit` synthesises the benchmark capture in memory (no video
// compression, unlike `palma bench fit`), then times the initialisation and the reconstruction of the
// setting's preset and prints each stage's time and final loss; quality is measured by
// `palma bench fit`.
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/common/memory.h"
#include "core/common/threads.h"
#include "core/eval/fit_benchmark_settings.h"
#include "core/eval/render_benchmark.h"
#include "core/eval/synthetic_capture.h"
#include "core/fit/pipeline.h"
#include "core/model/builtin_hand.h"
#include "core/render/gpu_dispatch.h"

using namespace palma;

namespace {

const char* kUsage =
    "usage: palma-engine-bench render [--device NAME] [--sizes LIST] [--frames N] [--repeats N]\n"
    "                                 [--no-dense] [--no-baseline] [--threads N] [--trace DIR]\n"
    "       palma-engine-bench fit [--device NAME] [--setting tiny|demo|harp] [--frames N] [--size N]\n"
    "                              [--threads N]\n"
    "NAME is cpu, cuda or cuda:N (cuda needs a build with the CUDA kernels).\n";

// --name value pairs and --flags after the subcommand.
struct Args {
  std::map<std::string, std::string> values;
  std::vector<std::string> flags;

  bool flag(const std::string& name) const {
    for (const auto& f : flags)
      if (f == name) return true;
    return false;
  }
  std::string get(const std::string& name, const std::string& fallback) const {
    const auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
  }
  int getInt(const std::string& name, int fallback, int lo, int hi) const {
    const auto it = values.find(name);
    if (it == values.end()) return fallback;
    char* end = nullptr;
    const long v = std::strtol(it->second.c_str(), &end, 10);
    if (it->second.empty() || *end != '\0' || v < lo || v > hi)
      throw InputError("--" + name + " must be a whole number from " + std::to_string(lo) + " to " +
                       std::to_string(hi) + ", got '" + it->second + "'");
    return static_cast<int>(v);
  }
};

Args parseArgs(int argc, char** argv, const std::vector<std::string>& flag_names) {
  Args a;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) throw InputError("unexpected argument '" + arg + "'");
    arg = arg.substr(2);
    bool is_flag = false;
    for (const auto& f : flag_names) is_flag = is_flag || f == arg;
    if (is_flag) {
      a.flags.push_back(arg);
    } else {
      if (i + 1 >= argc) throw InputError("--" + arg + " needs a value");
      a.values[arg] = argv[++i];
    }
  }
  return a;
}

std::vector<int> parseSizes(const std::string& text) {
  std::vector<int> sizes;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    char* end = nullptr;
    const long v = std::strtol(item.c_str(), &end, 10);
    if (item.empty() || *end != '\0' || v < 16 || v > 4096)
      throw InputError("--sizes takes sizes from 16 to 4096 separated by commas, got '" + text + "'");
    sizes.push_back(static_cast<int>(v));
  }
  if (sizes.empty()) throw InputError("--sizes needs at least one size");
  return sizes;
}

int runRender(const Args& args) {
  eval::RenderBenchmarkOptions options;
  options.device = render::parseComputeDevice(args.get("device", "cpu"));
  options.sizes = parseSizes(args.get("sizes", "448,256"));
  options.frames = args.getInt("frames", 8, 1, 64);
  options.repeats = args.getInt("repeats", 3, 1, 100);
  options.dense = !args.flag("no-dense");
  options.baseline = !args.flag("no-baseline");
  options.trace_dir = args.get("trace", "");
  options.progress = [](const ProgressEvent& e) {
    if (e.fraction < 1.0)
      std::cerr << "[" << static_cast<int>(100 * e.fraction) << "%] " << e.message << std::endl;
  };
  std::cout << eval::renderBenchmarkTable(eval::runRenderBenchmark(options));
  return 0;
}

int runFit(const Args& args) {
  const torch::Device device = render::parseComputeDevice(args.get("device", "cpu"));
  const std::string setting_name = args.get("setting", "harp");
  const eval::FitBenchmarkSetting setting = eval::fitBenchmarkSetting(setting_name);
  eval::SyntheticSettings synth;
  synth.frames = args.getInt("frames", setting.frames, 2, 100000);
  synth.width = synth.height = args.getInt("size", setting.size, 32, 4096);
  synth.texture_size = setting.texture;
  synth.novel_pose_frames = 0;
  synth.novel_views = 0;
  synth.validate();
  std::cerr << "synthesising " << synth.frames << " frames at " << synth.width << "^2" << std::endl;
  const auto capture_data = eval::makeSyntheticCapture(synth);
  const PreparedCapture capture = eval::toPreparedCapture(capture_data.frames, synth.handedness);
  const HandModel model = makeBuiltinHand(synth.handedness);
  fit::ReconstructionConfig config = fit::ReconstructionConfig::preset(setting.preset);
  config.holdout_every = setting.holdout;
  config.render_size = 0;
  if (setting_name == "tiny") config.texture_size = 64;
  fit::FitOptions options;
  options.device = device;
  int last_percent = -1;
  options.progress = [&](const fit::FitProgress& p) {
    const int percent = static_cast<int>(100 * p.fraction);
    if (!p.message.empty()) std::cerr << p.message << std::endl;
    if (percent / 5 != last_percent / 5) {
      last_percent = percent;
      std::cerr << "[" << percent << "%] " << p.stage << " " << p.detail << std::endl;
    }
  };
  const auto start = std::chrono::steady_clock::now();
  const auto result =
      fit::reconstructCapture(model, "builtin:right", capture, fit::InitSettings{}, config, options);
  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long frame_iterations = 0;
  std::printf("setting %s, device %s, %d frames at %d^2, preset %s, %d threads\n", setting_name.c_str(),
              device.str().c_str(), synth.frames, synth.width, config.name.c_str(), at::get_num_threads());
  std::printf("%-12s %10s %10s %12s\n", "stage", "iterations", "seconds", "final loss");
  for (size_t s = 0; s < result.fit.stages.size(); ++s) {
    const auto& st = result.fit.stages[s];
    frame_iterations +=
        static_cast<long>(st.iterations) *
        std::min<long>(config.stages[s].batch_size, static_cast<long>(result.fit.training_rows.size()));
    std::printf("%-12s %10d %10.2f %12.6g\n", st.name.c_str(), st.iterations, st.seconds, st.final_loss);
  }
  std::printf("initialisation %.2f s, reconstruction %.2f s, %.2f ms per frame-iteration\n",
              total - result.fit.seconds, result.fit.seconds,
              frame_iterations > 0 ? 1000 * result.fit.seconds / frame_iterations : 0.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  boundThreadSpinning(argv);
  reuseLargeAllocations();
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    std::cout << kUsage;
    return argc < 2 ? 2 : 0;
  }
  try {
    const std::string command = argv[1];
    if (command == "render") {
      const Args args = parseArgs(argc, argv, {"no-dense", "no-baseline"});
      configureThreads(args.getInt("threads", 0, 0, 256));
      return runRender(args);
    }
    if (command == "fit") {
      const Args args = parseArgs(argc, argv, {});
      configureThreads(args.getInt("threads", 0, 0, 256));
      return runFit(args);
    }
    std::cerr << "palma-engine-bench: unknown command '" << command << "'\n" << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "palma-engine-bench: error: " << e.what() << std::endl;
    return 1;
  }
}
