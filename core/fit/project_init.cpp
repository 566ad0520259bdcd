#include "core/fit/project_init.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_reader.h"
#include "core/model/skinning.h"

namespace palma::fit {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string hashText(const std::string& text) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (const unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
  return buffer;
}

bool allFinite(const torch::Tensor& t) {
  return !t.defined() || t.numel() == 0 || torch::isfinite(t).all().item<bool>();
}

// The capture rows' keypoints and the full-frame camera as [R,21,3] and [R,4] for every project row.
std::pair<torch::Tensor, torch::Tensor> fullFrameKeypoints(const CaptureProject& project) {
  const int64_t n = project.numFrames();
  torch::Tensor kp = torch::zeros({n, kNumKeypoints, 3});
  auto a = kp.accessor<float, 3>();
  for (int64_t i = 0; i < n && i < project.keypoints.numFrames(); ++i)
    for (int j = 0; j < kNumKeypoints; ++j) {
      const Keypoint2D& k = project.keypoints.frames[i][j];
      if (!k.present()) continue;
      a[i][j][0] = k.x;
      a[i][j][1] = k.y;
      a[i][j][2] = k.confidence;
    }
  torch::Tensor K = torch::tensor({project.intrinsics[0], project.intrinsics[1], project.intrinsics[2],
                                   project.intrinsics[3]},
                                  torch::kFloat32)
                        .unsqueeze(0)
                        .repeat({n, 1});
  return {kp, K};
}

}  // namespace

int ProjectInit::correctedCount() const {
  int n = 0;
  for (const ProjectInitFrame& f : frames) n += f.user_corrected ? 1 : 0;
  return n;
}

void ProjectInit::validate() const {
  auto fail = [](const std::string& what) { throw InputError("the pose initialisation " + what); };
  if (model.empty()) fail("names no hand model");
  const int64_t r = numRows();
  if (r == 0) fail("has no frames");
  if (!pose.defined() || pose.dim() != 3 || pose.size(0) != r || pose.size(1) != kNumJoints ||
      pose.size(2) != 3)
    fail("needs a pose of [" + std::to_string(r) + ",16,3]");
  if (!translation.defined() || translation.dim() != 2 || translation.size(0) != r ||
      translation.size(1) != 3)
    fail("needs a translation of [" + std::to_string(r) + ",3]");
  if (!shape.defined() || shape.dim() != 1) fail("needs a shape vector");
  if (!allFinite(pose)) fail("has a pose value that is not finite");
  if (!allFinite(translation)) fail("has a translation value that is not finite");
  if (!allFinite(shape)) fail("has a shape value that is not finite");
  for (int64_t i = 1; i < r; ++i)
    if (frames[i].source_frame <= frames[i - 1].source_frame)
      fail("frames must be in increasing source order (row " + std::to_string(i) + ")");
  for (int64_t i = 0; i < r; ++i)
    if (frames[i].user_corrected && !frames[i].fitted)
      fail("row " + std::to_string(i) + " is marked corrected but has no pose");
}

std::string projectInitPath(const std::string& project_folder) {
  return (fs::path(project_folder) / "init.json").string();
}

void saveProjectInit(const std::string& folder, const ProjectInit& init) {
  init.validate();
  ensureFolder(folder);
  const torch::Tensor pose = init.pose.to(torch::kCPU, torch::kDouble).contiguous();
  const torch::Tensor translation = init.translation.to(torch::kCPU, torch::kDouble).contiguous();
  const torch::Tensor shape = init.shape.to(torch::kCPU, torch::kDouble).contiguous();
  json j;
  j["format"] = "palma-init";
  j["version"] = ProjectInit::kVersion;
  j["model"] = init.model;
  j["keypoint_stamp"] = init.keypoint_stamp;
  j["project_stamp"] = init.project_stamp;
  j["shape"] = std::vector<double>(shape.data_ptr<double>(), shape.data_ptr<double>() + shape.numel());
  json frames = json::array();
  for (int i = 0; i < init.numRows(); ++i) {
    const ProjectInitFrame& f = init.frames[i];
    json e = {{"row", i},
              {"source_frame", f.source_frame},
              {"fitted", f.fitted},
              {"user_corrected", f.user_corrected}};
    e["error_px"] = std::isfinite(f.error_px) ? json(f.error_px) : json(nullptr);
    if (f.fitted) {
      const double* p = pose[i].data_ptr<double>();
      const double* t = translation[i].data_ptr<double>();
      e["pose"] = std::vector<double>(p, p + kNumJoints * 3);
      e["translation"] = std::vector<double>(t, t + 3);
    }
    frames.push_back(std::move(e));
  }
  j["frames"] = std::move(frames);
  writeTextFileAtomically(projectInitPath(folder), j.dump(1) + "\n");
}

