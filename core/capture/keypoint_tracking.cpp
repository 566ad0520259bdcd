#include "core/capture/keypoint_tracking.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include "core/common/error.h"

namespace palma {

void TrackingOptions::validate() const {
  auto fail = [](const std::string& what) { throw InputError("tracking options: " + what); };
  if (window < 5 || window > 101 || window % 2 == 0) fail("window must be odd and in 5..101");
  if (pyramid_levels < 0 || pyramid_levels > 8) fail("pyramid_levels must be in 0..8");
  if (!(fb_threshold_px > 0)) fail("fb_threshold_px must be positive");
  if (max_iterations < 1) fail("max_iterations must be at least 1");
  if (!(epsilon > 0)) fail("epsilon must be positive");
  if (!(step_decay > 0 && step_decay <= 1)) fail("step_decay must be in (0, 1]");
  if (!(lk_error_scale > 0)) fail("lk_error_scale must be positive");
  if (!(min_confidence >= 0 && min_confidence < 1)) fail("min_confidence must be in [0, 1)");
  if (!(disagreement_px > 0)) fail("disagreement_px must be positive");
}

namespace {

// One frame prepared for LK: its image pyramid (shared by the forward and the backward flow).
struct FramePyramid {
  std::vector<cv::Mat> levels;
  int width = 0, height = 0;
};

// frame: uint8 [H,W,3] RGB.
FramePyramid pyramidOf(const torch::Tensor& frame, const TrackingOptions& options, const char* name) {
  if (!frame.defined() || frame.dim() != 3 || frame.size(2) != 3 || frame.scalar_type() != torch::kUInt8)
    throw InputError(std::string("tracking needs ") + name + " frames as uint8 [H,W,3] RGB images");
  const torch::Tensor rgb = frame.contiguous();
  const cv::Mat view(static_cast<int>(rgb.size(0)), static_cast<int>(rgb.size(1)), CV_8UC3, rgb.data_ptr());
  cv::Mat gray;
  cv::cvtColor(view, gray, cv::COLOR_RGB2GRAY);
  FramePyramid p;
  p.width = gray.cols;
  p.height = gray.rows;
  cv::buildOpticalFlowPyramid(gray, p.levels, cv::Size(options.window, options.window),
                              options.pyramid_levels);
  return p;
}

FrameKeypoints trackPyramids(const FramePyramid& from, const FramePyramid& to, const FrameKeypoints& points,
                             const TrackingOptions& options) {
  if (from.width != to.width || from.height != to.height)
    throw InputError("tracking needs frames of one size (" + std::to_string(from.width) + " x " +
                     std::to_string(from.height) + " and " + std::to_string(to.width) + " x " +
                     std::to_string(to.height) + ")");
  FrameKeypoints out = points;  // absent points stay as they are
  std::vector<int> joints;
  std::vector<cv::Point2f> p0;
  for (int j = 0; j < kHandKeypoints; ++j) {
    if (!points[static_cast<size_t>(j)].present()) continue;
    joints.push_back(j);
    p0.emplace_back(points[static_cast<size_t>(j)].x, points[static_cast<size_t>(j)].y);
  }
  if (joints.empty()) return out;
  const cv::Size window(options.window, options.window);
  const cv::TermCriteria criteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, options.max_iterations,
                                  options.epsilon);
  std::vector<cv::Point2f> p1, back;
  std::vector<uchar> status, status_back;
  std::vector<float> error, error_back;
  cv::calcOpticalFlowPyrLK(from.levels, to.levels, p0, p1, status, error, window, options.pyramid_levels,
                           criteria);
  cv::calcOpticalFlowPyrLK(to.levels, from.levels, p1, back, status_back, error_back, window,
                           options.pyramid_levels, criteria);
  for (size_t i = 0; i < joints.size(); ++i) {
    Keypoint2D& k = out[static_cast<size_t>(joints[i])];
    const double fb = std::hypot(back[i].x - p0[i].x, back[i].y - p0[i].y);
    const bool inside =
        p1[i].x >= -0.5f && p1[i].y >= -0.5f && p1[i].x <= to.width - 0.5f && p1[i].y <= to.height - 0.5f;
    double confidence = 0.0;
    if (status[i] && status_back[i] && inside && std::isfinite(fb) && fb <= options.fb_threshold_px) {
      const double r = fb / options.fb_threshold_px;
      confidence = k.confidence * options.step_decay / (1.0 + r * r) /
                   (1.0 + std::max(0.0f, error[i]) / options.lk_error_scale);
    }
    if (confidence < options.min_confidence || confidence <= 0.0) {
      k = Keypoint2D{};
      continue;
    }
    k.x = p1[i].x;
    k.y = p1[i].y;
    k.confidence = static_cast<float>(std::min(1.0, confidence));
    k.origin = KeypointOrigin::Tracked;
  }
  return out;
}

bool isAnchor(const Keypoint2D& p) {
  return p.present() && (p.origin == KeypointOrigin::User || p.origin == KeypointOrigin::Imported);
}

bool isUserDeleted(const Keypoint2D& p) { return !p.present() && p.origin == KeypointOrigin::User; }

// One direction: tracks from every keyframe toward increasing (step +1) or decreasing (step -1)
// frames, restarting each joint at its anchors. distance[f][j]: frames since the joint's anchor.
void trackDirection(int num_frames, const FrameGetter& frame, const KeypointTrack& seeds, int step,
                    const TrackingOptions& options, std::vector<FrameKeypoints>& result,
                    std::vector<std::array<int, kHandKeypoints>>& distance,
                    const std::function<void(int)>& tick, const CancelToken* cancel) {
  result.assign(static_cast<size_t>(num_frames), FrameKeypoints{});
  distance.assign(static_cast<size_t>(num_frames), {});
  // Start at the first keyframe in this direction.
  int start = step > 0 ? 0 : num_frames - 1;
  auto hasAnchor = [&](int f) {
    const auto& fr = seeds.frames[static_cast<size_t>(f)];
    return std::any_of(fr.begin(), fr.end(), isAnchor);
  };
  while (start >= 0 && start < num_frames && !hasAnchor(start)) start += step;
  FrameKeypoints state{};
  std::array<int, kHandKeypoints> dist{};
  FramePyramid previous;
  for (int f = start; f >= 0 && f < num_frames; f += step) {
    if (cancel) cancel->check();
    const bool any_present =
        std::any_of(state.begin(), state.end(), [](const Keypoint2D& p) { return p.present(); });
    const FrameKeypoints& seed = seeds.frames[static_cast<size_t>(f)];
    const bool needed = any_present || std::any_of(seed.begin(), seed.end(), isAnchor);
    FramePyramid current;
    if (needed) current = pyramidOf(frame(f), options, "video");
    if (any_present) state = trackPyramids(previous, current, state, options);
    for (int j = 0; j < kHandKeypoints; ++j) {
      const Keypoint2D& s = seed[static_cast<size_t>(j)];
      if (isAnchor(s)) {
        state[static_cast<size_t>(j)] = s;
        dist[static_cast<size_t>(j)] = 0;
      } else if (isUserDeleted(s)) {
        state[static_cast<size_t>(j)] = Keypoint2D{};
      } else if (state[static_cast<size_t>(j)].present()) {
        ++dist[static_cast<size_t>(j)];
      }
    }
    result[static_cast<size_t>(f)] = state;
    distance[static_cast<size_t>(f)] = dist;
    previous = std::move(current);
    tick(f);
  }
}

}  // namespace

