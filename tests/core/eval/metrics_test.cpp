// Evaluation metrics: PSNR, SSIM, masked L1, IoU, keypoint error, Procrustes alignment, against
// closed-form values, a direct window sum and finite differences; and the errors for bad input.
#include "core/eval/metrics.h"

#include <torch/torch.h>

#include <Eigen/Geometry>

#include <cmath>
#include <limits>

#include "core/common/error.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma::eval;
using palma::Error;
using palma::InputError;

namespace {
const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// A seeded random image in [lo, hi]: [B,H,W,C].
torch::Tensor randomImage(int64_t b, int64_t h, int64_t w, int64_t c, double lo = 0, double hi = 1,
                          uint64_t seed = 1) {
  torch::manual_seed(seed);
  return lo + (hi - lo) * torch::rand({b, h, w, c}, kDouble);
}

// SSIM of one channel at one window, summed directly from the formula of Wang et al. img: [H,W].
double directSsim(const torch::Tensor& x, const torch::Tensor& y, int cy, int cx) {
  double weights[11], sum = 0;
  for (int i = 0; i < 11; ++i) {
    weights[i] = std::exp(-(i - 5.0) * (i - 5.0) / (2 * 1.5 * 1.5));
    sum += weights[i];
  }
  double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
  for (int i = 0; i < 11; ++i)
    for (int j = 0; j < 11; ++j) {
      const double w = weights[i] * weights[j] / (sum * sum);
      const double a = x[cy - 5 + i][cx - 5 + j].item<double>(), b = y[cy - 5 + i][cx - 5 + j].item<double>();
      mx += w * a;
      my += w * b;
      sxx += w * a * a;
      syy += w * b * b;
      sxy += w * a * b;
    }
  const double vx = sxx - mx * mx, vy = syy - my * my, cov = sxy - mx * my;
  const double c1 = 1e-4, c2 = 9e-4;
  return (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
}
}  // namespace

PALMA_TEST(psnrOfAConstantOffsetIsTwentyDecibels) {
  // MSE = 0.1^2 = 0.01, PSNR = 10 log10(1 / 0.01) = 20 dB.
  const auto a = randomImage(2, 8, 9, 3, 0, 0.8);
  const auto r = psnr(a, a + 0.1);
  PALMA_CHECK(r.per_image.size() == 2);
  PALMA_CHECK_NEAR(r.per_image[0], 20.0, 1e-9);
  PALMA_CHECK_NEAR(r.per_image[1], 20.0, 1e-9);
  PALMA_CHECK_NEAR(r.mean, 20.0, 1e-9);
  // float32 images give the same figure up to float rounding.
  PALMA_CHECK_NEAR(psnr(a.to(torch::kFloat32), (a + 0.1).to(torch::kFloat32)).mean, 20.0, 1e-4);
}

PALMA_TEST(psnrOfIdenticalImagesIsTheCap) {
  const auto a = randomImage(1, 5, 5, 3);
  PALMA_CHECK(psnr(a, a).mean == kPsnrCapDb);
  PALMA_CHECK(std::isfinite(psnr(a, a).mean));
}

PALMA_TEST(psnrWeightsPixelsByTheMask) {
  // Left half off by 0.1, right half by 0.2.
  const auto a = randomImage(2, 4, 8, 3, 0, 0.7);
  auto b = a.clone();
  b.narrow(2, 0, 4).add_(0.1);
  b.narrow(2, 4, 4).add_(0.2);
  auto mask = torch::zeros({2, 4, 8, 1}, kDouble);
  mask[0].narrow(1, 0, 4).fill_(1.0);  // image 0: left half only
  mask[1].fill_(1.0);                  // image 1: everything, MSE = (0.01 + 0.04) / 2
  const auto r = psnr(a, b, mask);
  PALMA_CHECK_NEAR(r.per_image[0], 20.0, 1e-9);
  PALMA_CHECK_NEAR(r.per_image[1], -10 * std::log10(0.025), 1e-9);
  PALMA_CHECK_NEAR(r.mean, 0.5 * (r.per_image[0] + r.per_image[1]), 1e-12);
  // Soft weights: 0.5 on the right half gives MSE = (4*0.01 + 2*0.04) / 6 = 0.02.
  mask[1].narrow(1, 4, 4).fill_(0.5);
  PALMA_CHECK_NEAR(psnr(a, b, mask).per_image[1], -10 * std::log10(0.02), 1e-9);
}

PALMA_TEST(maskedL1IsTheMeanAbsoluteDifferenceInsideTheMask) {
  const auto a = randomImage(1, 4, 8, 2, 0.3, 0.7);
  auto b = a.clone();
  b.narrow(2, 0, 4).sub_(0.1);
  b.narrow(2, 4, 4).add_(0.3);
  auto mask = torch::zeros({1, 4, 8, 1}, kDouble);
  mask.narrow(2, 0, 4).fill_(1.0);
  PALMA_CHECK_NEAR(maskedL1(a, b, mask).mean, 0.1, 1e-12);
  PALMA_CHECK_NEAR(maskedL1(a, b).mean, 0.2, 1e-12);
}

PALMA_TEST(ssimOfIdenticalImagesIsOne) {
  const auto a = randomImage(2, 16, 20, 3);
  const auto r = ssim(a, a);
  PALMA_CHECK_NEAR(r.per_image[0], 1.0, 1e-12);
  PALMA_CHECK_NEAR(r.per_image[1], 1.0, 1e-12);
  PALMA_CHECK(ssim(a, randomImage(2, 16, 20, 3, 0, 1, 7)).mean < 0.2);  // independent noise
}

PALMA_TEST(ssimOfAFlatImageAndItsOffsetIsTheLuminanceTerm) {
  // Flat windows have zero variance and covariance, so SSIM = (2 m (m+c) + C1) / (m^2 + (m+c)^2 + C1).
  const double m = 0.4, c = 0.15;
  const auto a = torch::full({1, 12, 13, 3}, m, kDouble);
  const double expected = (2 * m * (m + c) + kSsimC1) / (m * m + (m + c) * (m + c) + kSsimC1);
  PALMA_CHECK_NEAR(ssim(a, a + c).mean, expected, 1e-12);
  const auto map = ssimMap(a, a + c);
  PALMA_CHECK(map.sizes() == torch::IntArrayRef({1, 2, 3, 3}));
  PALMA_CHECK((map - expected).abs().max().item<double>() < 1e-12);
}

PALMA_TEST(ssimMapMatchesADirectWindowSum) {
  const auto a = randomImage(1, 13, 14, 2, 0, 1, 3);
  const auto b = (a + 0.2 * randomImage(1, 13, 14, 2, -1, 1, 4)).clamp(0, 1);
  const auto map = ssimMap(a, b);
  PALMA_CHECK(map.sizes() == torch::IntArrayRef({1, 3, 4, 2}));
  double max_error = 0;
  for (int ch = 0; ch < 2; ++ch)
    for (int y = 0; y < 3; ++y)
      for (int x = 0; x < 4; ++x) {
        const double direct = directSsim(a[0].select(2, ch), b[0].select(2, ch), y + 5, x + 5);
        max_error = std::max(max_error, std::abs(map[0][y][x][ch].item<double>() - direct));
      }
  PALMA_CHECK_MSG(max_error < 1e-12, "max error " << max_error);
  PALMA_CHECK_NEAR(ssim(a, b).mean, map.mean().item<double>(), 1e-12);
}

PALMA_TEST(ssimIgnoresPixelsFarOutsideTheMask) {
  const auto a = randomImage(1, 40, 40, 3, 0, 1, 5);
  const auto b = (a + 0.1 * randomImage(1, 40, 40, 3, -1, 1, 6)).clamp(0, 1);
  auto mask = torch::zeros({1, 40, 40, 1}, kDouble);
  mask.narrow(1, 15, 10).narrow(2, 15, 10).fill_(1.0);  // rows/cols 15..24
  const double reference = ssim(a, b, mask).mean;
  // Pixels more than 5 from the masked square lie in no window the mask averages.
  auto far = b.clone();
  far.narrow(1, 0, 9).fill_(0.0);
  far.narrow(2, 31, 9).fill_(1.0);
  PALMA_CHECK_NEAR(ssim(a, far, mask).mean, reference, 1e-15);
  // Pixels inside do matter.
  auto inside = b.clone();
  inside.narrow(1, 18, 3).narrow(2, 18, 3).fill_(0.0);
  PALMA_CHECK(std::abs(ssim(a, inside, mask).mean - reference) > 1e-3);
  // And the masked value differs from the whole-image value.
  PALMA_CHECK(std::abs(ssim(a, far).mean - reference) > 1e-3);
}

// A batch larger than the frames ssim() processes at once gives each frame the value it has alone.
PALMA_TEST(ssimOfALargeBatchIsFrameByFrame) {
  const int64_t n = 19;  // more than two chunks, the last one partial
  const auto a = randomImage(n, 24, 24, 3, 0, 1, 7);
  const auto b = (a + 0.2 * randomImage(n, 24, 24, 3, -1, 1, 8)).clamp(0, 1);
  const auto mask = (randomImage(n, 24, 24, 1, 0, 1, 9) > 0.3).to(kDouble);
  const ImageMetric all = ssim(a, b, mask);
  PALMA_CHECK(all.per_image.size() == static_cast<size_t>(n));
  double sum = 0;
  for (int64_t i = 0; i < n; ++i) {
    const double alone = ssim(a.narrow(0, i, 1), b.narrow(0, i, 1), mask.narrow(0, i, 1)).mean;
    PALMA_CHECK_NEAR(all.per_image[i], alone, 1e-12);
    sum += alone;
  }
  PALMA_CHECK_NEAR(all.mean, sum / n, 1e-12);
  PALMA_CHECK(all.per_image.front() != all.per_image.back());  // the frames differ
}

PALMA_TEST(ssimLossOfASmallMaskEqualsTheSumOverTheWholeMapWithTheSameGradients) {
  // The loss computes the map only around the mask's bounding box; the value and both gradients must be
  // those of the whole map.
  const auto a0 = randomImage(3, 40, 36, 3, 0, 1, 21);
  const auto b0 = (a0 + 0.3 * randomImage(3, 40, 36, 3, -1, 1, 22)).clamp(0, 1);
  auto mask = torch::zeros({3, 40, 36, 1}, kDouble);
  mask.narrow(0, 0, 1).narrow(1, 12, 9).narrow(2, 8, 8).fill_(1.0);
  mask.narrow(0, 2, 1).narrow(1, 25, 6).narrow(2, 20, 8).fill_(0.5);
  mask.narrow(0, 1, 1).narrow(1, 0, 3).fill_(1.0);  // only inside the 5-pixel border: counts nowhere
  auto a = a0.clone().requires_grad_(true), b = b0.clone().requires_grad_(true);
  const auto loss = ssimLoss(a, b, mask);
  loss.backward();
  auto ra = a0.clone().requires_grad_(true), rb = b0.clone().requires_grad_(true);
  const auto inner = mask.narrow(1, 5, 30).narrow(2, 5, 26);
  const auto reference = 1 - (ssimMap(ra, rb) * inner).sum() / (inner.sum() * 3);
  reference.backward();
  PALMA_CHECK_NEAR(loss.item<double>(), reference.item<double>(), 1e-13);
  PALMA_CHECK((a.grad() - ra.grad()).abs().max().item<double>() < 1e-14);
  PALMA_CHECK((b.grad() - rb.grad()).abs().max().item<double>() < 1e-14);
  // The gradient reaches the window radius around the mask and no further.
  const auto touched = (ra.grad().abs().sum(std::vector<int64_t>{0, 3}) > 0).nonzero();
  PALMA_CHECK(touched.select(1, 0).min().item().toLong() == 12 - 5);
  PALMA_CHECK(touched.select(1, 0).max().item().toLong() == 30 + 5);
}

PALMA_TEST(ssimLossIsOneMinusMaskedSsimAndItsGradientMatchesFiniteDifferences) {
  const auto a = randomImage(2, 13, 12, 2, 0, 1, 8);
  const auto b = (a + 0.3 * randomImage(2, 13, 12, 2, -1, 1, 9)).clamp(0, 1);
  torch::manual_seed(10);
  const auto mask = torch::rand({2, 13, 12, 1}, kDouble);
  // For a single image the loss is 1 - the reported SSIM.
  const auto a0 = a.narrow(0, 0, 1), b0 = b.narrow(0, 0, 1), m0 = mask.narrow(0, 0, 1);
  PALMA_CHECK_NEAR(ssimLoss(a0, b0, m0).item<double>(), 1 - ssim(a0, b0, m0).mean, 1e-12);
  PALMA_CHECK_NEAR(ssimLoss(a0, b0).item<double>(), 1 - ssim(a0, b0).mean, 1e-12);

  const auto wrt_a =
      palma::test::checkGradient([&](const torch::Tensor& x) { return ssimLoss(x, b, mask); }, a, 1e-6, 200);
  const auto wrt_b =
      palma::test::checkGradient([&](const torch::Tensor& y) { return ssimLoss(a, y, mask); }, b, 1e-6, 200);
  palma::test::printCheck("d ssimLoss / d a", wrt_a);
  palma::test::printCheck("d ssimLoss / d b", wrt_b);
  PALMA_CHECK(wrt_a.nonzero > 150 && wrt_b.nonzero > 150);
  PALMA_CHECK(palma::test::relativeError(wrt_a) < 1e-6);
  PALMA_CHECK(palma::test::relativeError(wrt_b) < 1e-6);
}

PALMA_TEST(iouOfTwoOverlappingRectangles) {
  // A: rows 0..9, cols 0..9; B: rows 0..9, cols 5..14 -> 50 / 150.
  auto a = torch::zeros({2, 12, 16, 1}, kDouble), b = torch::zeros({2, 12, 16, 1}, kDouble);
  a[0].narrow(0, 0, 10).narrow(1, 0, 10).fill_(0.9);
  b[0].narrow(0, 0, 10).narrow(1, 5, 10).fill_(1.0);
  b[0][11][15][0] = 0.5;  // not above the threshold
  // Image 1: both empty, which counts as agreement.
  const auto r = iou(a, b);
  PALMA_CHECK_NEAR(r.per_image[0], 1.0 / 3.0, 1e-12);
  PALMA_CHECK_NEAR(r.per_image[1], 1.0, 0);
  PALMA_CHECK_NEAR(r.mean, 2.0 / 3.0, 1e-12);
  // A higher threshold drops A entirely.
  PALMA_CHECK_NEAR(iou(a, b, 0.95).per_image[0], 0.0, 0);
}

PALMA_TEST(keypointErrorAveragesVisiblePointsOnly) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // Frame 0: errors 5 px (3-4-5) and 0 px visible, one invisible point far off with a NaN target.
  // Frame 1: nothing visible.
  const auto pred =
      torch::tensor({10.0, 10.0, 20.0, 20.0, 500.0, 500.0, 1.0, 1.0, 2.0, 2.0, 3.0, 3.0}, kDouble)
          .view({2, 3, 2});
  const auto target = torch::tensor({13.0, 14.0, 0.9, 20.0, 20.0, 0.2, nan, nan, 0.0,  //
                                     9.0, 9.0, 0.0, 9.0, 9.0, 0.0, 9.0, 9.0, -1.0},
                                    kDouble)
                          .view({2, 3, 3});
  const auto r = keypointError(pred, target);
  PALMA_CHECK(r.visible == 2);
  PALMA_CHECK_NEAR(r.mean, 2.5, 1e-12);
  PALMA_CHECK_NEAR(r.per_frame[0], 2.5, 1e-12);
  PALMA_CHECK(std::isnan(r.per_frame[1]));
  PALMA_CHECK(r.visible_per_frame[0] == 2 && r.visible_per_frame[1] == 0);
  // Without a confidence column every point counts.
  const auto all =
      keypointError(pred.narrow(0, 0, 1), pred.narrow(0, 0, 1) + torch::tensor({3.0, 4.0}, kDouble));
  PALMA_CHECK(all.visible == 3);
  PALMA_CHECK_NEAR(all.mean, 5.0, 1e-12);
}

