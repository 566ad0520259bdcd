// Crops: placement from keypoints and masks (margin, interpolation, smoothing), the exact crop ->
// intrinsics mapping (projected points and a rendered dot land where the crop's intrinsics say), the
// resampling (area-correct when shrinking, black outside) and bad input.
#include "core/capture/crops.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>

#include "core/common/error.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

// 21 keypoints spanning exactly [cx - half, cx + half] x [cy - half, cy + half]: the four corners, the
// rest on a smaller circle inside.
FrameKeypoints squareOfPoints(double cx, double cy, double half) {
  FrameKeypoints k{};
  for (int j = 0; j < kHandKeypoints; ++j) {
    const double a = 2.0 * M_PI * j / kHandKeypoints;
    const double x = j < 4 ? cx + ((j & 1) ? half : -half) : cx + 0.5 * half * std::cos(a);
    const double y = j < 4 ? cy + ((j & 2) ? half : -half) : cy + 0.5 * half * std::sin(a);
    k[j] = {static_cast<float>(x), static_cast<float>(y), 1.0f, KeypointOrigin::Tracked};
  }
  return k;
}

// A Gaussian dot of `sigma` pixels at (u, v) on a black [H,W,3] uint8 image (pixel centres at integers).
torch::Tensor dotImage(int w, int h, double u, double v, double sigma) {
  const auto x = torch::arange(w, torch::kFloat64).view({1, w}),
             y = torch::arange(h, torch::kFloat64).view({h, 1});
  const auto g = torch::exp(-((x - u).pow(2) + (y - v).pow(2)) / (2 * sigma * sigma));
  return (g * 250).round().to(torch::kUInt8).unsqueeze(2).expand({h, w, 3}).contiguous();
}

// Intensity-weighted centroid of channel 0.
std::array<double, 2> centroid(const torch::Tensor& img) {
  const auto g = img.select(2, 0).to(torch::kFloat64);
  const int64_t h = g.size(0), w = g.size(1);
  const auto x = torch::arange(w, torch::kFloat64).view({1, w}),
             y = torch::arange(h, torch::kFloat64).view({h, 1});
  const double total = g.sum().item<double>();
  return {(g * x).sum().item<double>() / total, (g * y).sum().item<double>() / total};
}

}  // namespace

PALMA_TEST(cropIntrinsicsMatchProjectingThenMappingThroughTheCrop) {
  const std::array<double, 4> k = {812.5, 790.25, 639.5, 359.5};
  const CropBox boxes[] = {{301.3, 87.9, 411.7}, {-50.0, -20.5, 900.0}, {600.25, 300.75, 37.5}};
  const int sizes[] = {448, 256, 97};
  double worst = 0;
  for (const CropBox& box : boxes) {
    for (int out : sizes) {
      const auto kc = cropIntrinsics(k, box, out);
      const double s = box.side / out;
      for (int i = 0; i < 50; ++i) {
        const double X = -0.2 + 0.008 * i, Y = 0.15 - 0.005 * i, Z = 0.3 + 0.01 * i;
        const double u = k[0] * X / Z + k[2], v = k[1] * Y / Z + k[3];
        const double uc = (u - box.x0) / s - 0.5, vc = (v - box.y0) / s - 0.5;  // the header's mapping
        FrameKeypoints kp{};
        kp[0] = {static_cast<float>(u), static_cast<float>(v), 1.0f, KeypointOrigin::User};
        const FrameKeypoints mapped = cropKeypoints(kp, box, out);
        worst = std::max({worst, std::abs(kc[0] * X / Z + kc[2] - uc), std::abs(kc[1] * Y / Z + kc[3] - vc)});
        PALMA_CHECK_NEAR(mapped[0].x, uc, 1e-4 * std::max(1.0, std::abs(uc)));
        PALMA_CHECK_NEAR(mapped[0].y, vc, 1e-4 * std::max(1.0, std::abs(vc)));
        PALMA_CHECK(!mapped[1].present());
      }
    }
  }
  PALMA_CHECK_MSG(worst < 1e-9, "worst difference " << worst);
  // The crop that covers the whole frame at its own size is the identity.
  const auto same = cropIntrinsics(k, {-0.5, -0.5, 1280}, 1280);
  PALMA_CHECK_NEAR(same[2], k[2], 1e-12);
  PALMA_CHECK_NEAR(same[0], k[0], 1e-12);
}

