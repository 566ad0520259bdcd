// Topology of the built-in hand: a quad cage made by box modelling (palm box, forearm extruded from
// its base, four fingers extruded from its top, the thumb from its radial side), Catmull-Clark
// subdivision with part/side labels, and the projection onto the skin's distance field.
#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <stdexcept>

#include "core/model/builtin_hand_internal.h"

namespace palma::builtin {

namespace {

using Vec3 = Eigen::Vector3f;

struct CageBuilder {
  QuadMesh mesh;
  int vertex(const Vec3& p) {
    mesh.vertices.push_back(p);
    return static_cast<int>(mesh.vertices.size()) - 1;
  }
  void quad(std::array<int, 4> q, std::uint8_t part, std::array<std::uint8_t, 4> sides) {
    mesh.quads.push_back(q);
    mesh.part.push_back(part);
    mesh.corner_side.push_back(sides);
  }
};

// Point and radius along a digit's polyline at arc length u.
struct Chain {
  std::array<Vec3, 4> pts;
  std::array<float, 4> radius;
  float length(int s) const { return (pts[s + 1] - pts[s]).norm(); }
  float total() const { return length(0) + length(1) + length(2); }
  void at(float u, Vec3& p, Vec3& dir, float& r) const {
    for (int s = 0; s < 3; ++s) {
      const float l = length(s);
      if (u <= l || s == 2) {
        const float t = std::clamp(u / l, 0.0f, 1.0f);
        dir = (pts[s + 1] - pts[s]) / l;
        p = pts[s] + std::min(u, l) * dir + std::max(0.0f, u - l) * dir;
        r = radius[s] + t * (radius[s + 1] - radius[s]);
        return;
      }
      u -= l;
    }
  }
};

Chain chainOf(const Anatomy& a, int f) {
  return Chain{
      {a.joints[jointIndex(f, 0)], a.joints[jointIndex(f, 1)], a.joints[jointIndex(f, 2)], a.tips[f]},
      a.radii[f]};
}

// Extrudes a digit from the four cage vertices `base` (dorsal-radial, dorsal-ulnar, palmar-ulnar,
// palmar-radial, i.e. ring order) through rings placed at the arc lengths `stations`, then caps it.
void extrudeDigit(CageBuilder& b, const Chain& chain, const Vec3& dorsal, std::array<int, 4> base,
                  const std::vector<float>& stations, std::uint8_t part, float size_factor) {
  const std::array<std::uint8_t, 4> ring_side = {kDorsal, kDorsal, kPalmar, kPalmar};
  std::array<int, 4> prev = base;
  for (float u : stations) {
    Vec3 c, dir;
    float r;
    chain.at(u, c, dir, r);
    const Vec3 up = (dorsal - dorsal.dot(dir) * dir).normalized();
    const Vec3 side = dir.cross(up).normalized();
    const float h = size_factor * r;
    const std::array<Vec3, 4> corners = {c + h * (up - side), c + h * (up + side), c + h * (side - up),
                                         c - h * (up + side)};
    std::array<int, 4> ring;
    for (int k = 0; k < 4; ++k) ring[k] = b.vertex(corners[k]);
    for (int k = 0; k < 4; ++k) {
      const int k1 = (k + 1) % 4;
      b.quad({prev[k], prev[k1], ring[k1], ring[k]}, part,
             {ring_side[k], ring_side[k1], ring_side[k1], ring_side[k]});
    }
    prev = ring;
  }
  b.quad({prev[3], prev[2], prev[1], prev[0]}, part, {kPalmar, kPalmar, kDorsal, kDorsal});
}

// Flips quads so that every shared edge is traversed in opposite directions, then makes the volume
// positive (outward orientation).
void orientConsistently(QuadMesh& m) {
  std::map<std::pair<int, int>, std::vector<int>> edge_faces;
  for (int f = 0; f < static_cast<int>(m.quads.size()); ++f)
    for (int k = 0; k < 4; ++k) {
      const int a = m.quads[f][k], b = m.quads[f][(k + 1) % 4];
      edge_faces[{std::min(a, b), std::max(a, b)}].push_back(f);
    }
  auto hasDirected = [&](int f, int a, int b) {
    for (int k = 0; k < 4; ++k)
      if (m.quads[f][k] == a && m.quads[f][(k + 1) % 4] == b) return true;
    return false;
  };
  auto flip = [&](int f) {
    std::swap(m.quads[f][1], m.quads[f][3]);
    std::swap(m.corner_side[f][1], m.corner_side[f][3]);
  };
  std::vector<char> done(m.quads.size(), 0);
  for (int seed = 0; seed < static_cast<int>(m.quads.size()); ++seed) {
    if (done[seed]) continue;
    done[seed] = 1;
    std::queue<int> q;
    q.push(seed);
    while (!q.empty()) {
      const int f = q.front();
      q.pop();
      for (int k = 0; k < 4; ++k) {
        const int a = m.quads[f][k], b = m.quads[f][(k + 1) % 4];
        for (int g : edge_faces[{std::min(a, b), std::max(a, b)}]) {
          if (g == f || done[g]) continue;
          if (hasDirected(g, a, b)) flip(g);
          done[g] = 1;
          q.push(g);
        }
      }
    }
  }
  double volume = 0.0;
  for (const auto& q : m.quads)
    for (int t = 1; t < 3; ++t) volume += m.vertices[q[0]].dot(m.vertices[q[t]].cross(m.vertices[q[t + 1]]));
  if (volume < 0.0)
    for (int f = 0; f < static_cast<int>(m.quads.size()); ++f) flip(f);
}

}  // namespace

QuadMesh buildCage(const Anatomy& a) {
  CageBuilder b;
  // Palm box: rows from the wrist crease to the finger bases; columns bounded by the finger webs.
  // The cage sits a little outside the skin, since subdivision shrinks it.
  const int rows = 5;
  const std::array<float, rows> row_y = {0.0f, 0.024f, 0.048f, 0.069f, 0.0f};
  const std::array<float, 5> top_x = {-0.0425f, -0.0200f, 0.0026f, 0.0238f, 0.0435f};
  const std::array<float, 5> top_y = {0.087f, 0.091f, 0.091f, 0.086f, 0.078f};
  const std::array<float, 5> wrist_x = {-0.0285f, -0.0140f, 0.0000f, 0.0140f, 0.0285f};
  const float z_dorsal = 0.0135f, z_palmar = -0.0215f;
  int dorsal[rows][5], palmar[rows][5];
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < 5; ++c) {
      const float t = r == rows - 1 ? 1.0f : row_y[r] / 0.087f;
      const float x = wrist_x[c] + std::pow(t, 0.7f) * (top_x[c] - wrist_x[c]);
      const float y = r == rows - 1 ? top_y[c] : row_y[r];
      const float zd = z_dorsal - (c == 0 || c == 4 ? 0.003f : 0.0f);
      const float zp = z_palmar + (c == 0 || c == 4 ? 0.004f : 0.0f);
      dorsal[r][c] = b.vertex(Vec3(x, y, zd));
      palmar[r][c] = b.vertex(Vec3(x, y, zp));
    }
  const std::array<std::uint8_t, 4> all_d = {kDorsal, kDorsal, kDorsal, kDorsal};
  const std::array<std::uint8_t, 4> all_p = {kPalmar, kPalmar, kPalmar, kPalmar};
  for (int r = 0; r + 1 < rows; ++r) {
    for (int c = 0; c < 4; ++c) {
      b.quad({dorsal[r][c], dorsal[r][c + 1], dorsal[r + 1][c + 1], dorsal[r + 1][c]}, kPartPalm, all_d);
      b.quad({palmar[r][c], palmar[r + 1][c], palmar[r + 1][c + 1], palmar[r][c + 1]}, kPartPalm, all_p);
    }
    // Ulnar side strip.
    b.quad({dorsal[r][4], palmar[r][4], palmar[r + 1][4], dorsal[r + 1][4]}, kPartPalm,
           {kDorsal, kPalmar, kPalmar, kDorsal});
    // Radial side strip, except where the thumb leaves the palm (rows 1-2).
    if (r != 1)
      b.quad({dorsal[r][0], dorsal[r + 1][0], palmar[r + 1][0], palmar[r][0]}, kPartPalm,
             {kDorsal, kDorsal, kPalmar, kPalmar});
  }

