// Hand segmentation: IoU against the synthetic capture's ground-truth masks (its cluttered and a plain
// background, noisy and dropped keypoints), temporal following of frames without keypoints, scribbles,
// the forearm option, erosion, progress/cancel, mask sequence import and bad input.
#include "core/capture/segmentation.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <utility>

#include "core/common/error.h"
#include "core/eval/synthetic_capture.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

eval::SyntheticSettings settings(eval::SyntheticBackground background) {
  eval::SyntheticSettings s;
  s.seed = 11;
  s.frames = 8;
  s.width = 192;
  s.height = 192;
  s.texture_size = 128;
  s.subdivision_levels = 0;
  s.novel_pose_frames = 0;
  s.novel_views = 0;
  s.background = background;
  return s;
}

struct Clip {
  std::vector<torch::Tensor> frames;  // uint8 [H,W,3]
  std::vector<torch::Tensor> truth;   // bool [H,W]
  KeypointTrack track;
  torch::Tensor exact;  // [F,21,2] keypoints without noise
};

Clip clip(eval::SyntheticBackground background) {
  const eval::SyntheticCapture c = eval::makeSyntheticCapture(settings(background));
  Clip out;
  const auto images = (c.frames.images * 255).round().clamp(0, 255).to(torch::kUInt8);
  for (int64_t f = 0; f < c.frames.numFrames(); ++f) {
    out.frames.push_back(images[f].contiguous());
    out.truth.push_back(c.frames.masks[f].squeeze(2).gt(0.5));
  }
  out.track = KeypointTrack::fromTensor(c.frames.keypoints, KeypointOrigin::Tracked);
  out.exact = c.frames.keypoints_exact;
  return out;
}

const Clip& cluttered() {
  static const Clip c = clip(eval::SyntheticBackground::Cluttered);
  return c;
}

double iou(const torch::Tensor& mask, const torch::Tensor& truth) {
  const auto m = mask.gt(127);
  return (m & truth).sum().item<double>() / std::max(1.0, (m | truth).sum().item<double>());
}

double meanIou(const std::vector<torch::Tensor>& masks, const Clip& c, double* worst = nullptr) {
  double sum = 0, low = 1;
  for (size_t f = 0; f < masks.size(); ++f) {
    const double v = iou(masks[f], c.truth[f]);
    sum += v;
    low = std::min(low, v);
  }
  if (worst) *worst = low;
  return sum / masks.size();
}

void writePng(const std::string& path, const cv::Mat& m) { PALMA_CHECK(cv::imwrite(path, m)); }

}  // namespace

PALMA_TEST(masksMatchTheSyntheticCaptureOnItsClutteredBackground) {
  const Clip& c = cluttered();
  const auto start = std::chrono::steady_clock::now();
  const auto masks = segmentFrames(c.frames, c.track);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() /
      masks.size();
  double worst = 0;
  const double mean = meanIou(masks, c, &worst);
  std::printf("  cluttered background: mean IoU %.3f, worst frame %.3f, %.1f ms per 192x192 frame\n", mean,
              worst, ms);
  PALMA_CHECK(masks.size() == c.frames.size());
  for (const auto& m : masks) {
    PALMA_CHECK(m.scalar_type() == torch::kUInt8 && m.size(0) == 192 && m.size(1) == 192);
    PALMA_CHECK((m.eq(0) | m.eq(255)).all().item<bool>());
  }
  PALMA_CHECK_MSG(mean >= 0.9, "mean IoU " << mean);
  PALMA_CHECK_MSG(worst >= 0.8, "worst IoU " << worst);
}

PALMA_TEST(masksMatchTheSyntheticCaptureOnAPlainBackground) {
  const Clip c = clip(eval::SyntheticBackground::Plain);
  double worst = 0;
  const double mean = meanIou(segmentFrames(c.frames, c.track), c, &worst);
  std::printf("  plain background: mean IoU %.3f, worst frame %.3f\n", mean, worst);
  PALMA_CHECK_MSG(mean >= 0.9, "mean IoU " << mean);
}

