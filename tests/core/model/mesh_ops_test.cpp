#include "core/model/mesh_ops.h"

#include <chrono>
#include <cmath>

#include "core/common/error.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

struct Mesh {
  MatrixX3f v;
  MatrixX3i f;
};

// Faces from a flat list of corner indices, three per face.
MatrixX3i facesOf(std::initializer_list<int> corners) {
  MatrixX3i f(static_cast<long>(corners.size() / 3), 3);
  std::copy(corners.begin(), corners.end(), f.data());
  return f;
}

Mesh tetrahedron() {
  Mesh m;
  m.v.resize(4, 3);
  m.v << 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1;
  m.f = facesOf({0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3});
  return m;
}

// Unit cube [0,1]^3, vertex index = x + 2y + 4z, 12 outward triangles.
Mesh unitCube() {
  Mesh m;
  m.v.resize(8, 3);
  for (int i = 0; i < 8; ++i) m.v.row(i) << float(i & 1), float((i >> 1) & 1), float((i >> 2) & 1);
  m.f = facesOf({0, 2, 1, 1, 2, 3,    // z = 0
                 4, 5, 7, 4, 7, 6,    // z = 1
                 0, 1, 5, 0, 5, 4,    // y = 0
                 2, 6, 7, 2, 7, 3,    // y = 1
                 0, 4, 6, 0, 6, 2,    // x = 0
                 1, 3, 7, 1, 7, 5});  // x = 1
  return m;
}

// Octahedron with vertices +x, -x, +y, -y, +z, -z, outward.
Mesh octahedron() {
  Mesh m;
  m.v.resize(6, 3);
  m.v << 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1;
  m.f.resize(8, 3);
  int i = 0;
  for (int sx = 0; sx < 2; ++sx)
    for (int sy = 0; sy < 2; ++sy)
      for (int sz = 0; sz < 2; ++sz) {
        const int x = sx, y = 2 + sy, z = 4 + sz;
        // One flipped axis mirrors the octant's triangle, so its winding flips too.
        if ((sx + sy + sz) % 2 == 0)
          m.f.row(i++) << x, y, z;
        else
          m.f.row(i++) << x, z, y;
      }
  return m;
}

// Latitude-longitude sphere with poles, outward: 2 * lon * (lat - 1) triangles.
Mesh uvSphere(int lat, int lon, float radius, float shift_x) {
  Mesh m;
  const int n = 2 + (lat - 1) * lon;
  m.v.resize(n, 3);
  m.v.row(0) << shift_x, 0, radius;
  m.v.row(n - 1) << shift_x, 0, -radius;
  for (int i = 1; i < lat; ++i)
    for (int j = 0; j < lon; ++j) {
      const double th = M_PI * i / lat, ph = 2 * M_PI * j / lon;
      m.v.row(1 + (i - 1) * lon + j) << float(radius * std::sin(th) * std::cos(ph) + shift_x),
          float(radius * std::sin(th) * std::sin(ph)), float(radius * std::cos(th));
    }
  const auto ring = [&](int i, int j) { return 1 + (i - 1) * lon + (j % lon); };
  m.f.resize(2 * lon * (lat - 1), 3);
  int r = 0;
  for (int j = 0; j < lon; ++j) {
    m.f.row(r++) << 0, ring(1, j), ring(1, j + 1);
    m.f.row(r++) << ring(lat - 1, j), n - 1, ring(lat - 1, j + 1);
  }
  for (int i = 1; i < lat - 1; ++i)
    for (int j = 0; j < lon; ++j) {
      m.f.row(r++) << ring(i, j), ring(i + 1, j), ring(i + 1, j + 1);
      m.f.row(r++) << ring(i, j), ring(i + 1, j + 1), ring(i, j + 1);
    }
  return m;
}

Mesh concat(const Mesh& a, const Mesh& b) {
  Mesh m;
  m.v.resize(a.v.rows() + b.v.rows(), 3);
  m.v << a.v, b.v;
  m.f.resize(a.f.rows() + b.f.rows(), 3);
  m.f << a.f, (b.f.array() + static_cast<int>(a.v.rows())).matrix();
  return m;
}

