#include "core/export/export.h"

#include <fcntl.h>
#include <torch/torch.h>
#include <unistd.h>

#include <Eigen/SVD>
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "core/avatar/avatar_ops.h"
#include "core/common/error.h"
#include "core/export/export_internal.h"
#include "core/model/pose_animations.h"
#include "core/model/skinning.h"
#include "core/model/subdivision.h"

namespace palma {

namespace {

namespace fs = std::filesystem;
using export_detail::ExportScene;
using export_detail::FileConvention;
using Matrix4d = Eigen::Matrix4d;
using Matrix3d = Eigen::Matrix3d;
using Vector3d = Eigen::Vector3d;

constexpr int kNumNodes = 1 + kNumJoints + kNumFingers;  // forearm, joints, tips
constexpr int kMaxExtraSubdivision = 2;
constexpr double kForearmLength = 0.05;  // metres from the forearm root to the wrist
constexpr double kPresetSeconds = 2.0;
constexpr int kPresetKeys = 25;

// The one place where axes and units of each format are decided (docs/export.md, "Axes and units").
// All formats are Y-up and right-handed: Palma's camera axes (x right, y down, z forward) turn by 180
// degrees about x. glTF is in metres; its skeleton is stored in centimetres under an Armature node
// scaled by 0.01, so that no joint transform comes within Assimp's 0.01 identity tolerance (which
// would drop it). FBX is in centimetres throughout (its native unit, declared in the file); OBJ in
// metres.
FileConvention conventionFor(ExportFormat format) {
  FileConvention c;
  c.axes = Eigen::Vector3d(1, -1, -1).asDiagonal();
  switch (format) {
    case ExportFormat::Glb:
    case ExportFormat::Gltf:
      c.mesh_units = 1;
      c.skeleton_units = 100;
      c.armature_scale = 0.01;
      break;
    case ExportFormat::Fbx:
      c.mesh_units = 100;
      c.skeleton_units = 100;
      c.armature_scale = 1;
      break;
    case ExportFormat::Obj:
      c.mesh_units = c.skeleton_units = c.armature_scale = 1;
      break;
  }
  return c;
}

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

void progress(const ExportOptions& o, double fraction, const std::string& message) {
  if (o.cancel) o.cancel->check();
  if (o.progress) o.progress({fraction, "export", message});
}

// The nearest rotation to a (nearly orthonormal) frame.
Matrix3d orthonormal(const Eigen::Matrix3f& frame) {
  Eigen::JacobiSVD<Matrix3d> svd(frame.cast<double>(), Eigen::ComputeFullU | Eigen::ComputeFullV);
  Matrix3d r = svd.matrixU() * svd.matrixV().transpose();
  if (r.determinant() < 0) {
    Matrix3d u = svd.matrixU();
    u.col(2) *= -1;
    r = u * svd.matrixV().transpose();
  }
  return r;
}

Matrix4d rigid(const Matrix3d& rotation, const Vector3d& translation) {
  Matrix4d m = Matrix4d::Identity();
  m.topLeftCorner<3, 3>() = rotation;
  m.topRightCorner<3, 1>() = translation;
  return m;
}

Matrix3d rotationOf(const Eigen::Vector3f& axis_angle) {
  const double angle = axis_angle.cast<double>().norm();
  if (angle < 1e-12) return Matrix3d::Identity();
  return Eigen::AngleAxisd(angle, axis_angle.cast<double>() / angle).toRotationMatrix();
}

// The skeleton of the export model in Palma coordinates (metres) at rest, and its posing.
struct Skeleton {
  std::array<Vector3d, kNumJoints> joints;
  std::array<Matrix3d, kNumJoints> frames;
  std::array<int, kNumJoints> parents{};
  std::array<Vector3d, kNumFingers> tips;
  Vector3d forearm;

