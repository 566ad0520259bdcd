#include "core/export/obj_export.h"

#include <torch/torch.h>

#include <filesystem>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>

#include "core/avatar/avatar_ops.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/model/obj_writer.h"
#include "core/model/skinning.h"

namespace palma {

namespace {

namespace fs = std::filesystem;

// [H,W,3] in [0,1] -> PNG with `depth` bits (8 or 16), written atomically.
void writePng(const torch::Tensor& image, const std::string& path, int depth) {
  const double scale = depth == 16 ? 65535.0 : 255.0;
  auto t = (image.detach().to(torch::kFloat64).clamp(0, 1) * scale).round();
  t = depth == 16 ? t.to(torch::kInt32) : t.to(torch::kUInt8);
  const int h = static_cast<int>(image.size(0)), w = static_cast<int>(image.size(1));
  cv::Mat rgb(h, w, depth == 16 ? CV_16UC3 : CV_8UC3);
  if (depth == 16) {
    const auto v = t.contiguous();
    const int32_t* p = v.data_ptr<int32_t>();
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        for (int c = 0; c < 3; ++c)
          rgb.at<cv::Vec3w>(y, x)[2 - c] =
              static_cast<uint16_t>(p[(static_cast<int64_t>(y) * w + x) * 3 + c]);
  } else {
    const auto v = t.contiguous();
    const uint8_t* p = v.data_ptr<uint8_t>();
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        for (int c = 0; c < 3; ++c)
          rgb.at<cv::Vec3b>(y, x)[2 - c] = p[(static_cast<int64_t>(y) * w + x) * 3 + c];
  }
  std::vector<uchar> bytes;
  if (!cv::imencode(".png", rgb, bytes)) throw Error("cannot encode " + path + " as PNG");
  writeFileAtomically(path, [&](std::ostream& out) {
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  });
}

}  // namespace

ObjExportResult exportAvatarObj(const Avatar& avatar, const HandModel& tmpl, const std::string& folder,
                                const std::string& name, const torch::Tensor& pose) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (!fs::is_directory(folder))
    throw Error("cannot create the folder '" + folder + "'" + (ec ? ": " + ec.message() : std::string()));
  torch::NoGradGuard guard;
  const Rig rig = makeRig(tmpl);
  const auto p =
      pose.defined() ? pose.to(torch::kFloat32).view({1, kNumJoints, 3}) : torch::zeros({1, kNumJoints, 3});
  const auto mesh = poseAvatar(rig, tmpl, avatar, p, torch::zeros({1, 3}));
  const auto verts = mesh.vertices[0].contiguous();
  const auto normals = vertexNormals(mesh.vertices, mesh.faces)[0].contiguous();
  MatrixX3f v(verts.size(0), 3), n(normals.size(0), 3);
  std::copy(verts.data_ptr<float>(), verts.data_ptr<float>() + verts.numel(), v.data());
  std::copy(normals.data_ptr<float>(), normals.data_ptr<float>() + normals.numel(), n.data());

  ObjExportResult r;
  const fs::path dir(folder);
  r.obj = (dir / (name + ".obj")).string();
  r.mtl = (dir / (name + ".mtl")).string();
  r.albedo = (dir / (name + "_albedo.png")).string();
  r.normal_map = (dir / (name + "_normal.png")).string();
  writePng(avatar.albedo, r.albedo, 8);
  writePng(avatar.normal_map, r.normal_map, 16);
  writeTextFileAtomically(r.mtl,
                          "# Palma avatar material\nnewmtl skin\nKa 0 0 0\nKd 1 1 1\nKs 0 0 0\nillum 1\n"
                          "map_Kd " +
                              name + "_albedo.png\nnorm " + name +
                              "_normal.png\n"
                              "map_Bump " +
                              name + "_normal.png\n");
  writeObj(r.obj, v, tmpl.faces, tmpl.uvs, tmpl.uv_faces, n);
  // Reference the material from the OBJ (writeObj writes geometry only): prepend the two lines.
  std::ifstream in(r.obj);
  std::stringstream body;
  body << in.rdbuf();
  in.close();
  writeTextFileAtomically(r.obj, "mtllib " + name + ".mtl\nusemtl skin\n" + body.str());
  r.vertices = static_cast<int>(v.rows());
  r.faces = static_cast<int>(tmpl.faces.rows());
  return r;
}

}  // namespace palma