Mesh twoTriangles(std::array<float, 9> a, std::array<float, 9> b) {
  Mesh m;
  m.v.resize(6, 3);
  for (int i = 0; i < 3; ++i) {
    m.v.row(i) << a[3 * i], a[3 * i + 1], a[3 * i + 2];
    m.v.row(3 + i) << b[3 * i], b[3 * i + 1], b[3 * i + 2];
  }
  m.f = facesOf({0, 1, 2, 3, 4, 5});
  return m;
}

MatrixX2f uvsOf(std::initializer_list<std::array<float, 2>> rows) {
  MatrixX2f uv(static_cast<long>(rows.size()), 2);
  long i = 0;
  for (const auto& r : rows) uv.row(i++) << r[0], r[1];
  return uv;
}

// The unit square in z = 0 as two triangles split along the x + y = 1 diagonal, on which texel centres
// of an even raster lie exactly (the fill rule's hard case).
Mesh unitSquare() {
  Mesh m;
  m.v.resize(4, 3);
  m.v << 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0;
  m.f = facesOf({0, 1, 3, 1, 2, 3});
  return m;
}

}  // namespace

PALMA_TEST(uniqueEdgesAreSortedMinMaxPairs) {
  const auto edges = uniqueEdges(tetrahedron().f);
  const std::vector<std::array<int, 2>> expected = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};
  PALMA_CHECK(edges == expected);
  PALMA_CHECK(uniqueEdges(unitCube().f).size() == 18u);
}

PALMA_TEST(faceEdgeIdsListEdgesOppositeEachCorner) {
  // Face (0,2,1) is v0 = 0, v1 = 2, v2 = 1: e12 = (1,2) = id 3, e20 = (0,1) = id 0, e01 = (0,2) = id 1.
  const Mesh t = tetrahedron();
  const MatrixX3i ids = faceEdgeIds(t.f, uniqueEdges(t.f));
  PALMA_CHECK(ids(0, 0) == 3 && ids(0, 1) == 0 && ids(0, 2) == 1);
}

PALMA_TEST(tetrahedronIsClosedOrientedManifoldWithEulerTwo) {
  const ManifoldReport r = checkManifold(tetrahedron().f, 4);
  PALMA_CHECK(r.closed && r.edge_manifold && r.vertex_manifold && r.consistently_oriented);
  PALMA_CHECK(r.boundary_edges == 0 && r.nonmanifold_edges == 0);
  PALMA_CHECK(r.euler_characteristic == 2);
  PALMA_CHECK(r.components == 1);
  PALMA_CHECK_NEAR(signedVolume(tetrahedron().v, tetrahedron().f), 1.0 / 6.0, 1e-12);
}

PALMA_TEST(unitCubeIsClosedWithVolumeOne) {
  const Mesh c = unitCube();
  const ManifoldReport r = checkManifold(c.f, 8);
  PALMA_CHECK(r.closed && r.edge_manifold && r.vertex_manifold && r.consistently_oriented);
  PALMA_CHECK(r.euler_characteristic == 2 && r.components == 1);
  PALMA_CHECK_NEAR(signedVolume(c.v, c.f), 1.0, 1e-12);
  MatrixX3i inside_out = c.f;
  inside_out.col(1).swap(inside_out.col(2));
  PALMA_CHECK_NEAR(signedVolume(c.v, inside_out), -1.0, 1e-12);
  PALMA_CHECK(checkManifold(inside_out, 8).consistently_oriented);
}

PALMA_TEST(openSquareHasFourBoundaryEdges) {
  const ManifoldReport r = checkManifold(unitSquare().f, 4);
  PALMA_CHECK(!r.closed);
  PALMA_CHECK(r.boundary_edges == 4 && r.nonmanifold_edges == 0);
  PALMA_CHECK(r.edge_manifold && r.vertex_manifold && r.consistently_oriented);
  PALMA_CHECK(r.euler_characteristic == 1);  // a disc
}

