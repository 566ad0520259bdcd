// 1-to-4 subdivision of a hand model (METHOD.md §1): linear midpoint (HARP, 1 level) or Loop (XHand,
// 3 levels), carrying UVs through their own index buffer so seams stay sharp, skinning weights, the
// shape basis, pose correctives and the fingertip regressor. Face and new-vertex order match PyTorch3D's
// SubdivideMeshes, which HARP used; see docs/model.md, "Subdivision and HARP's face order".
#pragma once

#include <Eigen/SparseCore>

#include "core/model/hand_model.h"

namespace palma {

enum class SubdivisionScheme {
  Midpoint,  // new vertex at each edge midpoint, old vertices unchanged (interpolating, keeps facets)
  Loop,      // Loop's approximating scheme with Warren's weights, boundary/crease rules on open edges
};

// One level of subdivision as linear maps, reusable for every per-vertex quantity of the same topology.
// V = old vertex count, E = unique edges (uniqueEdges order), V' = V + E; T, T' likewise for UVs.
struct SubdivisionStep {
  Eigen::SparseMatrix<float, Eigen::RowMajor> vertex_map;  // [V',V] new vertex = row * old vertices
  MatrixX3i faces;                                         // [4F,3] four blocks of F faces (see docs)
  Eigen::SparseMatrix<float, Eigen::RowMajor> uv_map;      // [T',T] always midpoint; empty without UVs
  MatrixX3i uv_faces;                                      // [4F,3] same layout as faces; empty without UVs
};

// New vertex V + e sits on edge e of uniqueEdges(faces). For face f = (v0,v1,v2) with edge vertices
// e01, e12, e20, the new faces are f -> [v0,e01,e20], F+f -> [v1,e12,e01], 2F+f -> [v2,e20,e12],
// 3F+f -> [e12,e20,e01], each counter-clockwise when f was. UV faces follow the same rule on the UV
// index buffer, so a seam (two UV indices for one vertex) stays two UV indices on both sides.
// Loop: interior vertices (1 - n b) v + b sum(neighbours), b = 3/16 for n = 3, else 3/(8n); interior
// edges 3/8 (a + b) + 1/8 (c + d). Edges with one face (open wrist) or more than two are sharp: their
// new vertex is the midpoint, a vertex on exactly two of them gets 3/4 v + 1/8 (n1 + n2) and a vertex
// on another number of them stays put. UVs always use the midpoint rule: Loop smoothing of UVs would
// pull island borders inward, leaving texels unused and shearing the texture at seams.
// Throws palma::Error for indices out of range or uv_faces whose row count differs from faces.
SubdivisionStep makeSubdivisionStep(const MatrixX3i& faces, int num_vertices, const MatrixX3i& uv_faces,
                                    int num_uvs, SubdivisionScheme scheme);

// Applies `levels` steps (0 returns the model unchanged). Carried through each step's vertex_map:
// vertices, shape_dirs and pose_dirs (linear in the vertices), skinning weights (then reduced to the 4
// largest per vertex and renormalised, as the model allows at most 4). The fingertip regressor keeps
// its rows over the old vertices (which keep their indices) with zeros for the new ones: exact for
// Midpoint; under Loop the old vertices move onto the smoother surface, so the tips move with them and
// stay on the skin. Joints, joint shape dirs, frames, limits, names and the pose space are unchanged.
HandModel subdivide(const HandModel& model, SubdivisionScheme scheme, int levels);

}  // namespace palma
