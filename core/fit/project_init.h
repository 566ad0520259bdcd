// The pose initialisation of a capture project (core/capture/project.h), kept in the project folder as
// init.json so that a corrected initialisation is what the reconstruction starts from, in the studio
// and in `palma reconstruct PROJECT`.
//
// init.json ("palma-init", version 1; docs/capture.md):
//   {"format":"palma-init","version":1,
//    "model":"builtin:right",                 the hand model the poses belong to
//    "keypoint_stamp":"...",                  initKeypointStamp() of the project it was fitted from
//    "project_stamp":"...",                   CaptureProject::stamp() then (informative)
//    "shape":[K numbers],                     shared shape coefficients
//    "frames":[{"row","source_frame","fitted","user_corrected","error_px",
//               "pose":[48 numbers],"translation":[3 numbers]}]}   one entry per project row
// Rows that do not take part in the reconstruction (too few keypoints) have "fitted": false and no pose.
//
// The poses live in the camera's frame (metres, OpenCV axes), which the crops of prepared/ do not change:
// the same pose projects with the full-frame intrinsics onto the full frame and with a crop's intrinsics
// onto the crop. The file therefore stays valid while only crops change, and becomes stale when the
// keypoints, the camera, the frames or the handedness change (initKeypointStamp()).
#pragma once

#include <torch/types.h>

#include <optional>
#include <string>
#include <vector>

#include "core/capture/prepared_capture.h"
#include "core/capture/project.h"
#include "core/common/progress.h"
#include "core/fit/init.h"
#include "core/model/hand_model.h"

namespace palma::fit {

struct ProjectInitFrame {
  int source_frame = 0;         // the project row's frame number in the source
  bool fitted = false;          // has a pose: the row takes part in the reconstruction
  bool user_corrected = false;  // the pose was corrected by hand; a re-fit keeps it
  double error_px = 0.0;        // mean reprojection error (pixels, full frame); NaN when unknown
};

struct ProjectInit {
  static constexpr int kVersion = 1;

  std::string model;                     // model spec of the poses ("builtin:right")
  std::string keypoint_stamp;            // initKeypointStamp() of the project it was fitted from
  std::string project_stamp;             // CaptureProject::stamp() at that time
  std::vector<ProjectInitFrame> frames;  // one per project row
  torch::Tensor pose;                    // [R,16,3] float32 axis-angle (zeros where not fitted)
  torch::Tensor translation;             // [R,3] float32 metres
  torch::Tensor shape;                   // [K] float32

  int numRows() const { return static_cast<int>(frames.size()); }
  int correctedCount() const;
  // Throws palma::InputError naming the first inconsistency (sizes, non-finite values, empty model).
  void validate() const;
};

// <project>/init.json
std::string projectInitPath(const std::string& project_folder);

// Writes init.json into `folder` atomically (creating the folder).
void saveProjectInit(const std::string& folder, const ProjectInit& init);
// Reads init.json of `folder`; nullopt when there is none. palma::InputError names the file and the
// field for malformed content (not JSON, wrong format or version, missing or non-finite values, wrong
// sizes, truncated file).
std::optional<ProjectInit> loadProjectInit(const std::string& folder);
// Removes init.json of `folder` if present.
void removeProjectInit(const std::string& folder);

// A hash of what the initialisation depends on: handedness, frame size, camera, frame numbers and the
// keypoints (not the crops, masks or working size).
std::string initKeypointStamp(const CaptureProject& project);

// The project row of each row of `capture` (matched by source frame number). Throws palma::InputError
// when a capture row has no project row.
std::vector<int> projectRowsOfCapture(const CaptureProject& project, const PreparedCapture& capture);

// Fits the initialisation of `project` on `capture` (its prepared/ frames: loadProjectCapture, or
// cropProjectFrames in memory) with initialiseFromKeypoints. When `previous` is given, its
// user-corrected rows (same source frame, still taking part) keep their pose and translation exactly,
// and its shape is kept when any row is kept, so the corrections stay consistent with the shape; every
// other row is fitted afresh from the keypoints. Frame errors are measured on `capture`.
ProjectInit fitProjectInit(const CaptureProject& project, const PreparedCapture& capture,
                           const HandModel& model, const std::string& model_spec,
                           const InitSettings& settings = {}, const ProjectInit* previous = nullptr,
                           const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr);

// Why `init` cannot start the reconstruction of `capture` (from `project`) with `model_spec`: an empty
// string when it can; otherwise one line (fitted with another model, keypoints or camera changed since,
// a frame of the capture without a pose, a shape of another size for `model`).
std::string projectInitMismatch(const ProjectInit& init, const CaptureProject& project,
                                const PreparedCapture& capture, const HandModel& model,
                                const std::string& model_spec);

// The rows of `init` that `capture` holds, as the InitResult the reconstruction starts from (frame
// errors measured on the capture). Check projectInitMismatch() first; throws palma::InputError when a
// capture row has no pose.
InitResult initResultForCapture(const ProjectInit& init, const CaptureProject& project,
                                const PreparedCapture& capture, const HandModel& model);

// Where the reconstruction of `capture` (loaded from the project in `project_folder`) starts, as
// `palma reconstruct PROJECT` and the studio's Reconstruct page decide it: the project's init.json when
// it exists and is current for `model_spec` (the InitResult for the capture's rows), nullopt otherwise
// (the keypoint initialisation runs). `note` gets one line saying which and why ("from …/init.json (2
// frames corrected by hand)", "fitted from the keypoints (the project has no init.json)", "… is out of
// date: …"). Throws palma::InputError for an unreadable init.json (saying how to replace it).
std::optional<InitResult> projectInitForReconstruction(const std::string& project_folder,
                                                       const PreparedCapture& capture, const HandModel& model,
                                                       const std::string& model_spec, std::string& note);

// Mean reprojection error per project row (full frame, pixels; NaN for rows without a pose or keypoints)
// of the poses in `init`, measured against the project's keypoints with its full-frame camera.
std::vector<double> projectReprojectionErrors(const ProjectInit& init, const CaptureProject& project,
                                              const HandModel& model);

}  // namespace palma::fit
