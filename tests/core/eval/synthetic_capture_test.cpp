// The synthetic capture generator: determinism, framing, the capture protocol's views of palm and back,
// masks against the rendered coverage, keypoint noise statistics, the avatar's texture features and
// the effects the fitter does not model.
#include <torch/torch.h>

#include <cstdio>

#include "core/common/error.h"
#include "core/eval/synthetic_capture.h"
#include "core/model/builtin_hand.h"
#include "core/model/skinning.h"
#include "core/render/camera.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/palma_test.h"

using namespace palma;
using namespace palma::eval;

namespace {

// 8 frames of 96 x 96 with a small texture: the whole capture in about a second.
SyntheticSettings smallSettings(uint64_t seed = 7) { return test::smallSyntheticSettings(seed); }

const SyntheticCapture& smallCapture() {
  static const SyntheticCapture capture = makeSyntheticCapture(smallSettings());
  return capture;
}

// Palm normal (pointing out of the palm) from the 3D keypoints [21,3] of a right hand.
torch::Tensor palmNormal(const torch::Tensor& k) {
  const auto n = torch::cross(k[5] - k[0], k[17] - k[0], 0);
  return n / n.norm();
}

}  // namespace

PALMA_TEST(captureIsDeterministicForASeed) {
  const SyntheticCapture& a = smallCapture();
  const SyntheticCapture b = makeSyntheticCapture(smallSettings());
  PALMA_CHECK(torch::equal(a.frames.images, b.frames.images));
  PALMA_CHECK(torch::equal(a.frames.keypoints, b.frames.keypoints));
  PALMA_CHECK(torch::equal(a.ground_truth.avatar.albedo, b.ground_truth.avatar.albedo));
  PALMA_CHECK(torch::equal(a.ground_truth.avatar.displacement, b.ground_truth.avatar.displacement));
  PALMA_CHECK(torch::equal(a.novel_view_frames.images, b.novel_view_frames.images));
  // Another seed gives another hand, motion, texture and noise.
  const SyntheticCapture c = makeSyntheticCapture(smallSettings(8));
  PALMA_CHECK(!torch::equal(a.ground_truth.avatar.shape, c.ground_truth.avatar.shape));
  PALMA_CHECK((a.frames.images - c.frames.images).abs().mean().item<double>() > 0.01);
  PALMA_CHECK(!torch::equal(a.motion.pose, c.motion.pose));
}

PALMA_TEST(shapesStayWithinTheirRange) {
  const auto shape = smallCapture().ground_truth.avatar.shape;
  PALMA_CHECK(shape.numel() == 10);
  PALMA_CHECK(shape.abs().max().item<double>() <= 1.5);
  PALMA_CHECK(shape.abs().max().item<double>() > 0.3);
}

PALMA_TEST(handStaysInFrameThroughoutTheProtocol) {
  // The full 60-frame protocol at the default size: every vertex of the hand and forearm stub, not
  // only the keypoints, projects inside the frame with a margin.
  SyntheticSettings s;
  const HandModel model = makeBuiltinHand();
  const HandMotion motion = captureProtocolMotion(model, s.frames, s.seed, s.hand_distance);
  const Rig rig = makeRig(model);
  const auto posed = skin(rig, {motion.pose, {}, motion.translation, {}});
  const auto cameras = render::CameraBatch::repeat(syntheticCamera(s), s.frames);
  const auto px = render::projectToPixels(cameras, render::worldToCamera(cameras, posed.vertices));
  const double lo = px.min().item<double>(), hi = px.max().item<double>();
  std::printf("  protocol: projected vertices span %.1f .. %.1f px of %d\n", lo, hi, s.width);
  PALMA_CHECK(lo > 0.05 * s.width && hi < 0.95 * s.width);
  // In the rendered small capture the mask never touches the border.
  const auto m = smallCapture().frames.masks;
  const double border =
      torch::cat({m.select(1, 0), m.select(1, -1), m.select(2, 0), m.select(2, -1)}, 1).sum().item<double>();
  PALMA_CHECK(border == 0);
  PALMA_CHECK(m.sum({1, 2, 3}).min().item<double>() > 0.04 * 96 * 96);
}