PALMA_TEST(framesWithoutKeypointsFollowThePreviousMask) {
  const Clip& c = cluttered();
  KeypointTrack track = c.track;
  for (int f : {3, 4}) track.frames[f] = FrameKeypoints{};
  const auto masks = segmentFrames(c.frames, track);
  const double a = iou(masks[3], c.truth[3]), b = iou(masks[4], c.truth[4]);
  std::printf("  frames 3, 4 without keypoints: IoU %.3f, %.3f\n", a, b);
  PALMA_CHECK_MSG(a >= 0.8 && b >= 0.75, "IoU " << a << ", " << b);
}

PALMA_TEST(aFirstFrameWithoutKeypointsOrScribblesIsAnError) {
  const Clip& c = cluttered();
  HandSegmenter segmenter;
  PALMA_CHECK_THROWS(segmenter.segment(c.frames[0], FrameKeypoints{}), InputError,
                     "nothing locates the hand");
  KeypointTrack track = c.track;
  track.frames[0] = FrameKeypoints{};
  PALMA_CHECK_THROWS(segmentFrames(c.frames, track), InputError, "(frame 0)");
  // Hand scribbles alone are enough.
  Scribbles s;
  s.labels = torch::zeros({192, 192}, torch::kUInt8);
  // A stroke along the hand: wrist -> middle knuckle -> middle fingertip (exact keypoints of a frame
  // where the tracker lost the hand).
  const auto k = c.exact[0];
  for (auto [a, b] : {std::pair{0, 9}, std::pair{9, 12}}) {
    for (double t = 0; t <= 1.0; t += 0.05) {
      const int x =
          static_cast<int>(std::lround(k[a][0].item<double>() * (1 - t) + k[b][0].item<double>() * t));
      const int y =
          static_cast<int>(std::lround(k[a][1].item<double>() * (1 - t) + k[b][1].item<double>() * t));
      s.labels.slice(0, y - 1, y + 2).slice(1, x - 1, x + 2).fill_(1);
    }
  }
  const auto m = segmenter.segment(c.frames[0], FrameKeypoints{}, s);
  std::printf("  scribbles only: IoU %.3f\n", iou(m, c.truth[0]));
  PALMA_CHECK(iou(m, c.truth[0]) > 0.8);
}

PALMA_TEST(scribblesOverrideTheModel) {
  const Clip& c = cluttered();
  HandSegmenter plain, scribbled;
  const auto before = plain.segment(c.frames[0], c.track.frames[0]);
  // Scribble a band of the hand as background and a background corner as hand.
  Scribbles s;
  s.labels = torch::zeros({192, 192}, torch::kUInt8);
  const int y = static_cast<int>(c.track.frames[0][9].y);
  s.labels.slice(0, y - 1, y + 2).fill_(2);
  s.labels.slice(0, 0, 6).slice(1, 0, 6).fill_(1);
  const auto after = scribbled.segment(c.frames[0], c.track.frames[0], s);
  PALMA_CHECK(before.slice(0, y - 1, y + 2).gt(0).any().item<bool>());
  PALMA_CHECK(after.slice(0, y - 1, y + 2).eq(0).all().item<bool>());
  PALMA_CHECK(after.slice(0, 0, 6).slice(1, 0, 6).eq(255).all().item<bool>());
}

PALMA_TEST(withoutForearmTheMaskStopsAtTheWrist) {
  const Clip& c = cluttered();
  SegmentationOptions no_arm;
  no_arm.include_forearm = false;
  int f = 0;
  while (!c.track.frames[f][0].present() || !c.track.frames[f][9].present()) ++f;
  const auto with = HandSegmenter().segment(c.frames[f], c.track.frames[f]);
  const auto without = HandSegmenter(no_arm).segment(c.frames[f], c.track.frames[f]);
  // Pixels beyond the wrist (away from the middle knuckle) by more than a tenth of the palm length.
  const auto& k = c.track.frames[f];
  const double dx = k[0].x - k[9].x, dy = k[0].y - k[9].y, len = std::hypot(dx, dy);
  const auto xs = torch::arange(192, torch::kFloat64).view({1, 192}),
             ys = torch::arange(192, torch::kFloat64).view({192, 1});
  const auto beyond = ((xs - k[0].x) * dx + (ys - k[0].y) * dy) / len > 0.1 * len;
  const int64_t arm_with = (with.gt(0) & beyond).sum().item<int64_t>();
  const int64_t arm_without = (without.gt(0) & beyond).sum().item<int64_t>();
  std::printf("  forearm pixels: %lld with, %lld without\n", (long long)arm_with, (long long)arm_without);
  PALMA_CHECK(arm_with > 50);
  PALMA_CHECK(arm_without == 0);
}

