#include "core/model/subdivision.h"

#include <Eigen/Geometry>
#include <cmath>
#include <set>

#include "core/common/error.h"
#include "core/model/mesh_ops.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

// Faces from a flat list of corner indices, three per face.
MatrixX3i facesOf(std::initializer_list<int> corners) {
  MatrixX3i f(static_cast<long>(corners.size() / 3), 3);
  std::copy(corners.begin(), corners.end(), f.data());
  return f;
}

// Octahedron with vertices +x, -x, +y, -y, +z, -z, outward.
MatrixX3f octahedronVertices() {
  MatrixX3f v(6, 3);
  v << 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1;
  return v;
}
MatrixX3i octahedronFaces() {
  MatrixX3i f(8, 3);
  int i = 0;
  for (int sx = 0; sx < 2; ++sx)
    for (int sy = 0; sy < 2; ++sy)
      for (int sz = 0; sz < 2; ++sz) {
        if ((sx + sy + sz) % 2 == 0)
          f.row(i++) << sx, 2 + sy, 4 + sz;
        else
          f.row(i++) << sx, 4 + sz, 2 + sy;
      }
  return f;
}

// Unit square in z = 0 split along the 1-3 diagonal: 4 vertices, 5 edges (4 on the boundary), 2 faces.
MatrixX3f squareVertices() {
  MatrixX3f v(4, 3);
  v << 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0;
  return v;
}
const MatrixX3i kSquareFaces = facesOf({0, 1, 3, 1, 2, 3});

MatrixX3f apply(const SubdivisionStep& step, const MatrixX3f& v) { return MatrixX3f(step.vertex_map * v); }

// Variance of |v| / mean |v|: 0 on a sphere centred at the origin.
double radiusVariance(const MatrixX3f& v) {
  const Eigen::VectorXd r = v.rowwise().norm().cast<double>() / v.rowwise().norm().cast<double>().mean();
  return (r.array() - 1.0).square().mean();
}

// A small but complete HandModel: an octahedron 5 cm across with made-up rigging. Neighbouring vertices
// have different joint sets, so edge vertices mix up to 8 influences and must be cut back to 4.
HandModel octahedronHand() {
  HandModel m;
  m.name = "octahedron";
  m.vertices = octahedronVertices() * 0.025f;
  m.faces = octahedronFaces();
  // Every face its own UV triangle: all edges are seams.
  m.uvs.resize(24, 2);
  m.uv_faces.resize(8, 3);
  for (int f = 0; f < 8; ++f) {
    const float u0 = 0.1f * static_cast<float>(f);
    m.uvs.row(3 * f) << u0, 0.1f;
    m.uvs.row(3 * f + 1) << u0 + 0.08f, 0.1f;
    m.uvs.row(3 * f + 2) << u0, 0.18f;
    m.uv_faces.row(f) << 3 * f, 3 * f + 1, 3 * f + 2;
  }
  for (int j = 0; j < kNumJoints; ++j) {
    m.joint_names[j] = canonicalJointNames()[j];
    m.parents[j] = canonicalJointParents()[j];
    m.joint_frames[j].setIdentity();
  }
  m.joints = MatrixX3f::Zero(kNumJoints, 3);
  for (int j = 0; j < kNumJoints; ++j) m.joints(j, 1) = 0.005f * static_cast<float>(j);
  m.skin_weights = MatrixXfR::Zero(6, kNumJoints);
  const float w[4] = {0.4f, 0.3f, 0.2f, 0.1f};
  for (int i = 0; i < 6; ++i)
    for (int k = 0; k < 4; ++k) m.skin_weights(i, (3 * i + k) % kNumJoints) = w[k];
  m.tip_regressor = MatrixXfR::Zero(kNumFingers, 6);
  for (int f = 0; f < kNumFingers; ++f) m.tip_regressor(f, f) = 1.0f;
  // Component 0 scales the hand (offsets = vertices); component 1 is an arbitrary fixed field.
  m.shape_dirs.resize(18, 2);
  for (int r = 0; r < 18; ++r) {
    m.shape_dirs(r, 0) = m.vertices(r / 3, r % 3);
    m.shape_dirs(r, 1) = 0.001f * static_cast<float>((r * 7) % 5 - 2);
  }
  m.joint_shape_dirs = MatrixXfR::Zero(3 * kNumJoints, 2);
  m.shape_names = {"scale", "bumps"};
  return m;
}

}  // namespace

