// Geometry of the built-in hand: the average skeleton, a signed distance field of the skin built from
// round cones and ellipsoids, a quad cage made by box modelling, Catmull-Clark subdivision and the
// projection of the subdivided cage onto the SDF.
#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <map>

#include "core/model/builtin_hand_internal.h"

namespace palma::builtin {

namespace {

using Vec3 = Eigen::Vector3f;
constexpr float kDeg = 3.14159265f / 180.0f;

Vec3 dirFromAngles(float toward_thumb_deg, float palmar_tilt) {
  // A unit direction in the palm plane, turned toward the thumb (-x) by the given angle and tilted
  // toward the palm (-z) by the given slope.
  return Vec3(-std::sin(toward_thumb_deg * kDeg), std::cos(toward_thumb_deg * kDeg), -palmar_tilt)
      .normalized();
}

// Inigo Quilez' exact distance to a round cone (two spheres joined by their tangent cone).
float roundCone(const Vec3& p, const Vec3& a, const Vec3& b, float r1, float r2) {
  const Vec3 ba = b - a;
  const float l2 = ba.squaredNorm();
  const float rr = r1 - r2;
  const float a2 = l2 - rr * rr;
  const float il2 = 1.0f / l2;
  const Vec3 pa = p - a;
  const float y = pa.dot(ba);
  const float z = y - l2;
  const Vec3 xv = pa * l2 - ba * y;
  const float x2 = xv.squaredNorm();
  const float y2 = y * y * l2;
  const float z2 = z * z * l2;
  const float k = (rr >= 0 ? 1.0f : -1.0f) * rr * rr * x2;
  if ((z >= 0 ? 1.0f : -1.0f) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - r2;
  if ((y >= 0 ? 1.0f : -1.0f) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - r1;
  return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - r1;
}

// Approximate distance to an ellipsoid with centre c, orientation `rot` (columns = axes) and radii r.
float ellipsoid(const Vec3& p, const Vec3& c, const Eigen::Matrix3f& rot, const Vec3& r) {
  const Vec3 q = rot.transpose() * (p - c);
  const float k0 = q.cwiseQuotient(r).norm();
  const float k1 = q.cwiseQuotient(r.cwiseProduct(r)).norm();
  if (k1 < 1e-12f) return -r.minCoeff();
  return k0 * (k0 - 1.0f) / k1;
}

// Polynomial smooth minimum: blends two distance fields over a band of width k.
float smin(float a, float b, float k) {
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

Eigen::Matrix3f frameAlong(const Vec3& axis_y, const Vec3& approx_z) {
  Eigen::Matrix3f m;
  const Vec3 y = axis_y.normalized();
  const Vec3 x = y.cross(approx_z).normalized();
  m.col(0) = x;
  m.col(1) = y;
  m.col(2) = x.cross(y);
  return m;
}

}  // namespace

Anatomy averageAnatomy() {
  Anatomy a;
  a.joints[0] = Vec3(0.0f, 0.0f, 0.0f);
  // Index, middle, ring, pinky: MCP position, splay (degrees toward the thumb), bone lengths
  // (proximal, middle, distal to the tip surface), radii at MCP, PIP, DIP and tip. Lengths give a
  // middle finger of 9.0 cm and wrist-to-middle-tip 18.55 cm; widths give a palm of about 8.5 cm.
  struct FingerSpec {
    Vec3 mcp;
    float splay;
    std::array<float, 3> length;
    std::array<float, 4> radius;
  };
  const std::array<FingerSpec, 4> fingers = {{
      {Vec3(-0.0312f, 0.0920f, 0.0000f),
       9.0f,
       {0.0395f, 0.0230f, 0.0200f},
       {0.0095f, 0.0087f, 0.0076f, 0.0069f}},
      {Vec3(-0.0087f, 0.0955f, 0.0000f),
       1.5f,
       {0.0425f, 0.0270f, 0.0205f},
       {0.0097f, 0.0090f, 0.0078f, 0.0071f}},
      {Vec3(0.0138f, 0.0915f, -0.0010f),
       -5.0f,
       {0.0400f, 0.0260f, 0.0200f},
       {0.0091f, 0.0084f, 0.0073f, 0.0067f}},
      {Vec3(0.0338f, 0.0830f, -0.0030f),
       -12.5f,
       {0.0310f, 0.0190f, 0.0180f},
       {0.0080f, 0.0074f, 0.0066f, 0.0060f}},
  }};
  for (int f = 0; f < 4; ++f) {
    const FingerSpec& s = fingers[f];
    // Slight natural flexion in the rest pose (a relaxed flat hand), a few degrees per joint.
    Vec3 p = s.mcp;
    a.joints[jointIndex(f, 0)] = p;
    for (int seg = 0; seg < 3; ++seg) {
      const Vec3 d = dirFromAngles(s.splay, 0.03f + 0.05f * seg);
      p += s.length[seg] * d;
      if (seg < 2)
        a.joints[jointIndex(f, seg + 1)] = p;
      else
        a.tips[f] = p;
    }
    a.radii[f] = s.radius;
    a.dorsal[f] = Vec3(0.0f, 0.0f, 1.0f);
  }
  // Thumb: CMC at the base of the thenar, pointing out at about 40 degrees from the fingers and
  // forward out of the palm plane; lengths metacarpal 4.4, proximal 3.1, distal to tip 2.7 cm.
  const Vec3 cmc(-0.0195f, 0.0240f, -0.0050f);
  const Vec3 d1 = dirFromAngles(56.0f, 0.22f);
  const Vec3 d2 = dirFromAngles(46.0f, 0.20f);
  const Vec3 d3 = dirFromAngles(40.0f, 0.18f);
  a.joints[jointIndex(kThumb, 0)] = cmc;
  a.joints[jointIndex(kThumb, 1)] = cmc + 0.044f * d1;
  a.joints[jointIndex(kThumb, 2)] = a.joints[jointIndex(kThumb, 1)] + 0.031f * d2;
  a.tips[kThumb] = a.joints[jointIndex(kThumb, 2)] + 0.027f * d3;
  a.radii[kThumb] = {0.0145f, 0.0112f, 0.0103f, 0.0088f};
  // The thumb is turned about its axis: its nail faces mostly away from the palm's radial edge.
  const Vec3 thumb_axis = (a.tips[kThumb] - cmc).normalized();
  Vec3 nail = Vec3(-0.75f, 0.0f, 0.66f);
  a.dorsal[kThumb] = (nail - nail.dot(thumb_axis) * thumb_axis).normalized();
  return a;
}

float handSdf(const Anatomy& a, const Vec3& p) {
  const Vec3 z(0.0f, 0.0f, 1.0f);
  const Eigen::Matrix3f identity = Eigen::Matrix3f::Identity();

  // Forearm: a round cone with an elliptical section (5.6 cm wide, 4 cm thick at the wrist).
  const float forearm_flat = 0.72f;
  const Vec3 pf(p.x(), p.y(), p.z() / forearm_flat);
  float forearm =
      roundCone(pf, Vec3(0.0f, -0.130f, 0.0f), Vec3(0.0f, 0.006f, 0.001f), 0.0290f, 0.0255f) * forearm_flat;
  // The stub ends in a cut 10.2 cm below the wrist, with rounded edges.
  forearm = -smin(-forearm, p.y() + 0.102f, 0.012f);

  // Palm: four metacarpals fused by a smooth union, plus the soft tissue of the palm.
  float palm = 1e9f;
  for (int f = 0; f < 4; ++f) {
    const Vec3 head = a.joints[jointIndex(f, 0)] - Vec3(0.0f, 0.004f, 0.0f);
    const Vec3 base(head.x() * 0.42f, 0.012f, 0.0f);
    const float r_head = a.radii[f][0] * 1.02f;
    palm = smin(palm, roundCone(p, base, head, 0.0125f, r_head), 0.020f);
  }
  palm = smin(palm, ellipsoid(p, Vec3(0.003f, 0.046f, -0.003f), identity, Vec3(0.034f, 0.040f, 0.0115f)),
              0.012f);
  // Thenar eminence along the thumb metacarpal, hypothenar along the ulnar edge, and the pads below
  // the finger bases.
  const Vec3 cmc = a.joints[jointIndex(kThumb, 0)];
  const Vec3 thumb_mcp = a.joints[jointIndex(kThumb, 1)];
  palm = smin(palm,
              ellipsoid(p, cmc + 0.45f * (thumb_mcp - cmc) + Vec3(0.006f, -0.004f, -0.002f),
                        frameAlong(thumb_mcp - cmc, z), Vec3(0.0165f, 0.026f, 0.0125f)),
              0.012f);
  palm = smin(palm, ellipsoid(p, Vec3(0.0285f, 0.038f, -0.007f), identity, Vec3(0.0125f, 0.033f, 0.0115f)),
              0.010f);
  palm = smin(palm, ellipsoid(p, Vec3(0.002f, 0.080f, -0.008f), identity, Vec3(0.036f, 0.0115f, 0.0095f)),
              0.008f);
  float hand = smin(palm, forearm, 0.022f);

  // Digits: round cones between joints, a slight knuckle on the back of each joint and a pad under each
  // phalanx. Each digit blends with the palm only, so neighbouring fingers never fuse.
  float digits = 1e9f;
  for (int f = 0; f < kNumFingers; ++f) {
    const bool thumb = f == kThumb;
    std::array<Vec3, 4> pts = {a.joints[jointIndex(f, 0)], a.joints[jointIndex(f, 1)],
                               a.joints[jointIndex(f, 2)], a.tips[f]};
    const Vec3 tip_dir = (pts[3] - pts[2]).normalized();
    pts[3] -= a.radii[f][3] * tip_dir;  // the tip point is on the surface; the cone ends a radius inside
    float digit = 1e9f;
    for (int s = thumb ? 0 : 0; s < 3; ++s)
      digit = smin(digit, roundCone(p, pts[s], pts[s + 1], a.radii[f][s], a.radii[f][s + 1]), 0.004f);
    for (int s = 1; s < 3; ++s) {
      const Vec3 knuckle = pts[s] + 0.35f * a.radii[f][s] * a.dorsal[f];
      digit = smin(digit, (p - knuckle).norm() - 0.72f * a.radii[f][s], 0.004f);
    }
    for (int s = thumb ? 1 : 0; s < 3; ++s) {
      const Vec3 axis = pts[s + 1] - pts[s];
      const float len = axis.norm();
      const Vec3 c = 0.5f * (pts[s] + pts[s + 1]) - 0.30f * a.radii[f][s + 1] * a.dorsal[f] +
                     (s == 2 ? 0.15f * len : 0.0f) * axis / len;
      const Vec3 r(0.86f * a.radii[f][s + 1], 0.34f * len, 0.72f * a.radii[f][s + 1]);
      digit = smin(digit, ellipsoid(p, c, frameAlong(axis, a.dorsal[f]), r), 0.004f);
    }
    digits = std::min(digits, smin(hand, digit, thumb ? 0.010f : 0.0045f));
  }
  return std::min(hand, digits);
}

}  // namespace palma::builtin

namespace palma::builtin {

namespace {

std::vector<Eigen::Vector3f> quadVertexNormals(const QuadMesh& m) {
  std::vector<Eigen::Vector3f> n(m.vertices.size(), Eigen::Vector3f::Zero());
  for (const auto& q : m.quads) {
    // The cross product of the diagonals is twice the (projected) quad area times its normal.
    const Eigen::Vector3f fn =
        (m.vertices[q[2]] - m.vertices[q[0]]).cross(m.vertices[q[3]] - m.vertices[q[1]]);
    for (int k = 0; k < 4; ++k) n[q[k]] += fn;
  }
  for (auto& v : n) v.normalize();
  return n;
}

// Distance along `dir` from p to the nearest zero of the SDF within +-range (0 when none).
float findSurfaceAlong(const Anatomy& a, const Eigen::Vector3f& p, const Eigen::Vector3f& n, float range) {
  const float f0 = handSdf(a, p);
  if (std::abs(f0) < 1e-6f) return 0.0f;
  // Search first along the side the field points to (outside: inward), then the other side.
  for (float sign : {f0 > 0.0f ? -1.0f : 1.0f, f0 > 0.0f ? 1.0f : -1.0f}) {
    const float step = 0.0004f;
    float t_prev = 0.0f, f_prev = f0;
    for (float t = step; t <= range; t += step) {
      const float f = handSdf(a, p + sign * t * n);
      if ((f > 0.0f) != (f_prev > 0.0f)) {
        float lo = t_prev, hi = t;
        for (int i = 0; i < 18; ++i) {
          const float mid = 0.5f * (lo + hi);
          const float fm = handSdf(a, p + sign * mid * n);
          if ((fm > 0.0f) == (f_prev > 0.0f))
            lo = mid;
          else
            hi = mid;
        }
        return sign * 0.5f * (lo + hi);
      }
      t_prev = t;
      f_prev = f;
    }
  }
  return 0.0f;
}

}  // namespace

void projectOntoSurface(const Anatomy& a, QuadMesh& m) {
  const int nv = static_cast<int>(m.vertices.size());
  std::vector<std::vector<int>> neighbours(nv);
  for (const auto& q : m.quads)
    for (int k = 0; k < 4; ++k) {
      const int u = q[k], v = q[(k + 1) % 4];
      if (std::find(neighbours[u].begin(), neighbours[u].end(), v) == neighbours[u].end()) {
        neighbours[u].push_back(v);
        neighbours[v].push_back(u);
      }
    }
  // Projection along normals keeps the subdivided cage's even spacing; relaxation in the tangent
  // plane then evens out what the projection stretched, and the last pass lands on the surface.
  const int passes = 20;
  for (int pass = 0; pass < passes; ++pass) {
    const auto normals = quadVertexNormals(m);
    if (pass == 0) {
      for (int v = 0; v < nv; ++v)
        m.vertices[v] += findSurfaceAlong(a, m.vertices[v], normals[v], 0.016f) * normals[v];
    } else {
      // Closest-point (Newton) projection: unlike projection along normals it cannot fold the mesh
      // where normal lines converge, in the concave creases around the thumb and between fingers.
      for (int v = 0; v < nv; ++v)
        for (int it = 0; it < 4; ++it) {
          Eigen::Vector3f& x = m.vertices[v];
          const float f = handSdf(a, x);
          if (std::abs(f) < 1e-6f) break;
          const float h = 1e-4f;
          Eigen::Vector3f g;
          for (int c = 0; c < 3; ++c) {
            Eigen::Vector3f e = Eigen::Vector3f::Zero();
            e(c) = h;
            g(c) = (handSdf(a, x + e) - handSdf(a, x - e)) / (2.0f * h);
          }
          x -= f * g / std::max(g.squaredNorm(), 1e-8f);
        }
    }
    if (pass + 1 == passes) break;
    const auto n2 = quadVertexNormals(m);
    std::vector<Eigen::Vector3f> moved = m.vertices;
    for (int v = 0; v < nv; ++v) {
      Eigen::Vector3f avg = Eigen::Vector3f::Zero();
      for (int u : neighbours[v]) avg += m.vertices[u];
      avg /= static_cast<float>(neighbours[v].size());
      Eigen::Vector3f d = avg - m.vertices[v];
      d -= d.dot(n2[v]) * n2[v];
      moved[v] = m.vertices[v] + 0.5f * d;
    }
    m.vertices = moved;
  }
}

}  // namespace palma::builtin