PALMA_TEST(cubeWithOneFlippedTriangleIsNotConsistentlyOriented) {
  Mesh c = unitCube();
  c.f.row(2) << 4, 7, 5;  // top triangle (4,5,7) reversed; it contributes 1/6 to the volume
  const ManifoldReport r = checkManifold(c.f, 8);
  PALMA_CHECK(r.closed && r.edge_manifold);
  PALMA_CHECK(!r.consistently_oriented);
  PALMA_CHECK_NEAR(signedVolume(c.v, c.f), 1.0 - 2.0 / 6.0, 1e-12);
}

PALMA_TEST(threeFacesOnOneEdgeAreNonManifold) {
  const ManifoldReport r = checkManifold(facesOf({0, 1, 2, 1, 0, 3, 0, 1, 4}), 5);
  PALMA_CHECK(!r.edge_manifold);
  PALMA_CHECK(r.nonmanifold_edges == 1);
  PALMA_CHECK(r.boundary_edges == 6);
}

PALMA_TEST(bowtieVertexIsNotVertexManifold) {
  const ManifoldReport r = checkManifold(facesOf({0, 1, 2, 0, 3, 4}), 5);
  PALMA_CHECK(r.edge_manifold);
  PALMA_CHECK(!r.vertex_manifold);
  PALMA_CHECK(r.components == 1);
}

PALMA_TEST(unusedVertexCountsAsComponent) {
  const ManifoldReport r = checkManifold(tetrahedron().f, 5);
  PALMA_CHECK(r.components == 2);
  PALMA_CHECK(r.euler_characteristic == 3);
  PALMA_CHECK_THROWS(checkManifold(tetrahedron().f, 3), Error, "index");
}

PALMA_TEST(closedSolidsHaveNoSelfIntersections) {
  PALMA_CHECK(countSelfIntersections(tetrahedron().v, tetrahedron().f) == 0);
  PALMA_CHECK(countSelfIntersections(unitCube().v, unitCube().f) == 0);
  PALMA_CHECK(countSelfIntersections(octahedron().v, octahedron().f) == 0);
  // A flat mesh: coplanar neighbours that share no vertex must not count.
  PALMA_CHECK(countSelfIntersections(unitSquare().v, unitSquare().f) == 0);
}

PALMA_TEST(piercingTrianglesCountOnce) {
  const Mesh m = twoTriangles({0, 0, 0, 2, 0, 0, 0, 2, 0}, {0.5f, 0.5f, -1, 1.5f, 0.5f, 0, 0.5f, 0.5f, 1});
  PALMA_CHECK(countSelfIntersections(m.v, m.f) == 1);
  const auto pairs = selfIntersectingPairs(m.v, m.f);
  PALMA_CHECK(pairs.size() == 1 && pairs[0][0] == 0 && pairs[0][1] == 1);
  const Mesh apart = twoTriangles({0, 0, 0, 2, 0, 0, 0, 2, 0}, {0.5f, 0.5f, 4, 1.5f, 0.5f, 5, 0.5f, 0.5f, 6});
  PALMA_CHECK(countSelfIntersections(apart.v, apart.f) == 0);
}

PALMA_TEST(coplanarAndEdgeInPlaneContactsCount) {
  const Mesh overlap = twoTriangles({0, 0, 0, 2, 0, 0, 0, 2, 0}, {0.5f, 0.5f, 0, 3, 0.5f, 0, 0.5f, 3, 0});
  PALMA_CHECK(countSelfIntersections(overlap.v, overlap.f) == 1);
  const Mesh disjoint = twoTriangles({0, 0, 0, 1, 0, 0, 0, 1, 0}, {2, 2, 0, 3, 2, 0, 2, 3, 0});
  PALMA_CHECK(countSelfIntersections(disjoint.v, disjoint.f) == 0);
  // The second triangle stands on the first along an edge segment inside it.
  const Mesh standing = twoTriangles({0, 0, 0, 2, 0, 0, 0, 2, 0}, {0.2f, 0.2f, 0, 1, 0.5f, 0, 0.5f, 0.5f, 1});
  PALMA_CHECK(countSelfIntersections(standing.v, standing.f) == 1);
}

