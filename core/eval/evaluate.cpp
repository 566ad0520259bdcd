#include "core/eval/evaluate.h"

#include <torch/torch.h>

#include <Eigen/Cholesky>
#include <Eigen/Geometry>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "core/avatar/avatar_ops.h"
#include "core/common/error.h"
#include "core/fit/losses.h"
#include "core/fit/reconstructor.h"
#include "core/model/skinning.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "core/render/shading.h"

namespace palma::eval {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Eigen::Matrix3d matrix3(const torch::Tensor& t) {
  const auto c = t.to(torch::kDouble).contiguous();
  Eigen::Matrix3d m;
  for (int r = 0; r < 3; ++r)
    for (int k = 0; k < 3; ++k) m(r, k) = c[r][k].item<double>();
  return m;
}

Eigen::Vector3d vector3(const torch::Tensor& t) {
  const auto c = t.to(torch::kDouble).contiguous();
  return {c[0].item<double>(), c[1].item<double>(), c[2].item<double>()};
}

Eigen::Vector3d axisAngle(const Eigen::Matrix3d& m) {
  const Eigen::AngleAxisd aa(m);
  return aa.axis() * aa.angle();
}

torch::Tensor selectRows(const torch::Tensor& t, const std::vector<int>& rows) {
  if (!t.defined()) return t;
  return t.index_select(0, torch::tensor(std::vector<int64_t>(rows.begin(), rows.end()), torch::kLong));
}

// The template-bound pieces of an avatar: subdivided template and rig.
struct Posable {
  const Avatar* avatar = nullptr;
  HandModel tmpl;
  Rig rig;
};

Posable makePosable(const Avatar& avatar, const HandModel& model) {
  Posable p;
  p.avatar = &avatar;
  p.tmpl = avatarTemplate(model, avatar);
  validateAvatar(avatar, p.tmpl);
  p.rig = makeRig(p.tmpl);
  return p;
}

// Posed keypoints [F,21,3] (and joints) of the avatar.
SkinningResult skinAvatar(const Posable& p, const torch::Tensor& pose, const torch::Tensor& translation) {
  SkinningParams sp;
  sp.pose = pose.to(torch::kFloat32);
  sp.translation = translation.to(torch::kFloat32);
  sp.shape = p.avatar->shape.unsqueeze(0).expand({pose.size(0), p.avatar->shape.size(0)});
  return skin(p.rig, sp);
}

// Moves the hand from the world into each frame's camera frame: the global rotation composed with the
// camera rotation and the translation chosen so that the wrist lands where the camera sees it.
void toCameraFrame(const Posable& p, torch::Tensor& pose, torch::Tensor& translation,
                   const torch::Tensor& cam_rotation, const torch::Tensor& cam_translation) {
  torch::NoGradGuard guard;
  const int64_t n = pose.size(0);
  auto new_pose = pose.to(torch::kFloat32).clone();
  for (int64_t i = 0; i < n; ++i) {
    const Eigen::Matrix3d rc = matrix3(cam_rotation[i]);
    const Eigen::Vector3d g = vector3(pose[i][0]);
    const Eigen::Matrix3d rg = g.norm() < 1e-12
                                   ? Eigen::Matrix3d::Identity()
                                   : Eigen::AngleAxisd(g.norm(), g / g.norm()).toRotationMatrix();
    const Eigen::Vector3d ng = axisAngle(rc * rg);
    for (int k = 0; k < 3; ++k) new_pose[i][0][k] = static_cast<float>(ng[k]);
  }
  const auto zero = torch::zeros({n, 3});
  const auto root_old = skinAvatar(p, pose, zero).joints.select(1, 0).to(torch::kDouble);
  const auto root_new = skinAvatar(p, new_pose, zero).joints.select(1, 0).to(torch::kDouble);
  const auto r = cam_rotation.to(torch::kDouble);
  const auto moved = torch::matmul(r, (root_old + translation.to(torch::kDouble)).unsqueeze(2)).squeeze(2) +
                     cam_translation.to(torch::kDouble);
  translation = (moved - root_new).to(torch::kFloat32);
  pose = new_pose;
}

bool isIdentityCamera(const torch::Tensor& rotation, const torch::Tensor& translation) {
  return torch::allclose(rotation.to(torch::kDouble), torch::eye(3, torch::kDouble).expand_as(rotation), 0,
                         1e-9) &&
         translation.abs().max().item<double>() < 1e-12;
}

// Splits the frames into runs that share one camera pose (novel views: one run per view).
std::vector<std::vector<int>> cameraGroups(const EvaluationFrames& f) {
  std::vector<std::vector<int>> groups;
  for (int i = 0; i < f.numFrames(); ++i) {
    if (!groups.empty()) {
      const int j = groups.back().front();
      if (torch::equal(f.camera_rotation[i], f.camera_rotation[j]) &&
          torch::equal(f.camera_translation[i], f.camera_translation[j])) {
        groups.back().push_back(i);
        continue;
      }
    }
    groups.push_back({i});
  }
  return groups;
}

// Progress within [begin, end) of the whole evaluation.
struct ProgressSpan {
  const ProgressCallback* callback = nullptr;
  double begin = 0, end = 1;
  void report(double f, const std::string& stage, const std::string& message) const {
    if (callback && *callback) (*callback)({begin + (end - begin) * std::clamp(f, 0.0, 1.0), stage, message});
  }
};

// The refinement config for `avatar`: its subdivision, texture size and lighting switches.
fit::ReconstructionConfig refinementConfig(const Avatar& avatar, const EvaluationOptions& options) {
  fit::ReconstructionConfig base = fit::ReconstructionConfig::quick();
  base.subdivision_levels = avatar.subdivision_levels;
  base.loop_subdivision = avatar.subdivision_scheme == SubdivisionScheme::Loop;
  base.texture_size = static_cast<int>(std::clamp<int64_t>(avatar.albedo.size(0), 4, 8192));
  base.render_size = options.refine_size;
  base.shadows = avatar.lighting.shadows;
  base.spherical_harmonics = avatar.lighting.use_sh;
  base.seed = options.seed;
  base.checkpoint_every = 0;
  fit::ReconstructionConfig c = fit::poseRefinementConfig(base, options.refine_epochs);
  c.stages.front().batch_size = 8;
  c.stages.front().learning_rate = options.refine_learning_rate;
  // No anchor to the starting joints (the initialisation of held-out frames, the ground-truth pose on
  // another shape for the novel sets: both are what the refinement corrects); the frames' 2D keypoints
  // instead, weakly, since held-out frames carry the capture's keypoint noise.
  c.stages.front().weights.keypoint = 0;
  c.stages.front().weights.keypoint_2d = options.refine_keypoint_weight;
  return c;
}

// Per frame: how far the avatar posed with (pose, translation) is from the capture's frame and mask (the
// refinement's own targets): mean |render - image| (render composited over the image) plus mean
// |coverage - mask|. [F] doubles.
torch::Tensor refinementError(const Posable& p, const Avatar& lit, const PreparedCapture& capture,
                              const torch::Tensor& pose, const torch::Tensor& translation, int batch) {
  torch::NoGradGuard guard;
  const int64_t n = pose.size(0);
  auto error = torch::zeros({n}, torch::kDouble);
  render::Renderer renderer;
  render::RenderSettings settings;
  settings.geometry_outputs = false;
  for (int64_t b = 0; b < n; b += batch) {
    const int64_t e = std::min<int64_t>(n, b + batch);
    render::CameraBatch cams;
    cams.intrinsics = capture.intrinsics.slice(0, b, e).to(torch::kFloat32);
    cams.width = capture.width;
    cams.height = capture.height;
    const auto image = capture.images.slice(0, b, e).to(torch::kFloat32).contiguous();
    settings.background = image;
    const auto out = renderAvatar(renderer, p.rig, p.tmpl, lit, pose.slice(0, b, e),
                                  translation.slice(0, b, e), cams, settings);
    const auto photometric = (out.image - image).abs().mean({1, 2, 3});
    const auto silhouette = (out.mask - capture.masks.slice(0, b, e)).abs().mean({1, 2, 3});
    error.slice(0, b, e).copy_((photometric + silhouette).to(torch::kDouble));
  }
  return error;
}

// Refines pose and translation of the frames of `capture` with the appearance of `start` (the avatar
// of `p`, possibly relit) fixed. A frame keeps its starting pose when refining did not lower its
// refinementError: the optimiser's best iterate of the two.
void refinePoses(const Posable& p, const Avatar& start, const HandModel& model,
                 const PreparedCapture& capture, torch::Tensor& pose, torch::Tensor& translation,
                 const EvaluationOptions& options, const ProgressSpan& span, const std::string& stage,
                 const CancelToken* cancel) {
  if (options.refine_epochs <= 0) return;
  fit::FitInitial initial{pose, translation, start.shape};
  fit::FitOptions fo;
  fo.start = &start;
  fo.cancel = cancel;
  fo.progress = [&](const fit::FitProgress& fp) {
    if (fp.message.empty()) span.report(fp.fraction, stage, fp.detail);
  };
  const auto result =
      fit::reconstruct(model, start.model_spec, capture, initial, refinementConfig(start, options), fo);
  if (result.cancelled) throw Cancelled();
  const int batch = std::max(1, options.render_batch);
  const auto before = refinementError(p, start, capture, pose, translation, batch);
  const auto after =
      refinementError(p, start, capture, result.avatar.motion.pose, result.avatar.motion.translation, batch);
  const auto better = after < before;
  pose = torch::where(better.view({-1, 1, 1}), result.avatar.motion.pose, pose.to(torch::kFloat32));
  translation =
      torch::where(better.view({-1, 1}), result.avatar.motion.translation, translation.to(torch::kFloat32));
}

// A capture for the refinement from evaluation frames (exact keypoints, confidence 1).
PreparedCapture asCapture(const EvaluationFrames& f, const std::vector<int>& rows, Handedness handedness) {
  PreparedCapture c;
  c.handedness = handedness;
  c.width = f.width;
  c.height = f.height;
  c.images = selectRows(f.images, rows);
  c.masks = selectRows(f.masks, rows);
  const auto kp = selectRows(f.keypoints, rows);
  c.keypoints = torch::cat({kp, torch::ones({kp.size(0), kp.size(1), 1})}, 2);
  c.intrinsics = selectRows(f.intrinsics, rows);
  c.frame_indices = rows;
  return c;
}

PreparedCapture captureRows(const PreparedCapture& input, const std::vector<int>& rows) {
  PreparedCapture c = input;
  c.images = selectRows(input.images, rows);
  c.masks = selectRows(input.masks, rows);
  c.keypoints = selectRows(input.keypoints, rows);
  c.intrinsics = selectRows(input.intrinsics, rows);
  c.frame_indices.clear();
  for (int r : rows) c.frame_indices.push_back(input.frame_indices.empty() ? r : input.frame_indices[r]);
  return c;
}

// Frames to measure, in the camera frame (identity extrinsics), with the lighting of each frame.
struct SplitInput {
  std::string name, label;
  std::vector<int> rows;                 // rows of the source
  torch::Tensor reference;               // [F,H,W,3]
  torch::Tensor masks;                   // [F,H,W,1]
  torch::Tensor intrinsics;              // [F,4]
  torch::Tensor keypoints;               // [F,21,2] exact, or undefined
  torch::Tensor pose, translation;       // camera frame
  std::vector<AvatarLighting> lighting;  // per frame
  bool refined = false;
};

SplitMetrics measure(const Posable& p, const SplitInput& in, const EvaluationOptions& options,
                     const CancelToken* cancel) {
  torch::NoGradGuard guard;
  const int64_t n = in.pose.size(0);
  const int64_t h = in.reference.size(1), w = in.reference.size(2);
  auto rendered = torch::zeros({n, h, w, 3});
  auto coverage = torch::zeros({n, h, w, 1});
  render::Renderer renderer;
  render::RenderSettings settings;
  settings.geometry_outputs = false;
  const int batch = std::max(1, options.render_batch);
  Avatar lit = *p.avatar;
  for (int64_t b = 0; b < n;) {
    if (cancel) cancel->check();
    int64_t e = b + 1;
    while (e < n && e - b < batch && in.lighting[e] == in.lighting[b]) ++e;
    lit.lighting = in.lighting[b];
    render::CameraBatch cams;
    cams.intrinsics = in.intrinsics.slice(0, b, e).to(torch::kFloat32);
    cams.width = static_cast<int>(w);
    cams.height = static_cast<int>(h);
    settings.background = in.reference.slice(0, b, e).to(torch::kFloat32).contiguous();
    const auto out = renderAvatar(renderer, p.rig, p.tmpl, lit, in.pose.slice(0, b, e),
                                  in.translation.slice(0, b, e), cams, settings);
    rendered.slice(0, b, e).copy_(out.image.clamp(0, 1));
    coverage.slice(0, b, e).copy_(out.mask);
    b = e;
  }

  SplitMetrics m;
  m.name = in.name;
  m.label = in.label;
  m.frames = static_cast<int>(n);
  m.refined = in.refined;
  m.rows = in.rows;
  const auto region = torch::max(in.masks, (coverage > 0.5).to(torch::kFloat32));
  const auto ps = psnr(rendered, in.reference, region);
  m.psnr = ps.mean;
  m.per_frame_psnr = ps.per_image;
  m.ssim = ssim(rendered, in.reference, region).mean;
  m.l1 = maskedL1(rendered, in.reference, region).mean;
  const auto io = iou(coverage, in.masks);
  m.iou = io.mean;
  m.per_frame_iou = io.per_image;
  m.keypoint_px = kNaN;
  if (in.keypoints.defined()) {
    render::CameraBatch cams;
    cams.intrinsics = in.intrinsics.to(torch::kFloat32);
    cams.width = static_cast<int>(w);
    cams.height = static_cast<int>(h);
    const auto kp3 = skinAvatar(p, in.pose, in.translation).keypoints;
    m.keypoint_px = keypointError(render::projectToPixels(cams, kp3), in.keypoints).mean;
  }

  const int examples = static_cast<int>(std::min<int64_t>(std::max(0, options.report_examples), n));
  for (int i = 0; i < examples; ++i)
    m.example_rows.push_back(
        examples == 1 ? 0 : static_cast<int>(std::lround(static_cast<double>(i) * (n - 1) / (examples - 1))));
  if (examples > 0) {
    const auto idx = torch::tensor(std::vector<int64_t>(m.example_rows.begin(), m.example_rows.end()));
    m.example_input = in.reference.index_select(0, idx).to(torch::kFloat32).contiguous();
    m.example_render = rendered.index_select(0, idx).contiguous();
    m.example_difference = ((m.example_render - m.example_input).abs() * 4).clamp(0, 1).contiguous();
    for (int& r : m.example_rows) r = in.rows[r];
  }
  return m;
}

PointErrorStats toMillimetres(const std::vector<PointErrorStats>& frames) {
  PointErrorStats s;
  if (frames.empty()) return {kNaN, kNaN, kNaN};
  std::vector<double> medians;
  for (const auto& f : frames) {
    s.mean += f.mean;
    s.max = std::max(s.max, f.max);
    medians.push_back(f.median);
  }
  s.mean /= frames.size();
  std::nth_element(medians.begin(), medians.begin() + medians.size() / 2, medians.end());
  s.median = medians[medians.size() / 2];
  s.mean *= 1000;
  s.median *= 1000;
  s.max *= 1000;
  return s;
}

GeometryMetrics geometry(const Posable& fitted, const Posable& truth, const torch::Tensor& fit_pose,
                         const torch::Tensor& fit_translation, const EvaluationFrames& gt,
                         const std::vector<int>& rows) {
  torch::NoGradGuard guard;
  GeometryMetrics g;
  const Avatar& a = *fitted.avatar;
  const Avatar& b = *truth.avatar;
  // Midpoint subdivision keeps the coarser mesh's vertices first (V' = V + E), so two midpoint
  // subdivisions of one template share their first min(N_a, N_b) vertices.
  const bool same =
      a.subdivision_levels == b.subdivision_levels && a.subdivision_scheme == b.subdivision_scheme;
  const bool both_midpoint = a.subdivision_scheme == SubdivisionScheme::Midpoint &&
                             b.subdivision_scheme == SubdivisionScheme::Midpoint;
  const int64_t common = std::min(fitted.tmpl.numVertices(), truth.tmpl.numVertices());
  g.vertices_compared = a.model_spec == b.model_spec && (same || both_midpoint) &&
                        (!same || fitted.tmpl.numVertices() == truth.tmpl.numVertices());
  const auto gt_pose = selectRows(gt.pose, rows), gt_trans = selectRows(gt.translation, rows);
  const auto fp = selectRows(fit_pose, rows), ft = selectRows(fit_translation, rows);
  if (g.vertices_compared) {
    g.vertex_note = same ? "posed meshes of the same template (" + std::to_string(common) +
                               " vertices), per frame after Procrustes with scale"
                         : "the " + std::to_string(common) + " vertices of the coarser subdivision level (" +
                               std::to_string(std::min(a.subdivision_levels, b.subdivision_levels)) +
                               ") that both meshes share, per frame after Procrustes with scale";
    std::vector<PointErrorStats> posed;
    for (size_t i = 0; i < rows.size(); ++i) {
      const auto va = poseAvatar(fitted.rig, fitted.tmpl, a, fp.narrow(0, i, 1), ft.narrow(0, i, 1))
                          .vertices[0]
                          .narrow(0, 0, common);
      const auto vb = poseAvatar(truth.rig, truth.tmpl, b, gt_pose.narrow(0, i, 1), gt_trans.narrow(0, i, 1))
                          .vertices[0]
                          .narrow(0, 0, common);
      posed.push_back(vertexErrorAfterProcrustes(va, vb));
    }
    g.posed_vertices_mm = toMillimetres(posed);
    const auto zp = torch::zeros({1, kNumJoints, 3}), zt = torch::zeros({1, 3});
    g.rest_vertices_mm = toMillimetres({vertexErrorAfterProcrustes(
        poseAvatar(fitted.rig, fitted.tmpl, a, zp, zt).vertices[0].narrow(0, 0, common),
        poseAvatar(truth.rig, truth.tmpl, b, zp, zt).vertices[0].narrow(0, 0, common))});
  } else {
    g.vertex_note = "templates differ (" + a.model_spec + " x" + std::to_string(a.subdivision_levels) +
                    " vs " + b.model_spec + " x" + std::to_string(b.subdivision_levels) +
                    "): no common vertices, joints only";
    g.posed_vertices_mm = g.rest_vertices_mm = {kNaN, kNaN, kNaN};
  }
  const auto kp = skinAvatar(fitted, fp, ft).keypoints;
  const auto gt_kp = selectRows(gt.keypoints_3d, rows);
  std::vector<PointErrorStats> joints;
  for (size_t i = 0; i < rows.size(); ++i) joints.push_back(jointErrorAfterProcrustes(kp[i], gt_kp[i]));
  g.joints_mm = toMillimetres(joints);
  return g;
}

// Texels of the ground truth's albedo seen in the training frames: UVs of covered pixels, each
// widened to the texel footprint of a pixel, inside the UV islands. [Ht,Wt,1] in {0,1}.
torch::Tensor observedTexels(const Posable& truth, const EvaluationFrames& gt, const std::vector<int>& rows,
                             int batch) {
  torch::NoGradGuard guard;
  const Avatar& b = *truth.avatar;
  const int64_t th = b.albedo.size(0), tw = b.albedo.size(1);
  auto hits = torch::zeros({th * tw});
  double covered_pixels = 0;
  const auto pose = selectRows(gt.pose, rows), trans = selectRows(gt.translation, rows);
  const auto intr = selectRows(gt.intrinsics, rows);
  const auto rot = selectRows(gt.camera_rotation, rows), ctr = selectRows(gt.camera_translation, rows);
  for (int64_t s = 0; s < static_cast<int64_t>(rows.size()); s += batch) {
    const int64_t e = std::min<int64_t>(rows.size(), s + batch);
    const auto mesh = poseAvatar(truth.rig, truth.tmpl, b, pose.slice(0, s, e), trans.slice(0, s, e));
    render::CameraBatch cams;
    cams.intrinsics = intr.slice(0, s, e).to(torch::kFloat32);
    cams.rotation = rot.slice(0, s, e).to(torch::kFloat32);
    cams.translation = ctr.slice(0, s, e).to(torch::kFloat32);
    cams.width = gt.width;
    cams.height = gt.height;
    const auto clip = render::cameraToClip(cams, render::worldToCamera(cams, mesh.vertices));
    const auto rast = render::rasterize(clip, mesh.faces.to(torch::kInt32), gt.height, gt.width);
    const auto uv = render::interpolate(mesh.uvs, rast, mesh.uv_faces.to(torch::kInt32));
    const auto covered = rast.select(3, 3) > 0;
    covered_pixels += covered.sum().item<double>();
    const auto u = uv.select(3, 0).masked_select(covered), v = uv.select(3, 1).masked_select(covered);
    const auto col = (u * tw).floor().clamp(0, tw - 1).to(torch::kLong);
    const auto row = ((1 - v) * th).floor().clamp(0, th - 1).to(torch::kLong);
    hits.index_fill_(0, row * tw + col, 1.0f);
  }
  const auto islands = fit::uvCoverageMask(truth.tmpl.uvs, truth.tmpl.uv_faces, static_cast<int>(th), 0);
  const double island_texels = std::max(1.0, islands.sum().item<double>());
  // Each frame sees about half of the surface: texels per pixel ~ islands / (2 * pixels per frame).
  const double per_frame = std::max(1.0, covered_pixels / std::max<size_t>(1, rows.size()));
  const double footprint = std::sqrt(island_texels / (2 * per_frame));
  const int radius = std::clamp(static_cast<int>(std::ceil(footprint / 2)), 0, 7);
  auto mask = hits.view({1, 1, th, tw});
  if (radius > 0) mask = torch::max_pool2d(mask, {2 * radius + 1, 2 * radius + 1}, {1, 1}, {radius, radius});
  return (mask.view({th, tw, 1}) * islands.view({th, tw, 1})).contiguous();
}

torch::Tensor resizedMap(const torch::Tensor& map, int64_t h, int64_t w) {
  if (map.size(0) == h && map.size(1) == w) return map;
  namespace F = torch::nn::functional;
  auto x = map.permute({2, 0, 1}).unsqueeze(0);
  x = F::interpolate(x, F::InterpolateFuncOptions()
                            .size(std::vector<int64_t>{h, w})
                            .mode(torch::kBilinear)
                            .align_corners(false));
  return x.squeeze(0).permute({1, 2, 0}).contiguous();
}

}  // namespace