PALMA_TEST(protocolShowsThePalmAndTheBack) {
  SyntheticSettings s;
  const HandModel model = makeBuiltinHand();
  const HandMotion motion = captureProtocolMotion(model, s.frames, s.seed, s.hand_distance);
  const auto posed = skin(makeRig(model), {motion.pose, {}, motion.translation, {}});
  int palm = 0, back = 0;
  double min_cos = 1, max_cos = -1;
  for (int i = 0; i < s.frames; ++i) {
    const auto k = posed.keypoints[i];
    const auto centre = (k[0] + k[9]) / 2;
    // Cosine between the palm normal and the direction from the camera (at the origin) to the palm.
    const double c = (palmNormal(k) * centre / centre.norm()).sum().item<double>();
    min_cos = std::min(min_cos, c);
    max_cos = std::max(max_cos, c);
    palm += c < -0.7;
    back += c > 0.7;
  }
  std::printf("  protocol: %d frames show the palm, %d the back (cosines %.2f .. %.2f)\n", palm, back,
              min_cos, max_cos);
  PALMA_CHECK(palm >= 10 && back >= 10);
  PALMA_CHECK(min_cos < -0.95 && max_cos > 0.95);
  // The first frame shows the palm; the rendered small capture has both sides too.
  const auto k3 = smallCapture().frames.keypoints_3d;
  PALMA_CHECK((palmNormal(k3[0]) * k3[0][9]).sum().item<double>() < 0);
  bool saw_back = false;
  for (int i = 0; i < k3.size(0); ++i) saw_back |= (palmNormal(k3[i]) * k3[i][9]).sum().item<double>() > 0;
  PALMA_CHECK(saw_back);
}

PALMA_TEST(leftHandMirrorsTheProtocol) {
  SyntheticSettings s = smallSettings();
  s.handedness = Handedness::Left;
  s.novel_pose_frames = 0;
  s.novel_views = 0;
  const SyntheticCapture c = makeSyntheticCapture(s);
  PALMA_CHECK(c.ground_truth.avatar.model_spec == "builtin:left");
  const auto k = c.frames.keypoints_3d[0];
  // Left hand: the cross product of (index - wrist) and (pinky - wrist) points out of the back.
  PALMA_CHECK((palmNormal(k) * k[9]).sum().item<double>() > 0);
  PALMA_CHECK(c.frames.masks.sum().item<double>() > 0.04 * 96 * 96 * 8);
}

PALMA_TEST(masksAgreeWithTheRenderedCoverage) {
  // Two renders of the same frames over black and over white: their difference is 1 - coverage
  // (colour = coverage * hand + (1 - coverage) * background), an estimate independent of the mask.
  SyntheticSettings s = smallSettings();
  s.sensor_noise = 0;
  const SyntheticCapture& c = smallCapture();
  const auto cams = render::CameraBatch::repeat(syntheticCamera(s), c.motion.numFrames());
  const auto black = renderSynthetic(c.ground_truth, c.motion, cams, torch::zeros({96, 96, 3}), s, 1);
  const auto white = renderSynthetic(c.ground_truth, c.motion, cams, torch::ones({96, 96, 3}), s, 1);
  const auto estimate = 1.0 - (white.clean_images - black.clean_images).mean(3, true);
  const double coverage_error = (estimate - black.coverage).abs().max().item<double>();
  const double disagree =
      ((estimate > 0.5 - 1e-4).to(torch::kFloat) != c.frames.masks).to(torch::kFloat).mean().item<double>();
  std::printf(
      "  coverage from two backgrounds vs coverage: max error %.2e; masks disagree on %.4f%% of pixels\n",
      coverage_error, 100 * disagree);
  PALMA_CHECK(coverage_error < 1e-3);
  PALMA_CHECK(disagree < 1e-3);
  // Half the samples or more: a pixel whose centre lies on the edge counts as hand.
  PALMA_CHECK(torch::equal(c.frames.masks, (c.frames.coverage >= 0.5).to(torch::kFloat)));
  // A box-filtered supersampled edge has fractional coverage.
  const auto fractional = ((c.frames.coverage > 0.1) & (c.frames.coverage < 0.9)).sum().item<int64_t>();
  PALMA_CHECK(fractional > 50);
}