PALMA_TEST(aRenderedDotLandsWhereTheCropIntrinsicsSay) {
  // A dot at a known 3D point, rendered with the frame's intrinsics; the crop's centroid must be the
  // projection with the crop's intrinsics, for shrinking, enlarging and near-identity crops.
  const int w = 320, h = 240;
  const std::array<double, 4> k = {300.0, 300.0, 159.5, 119.5};
  const double X = 0.031, Y = -0.017, Z = 0.5;
  const double u = k[0] * X / Z + k[2], v = k[1] * Y / Z + k[3];
  const auto img = dotImage(w, h, u, v, 3.0);
  const CropBox boxes[] = {{100.3, 40.8, 150.0}, {150.7, 90.2, 40.0}, {120.0, 60.0, 101.0}};
  const int outs[] = {96, 128, 100};
  for (int i = 0; i < 3; ++i) {
    const auto crop = cropImage(img, boxes[i], outs[i]);
    PALMA_CHECK(crop.size(0) == outs[i] && crop.size(1) == outs[i] && crop.size(2) == 3);
    const auto kc = cropIntrinsics(k, boxes[i], outs[i]);
    const auto c = centroid(crop);
    const double s = boxes[i].side / outs[i];
    std::printf("  crop %d (%.2f frame px per crop px): dot off by %.4f, %.4f crop px\n", i, s,
                c[0] - (kc[0] * X / Z + kc[2]), c[1] - (kc[1] * Y / Z + kc[3]));
    // Sub-pixel in crop pixels, and a small fraction of the frame's pixel.
    PALMA_CHECK_MSG(std::abs(c[0] - (kc[0] * X / Z + kc[2])) < 0.05 / std::min(1.0, s),
                    "crop " << i << " x " << c[0] << " vs " << kc[0] * X / Z + kc[2]);
    PALMA_CHECK_MSG(std::abs(c[1] - (kc[1] * Y / Z + kc[3])) < 0.05 / std::min(1.0, s),
                    "crop " << i << " y " << c[1] << " vs " << kc[1] * Y / Z + kc[3]);
  }
}

PALMA_TEST(cropImageAveragesWhenShrinkingAndIsBlackOutside) {
  // A 1-pixel checkerboard shrunk by an integer factor of 2 averages to mid-grey exactly.
  const auto x = torch::arange(64).view({1, 64}), y = torch::arange(64).view({64, 1});
  const auto board = ((x + y) % 2 * 200).to(torch::kUInt8).unsqueeze(2).expand({64, 64, 3}).contiguous();
  const auto half = cropImage(board, {-0.5, -0.5, 64}, 32);
  PALMA_CHECK(half.eq(100).all().item<bool>());
  // Identity crop returns the image itself.
  PALMA_CHECK(torch::equal(cropImage(board, {-0.5, -0.5, 64}, 64), board));
  // A crop half outside the frame: the outside half is black, the inside keeps the colour.
  const auto grey = torch::full({40, 40, 3}, 180, torch::kUInt8);
  const auto c = cropImage(grey, {-20.5, -0.5, 40}, 40);
  PALMA_CHECK(c.slice(1, 0, 20).eq(0).all().item<bool>());
  PALMA_CHECK(c.slice(1, 20, 40).eq(180).all().item<bool>());
  // Entirely outside: black.
  PALMA_CHECK(cropImage(grey, {500, 500, 30}, 16).eq(0).all().item<bool>());
  // Masks resample the same way.
  const auto m = torch::zeros({40, 40}, torch::kUInt8);
  m.slice(1, 0, 20).fill_(255);
  const auto mc = cropMask(m, {-0.5, -0.5, 40}, 20);
  PALMA_CHECK(mc.slice(1, 0, 10).eq(255).all().item<bool>() && mc.slice(1, 10, 20).eq(0).all().item<bool>());
}

PALMA_TEST(cropsFromKeypointsAddTheMarginAndFillMissingFrames) {
  KeypointTrack track;
  track.frames.push_back(squareOfPoints(100, 120, 40));  // extent 80
  track.frames.push_back(FrameKeypoints{});              // no keypoints
  track.frames.push_back(squareOfPoints(140, 120, 40));
  CropOptions o;
  o.smoothing_radius = 0;
  o.margin = 0.25;
  const auto crops = cropsFromKeypoints(track, 640, 480, o);
  PALMA_CHECK(crops.size() == 3);
  // The point set spans 80 px (max of its x and y extents): side 80 * 1.5.
  PALMA_CHECK_NEAR(crops[0].side, 120.0, 0.1);
  PALMA_CHECK_NEAR(crops[0].x0 + 0.5 * crops[0].side, 100.0, 0.1);
  PALMA_CHECK_NEAR(crops[0].y0 + 0.5 * crops[0].side, 120.0, 0.1);
  // The missing frame is halfway.
  PALMA_CHECK_NEAR(crops[1].x0 + 0.5 * crops[1].side, 120.0, 0.1);
  PALMA_CHECK_NEAR(crops[1].side, 120.0, 0.1);
  // A tiny hand gets the minimum side.
  KeypointTrack tiny;
  tiny.frames.push_back(squareOfPoints(50, 50, 2));
  PALMA_CHECK_NEAR(cropsFromKeypoints(tiny, 640, 480, o)[0].side, o.min_side_px, 1e-9);
}

