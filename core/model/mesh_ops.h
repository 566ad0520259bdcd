// Mesh analysis utilities: topology (edges, manifoldness, orientation), geometry (volume, normals,
// dihedral angles, self-intersections) and UV atlas quality. The built-in hand generator and its tests
// use them to prove the mesh is good; subdivision uses the edge numbering. Eigen + std only.
#pragma once

#include <array>
#include <vector>

#include "core/model/hand_model.h"

namespace palma {

// Every undirected edge of the triangles once, as (min, max) vertex indices, sorted lexicographically.
// This numbering is the edge id used everywhere else (subdivision: new vertex = V + edge id), and it is
// the order PyTorch3D's Meshes.edges_packed() produces (see docs/model.md).
std::vector<std::array<int, 2>> uniqueEdges(const MatrixX3i& faces);

// Edge ids of each face's three edges, in PyTorch3D's faces_packed_to_edges_packed order:
// row f = [id(v1,v2), id(v2,v0), id(v0,v1)] for face f = (v0,v1,v2), ids into `edges` (= uniqueEdges).
MatrixX3i faceEdgeIds(const MatrixX3i& faces, const std::vector<std::array<int, 2>>& edges);

struct ManifoldReport {
  bool closed = false;                 // no boundary edges (and at least one face)
  bool edge_manifold = false;          // no edge has more than two faces
  bool vertex_manifold = false;        // the faces around every used vertex form a single fan
  bool consistently_oriented = false;  // no directed edge (a -> b) is used by two faces
  int boundary_edges = 0;              // edges with exactly one face
  int nonmanifold_edges = 0;           // edges with three or more faces
  int euler_characteristic = 0;        // V - E + F with V = num_vertices (2 for a closed sphere-like mesh)
  int components = 0;                  // connected components over shared vertices; unused vertices count
};

// Topological checks. All num_vertices count for the Euler characteristic and the components, so a
// stray unused vertex shows up as an extra component (it is a bug in a generated mesh).
ManifoldReport checkManifold(const MatrixX3i& faces, int num_vertices);

// Enclosed volume by the divergence theorem (sum of signed tetrahedra with the origin). Positive when
// the triangles are counter-clockwise seen from outside. Meaningful for closed meshes. v: [N,3], f: [F,3]
double signedVolume(const MatrixX3f& v, const MatrixX3i& f);

// Number of pairs of triangles that share no vertex index and intersect (touching counts), with an
// orientation-predicate triangle-triangle test in double precision (coplanar pairs handled in 2D).
// Candidate pairs come from a uniform grid, so ~10k triangles take milliseconds. v: [N,3], f: [F,3]
int countSelfIntersections(const MatrixX3f& v, const MatrixX3i& f);
// The intersecting pairs themselves, as (lower, higher) face indices, sorted; to locate them.
std::vector<std::array<int, 2>> selfIntersectingPairs(const MatrixX3f& v, const MatrixX3i& f);

// Area-weighted vertex normals, normalised (zero for unused or fully degenerate vertices). Plain Eigen
// twin of the tensor vertexNormals() in skinning.h, for generators and tests. -> [N,3]
MatrixX3f vertexNormalsEigen(const MatrixX3f& v, const MatrixX3i& f);

// Dihedral angles in degrees between the normals of the two faces of every edge with exactly two faces
// (0 = flat, 180 = folded back). Degenerate faces are skipped. Both return 0 when no such edge exists.
double maxDihedralAngleDeg(const MatrixX3f& v, const MatrixX3i& f);
// p in [0, 100] (numpy.percentile convention, linear interpolation between ranks).
double dihedralAnglePercentile(const MatrixX3f& v, const MatrixX3i& f, double p);

// UV atlas quality. UV convention: u right, v up; a UV triangle whose corners are counter-clockwise in
// that frame has positive signed area, and an atlas of an outward-oriented mesh should have only those.
struct UvReport {
  bool all_inside_unit_square = false;     // every UV used by uv_f lies in [0,1]^2
  double utilisation = 0.0;                // fraction of texels of the unit square covered by some triangle
  int overlapping_texels = 0;              // texels covered by two or more triangles
  int islands = 0;                         // connected components of triangles sharing a UV edge
  double mean_angle_distortion_deg = 0.0;  // mean over triangles of mean |3D corner angle - UV angle|
  double max_angle_distortion_deg = 0.0;   // max of the per-triangle values
  double p95_angle_distortion_deg = 0.0;   // 95th percentile of the per-triangle values
  int flipped_triangles = 0;               // UV triangles with negative signed area
};

// Rasterises the UV triangles at raster_resolution^2 texels: a texel is covered when its centre is
// inside, with a top-left fill rule on 8-bit sub-texel fixed-point coordinates, so a texel centre on an
// edge shared by two triangles is counted once (no false overlap along seams inside an island).
// Triangles degenerate in 3D or UV are left out of the angle statistics.
// v: [N,3], f: [F,3], uv: [T,2], uv_f: [F,3]
UvReport analyseUvs(const MatrixX3f& v, const MatrixX3i& f, const MatrixX2f& uv, const MatrixX3i& uv_f,
                    int raster_resolution = 1024);

// Island id per UV face: connected components of faces sharing an undirected UV edge, numbered
// 0, 1, ... in order of each island's first face. uv_faces: [F,3] indices < num_uvs -> [F]
std::vector<int> uvIslandOfFace(const MatrixX3i& uv_faces, int num_uvs);

}  // namespace palma