PALMA_TEST(procrustesRecoversAKnownSimilarity) {
  torch::manual_seed(11);
  const auto source = torch::randn({30, 3}, kDouble) * 0.05;
  const Eigen::Matrix3d rotation =
      Eigen::AngleAxisd(1.1, Eigen::Vector3d(0.3, -0.5, 0.8).normalized()).matrix();
  const Eigen::Vector3d translation(0.1, -0.2, 0.45);
  for (const double scale : {1.0, 1.7}) {
    auto target = torch::empty_like(source);
    for (int i = 0; i < 30; ++i) {
      const Eigen::Vector3d x(source[i][0].item<double>(), source[i][1].item<double>(),
                              source[i][2].item<double>());
      const Eigen::Vector3d y = scale * rotation * x + translation;
      for (int k = 0; k < 3; ++k) target[i][k] = y(k);
    }
    const auto r = procrustesAlign(source, target, true);
    PALMA_CHECK((r.transform.rotation - rotation).cwiseAbs().maxCoeff() < 1e-5);
    PALMA_CHECK((r.transform.translation - translation).cwiseAbs().maxCoeff() < 1e-5);
    PALMA_CHECK_NEAR(r.transform.scale, scale, 1e-5);
    PALMA_CHECK((r.aligned - target).abs().max().item<double>() < 1e-5);
    const Eigen::Vector3d x0(source[0][0].item<double>(), source[0][1].item<double>(),
                             source[0][2].item<double>());
    PALMA_CHECK_NEAR(
        (r.transform.apply(x0) - Eigen::Vector3d(target[0][0].item<double>(), target[0][1].item<double>(),
                                                 target[0][2].item<double>()))
            .norm(),
        0.0, 1e-9);
    // Without scale the rotation is still exact; the scale stays 1.
    const auto rigid = procrustesAlign(source, target, false);
    PALMA_CHECK((rigid.transform.rotation - rotation).cwiseAbs().maxCoeff() < 1e-5);
    PALMA_CHECK(rigid.transform.scale == 1.0);
    // Errors after alignment vanish.
    const auto e = vertexErrorAfterProcrustes(source, target);
    PALMA_CHECK(e.max < 1e-9);
  }
}