  // Fingers from the top of the palm. Rings around each joint let it bend cleanly.
  for (int f = 0; f < 4; ++f) {
    const Chain ch = chainOf(a, f);
    const float l0 = ch.length(0), l1 = ch.length(1), l2 = ch.length(2);
    const std::vector<float> stations = {0.28f * l0,
                                         0.70f * l0,
                                         l0,
                                         l0 + 0.5f * l1,
                                         l0 + l1,
                                         l0 + l1 + 0.45f * l2,
                                         ch.total() - 0.55f * ch.radius[3]};
    extrudeDigit(b, ch, a.dorsal[f],
                 {dorsal[rows - 1][f], dorsal[rows - 1][f + 1], palmar[rows - 1][f + 1], palmar[rows - 1][f]},
                 stations, static_cast<std::uint8_t>(f), 1.12f);
  }
  // Thumb from the radial side quad of rows 1-2: wrist side toward row 1, finger side toward row 2.
  {
    const Chain ch = chainOf(a, kThumb);
    const float l0 = ch.length(0), l1 = ch.length(1), l2 = ch.length(2);
    const std::vector<float> stations = {0.72f * l0, l0 + 0.05f * l1,      l0 + 0.55f * l1,
                                         l0 + l1,    l0 + l1 + 0.45f * l2, ch.total() - 0.55f * ch.radius[3]};
    // Ring order: dorsal-wrist, dorsal-finger, palmar-finger, palmar-wrist. The extrusion's "side"
    // vector points toward the fingers, matching rows 1 -> 2.
    extrudeDigit(b, ch, a.dorsal[kThumb], {dorsal[1][0], dorsal[2][0], palmar[2][0], palmar[1][0]}, stations,
                 static_cast<std::uint8_t>(kThumb), 1.12f);
  }