PALMA_TEST(trianglesSharingAVertexAreNotCounted) {
  Mesh m = twoTriangles({0, 0, 0, 2, 0, 0, 0, 2, 0}, {0, 0, 0, 1, 1, -1, 1, 1, 1});
  m.f(1, 0) = 0;  // the second triangle reuses vertex 0 and cuts through the first
  PALMA_CHECK(countSelfIntersections(m.v, m.f) == 0);
}

PALMA_TEST(gridFindsTheSamePairsAsBruteForce) {
  const Mesh a = uvSphere(12, 12, 1.0f, 0.0f), b = uvSphere(12, 12, 0.8f, 1.1f);
  const Mesh both = concat(a, b);
  int brute = 0;
  for (int i = 0; i < a.f.rows(); ++i)
    for (int j = 0; j < b.f.rows(); ++j) {
      Mesh pair;
      pair.v.resize(6, 3);
      pair.f = facesOf({0, 1, 2, 3, 4, 5});
      for (int k = 0; k < 3; ++k) {
        pair.v.row(k) = a.v.row(a.f(i, k));
        pair.v.row(3 + k) = b.v.row(b.f(j, k));
      }
      brute += countSelfIntersections(pair.v, pair.f);
    }
  PALMA_CHECK(brute > 0);
  PALMA_CHECK(countSelfIntersections(both.v, both.f) == brute);
}

PALMA_TEST(selfIntersectionsOfEightThousandTrianglesTakeWellUnderASecond) {
  const Mesh s = uvSphere(64, 64, 0.05f, 0.0f);
  PALMA_CHECK(s.f.rows() == 8064);
  PALMA_CHECK(checkManifold(s.f, static_cast<int>(s.v.rows())).euler_characteristic == 2);
  PALMA_CHECK(signedVolume(s.v, s.f) > 0);
  const auto start = std::chrono::steady_clock::now();
  PALMA_CHECK(countSelfIntersections(s.v, s.f) == 0);
  const Mesh two = concat(s, uvSphere(64, 64, 0.05f, 0.05f));
  PALMA_CHECK(countSelfIntersections(two.v, two.f) > 0);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  PALMA_CHECK_MSG(seconds < 1.0, seconds << " s");
}

PALMA_TEST(octahedronVertexNormalsPointAlongTheAxes) {
  const Mesh o = octahedron();
  const MatrixX3f n = vertexNormalsEigen(o.v, o.f);
  PALMA_CHECK((n - o.v).cwiseAbs().maxCoeff() < 1e-6f);
}

PALMA_TEST(dihedralAnglesOfCubeAndOctahedron) {
  const Mesh c = unitCube();
  PALMA_CHECK_NEAR(maxDihedralAngleDeg(c.v, c.f), 90.0, 1e-9);
  // 6 flat diagonals and 12 right-angle edges.
  PALMA_CHECK_NEAR(dihedralAnglePercentile(c.v, c.f, 0.0), 0.0, 1e-9);
  PALMA_CHECK_NEAR(dihedralAnglePercentile(c.v, c.f, 100.0 * 5.5 / 17.0), 45.0, 1e-9);
  PALMA_CHECK_NEAR(dihedralAnglePercentile(c.v, c.f, 50.0), 90.0, 1e-9);
  const Mesh o = octahedron();
  PALMA_CHECK_NEAR(maxDihedralAngleDeg(o.v, o.f), std::acos(1.0 / 3.0) * 180.0 / M_PI, 1e-6);
  PALMA_CHECK_THROWS(dihedralAnglePercentile(c.v, c.f, 101.0), Error, "percentile");
}