FrameKeypoints trackStep(const torch::Tensor& from, const torch::Tensor& to, const FrameKeypoints& points,
                         const TrackingOptions& options) {
  options.validate();
  return trackPyramids(pyramidOf(from, options, "source"), pyramidOf(to, options, "target"), points, options);
}

KeypointTrack trackKeypoints(const std::vector<torch::Tensor>& frames, const KeypointTrack& seeds,
                             const TrackingOptions& options, const ProgressCallback& progress,
                             const CancelToken* cancel) {
  return trackKeypoints(
      static_cast<int>(frames.size()), [&](int i) { return frames[static_cast<size_t>(i)]; }, seeds, options,
      progress, cancel);
}

KeypointTrack trackKeypoints(int num_frames, const FrameGetter& frame, const KeypointTrack& seeds,
                             const TrackingOptions& options, const ProgressCallback& progress,
                             const CancelToken* cancel) {
  options.validate();
  if (num_frames != seeds.numFrames())
    throw InputError("tracking: the video has " + std::to_string(num_frames) +
                     " frames but the keypoints have " + std::to_string(seeds.numFrames()));
  // The forward pass runs from the first keyframe to the end, the backward pass from the last
  // keyframe to the start.
  int first_key = num_frames, last_key = -1;
  for (int f = 0; f < num_frames; ++f) {
    const auto& fr = seeds.frames[static_cast<size_t>(f)];
    if (!std::any_of(fr.begin(), fr.end(), isAnchor)) continue;
    first_key = std::min(first_key, f);
    last_key = std::max(last_key, f);
  }
  if (last_key < 0)
    throw InputError("tracking needs at least one keyframe: place the keypoints in one frame or import them");
  const double total = static_cast<double>(num_frames - first_key + last_key + 1);
  int done = 0;
  auto tick = [&](int f) {
    ++done;
    if (progress)
      progress({std::min(1.0, done / total), "keypoints",
                "tracking keypoints, frame " + std::to_string(f + 1) + " of " + std::to_string(num_frames)});
  };
  std::vector<FrameKeypoints> forward, backward;
  std::vector<std::array<int, kHandKeypoints>> forward_distance, backward_distance;
  trackDirection(num_frames, frame, seeds, +1, options, forward, forward_distance, tick, cancel);
  trackDirection(num_frames, frame, seeds, -1, options, backward, backward_distance, tick, cancel);

  KeypointTrack out = seeds;
  for (int f = 0; f < num_frames; ++f) {
    for (int j = 0; j < kHandKeypoints; ++j) {
      Keypoint2D& o = out.frames[static_cast<size_t>(f)][static_cast<size_t>(j)];
      if (isAnchor(o) || isUserDeleted(o)) continue;
      const Keypoint2D& a = forward[static_cast<size_t>(f)][static_cast<size_t>(j)];
      const Keypoint2D& b = backward[static_cast<size_t>(f)][static_cast<size_t>(j)];
      // Each direction weighs by its confidence over its distance from its keyframe.
      const double wa = a.present() ? a.confidence / std::max(1, forward_distance[f][j]) : 0.0;
      const double wb = b.present() ? b.confidence / std::max(1, backward_distance[f][j]) : 0.0;
      if (wa + wb <= 0.0) {
        o = Keypoint2D{};
        continue;
      }
      const double x = (wa * a.x + wb * b.x) / (wa + wb), y = (wa * a.y + wb * b.y) / (wa + wb);
      double confidence = (wa * a.confidence + wb * b.confidence) / (wa + wb);
      if (wa > 0 && wb > 0) {
        const double gap = std::hypot(a.x - b.x, a.y - b.y);
        if (gap > options.disagreement_px) confidence *= options.disagreement_px / gap;
      }
      if (confidence < options.min_confidence) {
        o = Keypoint2D{};
        continue;
      }
      o.x = static_cast<float>(x);
      o.y = static_cast<float>(y);
      o.confidence = static_cast<float>(std::min(1.0, confidence));
      o.origin = KeypointOrigin::Tracked;
    }
  }
  return out;
}

