// The evaluation of an avatar against a synthetic capture: the ground-truth avatar scores near-perfect
// numbers on its own data, damaged avatars score clearly worse, the report folder is written and
// parses, the lighting follows a camera move, and captures without ground truth are refused.
#include <torch/torch.h>

#include <Eigen/Geometry>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/avatar/avatar_io.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/eval/evaluate.h"
#include "core/eval/report.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/render/shading.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/palma_test.h"

using namespace palma;
using namespace palma::eval;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

SyntheticSettings tinySettings() {
  SyntheticSettings s = test::smallSyntheticSettings(5);
  s.texture_size = 64;
  s.background = SyntheticBackground::Plain;
  return s;
}

const SyntheticCapture& tinyCapture() {
  static const SyntheticCapture capture = makeSyntheticCapture(tinySettings());
  return capture;
}

// The capture folder with its ground-truth avatar, as `palma synth` writes it.
const std::string& captureFolder() {
  static const std::string folder = [] {
    const std::string dir = palma::test::tempDir() + "/capture";
    writeSyntheticCapture(tinyCapture(), dir, VideoCodec::Mjpeg);
    saveAvatar(tinyCapture().ground_truth.avatar, dir + "/ground_truth.palma-avatar");
    return dir;
  }();
  return folder;
}

EvaluationOptions fastOptions() {
  EvaluationOptions o;
  o.holdout_every = 4;
  o.refine_epochs = 2;
  o.report_examples = 2;
  return o;
}

// The ground truth evaluated against itself (computed once).
const EvaluationReport& selfReport() {
  static const EvaluationReport report =
      evaluateCaptureFolder(captureFolder(), tinyCapture().ground_truth.avatar, fastOptions());
  return report;
}

double splitValue(const EvaluationReport& r, const std::string& split, double SplitMetrics::*field) {
  const SplitMetrics* s = r.split(split);
  PALMA_CHECK_MSG(s != nullptr, "missing split " + split);
  return s ? s->*field : NAN;
}

}  // namespace

PALMA_TEST(evaluate_clean_frames_written_and_loaded) {
  const std::string dir = captureFolder();
  PALMA_CHECK(fs::is_regular_file(dir + "/clean/000000.png"));
  PALMA_CHECK(fs::is_regular_file(dir + "/clean/000007.png"));
  const EvaluationData data = loadEvaluationData(dir);
  PALMA_CHECK(data.capture.images.defined());
  PALMA_CHECK_NEAR(data.capture.numFrames(), 8, 0);
  PALMA_CHECK_NEAR(data.novel_poses.numFrames(), 2, 0);
  PALMA_CHECK_NEAR(data.novel_views.numFrames(), 2, 0);
  // The clean frames are the noise-free render to 8-bit quantisation.
  const double diff = (data.capture.images - tinyCapture().frames.clean_images).abs().max().item<double>();
  PALMA_CHECK(diff <= 0.5 / 255 + 1e-6);
  PALMA_CHECK(torch::allclose(data.capture.pose, tinyCapture().motion.pose.to(torch::kFloat), 1e-5, 1e-6));
  PALMA_CHECK(torch::allclose(data.novel_views.camera_rotation,
                              tinyCapture().novel_view_frames.rotation.to(torch::kFloat), 1e-5, 1e-6));
}

PALMA_TEST(evaluate_ground_truth_scores_near_perfect) {
  const EvaluationReport& r = selfReport();
  for (const char* name : {"training", "held_out", "novel_poses", "novel_views"}) {
    const double psnr = splitValue(r, name, &SplitMetrics::psnr);
    const double iou = splitValue(r, name, &SplitMetrics::iou);
    const double kp = splitValue(r, name, &SplitMetrics::keypoint_px);
    std::printf("  %-12s PSNR %.2f dB  SSIM %.4f  IoU %.4f  kp %.3f px\n", name, psnr,
                splitValue(r, name, &SplitMetrics::ssim), iou, kp);
    // The ground-truth frames add supersampling and a specular lobe the renderer lacks (measured at
    // 96 px: 31-32 dB). Their masks keep pixels with more than half of the 2x2 samples covered, which
    // drops the silhouette's half-covered pixels: the ground truth's own IoU is about 0.96 here.
    PALMA_CHECK(psnr > 29.5);
    PALMA_CHECK(iou > 0.94);
    PALMA_CHECK(kp < 0.5);
  }
  PALMA_CHECK_NEAR(r.split("training")->frames, 6, 0);
  PALMA_CHECK_NEAR(r.split("held_out")->frames, 2, 0);
  PALMA_CHECK(r.split("held_out")->rows == std::vector<int>({3, 7}));
  PALMA_CHECK(r.split("held_out")->refined);
  std::printf("  geometry: posed %.4f mm, rest %.4f mm, joints %.4f mm; albedo %.1f dB over %.0f %% texels\n",
              r.geometry.posed_vertices_mm.mean, r.geometry.rest_vertices_mm.mean, r.geometry.joints_mm.mean,
              r.albedo_psnr, 100 * r.observed_texel_fraction);
  PALMA_CHECK(r.geometry.vertices_compared);
  PALMA_CHECK(r.geometry.posed_vertices_mm.max < 1e-3);
  PALMA_CHECK(r.geometry.joints_mm.max < 1e-3);
  PALMA_CHECK(r.albedo_psnr >= kPsnrCapDb - 1e-9);
  PALMA_CHECK(r.observed_texel_fraction > 0.2 && r.observed_texel_fraction <= 1.0);
  PALMA_CHECK(r.bars.size() == 5);
  // The bars read the held-out split.
  PALMA_CHECK(r.bars[0].name == "Held-out PSNR" && r.bars[0].value == r.split("held_out")->psnr);
  PALMA_CHECK(r.bars[1].passed && r.bars[1].value == r.split("held_out")->ssim);
  PALMA_CHECK(r.bars[2].name == "Novel-pose PSNR" && r.bars[2].passed);
  PALMA_CHECK(r.bars[4].name == "Held-out keypoint error" && r.bars[4].passed);
}