PALMA_TEST(erosionShrinksTheMask) {
  const Clip& c = cluttered();
  SegmentationOptions eroded;
  eroded.erode_px = 2;
  const auto a = HandSegmenter().segment(c.frames[0], c.track.frames[0]);
  const auto b = HandSegmenter(eroded).segment(c.frames[0], c.track.frames[0]);
  PALMA_CHECK(b.gt(0).sum().item<int64_t>() < a.gt(0).sum().item<int64_t>());
  PALMA_CHECK((b.gt(0) & a.eq(0)).sum().item<int64_t>() == 0);
}

PALMA_TEST(largeFramesAreSegmentedDownscaled) {
  // The same frame at twice the size with a working size of the original: IoU against the upsampled
  // ground truth stays high.
  const Clip& c = cluttered();
  const auto big = torch::repeat_interleave(torch::repeat_interleave(c.frames[1], 2, 0), 2, 1).contiguous();
  const auto truth = torch::repeat_interleave(torch::repeat_interleave(c.truth[1], 2, 0), 2, 1);
  FrameKeypoints k = c.track.frames[1];
  for (auto& p : k)
    if (p.present()) p.x = 2 * p.x + 0.5f, p.y = 2 * p.y + 0.5f;
  SegmentationOptions o;
  o.working_size = 192;
  const auto m = HandSegmenter(o).segment(big, k);
  PALMA_CHECK(m.size(0) == 384 && m.size(1) == 384);
  std::printf("  384x384 frame at working size 192: IoU %.3f\n", iou(m, truth));
  PALMA_CHECK(iou(m, truth) >= 0.85);
}

PALMA_TEST(segmentFramesReportsProgressAndCancels) {
  const Clip& c = cluttered();
  std::vector<torch::Tensor> frames(c.frames.begin(), c.frames.begin() + 3);
  KeypointTrack track = c.track;
  track.frames.resize(3);
  int calls = 0;
  double last = 0;
  segmentFrames(frames, track, {}, {}, [&](const ProgressEvent& e) {
    ++calls;
    last = e.fraction;
  });
  PALMA_CHECK(calls == 3);
  PALMA_CHECK_NEAR(last, 1.0, 1e-12);
  CancelToken cancel;
  cancel.cancel();
  PALMA_CHECK_THROWS(segmentFrames(frames, track, {}, {}, {}, &cancel), Cancelled, "cancelled");
}

PALMA_TEST(badSegmentationInputIsRejectedWithAMessage) {
  const Clip& c = cluttered();
  HandSegmenter s;
  Scribbles wrong;
  wrong.labels = torch::zeros({100, 192}, torch::kUInt8);
  PALMA_CHECK_THROWS(s.segment(c.frames[0], c.track.frames[0], wrong), InputError, "scribbles are 192 x 100");
  wrong.labels = torch::full({192, 192}, 3, torch::kUInt8);
  PALMA_CHECK_THROWS(s.segment(c.frames[0], c.track.frames[0], wrong), InputError, "scribble labels");
  wrong.labels = torch::zeros({192, 192}, torch::kFloat32);
  PALMA_CHECK_THROWS(s.segment(c.frames[0], c.track.frames[0], wrong), InputError, "8-bit");
  PALMA_CHECK_THROWS(s.segment(torch::zeros({64, 64}, torch::kUInt8), c.track.frames[0]), InputError, "RGB");
  PALMA_CHECK_THROWS(s.segment(c.frames[0].to(torch::kFloat32), c.track.frames[0]), InputError, "RGB");
  KeypointTrack short_track = c.track;
  short_track.frames.resize(2);
  PALMA_CHECK_THROWS(segmentFrames(c.frames, short_track), InputError, "8 frames but keypoints for 2");
  PALMA_CHECK_THROWS(segmentFrames(c.frames, c.track, {}, std::vector<Scribbles>(3)), InputError,
                     "8 frames but scribbles for 3");
  SegmentationOptions bad;
  bad.temporal_weight = 2;
  PALMA_CHECK_THROWS(HandSegmenter{bad}, InputError, "temporal weight");
}

