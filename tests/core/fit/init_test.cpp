// Specification of the pose initialisation (METHOD.md §4): keypoint fit accuracy on synthetic sequences
// of the built-in hand, temporal clean-up, joint limits, silhouette refinement and bad input.
#include <torch/torch.h>

#include <Eigen/Geometry>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/common/error.h"
#include "core/fit/init.h"
#include "core/model/builtin_hand.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/render/renderer.h"
#include "tests/support/palma_test.h"

using namespace palma;
using palma::fit::InitResult;
using palma::fit::InitSettings;

namespace {

const HandModel& hand() {
  static const HandModel m = makeBuiltinHand(Handedness::Right);
  return m;
}

const Rig& rig() {
  static const Rig r = makeRig(hand());
  return r;
}

// 448 x 448 pixels, 60 degrees vertical field of view (fx = fy = 388 px).
const render::Camera& camera() {
  static const render::Camera c = render::Camera::fromFieldOfView(60.0, 448, 448);
  return c;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int shapeIndex(const std::string& name) {
  for (size_t i = 0; i < hand().shape_names.size(); ++i)
    if (hand().shape_names[i] == name) return static_cast<int>(i);
  throw std::runtime_error("no shape component " + name);
}

// The rotation that shows the rest hand with its fingers up and its palm toward the camera.
Eigen::Matrix3d palmTowardCamera() {
  const auto& j = hand().joints;
  const Eigen::Vector3d wrist = j.row(0).cast<double>().transpose();
  const Eigen::Vector3d along =
      (j.row(jointIndex(kMiddle, 0)).cast<double>().transpose() - wrist).normalized();
  Eigen::Vector3d across =
      (j.row(jointIndex(kPinky, 0)) - j.row(jointIndex(kIndex, 0))).cast<double>().transpose();
  across = (across - across.dot(along) * along).normalized();
  Eigen::Vector3d palm = along.cross(across);
  // The palm is the side the fingers curl toward.
  SkinningParams p;
  const PoseMatrix fist = posePreset(hand(), "fist");
  p.pose = torch::from_blob(const_cast<float*>(fist.data()), {1, kNumJoints, 3}, torch::kFloat32).clone();
  const auto curled = skin(rig(), p).keypoints[0][12];
  const Eigen::Vector3d tip(curled[0].item<double>(), curled[1].item<double>(), curled[2].item<double>());
  if ((tip - wrist).dot(palm) < 0) palm = -palm;
  Eigen::Matrix3d from, to;
  from << along, palm, along.cross(palm);
  const Eigen::Vector3d up(0, -1, 0), toward(0, 0, -1);
  to << up, toward, up.cross(toward);
  return to * from.transpose();
}

struct Sequence {
  torch::Tensor pose;         // [F,16,3]
  torch::Tensor translation;  // [F,3]
  torch::Tensor shape;        // [K]
  torch::Tensor keypoints3d;  // [F,21,3] camera coordinates
  PreparedCapture capture;    // keypoints with confidence 1, the camera's intrinsics
};

// Finger poses blended through presets (at constant speed, or eased in and out of each preset), the hand
// turning from palm-toward to back-toward the camera (yaw -20 .. 200 degrees, 15 degrees of roll) 0.42-0.48 m
// in front of it, and a shape with non-zero proportions but average size.
Sequence makeSequence(int frames, bool eased = false,
                      const std::vector<std::string>& presets = {"relaxed", "pinch", "point"}) {
  const Eigen::Matrix3d base = palmTowardCamera();
  const Eigen::Matrix3d roll =
      Eigen::AngleAxisd(15.0 * M_PI / 180, Eigen::Vector3d::UnitZ()).toRotationMatrix();
  Sequence s;
  s.pose = torch::zeros({frames, kNumJoints, 3});
  s.translation = torch::zeros({frames, 3});
  s.shape = torch::zeros({hand().numShapes()});
  s.shape[shapeIndex("palm_width")] = 0.8;
  s.shape[shapeIndex("middle_length")] = -0.6;
  s.shape[shapeIndex("thumb_length")] = 0.5;
  const auto wrist_rest = rig().joints[0] + torch::matmul(rig().joint_shape_dirs[0], s.shape);
  for (int f = 0; f < frames; ++f) {
    const double t = frames > 1 ? static_cast<double>(f) / (frames - 1) : 0.0;
    const double u = t * (presets.size() - 1);
    const int a = std::min(static_cast<int>(u), static_cast<int>(presets.size()) - 2);
    const double e = eased ? 0.5 - 0.5 * std::cos(M_PI * (u - a)) : u - a;
    const PoseMatrix angles = (1 - e) * posePresetAngles(presets[a]) + e * posePresetAngles(presets[a + 1]);
    const PoseMatrix pose = anatomicalToPose(hand(), angles);
    for (int j = 1; j < kNumJoints; ++j)
      for (int c = 0; c < 3; ++c) s.pose[f][j][c] = pose(j, c);
    const double yaw = (-20.0 + 220.0 * t) * M_PI / 180;
    const Eigen::Matrix3d rot =
        Eigen::AngleAxisd(yaw, Eigen::Vector3d::UnitY()).toRotationMatrix() * roll * base;
    const Eigen::AngleAxisd aa(rot);
    for (int c = 0; c < 3; ++c) s.pose[f][0][c] = aa.angle() * aa.axis()(c);
    const auto wrist = torch::tensor({0.03 * std::sin(3 * t), 0.06 - 0.02 * t, 0.42 + 0.06 * t});
    s.translation[f] = wrist - wrist_rest;
  }
  SkinningParams p;
  p.pose = s.pose;
  p.translation = s.translation;
  p.shape = s.shape.unsqueeze(0).expand({frames, s.shape.size(0)});
  s.keypoints3d = skin(rig(), p).keypoints;
  const auto cams = render::CameraBatch::repeat(camera(), frames);
  const auto uv = render::projectToPixels(cams, s.keypoints3d);
  s.capture.handedness = Handedness::Right;
  s.capture.width = camera().width;
  s.capture.height = camera().height;
  for (int f = 0; f < frames; ++f) s.capture.frame_indices.push_back(f);
  s.capture.keypoints = torch::cat({uv, torch::ones({frames, kNumKeypoints, 1})}, 2);
  s.capture.intrinsics = cams.intrinsics;
  return s;
}

// Adds Gaussian pixel noise and marks a fraction of the keypoints missing (confidence 0).
void corrupt(Sequence& s, double noise_px, double dropout, uint64_t seed) {
  torch::manual_seed(seed);
  auto k = s.capture.keypoints.clone();
  k.narrow(2, 0, 2).add_(noise_px * torch::randn({k.size(0), kNumKeypoints, 2}));
  k.select(2, 2).masked_fill_(torch::rand({k.size(0), kNumKeypoints}) < dropout, 0.0);
  s.capture.keypoints = k;
}

SkinningResult skinResult(const InitResult& r) {
  SkinningParams p;
  p.pose = r.pose;
  p.translation = r.translation;
  p.shape = r.shape.unsqueeze(0).expand({r.pose.size(0), r.shape.size(0)});
  return skin(rig(), p);
}

struct Errors {
  double reprojection_px = 0;  // mean over frames of the mean error against the observed keypoints
  double clean_px = 0;         // mean pixel distance to the noise-free projections, all keypoints
  double max_clean_px = 0;     // worst frame of the above
  double keypoint3d_cm = 0;    // mean 3D keypoint distance in the camera frame
  double max_frame3d_cm = 0;   // worst frame's mean 3D distance
};

Errors measure(const Sequence& s, const InitResult& r) {
  Errors e;
  double sum = 0;
  for (double v : r.frame_error_px) sum += v;
  e.reprojection_px = sum / r.frame_error_px.size();
  const auto kp = skinResult(r).keypoints;
  const auto cams = render::CameraBatch::repeat(camera(), kp.size(0));
  const auto clean = render::projectToPixels(cams, s.keypoints3d);
  const auto px = (render::projectToPixels(cams, kp) - clean).norm(2, -1).mean(1);
  e.clean_px = px.mean().item<double>();
  e.max_clean_px = px.max().item<double>();
  const auto d3 = (kp - s.keypoints3d).norm(2, -1).mean(1) * 100;
  e.keypoint3d_cm = d3.mean().item<double>();
  e.max_frame3d_cm = d3.max().item<double>();
  return e;
}

void print(const char* what, const Errors& e, double seconds) {
  std::printf(
      "  %s: reprojection %.3f px (vs clean %.3f px, worst frame %.3f px), 3D %.3f cm (worst frame %.3f cm), "
      "%.2f s\n",
      what, e.reprojection_px, e.clean_px, e.max_clean_px, e.keypoint3d_cm, e.max_frame3d_cm, seconds);
}

InitSettings keypointsOnly() {
  InitSettings s;
  s.silhouette_iterations = 0;
  return s;
}

}  // namespace

PALMA_TEST(noiseFreeKeypointsAreFitToSubPixelAndSubCentimetre) {
  const Sequence s = makeSequence(12);
  InitSettings settings = keypointsOnly();
  settings.smoothing_window = 1;  // the fit itself; the default smoothing is measured below
  const auto start = std::chrono::steady_clock::now();
  const InitResult r = fit::initialiseFromKeypoints(rig(), hand(), s.capture, settings);
  const double seconds = secondsSince(start);
  const Errors e = measure(s, r);
  print("noise-free, 12 frames, fit", e, seconds);
  std::printf("  shape: size %.3f (truth 0), palm_width %.3f (0.8), middle_length %.3f (-0.6)\n",
              r.shape[shapeIndex("size")].item<double>(), r.shape[shapeIndex("palm_width")].item<double>(),
              r.shape[shapeIndex("middle_length")].item<double>());
  PALMA_CHECK(r.pose.sizes() == torch::IntArrayRef({12, kNumJoints, 3}));
  PALMA_CHECK(r.translation.sizes() == torch::IntArrayRef({12, 3}));
  PALMA_CHECK(r.shape.size(0) == hand().numShapes());
  PALMA_CHECK(r.frame_error_px.size() == 12u);
  PALMA_CHECK(r.skipped_frames.empty() && r.spikes_replaced.empty());
  // Measured: 0.26 px, 0.73 cm (worst frame 2.4 cm: a back view of curled fingers, where a tilt of the
  // palm and the finger flexion trade off almost invisibly in 2D).
  PALMA_CHECK_MSG(e.reprojection_px < 1.0, e.reprojection_px);
  PALMA_CHECK_MSG(e.keypoint3d_cm < 1.0, e.keypoint3d_cm);

  // The default three-frame smoothing (what initialiseFromKeypoints returns by default) averages each
  // frame's errors along directions the camera cannot see into its neighbours: 3D improves, the
  // reprojection error grows. Measured: 1.0 px, 0.56 cm.
  InitResult smoothed = r;
  smoothed.pose = fit::smoothPoses(r.pose, 3);
  smoothed.translation = fit::smoothSequence(r.translation, 3);
  smoothed.frame_error_px =
      fit::reprojectionErrors(rig(), smoothed, s.capture.keypoints, s.capture.intrinsics, 0.2);
  const Errors es = measure(s, smoothed);
  print("noise-free, 12 frames, smoothed", es, 0.0);
  PALMA_CHECK_MSG(es.reprojection_px < 1.5, es.reprojection_px);
  PALMA_CHECK_MSG(es.keypoint3d_cm < 1.0, es.keypoint3d_cm);
}

PALMA_TEST(noisyKeypointsWithDropoutsStayWithinFourPixels) {
  Sequence s = makeSequence(12);
  corrupt(s, 2.0, 0.1, 7);
  const auto start = std::chrono::steady_clock::now();
  const InitResult r = fit::initialiseFromKeypoints(rig(), hand(), s.capture, keypointsOnly());
  const double seconds = secondsSince(start);
  const Errors e = measure(s, r);
  print("2 px noise, 10 % dropouts, 12 frames", e, seconds);
  const double size = r.shape[shapeIndex("size")].item<double>();
  std::printf("  shape: size %.3f (truth 0), palm_width %.3f (0.8), middle_length %.3f (-0.6)\n", size,
              r.shape[shapeIndex("palm_width")].item<double>(),
              r.shape[shapeIndex("middle_length")].item<double>());
  PALMA_CHECK_MSG(e.reprojection_px < 4.0, e.reprojection_px);
  PALMA_CHECK_MSG(e.clean_px < 4.0, e.clean_px);
  PALMA_CHECK_NEAR(size, 0.0, 0.3);
}

PALMA_TEST(thirtyFramesFitInAFewSeconds) {
  const Sequence s = makeSequence(30);
  const auto start = std::chrono::steady_clock::now();
  const InitResult r = fit::initialiseFromKeypoints(rig(), hand(), s.capture, keypointsOnly());
  const double seconds = secondsSince(start);
  const Errors e = measure(s, r);
  print("noise-free, 30 frames, defaults", e, seconds);
  PALMA_CHECK_MSG(e.reprojection_px < 1.5, e.reprojection_px);
  // The target is < 2 s on this 2-core machine (measured about 1.6 s when idle); the bound leaves room for
  // a loaded machine.
  PALMA_CHECK_MSG(seconds < 6.0, seconds);
}

PALMA_TEST(framesWithTooFewKeypointsAreInterpolatedAndReported) {
  Sequence s = makeSequence(12);
  s.capture.keypoints[4].select(1, 2).fill_(0.0);                   // frame 4: nothing
  s.capture.keypoints[8].select(1, 2).narrow(0, 0, 17).fill_(0.0);  // frame 8: 4 keypoints left
  const InitResult r = fit::initialiseFromKeypoints(rig(), hand(), s.capture, keypointsOnly());
  PALMA_CHECK(r.skipped_frames == std::vector<int>({4, 8}));
  PALMA_CHECK(std::isnan(r.frame_error_px[4]));
  PALMA_CHECK(std::isfinite(r.frame_error_px[8]));
  const auto kp = skinResult(r).keypoints;
  const double gap4 = (kp[4] - s.keypoints3d[4]).norm(2, -1).mean().item<double>() * 100;
  const double gap8 = (kp[8] - s.keypoints3d[8]).norm(2, -1).mean().item<double>() * 100;
  std::printf("  interpolated frames: 3D error %.2f cm (frame 4), %.2f cm (frame 8)\n", gap4, gap8);
  // The hand turns 20 degrees per frame, so the neighbour mean is a few centimetres off at the fingertips.
  PALMA_CHECK(gap4 < 3.0 && gap8 < 3.0);
}

PALMA_TEST(removeSpikesReplacesASpikeAndLeavesSmoothMotionAlone) {
  const Sequence s = makeSequence(12);
  std::vector<int> replaced;
  const auto same = fit::removeSpikes(s.pose, 0.35, &replaced);
  PALMA_CHECK(replaced.empty());
  PALMA_CHECK_NEAR((same - s.pose).abs().max().item<double>(), 0.0, 1e-7);

  auto spiky = s.pose.clone();
  spiky[5].narrow(0, 1, 15).add_(0.6);  // every finger joint jumps by 0.6 rad on each axis for one frame
  const auto cleaned = fit::removeSpikes(spiky, 0.35, &replaced);
  PALMA_CHECK(replaced == std::vector<int>({5}));
  const auto mean = 0.5 * (s.pose[4] + s.pose[6]);
  PALMA_CHECK_NEAR((cleaned[5].narrow(0, 1, 15) - mean.narrow(0, 1, 15)).abs().max().item<double>(), 0.0,
                   1e-5);
  // The global rotation of the replaced frame is the rotation halfway between its neighbours.
  const auto rot = axisAngleToMatrix(cleaned.select(1, 0));
  const auto to4 = torch::matmul(rot[5].t(), axisAngleToMatrix(s.pose[4][0]));
  const auto to6 = torch::matmul(rot[5].t(), axisAngleToMatrix(s.pose[6][0]));
  PALMA_CHECK_NEAR(torch::trace(to4).item<double>(), torch::trace(to6).item<double>(), 1e-4);
  PALMA_CHECK_NEAR((cleaned.narrow(0, 0, 5) - s.pose.narrow(0, 0, 5)).abs().max().item<double>(), 0.0, 1e-7);
  PALMA_CHECK_NEAR((cleaned.narrow(0, 6, 6) - s.pose.narrow(0, 6, 6)).abs().max().item<double>(), 0.0, 1e-7);

  // Fast steady motion is not a spike: each step exceeds the threshold but the neighbours are further apart.
  auto fast = torch::zeros({5, kNumJoints, 3});
  for (int f = 0; f < 5; ++f) fast[f].narrow(0, 1, 15).fill_(0.5 * f);
  replaced.clear();
  fit::removeSpikes(fast, 0.35, &replaced);
  PALMA_CHECK(replaced.empty());
}

PALMA_TEST(smoothPosesKeepsSteadyMotionAndDampsJitter) {
  // Fingers moving at constant speed and the hand turning at constant speed about one axis.
  auto steady = torch::zeros({8, kNumJoints, 3});
  for (int f = 0; f < 8; ++f) {
    steady[f].narrow(0, 1, 15).fill_(0.1 * f);
    steady[f][0] = torch::tensor({0.3 * f * 0.6, 0.3 * f * 0.8, 0.0});  // angle 0.3 f about a fixed axis
  }
  const auto smoothed = fit::smoothPoses(steady, 3);
  PALMA_CHECK_NEAR((smoothed - steady).abs().max().item<double>(), 0.0, 1e-5);
  // Alternating jitter of +-0.1 rad is reduced to a third in the interior.
  auto jitter = steady.clone();
  for (int f = 0; f < 8; ++f) jitter[f].narrow(0, 1, 15).add_(f % 2 ? 0.1 : -0.1);
  const auto damped = fit::smoothPoses(jitter, 3);
  const double left =
      (damped.narrow(0, 1, 6) - steady.narrow(0, 1, 6)).narrow(1, 1, 15).abs().max().item<double>();
  PALMA_CHECK_NEAR(left, 0.1 / 3, 1e-5);
  PALMA_CHECK_NEAR((fit::smoothPoses(jitter, 1) - jitter).abs().max().item<double>(), 0.0, 0.0);
  PALMA_CHECK_THROWS(fit::smoothPoses(jitter, 2), InputError, "odd");
}

PALMA_TEST(fittedPosesRespectTheJointLimits) {
  // The keypoints show index and middle fingers bent backwards well past their limits (PIP -40 degrees,
  // limit -5; DIP -40, limit -15): the fit has to stay inside the limits anyway.
  Sequence s = makeSequence(6);
  auto angles = posePresetAngles("relaxed");
  const float deg = static_cast<float>(M_PI / 180);
  for (int finger : {kIndex, kMiddle}) {
    angles(jointIndex(finger, 1), 0) = -40 * deg;
    angles(jointIndex(finger, 2), 0) = -40 * deg;
  }
  const PoseMatrix bent = anatomicalToPose(hand(), angles);
  auto pose = s.pose.clone();
  for (int f = 0; f < 6; ++f)
    for (int j = 1; j < kNumJoints; ++j)
      for (int c = 0; c < 3; ++c) pose[f][j][c] = bent(j, c);
  SkinningParams p;
  p.pose = pose;
  p.translation = s.translation;
  p.shape = s.shape.unsqueeze(0).expand({6, s.shape.size(0)});
  const auto cams = render::CameraBatch::repeat(camera(), 6);
  s.capture.keypoints.narrow(2, 0, 2).copy_(render::projectToPixels(cams, skin(rig(), p).keypoints));
  const InitResult r = fit::initialiseFromKeypoints(rig(), hand(), s.capture, keypointsOnly());
  double worst = 0, truth_worst = 0;
  for (int f = 0; f < 6; ++f) {
    PoseMatrix fitted;
    for (int j = 0; j < kNumJoints; ++j)
      for (int c = 0; c < 3; ++c) fitted(j, c) = r.pose[f][j][c].item<float>();
    const PoseMatrix a = poseToAnatomical(hand(), fitted), t = poseToAnatomical(hand(), bent);
    for (int j = 1; j < kNumJoints; ++j) {
      const auto& l = hand().joint_limits[j];
      for (int c = 0; c < 3; ++c) {
        worst = std::max({worst, double(a(j, c) - l.upper(c)), double(l.lower(c) - a(j, c))});
        truth_worst = std::max({truth_worst, double(t(j, c) - l.upper(c)), double(l.lower(c) - t(j, c))});
      }
    }
  }
  std::printf("  largest excess over a joint limit: fitted %.2e rad, keypoints' truth %.2f rad\n", worst,
              truth_worst);
  PALMA_CHECK(truth_worst > 0.4);
  PALMA_CHECK_MSG(worst < 1e-3, worst);
}

namespace {

// Soft masks [F,H,W,1] of the hand in `r`'s poses, rendered like the refinement renders them.
torch::Tensor renderMasks(const SkinningResult& posed, const torch::Tensor& intrinsics, int width,
                          int height) {
  render::Renderer renderer;
  render::RenderMesh mesh;
  mesh.vertices = posed.vertices;
  mesh.faces = rig().faces;
  render::Material material;
  material.albedo = torch::ones({3});
  render::Lighting lighting;
  lighting.point_light = false;
  lighting.shadows = false;
  lighting.ambient_logit = torch::full({1}, 5.0);
  render::CameraBatch cameras;
  cameras.intrinsics = intrinsics;
  cameras.width = width;
  cameras.height = height;
  render::RenderSettings settings;
  settings.geometry_outputs = false;
  return renderer.render(mesh, material, lighting, cameras, settings).mask;
}

}  // namespace

PALMA_TEST(silhouetteRefinementReducesTheMaskErrorOfNoisyKeypoints) {
  const int frames = 6;
  Sequence s = makeSequence(frames);
  {
    SkinningParams p;
    p.pose = s.pose;
    p.translation = s.translation;
    p.shape = s.shape.unsqueeze(0).expand({frames, s.shape.size(0)});
    s.capture.masks = renderMasks(skin(rig(), p), s.capture.intrinsics, 448, 448);
  }
  corrupt(s, 6.0, 0.1, 11);
  InitSettings settings = keypointsOnly();
  const InitResult before = fit::initialiseFromKeypoints(rig(), hand(), s.capture, settings);
  settings.silhouette_iterations = 30;
  const auto start = std::chrono::steady_clock::now();
  const InitResult after = fit::refineOnSilhouettes(rig(), hand(), s.capture, before, settings);
  const double seconds = secondsSince(start);

  // Compare at the refinement's resolution (448 -> 128: scale 2/7), against the area-averaged masks.
  const double k = 128.0 / 448.0;
  const auto& in = s.capture.intrinsics;
  const auto small = torch::stack({in.select(1, 0) * k, in.select(1, 1) * k,
                                   (in.select(1, 2) + 0.5) * k - 0.5, (in.select(1, 3) + 0.5) * k - 0.5},
                                  1);
  const auto target =
      torch::adaptive_avg_pool2d(s.capture.masks.permute({0, 3, 1, 2}), {128, 128}).permute({0, 2, 3, 1});
  auto l1 = [&](const InitResult& r) {
    return (renderMasks(skinResult(r), small, 128, 128) - target).abs().mean().item<double>();
  };
  const double l1_before = l1(before), l1_after = l1(after);
  const Errors eb = measure(s, before), ea = measure(s, after);
  std::printf(
      "  silhouette L1 %.4f -> %.4f (%.0f %% less), 3D %.2f -> %.2f cm, clean reprojection %.2f -> %.2f px, "
      "%d iterations in %.2f s\n",
      l1_before, l1_after, 100 * (1 - l1_after / l1_before), eb.keypoint3d_cm, ea.keypoint3d_cm, eb.clean_px,
      ea.clean_px, settings.silhouette_iterations, seconds);
  PALMA_CHECK_MSG(l1_after < 0.8 * l1_before, l1_before << " -> " << l1_after);
  PALMA_CHECK(after.pose.sizes() == before.pose.sizes());
  PALMA_CHECK(after.frame_error_px.size() == static_cast<size_t>(frames));
}

PALMA_TEST(badInputIsRejectedWithAnInputError) {
  const Sequence s = makeSequence(3);
  const InitSettings settings = keypointsOnly();
  auto run = [&](const PreparedCapture& c) { fit::initialiseFromKeypoints(rig(), hand(), c, settings); };

  PreparedCapture none = s.capture;
  none.keypoints = torch::zeros({0, kNumKeypoints, 3});
  none.intrinsics = torch::zeros({0, 4});
  PALMA_CHECK_THROWS(run(none), InputError, "no frames");
  none.keypoints = torch::Tensor();
  PALMA_CHECK_THROWS(run(none), InputError, "no frames");

  PreparedCapture missing = s.capture;
  missing.keypoints = s.capture.keypoints.clone();
  missing.keypoints.select(2, 2).fill_(0.0);
  PALMA_CHECK_THROWS(run(missing), InputError, "no frame has at least 6 keypoints");

  PreparedCapture nan = s.capture;
  nan.keypoints = s.capture.keypoints.clone();
  nan.keypoints[1][3][0] = std::numeric_limits<float>::quiet_NaN();
  PALMA_CHECK_THROWS(run(nan), InputError, "frame 1 contain NaN");

  PreparedCapture count = s.capture;
  count.keypoints = s.capture.keypoints.narrow(1, 0, 20);
  PALMA_CHECK_THROWS(run(count), InputError, "[frames,21,3]");

  PreparedCapture intrinsics = s.capture;
  intrinsics.intrinsics = s.capture.intrinsics.narrow(0, 0, 2);
  PALMA_CHECK_THROWS(run(intrinsics), InputError, "intrinsics");

  PreparedCapture left = s.capture;
  left.handedness = Handedness::Left;
  PALMA_CHECK_THROWS(run(left), InputError, "left hand");

  PreparedCapture confidence = s.capture;
  confidence.keypoints = s.capture.keypoints.clone();
  confidence.keypoints[0][0][2] = 1.5;
  PALMA_CHECK_THROWS(run(confidence), InputError, "confidences");

  InitSettings bad = settings;
  bad.smoothing_window = 2;
  PALMA_CHECK_THROWS(fit::initialiseFromKeypoints(rig(), hand(), s.capture, bad), InputError,
                     "smoothing_window");

  // The silhouette refinement needs masks.
  InitResult start;
  start.pose = s.pose;
  start.translation = s.translation;
  start.shape = s.shape;
  PALMA_CHECK_THROWS(fit::refineOnSilhouettes(rig(), hand(), s.capture, start, settings), InputError,
                     "no masks");
}

PALMA_TEST(cancellationStopsTheFit) {
  const Sequence s = makeSequence(3);
  CancelToken token;
  token.cancel();
  PALMA_CHECK_THROWS(fit::initialiseFromKeypoints(rig(), hand(), s.capture, keypointsOnly(), {}, &token),
                     Cancelled, "cancelled");
}
