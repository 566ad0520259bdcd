// The capture project: what `palma prepare` and the studio's Capture and Prepare pages produce, and
// what reopening restores. A folder:
//   project.json      the manifest below (versioned, written atomically and last)
//   keypoints.json    full-frame 2D keypoints of the selected frames with their origins (user, tracked,
//                     imported, ...), in the palma-keypoints format (docs/capture.md)
//   masks/000000.png  one full-frame mask per selected frame (row order), 0 background .. 255 hand
//   prepared/         the capture folder the reconstruction reads: the crops at the working size with
//                     their masks, keypoints and exact intrinsics (core/eval/synthetic_capture_io.h)
// project.json:
//   {"format":"palma-project","version":1,
//    "source":{"path","kind":"video"|"image-folder","width","height","fps","rotation","frame_count",
//              "bytes"},
//    "selection":{"first","last","every","max_frames","max_side"},
//    "working_size":448,
//    "camera":{"fx","fy","cx","cy","origin":"default"|"user"},     (full frame, delivered size)
//    "crop":{"margin","min_side","smoothing"},
//    "masks":"computed"|"imported"|"edited"|"none",
//    "frames":[{"index","time","crop":[x0,y0,side]}],
//    "prepared":{"stamp": hash of what prepared/ was made from}}
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/capture/crops.h"
#include "core/capture/frame_source.h"
#include "core/capture/prepared_capture.h"

namespace palma {

struct ProjectFrame {
  int index = 0;             // frame number in the source
  double timestamp_s = 0.0;  // presentation time in the source
  CropBox crop;              // in full-frame pixels (delivered size)
};

enum class MaskOrigin { None, Computed, Imported, Edited };

struct CaptureProject {
  static constexpr int kVersion = 1;

  // The source as it was when the project was made (the path is absolute).
  std::string source_path;
  SourceKind source_kind = SourceKind::Video;
  int width = 0;  // delivered frame size (after rotation and downscale)
  int height = 0;
  double fps = 0.0;
  int rotation_deg = 0;
  int source_frame_count = 0;
  int64_t source_bytes = 0;

  FrameSelection selection;
  int working_size = 448;
  std::array<double, 4> intrinsics{};  // fx, fy, cx, cy of the full frame
  bool intrinsics_from_user = false;
  CropOptions crop_options;
  MaskOrigin masks = MaskOrigin::None;
  std::vector<ProjectFrame> frames;
  KeypointTrack keypoints;     // one row per frame, full-frame pixels
  std::string prepared_stamp;  // stamp() when prepared/ was last written

  int numFrames() const { return static_cast<int>(frames.size()); }
  // A hash of everything prepared/ depends on (frames, crops, keypoints, camera, working size, masks
  // origin); differs from prepared_stamp after an edit that has not been prepared yet.
  std::string stamp() const;
  // Throws palma::InputError naming the first inconsistency.
  void validate() const;
};

// True when `folder` holds a project.json.
bool isProjectFolder(const std::string& folder);

// Writes project.json and keypoints.json atomically (creating the folder).
void saveProject(const std::string& folder, const CaptureProject& project);
// Reads and checks project.json and keypoints.json; palma::InputError names the file and the problem.
CaptureProject loadProject(const std::string& folder);

// Full-frame masks (uint8 [H,W]) of every frame, in row order.
void saveProjectMasks(const std::string& folder, const CaptureProject& project,
                      const std::vector<torch::Tensor>& masks);
std::vector<torch::Tensor> loadProjectMasks(const std::string& folder, const CaptureProject& project);

// The prepared capture folder inside a project.
std::string preparedFolder(const std::string& project_folder);

}  // namespace palma