PALMA_TEST(countsAreVPlusEAndFourF) {
  for (const auto scheme : {SubdivisionScheme::Midpoint, SubdivisionScheme::Loop}) {
    const SubdivisionStep closed = makeSubdivisionStep(octahedronFaces(), 6, {}, 0, scheme);
    PALMA_CHECK(closed.vertex_map.rows() == 6 + 12 && closed.vertex_map.cols() == 6);
    PALMA_CHECK(closed.faces.rows() == 32);
    PALMA_CHECK(closed.uv_map.rows() == 0 && closed.uv_faces.rows() == 0);
    const ManifoldReport r = checkManifold(closed.faces, 18);
    PALMA_CHECK(r.closed && r.consistently_oriented && r.vertex_manifold && r.euler_characteristic == 2);

    const SubdivisionStep open = makeSubdivisionStep(kSquareFaces, 4, {}, 0, scheme);
    PALMA_CHECK(open.vertex_map.rows() == 4 + 5 && open.faces.rows() == 8);
    PALMA_CHECK(checkManifold(open.faces, 9).boundary_edges == 8);

    // A second level on the result: 18 + 48 vertices, 128 faces.
    const SubdivisionStep again = makeSubdivisionStep(closed.faces, 18, {}, 0, scheme);
    PALMA_CHECK(again.vertex_map.rows() == 18 + 48 && again.faces.rows() == 128);
  }
}

PALMA_TEST(midpointKeepsOldVerticesAndAddsEdgeMidpoints) {
  const MatrixX3f v = octahedronVertices();
  const MatrixX3i f = octahedronFaces();
  const MatrixX3f out = apply(makeSubdivisionStep(f, 6, {}, 0, SubdivisionScheme::Midpoint), v);
  PALMA_CHECK(out.topRows(6) == v);
  const auto edges = uniqueEdges(f);
  for (size_t e = 0; e < edges.size(); ++e)
    PALMA_CHECK((out.row(6 + e) - 0.5f * (v.row(edges[e][0]) + v.row(edges[e][1]))).norm() < 1e-7f);
}

PALMA_TEST(faceOrderMatchesPyTorch3dSubdivideMeshes) {
  // Faces (0,1,2), (0,2,3). Edges in (min,max) order: (0,1) (0,2) (0,3) (1,2) (2,3) -> vertices 4..8.
  const MatrixX3i f = facesOf({0, 1, 2, 0, 2, 3});
  const SubdivisionStep step = makeSubdivisionStep(f, 4, {}, 0, SubdivisionScheme::Midpoint);
  const MatrixX3i expected = facesOf({0, 4, 5, 0, 5, 6,    // block 0: [v0, e01, e20]
                                      1, 7, 4, 2, 8, 5,    // block 1: [v1, e12, e01]
                                      2, 5, 7, 3, 6, 8,    // block 2: [v2, e20, e12]
                                      7, 5, 4, 8, 6, 5});  // block 3: [e12, e20, e01]
  PALMA_CHECK(step.faces == expected);
}

PALMA_TEST(subdividedFacesKeepTheirParentsOrientation) {
  const MatrixX3f v = octahedronVertices();
  const MatrixX3i f = octahedronFaces();
  const SubdivisionStep step = makeSubdivisionStep(f, 6, {}, 0, SubdivisionScheme::Midpoint);
  const MatrixX3f nv = apply(step, v);
  for (int i = 0; i < step.faces.rows(); ++i) {
    const int parent = i % 8;
    const Eigen::Vector3f a = v.row(f(parent, 0)), b = v.row(f(parent, 1)), c = v.row(f(parent, 2));
    const Eigen::Vector3f pa = nv.row(step.faces(i, 0)), pb = nv.row(step.faces(i, 1)),
                          pc = nv.row(step.faces(i, 2));
    PALMA_CHECK((pb - pa).cross(pc - pa).normalized().dot((b - a).cross(c - a).normalized()) > 0.999f);
  }
}