// ---- Handedness ------------------------------------------------------------------------------------

namespace {

// The side cue of one frame (0 when the needed points are missing): the index MCP (5) and thumb MCP (2)
// relative to the little-finger MCP (17), across the wrist (0) -> middle MCP (9) axis, in units of the
// axis length. Positive for a right palm or a left back facing the camera; about +-0.7 in a frontal
// view, near 0 side-on.
double sideCue(const FrameKeypoints& k) {
  for (int j : {0, 2, 5, 9, 17})
    if (!k[static_cast<size_t>(j)].present()) return 0.0;
  const double ax = k[9].x - k[0].x, ay = k[9].y - k[0].y;
  const double n2 = ax * ax + ay * ay;
  if (n2 < 1e-6) return 0.0;
  auto cross = [&](int j) { return ax * (k[j].y - k[17].y) - ay * (k[j].x - k[17].x); };
  return 0.5 * (cross(5) + cross(2)) / n2;
}

}  // namespace

std::pair<Handedness, double> guessHandedness(const KeypointTrack& track) {
  // A frame's cue counts as clear above this (a view within about 70 degrees of frontal).
  constexpr double kClear = 0.15;
  std::vector<double> run;
  int sign = 0, opposite_streak = 0;
  for (const FrameKeypoints& frame : track.frames) {
    const double cue = sideCue(frame);
    if (std::abs(cue) < kClear) continue;
    const int s = cue > 0 ? 1 : -1;
    if (sign == 0) sign = s;
    if (s != sign) {
      // Two clear frames in a row of the other sign: the hand turned; a single one is noise.
      if (++opposite_streak >= 2) {
        run.pop_back();
        break;
      }
    } else {
      opposite_streak = 0;
    }
    run.push_back(cue);
  }
  if (run.empty()) return {Handedness::Right, 0.0};
  double same = 0.0, other = 0.0;
  for (double c : run) (c * sign > 0 ? same : other) += std::abs(c);
  const double consistency = (same - other) / (same + other);
  const double clarity = std::min(1.0, (same + other) / static_cast<double>(run.size()) / 0.5);
  const double support = std::min(1.0, static_cast<double>(run.size()) / 5.0);
  const double confidence = 0.75 * std::max(0.0, consistency) * clarity * support;
  return {sign > 0 ? Handedness::Right : Handedness::Left, confidence};
}

}  // namespace palma