AvatarLighting transformLighting(const AvatarLighting& lighting, const Eigen::Matrix3d& rotation,
                                 const Eigen::Vector3d& translation) {
  AvatarLighting out = lighting;
  out.light_position = (rotation * lighting.light_position.cast<double>() + translation).cast<float>();
  if (!lighting.use_sh) return out;
  // The irradiance seen from the camera: E'(n) = E(R^T n). SH of order 2 are closed under rotation, so
  // the coefficients follow exactly from a least-squares fit over directions covering the sphere.
  torch::NoGradGuard guard;
  const int count = 64;
  auto dirs = torch::zeros({1, count, 3}, torch::kDouble);
  for (int i = 0; i < count; ++i) {
    const double z = 1 - 2 * (i + 0.5) / count, r = std::sqrt(1 - z * z), phi = i * 2.399963229728653;
    dirs[0][i][0] = r * std::cos(phi);
    dirs[0][i][1] = r * std::sin(phi);
    dirs[0][i][2] = z;
  }
  torch::Tensor rot = torch::zeros({3, 3}, torch::kDouble);
  for (int r = 0; r < 3; ++r)
    for (int k = 0; k < 3; ++k) rot[r][k] = rotation(r, k);
  const auto world_dirs = torch::matmul(dirs, rot);  // rows: R^T n
  auto coeffs = torch::zeros({1, 9, 3}, torch::kDouble);
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) coeffs[0][k][c] = lighting.sh(k, c);
  const auto target = render::shIrradiance(world_dirs, coeffs)[0];                               // [P,3]
  const auto basis = render::shIrradiance(dirs, torch::eye(9, torch::kDouble).unsqueeze(0))[0];  // [P,9]
  Eigen::MatrixXd b(count, 9), y(count, 3);
  for (int i = 0; i < count; ++i) {
    for (int k = 0; k < 9; ++k) b(i, k) = basis[i][k].item<double>();
    for (int c = 0; c < 3; ++c) y(i, c) = target[i][c].item<double>();
  }
  const Eigen::MatrixXd solved = (b.transpose() * b).ldlt().solve(b.transpose() * y);
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) out.sh(k, c) = static_cast<float>(solved(k, c));
  return out;
}

