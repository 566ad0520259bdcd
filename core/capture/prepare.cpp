#include "core/capture/prepare.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <functional>

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/eval/synthetic_capture_io.h"

namespace palma {

namespace {

namespace fs = std::filesystem;

// A frame takes part in the reconstruction when at least this many of its keypoints are present.
constexpr int kMinKeypointsForFitting = 6;

void checkCancel(const CancelToken* cancel) {
  if (cancel) cancel->check();
}

// Maps a sub-step's [0,1] progress into [lo,hi] of the whole job.
struct StageProgress {
  const ProgressCallback& callback;
  double lo, hi;
  std::string stage;

  void operator()(double fraction, const std::string& message) const {
    if (callback) callback({lo + (hi - lo) * std::clamp(fraction, 0.0, 1.0), stage, message});
  }
  ProgressCallback forward() const {
    return [this](const ProgressEvent& e) { (*this)(e.fraction, e.message); };
  }
};

int presentCount(const FrameKeypoints& k) {
  int n = 0;
  for (const Keypoint2D& p : k) n += p.present() ? 1 : 0;
  return n;
}

int64_t fileBytes(const std::string& path) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) {
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : static_cast<int64_t>(size);
  }
  return 0;
}

std::string absolutePath(const std::string& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec);
  return ec ? path : abs.lexically_normal().string();
}

// Decodes the selected frames, refusing up front what would not fit the memory budget.
std::vector<Frame> decodeFrames(const std::string& source, const FrameSelection& selection, double budget_gib,
                                SourceInfo& info, std::vector<std::string>& warnings,
                                const StageProgress& progress, const CancelToken* cancel) {
  std::unique_ptr<FrameSource> src = openFrameSource(source, selection);
  info = src->info();
  const int64_t expected = selectedFrameCount(selection, info.frame_count);
  const double frame_bytes = 3.0 * info.width * info.height;
  const double budget = budget_gib * double(1ull << 30);
  if (static_cast<double>(expected) * frame_bytes > budget)
    throw InputError("the selection holds about " + std::to_string(expected) + " frames of " +
                     std::to_string(info.width) + " x " + std::to_string(info.height) + ", more than " +
                     std::to_string(budget_gib).substr(0, 4) +
                     " GiB in memory: take every n-th frame (--every), cap the count (--max-frames) or lower "
                     "the frame size (--max-side)");
  std::vector<Frame> frames;
  Frame frame;
  while (src->next(frame)) {
    checkCancel(cancel);
    if (static_cast<double>(frames.size() + 1) * frame_bytes > budget)
      throw InputError(
          "the selected frames need more than " + std::to_string(budget_gib).substr(0, 4) +
          " GiB in memory: take every n-th frame (--every), cap the count (--max-frames) or lower "
          "the frame size (--max-side)");
    frames.push_back(frame);
    progress(expected > 0 ? static_cast<double>(frames.size()) / static_cast<double>(expected) : 0.5,
             "decoded frame " + std::to_string(frame.index));
  }
  for (const std::string& w : src->warnings()) warnings.push_back(w);
  if (frames.empty()) throw InputError("the selection of '" + source + "' holds no frames");
  return frames;
}

// The keypoint file, read (and checked) before any frame is decoded.
KeypointTrack readKeypointFile(const PrepareOptions& options, const SourceInfo& info) {
  KeypointImportOptions import;
  import.format = options.keypoints_format;
  import.width = info.stored_width;
  import.height = info.stored_height;
  import.hand = options.hand;
  return loadKeypoints(options.keypoints_path, import);
}