  // Forearm: extrude the wrist ring downward, then close it with the palm's bottom quads.
  std::vector<int> ring;
  for (int c = 0; c < 5; ++c) ring.push_back(dorsal[0][c]);
  for (int c = 4; c >= 0; --c) ring.push_back(palmar[0][c]);
  std::vector<std::uint8_t> ring_side(10);
  for (int k = 0; k < 10; ++k) ring_side[k] = k < 5 ? kDorsal : kPalmar;
  const std::array<float, 3> forearm_y = {-0.030f, -0.062f, -0.094f};
  for (float y : forearm_y) {
    std::vector<int> next;
    const float widen = 1.0f + 0.06f * (-y / 0.094f);
    for (int k = 0; k < 10; ++k) {
      const Vec3 p = b.mesh.vertices[ring[k]];
      next.push_back(b.vertex(Vec3(p.x() * widen * 1.04f, y, (k < 5 ? 0.0195f : -0.0215f) * widen)));
    }
    for (int k = 0; k < 10; ++k) {
      const int k1 = (k + 1) % 10;
      b.quad({ring[k], next[k], next[k1], ring[k1]}, kPartForearm,
             {ring_side[k], ring_side[k], ring_side[k1], ring_side[k1]});
    }
    ring = next;
  }
  for (int c = 0; c < 4; ++c)
    b.quad({ring[c], ring[c + 1], ring[8 - c], ring[9 - c]}, kPartForearm,
           {kDorsal, kDorsal, kPalmar, kPalmar});