bool EvaluationReport::allPassed() const {
  return std::all_of(bars.begin(), bars.end(), [](const QualityBar& b) { return b.passed; });
}

const SplitMetrics* EvaluationReport::split(const std::string& name) const {
  for (const auto& s : splits)
    if (s.name == name) return &s;
  return nullptr;
}

std::vector<QualityBar> qualityBars(const std::vector<SplitMetrics>& splits) {
  auto find = [&](const std::string& name) -> const SplitMetrics* {
    for (const auto& s : splits)
      if (s.name == name && s.frames > 0) return &s;
    return nullptr;
  };
  const SplitMetrics* held = find("held_out");
  std::string held_name = "Held-out";
  if (!held) {
    held = find("training");
    held_name = "Training";
  }
  std::vector<QualityBar> bars;
  auto add = [&](const std::string& name, const char* cmp, double threshold, double value, const char* unit) {
    QualityBar b;
    b.name = name;
    b.comparison = cmp;
    b.threshold = threshold;
    b.value = value;
    b.unit = unit;
    b.passed = std::isfinite(value) && (b.comparison == ">=" ? value >= threshold : value <= threshold);
    bars.push_back(b);
  };
  if (held) {
    add(held_name + " PSNR", ">=", 30.0, held->psnr, "dB");
    add(held_name + " SSIM (hand region)", ">=", 0.95, held->ssim, "");
  }
  if (const SplitMetrics* np = find("novel_poses")) add("Novel-pose PSNR", ">=", 28.0, np->psnr, "dB");
  if (held) {
    add(held_name + " silhouette IoU", ">=", 0.95, held->iou, "");
    add(held_name + " keypoint error", "<=", 3.0, held->keypoint_px, "px");
  }
  return bars;
}