PALMA_TEST(loopUsesWarrenWeightsOnTheOctahedron) {
  const MatrixX3f out =
      apply(makeSubdivisionStep(octahedronFaces(), 6, {}, 0, SubdivisionScheme::Loop), octahedronVertices());
  // Valence 4: beta = 3/32; the four neighbours of +x sum to zero, so +x moves to 5/8 of itself.
  PALMA_CHECK((out.row(0) - Eigen::RowVector3f(0.625f, 0, 0)).norm() < 1e-6f);
  // Edge (+x,+y) = (0,2) is the first in (min,max) order: 3/8 (x + y) + 1/8 (z - z).
  PALMA_CHECK((out.row(6 + 0) - Eigen::RowVector3f(0.375f, 0.375f, 0)).norm() < 1e-6f);
}

PALMA_TEST(loopRowsAreAffineCombinations) {
  const SubdivisionStep step = makeSubdivisionStep(octahedronFaces(), 6, {}, 0, SubdivisionScheme::Loop);
  const Eigen::VectorXf sums = step.vertex_map * Eigen::VectorXf::Ones(6);
  PALMA_CHECK((sums.array() - 1.0f).abs().maxCoeff() < 1e-6f);
}

PALMA_TEST(loopOpenBoundaryUsesCurveRules) {
  const MatrixX3f v = squareVertices();
  const MatrixX3f out = apply(makeSubdivisionStep(kSquareFaces, 4, {}, 0, SubdivisionScheme::Loop), v);
  // Every old vertex lies on two boundary edges: 3/4 v + 1/8 (its two boundary neighbours).
  PALMA_CHECK((out.row(0) - (0.75f * v.row(0) + 0.125f * (v.row(1) + v.row(3)))).norm() < 1e-6f);
  PALMA_CHECK((out.row(1) - (0.75f * v.row(1) + 0.125f * (v.row(0) + v.row(2)))).norm() < 1e-6f);
  // Edges (0,1) (0,3) (1,2) (1,3) (2,3): boundary ones are midpoints, the diagonal (1,3) is interior.
  PALMA_CHECK((out.row(4 + 0) - 0.5f * (v.row(0) + v.row(1))).norm() < 1e-6f);
  PALMA_CHECK((out.row(4 + 3) - (0.375f * (v.row(1) + v.row(3)) + 0.125f * (v.row(0) + v.row(2)))).norm() <
              1e-6f);
}

PALMA_TEST(loopConvergesTowardASphereWhereMidpointStaysFaceted) {
  MatrixX3f loop_v = octahedronVertices(), mid_v = octahedronVertices();
  MatrixX3i loop_f = octahedronFaces(), mid_f = octahedronFaces();
  for (int level = 0; level < 3; ++level) {
    const SubdivisionStep l =
        makeSubdivisionStep(loop_f, static_cast<int>(loop_v.rows()), {}, 0, SubdivisionScheme::Loop);
    loop_v = apply(l, loop_v);
    loop_f = l.faces;
    const SubdivisionStep m =
        makeSubdivisionStep(mid_f, static_cast<int>(mid_v.rows()), {}, 0, SubdivisionScheme::Midpoint);
    mid_v = apply(m, mid_v);
    mid_f = m.faces;
  }
  PALMA_CHECK(loop_v.rows() == 258 && mid_v.rows() == 258);
  // Loop's limit of an octahedron is a rounded octahedron, not a sphere: measured 0.0027 vs 0.018.
  const double loop_var = radiusVariance(loop_v), mid_var = radiusVariance(mid_v);
  PALMA_CHECK_MSG(loop_var < 0.2 * mid_var, "loop " << loop_var << ", midpoint " << mid_var);
  PALMA_CHECK(maxDihedralAngleDeg(loop_v, loop_f) < maxDihedralAngleDeg(mid_v, mid_f));
}

