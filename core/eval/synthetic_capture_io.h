// Files of the synthetic capture, and the capture-folder reader that `palma reconstruct` uses.
//
// A capture folder holds:
//   capture.json       manifest: {"format":"palma-capture","version":1,"video","codec","frames","width",
//                      "height","handedness"}
//   video.mp4          the frames, H.264 ('avc1') through OpenCV/FFmpeg; video.avi (MJPEG) where the
//                      OpenCV build cannot encode H.264 (or when asked for); or, instead of a video,
//                      images/000000.png (capture.json: "images": "images"), as the preparation step
//                      writes; capture.json's optional "source_frames" lists the source frame number
//                      of each row
//   masks/000000.png   one 8-bit mask per frame (0 background, 255 hand)
//   keypoints.json     {"format":"palma-keypoints","version":1,"width","height",
//                      "frames":[{"frame":i,"keypoints":[[x,y,confidence] x 21]} or null]}
//   camera.json        {"format":"palma-camera","version":1,"width","height",
//                      "frames":[{"frame":i,"fx","fy","cx","cy"}]}
// and, for a synthetic capture, ground_truth.json (settings with the seed, shape, per-frame pose,
// translation, keypoints 2D/3D, lighting), clean/000000.png (the capture frames without sensor noise
// or compression: the reference of the evaluation's training and held-out frames) and the evaluation
// sets novel_poses/ and novel_views/ (images/000000.png without sensor noise or compression, masks/,
// frames.json with poses, cameras and keypoints). The ground-truth avatar itself is saved with
// saveAvatar (core/avatar/avatar_io.h) as ground_truth.palma-avatar/ (`palma synth` does).
#pragma once

#include <string>

#include "core/capture/prepared_capture.h"
#include "core/common/progress.h"
#include "core/eval/evaluation_data.h"
#include "core/eval/synthetic_capture.h"

namespace palma::eval {

enum class VideoCodec {
  Auto,   // H.264 in .mp4 when the OpenCV build can write it, else MJPEG in .avi
  H264,   // H.264 ('avc1') in .mp4, or palma::Error
  Mjpeg,  // MJPEG ('MJPG') in .avi
};

// What writeSyntheticCapture wrote.
struct WrittenCapture {
  std::string video_file;  // file name inside the folder: "video.mp4" or "video.avi"
  std::string codec;       // FourCC used: "avc1" or "MJPG"
  int frames = 0;
};

// Writes the capture folder described above (creating `folder`; existing files of the same names are
// replaced atomically). The video is decoded again after writing to check its frame count.
// Throws palma::Error when a file cannot be written or no codec works.
WrittenCapture writeSyntheticCapture(const SyntheticCapture& capture, const std::string& folder,
                                     VideoCodec codec = VideoCodec::Auto);

// Writes a PreparedCapture as a capture folder with the frames as a lossless PNG sequence (images/
// instead of the video; capture.json names it and lists the source frame numbers), masks, keypoints
// and cameras. What the preparation step hands to `palma reconstruct`. Throws palma::InputError for
// an inconsistent capture, palma::Error when a file cannot be written.
void writeCaptureFolder(const PreparedCapture& capture, const std::string& folder,
                        const ProgressCallback& progress = {});

// Reads a capture folder into a PreparedCapture: the video decoded sequentially (frame i is the i-th
// decoded frame), masks, keypoints and per-frame intrinsics. Throws palma::InputError naming the file
// and the problem for missing files, malformed JSON, counts or sizes that disagree, and non-finite or
// out-of-range values.
PreparedCapture loadCaptureFolder(const std::string& folder);

// Reads the ground truth of a synthetic capture folder for the evaluation: ground_truth.json (per-frame
// pose, translation, exact keypoints and cameras), the clean frames and masks, and the novel-pose and
// novel-view sets when present; ground_truth_avatar is the path of ground_truth.palma-avatar (not
// loaded here). What the folder lacks stays empty: no clean/ leaves capture.images undefined, a
// missing set has 0 frames. Throws palma::InputError when the folder has no ground truth (a real
// capture, not one made by `palma synth`) or no ground-truth avatar, and for malformed files.
EvaluationData loadEvaluationData(const std::string& capture_folder);

}  // namespace palma::eval