std::optional<ProjectInit> loadProjectInit(const std::string& folder) {
  const fs::path path = projectInitPath(folder);
  if (!fs::exists(path)) return std::nullopt;
  const json j = readJsonFile(path);
  const JsonReader r{path.string()};
  if (!j.is_object()) r.fail("must hold a JSON object");
  r.format(j, "palma-init", ProjectInit::kVersion);
  ProjectInit init;
  init.model = r.string(r.field(j, "model", "the file"), "\"model\"");
  if (init.model.empty()) r.fail("\"model\" is empty");
  init.keypoint_stamp = r.string(r.field(j, "keypoint_stamp", "the file"), "\"keypoint_stamp\"");
  if (j.contains("project_stamp")) init.project_stamp = r.string(j.at("project_stamp"), "\"project_stamp\"");

  auto numbers = [&](const json& a, size_t expected, const std::string& where) {
    if (!a.is_array()) r.fail(where + " must be an array");
    std::vector<float> v;
    for (size_t k = 0; k < a.size(); ++k)
      v.push_back(static_cast<float>(r.number(a[k], where + "[" + std::to_string(k) + "]")));
    if (expected > 0 && a.size() != expected)
      r.fail(where + " has " + std::to_string(a.size()) + " numbers, expected " + std::to_string(expected));
    return v;
  };
  const std::vector<float> shape = numbers(r.field(j, "shape", "the file"), 0, "\"shape\"");
  init.shape = torch::tensor(shape, torch::kFloat32).reshape({static_cast<int64_t>(shape.size())});

  const json& frames = r.field(j, "frames", "the file");
  if (!frames.is_array() || frames.empty()) r.fail("\"frames\" must be a non-empty array");
  const int64_t n = static_cast<int64_t>(frames.size());
  init.pose = torch::zeros({n, kNumJoints, 3});
  init.translation = torch::zeros({n, 3});
  for (int64_t i = 0; i < n; ++i) {
    const json& e = frames[i];
    const std::string where = "frame " + std::to_string(i);
    if (!e.is_object()) r.fail(where + " must be an object");
    const int64_t row = r.integer(r.field(e, "row", where), where + " \"row\"");
    if (row != i)
      r.fail(where + " has \"row\" " + std::to_string(row) + " (rows must be 0, 1, 2, ... in order)");
    ProjectInitFrame f;
    f.source_frame =
        static_cast<int>(r.integer(r.field(e, "source_frame", where), where + " \"source_frame\""));
    const json& fitted = r.field(e, "fitted", where);
    if (!fitted.is_boolean()) r.fail(where + " \"fitted\" must be true or false");
    f.fitted = fitted.get<bool>();
    if (e.contains("user_corrected")) {
      if (!e.at("user_corrected").is_boolean()) r.fail(where + " \"user_corrected\" must be true or false");
      f.user_corrected = e.at("user_corrected").get<bool>();
    }
    f.error_px = e.contains("error_px") && !e.at("error_px").is_null()
                     ? r.number(e.at("error_px"), where + " \"error_px\"")
                     : kNaN;
    if (f.fitted) {
      const std::vector<float> p = numbers(r.field(e, "pose", where), kNumJoints * 3, where + " \"pose\"");
      const std::vector<float> t = numbers(r.field(e, "translation", where), 3, where + " \"translation\"");
      init.pose[i].copy_(torch::tensor(p, torch::kFloat32).view({kNumJoints, 3}));
      init.translation[i].copy_(torch::tensor(t, torch::kFloat32));
    }
    init.frames.push_back(f);
  }
  try {
    init.validate();
  } catch (const InputError& e) {
    r.fail(e.what());
  }
  return init;
}

