#include "core/model/mesh_ops.h"

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <utility>

#include "core/common/error.h"

namespace palma {

namespace {

constexpr double kRadToDeg = 180.0 / 3.14159265358979323846;

// Disjoint sets with path halving; small and local, enough for meshes.
class UnionFind {
 public:
  explicit UnionFind(int n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<int> parent_;
};

void checkIndices(const MatrixX3i& faces, long count, const char* what) {
  if (faces.size() > 0 && (faces.minCoeff() < 0 || faces.maxCoeff() >= count))
    throw Error(std::string(what) + " index outside the " + std::to_string(count) + " available");
}

Eigen::Vector3d point(const MatrixX3f& v, int i) { return v.row(i).transpose().cast<double>(); }

// Linear interpolation between ranks, numpy.percentile's default. values is sorted in place.
double percentile(std::vector<double>& values, double p) {
  if (values.empty()) return 0.0;
  if (!(p >= 0.0 && p <= 100.0)) throw Error("percentile must be in [0, 100], got " + std::to_string(p));
  std::sort(values.begin(), values.end());
  const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
  const size_t lo = static_cast<size_t>(std::floor(rank));
  const size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (rank - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

// ---- Triangle-triangle intersection from orientation predicates (double precision) ----

double orient3d(const Eigen::Vector3d& a, const Eigen::Vector3d& b, const Eigen::Vector3d& c,
                const Eigen::Vector3d& d) {
  return (b - a).dot((c - a).cross(d - a));
}

double orient2d(const Eigen::Vector2d& a, const Eigen::Vector2d& b, const Eigen::Vector2d& c) {
  return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
}

bool onSegment2d(const Eigen::Vector2d& a, const Eigen::Vector2d& b, const Eigen::Vector2d& p) {
  return p.x() >= std::min(a.x(), b.x()) && p.x() <= std::max(a.x(), b.x()) &&
         p.y() >= std::min(a.y(), b.y()) && p.y() <= std::max(a.y(), b.y());
}

// Closed segments ab and cd share a point.
bool segmentsIntersect2d(const Eigen::Vector2d& a, const Eigen::Vector2d& b, const Eigen::Vector2d& c,
                         const Eigen::Vector2d& d) {
  const double d1 = orient2d(c, d, a), d2 = orient2d(c, d, b);
  const double d3 = orient2d(a, b, c), d4 = orient2d(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 == 0 && onSegment2d(c, d, a)) || (d2 == 0 && onSegment2d(c, d, b)) ||
         (d3 == 0 && onSegment2d(a, b, c)) || (d4 == 0 && onSegment2d(a, b, d));
}

// Point inside the closed, non-degenerate triangle abc.
bool pointInTriangle2d(const Eigen::Vector2d& p, const std::array<Eigen::Vector2d, 3>& t) {
  const double d0 = orient2d(t[0], t[1], p), d1 = orient2d(t[1], t[2], p), d2 = orient2d(t[2], t[0], p);
  return !((d0 < 0 || d1 < 0 || d2 < 0) && (d0 > 0 || d1 > 0 || d2 > 0));
}

// Drops the coordinate along which the plane normal is largest (projection keeps the 2D layout valid).
Eigen::Vector2d project(const Eigen::Vector3d& p, int drop) {
  return drop == 0   ? Eigen::Vector2d(p.y(), p.z())
         : drop == 1 ? Eigen::Vector2d(p.z(), p.x())
                     : Eigen::Vector2d(p.x(), p.y());
}

struct Triangle3 {
  std::array<Eigen::Vector3d, 3> p;
  int drop = 2;  // axis to drop for coplanar tests
};

bool segmentTriangle2d(const Eigen::Vector2d& a, const Eigen::Vector2d& b,
                       const std::array<Eigen::Vector2d, 3>& t) {
  if (pointInTriangle2d(a, t) || pointInTriangle2d(b, t)) return true;
  for (int k = 0; k < 3; ++k)
    if (segmentsIntersect2d(a, b, t[k], t[(k + 1) % 3])) return true;
  return false;
}

// Closed segment pq against the closed triangle t.
bool segmentTriangle3d(const Eigen::Vector3d& p, const Eigen::Vector3d& q, const Triangle3& t) {
  const double sp = orient3d(t.p[0], t.p[1], t.p[2], p), sq = orient3d(t.p[0], t.p[1], t.p[2], q);
  if ((sp > 0 && sq > 0) || (sp < 0 && sq < 0)) return false;
  if (sp == 0 && sq == 0) {
    const std::array<Eigen::Vector2d, 3> t2 = {project(t.p[0], t.drop), project(t.p[1], t.drop),
                                               project(t.p[2], t.drop)};
    return segmentTriangle2d(project(p, t.drop), project(q, t.drop), t2);
  }
  // The line pq passes through the triangle when it turns the same way around all three edges.
  const double s0 = orient3d(p, q, t.p[0], t.p[1]), s1 = orient3d(p, q, t.p[1], t.p[2]),
               s2 = orient3d(p, q, t.p[2], t.p[0]);
  return (s0 >= 0 && s1 >= 0 && s2 >= 0) || (s0 <= 0 && s1 <= 0 && s2 <= 0);
}

// Two non-coplanar triangles intersect iff an edge of one meets the other: both meet the line of the two
// planes in an interval bounded by edge points, and overlapping intervals contain such an end point.
bool trianglesIntersect(const Triangle3& a, const Triangle3& b) {
  double da[3], db[3];
  for (int k = 0; k < 3; ++k) {
    da[k] = orient3d(b.p[0], b.p[1], b.p[2], a.p[k]);
    db[k] = orient3d(a.p[0], a.p[1], a.p[2], b.p[k]);
  }
  const auto sameSide = [](const double* d) {
    return (d[0] > 0 && d[1] > 0 && d[2] > 0) || (d[0] < 0 && d[1] < 0 && d[2] < 0);
  };
  if (sameSide(da) || sameSide(db)) return false;
  if (da[0] == 0 && da[1] == 0 && da[2] == 0) {
    std::array<Eigen::Vector2d, 3> a2, b2;
    for (int k = 0; k < 3; ++k) {
      a2[k] = project(a.p[k], b.drop);
      b2[k] = project(b.p[k], b.drop);
    }
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j)
        if (segmentsIntersect2d(a2[i], a2[(i + 1) % 3], b2[j], b2[(j + 1) % 3])) return true;
    return pointInTriangle2d(a2[0], b2) || pointInTriangle2d(b2[0], a2);
  }
  for (int k = 0; k < 3; ++k) {
    if (segmentTriangle3d(a.p[k], a.p[(k + 1) % 3], b)) return true;
    if (segmentTriangle3d(b.p[k], b.p[(k + 1) % 3], a)) return true;
  }
  return false;
}

bool shareVertex(const MatrixX3i& f, int a, int b) {
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      if (f(a, i) == f(b, j)) return true;
  return false;
}

// Unit face normals [F,3] in double; degenerate faces get a zero normal.
Eigen::MatrixX3d unitFaceNormals(const MatrixX3f& v, const MatrixX3i& f) {
  Eigen::MatrixX3d n(f.rows(), 3);
  for (int i = 0; i < f.rows(); ++i) {
    const Eigen::Vector3d a = point(v, f(i, 0));
    const Eigen::Vector3d c = (point(v, f(i, 1)) - a).cross(point(v, f(i, 2)) - a);
    const double len = c.norm();
    n.row(i) = len > 0 ? Eigen::RowVector3d(c.transpose() / len) : Eigen::RowVector3d::Zero();
  }
  return n;
}

std::vector<double> dihedralAngles(const MatrixX3f& v, const MatrixX3i& f) {
  checkIndices(f, v.rows(), "face");
  const auto edges = uniqueEdges(f);
  const MatrixX3i ids = faceEdgeIds(f, edges);
  std::vector<int> count(edges.size(), 0);
  std::vector<std::array<int, 2>> faces_of(edges.size(), {-1, -1});
  for (int i = 0; i < f.rows(); ++i)
    for (int k = 0; k < 3; ++k) {
      const int e = ids(i, k);
      if (count[e] < 2) faces_of[e][count[e]] = i;
      ++count[e];
    }
  const Eigen::MatrixX3d n = unitFaceNormals(v, f);
  std::vector<double> angles;
  for (size_t e = 0; e < edges.size(); ++e) {
    if (count[e] != 2) continue;
    const Eigen::Vector3d n0 = n.row(faces_of[e][0]), n1 = n.row(faces_of[e][1]);
    if (n0.isZero() || n1.isZero()) continue;
    angles.push_back(std::atan2(n0.cross(n1).norm(), n0.dot(n1)) * kRadToDeg);
  }
  return angles;
}

// Corner angles (radians) of a triangle given its edge vectors; false when an edge has zero length.
template <typename Vec>
bool cornerAngles(const std::array<Vec, 3>& p, double (&out)[3]) {
  for (int k = 0; k < 3; ++k) {
    const Vec a = p[(k + 1) % 3] - p[k], b = p[(k + 2) % 3] - p[k];
    if (a.squaredNorm() == 0 || b.squaredNorm() == 0) return false;
    double cross;
    if constexpr (Vec::RowsAtCompileTime == 2)
      cross = std::abs(a.x() * b.y() - a.y() * b.x());
    else
      cross = a.cross(b).norm();
    out[k] = std::atan2(cross, a.dot(b));
  }
  return true;
}

}  // namespace

std::vector<std::array<int, 2>> uniqueEdges(const MatrixX3i& faces) {
  std::vector<std::array<int, 2>> edges;
  edges.reserve(3 * faces.rows());
  for (int i = 0; i < faces.rows(); ++i)
    for (int k = 0; k < 3; ++k) {
      const int a = faces(i, k), b = faces(i, (k + 1) % 3);
      edges.push_back({std::min(a, b), std::max(a, b)});
    }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  return edges;
}

MatrixX3i faceEdgeIds(const MatrixX3i& faces, const std::vector<std::array<int, 2>>& edges) {
  MatrixX3i ids(faces.rows(), 3);
  for (int i = 0; i < faces.rows(); ++i)
    for (int k = 0; k < 3; ++k) {
      // Column k is the edge opposite corner k (PyTorch3D: e12, e20, e01).
      const int a = faces(i, (k + 1) % 3), b = faces(i, (k + 2) % 3);
      const std::array<int, 2> key = {std::min(a, b), std::max(a, b)};
      const auto it = std::lower_bound(edges.begin(), edges.end(), key);
      if (it == edges.end() || *it != key)
        throw Error("faceEdgeIds: an edge of face " + std::to_string(i) + " is missing from the edge list");
      ids(i, k) = static_cast<int>(it - edges.begin());
    }
  return ids;
}

ManifoldReport checkManifold(const MatrixX3i& faces, int num_vertices) {
  checkIndices(faces, num_vertices, "face");
  const int nf = static_cast<int>(faces.rows());
  ManifoldReport r;
  const auto edges = uniqueEdges(faces);
  const MatrixX3i ids = faceEdgeIds(faces, edges);
  std::vector<int> count(edges.size(), 0);
  for (int i = 0; i < nf; ++i)
    for (int k = 0; k < 3; ++k) ++count[ids(i, k)];
  for (const int c : count) {
    r.boundary_edges += c == 1;
    r.nonmanifold_edges += c > 2;
  }
  r.closed = nf > 0 && r.boundary_edges == 0;
  r.edge_manifold = r.nonmanifold_edges == 0;

  // Two faces traversing the same directed edge have opposite orientations there.
  std::vector<std::pair<int, int>> directed;
  directed.reserve(3 * nf);
  for (int i = 0; i < nf; ++i)
    for (int k = 0; k < 3; ++k) directed.emplace_back(faces(i, k), faces(i, (k + 1) % 3));
  std::sort(directed.begin(), directed.end());
  r.consistently_oriented = std::adjacent_find(directed.begin(), directed.end()) == directed.end();

  // Faces around each vertex (CSR), then the fans: faces around v joined through edges that contain v.
  std::vector<int> start(num_vertices + 1, 0), around(3 * nf);
  for (int i = 0; i < nf; ++i)
    for (int k = 0; k < 3; ++k) ++start[faces(i, k) + 1];
  std::partial_sum(start.begin(), start.end(), start.begin());
  std::vector<int> fill(start.begin(), start.end() - 1);
  for (int i = 0; i < nf; ++i)
    for (int k = 0; k < 3; ++k) around[fill[faces(i, k)]++] = i;
  r.vertex_manifold = true;
  std::vector<std::pair<int, int>> spokes;  // (other vertex, local face index)
  for (int vtx = 0; vtx < num_vertices && r.vertex_manifold; ++vtx) {
    const int n = start[vtx + 1] - start[vtx];
    if (n <= 1) continue;
    spokes.clear();
    for (int l = 0; l < n; ++l) {
      const int fi = around[start[vtx] + l];
      for (int k = 0; k < 3; ++k)
        if (faces(fi, k) != vtx) spokes.emplace_back(faces(fi, k), l);
    }
    std::sort(spokes.begin(), spokes.end());
    UnionFind uf(n);
    for (size_t s = 1; s < spokes.size(); ++s)
      if (spokes[s].first == spokes[s - 1].first) uf.unite(spokes[s].second, spokes[s - 1].second);
    for (int l = 1; l < n; ++l)
      if (uf.find(l) != 0) r.vertex_manifold = false;
  }

  UnionFind vertices(num_vertices);
  for (const auto& e : edges) vertices.unite(e[0], e[1]);
  for (int vtx = 0; vtx < num_vertices; ++vtx) r.components += vertices.find(vtx) == vtx;
  r.euler_characteristic = num_vertices - static_cast<int>(edges.size()) + nf;
  return r;
}

double signedVolume(const MatrixX3f& v, const MatrixX3i& f) {
  checkIndices(f, v.rows(), "face");
  double six_volume = 0.0;
  for (int i = 0; i < f.rows(); ++i)
    six_volume += point(v, f(i, 0)).dot(point(v, f(i, 1)).cross(point(v, f(i, 2))));
  return six_volume / 6.0;
}

std::vector<std::array<int, 2>> selfIntersectingPairs(const MatrixX3f& v, const MatrixX3i& f) {
  checkIndices(f, v.rows(), "face");
  const int nf = static_cast<int>(f.rows());
  std::vector<std::array<int, 2>> pairs;
  if (nf < 2) return pairs;
  std::vector<Triangle3> tris(nf);
  std::vector<Eigen::AlignedBox3d> boxes(nf);
  std::vector<char> usable(nf, 1);  // degenerate (zero-area) triangles are skipped
  Eigen::AlignedBox3d all;
  double extent_sum = 0.0;
  for (int i = 0; i < nf; ++i) {
    for (int k = 0; k < 3; ++k) {
      tris[i].p[k] = point(v, f(i, k));
      boxes[i].extend(tris[i].p[k]);
    }
    const Eigen::Vector3d n = (tris[i].p[1] - tris[i].p[0]).cross(tris[i].p[2] - tris[i].p[0]);
    usable[i] = n.squaredNorm() > 0;
    n.cwiseAbs().maxCoeff(&tris[i].drop);
    all.extend(boxes[i]);
    extent_sum += boxes[i].sizes().maxCoeff();
  }

  // Uniform grid with cells about one triangle wide, capped at a few cells per triangle.
  const Eigen::Vector3d size = all.sizes();
  double cell = std::max(extent_sum / nf, 1e-12 * std::max(1.0, size.maxCoeff()));
  Eigen::Vector3i dims;
  for (;;) {
    for (int k = 0; k < 3; ++k) dims[k] = std::max(1, static_cast<int>(std::ceil(size[k] / cell)));
    if (static_cast<double>(dims[0]) * dims[1] * dims[2] <= 4.0 * nf + 64) break;
    cell *= 1.25;
  }
  const auto cellOf = [&](const Eigen::Vector3d& p) {
    Eigen::Vector3i c;
    for (int k = 0; k < 3; ++k)
      c[k] = std::clamp(static_cast<int>((p[k] - all.min()[k]) / cell), 0, dims[k] - 1);
    return c;
  };
  const auto linear = [&](const Eigen::Vector3i& c) { return (c[2] * dims[1] + c[1]) * dims[0] + c[0]; };
  const int num_cells = dims[0] * dims[1] * dims[2];
  std::vector<int> start(num_cells + 1, 0);
  std::vector<int> members;
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int i = 0; i < nf; ++i) {
      if (!usable[i]) continue;
      const Eigen::Vector3i lo = cellOf(boxes[i].min()), hi = cellOf(boxes[i].max());
      for (int z = lo[2]; z <= hi[2]; ++z)
        for (int y = lo[1]; y <= hi[1]; ++y)
          for (int x = lo[0]; x <= hi[0]; ++x) {
            const int c = linear({x, y, z});
            if (pass == 0)
              ++start[c + 1];
            else
              members[fill[c]++] = i;
          }
    }
    if (pass == 0) {
      std::partial_sum(start.begin(), start.end(), start.begin());
      members.resize(start.back());
    }
  }