PALMA_TEST(evaluate_damaged_avatars_score_worse) {
  const EvaluationReport& good = selfReport();
  EvaluationOptions o = fastOptions();
  o.refine_epochs = 0;

  Avatar grey = tinyCapture().ground_truth.avatar;
  grey.albedo = torch::full_like(grey.albedo, 0.5);
  const EvaluationReport g = evaluateCaptureFolder(captureFolder(), grey, o);
  std::printf("  grey albedo: training PSNR %.2f dB, albedo PSNR %.2f dB\n", g.split("training")->psnr,
              g.albedo_psnr);
  PALMA_CHECK(g.split("training")->psnr < good.split("training")->psnr - 8);
  PALMA_CHECK(g.split("novel_views")->psnr < good.split("novel_views")->psnr - 8);
  PALMA_CHECK(g.albedo_psnr < 25);
  PALMA_CHECK_NEAR(g.split("training")->iou, good.split("training")->iou, 1e-9);  // same silhouette

  Avatar swollen = tinyCapture().ground_truth.avatar;
  swollen.displacement = swollen.displacement + 0.004f;  // 4 mm along the normals
  const EvaluationReport s = evaluateCaptureFolder(captureFolder(), swollen, o);
  std::printf("  swollen: IoU %.4f, posed vertices %.2f mm, rest %.2f mm\n", s.split("training")->iou,
              s.geometry.posed_vertices_mm.mean, s.geometry.rest_vertices_mm.mean);
  PALMA_CHECK(s.split("training")->iou < good.split("training")->iou - 0.03);
  PALMA_CHECK(s.geometry.rest_vertices_mm.mean > 1.0);

  Avatar moved = tinyCapture().ground_truth.avatar;
  moved.motion.translation = moved.motion.translation + torch::tensor({0.01f, 0.0f, 0.0f});
  const EvaluationReport m = evaluateCaptureFolder(captureFolder(), moved, o);
  std::printf("  shifted 1 cm: keypoint error %.2f px, IoU %.4f\n", m.split("training")->keypoint_px,
              m.split("training")->iou);
  PALMA_CHECK(m.split("training")->keypoint_px > 1.0);
  PALMA_CHECK(!m.bars.empty() && !m.allPassed());
}

// Held-out poses start where the fit left them (for real avatars: the keypoint initialisation); the
// refinement must correct them, not hold them in place.
PALMA_TEST(evaluate_refinement_corrects_displaced_held_out_poses) {
  Avatar off = tinyCapture().ground_truth.avatar;
  for (int row : {3, 7}) {
    off.motion.translation[row] += torch::tensor({0.006f, -0.004f, 0.0f});
    off.motion.pose[row][0] += torch::tensor({0.0f, 0.0f, 0.08f});  // a turn about the view axis
  }
  EvaluationOptions o = fastOptions();
  o.refine_epochs = 0;
  const EvaluationReport before = evaluateCaptureFolder(captureFolder(), off, o);
  o.refine_epochs = EvaluationOptions().refine_epochs;
  const EvaluationReport after = evaluateCaptureFolder(captureFolder(), off, o);
  const SplitMetrics *b = before.split("held_out"), *a = after.split("held_out"),
                     *truth = selfReport().split("held_out");
  std::printf(
      "  displaced held-out poses: kp %.2f -> %.2f px, IoU %.4f -> %.4f (ground truth %.4f), PSNR "
      "%.2f -> %.2f dB\n",
      b->keypoint_px, a->keypoint_px, b->iou, a->iou, truth->iou, b->psnr, a->psnr);
  // Measured: kp 1.30 -> 0.13 px (0.25 px, 0.19x, with the former 3D anchor to the start), IoU
  // 0.742 -> 0.959 (ground truth 0.953), PSNR 21.8 -> 31.0 dB.
  PALMA_CHECK(b->keypoint_px > 1.0);
  PALMA_CHECK(a->keypoint_px < 0.15 * b->keypoint_px);
  PALMA_CHECK(a->iou > truth->iou - 0.01);
  PALMA_CHECK(a->psnr > b->psnr + 5);
}

