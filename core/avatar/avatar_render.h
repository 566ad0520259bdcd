// Rendering an avatar to image files: the frames to render (the captured motion through the capture's
// cameras, pose presets or animation frames from the palm, the back or the side, turntables about the
// hand's vertical axis), and writing them as PNG frames or a video. `palma render` and the studio's
// render dialog both call these, so they produce the same images for the same request.
#pragma once

#include <torch/types.h>

#include <Eigen/Core>
#include <string>
#include <vector>

#include "core/avatar/avatar.h"
#include "core/common/progress.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "core/render/camera.h"

namespace palma {

// Which side of the hand faces the camera (the hand upright: fingers toward the top of the image).
enum class RenderView { Palm, Back, Side /* the thumb's side */ };

// The frames to render, all at one image size.
struct RenderPlan {
  std::vector<torch::Tensor> pose;         // [16,3] axis-angle per frame (skinning convention)
  std::vector<torch::Tensor> translation;  // [3] metres
  std::vector<torch::Tensor> intrinsics;   // [4] fx, fy, cx, cy
  int width = 0;
  int height = 0;

  int64_t size() const { return static_cast<int64_t>(pose.size()); }
  // Adds a frame; `camera` must have the plan's size.
  void add(const PoseMatrix& pose, const Eigen::Vector3f& translation, const render::Camera& camera);
};

// The synthetic camera of posed and turntable renders.
struct ShotSettings {
  int width = 512;
  int height = 512;
  double fov_degrees = 40.0;  // vertical field of view
  double distance = 0.0;      // metres from the hand's centre; 0: the largest pose fills the view
  // false: each pose's wrist rotation is replaced by the view (the hand upright); true: the view is
  // applied on top of it (animations whose wrist moves, e.g. the wave).
  bool keep_wrist_rotation = false;
};

// The captured motion through the capture's cameras, scaled to width x height (0: the capture's
// size). Throws palma::InputError when the avatar has no captured motion.
RenderPlan capturedRenderPlan(const Avatar& avatar, int width = 0, int height = 0);

// Every pose seen from every view (pose-major order), all from one distance so that the poses keep
// their relative sizes. Throws palma::InputError when the distance puts the camera inside the hand or
// the list of poses or views is empty, palma::Error for a degenerate skeleton.
RenderPlan posesRenderPlan(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                           const std::vector<PoseMatrix>& poses, const std::vector<RenderView>& views,
                           const ShotSettings& shot = {});

// Each pose turning once (360 degrees) about the hand's vertical axis in `frames` steps, starting from
// `start`. Same errors as posesRenderPlan, and for frames outside 1..3600.
RenderPlan turntableRenderPlan(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                               const std::vector<PoseMatrix>& poses, RenderView start, int frames,
                               const ShotSettings& shot = {});

// Where and how to write the rendered frames (at least one of png_dir and video_path).
struct FrameOutput {
  std::string png_dir;     // DIR/frame_000000.png, ... (created; files of the same names replaced)
  std::string video_path;  // .mp4/.m4v/.mov (H.264, else MPEG-4 Part 2, else Motion JPEG as .avi) or .avi
  double fps = 30.0;       // of the video
  int batch = 4;           // frames rendered together (memory grows with it)
  Eigen::Vector3f background{0.0f, 0.0f, 0.0f};  // 0..1 RGB
  ProgressCallback progress;                     // after every batch
  const CancelToken* cancel = nullptr;           // checked between batches
};

struct FramesWritten {
  int64_t frames = 0;
  std::vector<std::string> png_files;  // in frame order
  std::string video_file;              // as written (.avi after a fallback), empty without video
  std::string video_codec;             // e.g. "H.264 (avc1)"
  double render_seconds = 0.0;         // rendering and encoding, without setup
};

// Renders the plan with the avatar's own maps and lighting (avatar.lighting, shadows included when
// set) and writes the frames (8-bit, in the avatar's colour space). Throws palma::InputError for an
// empty plan or bad output settings (no output, unknown video extension, batch or fps out of range),
// palma::Error when a file cannot be written or no video encoder works, palma::Cancelled when
// cancelled (PNG frames written so far stay; a partial video is removed).
FramesWritten renderAvatarFrames(const Rig& rig, const HandModel& tmpl, const Avatar& avatar,
                                 const RenderPlan& plan, const FrameOutput& output);

// Creates the output directory (and its parents) and checks that files can be created in it; throws
// palma::Error otherwise.
void prepareFrameDirectory(const std::string& dir);

// The path of frame `index` in a PNG frame directory.
std::string framePngPath(const std::string& dir, int64_t index);

}  // namespace palma