// The file's rows for the selected frames, in delivered-frame pixels.
KeypointTrack selectKeypoints(const KeypointTrack& file, const PrepareOptions& options,
                              const SourceInfo& info, const std::vector<Frame>& frames) {
  const int rows = file.numFrames();
  const int n = static_cast<int>(frames.size());
  KeypointTrack track;
  track.handedness = file.handedness;
  track.handedness_known = file.handedness_known;
  track.frames.resize(frames.size());
  const bool by_row = rows == n && !(rows > frames.back().index);
  for (int i = 0; i < n; ++i) {
    const int row = by_row ? i : frames[i].index;
    if (row >= rows)
      throw InputError("the keypoint file '" + options.keypoints_path + "' lists " + std::to_string(rows) +
                       " frames, but the selection reaches source frame " +
                       std::to_string(frames.back().index) +
                       " (row i of the file is source frame i, or the file has one row per selected frame: " +
                       std::to_string(n) + ")");
    track.frames[i] = file.frames[row];
    for (Keypoint2D& k : track.frames[i]) {
      if (!k.present()) continue;
      // The file is in stored-frame pixels; the frames may have been downscaled.
      k.x = static_cast<float>((k.x + 0.5) * info.scale - 0.5);
      k.y = static_cast<float>((k.y + 0.5) * info.scale - 0.5);
    }
  }
  return track;
}

// Masks of the stored size are brought to the delivered size.
std::vector<torch::Tensor> importMasks(const PrepareOptions& options, const SourceInfo& info, int count) {
  std::vector<torch::Tensor> masks =
      loadMaskSequence(options.masks_path, count, info.stored_width, info.stored_height);
  if (info.stored_width == info.width && info.stored_height == info.height) return masks;
  for (torch::Tensor& m : masks) {
    m = torch::nn::functional::interpolate(m.to(torch::kFloat).unsqueeze(0).unsqueeze(0),
                                           torch::nn::functional::InterpolateFuncOptions()
                                               .size(std::vector<int64_t>{info.height, info.width})
                                               .mode(torch::kArea))
            .squeeze(0)
            .squeeze(0)
            .round()
            .clamp(0, 255)
            .to(torch::kUInt8);
  }
  return masks;
}

std::vector<torch::Tensor> segment(const std::vector<Frame>& frames, const KeypointTrack& track,
                                   const SegmentationOptions& options, const StageProgress& progress,
                                   const CancelToken* cancel) {
  HandSegmenter segmenter(options);
  std::vector<torch::Tensor> masks;
  for (size_t i = 0; i < frames.size(); ++i) {
    checkCancel(cancel);
    if (presentCount(track.frames[i]) >= kMinKeypointsForFitting) {
      masks.push_back(segmenter.segment(frames[i].rgb, track.frames[i]));
    } else {
      masks.push_back(torch::zeros({frames[i].rgb.size(0), frames[i].rgb.size(1)}, torch::kUInt8));
      segmenter.reset();
    }
    progress(static_cast<double>(i + 1) / static_cast<double>(frames.size()),
             "segmented frame " + std::to_string(frames[i].index));
  }
  return masks;
}