PALMA_TEST(procrustesNeverReflects) {
  torch::manual_seed(12);
  const auto source = torch::randn({20, 3}, kDouble);
  auto mirrored = source.clone();
  mirrored.select(1, 0).neg_();
  const auto r = procrustesAlign(source, mirrored, true);
  PALMA_CHECK_NEAR(r.transform.rotation.determinant(), 1.0, 1e-9);
  PALMA_CHECK((r.transform.rotation * r.transform.rotation.transpose() - Eigen::Matrix3d::Identity())
                  .cwiseAbs()
                  .maxCoeff() < 1e-9);
}

PALMA_TEST(jointErrorAfterProcrustesIgnoresTheSimilarityAndReportsTheRest) {
  torch::manual_seed(13);
  const auto gt = torch::randn({21, 3}, kDouble) * 0.04;
  const auto noisy = gt + torch::randn({21, 3}, kDouble) * 0.002;
  const auto before = jointErrorAfterProcrustes(noisy, gt);
  // A similarity applied to the prediction changes nothing.
  const Eigen::Matrix3d rot = Eigen::AngleAxisd(-0.7, Eigen::Vector3d::UnitY()).matrix();
  const auto rot_t =
      torch::from_blob(const_cast<double*>(rot.data()), {3, 3}, kDouble).clone();  // R^T: rows x -> (R x)^T
  const auto moved = 2.5 * noisy.matmul(rot_t) + torch::tensor({0.3, 0.1, -0.2}, kDouble);
  const auto after = jointErrorAfterProcrustes(moved, gt);
  PALMA_CHECK_NEAR(after.mean, before.mean, 1e-12);
  PALMA_CHECK_NEAR(after.median, before.median, 1e-12);
  PALMA_CHECK_NEAR(after.max, before.max, 1e-12);
  // The residual is the noise: millimetres, and ordered.
  PALMA_CHECK(before.mean > 0.001 && before.mean < 0.005);
  PALMA_CHECK(before.median <= before.max && before.mean <= before.max);
  // 16 joints are accepted too.
  PALMA_CHECK(jointErrorAfterProcrustes(gt.narrow(0, 0, 16), gt.narrow(0, 0, 16)).max < 1e-12);
}

