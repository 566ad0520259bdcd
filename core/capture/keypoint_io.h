// Reading 2D hand keypoints made by other tools, and reading/writing our own keypoint files.
// The exact formats, with examples, are in docs/capture.md ("Keypoints: import formats, tracking,
// editing"). In short:
//   MediaPipe-style JSON  a list with one entry per frame, each 21 [x, y] or [x, y, z] points (or
//                         {"x","y","z"} objects), null or [] for "no hand"; either the bare list or
//                         {"normalized": true|false, "handedness": "left"|"right", "frames": [...]}.
//                         Normalised coordinates (x, y in [0,1] of the frame) need the frame size.
//   OpenPose              a folder of per-frame *_keypoints.json files (natural sort order) or one such
//                         file: people[0].hand_right_keypoints_2d / hand_left_keypoints_2d, 63 numbers
//                         x, y, c per point; c = 0 means absent.
//   Palma                 {"format": "palma-keypoints", "version": 1, ...}: what saveKeypoints writes,
//                         keeping confidence, origin and handedness (the keypoints.json of a capture
//                         folder uses the same format).
// Coordinates are pixels, OpenCV convention (pixel centres at integers). Imported points get origin
// Imported; confidence 1 where the format has none.
#pragma once

#include <optional>
#include <string>

#include "core/capture/capture_types.h"

namespace palma {

enum class KeypointFormat { Auto, MediaPipe, OpenPose, Palma };

struct KeypointImportOptions {
  KeypointFormat format =
      KeypointFormat::Auto;  // Auto: a folder is OpenPose, a file is recognised by content
  int expected_frames = -1;  // number of frames the video has; -1: any
  int width = 0;             // frame size in pixels, for normalised coordinates and
  int height = 0;            // the range check; 0: unknown (taken from the file if it says)
  // OpenPose: which hand to read; unset: the one with more detected points over all frames.
  std::optional<Handedness> hand;
  // How far outside the frame a point may lie, as a fraction of the larger frame side: detectors put
  // occluded fingertips slightly beyond the border. Farther out is an error. Only checked when the
  // frame size is known; without it only coordinates below -0.5 (left of or above the first pixel)
  // are rejected.
  double outside_tolerance = 0.05;
};

// Reads keypoints from a file or (OpenPose) a folder. Throws palma::InputError naming the file, the
// frame and the joint for: a missing file or folder, an empty file, malformed JSON (with line and
// column), an unrecognised layout, a wrong number of joints or frames, non-finite values (strings like
// "nan", numbers too large for a double such as 1e400), coordinates outside the frame beyond the
// tolerance, normalised coordinates without a frame size, and a folder without JSON files.
KeypointTrack loadKeypoints(const std::string& path_or_folder, const KeypointImportOptions& options = {});

// Writes the track in our format (atomically): every point's x, y, confidence and origin, the
// handedness and whether it is confirmed; frames whose points are all empty are written as null.
// loadKeypoints(path) gives back exactly `track`. `width`/`height` (0: unknown) are recorded so the
// file can serve as a capture folder's keypoints.json. Throws palma::Error when the file cannot be
// written.
void saveKeypoints(const std::string& path, const KeypointTrack& track, int width = 0, int height = 0);

// Lower-case names used in the files: "imported", "tracked", ...; "left"/"right".
const char* keypointOriginName(KeypointOrigin origin);
const char* handednessKeyword(Handedness handedness);

}  // namespace palma
