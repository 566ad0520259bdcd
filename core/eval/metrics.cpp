#include "core/eval/metrics.h"

#include <torch/torch.h>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "core/common/error.h"
#include "core/render/op_checks.h"

namespace palma::eval {
namespace {

using render::checkFinite;
using render::checkFloatTensor;
using render::describe;

constexpr int kSsimRadius = kSsimWindow / 2;

[[noreturn]] void inputError(const char* op, const std::string& message) {
  throw InputError(std::string(op) + ": " + message);
}

// a, b: [B,H,W,C] float tensors of the same shape.
void checkImagePair(const char* op, const torch::Tensor& a, const torch::Tensor& b) {
  checkFloatTensor(op, "a", a, 4, -1);
  checkFloatTensor(op, "b", b, 4, -1);
  if (a.sizes() != b.sizes())
    inputError(op, "`a` " + describe(a) + " and `b` " + describe(b) + " must have the same shape");
  if (a.numel() == 0) inputError(op, "the images are empty: " + describe(a));
}

// mask: [B,H,W,1] weights in [0,1] matching image [B,H,W,C]. Returns it as float64 on the image's
// device, or an all-ones mask when undefined.
torch::Tensor checkedMask(const char* op, const char* name, const torch::Tensor& mask,
                          const torch::Tensor& image) {
  if (!mask.defined())
    return torch::ones({image.size(0), image.size(1), image.size(2), 1},
                       image.options().dtype(torch::kFloat64));
  checkFloatTensor(op, name, mask, 4, 1);
  if (mask.size(0) != image.size(0) || mask.size(1) != image.size(1) || mask.size(2) != image.size(2))
    inputError(op, std::string("`") + name + "` " + describe(mask) +
                       " must be [B,H,W,1] matching the images " + describe(image));
  checkFinite(op, name, mask);
  auto m = mask.to(image.device(), torch::kFloat64);
  if (m.min().item<double>() < 0 || m.max().item<double>() > 1)
    inputError(op, std::string("`") + name + "` values must lie in [0, 1]");
  return m;
}

// weights: [B] sums of mask weights; throws naming the first image whose mask selects nothing.
void checkMaskNotEmpty(const char* op, const char* name, const torch::Tensor& weights, const char* where) {
  const auto w = weights.cpu();
  for (int64_t i = 0; i < w.size(0); ++i)
    if (!(w[i].item<double>() > 0)) {
      std::ostringstream os;
      os << "`" << name << "` selects no pixel" << where << " in image " << i;
      inputError(op, os.str());
    }
}

std::vector<double> toVector(const torch::Tensor& t) {
  const auto c = t.to(torch::kCPU, torch::kFloat64).contiguous();
  return std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
}

ImageMetric summarise(std::vector<double> per_image) {
  ImageMetric m;
  for (const double v : per_image) m.mean += v;
  m.mean /= static_cast<double>(per_image.size());
  m.per_image = std::move(per_image);
  return m;
}

// The normalised 1-D Gaussian of the SSIM window: [11].
torch::Tensor gaussian1d(const torch::TensorOptions& options) {
  std::vector<double> g(kSsimWindow);
  double sum = 0;
  for (int i = 0; i < kSsimWindow; ++i) {
    const double d = i - kSsimRadius;
    g[i] = std::exp(-d * d / (2 * kSsimSigma * kSsimSigma));
    sum += g[i];
  }
  for (double& v : g) v /= sum;
  return torch::tensor(g, torch::kFloat64).to(options);
}

// The mask cropped to the pixels the SSIM map covers: [B,H,W,1] -> [B,H-10,W-10,1].
torch::Tensor cropToSsimMap(const torch::Tensor& mask) {
  return mask.narrow(1, kSsimRadius, mask.size(1) - 2 * kSsimRadius)
      .narrow(2, kSsimRadius, mask.size(2) - 2 * kSsimRadius);
}

// points: [N,3] -> Eigen 3xN in double.
Eigen::Matrix3Xd toEigenPoints(const torch::Tensor& points) {
  const auto c = points.to(torch::kCPU, torch::kFloat64).contiguous();
  return Eigen::Map<const Eigen::Matrix3Xd>(c.data_ptr<double>(), 3, c.size(0));
}

void checkPointPair(const char* op, const char* name_a, const torch::Tensor& a, const char* name_b,
                    const torch::Tensor& b) {
  checkFloatTensor(op, name_a, a, 2, 3);
  checkFloatTensor(op, name_b, b, 2, 3);
  if (a.size(0) != b.size(0))
    inputError(op, std::string("`") + name_a + "` " + describe(a) + " and `" + name_b + "` " + describe(b) +
                       " must hold the same number of points");
  if (a.size(0) < 3) inputError(op, std::string("at least 3 points are needed, got ") + describe(a));
  checkFinite(op, name_a, a);
  checkFinite(op, name_b, b);
}

PointErrorStats distanceStats(const Eigen::Matrix3Xd& a, const Eigen::Matrix3Xd& b) {
  std::vector<double> d(static_cast<size_t>(a.cols()));
  for (Eigen::Index i = 0; i < a.cols(); ++i) d[static_cast<size_t>(i)] = (a.col(i) - b.col(i)).norm();
  PointErrorStats s;
  for (const double v : d) {
    s.mean += v;
    s.max = std::max(s.max, v);
  }
  s.mean /= static_cast<double>(d.size());
  std::sort(d.begin(), d.end());
  const size_t n = d.size();
  s.median = n % 2 ? d[n / 2] : 0.5 * (d[n / 2 - 1] + d[n / 2]);
  return s;
}

PointErrorStats errorAfterProcrustes(const char* op, const torch::Tensor& pred, const torch::Tensor& gt,
                                     bool scale) {
  checkPointPair(op, "pred", pred, "gt", gt);
  const auto aligned = procrustesAlign(pred, gt, scale).aligned;
  return distanceStats(toEigenPoints(aligned), toEigenPoints(gt));
}

}  // namespace

ImageMetric psnr(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask) {
  // a, b: [B,H,W,C]; mask: [B,H,W,1]
  constexpr const char* op = "psnr";
  checkImagePair(op, a, b);
  checkFinite(op, "a", a);
  checkFinite(op, "b", b);
  torch::NoGradGuard no_grad;
  const auto m = checkedMask(op, "mask", mask, a);
  const auto weight = m.sum({1, 2, 3});  // [B]
  checkMaskNotEmpty(op, "mask", weight, "");
  const auto diff = a.to(torch::kFloat64) - b.to(a.device(), torch::kFloat64);
  const auto mse = (diff.square() * m).sum({1, 2, 3}) / (weight * static_cast<double>(a.size(3)));
  std::vector<double> per_image = toVector(mse);
  for (double& v : per_image) v = v > 0 ? std::min(kPsnrCapDb, -10.0 * std::log10(v)) : kPsnrCapDb;
  return summarise(std::move(per_image));
}

ImageMetric ssim(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask) {
  // a, b: [B,H,W,C]; mask: [B,H,W,1]
  constexpr const char* op = "ssim";
  checkImagePair(op, a, b);
  checkFinite(op, "a", a);
  checkFinite(op, "b", b);
  torch::NoGradGuard no_grad;
  const auto m = checkedMask(op, "mask", mask, a);
  // A few frames at a time: the double-precision map and its filtered moments for a whole split (90
  // frames of 448^2) took about 10 GB.
  constexpr int64_t kFramesPerChunk = 8;
  std::vector<torch::Tensor> sums;
  for (int64_t s = 0; s < a.size(0); s += kFramesPerChunk) {
    const int64_t e = std::min<int64_t>(a.size(0), s + kFramesPerChunk);
    const auto map = ssimMap(a.slice(0, s, e).to(torch::kFloat64),
                             b.slice(0, s, e).to(a.device(), torch::kFloat64));  // [b,H',W',C]
    sums.push_back((map * cropToSsimMap(m.slice(0, s, e))).sum({1, 2, 3}));
  }
  const auto weight = cropToSsimMap(m).sum({1, 2, 3});
  checkMaskNotEmpty(op, "mask", weight, " at least 5 pixels from the border");
  const auto mean = sums.empty() ? weight : torch::cat(sums) / (weight * static_cast<double>(a.size(3)));
  return summarise(toVector(mean));
}

ImageMetric maskedL1(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask) {
  // a, b: [B,H,W,C]; mask: [B,H,W,1]
  constexpr const char* op = "maskedL1";
  checkImagePair(op, a, b);
  checkFinite(op, "a", a);
  checkFinite(op, "b", b);
  torch::NoGradGuard no_grad;
  const auto m = checkedMask(op, "mask", mask, a);
  const auto weight = m.sum({1, 2, 3});
  checkMaskNotEmpty(op, "mask", weight, "");
  const auto diff = a.to(torch::kFloat64) - b.to(a.device(), torch::kFloat64);
  return summarise(toVector((diff.abs() * m).sum({1, 2, 3}) / (weight * static_cast<double>(a.size(3)))));
}

ImageMetric iou(const torch::Tensor& mask_a, const torch::Tensor& mask_b, double threshold) {
  // mask_a, mask_b: [B,H,W,1]
  constexpr const char* op = "iou";
  checkFloatTensor(op, "mask_a", mask_a, 4, 1);
  checkFloatTensor(op, "mask_b", mask_b, 4, 1);
  if (mask_a.sizes() != mask_b.sizes())
    inputError(op, "`mask_a` " + describe(mask_a) + " and `mask_b` " + describe(mask_b) +
                       " must have the same shape");
  if (mask_a.numel() == 0) inputError(op, "the masks are empty: " + describe(mask_a));
  if (!(threshold > 0 && threshold < 1)) {
    std::ostringstream os;
    os << "`threshold` must lie strictly between 0 and 1, got " << threshold;
    inputError(op, os.str());
  }
  checkFinite(op, "mask_a", mask_a);
  checkFinite(op, "mask_b", mask_b);
  torch::NoGradGuard no_grad;
  const auto in_a = mask_a > threshold;
  const auto in_b = mask_b.to(mask_a.device()) > threshold;
  const auto inter = (in_a & in_b).sum({1, 2, 3});
  const auto uni = (in_a | in_b).sum({1, 2, 3});
  std::vector<double> i = toVector(inter), u = toVector(uni), per_image(i.size());
  for (size_t k = 0; k < i.size(); ++k) per_image[k] = u[k] > 0 ? i[k] / u[k] : 1.0;
  return summarise(std::move(per_image));
}

namespace {
void checkSsimInputs(const char* op, const torch::Tensor& a, const torch::Tensor& b) {
  checkImagePair(op, a, b);
  render::checkSameKind(op, "a", a, "b", b);
  if (a.size(1) < kSsimWindow || a.size(2) < kSsimWindow)
    inputError(op, "images must be at least 11x11 pixels for the SSIM window, got " + describe(a));
}
}  // namespace

torch::Tensor ssimMap(const torch::Tensor& a, const torch::Tensor& b) {
  // a, b: [B,H,W,C] -> [B,H-10,W-10,C]
  checkSsimInputs("ssimMap", a, b);
  const int64_t channels = a.size(3);
  const auto x = a.permute({0, 3, 1, 2});  // [B,C,H,W]
  const auto y = b.permute({0, 3, 1, 2});
  // The five local moments filtered in one grouped convolution: [B,5C,H,W].
  const auto moments = torch::cat({x, y, x * x, y * y, x * y}, 1);
  const int64_t groups = 5 * channels;
  const auto g = gaussian1d(a.options());
  const auto horizontal = g.view({1, 1, 1, kSsimWindow}).repeat({groups, 1, 1, 1});  // [5C,1,1,11]
  const auto vertical = g.view({1, 1, kSsimWindow, 1}).repeat({groups, 1, 1, 1});    // [5C,1,11,1]
  const std::vector<int64_t> stride{1, 1}, padding{0, 0}, dilation{1, 1};
  auto filtered = torch::conv2d(moments, horizontal, {}, stride, padding, dilation, groups);
  filtered = torch::conv2d(filtered, vertical, {}, stride, padding, dilation, groups);  // [B,5C,H',W']
  const auto parts = filtered.split(channels, 1);
  const auto& mu_x = parts[0];
  const auto& mu_y = parts[1];
  const auto mu_xx = mu_x * mu_x, mu_yy = mu_y * mu_y, mu_xy = mu_x * mu_y;
  const auto var_x = parts[2] - mu_xx;
  const auto var_y = parts[3] - mu_yy;
  const auto cov = parts[4] - mu_xy;
  const auto map =
      ((2 * mu_xy + kSsimC1) * (2 * cov + kSsimC2)) / ((mu_xx + mu_yy + kSsimC1) * (var_x + var_y + kSsimC2));
  return map.permute({0, 2, 3, 1});
}

torch::Tensor ssimLoss(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& mask) {
  // a, b: [B,H,W,C]; mask: [B,H,W,1] -> []
  constexpr const char* op = "ssimLoss";
  if (!mask.defined()) return 1 - ssimMap(a, b).mean();
  checkSsimInputs(op, a, b);
  checkFloatTensor(op, "mask", mask, 4, 1);
  if (mask.size(0) != a.size(0) || mask.size(1) != a.size(1) || mask.size(2) != a.size(2))
    inputError(op, "`mask` " + describe(mask) + " must be [B,H,W,1] matching the images " + describe(a));
  const auto m = mask.to(a.device(), a.scalar_type());
  const auto inner = cropToSsimMap(m);  // [B,H',W',1]: the pixels the SSIM map covers
  const auto weight = inner.sum() * static_cast<double>(a.size(3));
  if (!(weight.item<double>() > 0))
    inputError(op, "`mask` selects no pixel at least 5 pixels from the border in the whole batch");
  // Only the mask's bounding box (over the batch) and the window radius around it contribute: the map
  // is computed there alone (the same sum; a hand covers a fraction of the frame).
  const auto covered = (inner != 0).any(0).any(2).squeeze(-1);  // [H',W']
  const auto extent = [](const torch::Tensor& used_lines) {
    const auto used = used_lines.nonzero();
    return std::pair<int64_t, int64_t>{used.min().item<int64_t>(), used.max().item<int64_t>() + 1};
  };
  const auto [r0, r1] = extent(covered.any(1));
  const auto [c0, c1] = extent(covered.any(0));
  // Map rows [r0, r1) need image rows [r0, r1 + 2 * radius).
  const auto box = [&](const torch::Tensor& t) {
    return t.narrow(1, r0, r1 - r0 + 2 * kSsimRadius).narrow(2, c0, c1 - c0 + 2 * kSsimRadius);
  };
  const auto map = ssimMap(box(a), box(b));
  return 1 - (map * cropToSsimMap(box(m))).sum() / weight;
}

KeypointErrorResult keypointError(const torch::Tensor& pred, const torch::Tensor& target) {
  // pred: [B,K,2]; target: [B,K,2] or [B,K,3] (x, y, confidence)
  constexpr const char* op = "keypointError";
  checkFloatTensor(op, "pred", pred, 3, 2);
  checkFloatTensor(op, "target", target, 3, -1);
  if (target.size(2) != 2 && target.size(2) != 3)
    inputError(op, "`target` must be [B,K,2] or [B,K,3] (x, y, confidence), got " + describe(target));
  if (pred.size(0) != target.size(0) || pred.size(1) != target.size(1))
    inputError(op, "`pred` " + describe(pred) + " and `target` " + describe(target) +
                       " must have the same number of frames and keypoints");
  if (pred.numel() == 0) inputError(op, "no keypoints given: " + describe(pred));
  torch::NoGradGuard no_grad;
  const auto p = pred.to(torch::kCPU, torch::kFloat64);
  const auto t = target.to(torch::kCPU, torch::kFloat64);
  checkFinite(op, "pred", p);
  const auto xy = t.narrow(2, 0, 2);
  torch::Tensor visible = torch::ones({t.size(0), t.size(1)}, torch::kBool);
  if (t.size(2) == 3) {
    const auto confidence = t.select(2, 2);
    checkFinite(op, "target confidence", confidence);
    visible = confidence > 0;
  }
  // Coordinates of invisible points are not used and may hold anything (importers write NaN there).
  checkFinite(op, "target", xy.masked_select(visible.unsqueeze(2)));
  const auto distance = (p - xy).square().sum(2).sqrt().masked_fill(~visible, 0);  // [B,K]
  const auto count = visible.sum(1);                                               // [B]
  KeypointErrorResult r;
  r.visible = count.sum().item<int64_t>();
  if (r.visible == 0) inputError(op, "`target` has no visible keypoint (confidence > 0)");
  r.mean = distance.sum().item<double>() / static_cast<double>(r.visible);
  const auto sums = toVector(distance.sum(1));
  const auto counts = toVector(count);
  for (size_t i = 0; i < sums.size(); ++i) {
    r.visible_per_frame.push_back(static_cast<int>(counts[i]));
    r.per_frame.push_back(counts[i] > 0 ? sums[i] / counts[i] : std::numeric_limits<double>::quiet_NaN());
  }
  return r;
}

ProcrustesResult procrustesAlign(const torch::Tensor& source, const torch::Tensor& target, bool scale) {
  // source, target: [N,3] -> aligned [N,3]
  constexpr const char* op = "procrustesAlign";
  checkPointPair(op, "source", source, "target", target);
  const Eigen::Matrix3Xd x = toEigenPoints(source), y = toEigenPoints(target);
  const double n = static_cast<double>(x.cols());
  const Eigen::Vector3d mu_x = x.rowwise().mean(), mu_y = y.rowwise().mean();
  const Eigen::Matrix3Xd xc = x.colwise() - mu_x, yc = y.colwise() - mu_y;
  const double var_x = xc.squaredNorm() / n;
  if (!(var_x > 0)) inputError(op, "the `source` points all coincide, so no transform is defined");
  // Umeyama: the cross-covariance's SVD gives the rotation; a negative determinant would be a
  // reflection, which the sign correction turns into the best proper rotation.
  const Eigen::Matrix3d sigma = yc * xc.transpose() / n;
  const Eigen::JacobiSVD<Eigen::Matrix3d> svd(sigma, Eigen::ComputeFullU | Eigen::ComputeFullV);
  Eigen::Vector3d s = Eigen::Vector3d::Ones();
  if (svd.matrixU().determinant() * svd.matrixV().determinant() < 0) s(2) = -1;
  ProcrustesResult r;
  r.transform.rotation = svd.matrixU() * s.asDiagonal() * svd.matrixV().transpose();
  r.transform.scale = scale ? svd.singularValues().dot(s) / var_x : 1.0;
  r.transform.translation = mu_y - r.transform.scale * r.transform.rotation * mu_x;
  Eigen::Matrix3Xd aligned =
      (r.transform.scale * r.transform.rotation * x).colwise() + r.transform.translation;
  r.aligned =
      torch::from_blob(aligned.data(), {x.cols(), 3}, torch::kFloat64).clone().to(source.scalar_type());
  return r;
}

PointErrorStats vertexErrorAfterProcrustes(const torch::Tensor& pred, const torch::Tensor& gt, bool scale) {
  return errorAfterProcrustes("vertexErrorAfterProcrustes", pred, gt, scale);
}

PointErrorStats jointErrorAfterProcrustes(const torch::Tensor& pred, const torch::Tensor& gt, bool scale) {
  constexpr const char* op = "jointErrorAfterProcrustes";
  checkPointPair(op, "pred", pred, "gt", gt);
  if (pred.size(0) != 16 && pred.size(0) != 21)
    inputError(op, "`pred` must hold 16 joints or 21 keypoints, got " + describe(pred));
  return errorAfterProcrustes(op, pred, gt, scale);
}

double albedoPsnr(const torch::Tensor& pred, const torch::Tensor& gt, const torch::Tensor& texel_mask) {
  // pred, gt: [H,W,3]; texel_mask: [H,W,1]
  constexpr const char* op = "albedoPsnr";
  checkFloatTensor(op, "pred", pred, 3, 3);
  checkFloatTensor(op, "gt", gt, 3, 3);
  checkFloatTensor(op, "texel_mask", texel_mask, 3, 1);
  if (pred.sizes() != gt.sizes())
    inputError(op, "`pred` " + describe(pred) + " and `gt` " + describe(gt) + " must have the same shape");
  if (texel_mask.size(0) != pred.size(0) || texel_mask.size(1) != pred.size(1))
    inputError(
        op, "`texel_mask` " + describe(texel_mask) + " must be [H,W,1] matching the maps " + describe(pred));
  if (pred.numel() == 0) inputError(op, "the maps are empty: " + describe(pred));
  checkFinite(op, "pred", pred);
  checkFinite(op, "gt", gt);
  checkFinite(op, "texel_mask", texel_mask);
  const double lo = texel_mask.min().item<double>(), hi = texel_mask.max().item<double>();
  if (lo < 0 || hi > 1) inputError(op, "`texel_mask` values must lie in [0, 1]");
  if (!(hi > 0)) inputError(op, "`texel_mask` selects no texel");
  return psnr(pred.unsqueeze(0), gt.unsqueeze(0), texel_mask.unsqueeze(0)).mean;
}

void MetricRow::set(const std::string& key, double value) {
  for (auto& [k, v] : values)
    if (k == key) {
      v = value;
      return;
    }
  values.emplace_back(key, value);
}

bool MetricRow::has(const std::string& key) const {
  return std::any_of(values.begin(), values.end(), [&](const auto& kv) { return kv.first == key; });
}

double MetricRow::get(const std::string& key) const {
  for (const auto& [k, v] : values)
    if (k == key) return v;
  throw Error("metric row '" + name + "' has no value '" + key + "'");
}

}  // namespace palma::eval
