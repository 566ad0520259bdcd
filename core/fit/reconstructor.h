// The staged reconstruction (METHOD.md §5): from a prepared capture and an initialisation to an
// Avatar, by gradient descent through the differentiable Renderer. The CLI (`palma reconstruct`), the
// studio's Reconstruct page and the benchmark all call reconstruct().
#pragma once

#include <torch/types.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/avatar/avatar.h"
#include "core/capture/prepared_capture.h"
#include "core/common/progress.h"
#include "core/fit/fit_config.h"
#include "core/model/hand_model.h"

namespace palma::fit {

// Where the optimisation starts: per-frame pose and translation and one shape (from the keypoint
// initialisation, core/fit/init.h), for the base (unsubdivided) template's skeleton.
struct FitInitial {
  torch::Tensor pose;         // [F,16,3]
  torch::Tensor translation;  // [F,3]
  torch::Tensor shape;        // [K'] (K' <= K)
};

// One report of the progress callback.
struct FitProgress {
  std::string stage;    // stage name
  int stage_index = 0;  // 0-based
  int stage_count = 0;
  int iteration = 0;         // within the stage, 1-based
  int stage_iterations = 0;  // iterations of this stage
  double fraction = 0;       // overall progress in [0,1]
  double elapsed_s = 0;
  double eta_s = 0;  // estimated seconds left (0 until measurable)
  double total_loss = 0;
  std::vector<std::pair<std::string, double>> losses;  // weighted terms of this iteration
  torch::Tensor preview;  // [H,2W,3] input frame | current render, at most every preview_interval_s
  std::string detail;     // short status for a progress line ("iteration 12/300", init steps)
  std::string message;    // events: rollbacks, learning-rate changes, checkpoints, resume
  // The avatar as fitted so far (the state of this iteration, after its step), for live 3D views:
  // only when FitOptions::snapshot_interval_s > 0, at most that often, and on the last iteration of
  // every stage. Null otherwise. Immutable and independent of the fit (its tensors are copies), so
  // another thread may keep it.
  std::shared_ptr<const Avatar> snapshot;
};
using FitCallback = std::function<void(const FitProgress&)>;

struct FitOptions {
  FitCallback progress;                 // may be empty
  const CancelToken* cancel = nullptr;  // may be null
  std::string checkpoint_dir;           // empty: no checkpoints
  bool resume = true;                   // continue from the checkpoint in checkpoint_dir when there is one
  // Start from this avatar's shape, displacement, maps and lighting instead of the defaults (its
  // template and subdivision must be those of the config). Used to refine poses of new frames with a
  // known appearance (METHOD.md §6) and to continue a finished avatar.
  const Avatar* start = nullptr;
  // Seconds between avatar snapshots in the progress reports (FitProgress::snapshot); 0: none. A
  // snapshot copies the fitted parameters (shape, displacement, maps, poses): a few milliseconds at
  // HARP's sizes, small next to one iteration.
  double snapshot_interval_s = 0;
  // Where the optimisation runs: the CPU, or a CUDA device in a build with the CUDA kernels (gpu/).
  // Inputs and results stay on the CPU either way; progress previews and snapshots come back as CPU
  // tensors.
  torch::Device device = torch::kCPU;
};

struct StageReport {
  std::string name;
  int iterations = 0;
  double seconds = 0;
  double final_loss = 0;
  int rollbacks = 0;
  double final_learning_rate_scale = 1;
  std::vector<std::pair<std::string, double>> final_losses;  // epoch means of the last epoch
};

struct FitResult {
  Avatar avatar;
  HandModel fitted_template;  // the subdivided template the avatar refers to
  std::vector<StageReport> stages;
  std::vector<int> training_rows;  // rows of the capture used for fitting
  std::vector<int> holdout_rows;   // rows held out (config.holdout_every)
  std::vector<int> skipped_rows;   // rows whose mask shows no hand (under 16 pixels): not fitted
  double seconds = 0;
  bool cancelled = false;  // stopped by the cancel token; the avatar is the last good state
  bool resumed = false;    // continued from a checkpoint
};

// Runs every stage of `config` on `capture`, starting from `initial`. `base_model` is the template as
// loaded (it is subdivided here per config); `model_spec` names it in the avatar. Throws
// palma::InputError for inconsistent inputs and palma::Error when the optimisation keeps diverging.
// A cancel returns the last good state with `cancelled` set (and writes a checkpoint when enabled).
FitResult reconstruct(const HandModel& base_model, const std::string& model_spec,
                      const PreparedCapture& capture, const FitInitial& initial,
                      const ReconstructionConfig& config, const FitOptions& options = {});

// Where a run stopped, as its checkpoint (FitOptions::checkpoint_dir) records it: the stage to run
// next (0-based; equal to the number of stages when the fit had finished), the epoch within it and the
// batches of that epoch already done.
struct CheckpointInfo {
  std::string path;  // the checkpoint file
  int stage = 0;
  int epoch = 0;
  int iteration_in_epoch = 0;
};

// Reads the position of the checkpoint in `checkpoint_dir` without loading the fit; nullopt when
// there is none. Throws palma::InputError when the file exists but cannot be read. Whether it matches
// a capture and config is checked only when a fit resumes from it.
std::optional<CheckpointInfo> readCheckpointInfo(const std::string& checkpoint_dir);

// A one-stage config that fits only the per-frame pose and translation with the appearance fixed
// (HARP's pose refinement with known appearance): `epochs` passes, silhouette + photometric + SSIM +
// keypoint anchor. Takes the texture size, subdivision and lighting switches from `base`.
ReconstructionConfig poseRefinementConfig(const ReconstructionConfig& base, int epochs);

// The capture resized to `size` rows (aspect kept): images and masks area-averaged, keypoints and
// intrinsics mapped exactly (pixel centres at integers). size 0 or equal returns it unchanged.
PreparedCapture resizeCapture(const PreparedCapture& capture, int size);

}  // namespace palma::fit