PALMA_TEST(evaluate_report_files_written) {
  const std::string dir = palma::test::tempDir() + "/report";
  writeEvaluationReport(selfReport(), dir);
  for (const char* f : {"metrics.json", "report.png", "report.html", "albedo.png", "gt_albedo.png",
                        "normal_map.png", "gt_normal_map.png", "observed_texels.png"})
    PALMA_CHECK_MSG(fs::is_regular_file(dir + "/" + f), f);
  std::ifstream in(dir + "/metrics.json");
  const json j = json::parse(in);
  PALMA_CHECK(j["format"] == "palma-eval-report");
  PALMA_CHECK_NEAR(j["splits"]["held_out"]["psnr"].get<double>(), selfReport().split("held_out")->psnr, 1e-9);
  PALMA_CHECK(j["splits"]["training"]["per_frame"].size() == 6);
  PALMA_CHECK(j["bars"].size() == selfReport().bars.size());
  std::ifstream html(dir + "/report.html");
  const std::string text((std::istreambuf_iterator<char>(html)), std::istreambuf_iterator<char>());
  PALMA_CHECK(text.find("report.png") != std::string::npos);
  PALMA_CHECK(text.find("Held-out PSNR") != std::string::npos);
  const std::string table = formatEvaluationTable(selfReport());
  PALMA_CHECK(table.find("Novel views") != std::string::npos);
}

PALMA_TEST(evaluate_lighting_follows_the_camera) {
  AvatarLighting l;
  l.use_sh = true;
  l.ambient = 0;
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) l.sh(k, c) = 0.1f * std::sin(1.0f + k * 3 + c);
  l.sh(0, 0) = l.sh(0, 1) = l.sh(0, 2) = 0.9f;
  l.light_position = {0.1f, -0.2f, 0.3f};
  const Eigen::Matrix3d rot =
      Eigen::AngleAxisd(0.7, Eigen::Vector3d(0.3, 1.0, -0.2).normalized()).toRotationMatrix();
  const Eigen::Vector3d t(0.05, -0.02, 0.1);
  const AvatarLighting moved = transformLighting(l, rot, t);
  PALMA_CHECK((moved.light_position.cast<double>() - (rot * l.light_position.cast<double>() + t)).norm() <
              1e-6);
  // E'(R n) = E(n) for any normal n.
  auto n = torch::randn({1, 50, 3}, torch::kDouble);
  n = n / n.norm(2, -1, true);
  torch::Tensor r = torch::zeros({3, 3}, torch::kDouble), c0 = torch::zeros({1, 9, 3}, torch::kDouble),
                c1 = torch::zeros({1, 9, 3}, torch::kDouble);
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 3; ++k) r[i][k] = rot(i, k);
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) {
      c0[0][k][c] = l.sh(k, c);
      c1[0][k][c] = moved.sh(k, c);
    }
  const auto before = render::shIrradiance(n, c0);
  const auto after = render::shIrradiance(torch::matmul(n, r.t()), c1);
  PALMA_CHECK((before - after).abs().max().item<double>() < 1e-5);
}

PALMA_TEST(evaluate_refuses_captures_without_ground_truth) {
  const std::string dir = palma::test::tempDir() + "/real";
  fs::copy(captureFolder(), dir, fs::copy_options::recursive);
  fs::remove(dir + "/ground_truth.json");
  PALMA_CHECK_THROWS(loadEvaluationData(dir), InputError, "no ground truth");
  PALMA_CHECK_THROWS(evaluateCaptureFolder(dir, tinyCapture().ground_truth.avatar), InputError,
                     "no ground truth");
  PALMA_CHECK_THROWS(loadEvaluationData(palma::test::tempDir() + "/missing"), InputError, "does not exist");

  const std::string no_avatar = palma::test::tempDir() + "/no_avatar";
  fs::copy(captureFolder(), no_avatar, fs::copy_options::recursive);
  palma::removeAll(no_avatar + "/ground_truth.palma-avatar");
  PALMA_CHECK_THROWS(loadEvaluationData(no_avatar), InputError, "no ground-truth avatar");

  // An avatar of another capture (other frame count) is refused by name.
  Avatar other = tinyCapture().ground_truth.avatar;
  other.motion.frame_indices.resize(5);
  other.motion.pose = other.motion.pose.narrow(0, 0, 5);
  other.motion.translation = other.motion.translation.narrow(0, 0, 5);
  other.motion.intrinsics = other.motion.intrinsics.narrow(0, 0, 5);
  PALMA_CHECK_THROWS(evaluateCaptureFolder(captureFolder(), other), InputError, "fitted poses for 5 frames");

  // A malformed ground truth names the file.
  const std::string bad = palma::test::tempDir() + "/bad_truth";
  fs::copy(captureFolder(), bad, fs::copy_options::recursive);
  std::ifstream in(bad + "/ground_truth.json");
  json j = json::parse(in);
  in.close();
  j["frames"][1]["pose"] = json::array({1, 2});
  std::ofstream(bad + "/ground_truth.json") << j.dump();
  PALMA_CHECK_THROWS(loadEvaluationData(bad), InputError, "frame 1 \"pose\"");
}
