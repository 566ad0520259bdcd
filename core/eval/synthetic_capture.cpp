// Rendering of the synthetic capture: supersampled renders of the ground-truth avatar through the
// Renderer, a Blinn-Phong specular lobe from its normal and depth outputs, the background, a box
// filter down to the output size, sensor noise, masks and noisy 2D keypoints.
#include "core/eval/synthetic_capture.h"

#include <torch/torch.h>

#include <cmath>

#include "core/common/error.h"
#include "core/eval/synthetic_random.h"
#include "core/model/skinning.h"
#include "core/render/renderer.h"

namespace palma::eval {

namespace synthetic {

torch::Tensor uniformTensor(Random& random, at::IntArrayRef sizes) {
  auto out = torch::empty(sizes, torch::kFloat);
  float* data = out.data_ptr<float>();
  const int64_t n = out.numel();
  for (int64_t i = 0; i < n; ++i) data[i] = static_cast<float>(random.next() >> 40) * (1.0f / 16777216.0f);
  return out;
}

torch::Tensor normalTensor(Random& random, at::IntArrayRef sizes) {
  // Box-Muller on pairs of uniforms, vectorised.
  auto shape = sizes.vec();
  int64_t n = 1;
  for (int64_t s : shape) n *= s;
  const int64_t pairs = (n + 1) / 2;
  const auto u1 = 1.0 - uniformTensor(random, {pairs});
  const auto u2 = uniformTensor(random, {pairs});
  const auto radius = torch::sqrt(-2.0 * torch::log(u1));
  const auto angle = 6.283185307179586 * u2;
  return torch::cat({radius * torch::cos(angle), radius * torch::sin(angle)}).narrow(0, 0, n).reshape(shape);
}

}  // namespace synthetic

namespace {

using synthetic::Random;
using synthetic::Stream;
using synthetic::streamSeed;
using torch::indexing::Slice;

void requireRange(const char* name, double value, double lo, double hi) {
  if (!std::isfinite(value) || value < lo || value > hi)
    throw InputError(std::string("synthetic capture: `") + name + "` must be between " + std::to_string(lo) +
                     " and " + std::to_string(hi) + ", got " + std::to_string(value));
}

torch::Tensor tensorOf(const Eigen::Vector3f& v) { return torch::tensor({v.x(), v.y(), v.z()}); }

render::Lighting rendererLighting(const AvatarLighting& l) {
  render::Lighting out;
  out.point_light = l.point_light;
  out.light_position = tensorOf(l.light_position).view({1, 3});
  out.light_colour = tensorOf(l.light_colour);
  out.ambient_logit = torch::tensor({std::log(l.ambient / (1.0f - l.ambient))});
  if (l.use_sh) {
    Eigen::Matrix<float, 9, 3, Eigen::RowMajor> sh = l.sh;
    out.sh = torch::from_blob(sh.data(), {1, 9, 3}).clone();
  }
  out.shadows = l.shadows;
  return out;
}

// Blinn-Phong lobe per pixel (linear RGB added to the image) from the renderer's world normals and
// camera depth. normals [B,H,W,3], depth/visibility/mask [B,H,W,1]; cameras at the same size.
torch::Tensor specular(const render::RenderOutput& out, const render::CameraBatch& cameras,
                       const AvatarLighting& light, double strength, double shininess) {
  const int64_t b = out.depth.size(0), h = out.depth.size(1), w = out.depth.size(2);
  const auto k = cameras.intrinsics.view({b, 1, 1, 4});
  const auto u = torch::arange(w, torch::kFloat).view({1, 1, w}),
             v = torch::arange(h, torch::kFloat).view({1, h, 1});
  const auto z = out.depth.squeeze(3);
  const auto cam = torch::stack({(u - k.select(3, 2)) / k.select(3, 0) * z,
                                 (v - k.select(3, 3)) / k.select(3, 1) * z, z.expand({b, h, w})},
                                3);  // [B,H,W,3]
  torch::Tensor world = cam, eye = torch::zeros({b, 1, 1, 3});
  if (cameras.rotation.defined()) {
    // world = R^T (cam - t), eye = -R^T t
    const auto rt = cameras.rotation.transpose(1, 2).view({b, 1, 3, 3});
    const auto t = cameras.translation.view({b, 1, 1, 3});
    world = torch::matmul(rt, (cam - t).view({b, h * w, 3, 1})).view({b, h, w, 3});
    eye = -torch::matmul(rt, cameras.translation.view({b, 1, 3, 1})).view({b, 1, 1, 3});
  }
  const auto opts = torch::nn::functional::NormalizeFuncOptions().dim(3).eps(1e-12);
  const auto n = torch::nn::functional::normalize(out.normals, opts);
  const auto to_light =
      torch::nn::functional::normalize(tensorOf(light.light_position).view({1, 1, 1, 3}) - world, opts);
  const auto to_eye = torch::nn::functional::normalize(eye - world, opts);
  const auto half = torch::nn::functional::normalize(to_light + to_eye, opts);
  const auto lit = ((n * to_light).sum(3, true) > 0).to(torch::kFloat);
  auto lobe = strength * torch::relu((n * half).sum(3, true)).pow(shininess) * lit * out.mask;
  if (light.shadows) lobe = lobe * out.visibility;
  return lobe * tensorOf(light.light_colour).view({1, 1, 1, 3});
}

// [B,H*s,W*s,C] -> [B,H,W,C] mean over s x s blocks.
torch::Tensor boxDown(const torch::Tensor& x, int s) {
  if (s == 1) return x;
  return torch::avg_pool2d(x.permute({0, 3, 1, 2}), {s, s}, {s, s}).permute({0, 2, 3, 1}).contiguous();
}

}  // namespace

void SyntheticSettings::validate() const {
  requireRange("frames", frames, 1, 100000);
  requireRange("width", width, 16, 4096);
  requireRange("height", height, 16, 4096);
  requireRange("fov_y_degrees", fov_y_degrees, 10, 120);
  requireRange("hand_distance", hand_distance, 0.15, 5);
  requireRange("texture_size", texture_size, 16, 4096);
  requireRange("subdivision_levels", subdivision_levels, 0, 1);
  requireRange("shape_range", shape_range, 0, 3);
  requireRange("supersampling", supersampling, 1, 4);
  requireRange("specular_strength", specular_strength, 0, 1);
  requireRange("shininess", shininess, 1, 1000);
  requireRange("sensor_noise", sensor_noise, 0, 0.5);
  requireRange("keypoint_noise_px", keypoint_noise_px, 0, 100);
  requireRange("keypoint_dropout", keypoint_dropout, 0, 1);
  requireRange("ambient", ambient, 0.01, 0.99);
  requireRange("novel_pose_frames", novel_pose_frames, 0, 100000);
  requireRange("novel_views", novel_views, 0, 10000);
  requireRange("render_batch", render_batch, 1, 256);
  for (int c = 0; c < 3; ++c) {
    requireRange("background_colour", background_colour[c], 0, 1);
    requireRange("light_colour", light_colour[c], 0, 100);
    requireRange("light_position", light_position[c], -100, 100);
  }
}

render::Camera syntheticCamera(const SyntheticSettings& settings) {
  return render::Camera::fromFieldOfView(settings.fov_y_degrees, settings.width, settings.height);
}

torch::Tensor makeBackground(const SyntheticSettings& settings) {
  settings.validate();
  const int h = settings.height, w = settings.width;
  if (settings.background == SyntheticBackground::Plain)
    return tensorOf(settings.background_colour).view({1, 1, 3}).expand({h, w, 3}).contiguous();
  Random rng(streamSeed(settings.seed, Stream::Background));
  // Muted colours: a random grey level plus a partly saturated random hue.
  auto colour = [&](double lo, double hi) {
    const double grey = rng.uniform(lo, hi), sat = rng.uniform(0.0, 0.45);
    const double r = rng.uniform(lo, hi), g = rng.uniform(lo, hi), b = rng.uniform(lo, hi);
    return torch::tensor({grey + sat * (r - grey), grey + sat * (g - grey), grey + sat * (b - grey)})
        .to(torch::kFloat);
  };
  const auto x = torch::arange(w, torch::kFloat).view({1, w}).expand({h, w});
  const auto y = torch::arange(h, torch::kFloat).view({h, 1}).expand({h, w});
  const double size = std::max(h, w);
  // A gradient between two muted colours (a wall, a desk).
  const double angle = rng.uniform(0, 2 * M_PI);
  const auto ramp = ((x * std::cos(angle) + y * std::sin(angle)) / size + 1.0) * 0.5;
  auto img = (colour(0.15, 0.6).view({1, 1, 3}) * (1 - ramp.unsqueeze(2)) +
              colour(0.15, 0.6).view({1, 1, 3}) * ramp.unsqueeze(2));
  auto paint = [&](const torch::Tensor& mask, const torch::Tensor& c) {
    img = img * (1 - mask.unsqueeze(2)) + c.view({1, 1, 3}) * mask.unsqueeze(2);
  };
  // Random rectangles and ellipses (objects, furniture, posters).
  const int shapes = 18 + static_cast<int>(rng.index(10));
  for (int i = 0; i < shapes; ++i) {
    const double cx = rng.uniform(0, w), cy = rng.uniform(0, h);
    const double rx = size * rng.uniform(0.03, 0.25), ry = size * rng.uniform(0.03, 0.25);
    const double rot = rng.uniform(0, M_PI), alpha = rng.uniform(0.5, 1.0);
    const auto dx = x - cx, dy = y - cy;
    const auto a = (dx * std::cos(rot) + dy * std::sin(rot)) / rx;
    const auto b = (-dx * std::sin(rot) + dy * std::cos(rot)) / ry;
    const auto inside = rng.uniform() < 0.5 ? (a * a + b * b <= 1.0) : (a.abs() <= 1.0) & (b.abs() <= 1.0);
    paint(alpha * inside.to(torch::kFloat), colour(0.05, 0.95));
  }
  // Text-like blocks: light panels with rows of dark dashes.
  const int blocks = 2 + static_cast<int>(rng.index(3));
  for (int i = 0; i < blocks; ++i) {
    const int bw = static_cast<int>(size * rng.uniform(0.15, 0.35)),
              bh = static_cast<int>(size * rng.uniform(0.1, 0.25));
    const int x0 = static_cast<int>(rng.uniform(0, std::max(1, w - bw))),
              y0 = static_cast<int>(rng.uniform(0, std::max(1, h - bh)));
    auto panel = torch::zeros({h, w});
    panel.index_put_({Slice(y0, y0 + bh), Slice(x0, x0 + bw)}, 1.0);
    paint(panel, colour(0.75, 0.95));
    auto ink = torch::zeros({h, w});
    const int pitch = std::max(3, static_cast<int>(size / 70));
    for (int row = y0 + pitch; row + 2 < y0 + bh - pitch / 2; row += pitch) {
      int col = x0 + pitch;
      while (col < x0 + bw - pitch) {
        const int len = std::min(x0 + bw - pitch - col, static_cast<int>(rng.uniform(pitch, 6 * pitch)));
        ink.index_put_({Slice(row, row + std::max(1, pitch / 3)), Slice(col, col + len)}, 1.0);
        col += len + std::max(2, pitch / 2);
      }
    }
    paint(0.85 * ink, colour(0.0, 0.2));
  }
  // Out of focus: Gaussian blur with sigma ~1% of the image, then a soft vignette.
  const double sigma = std::max(0.6, size / 150.0);
  const int radius = static_cast<int>(std::ceil(3 * sigma));
  auto kernel = torch::exp(-0.5 * (torch::arange(-radius, radius + 1, torch::kFloat) / sigma).pow(2));
  kernel = kernel / kernel.sum();
  auto chw = img.permute({2, 0, 1}).unsqueeze(1);  // [3,1,H,W]
  chw = torch::conv2d(torch::replication_pad2d(chw, {radius, radius, 0, 0}), kernel.view({1, 1, 1, -1}));
  chw = torch::conv2d(torch::replication_pad2d(chw, {0, 0, radius, radius}), kernel.view({1, 1, -1, 1}));
  img = chw.squeeze(1).permute({1, 2, 0});
  const auto r2 = ((x - 0.5 * w) / (0.5 * w)).pow(2) + ((y - 0.5 * h) / (0.5 * h)).pow(2);
  img = img * (1.0 - 0.15 * r2).unsqueeze(2);
  return img.clamp(0.0, 1.0).contiguous();
}

SyntheticFrames renderSynthetic(const SyntheticAvatar& avatar, const HandMotion& motion,
                                const render::CameraBatch& cameras, const torch::Tensor& background,
                                const SyntheticSettings& settings, uint64_t noise_seed,
                                const ProgressCallback& progress, const CancelToken* cancel) {
  settings.validate();
  torch::NoGradGuard no_grad;
  const int64_t frames = motion.numFrames();
  const int h = cameras.height, w = cameras.width, s = settings.supersampling;
  if (frames < 1 || motion.translation.size(0) != frames)
    throw InputError("synthetic render: the motion needs pose [F,16,3] and translation [F,3]");
  if (!cameras.intrinsics.defined() || cameras.batch() != frames)
    throw InputError("synthetic render: need one camera per frame (" + std::to_string(frames) + ")");
  if (!background.defined() || background.dim() != 3 || background.size(0) != h || background.size(1) != w ||
      background.size(2) != 3)
    throw InputError("synthetic render: the background must be [" + std::to_string(h) + "," +
                     std::to_string(w) + ",3]");
  const Avatar& a = avatar.avatar;
  const Rig rig = makeRig(avatar.model);
  render::RenderMesh mesh;
  mesh.faces = rig.faces;
  mesh.uvs =
      torch::from_blob(const_cast<float*>(avatar.model.uvs.data()), {avatar.model.uvs.rows(), 2}).clone();
  mesh.uv_faces = torch::from_blob(const_cast<int*>(avatar.model.uv_faces.data()),
                                   {avatar.model.numFaces(), 3}, torch::kInt)
                      .to(torch::kLong);
  render::Material material{a.albedo.unsqueeze(0), a.normal_map.unsqueeze(0)};
  const render::Lighting lighting = rendererLighting(a.lighting);
  const auto background_hi =
      background.repeat_interleave(s, 0).repeat_interleave(s, 1).unsqueeze(0).to(torch::kFloat);

  SyntheticFrames out;
  out.width = w;
  out.height = h;
  out.intrinsics = cameras.intrinsics.to(torch::kFloat).clone();
  out.rotation = cameras.rotation.defined() ? cameras.rotation.to(torch::kFloat).clone()
                                            : torch::eye(3).unsqueeze(0).repeat({frames, 1, 1});
  out.translation = cameras.translation.defined() ? cameras.translation.to(torch::kFloat).clone()
                                                  : torch::zeros({frames, 3});
  std::vector<torch::Tensor> clean, coverage, keypoints;
  render::Renderer renderer;
  for (int64_t k0 = 0; k0 < frames; k0 += settings.render_batch) {
    if (cancel) cancel->check();
    const int64_t b = std::min<int64_t>(settings.render_batch, frames - k0);
    SkinningParams params;
    params.pose = motion.pose.narrow(0, k0, b).to(torch::kFloat);
    params.shape = a.shape.view({1, -1}).expand({b, -1});
    params.translation = motion.translation.narrow(0, k0, b).to(torch::kFloat);
    params.displacement = a.displacement;
    const SkinningResult skinned = skin(rig, params);
    keypoints.push_back(skinned.keypoints);
    mesh.vertices = skinned.vertices;
    // The supersampled cameras: pixel centres at integers in both grids (Camera::cropped).
    render::CameraBatch hi;
    hi.width = w * s;
    hi.height = h * s;
    hi.near = cameras.near;
    hi.far = cameras.far;
    const auto k = out.intrinsics.narrow(0, k0, b);
    hi.intrinsics = torch::stack({k.select(1, 0) * s, k.select(1, 1) * s, (k.select(1, 2) + 0.5) * s - 0.5,
                                  (k.select(1, 3) + 0.5) * s - 0.5},
                                 1);
    hi.rotation = out.rotation.narrow(0, k0, b);
    hi.translation = out.translation.narrow(0, k0, b);
    render::RenderSettings rs;
    rs.background = background_hi.expand({b, -1, -1, -1}).contiguous();
    const render::RenderOutput r = renderer.render(mesh, material, lighting, hi, rs);
    auto image = r.image;
    if (settings.specular_strength > 0)
      image = image + specular(r, hi, a.lighting, settings.specular_strength, settings.shininess);
    clean.push_back(boxDown(image, s).clamp(0.0, 1.0));
    coverage.push_back(boxDown(r.mask, s));
    if (progress)
      progress({static_cast<double>(k0 + b) / frames, "render",
                "rendered frame " + std::to_string(k0 + b) + " of " + std::to_string(frames)});
  }
  out.clean_images = torch::cat(clean, 0);
  out.coverage = torch::cat(coverage, 0);
  out.masks = (out.coverage >= 0.5).to(torch::kFloat);

  // Noise: keypoints first, then the images, from one stream.
  Random rng(noise_seed);
  out.keypoints_3d = torch::cat(keypoints, 0);
  render::CameraBatch proj = cameras;
  proj.rotation = out.rotation;
  proj.translation = out.translation;
  proj.intrinsics = out.intrinsics;
  out.keypoints_exact = render::projectToPixels(proj, render::worldToCamera(proj, out.keypoints_3d));
  const auto jitter = synthetic::normalTensor(rng, {frames, kNumKeypoints, 2}) * settings.keypoint_noise_px;
  const auto kept = (synthetic::uniformTensor(rng, {frames, kNumKeypoints, 1}) >= settings.keypoint_dropout)
                        .to(torch::kFloat);
  out.keypoints = torch::cat({(out.keypoints_exact + jitter) * kept, kept}, 2);
  out.images = (out.clean_images + synthetic::normalTensor(rng, {frames, h, w, 3}) * settings.sensor_noise)
                   .clamp(0.0, 1.0);
  return out;
}

SyntheticCapture makeSyntheticCapture(const SyntheticSettings& settings, const ProgressCallback& progress,
                                      const CancelToken* cancel) {
  settings.validate();
  SyntheticCapture c;
  c.settings = settings;
  if (progress) progress({0.0, "avatar", "building the ground-truth avatar"});
  c.ground_truth = makeSyntheticAvatar(settings);
  c.background = makeBackground(settings);
  const HandModel& model = c.ground_truth.model;
  const render::Camera camera = syntheticCamera(settings);
  const double total = settings.frames + settings.novel_pose_frames + settings.novel_views;
  double done = 0;
  auto stage = [&](const char* name, double count) -> ProgressCallback {
    if (!progress) return {};
    const double start = done;
    done += count;
    return [=](const ProgressEvent& e) { progress({(start + e.fraction * count) / total, name, e.message}); };
  };

  c.motion = captureProtocolMotion(model, settings.frames, settings.seed, settings.hand_distance);
  c.frames = renderSynthetic(c.ground_truth, c.motion, render::CameraBatch::repeat(camera, settings.frames),
                             c.background, settings, streamSeed(settings.seed, Stream::CaptureNoise),
                             stage("capture", settings.frames), cancel);
  CapturedMotion& m = c.ground_truth.avatar.motion;
  m.frame_indices.resize(settings.frames);
  for (int i = 0; i < settings.frames; ++i) m.frame_indices[i] = i;
  m.pose = c.motion.pose.clone();
  m.translation = c.motion.translation.clone();
  m.intrinsics = c.frames.intrinsics.clone();
  m.width = settings.width;
  m.height = settings.height;

  if (settings.novel_pose_frames > 0) {
    c.novel_pose_motion =
        novelPoseMotion(model, settings.novel_pose_frames, settings.seed, settings.hand_distance);
    c.novel_pose_frames = renderSynthetic(
        c.ground_truth, c.novel_pose_motion, render::CameraBatch::repeat(camera, settings.novel_pose_frames),
        c.background, settings, streamSeed(settings.seed, Stream::NovelPoseNoise),
        stage("novel poses", settings.novel_pose_frames), cancel);
  }
  if (settings.novel_views > 0) {
    // The protocol's first pose (palm toward the capture camera) seen from around the hand.
    const HandMotion one = captureProtocolMotion(model, 1, settings.seed, settings.hand_distance);
    c.novel_view_motion = {one.pose.repeat({settings.novel_views, 1, 1}),
                           one.translation.repeat({settings.novel_views, 1})};
    const CameraPoses views = novelViews(settings.novel_views, settings.hand_distance);
    render::CameraBatch cams = render::CameraBatch::repeat(camera, settings.novel_views);
    cams.rotation = views.rotation;
    cams.translation = views.translation;
    c.novel_view_frames = renderSynthetic(c.ground_truth, c.novel_view_motion, cams, c.background, settings,
                                          streamSeed(settings.seed, Stream::NovelViewNoise),
                                          stage("novel views", settings.novel_views), cancel);
  }
  return c;
}

PreparedCapture toPreparedCapture(const SyntheticFrames& frames, Handedness handedness) {
  PreparedCapture p;
  p.handedness = handedness;
  p.width = frames.width;
  p.height = frames.height;
  p.frame_indices.resize(frames.numFrames());
  for (int64_t i = 0; i < frames.numFrames(); ++i) p.frame_indices[i] = static_cast<int>(i);
  p.images = frames.images;
  p.masks = frames.masks;
  p.keypoints = frames.keypoints;
  p.intrinsics = frames.intrinsics;
  return p;
}

}  // namespace palma::eval
