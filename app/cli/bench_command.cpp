// palma bench render: speed and memory of the renderer against the LibTorch-op baseline.
#include <ATen/Parallel.h>

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "core/common/atomic_file.h"
#include "core/common/threads.h"
#include "core/eval/render_benchmark.h"
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
      .option("json", "FILE", "Also write the results as JSON to FILE")
      .flag("no-dense", "Skip the 2-level Loop subdivided hand (~110k triangles)")
      .flag("no-baseline", "Skip the LibTorch-op baseline")
      .epilog(
          "Targets (docs/performance.md): <= 10 ms per frame forward + backward at 448^2 with the\n"
          "~6k-triangle hand, and >= 3x faster than the baseline.");
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
  options.sizes = parseSizes(parsed.get("sizes"));
  options.frames = parsed.getInt("frames", 1, 64);
  options.repeats = parsed.getInt("repeats", 1, 100);
  options.dense = !parsed.flag("no-dense");
  options.baseline = !parsed.flag("no-baseline");
  const int threads = configureThreads(parsed.getInt("threads", 0, 256));
  std::cerr << "Using " << threads << " worker thread" << (threads == 1 ? "" : "s") << std::endl;
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
    j["frames"] = options.frames;
    for (const auto& r : rows)
      j["results"].push_back({{"implementation", r.implementation},
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

}  // namespace

Command benchCommand() {
  return {"bench", "Benchmarks (speed and memory targets)", [](const std::vector<std::string>& args) {
            return dispatch(
                "palma bench", "Benchmarks with the project's speed and memory targets.",
                {{"render", "Renderer speed and memory against the LibTorch-op baseline", runRenderBench}},
                args, std::cout);
          }};
}

}  // namespace palma::cli
