// The preparation step: from a video or an image folder to a capture project (core/capture/project.h)
// whose prepared/ folder the reconstruction reads. The CLI's `palma prepare` and the studio's Prepare
// page call these functions.
//
//   source frames (FrameSelection) -> keypoints (imported; frames between keyframes filled by LK
//   tracking) -> handedness -> masks (imported, or the built-in segmentation) -> square crops around
//   the hand at the working size with exact intrinsics -> project folder + prepared/
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/capture/crops.h"
#include "core/capture/frame_source.h"
#include "core/capture/keypoint_io.h"
#include "core/capture/keypoint_tracking.h"
#include "core/capture/project.h"
#include "core/capture/segmentation.h"
#include "core/common/progress.h"

namespace palma {

struct PrepareOptions {
  FrameSelection selection;
  int working_size = 448;  // side of the square crops the reconstruction sees (HARP: 448)
  // Keypoints: a MediaPipe-style JSON, an OpenPose folder or file, or a palma-keypoints file. Row i of
  // the file is source frame i; a file with exactly one row per selected frame is read row by row.
  // Frames without points are filled by tracking from the frames that have them.
  std::string keypoints_path;
  KeypointFormat keypoints_format = KeypointFormat::Auto;
  // Masks: a folder (or first file) of a PNG sequence with one mask per selected frame; empty: the
  // built-in segmentation.
  std::string masks_path;
  std::optional<Handedness> hand;                   // unset: from the keypoint file or guessed
  std::optional<std::array<double, 4>> intrinsics;  // fx, fy, cx, cy of the full frame; unset: default
  double vertical_fov_deg = 60.0;                   // the default camera's vertical field of view
  CropOptions crop;
  SegmentationOptions segmentation;
  TrackingOptions tracking;
  double memory_budget_gib = 8.0;  // decoded frames held at once; more is refused with advice
};

struct PrepareReport {
  int frames = 0;                // rows in the project
  int prepared_frames = 0;       // rows written to prepared/ (frames with keypoints)
  int keyframes = 0;             // frames whose points came from the file or the user
  int tracked_frames = 0;        // frames filled by tracking
  double mean_confidence = 0.0;  // over the present points of the prepared frames
  Handedness handedness = Handedness::Right;
  bool handedness_guessed = false;
  double handedness_confidence = 0.0;
  bool ready = false;                 // prepared/ exists and matches the project: `palma reconstruct` can run
  std::vector<std::string> warnings;  // skipped frames, dropped tracks, what to do next
  double seconds = 0.0;
};

// Makes (or replaces) the project in `project_folder` from `source`. Frames without keypoints after
// tracking are kept in the project (to be edited) but left out of prepared/, with a warning; a project
// without any keypoints is saved without prepared/ (ready = false) and the report says what to do.
// Throws palma::InputError for bad input (messages name the file and the problem), palma::Cancelled.
PrepareReport prepareCapture(const std::string& source, const std::string& project_folder,
                             const PrepareOptions& options, const ProgressCallback& progress = {},
                             const CancelToken* cancel = nullptr);

// Re-derives prepared/ of an existing project after edits (keypoints, camera, crop settings): decodes
// the selected frames from the source again, recomputes crops and, unless imported or edited, masks.
PrepareReport updateProject(const std::string& project_folder, const SegmentationOptions& segmentation = {},
                            const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// Frames of the project with enough keypoints to be fitted (6 or more present points); a project with
// none cannot be reconstructed (loadProjectCapture refuses it).
int fittableFrameCount(const CaptureProject& project);

// True when prepared/ matches the project (nothing to prepare again before a reconstruction).
bool isProjectPrepared(const std::string& project_folder, const CaptureProject& project);

// Sets every frame's crop around its keypoints as the preparation does (the largest centred square
// when no frame has keypoints yet); true when some frame has enough keypoints to crop around.
bool updateProjectCrops(CaptureProject& project);

// The project rows that take part in the reconstruction, in order: frames with at least six keypoints,
// when the project has masks. Row r of prepared/ is project row preparedRows(project)[r].
std::vector<int> preparedRows(const CaptureProject& project);

// The prepared capture of `project` with its crops as they are (updateProjectCrops), made in memory
// from its decoded full frames (uint8 [H,W,3]) and masks (uint8 [H,W]), one per project row: what
// prepared/ holds after a preparation. The studio fits the pose initialisation on it without writing
// anything. Throws palma::InputError when no row takes part or an image or mask is missing.
PreparedCapture cropProjectFrames(const CaptureProject& project, const std::vector<torch::Tensor>& rgb,
                                  const std::vector<torch::Tensor>& masks,
                                  const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// What `palma reconstruct PROJECT` reads: prepared/ when it is up to date (updated first otherwise).
PreparedCapture loadProjectCapture(const std::string& project_folder, const ProgressCallback& progress = {},
                                   const CancelToken* cancel = nullptr);

}  // namespace palma