PALMA_TEST(uvSeamsStaySharp) {
  // The square cut along its diagonal in UV: two islands, vertices 1 and 3 have two UV copies each.
  // Island 0 is the square scaled by 1/2, island 1 the same shifted by 0.5 in u.
  const MatrixX3f v = squareVertices();
  MatrixX2f uv(6, 2);
  uv << 0, 0, 0.5f, 0, 0, 0.5f, 1.0f, 0, 1.0f, 0.5f, 0.5f, 0.5f;
  const MatrixX3i uv_f = facesOf({0, 1, 2, 3, 4, 5});
  for (const auto scheme : {SubdivisionScheme::Midpoint, SubdivisionScheme::Loop}) {
    const SubdivisionStep step = makeSubdivisionStep(kSquareFaces, 4, uv_f, 6, scheme);
    PALMA_CHECK(step.uv_map.rows() == 6 + 6);  // T + unique UV edges (no UV edge is shared)
    PALMA_CHECK(step.uv_faces.rows() == 8);
    PALMA_CHECK(uvIslandOfFace(step.uv_faces, 12) == (std::vector<int>{0, 1, 0, 1, 0, 1, 0, 1}));
    // Every corner's UV is the island's affine image of its midpoint-subdivided position.
    const MatrixX2f nuv = MatrixX2f(step.uv_map * uv);
    const MatrixX3f mid = apply(makeSubdivisionStep(kSquareFaces, 4, {}, 0, SubdivisionScheme::Midpoint), v);
    for (int i = 0; i < 8; ++i)
      for (int k = 0; k < 3; ++k) {
        const Eigen::RowVector2f expected =
            0.5f * mid.row(step.faces(i, k)).head<2>() + Eigen::RowVector2f(i % 2 == 0 ? 0.0f : 0.5f, 0.0f);
        PALMA_CHECK((nuv.row(step.uv_faces(i, k)) - expected).norm() < 1e-6f);
      }
    // The diagonal's midpoint has one 3D vertex but one UV per island.
    std::set<int> diagonal_uvs;
    for (int i = 0; i < 8; ++i)
      for (int k = 0; k < 3; ++k)
        if (step.faces(i, k) == 4 + 3) diagonal_uvs.insert(step.uv_faces(i, k));
    PALMA_CHECK(diagonal_uvs.size() == 2u);
  }
}

PALMA_TEST(subdividedModelValidatesForBothSchemes) {
  const HandModel model = octahedronHand();
  model.validate();
  for (const auto scheme : {SubdivisionScheme::Midpoint, SubdivisionScheme::Loop}) {
    const HandModel one = subdivide(model, scheme, 1);
    one.validate();
    PALMA_CHECK(one.numVertices() == 18 && one.numFaces() == 32 && one.uvs.rows() == 24 + 24);
    const HandModel two = subdivide(model, scheme, 2);
    two.validate();
    PALMA_CHECK(two.numVertices() == 66 && two.numFaces() == 128);
    PALMA_CHECK(two.tip_regressor.cols() == 66 && two.shape_dirs.rows() == 3 * 66);
    PALMA_CHECK(two.joints == model.joints && two.joint_shape_dirs == model.joint_shape_dirs);
    PALMA_CHECK(two.shape_names == model.shape_names && two.parents == model.parents);
  }
  PALMA_CHECK(subdivide(model, SubdivisionScheme::Loop, 0).vertices == model.vertices);
  PALMA_CHECK_THROWS(subdivide(model, SubdivisionScheme::Loop, -1), Error, "levels");
}

PALMA_TEST(skinWeightsKeepFourLargestAndStayNormalised) {
  const HandModel model = octahedronHand();
  const SubdivisionStep step = makeSubdivisionStep(model.faces, 6, {}, 0, SubdivisionScheme::Midpoint);
  const MatrixXfR mixed = step.vertex_map * model.skin_weights;
  PALMA_CHECK(((mixed.array() > 0).rowwise().count() > 4).any());  // the cut is really exercised
  const HandModel out = subdivide(model, SubdivisionScheme::Midpoint, 1);
  for (int i = 0; i < out.numVertices(); ++i) {
    PALMA_CHECK((out.skin_weights.row(i).array() > 0).count() <= 4);
    PALMA_CHECK_NEAR(out.skin_weights.row(i).sum(), 1.0, 1e-5);
  }
  PALMA_CHECK(out.skin_weights.topRows(6) == model.skin_weights);  // old vertices keep theirs
  // An edge vertex keeps its ends' largest shared influences: ends 0 and 2 (+x, +y) have joints
  // {0,1,2,3} and {6,7,8,9} with 0.4..0.1 each; the mix keeps 0.2, 0.15, 0.2, 0.15 -> 2/7, 3/14, ...
  const int e = 6 + 0;  // edge (0,2), the first in (min,max) order
  PALMA_CHECK_NEAR(out.skin_weights(e, 0), 0.2 / 0.7, 1e-6);
  PALMA_CHECK_NEAR(out.skin_weights(e, 7), 0.15 / 0.7, 1e-6);
  PALMA_CHECK(out.skin_weights(e, 2) == 0.0f);
}

