#include "core/model/subdivision.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/model/mesh_ops.h"

namespace palma {

namespace {

using SparseRowMajor = Eigen::SparseMatrix<float, Eigen::RowMajor>;
using Triplet = Eigen::Triplet<float>;

// The four-block face layout of PyTorch3D's SubdivideMeshes.subdivide_faces (documented in
// docs/model.md). edge_ids: [F,3] = faceEdgeIds (e12, e20, e01 per face). -> [4F,3]
MatrixX3i splitFaces(const MatrixX3i& faces, int num_vertices, const MatrixX3i& edge_ids) {
  const long nf = faces.rows();
  MatrixX3i out(4 * nf, 3);
  for (long f = 0; f < nf; ++f) {
    const int e12 = num_vertices + edge_ids(f, 0), e20 = num_vertices + edge_ids(f, 1),
              e01 = num_vertices + edge_ids(f, 2);
    out.row(f) << faces(f, 0), e01, e20;
    out.row(nf + f) << faces(f, 1), e12, e01;
    out.row(2 * nf + f) << faces(f, 2), e20, e12;
    out.row(3 * nf + f) << e12, e20, e01;
  }
  return out;
}

// [V+E, V]: identity on the old vertices, the mean of its two ends for each edge vertex.
SparseRowMajor midpointMap(int num_vertices, const std::vector<std::array<int, 2>>& edges) {
  std::vector<Triplet> t;
  t.reserve(num_vertices + 2 * edges.size());
  for (int i = 0; i < num_vertices; ++i) t.emplace_back(i, i, 1.0f);
  for (size_t e = 0; e < edges.size(); ++e) {
    t.emplace_back(num_vertices + static_cast<int>(e), edges[e][0], 0.5f);
    t.emplace_back(num_vertices + static_cast<int>(e), edges[e][1], 0.5f);
  }
  SparseRowMajor m(num_vertices + static_cast<int>(edges.size()), num_vertices);
  m.setFromTriplets(t.begin(), t.end());
  return m;
}

// [V+E, V] Loop weights. Warren's simplified beta (Warren 1995, as in most Loop implementations)
// instead of Loop's original cosine formula: both give C1 limit surfaces, Warren's is rational.
SparseRowMajor loopMap(const MatrixX3i& faces, int num_vertices, const std::vector<std::array<int, 2>>& edges,
                       const MatrixX3i& edge_ids) {
  const int ne = static_cast<int>(edges.size());
  std::vector<int> face_count(ne, 0);
  std::vector<std::array<int, 2>> opposite(ne, {-1, -1});  // the corners facing an interior edge
  for (long f = 0; f < faces.rows(); ++f)
    for (int k = 0; k < 3; ++k) {
      const int e = edge_ids(f, k);  // column k is the edge opposite corner k
      if (face_count[e] < 2) opposite[e][face_count[e]] = faces(f, k);
      ++face_count[e];
    }
  const auto sharp = [&](int e) { return face_count[e] != 2; };

  std::vector<int> valence(num_vertices, 0), sharp_count(num_vertices, 0);
  std::vector<std::array<int, 2>> sharp_neighbours(num_vertices, {-1, -1});
  for (int e = 0; e < ne; ++e)
    for (int s = 0; s < 2; ++s) {
      const int a = edges[e][s], b = edges[e][1 - s];
      ++valence[a];
      if (!sharp(e)) continue;
      if (sharp_count[a] < 2) sharp_neighbours[a][sharp_count[a]] = b;
      ++sharp_count[a];
    }
  const auto beta = [](int n) { return n == 3 ? 3.0f / 16.0f : 3.0f / (8.0f * static_cast<float>(n)); };

  std::vector<Triplet> t;
  t.reserve(num_vertices + 6 * ne);
  for (int i = 0; i < num_vertices; ++i) {
    if (sharp_count[i] == 0) {
      t.emplace_back(i, i, valence[i] == 0 ? 1.0f : 1.0f - static_cast<float>(valence[i]) * beta(valence[i]));
    } else if (sharp_count[i] == 2) {  // boundary or crease curve: 1D cubic B-spline rule
      t.emplace_back(i, i, 0.75f);
      t.emplace_back(i, sharp_neighbours[i][0], 0.125f);
      t.emplace_back(i, sharp_neighbours[i][1], 0.125f);
    } else {  // a corner (end of a crease, or several boundary loops meet): fixed
      t.emplace_back(i, i, 1.0f);
    }
  }
  for (int e = 0; e < ne; ++e) {
    const int row = num_vertices + e, a = edges[e][0], b = edges[e][1];
    // Neighbour terms of interior old vertices (their diagonal was added above).
    if (sharp_count[a] == 0) t.emplace_back(a, b, beta(valence[a]));
    if (sharp_count[b] == 0) t.emplace_back(b, a, beta(valence[b]));
    if (sharp(e)) {
      t.emplace_back(row, a, 0.5f);
      t.emplace_back(row, b, 0.5f);
    } else {
      t.emplace_back(row, a, 0.375f);
      t.emplace_back(row, b, 0.375f);
      t.emplace_back(row, opposite[e][0], 0.125f);
      t.emplace_back(row, opposite[e][1], 0.125f);
    }
  }
  SparseRowMajor m(num_vertices + ne, num_vertices);
  m.setFromTriplets(t.begin(), t.end());  // sums duplicates (a doubled triangle's opposite corners)
  return m;
}

// Maps per-vertex stacked rows [3N,K] (row 3i+c = vertex i, coordinate c) through m [N',N] -> [3N',K].
// Row-major [3N,K] has the memory of [N,3K], so this is one sparse-dense product.
MatrixXfR mapStacked(const SparseRowMajor& m, const MatrixXfR& dirs) {
  const long k = dirs.cols();
  MatrixXfR out(3 * m.rows(), k);
  if (k == 0) return out;
  Eigen::Map<const MatrixXfR> per_vertex(dirs.data(), m.cols(), 3 * k);
  Eigen::Map<MatrixXfR>(out.data(), m.rows(), 3 * k) = m * per_vertex;
  return out;
}

// Keeps the 4 largest weights of each row and renormalises (HandModel allows at most 4). w: [N,16]
void limitInfluences(MatrixXfR& w) {
  constexpr int kMaxInfluences = 4;
  for (long i = 0; i < w.rows(); ++i) {
    std::array<int, kNumJoints> order;
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + kMaxInfluences, order.end(),
                      [&](int a, int b) { return w(i, a) > w(i, b); });
    for (int j = kMaxInfluences; j < kNumJoints; ++j) w(i, order[j]) = 0.0f;
    w.row(i) = w.row(i).cwiseMax(0.0f);
    const float sum = w.row(i).sum();
    if (sum > 0.0f) w.row(i) /= sum;
  }
}

}  // namespace

