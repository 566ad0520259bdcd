// A synthetic clip written as a capture folder (video + keypoints.json) and the preparation options the
// project and studio tests use to turn it into a project, so that each test does not spell them out again.
#pragma once

#include <string>

#include "core/capture/prepare.h"
#include "core/eval/synthetic_capture_io.h"

namespace palma::test {

struct WrittenClip {
  std::string folder;     // the capture folder
  std::string video;      // the video inside it
  std::string keypoints;  // its keypoints.json (exact, or noisy per the synthetic settings)
};

inline WrittenClip writeClip(const eval::SyntheticCapture& capture, const std::string& folder) {
  const eval::WrittenCapture written = eval::writeSyntheticCapture(capture, folder);
  return {folder, folder + "/" + written.video_file, folder + "/keypoints.json"};
}

// The clip's keypoints, a right hand, crops of 64 x 64.
inline PrepareOptions clipPrepareOptions(const WrittenClip& clip) {
  PrepareOptions options;
  options.working_size = 64;
  options.keypoints_path = clip.keypoints;
  options.hand = Handedness::Right;
  return options;
}

}  // namespace palma::test
