// Internals of the built-in hand generator, shared by its three source files:
//   builtin_hand_geometry.cpp  skeleton of the average hand, signed distance field, quad cage,
//                              Catmull-Clark subdivision, projection onto the SDF
//   builtin_hand_uv.cpp        UV atlas (per-island LSCM + packing)
//   builtin_hand.cpp           assembly: skinning weights, tips, frames, limits, shape space
// All coordinates are for the right hand: wrist at the origin, fingers along +y, back of the hand
// toward +z, thumb toward -x. The left hand is the mirror image.
#pragma once

#include <Eigen/Core>
#include <array>
#include <cstdint>
#include <vector>

#include "core/model/hand_model.h"

namespace palma::builtin {

// Skeleton and limb radii of the average adult right hand (METHOD.md: wrist to middle tip 18.5 cm,
// palm width 8.5 cm).
struct Anatomy {
  std::array<Eigen::Vector3f, kNumJoints> joints;  // canonical joint order
  std::array<Eigen::Vector3f, kNumFingers> tips;   // fingertip surface points
  // Radius of each finger at its three joints and near the tip, canonical finger order.
  std::array<std::array<float, 4>, kNumFingers> radii;
  // Back-of-finger direction per finger (the nail side), unit.
  std::array<Eigen::Vector3f, kNumFingers> dorsal;
};

Anatomy averageAnatomy();

// Signed distance (approximate, metres; negative inside) to the skin of the average hand.
float handSdf(const Anatomy& a, const Eigen::Vector3f& p);

// Which part of the hand a face belongs to. Fingers use the Finger enum values.
enum Part : std::uint8_t { kPartPalm = 5, kPartForearm = 6 };
enum Side : std::uint8_t { kDorsal = 0, kPalmar = 1 };

// A quad mesh with per-quad labels; quads are counter-clockwise seen from outside.
struct QuadMesh {
  std::vector<Eigen::Vector3f> vertices;
  std::vector<std::array<int, 4>> quads;
  std::vector<std::uint8_t> part;                        // per quad
  std::vector<std::array<std::uint8_t, 4>> corner_side;  // per quad corner: kDorsal or kPalmar
};

// The coarse quad cage (box modelling: palm box, forearm and five extruded digits).
QuadMesh buildCage(const Anatomy& a);

// One level of Catmull-Clark subdivision. Each child quad takes its parent's part and, as its side,
// the side of the parent corner it touches, so dorsal/palmar seams fall on the cage side midlines.
QuadMesh catmullClark(const QuadMesh& m);

// Moves every vertex along its normal onto the SDF's zero level set, then evens out the spacing with
// a few tangential relaxation passes.
void projectOntoSurface(const Anatomy& a, QuadMesh& m);

// UV atlas: one island per (finger, side) and per side of palm + forearm. Returns per-triangle UV
// indices (same order as `faces`) and the UV coordinates.
struct UvAtlas {
  MatrixX2f uvs;
  MatrixX3i uv_faces;
};
UvAtlas buildUvAtlas(const MatrixX3f& vertices, const MatrixX3i& faces,
                     const std::vector<int>& island_of_face);

}  // namespace palma::builtin
