// The ground-truth avatar of the synthetic capture: a random shape, a coarse displacement (knuckle and
// palm creases, evaluated at the vertices), and in UV space a procedural albedo and a tangent-space
// normal map of the fine detail (crease lines, wrinkles, skin texture, nail plates). Every feature is
// a function of the rest-pose surface point and normal, so vertices and texels agree.
#include <torch/torch.h>

#include <Eigen/Geometry>
#include <cmath>

#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_random.h"
#include "core/model/builtin_hand.h"
#include "core/model/skinning.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "core/render/shading.h"

namespace palma::eval {

namespace {

using synthetic::Random;
using synthetic::Stream;
using synthetic::streamSeed;
using torch::Tensor;

constexpr double kMm = 1e-3;

Tensor vec3(const Eigen::Vector3f& v) { return torch::tensor({v.x(), v.y(), v.z()}); }

Tensor rowDot(const Tensor& a, const Tensor& b) { return (a * b).sum(-1); }

Tensor smoothstep(double e0, double e1, const Tensor& x) {
  const auto t = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

Tensor gaussian(const Tensor& x, double sigma) { return torch::exp(-0.5 * (x / sigma).pow(2)); }

// The rest-pose anatomy that places the features: joints, bones and back-of-hand directions.
struct HandFrame {
  std::array<Eigen::Vector3f, kNumJoints> joints;
  std::array<Eigen::Vector3f, kNumJoints> bone;    // unit direction toward the child joint or tip
  std::array<Eigen::Vector3f, kNumJoints> dorsal;  // unit back-of-finger direction at the joint
  std::array<Eigen::Vector3f, kNumFingers> tips;
  Eigen::Vector3f back;    // back-of-hand normal
  Eigen::Vector3f along;   // wrist -> middle finger
  Eigen::Vector3f across;  // index side -> pinky side
  float palm_length = 0, palm_width = 0;
};

HandFrame handFrame(const HandModel& model, const MatrixX3f& verts, const MatrixX3f& joints) {
  HandFrame h;
  const MatrixX3f tips = model.tips(verts);
  for (int j = 0; j < kNumJoints; ++j) h.joints[j] = joints.row(j).transpose();
  for (int f = 0; f < kNumFingers; ++f) h.tips[f] = tips.row(f).transpose();
  for (int f = 0; f < kNumFingers; ++f)
    for (int s = 0; s < 3; ++s) {
      const int j = jointIndex(f, s);
      const Eigen::Vector3f child = s < 2 ? h.joints[j + 1] : h.tips[f];
      h.bone[j] = (child - h.joints[j]).normalized();
      // Positive flexion about the frame's x axis moves the bone toward x cross d (the palm), so the
      // back of the finger is d cross x.
      const Eigen::Vector3f flex = model.joint_frames[j].col(0);
      h.dorsal[j] = h.bone[j].cross(flex).normalized();
    }
  h.bone[0] = (h.joints[jointIndex(kMiddle, 0)] - h.joints[0]).normalized();
  h.back = Eigen::Vector3f::Zero();
  for (int f = 0; f < 4; ++f) h.back += h.dorsal[jointIndex(f, 0)];
  h.back.normalize();
  h.dorsal[0] = h.back;
  h.along = (h.bone[0] - h.bone[0].dot(h.back) * h.back).normalized();
  h.across = h.back.cross(h.along);
  const Eigen::Vector3f span = h.joints[jointIndex(kPinky, 0)] - h.joints[jointIndex(kIndex, 0)];
  if (h.across.dot(span) < 0) h.across = -h.across;
  h.palm_length = (h.joints[jointIndex(kMiddle, 0)] - h.joints[0]).norm();
  h.palm_width = std::abs(span.dot(h.across)) + 0.02f;
  return h;
}

// Per-joint crease parameters drawn once per avatar.
struct Crease {
  int joint;
  float spacing, amplitude, curvature;
  int lines;
};

struct DetailParams {
  std::vector<Crease> creases;
  std::vector<Eigen::Vector3f> wave_dirs;  // skin micro-texture plane waves
  std::vector<float> wave_freq, wave_phase;
};

DetailParams drawDetail(uint64_t seed) {
  Random rng(streamSeed(seed, Stream::Detail));
  DetailParams d;
  for (int f = 0; f < kNumFingers; ++f)
    for (int s = f == kThumb ? 1 : 0; s < 3; ++s) {
      Crease c;
      c.joint = jointIndex(f, s);
      c.spacing = static_cast<float>(rng.uniform(1.4, 1.9) * kMm);
      c.amplitude = static_cast<float>(rng.uniform(0.2, 0.35) * kMm * (s == 0 ? 0.7 : 1.0));
      c.curvature = static_cast<float>(rng.uniform(4.0, 12.0));
      c.lines = s == 1 ? 5 : 3;
      d.creases.push_back(c);
    }
  for (int k = 0; k < 16; ++k) {
    Eigen::Vector3f v(static_cast<float>(rng.normal()), static_cast<float>(rng.normal()),
                      static_cast<float>(rng.normal()));
    d.wave_dirs.push_back(v.normalized());
    d.wave_freq.push_back(static_cast<float>(2 * M_PI / (rng.uniform(2.5, 5.0) * kMm)));
    d.wave_phase.push_back(static_cast<float>(rng.uniform(0, 2 * M_PI)));
  }
  return d;
}

// Radius of the finger at each joint segment (metres), for telling fingers apart.
float fingerRadius(int finger, int segment) {
  const float r[3] = {0.011f, 0.0095f, 0.0085f};
  return finger == kThumb ? r[segment] + 0.001f : r[segment];
}

// Height fields (metres, outward) at surface points p [P,3] with unit normals n [P,3].
struct Heights {
  Tensor coarse;  // broad grooves carried by the mesh (displacement)
  Tensor fine;    // crease lines, wrinkles, skin texture and nail plates (normal map)
  Tensor lines;   // crease-line depth in [0,1] (darkens the albedo)
};

// Knuckle creases: broad grooves across the back of each finger joint and, in them, a few fine arcs.
void addKnuckles(const HandFrame& h, const DetailParams& d, const Tensor& p, const Tensor& n, Heights& out) {
  for (const Crease& c : d.creases) {
    const int finger = (c.joint - 1) / 3, segment = (c.joint - 1) % 3;
    const auto rel = p - vec3(h.joints[c.joint]);
    const auto bone = vec3(h.bone[c.joint]);
    const auto dorsal = vec3(h.dorsal[c.joint]);
    const auto side = vec3(h.bone[c.joint].cross(h.dorsal[c.joint]).eval());
    const auto a = rowDot(rel, bone);
    const auto s = rowDot(rel, side);
    const auto r = torch::sqrt((rel - a.unsqueeze(-1) * bone).pow(2).sum(-1) + 1e-12);
    const float radius = fingerRadius(finger, segment);
    const auto weight = (1.0 - smoothstep(0.8 * radius, 1.35 * radius, r)) *
                        smoothstep(0.15, 0.6, rowDot(n, dorsal)) * (1.0 - smoothstep(0.006, 0.01, a.abs()));
    out.coarse = out.coarse - 0.45 * kMm * weight * gaussian(a, 2.2 * kMm);
    auto lines = torch::zeros_like(a);
    for (int k = 0; k < c.lines; ++k) {
      const double offset = (k - 0.5 * (c.lines - 1)) * c.spacing;
      lines = lines + gaussian(a - offset - c.curvature * s * s, 0.45 * kMm);
    }
    const auto fine = weight * gaussian(a, 0.5 * c.lines * c.spacing + 1.0 * kMm) * lines.clamp_max(1.0);
    out.fine = out.fine - c.amplitude * fine;
    out.lines = torch::max(out.lines, fine);
  }
}

// The three main palm flexion creases (distal and proximal transverse, thenar) in palm coordinates.
void addPalmCreases(const HandFrame& h, const Tensor& p, const Tensor& n, Heights& out) {
  const auto rel = p - vec3(h.joints[0]);
  const auto x = rowDot(rel, vec3(h.across));  // toward the pinky side
  const auto y = rowDot(rel, vec3(h.along));   // toward the fingers
  const double L = h.palm_length, W = h.palm_width;
  const auto u = x / (0.5 * W);  // -1 index side .. 1 pinky side
  const auto palmar = smoothstep(0.2, 0.6, -rowDot(n, vec3(h.back))) * smoothstep(-0.02, 0.0, y);
  // Vertical distance to the distal ("heart") and proximal ("head") lines, distance to the thenar arc.
  const auto heart = (y - L * (0.85 - 0.07 * u)).abs();
  const auto heart_on = smoothstep(-0.65, -0.45, u) * (1 - smoothstep(1.0, 1.15, u));
  const auto head_on = smoothstep(-1.15, -0.95, u) * (1 - smoothstep(0.45, 0.65, u));
  const auto head = (y - L * (0.64 - 0.06 * u)).abs();
  const double cx = -0.6 * W, cy = 0.30 * L, radius = std::hypot(0.1 * W, 0.38 * L);
  const auto life = (torch::sqrt((x - cx).pow(2) + (y - cy).pow(2)) - radius).abs();
  const auto life_on = smoothstep(0.06 * L, 0.12 * L, y) * (1 - smoothstep(0.66 * L, 0.74 * L, y)) *
                       smoothstep(cx, cx + 0.2 * W, x);
  const std::array<std::pair<Tensor, Tensor>, 3> creases = {
      std::make_pair(heart, heart_on), std::make_pair(head, head_on), std::make_pair(life, life_on)};
  for (const auto& [dist, on] : creases) {
    const auto w = palmar * on;
    out.coarse = out.coarse - 0.6 * kMm * w * gaussian(dist, 2.0 * kMm);
    const auto line = w * gaussian(dist, 0.45 * kMm);
    out.fine = out.fine - 0.3 * kMm * line;
    out.lines = torch::max(out.lines, line);
  }
}

// Skin micro-texture: a sum of 16 plane waves (2.5-5 mm, a few micrometres each), stronger on the palm
// and in the creases.
void addSkinTexture(const HandFrame& h, const DetailParams& d, const Tensor& p, const Tensor& n,
                    Heights& out) {
  auto waves = torch::zeros_like(out.fine);
  for (size_t k = 0; k < d.wave_dirs.size(); ++k)
    waves = waves + torch::sin(d.wave_freq[k] * rowDot(p, vec3(d.wave_dirs[k])) + d.wave_phase[k]);
  const auto palmar = smoothstep(0.0, 0.6, -rowDot(n, vec3(h.back)));
  out.fine = out.fine + 0.006 * kMm * (1.0 + 1.5 * palmar + 1.5 * out.lines.clamp_max(1.0)) * waves;
}

// Nail plates: the distal dorsal part of each finger's last segment, as a [P] mask with soft borders.
Tensor nailMask(const HandFrame& h, const Tensor& p, const Tensor& n) {
  auto mask = torch::zeros({p.size(0)});
  for (int f = 0; f < kNumFingers; ++f) {
    const int j = jointIndex(f, 2);
    const Eigen::Vector3f axis = h.tips[f] - h.joints[j];
    const float length = axis.norm();
    const Eigen::Vector3f d = axis / length;
    const Eigen::Vector3f dorsal = (h.dorsal[j] - h.dorsal[j].dot(d) * d).normalized();
    const auto rel = p - vec3(h.joints[j]);
    const auto a = rowDot(rel, vec3(d)) / length;
    const auto s = rowDot(rel, vec3(d.cross(dorsal))).abs();
    const double half_width = f == kThumb ? 0.0062 : f == kPinky ? 0.0044 : 0.0052;
    const auto m = smoothstep(0.34, 0.40, a) * (1.0 - smoothstep(0.95, 1.0, a)) *
                   (1.0 - smoothstep(half_width - 0.0006, half_width, s)) *
                   smoothstep(0.0, 0.3, rowDot(n, vec3(dorsal))) *
                   smoothstep(0.001, 0.003, rowDot(rel, vec3(dorsal)));
    mask = torch::max(mask, m);
  }
  return mask;
}

Heights heights(const HandFrame& h, const DetailParams& d, const Tensor& p, const Tensor& n) {
  Heights out{torch::zeros({p.size(0)}), torch::zeros({p.size(0)}), torch::zeros({p.size(0)})};
  addKnuckles(h, d, p, n, out);
  addPalmCreases(h, p, n, out);
  addSkinTexture(h, d, p, n, out);
  out.fine = out.fine + 0.15 * kMm * nailMask(h, p, n);
  return out;
}

// The rest surface of every texel: rasterise the UV layout and interpolate positions, normals and
// tangents. Returns [Ht*Wt] coverage and [Ht*Wt,*] attributes.
struct TexelSurface {
  Tensor covered;   // [P] bool
  Tensor position;  // [P,3]
  Tensor normal;    // [P,3] unit
  Tensor tangent;   // [P,4]
};

TexelSurface texelSurface(const HandModel& model, const Tensor& verts, int size) {
  const auto faces =
      torch::from_blob(const_cast<int*>(model.faces.data()), {model.numFaces(), 3}, torch::kInt).clone();
  const auto uv_faces =
      torch::from_blob(const_cast<int*>(model.uv_faces.data()), {model.numFaces(), 3}, torch::kInt).clone();
  const auto uvs = torch::from_blob(const_cast<float*>(model.uvs.data()), {model.uvs.rows(), 2}).clone();
  // Texel (i, j) sits at u = (i + 0.5) / W, v = 1 - (j + 0.5) / H: NDC x = 2u - 1, y = 1 - 2v.
  const auto clip = torch::stack({2 * uvs.select(1, 0) - 1, 1 - 2 * uvs.select(1, 1),
                                  torch::zeros({uvs.size(0)}), torch::ones({uvs.size(0)})},
                                 1)
                        .unsqueeze(0);
  const auto rast = render::rasterize(clip, uv_faces, size, size);  // [1,S,S,4]
  const auto v = verts.unsqueeze(0);
  const auto normals = vertexNormals(v, faces.to(torch::kLong));
  const auto tangents =
      render::uvTangents(v, faces.to(torch::kLong), uvs, uv_faces.to(torch::kLong), normals);
  TexelSurface t;
  t.covered = rast.select(3, 3).reshape({-1}) > 0;
  t.position = render::interpolate(v, rast, faces).reshape({-1, 3});
  t.normal =
      torch::nn::functional::normalize(render::interpolate(normals, rast, faces).reshape({-1, 3}),
                                       torch::nn::functional::NormalizeFuncOptions().dim(1).eps(1e-12));
  t.tangent = render::interpolate(tangents, rast, uv_faces).reshape({-1, 4});
  return t;
}

// Fills texels outside the islands with the mean of their covered neighbours, `iterations` rings deep
// (so bilinear lookups at island borders never blend in empty texels); the rest gets `fill`.
Tensor dilate(const Tensor& values, const Tensor& covered, int size, int iterations, const Tensor& fill) {
  // values [P,C], covered [P] -> [S,S,C]
  const int64_t c = values.size(1);
  auto img = (values * covered.unsqueeze(1)).t().reshape({1, c, size, size});
  auto mask = covered.to(torch::kFloat).reshape({1, 1, size, size});
  const auto kernel = torch::ones({1, 1, 3, 3});
  for (int it = 0; it < iterations; ++it) {
    const auto count = torch::conv2d(mask, kernel, {}, 1, 1);
    const auto sum =
        torch::conv2d(img.reshape({c, 1, size, size}), kernel, {}, 1, 1).reshape({1, c, size, size});
    const auto grow = (mask == 0) & (count > 0);
    img = torch::where(grow, sum / count.clamp_min(1), img);
    mask = torch::where(grow, torch::ones_like(mask), mask);
  }
  img = torch::where(mask > 0, img, fill.view({1, c, 1, 1}).expand_as(img));
  return img.squeeze(0).permute({1, 2, 0}).contiguous();
}

// Smooth 3D noise in about [-1, 1]: a few random plane waves of `wavelength` metres.
Tensor smoothNoise(Random& rng, const Tensor& p, double wavelength, int waves = 4) {
  auto sum = torch::zeros({p.size(0)});
  for (int k = 0; k < waves; ++k) {
    Eigen::Vector3f dir(static_cast<float>(rng.normal()), static_cast<float>(rng.normal()),
                        static_cast<float>(rng.normal()));
    const double freq = 2 * M_PI / (wavelength * rng.uniform(0.7, 1.3));
    sum = sum + torch::sin(freq * rowDot(p, vec3(dir.normalized())) + rng.uniform(0, 2 * M_PI));
  }
  return sum / std::sqrt(static_cast<double>(waves));
}

Tensor rgb(double r, double g, double b) { return torch::tensor({r, g, b}, torch::kFloat); }

Tensor mix(const Tensor& a, const Tensor& b, const Tensor& t) { return a + (b - a) * t.unsqueeze(-1); }

struct AlbedoResult {
  Tensor albedo;    // [P,3]
  Tensor tattoo;    // [P]
  Tensor freckles;  // [P]
  Tensor nails;     // [P]
};

// The procedural albedo at texel points p [P,3] with normals n [P,3].
AlbedoResult albedo(const HandFrame& h, const Heights& ht, const Tensor& p, const Tensor& n,
                    const Tensor& verts, const Tensor& vnormals, uint64_t seed) {
  Random rng(streamSeed(seed, Stream::Albedo));
  const int64_t count = p.size(0);
  // Skin tone from light to medium, varying smoothly over the hand.
  const double tone = rng.uniform(0.0, 0.75);
  const auto base = rgb(0.90, 0.72, 0.62) * (1 - tone) + rgb(0.60, 0.41, 0.31) * tone;
  auto colour = base.view({1, 3}).expand({count, 3}).clone();
  const auto value = smoothNoise(rng, p, 0.05), hue = smoothNoise(rng, p, 0.07);
  colour =
      colour * (1.0 + 0.06 * value).unsqueeze(1) * (1.0 + 0.03 * hue.unsqueeze(1) * rgb(1.0, -0.3, -0.6));
  const auto back = vec3(h.back);
  // Palms and fingertips are lighter and redder; knuckles darker.
  const auto palmar = smoothstep(0.0, 0.6, -rowDot(n, back));
  colour = mix(colour, colour * rgb(1.05, 0.95, 0.93), palmar);
  for (int f = 0; f < kNumFingers; ++f) {
    const auto near_tip = gaussian((p - vec3(h.tips[f])).norm(2, {1}), 0.009);
    colour = mix(colour, colour * rgb(1.02, 0.84, 0.84), 0.8 * near_tip);
  }
  for (int f = 0; f < kNumFingers; ++f)
    for (int s = f == kThumb ? 1 : 0; s < 3; ++s) {
      const int j = jointIndex(f, s);
      const auto knuckle = vec3(h.joints[j] + 0.8f * fingerRadius(f, s) * h.dorsal[j]);
      const auto w =
          gaussian((p - knuckle).norm(2, {1}), 0.0045) * smoothstep(0.2, 0.7, rowDot(n, vec3(h.dorsal[j])));
      colour = mix(colour, colour * rgb(0.86, 0.79, 0.78), w);
    }
  colour = colour * (1.0 - 0.12 * ht.lines.clamp_max(1.0)).unsqueeze(1);

  // Freckles: small brown spots on the back of the hand and fingers.
  const auto dorsal_v = rowDot(vnormals, back) > 0.5;
  const auto candidates = torch::nonzero(dorsal_v).squeeze(1);
  auto freckles = torch::zeros({count});
  const int num_freckles = static_cast<int>(rng.uniform(70, 140));
  for (int k = 0; k < num_freckles && candidates.numel() > 0; ++k) {
    const auto centre = verts[candidates[rng.index(candidates.numel())].item<int64_t>()];
    const double radius = rng.uniform(0.5, 1.2) * kMm, opacity = rng.uniform(0.3, 0.65);
    const auto dist = (p - centre).norm(2, {1});
    freckles = torch::max(freckles, opacity * (1.0 - smoothstep(0.7 * radius, 1.2 * radius, dist)));
  }
  freckles = freckles * smoothstep(0.2, 0.5, rowDot(n, back));
  colour = mix(colour, colour * rgb(0.62, 0.48, 0.40), freckles);

  // The tattoo-like mark: a ring around a five-pointed star on the back of the hand.
  const Eigen::Vector3f target = h.joints[0] + 0.45f * (h.joints[jointIndex(kMiddle, 0)] - h.joints[0]);
  const auto lateral = (verts - vec3(target)) - rowDot(verts - vec3(target), back).unsqueeze(1) * back;
  const auto score = rowDot(verts, back) - 10.0 * lateral.norm(2, {1});
  const auto centre = verts[score.argmax().item<int64_t>()];
  const auto e1 = vec3(h.along), e2 = vec3(h.back.cross(h.along));
  const auto rel = p - centre;
  const auto x = rowDot(rel, e2), y = rowDot(rel, e1);
  const auto r = torch::sqrt(x * x + y * y + 1e-12);
  const double ring_radius = rng.uniform(10.0, 12.0) * kMm, rotation = rng.uniform(0, 2 * M_PI / 5);
  const auto ring = 1.0 - smoothstep(0.55 * kMm, 0.85 * kMm, (r - ring_radius).abs());
  const auto angle = torch::atan2(y, x) + rotation;
  const auto phase = torch::remainder(angle * (5.0 / (2 * M_PI)), 1.0);  // 0 at a point, 0.5 between
  const auto star_radius = 3.2 * kMm + (8.0 - 3.2) * kMm * 2.0 * (phase - 0.5).abs();
  const auto star = 1.0 - smoothstep(-0.15 * kMm, 0.15 * kMm, r - star_radius);
  const auto on_back =
      smoothstep(0.3, 0.6, rowDot(n, back)) * (1.0 - smoothstep(0.02, 0.03, rel.norm(2, {1})));
  const auto tattoo = 0.9 * torch::max(ring, star) * on_back;
  colour = mix(colour, rgb(0.10, 0.12, 0.22).view({1, 3}).expand({count, 3}), tattoo);

  // Nails: natural or polished, a lighter free edge on natural nails.
  const auto nails = nailMask(h, p, n);
  const bool polished = rng.uniform() < 0.5;
  Tensor nail_colour = polished ? rgb(0.62, 0.06, 0.16) : rgb(0.94, 0.78, 0.76);
  auto nail = nail_colour.view({1, 3}).expand({count, 3}).clone();
  colour = mix(colour, nail, nails);
  return {colour.clamp(0.0, 1.0), tattoo, freckles, nails};
}

}  // namespace

SyntheticAvatar makeSyntheticAvatar(const SyntheticSettings& settings) {
  settings.validate();
  torch::NoGradGuard no_grad;
  SyntheticAvatar out;
  Avatar& a = out.avatar;
  a.model_spec = settings.handedness == Handedness::Right ? "builtin:right" : "builtin:left";
  a.subdivision_levels = settings.subdivision_levels;
  a.subdivision_scheme = SubdivisionScheme::Midpoint;
  out.model =
      subdivide(makeBuiltinHand(settings.handedness), a.subdivision_scheme, settings.subdivision_levels);
  const HandModel& model = out.model;

  Random shape_rng(streamSeed(settings.seed, Stream::Shape));
  Eigen::VectorXf beta(model.numShapes());
  for (int k = 0; k < beta.size(); ++k)
    beta[k] = static_cast<float>(shape_rng.uniform(-settings.shape_range, settings.shape_range));
  a.shape = torch::from_blob(beta.data(), {beta.size()}).clone();

  const MatrixX3f shaped = model.shapedVertices(beta);
  const HandFrame frame = handFrame(model, shaped, model.shapedJoints(beta));
  const DetailParams detail = drawDetail(settings.seed);
  const auto verts = torch::from_blob(const_cast<float*>(shaped.data()), {shaped.rows(), 3}).clone();
  const auto faces =
      torch::from_blob(const_cast<int*>(model.faces.data()), {model.numFaces(), 3}, torch::kInt)
          .to(torch::kLong);
  const auto vnormals = vertexNormals(verts.unsqueeze(0), faces).squeeze(0);

  // Coarse detail on the mesh.
  a.displacement = heights(frame, detail, verts, vnormals).coarse.contiguous();

  // Fine detail and colour in UV space.
  const int size = settings.texture_size;
  const TexelSurface tex = texelSurface(model, verts, size);
  const auto idx = torch::nonzero(tex.covered).squeeze(1);
  const auto p = tex.position.index_select(0, idx), n = tex.normal.index_select(0, idx);
  const auto tangent = tex.tangent.index_select(0, idx);

  // Normal map: the surface gradient of the fine height (its 3D gradient by autograd, normals held
  // fixed), expressed in the texel's tangent frame (glTF: tangent +u, bitangent w * n x t, +v).
  Heights ht;
  torch::Tensor grad;
  {
    torch::AutoGradMode enable_grad(true);
    const auto point = p.clone().requires_grad_(true);
    ht = heights(frame, detail, point, n);
    grad = torch::autograd::grad({ht.fine.sum()}, {point})[0];
  }
  ht = {ht.coarse.detach(), ht.fine.detach(), ht.lines.detach()};
  const auto t3 = tangent.narrow(1, 0, 3);
  const auto t = torch::nn::functional::normalize(
      t3 - n * rowDot(n, t3).unsqueeze(1), torch::nn::functional::NormalizeFuncOptions().dim(1).eps(1e-12));
  const auto w =
      torch::where(tangent.select(1, 3) < 0, -torch::ones({idx.size(0)}), torch::ones({idx.size(0)}));
  const auto b = torch::cross(n, t, 1) * w.unsqueeze(1);
  const auto m = torch::nn::functional::normalize(
      torch::stack({-rowDot(grad, t), -rowDot(grad, b), torch::ones({idx.size(0)})}, 1),
      torch::nn::functional::NormalizeFuncOptions().dim(1));
  const int64_t texels = static_cast<int64_t>(size) * size;
  auto scatter = [&](const Tensor& values) {
    return torch::zeros({texels, values.size(1)}).index_put_({idx}, values);
  };
  // Averaged border texels are renormalised to unit normals.
  const auto spread = dilate(scatter(m), tex.covered, size, 6, rgb(0.0, 0.0, 1.0));
  a.normal_map =
      (torch::nn::functional::normalize(spread, torch::nn::functional::NormalizeFuncOptions().dim(2)) * 0.5 +
       0.5)
          .contiguous();

  const AlbedoResult alb = albedo(frame, ht, p, n, verts, vnormals, settings.seed);
  const auto mean_skin = alb.albedo.mean(0);
  a.albedo = dilate(scatter(alb.albedo), tex.covered, size, 6, mean_skin);
  out.uv_coverage = tex.covered.to(torch::kFloat).reshape({size, size});
  out.tattoo = scatter(alb.tattoo.unsqueeze(1)).reshape({size, size});
  out.freckles = scatter(alb.freckles.unsqueeze(1)).reshape({size, size});
  out.nails = scatter(alb.nails.unsqueeze(1)).reshape({size, size});

  // Lighting of the capture.
  AvatarLighting& l = a.lighting;
  l.point_light = true;
  l.light_position = settings.light_position;
  l.light_colour = settings.light_colour;
  l.ambient = settings.ambient;
  l.shadows = settings.shadows;
  l.use_sh = settings.sh_lighting;
  if (l.use_sh) {
    // A soft sky: the ambient level on average, brighter from above (-y) and slightly from the camera
    // side (-z), a touch bluer than the key light. E(n) = c4 L00 + 2 c2 (y L1-1 + z L10 + x L11) + ...
    // with c4 = 0.886227, c2 = 0.511664 (Ramamoorthi and Hanrahan 2001).
    const float c4 = 0.886227f, c2 = 0.511664f;
    const Eigen::Vector3f tint(0.97f, 1.0f, 1.06f);
    for (int c = 0; c < 3; ++c) {
      l.sh(0, c) = settings.ambient / c4 * tint[c];
      l.sh(1, c) = -0.35f * settings.ambient / (2 * c2) * tint[c];
      l.sh(2, c) = -0.15f * settings.ambient / (2 * c2) * tint[c];
    }
  }
  a.notes = "synthetic ground truth, seed " + std::to_string(settings.seed);
  return out;
}

}  // namespace palma::eval
