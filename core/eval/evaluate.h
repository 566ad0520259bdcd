// The evaluation of a reconstruction against the ground truth of a synthetic capture (METHOD.md §7):
// image metrics on the training frames, the held-out frames, the novel poses and the novel views,
// geometry and albedo errors, and the pass/fail of the quality bars. Tensors in, numbers out: the files
// are read and the report written by core/eval/report.h (`palma eval`, `palma demo`, `palma bench fit`).
//
// Image metrics (PSNR, SSIM, L1) compare the avatar's render, composited over the reference frame, with
// the noise-free reference inside the union of the ground-truth mask and the rendered mask (> 0.5): a
// missing finger and a hand that spills over the background both count. IoU compares the rendered
// coverage (> 0.5) with the ground-truth mask. Keypoint errors are the distance in pixels between the
// avatar's projected keypoints and the exact ground-truth keypoints.
//
// Poses: the training frames are rendered with the avatar's fitted poses. Every other split first
// refines its poses with the appearance fixed (fit::reconstruct with fit::poseRefinementConfig, HARP's
// test-time pose refinement): held-out frames start from the avatar's poses of those rows and refine
// on the input frames; novel poses and novel views start from the ground-truth poses and refine on the
// ground-truth images. Novel views are refined and rendered in each view's camera frame (the hand and
// the avatar's lighting moved by the camera's rigid transform).
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/avatar/avatar.h"
#include "core/capture/prepared_capture.h"
#include "core/common/progress.h"
#include "core/eval/evaluation_data.h"
#include "core/eval/metrics.h"
#include "core/model/hand_model.h"

namespace palma::eval {

struct EvaluationOptions {
  int holdout_every = 0;               // rows r with r % k == k - 1 are held out (as in the fit); 0: none
  int refine_epochs = 80;              // epochs of pose refinement per split (0: evaluate the starting poses)
  int refine_size = 0;                 // square size the refinement renders at (0: the frames' size)
  double refine_learning_rate = 5e-3;  // Adam step of the refinement (pose radians; translation in 0.1 m)
  // Weight of the frames' 2D keypoints in the refinement (the fit's robust reprojection term). The
  // refinement has no 3D anchor to its starting joints: the starting pose is what it corrects.
  double refine_keypoint_weight = 0.5;
  int report_examples = 4;  // input / render / difference triples kept per split for the report
  int render_batch = 4;     // frames per renderer call while measuring
  uint64_t seed = 1;        // refinement frame order
};

// Metrics of one split.
struct SplitMetrics {
  std::string name;   // "training", "held_out", "novel_poses", "novel_views"
  std::string label;  // "Training frames", ...
  int frames = 0;
  bool refined = false;    // poses refined with the appearance fixed before measuring
  std::vector<int> rows;   // rows of the split's source (capture rows or set frames)
  double psnr = 0;         // dB, mean over frames
  double ssim = 0;         // mean over frames
  double l1 = 0;           // mean over frames, [0,1] units
  double iou = 0;          // mean over frames
  double keypoint_px = 0;  // mean over visible keypoints; NaN without ground-truth keypoints
  std::vector<double> per_frame_psnr;
  std::vector<double> per_frame_iou;
  // Examples for the report: [n,H,W,3] reference frame, render composited over it, |difference| x 4.
  std::vector<int> example_rows;
  torch::Tensor example_input, example_render, example_difference;
};

struct GeometryMetrics {
  bool vertices_compared = false;     // false when the two templates differ (then joints only)
  std::string vertex_note;            // what was compared
  PointErrorStats posed_vertices_mm;  // training frames, per frame after Procrustes (with scale)
  PointErrorStats rest_vertices_mm;   // rest pose (shape + displacement), after Procrustes
  PointErrorStats joints_mm;          // 21 keypoints of the training frames after Procrustes (PA-MPJPE)
};

// One quality bar of the issue: value compared with the threshold.
struct QualityBar {
  std::string name;        // "Held-out PSNR"
  std::string comparison;  // ">=" or "<="
  double threshold = 0;
  double value = 0;
  std::string unit;  // "dB", "px", ""
  bool passed = false;
};

struct EvaluationReport {
  std::vector<SplitMetrics> splits;
  GeometryMetrics geometry;
  double albedo_psnr = 0;                 // dB over observed texels
  double albedo_psnr_gain_corrected = 0;  // dB after the best per-channel gain (albedo/light ambiguity)
  double observed_texel_fraction = 0;     // observed texels / texels of the ground-truth map
  std::vector<QualityBar> bars;
  int holdout_every = 0;
  int refine_epochs = 0;
  std::string reference_note;  // what the training/held-out frames were compared against
  double seconds = 0;
  // Maps for the report, [H,W,3] in [0,1]: the avatar's and the ground truth's; observed [Ht,Wt,1].
  torch::Tensor albedo, normal_map, gt_albedo, gt_normal_map, observed_texels;

  bool allPassed() const;
  // The split of that name, or nullptr.
  const SplitMetrics* split(const std::string& name) const;
};

// Evaluates `avatar` (its template: `avatar_model` = loadHandModel(avatar.model_spec), unsubdivided)
// against `ground_truth` (on `gt_model`) and `data`. `input` is the capture as the fit saw it (its
// frames are what held-out poses are refined on; its rows match data.capture). Throws
// palma::InputError for inconsistent inputs (frame counts, sizes, an avatar with a motion of another
// length, a hold-out that leaves no frames), palma::Cancelled when cancelled.
EvaluationReport evaluateAvatar(const Avatar& avatar, const HandModel& avatar_model,
                                const Avatar& ground_truth, const HandModel& gt_model,
                                const EvaluationData& data, const PreparedCapture& input,
                                const EvaluationOptions& options = {}, const ProgressCallback& progress = {},
                                const CancelToken* cancel = nullptr);

// The quality bars of the issue for a report's splits: held-out PSNR >= 30 dB, held-out SSIM >= 0.95
// (hand region), novel-pose PSNR >= 28 dB, held-out silhouette IoU >= 0.95 and held-out keypoint error
// <= 3 px. Without held-out frames the training frames stand in (and the bars say so); without novel
// poses that bar is left out.
std::vector<QualityBar> qualityBars(const std::vector<SplitMetrics>& splits);

// The avatar's lighting as seen from a camera with world -> camera rotation R and translation t: the
// point light moved, the SH irradiance rotated.
AvatarLighting transformLighting(const AvatarLighting& lighting, const Eigen::Matrix3d& rotation,
                                 const Eigen::Vector3d& translation);

}  // namespace palma::eval