EvaluationReport evaluateAvatar(const Avatar& avatar, const HandModel& avatar_model,
                                const Avatar& ground_truth, const HandModel& gt_model,
                                const EvaluationData& data, const PreparedCapture& input,
                                const EvaluationOptions& options, const ProgressCallback& progress,
                                const CancelToken* cancel) {
  const auto started = std::chrono::steady_clock::now();
  if (options.holdout_every < 0) throw InputError("evaluation: holdout_every must be >= 0");
  if (options.refine_epochs < 0) throw InputError("evaluation: refine_epochs must be >= 0");
  if (options.refine_size != 0 && (options.refine_size < 16 || options.refine_size > 4096))
    throw InputError("evaluation: refine_size must be 0 (the frames' size) or 16..4096");
  const EvaluationFrames& cap = data.capture;
  const int64_t frames = cap.numFrames();
  if (frames < 1) throw InputError("evaluation: the ground truth lists no capture frames");
  if (avatar.motion.numFrames() != frames)
    throw InputError("evaluation: the avatar has fitted poses for " +
                     std::to_string(avatar.motion.numFrames()) + " frames but the capture has " +
                     std::to_string(frames) + " (was the avatar reconstructed from this capture?)");
  if (input.numFrames() != frames || input.width != cap.width || input.height != cap.height)
    throw InputError("evaluation: the input capture (" + std::to_string(input.numFrames()) + " frames of " +
                     std::to_string(input.width) + " x " + std::to_string(input.height) +
                     ") does not match the ground truth (" + std::to_string(frames) + " frames of " +
                     std::to_string(cap.width) + " x " + std::to_string(cap.height) + ")");
  if (cap.images.defined() && cap.images.size(0) != frames)
    throw InputError("evaluation: the clean frames do not match the ground-truth frame count");

  const Posable fitted = makePosable(avatar, avatar_model);
  const Posable truth = makePosable(ground_truth, gt_model);
  EvaluationReport report;
  report.holdout_every = options.holdout_every;
  report.refine_epochs = options.refine_epochs;
  report.reference_note = cap.images.defined()
                              ? "clean capture frames (no sensor noise or compression)"
                              : "the input video frames (the capture folder has no clean frames)";
  const torch::Tensor reference = cap.images.defined() ? cap.images : input.images;

  std::vector<int> training, held;
  for (int i = 0; i < frames; ++i) {
    const int k = options.holdout_every;
    (k > 0 && i % k == k - 1 ? held : training).push_back(i);
  }
  if (training.empty()) throw InputError("evaluation: holding out every frame leaves no training frames");

  // Progress shares: refinement dominates, proportional to refined frames.
  const double refine_weight = options.refine_epochs > 0 ? 1.0 + 0.2 * options.refine_epochs : 1.0;
  const double w_train = static_cast<double>(training.size()) + 2;
  const double w_held = held.size() * refine_weight;
  const double w_np = data.novel_poses.numFrames() * refine_weight;
  const double w_nv = data.novel_views.numFrames() * refine_weight;
  const double total = w_train + w_held + w_np + w_nv + 1;
  double at = 0;
  auto span = [&](double w) {
    ProgressSpan s{&progress, at / total, (at + w) / total};
    at += w;
    return s;
  };

  auto splitFromCapture = [&](const std::string& name, const std::string& label,
                              const std::vector<int>& rows) {
    SplitInput in;
    in.name = name;
    in.label = label;
    in.rows = rows;
    in.reference = selectRows(reference, rows);
    in.masks = selectRows(cap.masks, rows);
    in.intrinsics = selectRows(cap.intrinsics, rows);
    in.keypoints = selectRows(cap.keypoints, rows);
    in.pose = selectRows(avatar.motion.pose, rows);
    in.translation = selectRows(avatar.motion.translation, rows);
    in.lighting.assign(rows.size(), avatar.lighting);
    return in;
  };

  // Training frames with the fitted poses.
  {
    const auto s = span(w_train);
    s.report(0, "training", "rendering " + std::to_string(training.size()) + " training frames");
    report.splits.push_back(
        measure(fitted, splitFromCapture("training", "Training frames", training), options, cancel));
    report.geometry = geometry(fitted, truth, avatar.motion.pose, avatar.motion.translation, cap, training);
    report.observed_texels = observedTexels(truth, cap, training, std::max(1, options.render_batch));
  }

  // Held-out frames: poses refined on the input frames.
  if (!held.empty()) {
    const auto s = span(w_held);
    s.report(0, "held-out", "refining " + std::to_string(held.size()) + " held-out poses");
    SplitInput in = splitFromCapture("held_out", "Held-out frames", held);
    refinePoses(fitted, avatar, avatar_model, captureRows(input, held), in.pose, in.translation, options, s,
                "held-out", cancel);
    in.refined = options.refine_epochs > 0;
    report.splits.push_back(measure(fitted, in, options, cancel));
  }

  // Novel poses and views: ground-truth poses moved into each camera's frame, refined there.
  auto novel = [&](const EvaluationFrames& f, const std::string& name, const std::string& label, double w) {
    if (f.numFrames() == 0) return;
    const auto s = span(w);
    SplitInput in;
    in.name = name;
    in.label = label;
    in.reference = f.images;
    in.masks = f.masks;
    in.intrinsics = f.intrinsics;
    in.keypoints = f.keypoints;
    in.pose = f.pose.to(torch::kFloat32).clone();
    in.translation = f.translation.to(torch::kFloat32).clone();
    in.lighting.assign(f.numFrames(), avatar.lighting);
    for (int i = 0; i < f.numFrames(); ++i) in.rows.push_back(i);
    const auto groups = cameraGroups(f);
    for (size_t gi = 0; gi < groups.size(); ++gi) {
      const auto& rows = groups[gi];
      const int r0 = rows.front();
      torch::Tensor pose = selectRows(in.pose, rows), trans = selectRows(in.translation, rows);
      Avatar start = avatar;
      if (!isIdentityCamera(f.camera_rotation[r0], f.camera_translation[r0])) {
        toCameraFrame(fitted, pose, trans, selectRows(f.camera_rotation, rows),
                      selectRows(f.camera_translation, rows));
        start.lighting = transformLighting(avatar.lighting, matrix3(f.camera_rotation[r0]),
                                           vector3(f.camera_translation[r0]));
      }
      ProgressSpan sub{&progress, s.begin + (s.end - s.begin) * gi / groups.size(),
                       s.begin + (s.end - s.begin) * (gi + 1) / groups.size()};
      refinePoses(fitted, start, avatar_model, asCapture(f, rows, input.handedness), pose, trans, options,
                  sub, name, cancel);
      for (size_t k = 0; k < rows.size(); ++k) {
        in.pose[rows[k]].copy_(pose[k]);
        in.translation[rows[k]].copy_(trans[k]);
        in.lighting[rows[k]] = start.lighting;
      }
    }
    in.refined = options.refine_epochs > 0;
    report.splits.push_back(measure(fitted, in, options, cancel));
  };
  novel(data.novel_poses, "novel_poses", "Novel poses", w_np);
  novel(data.novel_views, "novel_views", "Novel views", w_nv);

  // Albedo over the observed texels (same UV atlas: same base template).
  report.albedo = avatar.albedo;
  report.normal_map = avatar.normal_map;
  report.gt_albedo = ground_truth.albedo;
  report.gt_normal_map = ground_truth.normal_map;
  const auto observed = report.observed_texels;
  const auto islands =
      fit::uvCoverageMask(truth.tmpl.uvs, truth.tmpl.uv_faces, static_cast<int>(observed.size(0)), 0);
  report.observed_texel_fraction =
      observed.sum().item<double>() / std::max(1.0, islands.sum().item<double>());
  if (avatar.model_spec == ground_truth.model_spec && observed.sum().item<double>() > 0) {
    const auto pred = resizedMap(avatar.albedo, ground_truth.albedo.size(0), ground_truth.albedo.size(1));
    report.albedo_psnr = albedoPsnr(pred, ground_truth.albedo, observed);
    const auto m = observed.to(torch::kDouble);
    const auto p = pred.to(torch::kDouble), g = ground_truth.albedo.to(torch::kDouble);
    const auto gain = (m * p * g).sum(std::vector<int64_t>{0, 1}) /
                      (m * p * p).sum(std::vector<int64_t>{0, 1}).clamp_min(1e-12);
    report.albedo_psnr_gain_corrected = albedoPsnr((p * gain).clamp(0, 1), g, m);
  } else {
    report.albedo_psnr = report.albedo_psnr_gain_corrected = kNaN;
  }

  report.bars = qualityBars(report.splits);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (progress) progress({1.0, "done", "evaluation finished"});
  return report;
}

}  // namespace palma::eval
