// Wavefront OBJ output of a triangle mesh (positions, optional UVs with their own index buffer, optional
// per-vertex normals), written atomically. Used by `palma model export`, the demo and debugging.
#pragma once

#include <string>

#include "core/model/hand_model.h"

namespace palma {

// Writes `path` as OBJ: "v" lines in metres, "vt" lines, "vn" lines, then one "f v/vt/vn" line per
// triangle (1-based; "v//vn", "v/vt" or "v" when UVs or normals are absent). `normals` are per vertex
// (same row count as `vertices`) and share the vertex indices; `uv_faces` index `uvs` and must have
// the same row count as `faces` when UVs are given. Throws palma::Error on inconsistent sizes,
// out-of-range indices, non-finite values, or when the file cannot be written (no partial file remains).
void writeObj(const std::string& path, const MatrixX3f& vertices, const MatrixX3i& faces,
              const MatrixX2f& uvs = {}, const MatrixX3i& uv_faces = {}, const MatrixX3f& normals = {});

}  // namespace palma