PALMA_TEST(squareAtlasSharingADiagonalCoversEveryTexelOnce) {
  const Mesh s = unitSquare();
  const MatrixX2f uv = uvsOf({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
  const UvReport r = analyseUvs(s.v, s.f, uv, s.f, 256);
  PALMA_CHECK(r.all_inside_unit_square);
  PALMA_CHECK(r.utilisation == 1.0);
  PALMA_CHECK(r.overlapping_texels == 0);
  PALMA_CHECK(r.islands == 1);
  PALMA_CHECK(r.flipped_triangles == 0);
  PALMA_CHECK_NEAR(r.max_angle_distortion_deg, 0.0, 1e-4);
}

PALMA_TEST(seamAlongADiagonalMakesTwoIslandsWithoutOverlap) {
  const Mesh s = unitSquare();
  const MatrixX2f uv = uvsOf({{0, 0}, {1, 0}, {0, 1}, {1, 0}, {1, 1}, {0, 1}});
  const MatrixX3i uv_f = facesOf({0, 1, 2, 3, 4, 5});
  const UvReport r = analyseUvs(s.v, s.f, uv, uv_f, 256);
  PALMA_CHECK(r.islands == 2);
  PALMA_CHECK(r.overlapping_texels == 0);
  PALMA_CHECK(r.utilisation == 1.0);
  PALMA_CHECK(uvIslandOfFace(uv_f, 6) == (std::vector<int>{0, 1}));
}

PALMA_TEST(overlappingUvTrianglesAreReported) {
  const Mesh s = unitSquare();
  const MatrixX2f uv = uvsOf({{0, 0}, {1, 0}, {0, 1}, {0, 0}, {1, 0}, {0, 1}});
  const UvReport r = analyseUvs(s.v, s.f, uv, facesOf({0, 1, 2, 3, 4, 5}), 256);
  PALMA_CHECK_NEAR(r.utilisation, 0.5, 1e-2);
  PALMA_CHECK_NEAR(r.overlapping_texels, 0.5 * 256 * 256, 0.01 * 256 * 256);
  PALMA_CHECK(r.islands == 2);
}

PALMA_TEST(knownLayoutUtilisationFlipsAndOutsideUvs) {
  const Mesh t = twoTriangles({0, 0, 0, 1, 0, 0, 0, 1, 0}, {0, 0, 1, 1, 0, 1, 0, 1, 1});
  // First: a right triangle of area 1/8, counter-clockwise. Second: clockwise and partly outside.
  const MatrixX2f uv = uvsOf({{0, 0}, {0.5f, 0}, {0, 0.5f}, {0.9f, 0.9f}, {0.9f, 1.2f}, {1.0f, 0.9f}});
  const UvReport r = analyseUvs(t.v, t.f, uv, t.f, 512);
  PALMA_CHECK(!r.all_inside_unit_square);
  PALMA_CHECK(r.flipped_triangles == 1);
  PALMA_CHECK_NEAR(r.utilisation, 0.125 + 0.1 * (0.1 + 0.1 / 3.0) / 2.0, 1e-2);  // + the part below v = 1
  PALMA_CHECK(r.overlapping_texels == 0);
}

PALMA_TEST(angleDistortionOfEquilateralMappedToRightTriangle) {
  Mesh t;
  t.v.resize(3, 3);
  t.v << 0, 0, 0, 1, 0, 0, 0.5f, std::sqrt(3.0f) / 2.0f, 0;
  t.f = facesOf({0, 1, 2});
  // Corners 60/60/60 in 3D become 90/45/45: |differences| 30, 15, 15, mean 20 degrees.
  const UvReport r = analyseUvs(t.v, t.f, uvsOf({{0, 0}, {1, 0}, {0, 1}}), t.f, 64);
  PALMA_CHECK_NEAR(r.mean_angle_distortion_deg, 20.0, 1e-4);
  PALMA_CHECK_NEAR(r.max_angle_distortion_deg, 20.0, 1e-4);
  PALMA_CHECK_NEAR(r.p95_angle_distortion_deg, 20.0, 1e-4);
}

PALMA_TEST(uvIslandsAreNumberedByFirstFace) {
  // Faces 0 and 2 share the UV edge (1,2); face 1 is alone.
  const MatrixX3i uv_f = facesOf({0, 1, 2, 3, 4, 5, 2, 1, 6});
  PALMA_CHECK(uvIslandOfFace(uv_f, 7) == (std::vector<int>{0, 1, 0}));
  PALMA_CHECK_THROWS(uvIslandOfFace(uv_f, 6), Error, "UV face");
}