PALMA_TEST(keypointNoiseAndDropoutMatchTheSettings) {
  SyntheticSettings s = smallSettings();
  s.frames = 200;
  s.width = s.height = 32;
  s.texture_size = 32;
  s.shadows = false;
  s.supersampling = 1;
  s.render_batch = 50;
  s.keypoint_noise_px = 2.0;
  s.keypoint_dropout = 0.2;
  const SyntheticAvatar avatar = makeSyntheticAvatar(s);
  const HandMotion motion = captureProtocolMotion(avatar.model, s.frames, s.seed);
  const auto f = renderSynthetic(avatar, motion, render::CameraBatch::repeat(syntheticCamera(s), s.frames),
                                 torch::zeros({32, 32, 3}), s, 99);
  const auto conf = f.keypoints.select(2, 2);
  const auto kept = conf > 0;
  const double dropped = 1.0 - kept.to(torch::kFloat).mean().item<double>();
  const auto err = (f.keypoints.narrow(2, 0, 2) - f.keypoints_exact).index({kept});
  const double sigma = err.std().item<double>(), mean = err.mean().item<double>();
  std::printf("  keypoints: dropped %.3f (setting 0.2), noise sigma %.3f px (setting 2.0), mean %.3f\n",
              dropped, sigma, mean);
  PALMA_CHECK_NEAR(dropped, 0.2, 0.03);  // 4200 keypoints: binomial sigma 0.006
  PALMA_CHECK_NEAR(sigma, 2.0, 0.1);     // 6700 values: relative sigma 0.9%
  PALMA_CHECK(std::abs(mean) < 0.15);
  PALMA_CHECK(torch::all((conf == 0) | (conf == 1)).item<bool>());
  // Dropped keypoints carry no position.
  PALMA_CHECK(f.keypoints.index({~kept}).abs().max().item<double>() == 0);
  // No noise and no dropout: the exact projections.
  s.keypoint_noise_px = 0;
  s.keypoint_dropout = 0;
  const auto exact =
      renderSynthetic(avatar, motion, render::CameraBatch::repeat(syntheticCamera(s), s.frames),
                      torch::zeros({32, 32, 3}), s, 99);
  PALMA_CHECK(torch::equal(exact.keypoints.narrow(2, 0, 2), exact.keypoints_exact));
  PALMA_CHECK(torch::all(exact.keypoints.select(2, 2) == 1).item<bool>());
}

