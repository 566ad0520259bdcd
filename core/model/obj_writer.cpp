#include "core/model/obj_writer.h"

#include <cmath>
#include <cstdio>
#include <ostream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"

namespace palma {
namespace {

void checkIndices(const MatrixX3i& indices, Eigen::Index count, const char* what) {
  if (indices.size() == 0) return;
  if (indices.minCoeff() < 0 || indices.maxCoeff() >= count)
    throw Error(std::string("cannot write OBJ: ") + what + " index out of range (have " +
                std::to_string(count) + " entries)");
}

template <typename Matrix>
void checkFinite(const Matrix& m, const char* what) {
  if (!m.allFinite()) throw Error(std::string("cannot write OBJ: ") + what + " contain NaN or infinity");
}

void validate(const MatrixX3f& vertices, const MatrixX3i& faces, const MatrixX2f& uvs,
              const MatrixX3i& uv_faces, const MatrixX3f& normals) {
  checkFinite(vertices, "vertices");
  checkFinite(uvs, "UVs");
  checkFinite(normals, "normals");
  checkIndices(faces, vertices.rows(), "face");
  const bool has_uvs = uvs.rows() > 0;
  if (has_uvs != (uv_faces.rows() > 0))
    throw Error("cannot write OBJ: UVs and UV faces must be given together");
  if (has_uvs && uv_faces.rows() != faces.rows())
    throw Error("cannot write OBJ: " + std::to_string(uv_faces.rows()) + " UV faces for " +
                std::to_string(faces.rows()) + " faces");
  checkIndices(uv_faces, uvs.rows(), "UV face");
  if (normals.rows() > 0 && normals.rows() != vertices.rows())
    throw Error("cannot write OBJ: " + std::to_string(normals.rows()) + " normals for " +
                std::to_string(vertices.rows()) + " vertices");
}

}  // namespace

void writeObj(const std::string& path, const MatrixX3f& vertices, const MatrixX3i& faces,
              const MatrixX2f& uvs, const MatrixX3i& uv_faces, const MatrixX3f& normals) {
  validate(vertices, faces, uvs, uv_faces, normals);
  const bool has_uvs = uvs.rows() > 0;
  const bool has_normals = normals.rows() > 0;

  writeFileAtomically(path, [&](std::ostream& out) {
    char line[160];
    out << "# Palma Studio OBJ: " << vertices.rows() << " vertices, " << faces.rows()
        << " triangles, metres\n";
    // %.9g keeps float positions exact on re-read.
    for (Eigen::Index i = 0; i < vertices.rows(); ++i) {
      std::snprintf(line, sizeof(line), "v %.9g %.9g %.9g\n", vertices(i, 0), vertices(i, 1), vertices(i, 2));
      out << line;
    }
    for (Eigen::Index i = 0; i < uvs.rows(); ++i) {
      std::snprintf(line, sizeof(line), "vt %.9g %.9g\n", uvs(i, 0), uvs(i, 1));
      out << line;
    }
    for (Eigen::Index i = 0; i < normals.rows(); ++i) {
      std::snprintf(line, sizeof(line), "vn %.7g %.7g %.7g\n", normals(i, 0), normals(i, 1), normals(i, 2));
      out << line;
    }
    for (Eigen::Index f = 0; f < faces.rows(); ++f) {
      out << 'f';
      for (int k = 0; k < 3; ++k) {
        const int v = faces(f, k) + 1;
        if (has_uvs && has_normals)
          std::snprintf(line, sizeof(line), " %d/%d/%d", v, uv_faces(f, k) + 1, v);
        else if (has_uvs)
          std::snprintf(line, sizeof(line), " %d/%d", v, uv_faces(f, k) + 1);
        else if (has_normals)
          std::snprintf(line, sizeof(line), " %d//%d", v, v);
        else
          std::snprintf(line, sizeof(line), " %d", v);
        out << line;
      }
      out << '\n';
    }
  });
}

}  // namespace palma