PALMA_TEST(cropSmoothingNeverShrinksBelowAFramesOwnSide) {
  KeypointTrack track;
  for (int f = 0; f < 20; ++f) track.frames.push_back(squareOfPoints(200 + 3 * f, 200, f == 10 ? 90 : 50));
  CropOptions raw, smooth;
  raw.smoothing_radius = 0;
  smooth.smoothing_radius = 3;
  const auto a = cropsFromKeypoints(track, 640, 480, raw), b = cropsFromKeypoints(track, 640, 480, smooth);
  for (int f = 0; f < 20; ++f) PALMA_CHECK_MSG(b[f].side >= a[f].side - 1e-9, "frame " << f);
  // Linear motion of the centre is kept by the moving average away from the ends.
  PALMA_CHECK_NEAR(b[8].x0 + 0.5 * b[8].side, a[8].x0 + 0.5 * a[8].side, 1e-3);
  // The jump at frame 10 is spread over the neighbours: frame 6 and 14 are larger than their raw side.
  PALMA_CHECK(b[7].side > a[7].side + 1);
  PALMA_CHECK(b[0].side < b[10].side);
}

PALMA_TEST(cropsFromMasksFrameTheMaskAndInterpolateEmptyOnes) {
  std::vector<torch::Tensor> masks;
  for (int f = 0; f < 3; ++f) masks.push_back(torch::zeros({100, 120}, torch::kUInt8));
  masks[0].slice(0, 20, 60).slice(1, 30, 50).fill_(255);  // rows 20..59, cols 30..49: 40 x 20
  masks[2].slice(0, 20, 60).slice(1, 50, 70).fill_(255);
  CropOptions o;
  o.smoothing_radius = 0;
  o.margin = 0.5;
  o.min_side_px = 8;
  const auto c = cropsFromMasks(masks, o);
  PALMA_CHECK_NEAR(c[0].side, 80.0, 1e-9);
  PALMA_CHECK_NEAR(c[0].x0 + 0.5 * c[0].side, 39.5, 1e-9);
  PALMA_CHECK_NEAR(c[0].y0 + 0.5 * c[0].side, 39.5, 1e-9);
  PALMA_CHECK_NEAR(c[1].x0 + 0.5 * c[1].side, 49.5, 1e-9);
}

PALMA_TEST(defaultIntrinsicsArePhoneLike) {
  const auto k = defaultIntrinsics(1080, 1920);
  PALMA_CHECK_NEAR(2.0 * std::atan(0.5 * 1920 / k[1]) * 180 / M_PI, 60.0, 1e-9);
  PALMA_CHECK_NEAR(k[0], k[1], 0);
  PALMA_CHECK_NEAR(k[2], 539.5, 0);
  PALMA_CHECK_NEAR(k[3], 959.5, 0);
}

PALMA_TEST(badCropInputIsRejectedWithAMessage) {
  const auto img = torch::zeros({10, 10, 3}, torch::kUInt8);
  PALMA_CHECK_THROWS(cropImage(torch::zeros({10, 10}, torch::kUInt8), {0, 0, 5}, 8), InputError, "RGB");
  PALMA_CHECK_THROWS(cropImage(torch::zeros({10, 10, 3}, torch::kFloat32), {0, 0, 5}, 8), InputError,
                     "8-bit");
  PALMA_CHECK_THROWS(cropImage(img, {0, 0, 0}, 8), InputError, "positive side");
  PALMA_CHECK_THROWS(cropImage(img, {NAN, 0, 4}, 8), InputError, "finite");
  PALMA_CHECK_THROWS(cropImage(img, {0, 0, 4}, 0), InputError, "output size");
  PALMA_CHECK_THROWS(cropMask(img, {0, 0, 4}, 8), InputError, "single-channel");
  PALMA_CHECK_THROWS(defaultIntrinsics(0, 10), InputError, "frame size");
  PALMA_CHECK_THROWS(defaultIntrinsics(10, 10, 180), InputError, "field of view");
  KeypointTrack empty_track;
  empty_track.frames.resize(4);
  PALMA_CHECK_THROWS(cropsFromKeypoints(empty_track, 64, 64), InputError, "no frame has keypoints");
  PALMA_CHECK_THROWS(cropsFromKeypoints(empty_track, 0, 64), InputError, "frame size");
  KeypointTrack nan_track;
  nan_track.frames.push_back(squareOfPoints(10, 10, 5));
  nan_track.frames[0][3].x = NAN;
  PALMA_CHECK_THROWS(cropsFromKeypoints(nan_track, 64, 64), InputError, "not finite");
  CropOptions bad;
  bad.margin = -1;
  PALMA_CHECK_THROWS(cropsFromKeypoints(nan_track, 64, 64, bad), InputError, "margin");
  std::vector<torch::Tensor> masks = {torch::full({8, 8}, 255, torch::kUInt8),
                                      torch::zeros({8, 9}, torch::kUInt8)};
  PALMA_CHECK_THROWS(cropsFromMasks(masks), InputError, "mask 1 is 9 x 8");
  masks[1] = torch::zeros({8, 8}, torch::kFloat32);
  PALMA_CHECK_THROWS(cropsFromMasks(masks), InputError, "8-bit");
  PALMA_CHECK_THROWS(cropsFromMasks({torch::zeros({8, 8}, torch::kUInt8)}), InputError, "non-empty mask");
}