void removeProjectInit(const std::string& folder) {
  std::error_code ec;
  fs::remove(projectInitPath(folder), ec);
}

std::string initKeypointStamp(const CaptureProject& project) {
  std::ostringstream s;
  s << (project.keypoints.handedness == Handedness::Left ? "left" : "right") << ' ' << project.width << ' '
    << project.height << ';';
  for (const double v : project.intrinsics) s << v << ' ';
  s << ';';
  for (const ProjectFrame& f : project.frames) s << f.index << ' ';
  s << ';';
  for (const FrameKeypoints& f : project.keypoints.frames)
    for (const Keypoint2D& k : f) s << k.x << ' ' << k.y << ' ' << k.confidence << ';';
  return hashText(s.str());
}

std::vector<int> projectRowsOfCapture(const CaptureProject& project, const PreparedCapture& capture) {
  std::map<int, int> row_of;
  for (int i = 0; i < project.numFrames(); ++i) row_of[project.frames[i].index] = i;
  if (static_cast<int64_t>(capture.frame_indices.size()) != capture.numFrames())
    throw InputError("the prepared capture has " + std::to_string(capture.numFrames()) + " frames but " +
                     std::to_string(capture.frame_indices.size()) + " source frame numbers");
  std::vector<int> rows;
  for (const int index : capture.frame_indices) {
    const auto it = row_of.find(index);
    if (it == row_of.end())
      throw InputError("the prepared capture holds source frame " + std::to_string(index) +
                       ", which the project does not have: prepare the project again");
    rows.push_back(it->second);
  }
  return rows;
}

std::vector<double> projectReprojectionErrors(const ProjectInit& init, const CaptureProject& project,
                                              const HandModel& model) {
  const int n = project.numFrames();
  if (init.numRows() != n)
    throw InputError("the pose initialisation has " + std::to_string(init.numRows()) +
                     " rows but the project has " + std::to_string(n) + " frames");
  const Rig rig = makeRig(model);
  const auto [kp, K] = fullFrameKeypoints(project);
  InitResult r;
  r.pose = init.pose.to(torch::kFloat32);
  r.translation = init.translation.to(torch::kFloat32);
  r.shape =
      init.shape.to(torch::kFloat32).slice(0, 0, std::min<int64_t>(init.shape.numel(), rig.numShapes()));
  std::vector<double> errors = reprojectionErrors(rig, r, kp, K, InitSettings{}.min_confidence);
  for (int i = 0; i < n; ++i)
    if (!init.frames[i].fitted) errors[i] = kNaN;
  return errors;
}

ProjectInit fitProjectInit(const CaptureProject& project, const PreparedCapture& capture,
                           const HandModel& model, const std::string& model_spec,
                           const InitSettings& settings, const ProjectInit* previous,
                           const ProgressCallback& progress, const CancelToken* cancel) {
  const std::vector<int> rows = projectRowsOfCapture(project, capture);
  const Rig rig = makeRig(model);
  const InitResult fitted = initialiseFromKeypoints(rig, model, capture, settings, progress, cancel);

  const int n = project.numFrames();
  ProjectInit init;
  init.model = model_spec;
  init.keypoint_stamp = initKeypointStamp(project);
  init.project_stamp = project.stamp();
  init.pose = torch::zeros({n, kNumJoints, 3});
  init.translation = torch::zeros({n, 3});
  init.shape = fitted.shape.to(torch::kCPU, torch::kFloat32).clone();
  init.frames.resize(n);
  for (int i = 0; i < n; ++i) init.frames[i].source_frame = project.frames[i].index;
  for (size_t r = 0; r < rows.size(); ++r) {
    init.frames[rows[r]].fitted = true;
    init.pose[rows[r]].copy_(fitted.pose[r].to(torch::kCPU, torch::kFloat32));
    init.translation[rows[r]].copy_(fitted.translation[r].to(torch::kCPU, torch::kFloat32));
  }

  if (previous) {
    std::map<int, int> previous_row;
    for (int i = 0; i < previous->numRows(); ++i) previous_row[previous->frames[i].source_frame] = i;
    bool kept = false;
    for (int i = 0; i < n; ++i) {
      const auto it = previous_row.find(init.frames[i].source_frame);
      if (it == previous_row.end() || !init.frames[i].fitted) continue;
      const ProjectInitFrame& old = previous->frames[it->second];
      if (!old.user_corrected || !old.fitted) continue;
      init.pose[i].copy_(previous->pose[it->second].to(torch::kFloat32));
      init.translation[i].copy_(previous->translation[it->second].to(torch::kFloat32));
      init.frames[i].user_corrected = true;
      kept = true;
    }
    if (kept && previous->shape.defined() && previous->shape.numel() == init.shape.numel())
      init.shape = previous->shape.to(torch::kFloat32).clone();
  }

  const std::vector<double> errors = projectReprojectionErrors(init, project, model);
  for (int i = 0; i < n; ++i) init.frames[i].error_px = errors[i];
  return init;
}