PALMA_TEST(shapeDirsMapLinearly) {
  const HandModel model = octahedronHand();
  Eigen::VectorXf beta(2);
  beta << 0.3f, 1.5f;
  for (const auto scheme : {SubdivisionScheme::Midpoint, SubdivisionScheme::Loop}) {
    const HandModel sub = subdivide(model, scheme, 2);
    // Subdividing the shaped mesh = shaping the subdivided model.
    HandModel shaped = model;
    shaped.vertices = model.shapedVertices(beta);
    PALMA_CHECK((subdivide(shaped, scheme, 2).vertices - sub.shapedVertices(beta)).cwiseAbs().maxCoeff() <
                1e-6f);
    // Component 0 equals the vertices, so it scales the subdivided vertices too.
    Eigen::VectorXf scale(1);
    scale << 0.5f;
    PALMA_CHECK((sub.shapedVertices(scale) - 1.5f * sub.vertices).cwiseAbs().maxCoeff() < 1e-6f);
  }
}

PALMA_TEST(poseCorrectivesAreCarriedWhenPresent) {
  HandModel model = octahedronHand();
  model.pose_dirs = MatrixXfR::Zero(18, 135);
  for (int r = 0; r < 18; ++r) model.pose_dirs(r, r % 135) = 0.01f * static_cast<float>(r);
  const HandModel out = subdivide(model, SubdivisionScheme::Midpoint, 1);
  out.validate();
  PALMA_CHECK(out.pose_dirs.rows() == 3 * 18 && out.pose_dirs.cols() == 135);
  PALMA_CHECK(out.pose_dirs.topRows(18) == model.pose_dirs);
  // Edge (0,2) is new vertex 6: row 3*6 + c is the mean of rows 3*0 + c and 3*2 + c.
  for (int c = 0; c < 3; ++c)
    PALMA_CHECK(
        (out.pose_dirs.row(3 * 6 + c) - 0.5f * (model.pose_dirs.row(c) + model.pose_dirs.row(6 + c))).norm() <
        1e-7f);
  PALMA_CHECK(!subdivide(octahedronHand(), SubdivisionScheme::Loop, 1).hasPoseCorrectives());
}

PALMA_TEST(midpointTipsLandAtTheSamePoints) {
  const HandModel model = octahedronHand();
  const HandModel out = subdivide(model, SubdivisionScheme::Midpoint, 2);
  PALMA_CHECK((out.tips(out.vertices) - model.tips(model.vertices)).cwiseAbs().maxCoeff() < 1e-7f);
  // Under Loop the tip follows its vertex onto the smoothed surface.
  const HandModel loop = subdivide(model, SubdivisionScheme::Loop, 1);
  PALMA_CHECK((loop.tips(loop.vertices) - loop.vertices.topRows(5)).cwiseAbs().maxCoeff() < 1e-7f);
}

PALMA_TEST(invalidTopologyIsRejected) {
  PALMA_CHECK_THROWS(makeSubdivisionStep(kSquareFaces, 3, {}, 0, SubdivisionScheme::Midpoint), Error,
                     "outside");
  PALMA_CHECK_THROWS(makeSubdivisionStep(kSquareFaces, 4, facesOf({0, 1, 2}), 3, SubdivisionScheme::Loop),
                     Error, "UV faces");
  PALMA_CHECK_THROWS(
      makeSubdivisionStep(kSquareFaces, 4, facesOf({0, 1, 2, 0, 1, 9}), 3, SubdivisionScheme::Loop), Error,
      "UVs");
}
