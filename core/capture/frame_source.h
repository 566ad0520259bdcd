// Frame sources: video files and image folders, decoded one frame at a time in order.
//
// A source delivers the SELECTED frames of a video or an image folder as palma::Frame values (uint8
// [H,W,3] RGB), upright (rotation metadata of phone videos applied exactly once) and downscaled so that
// the longer side is at most FrameSelection::max_side. Videos are decoded sequentially, never by
// seeking, so frame indices are exact: Frame::index counts every decoded frame of the source. Only the
// current frame is held in memory; readFrames() collects the selected frames when a list is wanted.
//
// Bad input (a missing path, an empty or unreadable file, a folder without images, an unsupported
// container or codec, a selection outside the source) raises palma::InputError with a message that
// names the path and says what is wrong. Frames that cannot be used (an unreadable image, an image of
// another size than the first one) are skipped and reported by FrameSource::warnings().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/common/progress.h"

namespace palma {

struct FrameSelection {
  int first = 0;          // first source index to deliver
  int last = -1;          // last source index to deliver (inclusive); -1 = to the end
  int every = 1;          // deliver every n-th frame counted from `first` (n >= 1)
  int max_frames = 0;     // stop after this many delivered frames; 0 = no cap
  int max_side = 1920;    // downscale (area filter) so that max(W,H) <= max_side; 0 = never
  double image_fps = 30;  // image folders: frame rate assumed for timestamps (index / image_fps)
};

enum class SourceKind { Video, ImageFolder };

struct SourceInfo {
  SourceKind kind = SourceKind::Video;
  std::string path;
  int width = 0, height = 0;                // delivered size: after rotation and downscale
  int stored_width = 0, stored_height = 0;  // after rotation, before downscale
  double scale = 1.0;                       // delivered = stored * scale
  int rotation_deg = 0;            // clockwise rotation (0, 90, 180, 270) applied to the stored frames
  double fps = 0.0;                // container frame rate (videos) or FrameSelection::image_fps (folders)
  int frame_count = 0;             // as reported by the container (an estimate) or the number of images
  std::vector<std::string> files;  // image folder: naturally sorted file names (without the folder)
};

class FrameSource {
 public:
  virtual ~FrameSource();
  virtual const SourceInfo& info() const = 0;
  // The next SELECTED frame in order; false at the end of the source or of the selection.
  virtual bool next(Frame& out) = 0;
  // Frames that were skipped or could not be read, and other problems worth telling the user.
  virtual std::vector<std::string> warnings() const;

 protected:
  std::vector<std::string> warnings_;
};

// Opens a video file (mp4, mov, m4v, avi, mkv, webm) or a folder of images (png, jpg, jpeg, bmp, tif,
// tiff; other files are ignored). Throws InputError for unusable input or an invalid selection.
std::unique_ptr<FrameSource> openFrameSource(const std::string& path, const FrameSelection& selection = {});

// Size, rotation, frame rate and frame count of a source, without decoding more than its first frame
// (the delivered size is for FrameSelection's default max_side).
SourceInfo probeSource(const std::string& path, const FrameSelection& selection = {});

// All selected frames of a source. `progress` gets the fraction of the expected selected frames
// delivered so far; `cancel` (may be null) is checked before each frame. Warnings go to `warnings`
// when it is given.
std::vector<Frame> readFrames(const std::string& path, const FrameSelection& selection,
                              const ProgressCallback& progress = {}, const CancelToken* cancel = nullptr,
                              std::vector<std::string>* warnings = nullptr);

// Helpers, public for tests and for other sources (webcam recordings, imported frames).

// Rotates an [H,W,3] uint8 image clockwise by 0, 90, 180 or 270 degrees (other values: InputError).
torch::Tensor rotateClockwise(const torch::Tensor& rgb, int degrees);
// Size after downscaling (width, height) -> delivered size for `max_side` (0 = unchanged) and the
// factor used.
void downscaledSize(int width, int height, int max_side, int& out_width, int& out_height, double& scale);
// "Natural" order of file names: runs of digits compare by value (frame2 < frame10), the rest
// case-insensitively; ties are broken by the plain byte order.
bool naturalLess(const std::string& a, const std::string& b);
// The number of frames a selection delivers from a source of `frame_count` frames.
int selectedFrameCount(const FrameSelection& selection, int frame_count);

}  // namespace palma
