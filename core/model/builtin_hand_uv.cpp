// UV atlas of the built-in hand: each island is flattened by least-squares conformal maps (Levy et
// al. 2002, low angle distortion, no pinned boundary), scaled to its true area so texel density is
// uniform, turned upright, and packed into the unit square by a skyline packer under the largest
// common scale that fits.
#include <Eigen/Eigenvalues>
#include <Eigen/Geometry>
#include <Eigen/Sparse>
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/common/error.h"
#include "core/model/builtin_hand_internal.h"

namespace palma::builtin {

namespace {

struct Island {
  std::vector<int> faces;           // global face ids
  std::vector<int> vertices;        // global vertex id per local index
  std::vector<Eigen::Vector2d> uv;  // per local index
  double width = 0.0, height = 0.0;
};

void flatten(Island& isl, const MatrixX3f& V, const MatrixX3i& F) {
  std::unordered_map<int, int> local;
  for (int f : isl.faces)
    for (int k = 0; k < 3; ++k)
      if (local.emplace(F(f, k), static_cast<int>(isl.vertices.size())).second)
        isl.vertices.push_back(F(f, k));
  const int n = static_cast<int>(isl.vertices.size());
  auto pos = [&](int l) -> Eigen::Vector3d { return V.row(isl.vertices[l]).transpose().cast<double>(); };
  // Pin two far-apart vertices (a farthest-point pair by two sweeps) to fix similarity freedom.
  int p0 = 0, p1 = 0;
  for (int sweep = 0; sweep < 2; ++sweep) {
    double best = -1.0;
    const int from = sweep == 0 ? 0 : p0;
    for (int l = 0; l < n; ++l) {
      const double d = (pos(l) - pos(from)).squaredNorm();
      if (d > best) {
        best = d;
        (sweep == 0 ? p0 : p1) = l;
      }
    }
  }
  const double span = (pos(p0) - pos(p1)).norm();
  // Unknowns: u of free vertices then v of free vertices.
  std::vector<int> free_index(n, -1);
  int nf = 0;
  for (int l = 0; l < n; ++l)
    if (l != p0 && l != p1) free_index[l] = nf++;
  const Eigen::Vector2d pinned[2] = {Eigen::Vector2d(0.0, 0.0), Eigen::Vector2d(span, 0.0)};
  std::vector<Eigen::Triplet<double>> trips;
  Eigen::VectorXd rhs = Eigen::VectorXd::Zero(2 * static_cast<int>(isl.faces.size()));
  int row = 0;
  for (int f : isl.faces) {
    const int l[3] = {local[F(f, 0)], local[F(f, 1)], local[F(f, 2)]};
    const Eigen::Vector3d a = pos(l[0]), b = pos(l[1]), c = pos(l[2]);
    const Eigen::Vector3d ex = (b - a).normalized();
    const Eigen::Vector3d nrm = (b - a).cross(c - a);
    const double area2 = nrm.norm();
    if (area2 < 1e-14) {
      row += 2;
      continue;
    }
    const Eigen::Vector3d ey = nrm.normalized().cross(ex);
    const double x[3] = {0.0, (b - a).norm(), (c - a).dot(ex)};
    const double y[3] = {0.0, 0.0, (c - a).dot(ey)};
    const double w = 1.0 / std::sqrt(area2);
    for (int j = 0; j < 3; ++j) {
      const int k = (j + 1) % 3, m = (j + 2) % 3;
      const double wr = (x[m] - x[k]) * w, wi = (y[m] - y[k]) * w;
      // (wr + i wi)(u + i v): real part wr u - wi v, imaginary part wi u + wr v.
      if (free_index[l[j]] >= 0) {
        const int fu = free_index[l[j]], fv = nf + free_index[l[j]];
        trips.emplace_back(row, fu, wr);
        trips.emplace_back(row, fv, -wi);
        trips.emplace_back(row + 1, fu, wi);
        trips.emplace_back(row + 1, fv, wr);
      } else {
        const Eigen::Vector2d& p = pinned[l[j] == p0 ? 0 : 1];
        rhs(row) -= wr * p.x() - wi * p.y();
        rhs(row + 1) -= wi * p.x() + wr * p.y();
      }
    }
    row += 2;
  }
  Eigen::SparseMatrix<double> A(row, 2 * nf);
  A.setFromTriplets(trips.begin(), trips.end());
  const Eigen::SparseMatrix<double> AtA = A.transpose() * A;
  Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> solver(AtA);
  if (solver.info() != Eigen::Success) throw Error("built-in hand: UV flattening failed to factorise");
  const Eigen::VectorXd sol = solver.solve(A.transpose() * rhs);
  isl.uv.resize(n);
  for (int l = 0; l < n; ++l)
    isl.uv[l] = free_index[l] < 0 ? pinned[l == p0 ? 0 : 1]
                                  : Eigen::Vector2d(sol(free_index[l]), sol(nf + free_index[l]));

  // Orientation: CCW triangles in UV (mirror if LSCM produced the reflected solution).
  double signed_area = 0.0, area3d = 0.0;
  for (int f : isl.faces) {
    const Eigen::Vector2d a = isl.uv[local[F(f, 0)]], b = isl.uv[local[F(f, 1)]], c = isl.uv[local[F(f, 2)]];
    signed_area += 0.5 * ((b - a).x() * (c - a).y() - (b - a).y() * (c - a).x());
    area3d +=
        0.5 *
        (pos(local[F(f, 1)]) - pos(local[F(f, 0)])).cross(pos(local[F(f, 2)]) - pos(local[F(f, 0)])).norm();
  }
  if (signed_area < 0.0)
    for (auto& p : isl.uv) p.x() = -p.x();
  // Scale to true area, then turn so the principal axis is vertical.
  const double s = std::sqrt(area3d / std::abs(signed_area));
  Eigen::Vector2d mean = Eigen::Vector2d::Zero();
  for (auto& p : isl.uv) mean += p;
  mean /= n;
  Eigen::Matrix2d cov = Eigen::Matrix2d::Zero();
  for (auto& p : isl.uv) cov += (p - mean) * (p - mean).transpose();
  Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eig(cov);
  const Eigen::Vector2d major = eig.eigenvectors().col(1);
  const double angle = std::atan2(major.x(), major.y());
  const Eigen::Matrix2d rot = Eigen::Rotation2Dd(angle).toRotationMatrix();
  Eigen::Vector2d lo(1e9, 1e9), hi(-1e9, -1e9);
  for (auto& p : isl.uv) {
    p = rot * ((p - mean) * s);
    lo = lo.cwiseMin(p);
    hi = hi.cwiseMax(p);
  }
  for (auto& p : isl.uv) p -= lo;
  isl.width = hi.x() - lo.x();
  isl.height = hi.y() - lo.y();
}

struct Placement {
  double x, y;
  bool rotated;
};

// Bottom-left skyline packing of the islands' boxes at `scale` into the unit square; false if they
// do not fit. `pad` is the gap kept around each island (texture filtering and mip bleeding).
bool pack(const std::vector<Island>& islands, const std::vector<int>& order, double scale, double pad,
          std::vector<Placement>& out) {
  const int res = 1024;
  std::vector<double> sky(res, pad);
  out.assign(islands.size(), {0, 0, false});
  for (int i : order) {
    double best_y = 1e9, best_x = 0.0;
    bool best_rot = false;
    for (bool rot : {false, true}) {
      const double w = (rot ? islands[i].height : islands[i].width) * scale + pad;
      const double h = (rot ? islands[i].width : islands[i].height) * scale + pad;
      const int cells = static_cast<int>(std::ceil(w * res));
      for (int c = static_cast<int>(std::ceil(pad * res)); c + cells <= res; ++c) {
        double y = 0.0;
        for (int k = c; k < c + cells; ++k) y = std::max(y, sky[k]);
        if (y + h <= 1.0 && (y < best_y - 1e-9)) {
          best_y = y;
          best_x = static_cast<double>(c) / res;
          best_rot = rot;
        }
      }
    }
    if (best_y > 1.0) return false;
    const double w = (best_rot ? islands[i].height : islands[i].width) * scale + pad;
    const double h = (best_rot ? islands[i].width : islands[i].height) * scale + pad;
    const int c0 = static_cast<int>(std::lround(best_x * res));
    const int cells = static_cast<int>(std::ceil(w * res));
    for (int k = c0; k < std::min(res, c0 + cells); ++k) sky[k] = best_y + h;
    out[i] = {best_x, best_y, best_rot};
  }
  return true;
}

}  // namespace

UvAtlas buildUvAtlas(const MatrixX3f& V, const MatrixX3i& F, const std::vector<int>& island_of_face) {
  const int num_islands = *std::max_element(island_of_face.begin(), island_of_face.end()) + 1;
  std::vector<Island> islands(num_islands);
  for (int f = 0; f < static_cast<int>(F.rows()); ++f) islands[island_of_face[f]].faces.push_back(f);
  for (auto& isl : islands) flatten(isl, V, F);

  std::vector<int> order(num_islands);
  for (int i = 0; i < num_islands; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return std::max(islands[a].height, islands[a].width) > std::max(islands[b].height, islands[b].width);
  });
  const double pad = 4.0 / 1024.0;  // 4 texels at 1024^2, 2 at 512^2
  double lo = 0.1, hi = 20.0;
  std::vector<Placement> placement, best;
  for (int it = 0; it < 40; ++it) {
    const double mid = 0.5 * (lo + hi);
    if (pack(islands, order, mid, pad, placement)) {
      lo = mid;
      best = placement;
    } else {
      hi = mid;
    }
  }
  if (best.empty()) throw Error("built-in hand: UV islands do not fit the atlas");
  const double scale = lo;

  UvAtlas atlas;
  int total = 0;
  for (const auto& isl : islands) total += static_cast<int>(isl.vertices.size());
  atlas.uvs.resize(total, 2);
  atlas.uv_faces.resize(F.rows(), 3);
  int offset = 0;
  for (int i = 0; i < num_islands; ++i) {
    const Island& isl = islands[i];
    std::unordered_map<int, int> local;
    for (int l = 0; l < static_cast<int>(isl.vertices.size()); ++l) {
      local[isl.vertices[l]] = l;
      Eigen::Vector2d p = isl.uv[l] * scale;
      if (best[i].rotated) p = Eigen::Vector2d(isl.height * scale - p.y(), p.x());
      atlas.uvs(offset + l, 0) = static_cast<float>(best[i].x + pad * 0.5 + p.x());
      atlas.uvs(offset + l, 1) = static_cast<float>(best[i].y + pad * 0.5 + p.y());
    }
    for (int f : isl.faces)
      for (int k = 0; k < 3; ++k) atlas.uv_faces(f, k) = offset + local[F(f, k)];
    offset += static_cast<int>(isl.vertices.size());
  }
  return atlas;
}

}  // namespace palma::builtin
