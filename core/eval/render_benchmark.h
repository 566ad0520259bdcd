// The render benchmark (`palma bench render`): the Renderer against the straightforward LibTorch-op
// implementation (render_baseline.h) on posed built-in hands, forward and forward + backward, with
// milliseconds per frame and peak memory.
#pragma once

#include <torch/types.h>

#include <string>
#include <vector>

#include "core/common/progress.h"

namespace palma::eval {

struct RenderBenchmarkOptions {
  std::vector<int> sizes = {448, 256};  // square image sizes (HARP renders 448^2)
  int frames = 8;                       // frames per batch (HARP's batch is 8-18)
  int repeats = 3;                      // timed runs per case; the median is reported
  bool dense = true;                    // also the 2-level Loop subdivision (~55k vertices, XHand's scale)
  bool baseline = true;                 // also time the LibTorch-op baseline
  int texture_size = 512;               // albedo and normal map size (HARP: 512^2)
  int shadow_resolution = 256;          // shadow map size
  torch::Device device = torch::kCPU;   // where the scenes live and both implementations run
  // When set: after the timed runs of each case, one more forward + backward runs under LibTorch's
  // profiler and its operators and autograd nodes go to <trace_dir>/<implementation>-<mesh>-<size>.json
  // (Chrome trace format: chrome://tracing, ui.perfetto.dev). The directory must exist.
  std::string trace_dir;
  ProgressCallback progress;  // one event per case
};

struct RenderBenchmarkRow {
  std::string implementation;  // "palma" or "torch-ops"
  std::string device;          // "cpu", "cuda:0", ...
  std::string mesh;            // "hand" or "hand-loop2"
  int64_t triangles = 0;
  int64_t vertices = 0;
  int size = 0;  // image side in pixels
  int frames = 0;
  double covered_fraction = 0;     // share of pixels the hands cover
  double forward_ms = 0;           // per frame, forward only (no autograd graph)
  double forward_backward_ms = 0;  // per frame, forward + backward of an L1 image + mask loss
  double peak_memory_mb = 0;       // growth of the peak resident set (CPU) or of the CUDA allocator's
                                   // peak (CUDA) during forward + backward
  double rasterize_ms = 0;         // per frame, stage times of the forward (palma only)
  double shadow_ms = 0;
  double shade_ms = 0;
  double antialias_ms = 0;
};

std::vector<RenderBenchmarkRow> runRenderBenchmark(const RenderBenchmarkOptions& options);

// A fixed-width table of the rows, with the speed-up over the baseline where both were measured.
std::string renderBenchmarkTable(const std::vector<RenderBenchmarkRow>& rows);

}  // namespace palma::eval