// Crops, prepared/ and the project files from the decoded frames and masks.
void writeProjectFiles(const std::string& folder, CaptureProject& project, const std::vector<Frame>& frames,
                       const std::vector<torch::Tensor>& masks, PrepareReport& report,
                       const StageProgress& progress, const CancelToken* cancel) {
  const int n = project.numFrames();
  const bool any = updateProjectCrops(project);
  if (project.masks != MaskOrigin::None) saveProjectMasks(folder, project, masks);

  const std::vector<int> rows = preparedRows(project);
  for (int i = 0; i < n; ++i)
    if (any && !std::binary_search(rows.begin(), rows.end(), i))
      report.warnings.push_back(
          "frame " + std::to_string(project.frames[i].index) + " has fewer than " +
          std::to_string(kMinKeypointsForFitting) +
          " keypoints and is left out of the reconstruction (place keypoints on it to use it)");
  report.frames = n;
  report.prepared_frames = static_cast<int>(rows.size());
  const fs::path prepared = preparedFolder(folder);
  if (rows.empty()) {
    std::error_code ec;
    palma::removeAll(prepared, ec);
    project.prepared_stamp.clear();
    report.ready = false;
    report.warnings.push_back(
        "no frame has keypoints yet: place keypoints on a few frames in the studio's Prepare page, or pass "
        "--keypoints FILE, then run `palma prepare` on the project again");
    saveProject(folder, project);
    return;
  }

  std::vector<torch::Tensor> rgb;
  rgb.reserve(frames.size());
  for (const Frame& f : frames) rgb.push_back(f.rgb);
  const StageProgress crop{progress.callback, progress.lo, progress.lo + 0.5 * (progress.hi - progress.lo),
                           progress.stage};
  const PreparedCapture out = cropProjectFrames(project, rgb, masks, crop.forward(), cancel);
  const torch::Tensor confidence = out.keypoints.select(2, 2).to(torch::kDouble);
  const int64_t points = (confidence > 0).sum().item<int64_t>();
  report.mean_confidence = points > 0 ? confidence.sum().item<double>() / static_cast<double>(points) : 0.0;
  StageProgress write{progress.callback, progress.lo + 0.5 * (progress.hi - progress.lo), progress.hi,
                      progress.stage};
  eval::writeCaptureFolder(out, prepared.string(), write.forward());
  project.prepared_stamp = project.stamp();
  saveProject(folder, project);
  report.ready = true;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

bool updateProjectCrops(CaptureProject& project) {
  bool any = false;
  for (const FrameKeypoints& k : project.keypoints.frames)
    any = any || presentCount(k) >= kMinKeypointsForFitting;
  if (any) {
    const std::vector<CropBox> crops =
        cropsFromKeypoints(project.keypoints, project.width, project.height, project.crop_options);
    for (int i = 0; i < project.numFrames(); ++i) project.frames[i].crop = crops[i];
  } else {
    // Nothing to crop around yet: the largest centred square.
    const double side = std::min(project.width, project.height);
    for (ProjectFrame& f : project.frames)
      f.crop = {(project.width - side) / 2.0 - 0.5, (project.height - side) / 2.0 - 0.5, side};
  }
  return any;
}

std::vector<int> preparedRows(const CaptureProject& project) {
  std::vector<int> rows;
  if (project.masks == MaskOrigin::None) return rows;
  for (int i = 0; i < project.numFrames() && i < project.keypoints.numFrames(); ++i)
    if (presentCount(project.keypoints.frames[i]) >= kMinKeypointsForFitting) rows.push_back(i);
  return rows;
}

PreparedCapture cropProjectFrames(const CaptureProject& project, const std::vector<torch::Tensor>& rgb,
                                  const std::vector<torch::Tensor>& masks, const ProgressCallback& progress,
                                  const CancelToken* cancel) {
  const std::vector<int> rows = preparedRows(project);
  if (rows.empty())
    throw InputError("no frame of the project has keypoints and a mask yet: place keypoints on a few frames");
  if (static_cast<int>(rgb.size()) != project.numFrames() ||
      static_cast<int>(masks.size()) != project.numFrames())
    throw InputError("the project has " + std::to_string(project.numFrames()) + " frames but " +
                     std::to_string(rgb.size()) + " images and " + std::to_string(masks.size()) +
                     " masks were given");
  const int s = project.working_size;
  const int64_t m = static_cast<int64_t>(rows.size());
  PreparedCapture out;
  out.handedness = project.keypoints.handedness;
  out.width = s;
  out.height = s;
  out.images = torch::zeros({m, s, s, 3});
  out.masks = torch::zeros({m, s, s, 1});
  out.keypoints = torch::zeros({m, kHandKeypoints, 3});
  out.intrinsics = torch::zeros({m, 4});
  for (int64_t r = 0; r < m; ++r) {
    checkCancel(cancel);
    const int i = rows[r];
    if (!rgb[i].defined() || !masks[i].defined())
      throw InputError("frame " + std::to_string(project.frames[i].index) +
                       " has no decoded image or mask yet");
    const CropBox& crop = project.frames[i].crop;
    out.images[r].copy_(cropImage(rgb[i], crop, s).to(torch::kFloat) / 255.0);
    out.masks[r].copy_(cropMask(masks[i], crop, s).to(torch::kFloat).unsqueeze(-1) / 255.0);
    const FrameKeypoints k = cropKeypoints(project.keypoints.frames[i], crop, s);
    for (int j = 0; j < kHandKeypoints; ++j) {
      if (!k[j].present()) continue;
      out.keypoints[r][j][0] = k[j].x;
      out.keypoints[r][j][1] = k[j].y;
      out.keypoints[r][j][2] = k[j].confidence;
    }
    const std::array<double, 4> K = cropIntrinsics(project.intrinsics, crop, s);
    for (int c = 0; c < 4; ++c) out.intrinsics[r][c] = K[c];
    out.frame_indices.push_back(project.frames[i].index);
    if (progress)
      progress({static_cast<double>(r + 1) / static_cast<double>(m), "crop",
                "cropped frame " + std::to_string(project.frames[i].index)});
  }
  return out;
}

PrepareReport prepareCapture(const std::string& source, const std::string& project_folder,
                             const PrepareOptions& options, const ProgressCallback& progress,
                             const CancelToken* cancel) {
  const auto start = std::chrono::steady_clock::now();
  if (options.working_size < 32 || options.working_size > 4096)
    throw InputError("the working size must be 32..4096 pixels, got " + std::to_string(options.working_size));
  if (!(options.vertical_fov_deg > 1.0 && options.vertical_fov_deg < 170.0))
    throw InputError("the vertical field of view must be between 1 and 170 degrees");
  if (isProjectFolder(source))
    throw InputError("'" + source + "' is a project: update it with `palma prepare " + source +
                     "` (without --out) or give a video or an image folder");
  PrepareReport report;

  // 0. The keypoint file is checked before the (slower) decoding.
  KeypointTrack file;
  if (!options.keypoints_path.empty()) {
    const SourceInfo probe = probeSource(source, options.selection);
    file = readKeypointFile(options, probe);
  }

  // 1. Frames.
  SourceInfo info;
  std::vector<Frame> frames = decodeFrames(source, options.selection, options.memory_budget_gib, info,
                                           report.warnings, {progress, 0.0, 0.3, "decode"}, cancel);
  const int n = static_cast<int>(frames.size());

  CaptureProject project;
  project.source_path = absolutePath(source);
  project.source_kind = info.kind;
  project.width = info.width;
  project.height = info.height;
  project.fps = info.fps;
  project.rotation_deg = info.rotation_deg;
  project.source_frame_count = info.frame_count;
  project.source_bytes = fileBytes(source);
  project.selection = options.selection;
  project.working_size = options.working_size;
  project.crop_options = options.crop;
  if (options.intrinsics) {
    project.intrinsics = *options.intrinsics;
    project.intrinsics_from_user = true;
  } else {
    project.intrinsics = defaultIntrinsics(info.width, info.height, options.vertical_fov_deg);
  }
  for (const Frame& f : frames) project.frames.push_back({f.index, f.timestamp_s, {}});

  // 2. Keypoints: imported, then tracked into the frames between.
  KeypointTrack& track = project.keypoints;
  if (!options.keypoints_path.empty()) {
    track = selectKeypoints(file, options, info, frames);
  } else {
    track.frames.resize(frames.size());
  }
  for (const FrameKeypoints& k : track.frames) report.keyframes += presentCount(k) > 0 ? 1 : 0;
  if (report.keyframes > 0 && report.keyframes < n) {
    std::vector<torch::Tensor> images;
    images.reserve(frames.size());
    for (const Frame& f : frames) images.push_back(f.rgb);
    const StageProgress p{progress, 0.3, 0.55, "track"};
    const Handedness h = track.handedness;
    const bool known = track.handedness_known;
    track = trackKeypoints(images, track, options.tracking, p.forward(), cancel);
    track.handedness = h;
    track.handedness_known = known;
    for (const FrameKeypoints& k : track.frames) report.tracked_frames += presentCount(k) > 0 ? 1 : 0;
    report.tracked_frames -= report.keyframes;
  }
  if (options.hand) {
    track.handedness = *options.hand;
    track.handedness_known = true;
  } else if (!track.handedness_known && report.keyframes > 0) {
    const auto [hand, confidence] = guessHandedness(track);
    track.handedness = hand;
    report.handedness_guessed = true;
    report.handedness_confidence = confidence;
    report.warnings.push_back(std::string("handedness guessed from the keypoints: ") +
                              (hand == Handedness::Left ? "left" : "right") + " (confidence " +
                              std::to_string(confidence).substr(0, 4) + "); pass --hand left|right if wrong");
  }
  report.handedness = track.handedness;

  // 3. Masks.
  std::vector<torch::Tensor> masks;
  if (!options.masks_path.empty()) {
    masks = importMasks(options, info, n);
    project.masks = MaskOrigin::Imported;
  } else if (report.keyframes > 0) {
    masks = segment(frames, track, options.segmentation, {progress, 0.55, 0.85, "segment"}, cancel);
    project.masks = MaskOrigin::Computed;
  }

  // 4. Crops, prepared/, project files.
  writeProjectFiles(project_folder, project, frames, masks, report, {progress, 0.85, 1.0, "write"}, cancel);
  report.seconds = secondsSince(start);
  return report;
}

PrepareReport updateProject(const std::string& project_folder, const SegmentationOptions& segmentation,
                            const ProgressCallback& progress, const CancelToken* cancel) {
  const auto start = std::chrono::steady_clock::now();
  CaptureProject project = loadProject(project_folder);
  PrepareReport report;
  if (!fs::exists(project.source_path))
    throw InputError("the project's source '" + project.source_path +
                     "' is missing: put it back (or prepare the project again from where it is now)");
  SourceInfo info;
  std::vector<Frame> frames = decodeFrames(project.source_path, project.selection, 8.0, info, report.warnings,
                                           {progress, 0.0, 0.35, "decode"}, cancel);
  if (info.width != project.width || info.height != project.height ||
      static_cast<int>(frames.size()) != project.numFrames())
    throw InputError("the project's source '" + project.source_path +
                     "' changed since the project was made (" + std::to_string(info.width) + " x " +
                     std::to_string(info.height) + ", " + std::to_string(frames.size()) +
                     " frames selected; the project has " + std::to_string(project.width) + " x " +
                     std::to_string(project.height) + ", " + std::to_string(project.numFrames()) +
                     "): prepare it again");
  for (int i = 0; i < project.numFrames(); ++i)
    if (frames[i].index != project.frames[i].index)
      throw InputError("the project's source '" + project.source_path +
                       "' changed since the project was made (frame numbers differ): prepare it again");
  for (const FrameKeypoints& k : project.keypoints.frames) {
    const int present = presentCount(k);
    report.keyframes += present > 0 && k[0].origin != KeypointOrigin::Tracked ? 1 : 0;
  }
  std::vector<torch::Tensor> masks;
  if (project.masks == MaskOrigin::Imported || project.masks == MaskOrigin::Edited) {
    masks = loadProjectMasks(project_folder, project);
  } else {
    masks = segment(frames, project.keypoints, segmentation, {progress, 0.35, 0.8, "segment"}, cancel);
    project.masks = MaskOrigin::Computed;
  }
  report.handedness = project.keypoints.handedness;
  writeProjectFiles(project_folder, project, frames, masks, report, {progress, 0.8, 1.0, "write"}, cancel);
  report.seconds = secondsSince(start);
  return report;
}

int fittableFrameCount(const CaptureProject& project) {
  return static_cast<int>(
      std::count_if(project.keypoints.frames.begin(), project.keypoints.frames.end(),
                    [](const FrameKeypoints& k) { return presentCount(k) >= kMinKeypointsForFitting; }));
}

bool isProjectPrepared(const std::string& project_folder, const CaptureProject& project) {
  return !project.prepared_stamp.empty() && project.prepared_stamp == project.stamp() &&
         fs::is_regular_file(fs::path(preparedFolder(project_folder)) / "capture.json");
}

PreparedCapture loadProjectCapture(const std::string& project_folder, const ProgressCallback& progress,
                                   const CancelToken* cancel) {
  const CaptureProject project = loadProject(project_folder);
  if (fittableFrameCount(project) == 0)
    throw InputError("the project '" + project_folder +
                     "' has no frames with keypoints yet: place keypoints on a few frames in the studio, or "
                     "prepare it with --keypoints FILE");
  const std::string prepared = preparedFolder(project_folder);
  if (!isProjectPrepared(project_folder, project)) {
    const PrepareReport report = updateProject(project_folder, {}, progress, cancel);
    if (!report.ready)
      throw InputError(
          "the project '" + project_folder +
          "' has no frames with keypoints yet: place keypoints on a few frames in the studio, or "
          "prepare it with --keypoints FILE");
  }
  return eval::loadCaptureFolder(prepared);
}

}  // namespace palma
