// palma bench fit: the reconstruction measured against ground truth on the synthetic capture, at demo
// or HARP settings, with an ablation table (what shadows, SH, displacement, the normal map and the
// staged schedule each buy). docs/performance.md records the results.
#pragma once

#include <torch/types.h>

#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/eval/evaluate.h"
#include "core/eval/synthetic_capture.h"

namespace palma::eval {

struct FitBenchmarkOptions {
  std::string setting = "demo";  // "tiny" (seconds, for tests), "demo" (palma demo) or "harp" (METHOD.md §5)
  int frames = 0;                // 0: the setting's (tiny 8, demo 24, harp 100)
  int size = 0;                  // 0: the setting's (tiny 96, demo 224, harp 448)
  uint64_t seed = 1;             // of the synthetic capture
  bool ablations = false;        // also run the ablated variants
  std::string work_dir;          // capture and avatars are written here (must exist)
  torch::Device device = torch::kCPU;  // where the optimisation runs (FitOptions::device)
  // Lighting of the synthetic capture, two of the effects the fitter does not model
  // (docs/performance.md measures what each costs): the soft SH sky ambient (false: a uniform ambient,
  // the fitter's own model) and the strength of the specular lobe (0: none).
  bool capture_sky = SyntheticSettings{}.sh_lighting;
  double capture_specular = SyntheticSettings{}.specular_strength;
  ProgressCallback progress;
};

struct FitBenchmarkRow {
  std::string variant;  // "full", "no shadows", ...
  double init_seconds = 0;
  double fit_seconds = 0;
  double fit_ms_per_frame_iteration = 0;
  EvaluationReport report;
};

// The names of the variants run with ablations: full, no_shadows, no_sh (with_sh when the preset does
// not fit SH), no_displacement, no_normal_map, no_stages.
std::vector<std::string> fitBenchmarkVariants();

// Synthesises the capture into work_dir/capture, then reconstructs and evaluates each variant.
std::vector<FitBenchmarkRow> runFitBenchmark(const FitBenchmarkOptions& options,
                                             const CancelToken* cancel = nullptr);

std::string fitBenchmarkTable(const std::vector<FitBenchmarkRow>& rows);
std::string fitBenchmarkJson(const std::vector<FitBenchmarkRow>& rows, const FitBenchmarkOptions& options);

}  // namespace palma::eval
