// Assembly of the built-in hand: topology and geometry (builtin_hand_geometry.cpp,
// builtin_hand_cage.cpp), UV atlas (builtin_hand_uv.cpp), then skinning weights, fingertip sites,
// joint frames and limits and the shape space. docs/model.md describes the result and its numbers.
#include "core/model/builtin_hand.h"

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <set>

#include "core/common/error.h"
#include "core/model/builtin_hand_internal.h"
#include "core/model/shape_space.h"

namespace palma {

namespace {

using builtin::Anatomy;
using builtin::QuadMesh;
using Vec3 = Eigen::Vector3f;
using Weights = std::array<float, kNumJoints>;

float smoothstep(float x) {
  x = std::clamp(x, 0.0f, 1.0f);
  return x * x * (3.0f - 2.0f * x);
}
// Ramp from 0 to 1 centred on c with half-width h.
float ramp(float u, float c, float h) { return smoothstep((u - (c - h)) / (2.0f * h)); }

struct ChainCoord {
  float u;        // arc length along the digit from its first joint (negative into the palm)
  float lateral;  // sideways distance from the digit's axis in the palm plane
  float up;       // offset from the nearest bone toward the back of the digit (negative: palmar)
};

ChainCoord chainCoordinate(const Anatomy& a, int f, const Vec3& x) {
  const std::array<Vec3, 4> pts = {a.joints[jointIndex(f, 0)], a.joints[jointIndex(f, 1)],
                                   a.joints[jointIndex(f, 2)], a.tips[f]};
  float best = 1e9f, u_best = 0.0f, up_best = 0.0f, start = 0.0f;
  for (int s = 0; s < 3; ++s) {
    const Vec3 d = pts[s + 1] - pts[s];
    const float len = d.norm();
    float t = (x - pts[s]).dot(d) / (len * len);
    // The first bone extends backward into the palm and the last one beyond the tip.
    if (s > 0) t = std::max(t, 0.0f);
    if (s < 2) t = std::min(t, 1.0f);
    const Vec3 off = x - (pts[s] + t * d);
    const float dist = off.norm();
    if (dist < best) {
      best = dist;
      u_best = start + t * len;
      const Vec3 dir = d / len;
      up_best = off.dot((a.dorsal[f] - a.dorsal[f].dot(dir) * dir).normalized());
    }
    start += len;
  }
  const Vec3 bone = (pts[1] - pts[0]).normalized();
  const Vec3 side = bone.cross(a.dorsal[f]).normalized();
  return {u_best, std::abs((x - pts[0]).dot(side)), up_best};
}

// Blend half-widths at each joint of each digit (metres): about the finger's radius, wide at the
// thumb's base where the thenar follows the thumb.
constexpr std::array<std::array<float, 3>, kNumFingers> kBlend = {{{0.011f, 0.0075f, 0.0065f},
                                                                   {0.011f, 0.0078f, 0.0066f},
                                                                   {0.011f, 0.0074f, 0.0063f},
                                                                   {0.010f, 0.0068f, 0.0058f},
                                                                   {0.018f, 0.0100f, 0.0085f}}};

// On the palm's side of a finger's knuckle the blend is this much wider. Linear blend skinning folds
// the palmar skin of a bent joint through itself where the blend is narrower than the flesh is thick
// (at 90 degrees the rigid proximal and distal pads overlap by about one radius); the knuckle's back
// keeps the narrow blend, so it stays round. The middle and end joints are handled by pose correctives.
constexpr float kPalmarKnuckleBlend = 2.6f;

// Scale of the knuckle (MCP) blend at a point: 1 on the back of the finger, kPalmarKnuckleBlend on
// the palm's side, smooth across the sides.
float knuckleBlendScale(const Anatomy& a, int f, const ChainCoord& c) {
  if (f == kThumb) return 1.0f;
  const float palmar = smoothstep(0.5f - 0.5f * c.up / a.radii[f][1]);
  return 1.0f + (kPalmarKnuckleBlend - 1.0f) * palmar;
}

Weights digitWeights(const Anatomy& a, int f, const Vec3& x) {
  const ChainCoord c = chainCoordinate(a, f, x);
  const float l0 = (a.joints[jointIndex(f, 1)] - a.joints[jointIndex(f, 0)]).norm();
  const float l1 = (a.joints[jointIndex(f, 2)] - a.joints[jointIndex(f, 1)]).norm();
  const float s0 = ramp(c.u, 0.0f, knuckleBlendScale(a, f, c) * kBlend[f][0]),
              s1 = ramp(c.u, l0, kBlend[f][1]), s2 = ramp(c.u, l0 + l1, kBlend[f][2]);
  Weights w{};
  w[0] = 1.0f - s0;
  w[jointIndex(f, 0)] = s0 - s1;
  w[jointIndex(f, 1)] = s1 - s2;
  w[jointIndex(f, 2)] = s2;
  return w;
}

Weights palmWeights(const Anatomy& a, const Vec3& x) {
  Weights w{};
  float total = 0.0f;
  for (int f = 0; f < kNumFingers; ++f) {
    const ChainCoord c = chainCoordinate(a, f, x);
    const float sigma = f == kThumb ? 0.020f : 0.0115f;
    const float g = ramp(c.u, 0.0f, knuckleBlendScale(a, f, c) * kBlend[f][0]) *
                    std::exp(-(c.lateral * c.lateral) / (sigma * sigma));
    w[jointIndex(f, 0)] = g;
    total += g;
  }
  if (total > 1.0f)
    for (auto& v : w) v /= total;
  w[0] = 1.0f - std::min(total, 1.0f);
  return w;
}

// Gap (metres) the flexion correctives keep between the two sides of a joint bent 90 degrees; it scales
// with sin(theta / 2), the rate at which the pads approach each other.
constexpr float kCreaseGap = 0.0025f;

// Pose correctives for the middle and end joints of each finger and the thumb's MCP and IP joints
// (MANO-style pose_dirs, linear in R - I). For each such joint the linear-blend-skinned mesh is bent
// through the joint's flexion range (5 degree steps, that joint alone). The plane that bisects the
// bent joint (through the joint, normal to the mean of the two bone directions) separates the skin
// proximal to the joint from the distal skin. Each vertex of the digit is assigned to its side by its
// rest position along the bone, and its distance q to the plane on its own side (negative where
// linear blend skinning pushed it through: the palmar pads and the crease folding into each other) is
// replaced by the smooth clamp w log(1 + exp(q / w)), w = kCreaseGap sin(theta / 2) / sin(45 deg): it
// keeps the order of the points along the plane's normal, so it cannot fold the skin, and it leaves
// every vertex on its own side with a gap of about w. The move is taken back to the rest pose through
// the vertex's blended LBS rotation, and one vector per vertex is fitted by weighted least squares
// (weights growing toward full flexion) as offset(theta) = (1 - cos theta) Q. The pose_dirs block of
// the joint is Q vec(a a^T - I/2)^T (a = the joint's flexion axis): for a rotation by theta about any
// unit axis n it gives (1 - cos theta) (a.n)^2 Q, so flexion gets the full correction, a pure abduction
// or twist (axes perpendicular to a) none, and the rest pose none.
void addFlexionCorrectives(HandModel& model, const std::vector<std::set<int>>& parts) {
  const int nv = model.numVertices();
  model.pose_dirs = MatrixXfR::Zero(3 * nv, 9 * (kNumJoints - 1));
  constexpr float kDeg = 3.14159265f / 180.0f;
  for (int f = 0; f < kNumFingers; ++f)
    for (int s = 1; s < 3; ++s) {
      const int j = jointIndex(f, s);
      const Vec3 joint = model.joints.row(j).transpose();
      const Vec3 axis = model.joint_frames[j].col(0);
      const Vec3 bone = model.joint_frames[j].col(2);
      // Per vertex of this digit: the share of its skinning that turns with joint j, and its side.
      std::vector<float> moving(nv, 0.0f);
      std::vector<int> side(nv, 0);  // -1 proximal, +1 distal, 0 another part of the hand
      for (int v = 0; v < nv; ++v) {
        if (!parts[v].count(f)) continue;
        for (int k = s; k < 3; ++k) moving[v] += model.skin_weights(v, jointIndex(f, k));
        side[v] = (Vec3(model.vertices.row(v).transpose()) - joint).dot(bone) > 0.0f ? 1 : -1;
      }
      const float lower = model.joint_limits[j].lower(0), upper = model.joint_limits[j].upper(0);
      double basis_norm = 0.0;
      std::vector<Eigen::Vector3d> basis_dot(nv, Eigen::Vector3d::Zero());
      for (float theta = lower; theta <= upper + 1e-4f; theta += 5.0f * kDeg) {
        const double basis = 1.0 - std::cos(theta);
        const double weight = 1.0 + 10.0 * std::pow(std::max(0.0f, theta) / upper, 2.0f);
        basis_norm += weight * basis * basis;
        const Eigen::Matrix3f rot = Eigen::AngleAxisf(theta, axis).toRotationMatrix();
        const Vec3 normal = (bone + rot * bone).normalized();
        const float w = kCreaseGap * std::sin(0.5f * std::abs(theta)) / std::sin(45.0f * kDeg);
        for (int v = 0; v < nv; ++v) {
          if (side[v] == 0 || w < 1e-7f) continue;
          const Vec3 rest = model.vertices.row(v).transpose();
          const Vec3 x = rest + moving[v] * (rot - Eigen::Matrix3f::Identity()) * (rest - joint);
          const float q = static_cast<float>(side[v]) * normal.dot(x - joint);
          const float target = q / w > 20.0f ? q : w * std::log1p(std::exp(q / w));
          if (target - q < 1e-9f) continue;
          const Vec3 posed_offset = (target - q) * static_cast<float>(side[v]) * normal;
          const Eigen::Matrix3f blend = (1.0f - moving[v]) * Eigen::Matrix3f::Identity() + moving[v] * rot;
          basis_dot[v] += weight * basis * (blend.inverse() * posed_offset).cast<double>();
        }
      }
      const Eigen::Matrix3f feature = axis * axis.transpose() - 0.5f * Eigen::Matrix3f::Identity();
      for (int v = 0; v < nv; ++v) {
        if (side[v] == 0) continue;
        const Eigen::Vector3f q_vec = (basis_dot[v] / basis_norm).cast<float>();
        for (int c = 0; c < 3; ++c)
          for (int e = 0; e < 9; ++e)
            model.pose_dirs(3 * v + c, 9 * (j - 1) + e) = q_vec(c) * feature(e / 3, e % 3);
      }
    }
}

}  // namespace

HandModel makeBuiltinHand(Handedness handedness) {
  const Anatomy a = builtin::averageAnatomy();
  QuadMesh m = builtin::catmullClark(builtin::catmullClark(builtin::buildCage(a)));
  builtin::projectOntoSurface(a, m);
  const int nv = static_cast<int>(m.vertices.size());

  HandModel model;
  model.name = "builtin";
  model.handedness = Handedness::Right;
  model.vertices.resize(nv, 3);
  for (int v = 0; v < nv; ++v) model.vertices.row(v) = m.vertices[v].transpose();

  // Triangulate each quad along its shorter diagonal; keep the island (digit or palm, side) per face.
  const int nq = static_cast<int>(m.quads.size());
  model.faces.resize(2 * nq, 3);
  std::vector<int> island(2 * nq);
  for (int q = 0; q < nq; ++q) {
    const auto& c = m.quads[q];
    const bool diag02 = (m.vertices[c[0]] - m.vertices[c[2]]).squaredNorm() <=
                        (m.vertices[c[1]] - m.vertices[c[3]]).squaredNorm();
    if (diag02) {
      model.faces.row(2 * q) << c[0], c[1], c[2];
      model.faces.row(2 * q + 1) << c[0], c[2], c[3];
    } else {
      model.faces.row(2 * q) << c[0], c[1], c[3];
      model.faces.row(2 * q + 1) << c[1], c[2], c[3];
    }
    const int group = m.part[q] < kNumFingers ? m.part[q] : kNumFingers;  // palm and forearm share islands
    island[2 * q] = island[2 * q + 1] = 2 * group + m.corner_side[q][0];
  }
  const builtin::UvAtlas atlas = builtin::buildUvAtlas(model.vertices, model.faces, island);
  model.uvs = atlas.uvs;
  model.uv_faces = atlas.uv_faces;

  // Skeleton.
  const auto& names = canonicalJointNames();
  model.joints.resize(kNumJoints, 3);
  for (int j = 0; j < kNumJoints; ++j) {
    model.joint_names[j] = names[j];
    model.joints.row(j) = a.joints[j].transpose();
  }
  model.parents = canonicalJointParents();

  // Fingertip sites: the vertex nearest to each anatomical tip point.
  model.tip_regressor = MatrixXfR::Zero(kNumFingers, nv);
  MatrixX3f tip_points(kNumFingers, 3);
  for (int f = 0; f < kNumFingers; ++f) {
    int best = 0;
    float best_d = 1e9f;
    for (int v = 0; v < nv; ++v) {
      const float d = (m.vertices[v] - a.tips[f]).squaredNorm();
      if (d < best_d) {
        best_d = d;
        best = v;
      }
    }
    model.tip_regressor(f, best) = 1.0f;
    tip_points.row(f) = m.vertices[best].transpose();
  }

  // Skinning: each vertex averages the weight functions of the parts it touches (digits: ramps along
  // the digit's chain; palm: ramps into the finger bases with a sideways falloff; forearm: the wrist),
  // then a few diffusion passes smooth the seams between parts, then the 4 largest are kept.
  std::vector<std::set<int>> parts(nv);
  std::vector<std::set<int>> neighbours(nv);
  for (int q = 0; q < nq; ++q)
    for (int k = 0; k < 4; ++k) {
      parts[m.quads[q][k]].insert(m.part[q]);
      neighbours[m.quads[q][k]].insert(m.quads[q][(k + 1) % 4]);
      neighbours[m.quads[q][(k + 1) % 4]].insert(m.quads[q][k]);
    }
  std::vector<Weights> w(nv);
  for (int v = 0; v < nv; ++v) {
    Weights sum{};
    for (int p : parts[v]) {
      Weights pw{};
      if (p < kNumFingers)
        pw = digitWeights(a, p, m.vertices[v]);
      else if (p == builtin::kPartPalm)
        pw = palmWeights(a, m.vertices[v]);
      else
        pw[0] = 1.0f;
      for (int j = 0; j < kNumJoints; ++j) sum[j] += pw[j] / static_cast<float>(parts[v].size());
    }
    w[v] = sum;
  }
  for (int pass = 0; pass < 3; ++pass) {
    std::vector<Weights> next = w;
    for (int v = 0; v < nv; ++v) {
      Weights avg{};
      for (int u : neighbours[v])
        for (int j = 0; j < kNumJoints; ++j) avg[j] += w[u][j] / static_cast<float>(neighbours[v].size());
      for (int j = 0; j < kNumJoints; ++j) next[v][j] = 0.5f * w[v][j] + 0.5f * avg[j];
    }
    w = next;
  }
  model.skin_weights = MatrixXfR::Zero(nv, kNumJoints);
  for (int v = 0; v < nv; ++v) {
    std::array<int, kNumJoints> order;
    for (int j = 0; j < kNumJoints; ++j) order[j] = j;
    std::partial_sort(order.begin(), order.begin() + 4, order.end(),
                      [&](int x, int y) { return w[v][x] > w[v][y]; });
    float total = 0.0f;
    for (int k = 0; k < 4; ++k) total += std::max(0.0f, w[v][order[k]]);
    for (int k = 0; k < 4; ++k) {
      const float value = std::max(0.0f, w[v][order[k]]) / total;
      if (value > 1e-4f) model.skin_weights(v, order[k]) = value;
    }
    model.skin_weights.row(v) /= model.skin_weights.row(v).sum();
  }

  model.joint_frames = estimateJointFrames(model.joints, tip_points, Handedness::Right);
  model.joint_limits = anatomicalJointLimits();
  addFlexionCorrectives(model, parts);
  buildGenericShapeSpace(model);
  model.validate();
  return handedness == Handedness::Right ? model : mirrored(model);
}

}  // namespace palma