PALMA_TEST(albedoPsnrCountsObservedTexelsOnly) {
  const auto gt = randomImage(1, 8, 8, 3, 0, 0.8)[0];
  auto pred = gt.clone();
  pred.narrow(0, 0, 4).add_(0.1);
  pred.narrow(0, 4, 4).fill_(0.0);  // unobserved texels: anything
  auto observed = torch::zeros({8, 8, 1}, kDouble);
  observed.narrow(0, 0, 4).fill_(1.0);
  PALMA_CHECK_NEAR(albedoPsnr(pred, gt, observed), 20.0, 1e-9);
}

PALMA_TEST(metricRowKeepsNamedValues) {
  MetricRow row{"held-out", {}};
  row.set("psnr_db", 29.9);
  row.set("ssim", 0.95);
  row.set("psnr_db", 30.1);
  PALMA_CHECK(row.values.size() == 2 && row.values[0].first == "psnr_db");
  PALMA_CHECK_NEAR(row.get("psnr_db"), 30.1, 0);
  PALMA_CHECK(row.has("ssim") && !row.has("lpips"));
  PALMA_CHECK_THROWS(row.get("lpips"), Error, "lpips");
}

PALMA_TEST(badInputsAreNamed) {
  const auto a = randomImage(1, 12, 12, 3);
  const auto mask = torch::ones({1, 12, 12, 1}, kDouble);
  PALMA_CHECK_THROWS(psnr(a, randomImage(1, 12, 11, 3)), InputError, "same shape");
  PALMA_CHECK_THROWS(psnr(a, a, torch::ones({1, 12, 11, 1}, kDouble)), InputError, "`mask`");
  PALMA_CHECK_THROWS(psnr(a, a, torch::ones({1, 12, 12, 3}, kDouble)), InputError, "`mask`");
  PALMA_CHECK_THROWS(psnr(a.view({12, 12, 3}), a.view({12, 12, 3})), InputError, "`a`");
  PALMA_CHECK_THROWS(psnr(a, a.to(torch::kInt32)), InputError, "`b`");
  PALMA_CHECK_THROWS(psnr(a, a, torch::zeros({1, 12, 12, 1}, kDouble)), InputError, "selects no pixel");
  PALMA_CHECK_THROWS(maskedL1(a, a, 2 * mask), InputError, "[0, 1]");
  auto with_nan = a.clone();
  with_nan[0][3][4][1] = std::numeric_limits<double>::quiet_NaN();
  PALMA_CHECK_THROWS(psnr(a, with_nan), InputError, "`b` contains NaN");
  PALMA_CHECK_THROWS(ssim(with_nan, a), InputError, "`a` contains NaN");
  PALMA_CHECK_THROWS(maskedL1(a, with_nan), InputError, "NaN");
  // SSIM needs an 11x11 window and a mask reaching 5 pixels inside the border.
  PALMA_CHECK_THROWS(ssim(randomImage(1, 10, 20, 3), randomImage(1, 10, 20, 3)), InputError, "11x11");
  auto border = torch::zeros({1, 12, 12, 1}, kDouble);
  border.narrow(1, 0, 2).fill_(1.0);
  PALMA_CHECK_THROWS(ssim(a, a, border), InputError, "selects no pixel");
  PALMA_CHECK_THROWS(ssimLoss(a, a, border), InputError, "`mask`");
  PALMA_CHECK_THROWS(ssimLoss(a, a.to(torch::kFloat32)), InputError, "same dtype");
  PALMA_CHECK_THROWS(ssimLoss(a, a, torch::ones({1, 11, 12, 1}, kDouble)), InputError, "`mask`");
  // IoU.
  PALMA_CHECK_THROWS(iou(mask, torch::ones({1, 12, 13, 1}, kDouble)), InputError, "same shape");
  PALMA_CHECK_THROWS(iou(a, a), InputError, "`mask_a`");
  PALMA_CHECK_THROWS(iou(mask, mask, 1.0), InputError, "`threshold`");
  // Keypoints.
  const auto kp = torch::zeros({2, 21, 2}, kDouble);
  PALMA_CHECK_THROWS(keypointError(kp, torch::zeros({2, 21, 4}, kDouble)), InputError, "`target`");
  PALMA_CHECK_THROWS(keypointError(kp, torch::zeros({2, 20, 3}, kDouble)), InputError, "same number");
  PALMA_CHECK_THROWS(keypointError(kp, torch::zeros({2, 21, 3}, kDouble)), InputError, "no visible");
  auto kp_nan = kp.clone();
  kp_nan[1][3][0] = std::numeric_limits<double>::quiet_NaN();
  PALMA_CHECK_THROWS(keypointError(kp_nan, kp), InputError, "`pred` contains NaN");
  PALMA_CHECK_THROWS(keypointError(kp, kp_nan), InputError, "`target` contains NaN");
  // Procrustes.
  const auto points = torch::randn({21, 3}, kDouble);
  PALMA_CHECK_THROWS(procrustesAlign(torch::zeros({5, 3}, kDouble), points.narrow(0, 0, 5), true), InputError,
                     "coincide");
  PALMA_CHECK_THROWS(procrustesAlign(points, points.narrow(0, 0, 20), true), InputError, "same number");
  PALMA_CHECK_THROWS(procrustesAlign(points.narrow(0, 0, 2), points.narrow(0, 0, 2), true), InputError,
                     "at least 3");
  PALMA_CHECK_THROWS(vertexErrorAfterProcrustes(points, points.narrow(1, 0, 2)), InputError, "`gt`");
  PALMA_CHECK_THROWS(jointErrorAfterProcrustes(points.narrow(0, 0, 17), points.narrow(0, 0, 17)), InputError,
                     "16 joints or 21");
  auto points_nan = points.clone();
  points_nan[2][1] = std::numeric_limits<double>::infinity();
  PALMA_CHECK_THROWS(jointErrorAfterProcrustes(points_nan, points), InputError, "`pred` contains NaN");
  // Albedo.
  const auto map = randomImage(1, 8, 8, 3)[0];
  PALMA_CHECK_THROWS(albedoPsnr(map, map, torch::zeros({8, 8, 1}, kDouble)), InputError,
                     "`texel_mask` selects no texel");
  PALMA_CHECK_THROWS(albedoPsnr(map, map, torch::ones({8, 7, 1}, kDouble)), InputError, "`texel_mask`");
  PALMA_CHECK_THROWS(albedoPsnr(map, map.narrow(0, 0, 7), torch::ones({8, 8, 1}, kDouble)), InputError,
                     "`gt`");
}
