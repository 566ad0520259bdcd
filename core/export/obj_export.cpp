#include "core/export/obj_export.h"

#include <torch/torch.h>

#include <filesystem>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/export/export.h"

namespace palma {

namespace fs = std::filesystem;

ObjExportResult exportAvatarObj(const Avatar& avatar, const HandModel& tmpl, const std::string& folder,
                                const std::string& name, const torch::Tensor& pose) {
  ensureFolder(folder);
  ExportOptions options;
  options.format = ExportFormat::Obj;
  options.embed_textures = false;
  if (pose.defined()) {
    const auto p = pose.detach().to(torch::kFloat32).contiguous().view({kNumJoints, 3});
    options.pose = Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
  }
  const fs::path dir(folder);
  const ExportResult written = exportAvatar(avatar, tmpl, (dir / (name + ".obj")).string(), options);
  ObjExportResult r;
  r.obj = (dir / (name + ".obj")).string();
  r.mtl = (dir / (name + ".mtl")).string();
  r.albedo = (dir / (name + "_albedo.png")).string();
  r.normal_map = (dir / (name + "_normal.png")).string();
  r.vertices = written.vertices;
  r.faces = written.faces;
  return r;
}

}  // namespace palma
