// Evaluation metrics (METHOD.md section 7): image quality within a mask (PSNR, SSIM, L1), silhouette
// IoU, 2D keypoint error in pixels and 3D vertex/joint error after Procrustes alignment, plus the
// differentiable SSIM the fitter uses as a loss.
//
// Images are `[B,H,W,C]` float32/float64 tensors with values in [0,1] (peak signal 1). A mask is a
// `[B,H,W,1]` tensor of weights in [0,1]; an undefined mask means the whole image. Reported metrics
// are computed in double precision and returned as plain numbers; every function throws
// palma::InputError naming the argument when shapes disagree, a mask selects nothing, or an input
// holds NaN or infinite values.
#pragma once

#include <torch/types.h>

#include <Eigen/Core>

#include <string>
#include <utility>
#include <vector>

namespace palma::eval {

// PSNR of identical images is infinite; it is reported as this cap instead, so that means over
// frames stay finite. 100 dB corresponds to an RMS error of 1e-5, far below 8-bit quantisation.
constexpr double kPsnrCapDb = 100.0;

// SSIM window and constants of Wang et al. 2004 ("Image quality assessment: from error visibility to
// structural similarity"), for a dynamic range of 1.
constexpr int kSsimWindow = 11;          // Gaussian window side in pixels
constexpr double kSsimSigma = 1.5;       // Gaussian standard deviation in pixels
constexpr double kSsimC1 = 0.01 * 0.01;  // (K1 L)^2
constexpr double kSsimC2 = 0.03 * 0.03;  // (K2 L)^2

// One value per image of a batch and their plain mean.
struct ImageMetric {
  std::vector<double> per_image;
  double mean = 0;
};

// Peak signal-to-noise ratio in dB (peak 1): 10 log10(1 / MSE) with the MSE weighted by the mask over
// pixels and channels; capped at kPsnrCapDb. `mean` averages the per-image dB values.
ImageMetric psnr(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask = {});

// Structural similarity (dimensionless, 1 = identical): the mean of the SSIM map (ssimMap) over the
// mask pixels and channels. The map covers only pixels at least 5 from the border (the 'valid'
// filtering of Wang et al.), so the mask is cropped the same way. Images must be at least 11x11.
ImageMetric ssim(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask = {});

// Mean absolute difference per pixel and channel within the mask, in image units ([0,1]).
ImageMetric maskedL1(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask = {});

// Intersection over union of two silhouettes `[B,H,W,1]` after binarising (value > threshold, with
// 0 < threshold < 1). An image where both silhouettes are empty scores 1 (they agree).
ImageMetric iou(const torch::Tensor& mask_a, const torch::Tensor& mask_b, double threshold = 0.5);

// The SSIM map, differentiable with respect to both images. a, b: [B,H,W,C] of the same dtype and
// device -> [B,H-10,W-10,C], where entry (y,x) is the SSIM of the 11x11 window centred on pixel
// (y+5,x+5), per channel.
torch::Tensor ssimMap(const torch::Tensor& a, const torch::Tensor& b);

// The SSIM loss of the fitter: 1 - the mask-weighted mean of ssimMap over all images, pixels and
// channels of the batch (mask cropped by 5 pixels like the map). Returns a 0-D tensor with gradients
// to a and b. Throws when the cropped mask of the whole batch is empty.
torch::Tensor ssimLoss(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask = {});

struct KeypointErrorResult {
  double mean = 0;                     // pixels, over all visible keypoints of all frames
  std::vector<double> per_frame;       // pixels, mean over the frame's visible keypoints (NaN when none)
  std::vector<int> visible_per_frame;  // number of visible keypoints in each frame
  int64_t visible = 0;                 // visible keypoints in total
};

// Euclidean pixel distance between predicted and target 2D keypoints. pred: [B,K,2]; target: [B,K,2]
// (all visible) or [B,K,3] whose third column is a confidence, visible when > 0. Throws when no
// keypoint is visible.
KeypointErrorResult keypointError(const torch::Tensor& pred, const torch::Tensor& target);

// x -> scale * rotation * x + translation.
struct SimilarityTransform {
  Eigen::Matrix3d rotation = Eigen::Matrix3d::Identity();
  Eigen::Vector3d translation = Eigen::Vector3d::Zero();
  double scale = 1;

  Eigen::Vector3d apply(const Eigen::Vector3d& x) const { return scale * (rotation * x) + translation; }
};

struct ProcrustesResult {
  torch::Tensor aligned;  // [N,3] the source points mapped onto the target, dtype of the source (CPU)
  SimilarityTransform transform;
};

// Least-squares similarity (rotation, translation and, when `scale`, a uniform scale) taking `source`
// onto `target` (Umeyama 1991, with the reflection correction). source, target: [N,3], N >= 3.
// Throws when the source points all coincide.
ProcrustesResult procrustesAlign(const torch::Tensor& source, const torch::Tensor& target, bool scale);

// Statistics of per-point Euclidean distances, in metres.
struct PointErrorStats {
  double mean = 0;
  double median = 0;
  double max = 0;
};

// Distances between `pred` aligned onto `gt` by procrustesAlign (with scale by default, as in
// PA-MPVPE) and `gt`. pred, gt: [N,3] metres.
PointErrorStats vertexErrorAfterProcrustes(const torch::Tensor& pred, const torch::Tensor& gt,
                                           bool scale = true);

// The same for a hand skeleton (PA-MPJPE): pred, gt: [16,3] joints or [21,3] keypoints, metres.
PointErrorStats jointErrorAfterProcrustes(const torch::Tensor& pred, const torch::Tensor& gt,
                                          bool scale = true);

// PSNR in dB of an albedo map over the texels the capture observed. pred, gt: [H,W,3] in [0,1];
// texel_mask: [H,W,1] weights in [0,1].
double albedoPsnr(const torch::Tensor& pred, const torch::Tensor& gt, const torch::Tensor& texel_mask);

// One row of an evaluation report: a name (split, frame or method) and named values in the order
// they were added.
struct MetricRow {
  std::string name;
  std::vector<std::pair<std::string, double>> values;

  // Sets `key` (replacing an earlier value of the same key).
  void set(const std::string& key, double value);
  // The value of `key`; throws palma::Error when the row has none.
  double get(const std::string& key) const;
  bool has(const std::string& key) const;
};

}  // namespace palma::eval