PALMA_TEST(maskSequencesLoadInNaturalOrderFromGreyAndAlpha) {
  const std::string dir = test::tempDir() + "/masks";
  std::filesystem::create_directories(dir);
  // frame2 (grey, left half on), frame10 (RGBA, alpha right half on), frame1 (16-bit grey, all at 60 %).
  cv::Mat grey = cv::Mat::zeros(6, 8, CV_8U);
  grey.colRange(0, 4).setTo(200);
  writePng(dir + "/frame2.png", grey);
  cv::Mat rgba(6, 8, CV_8UC4, cv::Scalar(255, 255, 255, 0));
  rgba.colRange(4, 8).setTo(cv::Scalar(0, 0, 0, 255));
  writePng(dir + "/frame10.png", rgba);
  writePng(dir + "/frame1.png", cv::Mat(6, 8, CV_16U, cv::Scalar(0.6 * 65535)));
  std::ofstream(dir + "/notes.txt") << "not a mask";
  const auto m = loadMaskSequence(dir, 3, 8, 6);
  PALMA_CHECK(m.size() == 3);
  PALMA_CHECK(m[0].eq(255).all().item<bool>());  // frame1
  PALMA_CHECK(m[1].slice(1, 0, 4).eq(255).all().item<bool>() && m[1].slice(1, 4, 8).eq(0).all().item<bool>());
  PALMA_CHECK(m[2].slice(1, 0, 4).eq(0).all().item<bool>() && m[2].slice(1, 4, 8).eq(255).all().item<bool>());
  // The first file stands for its folder.
  PALMA_CHECK(loadMaskSequence(dir + "/frame1.png", 3, 8, 6).size() == 3);
  // Masks at twice the frame size are scaled down.
  const auto half = loadMaskSequence(dir, 3, 4, 3);
  PALMA_CHECK(half[1].slice(1, 0, 2).eq(255).all().item<bool>() &&
              half[1].slice(1, 2, 4).eq(0).all().item<bool>());
}

PALMA_TEST(badMaskSequencesAreRejectedWithAMessage) {
  const std::string root = test::tempDir();
  const std::string empty = root + "/empty", only_text = root + "/text", broken = root + "/broken",
                    sizes = root + "/sizes";
  for (const auto& d : {empty, only_text, broken, sizes}) std::filesystem::create_directories(d);
  std::ofstream(only_text + "/readme.txt") << "text";
  std::ofstream(broken + "/0001.png") << "this is not a PNG file";
  writePng(sizes + "/a.png", cv::Mat::zeros(6, 8, CV_8U));
  writePng(sizes + "/b.png", cv::Mat::zeros(8, 8, CV_8U));
  PALMA_CHECK_THROWS(loadMaskSequence(root + "/missing", 1, 8, 6), InputError, "neither a folder nor a PNG");
  PALMA_CHECK_THROWS(loadMaskSequence(empty, 1, 8, 6), InputError, "contains no PNG files");
  PALMA_CHECK_THROWS(loadMaskSequence(only_text, 1, 8, 6), InputError, "contains no PNG files");
  PALMA_CHECK_THROWS(loadMaskSequence(only_text + "/readme.txt", 1, 8, 6), InputError, "is not a PNG file");
  PALMA_CHECK_THROWS(loadMaskSequence(broken, 1, 8, 6), InputError, "cannot be read as an image");
  PALMA_CHECK_THROWS(loadMaskSequence(sizes, 3, 8, 6), InputError,
                     "has 2 PNG files but the capture has 3 frames");
  PALMA_CHECK_THROWS(loadMaskSequence(sizes, 2, 8, 6), InputError,
                     "b.png' is 8 x 8 pixels but the frames are 8 x 6");
}