SubdivisionStep makeSubdivisionStep(const MatrixX3i& faces, int num_vertices, const MatrixX3i& uv_faces,
                                    int num_uvs, SubdivisionScheme scheme) {
  if (faces.rows() == 0) throw Error("subdivision: the mesh has no faces");
  if (faces.minCoeff() < 0 || faces.maxCoeff() >= num_vertices)
    throw Error("subdivision: a face indexes outside the " + std::to_string(num_vertices) + " vertices");
  if (uv_faces.rows() != 0) {
    if (uv_faces.rows() != faces.rows())
      throw Error("subdivision: " + std::to_string(uv_faces.rows()) + " UV faces for " +
                  std::to_string(faces.rows()) + " faces");
    if (uv_faces.minCoeff() < 0 || uv_faces.maxCoeff() >= num_uvs)
      throw Error("subdivision: a UV face indexes outside the " + std::to_string(num_uvs) + " UVs");
  }
  SubdivisionStep step;
  const auto edges = uniqueEdges(faces);
  const MatrixX3i edge_ids = faceEdgeIds(faces, edges);
  step.faces = splitFaces(faces, num_vertices, edge_ids);
  step.vertex_map = scheme == SubdivisionScheme::Loop ? loopMap(faces, num_vertices, edges, edge_ids)
                                                      : midpointMap(num_vertices, edges);
  if (uv_faces.rows() != 0) {
    const auto uv_edges = uniqueEdges(uv_faces);
    step.uv_faces = splitFaces(uv_faces, num_uvs, faceEdgeIds(uv_faces, uv_edges));
    step.uv_map = midpointMap(num_uvs, uv_edges);
  }
  return step;
}

HandModel subdivide(const HandModel& model, SubdivisionScheme scheme, int levels) {
  if (levels < 0) throw Error("subdivision: levels must be >= 0, got " + std::to_string(levels));
  model.validate();
  HandModel out = model;
  for (int level = 0; level < levels; ++level) {
    const int n = out.numVertices();
    SubdivisionStep step =
        makeSubdivisionStep(out.faces, n, out.uv_faces, static_cast<int>(out.uvs.rows()), scheme);
    const SparseRowMajor& m = step.vertex_map;
    const long n_new = m.rows();
    out.vertices = MatrixX3f(m * out.vertices);
    out.faces = std::move(step.faces);
    if (out.uv_faces.rows() != 0) {
      out.uvs = MatrixX2f(step.uv_map * out.uvs);
      out.uv_faces = std::move(step.uv_faces);
    }
    out.shape_dirs = mapStacked(m, out.shape_dirs);
    if (out.hasPoseCorrectives()) out.pose_dirs = mapStacked(m, out.pose_dirs);
    out.skin_weights = MatrixXfR(m * out.skin_weights);
    limitInfluences(out.skin_weights);
    // Old vertices keep their indices, so the old regressor rows stay valid over the first n columns.
    MatrixXfR tips = MatrixXfR::Zero(out.tip_regressor.rows(), n_new);
    tips.leftCols(n) = out.tip_regressor;
    out.tip_regressor = std::move(tips);
  }
  return out;
}

}  // namespace palma