PALMA_TEST(albedoHasItsFeatures) {
  const SyntheticAvatar& gt = smallCapture().ground_truth;
  const auto albedo = gt.avatar.albedo;                                      // [T,T,3]
  const auto luma = albedo.matmul(torch::tensor({0.299f, 0.587f, 0.114f}));  // [T,T]
  const auto covered = gt.uv_coverage > 0.5;
  const auto skin = covered & (gt.tattoo == 0) & (gt.freckles == 0) & (gt.nails == 0);
  const auto tattoo = gt.tattoo > 0.6;
  const auto freckles = gt.freckles > 0.4;
  const auto nails = gt.nails > 0.9;
  PALMA_CHECK(tattoo.sum().item<int64_t>() > 20);
  PALMA_CHECK(freckles.sum().item<int64_t>() > 5);
  PALMA_CHECK(nails.sum().item<int64_t>() > 10);
  // Skin around the tattoo: the covered texels in its bounding box.
  const auto where = torch::nonzero(tattoo);
  const auto r0 = where.select(1, 0).min().item<int64_t>(), r1 = where.select(1, 0).max().item<int64_t>();
  const auto c0 = where.select(1, 1).min().item<int64_t>(), c1 = where.select(1, 1).max().item<int64_t>();
  using torch::indexing::Slice;
  auto box = torch::zeros_like(skin);
  box.index_put_({Slice(r0, r1 + 1), Slice(c0, c1 + 1)}, true);
  const double tattoo_luma = luma.index({tattoo}).mean().item<double>();
  const double around = luma.index({skin & box}).mean().item<double>();
  const double skin_luma = luma.index({skin}).mean().item<double>();
  const double freckle_luma = luma.index({freckles}).mean().item<double>();
  const auto skin_rgb = albedo.index({skin}).mean(0), nail_rgb = albedo.index({nails}).mean(0);
  std::printf(
      "  albedo luma: tattoo %.3f, skin around it %.3f, freckles %.3f, skin %.3f; nail rgb %.2f %.2f %.2f\n",
      tattoo_luma, around, freckle_luma, skin_luma, nail_rgb[0].item<double>(), nail_rgb[1].item<double>(),
      nail_rgb[2].item<double>());
  PALMA_CHECK(tattoo_luma < 0.5 * around);
  PALMA_CHECK(freckle_luma < skin_luma - 0.05);
  PALMA_CHECK((nail_rgb - skin_rgb).norm().item<double>() > 0.08);
  // Skin tone varies (no flat colour) and stays a plausible skin colour (red > green > blue).
  PALMA_CHECK(luma.index({skin}).std().item<double>() > 0.01);
  PALMA_CHECK(skin_rgb[0].item<double>() > skin_rgb[1].item<double>());
  PALMA_CHECK(skin_rgb[1].item<double>() > skin_rgb[2].item<double>());
}

PALMA_TEST(displacementAndNormalMapCarryTheDetail) {
  const SyntheticAvatar& gt = smallCapture().ground_truth;
  const auto d = gt.avatar.displacement;
  PALMA_CHECK(d.numel() == gt.model.numVertices());
  // Creases are grooves of up to about a millimetre; most of the skin is untouched.
  std::printf("  displacement: min %.3f mm, %.1f%% of vertices below -0.1 mm\n", 1e3 * d.min().item<double>(),
              100 * (d < -1e-4).to(torch::kFloat).mean().item<double>());
  PALMA_CHECK(d.min().item<double>() < -0.3e-3 && d.min().item<double>() > -1.5e-3);
  PALMA_CHECK(d.max().item<double>() <= 0);
  PALMA_CHECK((d < -1e-4).to(torch::kFloat).mean().item<double>() < 0.3);
  // The normal map decodes to unit normals in the upper hemisphere, perturbed inside the islands.
  const auto n = gt.avatar.normal_map * 2 - 1;
  const auto covered = gt.uv_coverage > 0.5;
  PALMA_CHECK((n.norm(2, {2}) - 1).abs().max().item<double>() < 1e-3);
  PALMA_CHECK(n.select(2, 2).min().item<double>() > 0.3);
  const auto tilt = n.narrow(2, 0, 2).norm(2, {2});
  PALMA_CHECK(tilt.index({covered}).max().item<double>() > 0.3);
  PALMA_CHECK(tilt.index({covered}).mean().item<double>() > 0.01);
}