  orientConsistently(b.mesh);
  return b.mesh;
}

QuadMesh catmullClark(const QuadMesh& m) {
  const int nv = static_cast<int>(m.vertices.size());
  const int nf = static_cast<int>(m.quads.size());
  std::map<std::pair<int, int>, int> edge_id;
  std::vector<std::array<int, 2>> edges;
  std::vector<std::array<int, 2>> edge_faces;
  for (int f = 0; f < nf; ++f)
    for (int k = 0; k < 4; ++k) {
      const int a = m.quads[f][k], c = m.quads[f][(k + 1) % 4];
      const auto key = std::make_pair(std::min(a, c), std::max(a, c));
      auto it = edge_id.find(key);
      if (it == edge_id.end()) {
        edge_id[key] = static_cast<int>(edges.size());
        edges.push_back({key.first, key.second});
        edge_faces.push_back({f, -1});
      } else {
        if (edge_faces[it->second][1] != -1) throw std::logic_error("cage is not 2-manifold");
        edge_faces[it->second][1] = f;
      }
    }
  const int ne = static_cast<int>(edges.size());
  std::vector<Vec3> face_pt(nf);
  for (int f = 0; f < nf; ++f) {
    Vec3 s = Vec3::Zero();
    for (int k = 0; k < 4; ++k) s += m.vertices[m.quads[f][k]];
    face_pt[f] = s / 4.0f;
  }
  std::vector<Vec3> edge_pt(ne);
  for (int e = 0; e < ne; ++e) {
    if (edge_faces[e][1] < 0) throw std::logic_error("cage has a boundary edge");
    edge_pt[e] = (m.vertices[edges[e][0]] + m.vertices[edges[e][1]] + face_pt[edge_faces[e][0]] +
                  face_pt[edge_faces[e][1]]) /
                 4.0f;
  }
  std::vector<Vec3> q_sum(nv, Vec3::Zero()), r_sum(nv, Vec3::Zero());
  std::vector<int> valence(nv, 0), face_count(nv, 0);
  for (int f = 0; f < nf; ++f)
    for (int k = 0; k < 4; ++k) {
      q_sum[m.quads[f][k]] += face_pt[f];
      ++face_count[m.quads[f][k]];
    }
  for (int e = 0; e < ne; ++e) {
    const Vec3 mid = 0.5f * (m.vertices[edges[e][0]] + m.vertices[edges[e][1]]);
    for (int s = 0; s < 2; ++s) {
      r_sum[edges[e][s]] += mid;
      ++valence[edges[e][s]];
    }
  }
  QuadMesh out;
  out.vertices.resize(nv + ne + nf);
  for (int v = 0; v < nv; ++v) {
    const float n = static_cast<float>(valence[v]);
    const Vec3 q = q_sum[v] / static_cast<float>(face_count[v]);
    const Vec3 r = r_sum[v] / n;
    out.vertices[v] = (q + 2.0f * r + (n - 3.0f) * m.vertices[v]) / n;
  }
  for (int e = 0; e < ne; ++e) out.vertices[nv + e] = edge_pt[e];
  for (int f = 0; f < nf; ++f) out.vertices[nv + ne + f] = face_pt[f];
  auto eid = [&](int a, int c) { return nv + edge_id.at({std::min(a, c), std::max(a, c)}); };
  for (int f = 0; f < nf; ++f) {
    const auto& q = m.quads[f];
    for (int k = 0; k < 4; ++k) {
      const int prev = q[(k + 3) % 4], cur = q[k], next = q[(k + 1) % 4];
      out.quads.push_back({cur, eid(cur, next), nv + ne + f, eid(prev, cur)});
      out.part.push_back(m.part[f]);
      const std::uint8_t s = m.corner_side[f][k];
      out.corner_side.push_back({s, s, s, s});
    }
  }
  return out;
}

}  // namespace palma::builtin
