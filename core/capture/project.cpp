#include "core/capture/project.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <sstream>

#include "core/capture/keypoint_io.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/json_reader.h"

namespace palma {

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

constexpr int kMaxProjectFrames = 100000;

std::string rowName(int64_t i) {
  char name[32];
  std::snprintf(name, sizeof(name), "%06lld.png", static_cast<long long>(i));
  return name;
}

const char* maskOriginName(MaskOrigin o) {
  switch (o) {
    case MaskOrigin::Computed:
      return "computed";
    case MaskOrigin::Imported:
      return "imported";
    case MaskOrigin::Edited:
      return "edited";
    case MaskOrigin::None:
      break;
  }
  return "none";
}

// FNV-1a over a text, as 16 hex digits: enough to notice a change, not a security measure.
std::string hashText(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (const unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char out[17];
  std::snprintf(out, sizeof(out), "%016llx", static_cast<unsigned long long>(h));
  return out;
}

json projectJson(const CaptureProject& p) {
  json frames = json::array();
  for (const ProjectFrame& f : p.frames)
    frames.push_back(
        {{"index", f.index}, {"time", f.timestamp_s}, {"crop", {f.crop.x0, f.crop.y0, f.crop.side}}});
  return {{"format", "palma-project"},
          {"version", CaptureProject::kVersion},
          {"source",
           {{"path", p.source_path},
            {"kind", p.source_kind == SourceKind::Video ? "video" : "image-folder"},
            {"width", p.width},
            {"height", p.height},
            {"fps", p.fps},
            {"rotation", p.rotation_deg},
            {"frame_count", p.source_frame_count},
            {"bytes", p.source_bytes}}},
          {"selection",
           {{"first", p.selection.first},
            {"last", p.selection.last},
            {"every", p.selection.every},
            {"max_frames", p.selection.max_frames},
            {"max_side", p.selection.max_side}}},
          {"working_size", p.working_size},
          {"camera",
           {{"fx", p.intrinsics[0]},
            {"fy", p.intrinsics[1]},
            {"cx", p.intrinsics[2]},
            {"cy", p.intrinsics[3]},
            {"origin", p.intrinsics_from_user ? "user" : "default"}}},
          {"crop",
           {{"margin", p.crop_options.margin},
            {"min_side", p.crop_options.min_side_px},
            {"smoothing", p.crop_options.smoothing_radius}}},
          {"masks", maskOriginName(p.masks)},
          {"handedness", p.keypoints.handedness == Handedness::Left ? "left" : "right"},
          {"frames", frames},
          {"prepared", {{"stamp", p.prepared_stamp}}}};
}

}  // namespace

std::string CaptureProject::stamp() const {
  json j = projectJson(*this);
  j.erase("prepared");
  std::ostringstream kp;
  for (const FrameKeypoints& f : keypoints.frames)
    for (const Keypoint2D& k : f) kp << k.x << ' ' << k.y << ' ' << k.confidence << ';';
  return hashText(j.dump() + kp.str());
}

void CaptureProject::validate() const {
  auto fail = [](const std::string& what) { throw InputError("the project " + what); };
  if (frames.empty()) fail("has no frames");
  if (static_cast<int>(frames.size()) > kMaxProjectFrames)
    fail("has " + std::to_string(frames.size()) + " frames, more than " + std::to_string(kMaxProjectFrames));
  if (width < 1 || height < 1 || width > 16384 || height > 16384)
    fail("frame size " + std::to_string(width) + " x " + std::to_string(height) + " is out of range");
  if (working_size < 32 || working_size > 4096)
    fail("working size " + std::to_string(working_size) + " is out of range (32..4096)");
  for (const double v : intrinsics)
    if (!std::isfinite(v)) fail("camera has a value that is not finite");
  if (!(intrinsics[0] > 0 && intrinsics[1] > 0)) fail("camera needs positive focal lengths");
  if (keypoints.numFrames() != numFrames())
    fail("has keypoints for " + std::to_string(keypoints.numFrames()) + " frames but " +
         std::to_string(numFrames()) + " frames");
  for (int i = 0; i < numFrames(); ++i) {
    const CropBox& c = frames[i].crop;
    if (!std::isfinite(c.x0) || !std::isfinite(c.y0) || !std::isfinite(c.side) || !(c.side > 0))
      fail("frame " + std::to_string(i) + " has an invalid crop");
    if (i > 0 && frames[i].index <= frames[i - 1].index)
      fail("frames must be in increasing source order (row " + std::to_string(i) + ")");
  }
}

bool isProjectFolder(const std::string& folder) {
  return fs::is_regular_file(fs::path(folder) / "project.json");
}

std::string preparedFolder(const std::string& project_folder) {
  return (fs::path(project_folder) / "prepared").string();
}

void saveProject(const std::string& folder, const CaptureProject& project) {
  project.validate();
  const fs::path dir(folder);
  ensureFolder(dir.string());
  saveKeypoints((dir / "keypoints.json").string(), project.keypoints, project.width, project.height);
  writeTextFileAtomically((dir / "project.json").string(), projectJson(project).dump(1) + "\n");
}

CaptureProject loadProject(const std::string& folder) {
  const fs::path dir(folder);
  if (!fs::is_directory(dir)) throw InputError("the project folder '" + folder + "' does not exist");
  const fs::path path = dir / "project.json";
  if (!fs::is_regular_file(path))
    throw InputError("'" + folder +
                     "' is not a Palma project (it has no project.json); `palma prepare` makes one");
  const json j = readJsonFile(path);
  const JsonReader r{path.string()};
  r.format(j, "palma-project", CaptureProject::kVersion);
  CaptureProject p;

  const json& src = r.field(j, "source", "the file");
  p.source_path = r.string(r.field(src, "path", "\"source\""), "\"source\" path");
  const std::string kind = r.string(r.field(src, "kind", "\"source\""), "\"source\" kind");
  if (kind != "video" && kind != "image-folder")
    r.fail("\"source\" kind must be \"video\" or \"image-folder\"");
  p.source_kind = kind == "video" ? SourceKind::Video : SourceKind::ImageFolder;
  p.width = static_cast<int>(r.integer(r.field(src, "width", "\"source\""), "\"source\" width"));
  p.height = static_cast<int>(r.integer(r.field(src, "height", "\"source\""), "\"source\" height"));
  p.fps = r.number(r.field(src, "fps", "\"source\""), "\"source\" fps");
  p.rotation_deg = static_cast<int>(r.integer(r.field(src, "rotation", "\"source\""), "\"source\" rotation"));
  p.source_frame_count =
      static_cast<int>(r.integer(r.field(src, "frame_count", "\"source\""), "\"source\" frame_count"));
  p.source_bytes = r.integer(r.field(src, "bytes", "\"source\""), "\"source\" bytes");

  const json& sel = r.field(j, "selection", "the file");
  auto selInt = [&](const char* name) {
    return static_cast<int>(
        r.integer(r.field(sel, name, "\"selection\""), std::string("\"selection\" ") + name));
  };
  p.selection.first = selInt("first");
  p.selection.last = selInt("last");
  p.selection.every = selInt("every");
  p.selection.max_frames = selInt("max_frames");
  p.selection.max_side = selInt("max_side");
  p.working_size = static_cast<int>(r.integer(r.field(j, "working_size", "the file"), "\"working_size\""));

  const json& cam = r.field(j, "camera", "the file");
  const char* names[4] = {"fx", "fy", "cx", "cy"};
  for (int k = 0; k < 4; ++k)
    p.intrinsics[k] = r.number(r.field(cam, names[k], "\"camera\""), std::string("\"camera\" ") + names[k]);
  const std::string origin = r.string(r.field(cam, "origin", "\"camera\""), "\"camera\" origin");
  if (origin != "user" && origin != "default") r.fail("\"camera\" origin must be \"user\" or \"default\"");
  p.intrinsics_from_user = origin == "user";

  const json& crop = r.field(j, "crop", "the file");
  p.crop_options.margin = r.number(r.field(crop, "margin", "\"crop\""), "\"crop\" margin");
  p.crop_options.min_side_px = r.number(r.field(crop, "min_side", "\"crop\""), "\"crop\" min_side");
  p.crop_options.smoothing_radius =
      static_cast<int>(r.integer(r.field(crop, "smoothing", "\"crop\""), "\"crop\" smoothing"));

  const std::string masks = r.string(r.field(j, "masks", "the file"), "\"masks\"");
  if (masks == "computed")
    p.masks = MaskOrigin::Computed;
  else if (masks == "imported")
    p.masks = MaskOrigin::Imported;
  else if (masks == "edited")
    p.masks = MaskOrigin::Edited;
  else if (masks == "none")
    p.masks = MaskOrigin::None;
  else
    r.fail("\"masks\" must be \"computed\", \"imported\", \"edited\" or \"none\"");

  const json& frames = r.field(j, "frames", "the file");
  if (!frames.is_array() || frames.empty()) r.fail("\"frames\" must be a non-empty list");
  if (frames.size() > static_cast<size_t>(kMaxProjectFrames)) r.fail("lists too many frames");
  for (size_t i = 0; i < frames.size(); ++i) {
    const std::string where = "frame " + std::to_string(i);
    ProjectFrame f;
    f.index = static_cast<int>(r.integer(r.field(frames[i], "index", where), where + " index"));
    f.timestamp_s = r.number(r.field(frames[i], "time", where), where + " time");
    const json& c = r.field(frames[i], "crop", where);
    if (!c.is_array() || c.size() != 3) r.fail(where + " crop must be [x0, y0, side]");
    f.crop = {r.number(c[0], where + " crop"), r.number(c[1], where + " crop"),
              r.number(c[2], where + " crop")};
    p.frames.push_back(f);
  }
  const json& prepared = r.field(j, "prepared", "the file");
  p.prepared_stamp = r.string(r.field(prepared, "stamp", "\"prepared\""), "\"prepared\" stamp");

  KeypointImportOptions kopt;
  kopt.format = KeypointFormat::Palma;
  kopt.expected_frames = p.numFrames();
  kopt.width = p.width;
  kopt.height = p.height;
  p.keypoints = loadKeypoints((dir / "keypoints.json").string(), kopt);
  const std::string hand = j.contains("handedness") && j["handedness"].is_string()
                               ? j["handedness"].get<std::string>()
                               : std::string();
  if (hand == "left" || hand == "right")
    p.keypoints.handedness = hand == "left" ? Handedness::Left : Handedness::Right;
  try {
    p.validate();
  } catch (const InputError& e) {
    throw InputError("'" + path.string() + "': " + e.what());
  }
  return p;
}

void saveProjectMasks(const std::string& folder, const CaptureProject& project,
                      const std::vector<torch::Tensor>& masks) {
  if (static_cast<int>(masks.size()) != project.numFrames())
    throw InputError("got " + std::to_string(masks.size()) + " masks for " +
                     std::to_string(project.numFrames()) + " frames");
  const fs::path dir = fs::path(folder) / "masks";
  ensureFolder(dir.string());
  for (size_t i = 0; i < masks.size(); ++i) {
    const torch::Tensor m = masks[i].to(torch::kUInt8).contiguous();
    if (m.dim() != 2 || m.size(0) != project.height || m.size(1) != project.width)
      throw InputError("mask " + std::to_string(i) + " does not have the frame size " +
                       std::to_string(project.width) + " x " + std::to_string(project.height));
    const cv::Mat image(project.height, project.width, CV_8UC1, m.data_ptr());
    std::vector<uchar> png;
    if (!cv::imencode(".png", image, png)) throw Error("cannot encode mask " + std::to_string(i) + " as PNG");
    writeFileAtomically((dir / rowName(static_cast<int64_t>(i))).string(), [&](std::ostream& out) {
      out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    });
  }
}

std::vector<torch::Tensor> loadProjectMasks(const std::string& folder, const CaptureProject& project) {
  std::vector<torch::Tensor> masks;
  const fs::path dir = fs::path(folder) / "masks";
  for (int i = 0; i < project.numFrames(); ++i) {
    const fs::path path = dir / rowName(i);
    if (!fs::is_regular_file(path))
      throw InputError("the project has no mask for frame " + std::to_string(i) + " ('" + path.string() +
                       "')");
    const cv::Mat m = cv::imread(path.string(), cv::IMREAD_GRAYSCALE);
    if (m.empty()) throw InputError("'" + path.string() + "' cannot be read as an image");
    if (m.cols != project.width || m.rows != project.height)
      throw InputError("'" + path.string() + "' is " + std::to_string(m.cols) + " x " +
                       std::to_string(m.rows) + " but the frames are " + std::to_string(project.width) +
                       " x " + std::to_string(project.height));
    masks.push_back(torch::from_blob(m.data, {m.rows, m.cols}, torch::kUInt8).clone());
  }
  return masks;
}

}  // namespace palma