PALMA_TEST(renderAddsEffectsTheFitterDoesNotModel) {
  const SyntheticCapture& c = smallCapture();
  SyntheticSettings s = smallSettings();
  const auto cams = render::CameraBatch::repeat(syntheticCamera(s), c.motion.numFrames());
  // Sensor noise: the difference to the noise-free image has the configured sigma (unclamped pixels).
  const auto diff = (c.frames.images - c.frames.clean_images);
  const auto inside = (c.frames.clean_images > 0.05) & (c.frames.clean_images < 0.95);
  const double sigma = diff.index({inside}).std().item<double>();
  std::printf("  sensor noise sigma %.4f (setting %.4f)\n", sigma, s.sensor_noise);
  PALMA_CHECK_NEAR(sigma, s.sensor_noise, 0.001);
  // The specular lobe only adds light, and only on the hand.
  s.specular_strength = 0;
  const auto matte = renderSynthetic(c.ground_truth, c.motion, cams, c.background, s, 1);
  const auto extra = c.frames.clean_images - matte.clean_images;
  PALMA_CHECK(extra.min().item<double>() > -1e-6);
  PALMA_CHECK(extra.max().item<double>() > 0.02);
  PALMA_CHECK(extra.index({c.frames.coverage.expand_as(extra) == 0}).abs().max().item<double>() == 0);
  // Supersampling changes the silhouette pixels against a single sample per pixel.
  s.supersampling = 1;
  const auto single = renderSynthetic(c.ground_truth, c.motion, cams, c.background, s, 1);
  PALMA_CHECK((single.coverage - c.frames.coverage).abs().max().item<double>() > 0.2);
}

PALMA_TEST(novelPosesAndViewsDifferFromTheProtocol) {
  const SyntheticCapture& c = smallCapture();
  PALMA_CHECK(c.novel_pose_frames.numFrames() == 2 && c.novel_view_frames.numFrames() == 2);
  // Finger poses (joints 1..15) of the novel motion are far from every protocol frame.
  const HandModel model = makeBuiltinHand();
  const auto protocol = captureProtocolMotion(model, 60, 1).pose.narrow(1, 1, 15).reshape({60, 1, 45});
  const auto novel = novelPoseMotion(model, 12, 1).pose.narrow(1, 1, 15).reshape({1, 12, 45});
  const double nearest = (protocol - novel).norm(2, {2}).min().item<double>();
  std::printf("  novel poses: nearest protocol pose at %.2f rad (45-vector norm)\n", nearest);
  PALMA_CHECK(nearest > 0.4);  // measured 0.52 rad (seed 1)
  // Novel views look at the hand from other directions.
  const CameraPoses views = novelViews(6, 0.45);
  const auto target = torch::tensor({0.0f, 0.0f, 0.45f});
  for (int i = 0; i < 6; ++i) {
    const auto cam = views.rotation[i].matmul(target) + views.translation[i];
    PALMA_CHECK(cam[0].abs().item<double>() < 1e-5 && cam[1].abs().item<double>() < 1e-5);
    PALMA_CHECK_NEAR(cam[2].item<double>(), 0.45, 1e-5);
    PALMA_CHECK((views.rotation[i].matmul(views.rotation[i].t()) - torch::eye(3)).abs().max().item<double>() <
                1e-5);
    // Not the capture camera: the viewing direction differs by at least 20 degrees.
    PALMA_CHECK(views.rotation[i][2][2].item<double>() < std::cos(20 * M_PI / 180));
  }
  PALMA_CHECK(c.novel_view_frames.masks.sum({1, 2, 3}).min().item<double>() > 0.02 * 96 * 96);
}

PALMA_TEST(badSettingsAreRejected) {
  SyntheticSettings s = smallSettings();
  s.frames = 0;
  PALMA_CHECK_THROWS(makeSyntheticCapture(s), InputError, "frames");
  s = smallSettings();
  s.keypoint_dropout = 1.5;
  PALMA_CHECK_THROWS(makeSyntheticCapture(s), InputError, "keypoint_dropout");
  s = smallSettings();
  s.subdivision_levels = 3;
  PALMA_CHECK_THROWS(makeSyntheticAvatar(s), InputError, "subdivision_levels");
  s = smallSettings();
  s.sensor_noise = std::nan("");
  PALMA_CHECK_THROWS(s.validate(), InputError, "sensor_noise");
  PALMA_CHECK_THROWS(novelViews(0), InputError, "at least one");
  const HandModel model = makeBuiltinHand();
  PALMA_CHECK_THROWS(captureProtocolMotion(model, 0, 1), InputError, "at least one frame");
}