  for (int c = 0; c < num_cells; ++c)
    for (int s = start[c]; s < start[c + 1]; ++s)
      for (int t = s + 1; t < start[c + 1]; ++t) {
        const int a = members[s], b = members[t];
        if (!boxes[a].intersects(boxes[b]) || shareVertex(f, a, b)) continue;
        // Test each pair once: in the cell holding the low corner of the boxes' overlap.
        if (linear(cellOf(boxes[a].min().cwiseMax(boxes[b].min()))) != c) continue;
        if (trianglesIntersect(tris[a], tris[b])) pairs.push_back({std::min(a, b), std::max(a, b)});
      }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

int countSelfIntersections(const MatrixX3f& v, const MatrixX3i& f) {
  return static_cast<int>(selfIntersectingPairs(v, f).size());
}

MatrixX3f vertexNormalsEigen(const MatrixX3f& v, const MatrixX3i& f) {
  checkIndices(f, v.rows(), "face");
  Eigen::MatrixX3d acc = Eigen::MatrixX3d::Zero(v.rows(), 3);
  for (int i = 0; i < f.rows(); ++i) {
    const Eigen::Vector3d a = point(v, f(i, 0));
    // The cross product's length is twice the area: area weighting for free.
    const Eigen::RowVector3d n = (point(v, f(i, 1)) - a).cross(point(v, f(i, 2)) - a).transpose();
    for (int k = 0; k < 3; ++k) acc.row(f(i, k)) += n;
  }
  MatrixX3f out(v.rows(), 3);
  for (int i = 0; i < v.rows(); ++i) {
    const double len = acc.row(i).norm();
    out.row(i) = len > 0 ? Eigen::RowVector3f((acc.row(i) / len).cast<float>()) : Eigen::RowVector3f::Zero();
  }
  return out;
}

double maxDihedralAngleDeg(const MatrixX3f& v, const MatrixX3i& f) {
  const std::vector<double> angles = dihedralAngles(v, f);
  return angles.empty() ? 0.0 : *std::max_element(angles.begin(), angles.end());
}

double dihedralAnglePercentile(const MatrixX3f& v, const MatrixX3i& f, double p) {
  std::vector<double> angles = dihedralAngles(v, f);
  return percentile(angles, p);
}

UvReport analyseUvs(const MatrixX3f& v, const MatrixX3i& f, const MatrixX2f& uv, const MatrixX3i& uv_f,
                    int raster_resolution) {
  if (f.rows() != uv_f.rows())
    throw Error("analyseUvs: " + std::to_string(uv_f.rows()) + " UV faces for " + std::to_string(f.rows()) +
                " faces");
  if (raster_resolution < 1) throw Error("analyseUvs: raster resolution must be positive");
  checkIndices(f, v.rows(), "face");
  checkIndices(uv_f, uv.rows(), "UV face");
  const int nf = static_cast<int>(f.rows());
  UvReport r;
  r.all_inside_unit_square = true;
  for (int i = 0; i < nf; ++i)
    for (int k = 0; k < 3; ++k) {
      const auto t = uv.row(uv_f(i, k));
      if (!(t.x() >= 0.0f && t.x() <= 1.0f && t.y() >= 0.0f && t.y() <= 1.0f))
        r.all_inside_unit_square = false;
    }

  // Coverage in 8-bit sub-texel fixed point: integer edge functions are exact, so the fill rule decides
  // shared edges the same way from both sides. Texel centres are at 256 * i + 128.
  const int64_t res = raster_resolution;
  const double scale = 256.0 * static_cast<double>(res);
  std::vector<uint8_t> covered(static_cast<size_t>(res * res), 0);  // saturates at 2
  const auto floorDiv = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
  for (int i = 0; i < nf; ++i) {
    std::array<int64_t, 3> x, y;
    for (int k = 0; k < 3; ++k) {
      // The clamp only keeps wild UVs from overflowing; [0,1] atlases are untouched.
      x[k] = std::llround(std::clamp(static_cast<double>(uv(uv_f(i, k), 0)), -1e3, 1e3) * scale);
      y[k] = std::llround(std::clamp(static_cast<double>(uv(uv_f(i, k), 1)), -1e3, 1e3) * scale);
    }
    const int64_t area2 = (x[1] - x[0]) * (y[2] - y[0]) - (y[1] - y[0]) * (x[2] - x[0]);
    if (area2 == 0) continue;
    if (area2 < 0) {  // flipped triangles still cover texels; rasterise them counter-clockwise
      std::swap(x[1], x[2]);
      std::swap(y[1], y[2]);
    }
    const int64_t x0 = std::max<int64_t>(0, -floorDiv(-(*std::min_element(x.begin(), x.end()) - 128), 256));
    const int64_t x1 = std::min<int64_t>(res - 1, floorDiv(*std::max_element(x.begin(), x.end()) - 128, 256));
    const int64_t y0 = std::max<int64_t>(0, -floorDiv(-(*std::min_element(y.begin(), y.end()) - 128), 256));
    const int64_t y1 = std::min<int64_t>(res - 1, floorDiv(*std::max_element(y.begin(), y.end()) - 128, 256));
    for (int64_t ty = y0; ty <= y1; ++ty)
      for (int64_t tx = x0; tx <= x1; ++tx) {
        const int64_t px = 256 * tx + 128, py = 256 * ty + 128;
        bool inside = true;
        for (int k = 0; k < 3 && inside; ++k) {
          const int64_t dx = x[(k + 1) % 3] - x[k], dy = y[(k + 1) % 3] - y[k];
          const int64_t w = dx * (py - y[k]) - dy * (px - x[k]);
          // Exactly one of an edge and its reverse owns the points on it.
          const bool owns = dy > 0 || (dy == 0 && dx < 0);
          inside = w > 0 || (w == 0 && owns);
        }
        if (inside) {
          uint8_t& c = covered[static_cast<size_t>(ty * res + tx)];
          c = static_cast<uint8_t>(std::min(2, c + 1));
        }
      }
  }
  int64_t any = 0, twice = 0;
  for (const uint8_t c : covered) {
    any += c >= 1;
    twice += c >= 2;
  }
  r.utilisation = static_cast<double>(any) / static_cast<double>(res * res);
  r.overlapping_texels = static_cast<int>(twice);

  const std::vector<int> island = uvIslandOfFace(uv_f, static_cast<int>(uv.rows()));
  r.islands = island.empty() ? 0 : *std::max_element(island.begin(), island.end()) + 1;

  std::vector<double> distortion;
  distortion.reserve(nf);
  for (int i = 0; i < nf; ++i) {
    std::array<Eigen::Vector3d, 3> p3;
    std::array<Eigen::Vector2d, 3> p2;
    for (int k = 0; k < 3; ++k) {
      p3[k] = point(v, f(i, k));
      p2[k] = uv.row(uv_f(i, k)).transpose().cast<double>();
    }
    if (orient2d(p2[0], p2[1], p2[2]) < 0) ++r.flipped_triangles;
    double a3[3], a2[3];
    if (!cornerAngles(p3, a3) || !cornerAngles(p2, a2)) continue;
    distortion.push_back((std::abs(a3[0] - a2[0]) + std::abs(a3[1] - a2[1]) + std::abs(a3[2] - a2[2])) / 3.0 *
                         kRadToDeg);
  }
  if (!distortion.empty()) {
    r.mean_angle_distortion_deg =
        std::accumulate(distortion.begin(), distortion.end(), 0.0) / static_cast<double>(distortion.size());
    r.max_angle_distortion_deg = *std::max_element(distortion.begin(), distortion.end());
    r.p95_angle_distortion_deg = percentile(distortion, 95.0);
  }
  return r;
}

std::vector<int> uvIslandOfFace(const MatrixX3i& uv_faces, int num_uvs) {
  checkIndices(uv_faces, num_uvs, "UV face");
  const int nf = static_cast<int>(uv_faces.rows());
  std::vector<std::pair<int64_t, int>> keyed;  // (undirected UV edge key, face)
  keyed.reserve(3 * nf);
  for (int i = 0; i < nf; ++i)
    for (int k = 0; k < 3; ++k) {
      const int64_t a = uv_faces(i, k), b = uv_faces(i, (k + 1) % 3);
      keyed.emplace_back(std::min(a, b) * num_uvs + std::max(a, b), i);
    }
  std::sort(keyed.begin(), keyed.end());
  UnionFind uf(nf);
  for (size_t s = 1; s < keyed.size(); ++s)
    if (keyed[s].first == keyed[s - 1].first) uf.unite(keyed[s].second, keyed[s - 1].second);
  // Roots are the smallest face of each island, so numbering by root order = order of first faces.
  std::vector<int> id(nf, -1), island(nf);
  int next = 0;
  for (int i = 0; i < nf; ++i) {
    const int root = uf.find(i);
    if (id[root] < 0) id[root] = next++;
    island[i] = id[root];
  }
  return island;
}

}  // namespace palma