  // World transform of every node (forearm, joints, tips) for a pose and a root translation: node j's
  // columns are its joint frame carried along by the skinning transforms.
  std::array<Matrix4d, kNumNodes> worlds(const PoseMatrix& pose, const Vector3d& translation) const {
    std::array<Matrix4d, kNumJoints> g;  // skinning transforms around the rest joints
    for (int j = 0; j < kNumJoints; ++j) {
      const Matrix3d r = rotationOf(pose.row(j).transpose());
      g[j] = parents[j] < 0 ? rigid(r, joints[j] + translation)
                            : Matrix4d(g[parents[j]] * rigid(r, joints[j] - joints[parents[j]]));
    }
    std::array<Matrix4d, kNumNodes> n;
    for (int j = 0; j < kNumJoints; ++j) n[1 + j] = g[j] * rigid(frames[j], Vector3d::Zero());
    for (int f = 0; f < kNumFingers; ++f) {
      const int distal = jointIndex(f, 2);
      n[1 + kNumJoints + f] = g[distal] * rigid(frames[distal], tips[f] - joints[distal]);
    }
    // The forearm keeps its rest offset to the wrist, so the whole arm follows the global motion.
    const Matrix4d wrist_in_forearm =
        rigid(Matrix3d::Identity(), frames[0].transpose() * (joints[0] - forearm));
    n[0] = n[1] * wrist_in_forearm.inverse();
    return n;
  }
};

std::vector<int> nodeParents() {
  std::vector<int> p(kNumNodes, -1);
  const auto& parents = canonicalJointParents();
  for (int j = 0; j < kNumJoints; ++j) p[1 + j] = 1 + (parents[j] < 0 ? -1 : parents[j]);
  for (int f = 0; f < kNumFingers; ++f) p[1 + kNumJoints + f] = 1 + jointIndex(f, 2);
  return p;
}

// Palma world transforms -> local transforms in file axes and skeleton units.
std::vector<Matrix4d> fileLocals(const std::array<Matrix4d, kNumNodes>& worlds, const FileConvention& c) {
  std::array<Matrix4d, kNumNodes> file;
  for (int k = 0; k < kNumNodes; ++k)
    file[k] = rigid(c.axes * worlds[k].topLeftCorner<3, 3>(),
                    c.skeleton_units * (c.axes * worlds[k].topRightCorner<3, 1>()));
  const auto parents = nodeParents();
  std::vector<Matrix4d> locals(kNumNodes);
  for (int k = 0; k < kNumNodes; ++k) {
    if (parents[k] < 0) {
      locals[k] = file[k];
    } else {
      const Matrix4d& p = file[parents[k]];
      Matrix4d inv = Matrix4d::Identity();
      inv.topLeftCorner<3, 3>() = p.topLeftCorner<3, 3>().transpose();
      inv.topRightCorner<3, 1>() = -p.topLeftCorner<3, 3>().transpose() * p.topRightCorner<3, 1>();
      locals[k] = inv * file[k];
    }
  }
  return locals;
}

PoseMatrix mirrorPose(const PoseMatrix& pose) {
  // Reflecting x -> -x turns a rotation R into M R M; as axis-angle (a, b, c) -> (a, -b, -c).
  PoseMatrix out = pose;
  out.col(1) *= -1.0f;
  out.col(2) *= -1.0f;
  return out;
}

// [H,W,3] in [0,1] -> 8-bit PNG bytes, resized to size x size (0: unchanged).
export_detail::Image encodeImage(const torch::Tensor& image, int size, const std::string& file_name) {
  const auto t =
      (image.detach().to(torch::kFloat32).clamp(0, 1) * 255.0f).round().to(torch::kUInt8).contiguous();
  const int h = static_cast<int>(t.size(0)), w = static_cast<int>(t.size(1));
  cv::Mat rgb(h, w, CV_8UC3, const_cast<uint8_t*>(t.data_ptr<uint8_t>()));
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  if (size > 0 && (size != w || size != h))
    cv::resize(bgr, bgr, cv::Size(size, size), 0, 0, size < w ? cv::INTER_AREA : cv::INTER_LINEAR);
  export_detail::Image out;
  out.file_name = file_name;
  out.size = bgr.cols;
  if (!cv::imencode(".png", bgr, out.png)) throw Error("cannot encode the texture " + file_name + " as PNG");
  return out;
}

float srgbToLinear(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

// Stages every file under a temporary name in its folder, then renames them all; on failure nothing
// new is left behind.
void commitFiles(const std::map<std::string, std::string>& files, const std::string& main_path,
                 std::vector<std::string>& written) {
  static std::atomic<unsigned> counter{0};
  std::vector<std::pair<std::string, std::string>> staged;  // temp -> final
  auto cleanup = [&] {
    std::error_code ec;
    for (const auto& s : staged) fs::remove(s.first, ec);
  };
  try {
    for (const auto& [path, bytes] : files) {
      const fs::path target = fs::absolute(fs::path(path));
      const fs::path dir = target.parent_path();
      std::error_code ec;
      if (!fs::is_directory(dir, ec))
        throw Error("cannot write '" + path + "': the folder '" + dir.string() + "' does not exist");
      if (fs::is_directory(target, ec)) throw Error("cannot write '" + path + "': it is a folder");
      const std::string temp = (dir / ("." + target.filename().string() + ".tmp-" +
                                       std::to_string(::getpid()) + "-" + std::to_string(counter++)))
                                   .string();
      staged.emplace_back(temp, target.string());
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      if (!out) throw Error("cannot write '" + path + "': the folder '" + dir.string() + "' is not writable");
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      out.close();
      if (!out) throw Error("cannot write '" + path + "' (disk full?)");
      // On the device before the rename, so a crash never exposes an empty file under the final name.
      const int fd = ::open(temp.c_str(), O_WRONLY | O_CLOEXEC);
      const bool synced = fd >= 0 && ::fsync(fd) == 0;
      if (fd >= 0) ::close(fd);
      if (!synced) throw Error("cannot write '" + path + "': flushing it to disk failed");
    }
    for (const auto& [temp, target] : staged) {
      std::error_code ec;
      fs::rename(temp, target, ec);
      if (ec) throw Error("cannot write '" + target + "': " + ec.message());
    }
  } catch (...) {
    cleanup();
    throw;
  }
  written.push_back(fs::path(main_path).string());
  for (const auto& s : staged)
    if (fs::path(s.second) != fs::absolute(fs::path(main_path))) written.push_back(s.second);
}

}  // namespace

const char* exportFormatName(ExportFormat format) {
  switch (format) {
    case ExportFormat::Glb:
      return "glb";
    case ExportFormat::Gltf:
      return "gltf";
    case ExportFormat::Fbx:
      return "fbx";
    case ExportFormat::Obj:
      return "obj";
  }
  return "glb";
}

ExportFormat parseExportFormat(const std::string& name) {
  const std::string n = lower(name);
  for (ExportFormat f : {ExportFormat::Glb, ExportFormat::Gltf, ExportFormat::Fbx, ExportFormat::Obj})
    if (n == exportFormatName(f)) return f;
  throw InputError("unknown export format '" + name + "' (known formats: glb, gltf, fbx, obj)");
}

ExportFormat exportFormatFromPath(const std::string& path) {
  const std::string ext = lower(fs::path(path).extension().string());
  if (ext.size() > 1) {
    for (ExportFormat f : {ExportFormat::Glb, ExportFormat::Gltf, ExportFormat::Fbx, ExportFormat::Obj})
      if (ext.substr(1) == exportFormatName(f)) return f;
  }
  throw InputError("cannot export to '" + path + "': unknown file extension '" + ext +
                   "' (use .glb, .gltf, .fbx or .obj)");
}

const char* jointNamingName(JointNaming naming) { return naming == JointNaming::Mixamo ? "mixamo" : "palma"; }

JointNaming parseJointNaming(const std::string& name) {
  const std::string n = lower(name);
  if (n == "palma") return JointNaming::Palma;
  if (n == "mixamo") return JointNaming::Mixamo;
  throw InputError("unknown joint naming scheme '" + name + "' (known schemes: palma, mixamo)");
}

std::vector<std::string> exportJointNames(JointNaming naming, Handedness side) {
  const bool right = side == Handedness::Right;
  std::vector<std::string> names;
  names.reserve(kNumNodes);
  if (naming == JointNaming::Palma) {
    const std::string suffix = right ? ".R" : ".L";
    names.push_back("forearm" + suffix);
    for (const char* n : canonicalJointNames()) names.push_back(n + suffix);
    for (const char* n : canonicalTipNames()) names.push_back(n + suffix);
    return names;
  }
  const std::string s = right ? "Right" : "Left";
  static const char* const kFingers[kNumFingers] = {"Index", "Middle", "Ring", "Pinky", "Thumb"};
  names.push_back(s + "ForeArm");
  names.push_back(s + "Hand");
  for (int f = 0; f < kNumFingers; ++f)
    for (int k = 1; k <= 3; ++k) names.push_back(s + "Hand" + kFingers[f] + std::to_string(k));
  for (int f = 0; f < kNumFingers; ++f) names.push_back(s + "Hand" + kFingers[f] + "4");
  return names;
}

std::vector<int> exportJointParents() { return nodeParents(); }

ExportResult exportAvatar(const Avatar& avatar, const HandModel& tmpl, const std::string& path,
                          const ExportOptions& options) {
  // ---- Arguments ----
  if (path.empty()) throw InputError("no output file given for the export");
  const ExportFormat format = options.format ? *options.format : exportFormatFromPath(path);
  if (options.texture_size < 0 || options.texture_size > 16384)
    throw InputError("export texture size must be 1..16384 texels (0: the avatar's own), got " +
                     std::to_string(options.texture_size));
  if (options.subdivision < 0 || options.subdivision > kMaxExtraSubdivision)
    throw InputError("export subdivision must be 0.." + std::to_string(kMaxExtraSubdivision) + ", got " +
                     std::to_string(options.subdivision));
  if (!(options.fps > 0) || !std::isfinite(options.fps))
    throw InputError("export frame rate must be positive, got " + std::to_string(options.fps));
  if (format == ExportFormat::Obj && options.animation != ExportAnimation::None)
    throw InputError("an OBJ file cannot hold animation: export .glb, .gltf or .fbx, or choose no animation");
  if (options.animation == ExportAnimation::Captured && avatar.motion.numFrames() == 0)
    throw InputError("the avatar has no captured motion to export (it was not reconstructed from a capture)");
  PoseClip preset_clip;
  if (options.animation == ExportAnimation::Preset) {
    if (options.preset.empty()) throw InputError("a preset animation needs a pose preset name");
    // A preset plays rest -> preset -> rest; the names of poseAnimationNames() (count, wave, ...) play
    // those animations. InputError listing the names when unknown.
    preset_clip = poseAnimationClip(tmpl, options.preset, (kPresetKeys - 1) / kPresetSeconds);
  }
  if (tmpl.numVertices() == 0 || tmpl.numFaces() == 0)
    throw InputError("cannot export: the hand template '" + tmpl.name + "' has no geometry");
  validateAvatar(avatar, tmpl);
  if (avatar.displacement.numel() == 0)
    throw InputError("cannot export an empty avatar (it has no vertices)");
  progress(options, 0.0, "preparing the mesh");

  ExportResult result;
  result.format = format;
  ExportScene scene;
  scene.format = format;
  scene.convention = conventionFor(format);
  scene.stem = fs::path(path).stem().string();
  scene.rigged = format != ExportFormat::Obj;
  scene.embed_textures = options.embed_textures && format != ExportFormat::Obj;
  const FileConvention& conv = scene.convention;

  // ---- The avatar's rest mesh with shape and displacement baked in ----
  torch::NoGradGuard no_grad;
  const Rig rig = makeRig(tmpl);
  const auto rest = poseAvatar(rig, tmpl, avatar, torch::zeros({1, kNumJoints, 3}), torch::zeros({1, 3}));
  const auto rest_vertices = rest.vertices[0].contiguous();
  const auto shape = avatar.shape.contiguous();
  const Eigen::VectorXf beta = Eigen::Map<const Eigen::VectorXf>(shape.data_ptr<float>(), shape.numel());

  HandModel m = tmpl;
  std::copy(rest_vertices.data_ptr<float>(), rest_vertices.data_ptr<float>() + rest_vertices.numel(),
            m.vertices.data());
  m.joints = tmpl.shapedJoints(beta);
  m.shape_dirs = MatrixXfR::Zero(m.vertices.rows() * 3, 0);
  m.joint_shape_dirs = MatrixXfR::Zero(kNumJoints * 3, 0);
  m.shape_names.clear();
  if (m.hasPoseCorrectives())
    result.warnings.push_back(
        "pose correctives (MANO posedirs) are not exported: the files use linear blend skinning only");
  m.pose_dirs.resize(0, 0);
  m.pose_components.resize(0, 0);
  m.pose_mean.resize(0);
  if (options.subdivision > 0) m = subdivide(m, avatar.subdivision_scheme, options.subdivision);
  const bool mirror = options.side && *options.side != tmpl.handedness;
  if (mirror) m = mirrored(m);
  const Handedness side = m.handedness;

  // ---- Skeleton ----
  Skeleton sk;
  const MatrixX3f tips = m.tips(m.vertices);
  for (int j = 0; j < kNumJoints; ++j) {
    sk.joints[j] = m.joints.row(j).transpose().cast<double>();
    sk.frames[j] = orthonormal(m.joint_frames[j]);
    sk.parents[j] = m.parents[j];
  }
  for (int f = 0; f < kNumFingers; ++f) sk.tips[f] = tips.row(f).transpose().cast<double>();
  const Vector3d toward_fingers = sk.joints[jointIndex(kMiddle, 0)] - sk.joints[0];
  if (toward_fingers.norm() < 1e-6)
    throw InputError("cannot export: the template '" + tmpl.name + "' has its middle knuckle at the wrist");
  sk.forearm = sk.joints[0] - kForearmLength * toward_fingers.normalized();

  const auto names = exportJointNames(options.naming, side);
  const auto parents = nodeParents();
  PoseMatrix static_pose = options.pose ? *options.pose : PoseMatrix::Zero();
  if (mirror) static_pose = mirrorPose(static_pose);
  if (scene.rigged) {
    const auto locals = fileLocals(sk.worlds(static_pose, Vector3d::Zero()), conv);
    const auto bind = fileLocals(sk.worlds(PoseMatrix::Zero(), Vector3d::Zero()), conv);
    for (int k = 0; k < kNumNodes; ++k) scene.nodes.push_back({names[k], parents[k], locals[k], bind[k]});
    result.joints = kNumNodes;
  }

  // ---- Mesh: split at UV seams, posed for OBJ ----
  MatrixX3f verts = m.vertices;
  if (!scene.rigged && options.pose) {
    const auto w = sk.worlds(static_pose, Vector3d::Zero());
    const auto r = sk.worlds(PoseMatrix::Zero(), Vector3d::Zero());
    std::array<Eigen::Matrix4f, kNumJoints> skinning;
    for (int j = 0; j < kNumJoints; ++j) skinning[j] = (w[1 + j] * r[1 + j].inverse()).cast<float>();
    for (int i = 0; i < verts.rows(); ++i) {
      Eigen::Vector4f acc = Eigen::Vector4f::Zero();
      const Eigen::Vector4f v(m.vertices(i, 0), m.vertices(i, 1), m.vertices(i, 2), 1.0f);
      for (int j = 0; j < kNumJoints; ++j)
        if (m.skin_weights(i, j) != 0) acc += m.skin_weights(i, j) * (skinning[j] * v);
      verts.row(i) = acc.head<3>().transpose();
    }
  }
  const auto vt = torch::from_blob(verts.data(), {1, verts.rows(), 3}, torch::kFloat32);
  const auto ft = torch::from_blob(m.faces.data(), {m.faces.rows(), 3}, torch::kInt32).to(torch::kInt64);
  const auto normals_t = vertexNormals(vt, ft)[0].contiguous();
  const float* nrm = normals_t.data_ptr<float>();
  const bool has_uvs = m.uvs.rows() > 0 && m.uv_faces.rows() == m.faces.rows();
  std::map<std::pair<int, int>, int> split;
  const Eigen::Matrix3f axes = conv.axes.cast<float>();
  for (int f = 0; f < m.numFaces(); ++f) {
    std::array<int, 3> face{};
    for (int c = 0; c < 3; ++c) {
      const int v = m.faces(f, c), t = has_uvs ? m.uv_faces(f, c) : -1;
      auto [it, inserted] = split.emplace(std::make_pair(v, t), static_cast<int>(scene.positions.size()));
      if (inserted) {
        scene.positions.push_back(static_cast<float>(conv.mesh_units) * (axes * verts.row(v).transpose()));
        scene.normals.push_back(axes * Eigen::Vector3f(nrm[3 * v], nrm[3 * v + 1], nrm[3 * v + 2]));
        if (has_uvs) scene.uvs.push_back(m.uvs.row(t).transpose());
        // The 4 largest influences, renormalised; node 1 + j is joint j.
        std::vector<std::pair<float, int>> w;
        for (int j = 0; j < kNumJoints; ++j)
          if (m.skin_weights(v, j) > 0) w.emplace_back(m.skin_weights(v, j), j);
        std::sort(w.begin(), w.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        w.resize(std::min<size_t>(w.size(), 4));
        float sum = 0;
        for (const auto& e : w) sum += e.first;
        std::array<int, 4> ids{0, 0, 0, 0};
        std::array<float, 4> ws{0, 0, 0, 0};
        for (size_t k = 0; k < w.size(); ++k) {
          ids[k] = 1 + w[k].second;
          ws[k] = sum > 0 ? w[k].first / sum : 0;
        }
        if (sum <= 0) {
          ids[0] = 1;
          ws[0] = 1;
        }
        scene.joint_ids.push_back(ids);
        scene.joint_weights.push_back(ws);
      }
      face[c] = it->second;
    }
    scene.faces.push_back(face);
  }
  result.vertices = static_cast<int>(scene.positions.size());
  result.faces = static_cast<int>(scene.faces.size());
  progress(options, 0.3, "preparing textures and animation");

  // ---- Material ----
  if (has_uvs) {
    const std::string ext = ".png";
    scene.albedo = encodeImage(avatar.albedo, options.texture_size, scene.stem + "_albedo" + ext);
    scene.normal_map = encodeImage(avatar.normal_map, options.texture_size, scene.stem + "_normal" + ext);
    result.texture_size = scene.albedo.size;
  } else {
    const auto mean = avatar.albedo.reshape({-1, 3}).mean(0).to(torch::kFloat32).contiguous();
    for (int c = 0; c < 3; ++c) scene.base_colour[c] = srgbToLinear(mean[c].item<float>());
    result.warnings.push_back("the template '" + tmpl.name +
                              "' has no UV coordinates: the material gets the albedo's mean colour and no "
                              "texture maps");
  }

  // ---- Animation ----
  if (options.animation != ExportAnimation::None) {
    std::vector<PoseMatrix> poses;
    std::vector<Vector3d> translations;
    if (options.animation == ExportAnimation::Captured) {
      const auto& motion = avatar.motion;
      const auto pose_t = motion.pose.to(torch::kFloat32).contiguous();
      const auto trans_t = motion.translation.to(torch::kFloat64).contiguous();
      const float* p = pose_t.data_ptr<float>();
      const double* t = trans_t.data_ptr<double>();
      const int frames = static_cast<int>(motion.numFrames());
      for (int i = 0; i < frames; ++i) {
        PoseMatrix pm = Eigen::Map<const PoseMatrix>(p + static_cast<size_t>(i) * kNumJoints * 3);
        // Relative to the first frame, so the clip starts where the rest pose stands.
        Vector3d tr(t[3 * i] - t[0], t[3 * i + 1] - t[1], t[3 * i + 2] - t[2]);
        if (mirror) {
          pm = mirrorPose(pm);
          tr.x() = -tr.x();
        }
        poses.push_back(pm);
        translations.push_back(tr);
        scene.key_times.push_back((motion.frame_indices[i] - motion.frame_indices[0]) / options.fps);
      }
      scene.animation_name = "captured";
    } else {
      for (int k = 0; k < preset_clip.numFrames(); ++k) {
        poses.push_back(mirror ? mirrorPose(preset_clip.poses[k]) : preset_clip.poses[k]);
        translations.push_back(Vector3d::Zero());
        scene.key_times.push_back(preset_clip.times[k]);
      }
      scene.animation_name = options.preset;
    }
    for (int k = 0; k <= kNumJoints; ++k) scene.tracks.push_back({k, {}, {}});
    for (size_t i = 0; i < poses.size(); ++i) {
      const auto locals = fileLocals(sk.worlds(poses[i], translations[i]), conv);
      for (auto& track : scene.tracks) {
        const Matrix4d& l = locals[track.node];
        track.translation.push_back(l.topRightCorner<3, 1>());
        Eigen::Quaterniond q(Matrix3d(l.topLeftCorner<3, 3>()));
        q.normalize();
        // Keep consecutive keys in the same hemisphere so interpolation takes the short way.
        if (!track.rotation.empty() && track.rotation.back().dot(q) < 0) q.coeffs() *= -1;
        track.rotation.push_back(q);
      }
    }
    result.animation_keys = static_cast<int>(scene.key_times.size());
    result.animation_seconds = scene.key_times.empty() ? 0 : scene.key_times.back();
  }
  progress(options, 0.5, std::string("writing ") + exportFormatName(format));

  // ---- Write ----
  auto files = export_detail::writeScene(scene, path);
  progress(options, 0.9, "saving files");
  commitFiles(files, path, result.files);
  progress(options, 1.0, "done");
  return result;
}

}  // namespace palma