std::string projectInitMismatch(const ProjectInit& init, const CaptureProject& project,
                                const PreparedCapture& capture, const HandModel& model,
                                const std::string& model_spec) {
  if (init.model != model_spec)
    return "it was fitted for the model '" + init.model + "', this reconstruction uses '" + model_spec + "'";
  if (init.numRows() != project.numFrames())
    return "it has " + std::to_string(init.numRows()) + " frames, the project " +
           std::to_string(project.numFrames());
  if (init.keypoint_stamp != initKeypointStamp(project))
    return "the keypoints, the camera or the frames changed since it was fitted";
  if (init.shape.numel() > model.numShapes())
    return "its shape has " + std::to_string(init.shape.numel()) + " coefficients, the model " +
           std::to_string(model.numShapes());
  std::vector<int> rows;
  try {
    rows = projectRowsOfCapture(project, capture);
  } catch (const InputError& e) {
    return e.what();
  }
  for (const int row : rows)
    if (!init.frames[row].fitted || init.frames[row].source_frame != project.frames[row].index)
      return "source frame " + std::to_string(project.frames[row].index) + " has no pose";
  return {};
}

InitResult initResultForCapture(const ProjectInit& init, const CaptureProject& project,
                                const PreparedCapture& capture, const HandModel& model) {
  const std::vector<int> rows = projectRowsOfCapture(project, capture);
  std::vector<int64_t> index;
  for (const int row : rows) {
    if (row >= init.numRows() || !init.frames[row].fitted)
      throw InputError("the pose initialisation has no pose for source frame " +
                       std::to_string(project.frames[row].index));
    index.push_back(row);
  }
  const torch::Tensor idx = torch::tensor(index, torch::kInt64);
  InitResult r;
  r.pose = init.pose.index_select(0, idx).to(torch::kFloat32).contiguous();
  r.translation = init.translation.index_select(0, idx).to(torch::kFloat32).contiguous();
  r.shape = init.shape.to(torch::kFloat32).clone();
  r.frame_error_px = reprojectionErrors(makeRig(model), r, capture.keypoints, capture.intrinsics,
                                        InitSettings{}.min_confidence);
  return r;
}

std::optional<InitResult> projectInitForReconstruction(const std::string& project_folder,
                                                       const PreparedCapture& capture, const HandModel& model,
                                                       const std::string& model_spec, std::string& note) {
  const std::string file = projectInitPath(project_folder);
  std::optional<ProjectInit> init;
  try {
    init = loadProjectInit(project_folder);
  } catch (const InputError& e) {
    throw InputError(
        std::string(e.what()) +
        " — delete it, or fit the initialisation again (palma reconstruct --refit-init, or Re-fit "
        "on the studio's Prepare page)");
  }
  if (!init) {
    note = "Initialisation: fitted from the keypoints (the project has no init.json)";
    return std::nullopt;
  }
  const CaptureProject project = loadProject(project_folder);
  const std::string mismatch = projectInitMismatch(*init, project, capture, model, model_spec);
  if (!mismatch.empty()) {
    note = "Initialisation: fitted from the keypoints (" + file + " is out of date: " + mismatch +
           "; re-fit it in the studio)";
    return std::nullopt;
  }
  const int corrected = init->correctedCount();
  note = "Initialisation: from " + file + " (" + std::to_string(corrected) + " frame" +
         (corrected == 1 ? "" : "s") + " corrected by hand)";
  return initResultForCapture(*init, project, capture, model);
}

}  // namespace palma::fit
