// `palma render` run as a user would, on a small avatar saved to a temporary folder: turntables, pose
// presets, the captured motion (compared with renderAvatar itself), video output and a clear one-line
// error with the documented exit code for every kind of bad input.
#include <sys/wait.h>

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <sstream>

#include "core/avatar/avatar.h"
#include "core/avatar/avatar_io.h"
#include "core/avatar/avatar_ops.h"
#include "core/model/model_spec.h"
#include "core/model/pose_presets.h"
#include "core/model/skinning.h"
#include "tests/support/cli_runner.h"
#include "tests/support/palma_test.h"

using namespace palma;
using palma::test::checkError;
using palma::test::contains;
using palma::test::runPalma;
namespace fs = std::filesystem;

namespace {

const HandModel& hand() {
  static const HandModel model = loadHandModel("builtin:right");
  return model;
}

torch::Tensor poseTensor(const PoseMatrix& pose) {
  return torch::from_blob(const_cast<float*>(pose.data()), {kNumJoints, 3}, torch::kFloat32).clone();
}

// The default avatar of the built-in hand with a checkerboard albedo (skin and dark green squares), so
// that views differ visibly, and optionally a two-frame captured motion at 64x64 pixels.
Avatar testAvatar(bool with_motion) {
  Avatar a = makeDefaultAvatar(hand(), "builtin:right", 0, SubdivisionScheme::Midpoint, 64);
  const auto ij = torch::arange(64).div(8, "floor");
  const auto checker = (ij.view({64, 1}) + ij.view({1, 64})).remainder(2).to(torch::kFloat32).unsqueeze(-1);
  const auto skin = torch::tensor({kDefaultSkinColour[0], kDefaultSkinColour[1], kDefaultSkinColour[2]});
  a.albedo = (checker * skin + (1 - checker) * torch::tensor({0.1f, 0.4f, 0.15f})).contiguous();
  if (with_motion) {
    const Rig rig = makeRig(hand());
    auto pose =
        torch::stack({poseTensor(posePreset(hand(), "relaxed")), poseTensor(posePreset(hand(), "point"))});
    pose.index_put_({0, 0}, torch::tensor({1.57f, 0.0f, 0.0f}));  // palm toward the camera
    pose.index_put_({1, 0}, torch::tensor({1.57f, 0.4f, 0.2f}));
    const auto centre = poseAvatar(rig, hand(), a, pose, torch::zeros({2, 3})).vertices.mean(1);  // [2,3]
    a.motion.frame_indices = {0, 5};
    a.motion.pose = pose;
    a.motion.translation = torch::tensor({0.0f, 0.0f, 0.45f}).view({1, 3}) - centre;
    a.motion.intrinsics = torch::tensor({{105.0f, 105.0f, 31.5f, 31.5f}, {100.0f, 100.0f, 30.0f, 33.0f}});
    a.motion.width = a.motion.height = 64;
  }
  return a;
}

std::string savedAvatar(bool with_motion) {
  const std::string folder = test::tempDir() + "/hand.palma-avatar";
  saveAvatar(testAvatar(with_motion), folder);
  return folder;
}

std::string frame(const std::string& dir, int index) {
  char name[32];
  std::snprintf(name, sizeof(name), "/frame_%06d.png", index);
  return dir + name;
}

cv::Mat readFrame(const std::string& dir, int index) {
  return cv::imread(frame(dir, index), cv::IMREAD_UNCHANGED);
}

// Pixels differing from the background colour `bgr` by more than a few levels (the hand).
cv::Mat handMask(const cv::Mat& image, const cv::Scalar& bgr) {
  cv::Mat diff;
  cv::absdiff(image, bgr, diff);
  cv::Mat grey;
  cv::transform(diff, grey, cv::Matx13f(1, 1, 1));
  return grey > 6;
}

double fraction(const cv::Mat& mask) { return cv::countNonZero(mask) / static_cast<double>(mask.total()); }

double intersectionOverUnion(const cv::Mat& a, const cv::Mat& b) {
  return cv::countNonZero(a & b) / std::max(1.0, static_cast<double>(cv::countNonZero(a | b)));
}

std::vector<std::string> filesIn(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

PALMA_TEST(renderHelpDescribesTheModesAndIsListed) {
  const test::CliResult top = runPalma({"--help"});
  PALMA_CHECK(top.code == 0);
  PALMA_CHECK_MSG(contains(top.out, "render"), top.out);
  const test::CliResult r = runPalma({"render", "--help"});
  PALMA_CHECK(r.code == 0);
  for (const char* text :
       {"Usage: palma render", "AVATAR_FOLDER", "--captured", "--pose NAMES", "--turntable N", "--view VIEWS",
        "--size WxH", "--video FILE.mp4", "--background R,G,B"})
    PALMA_CHECK_MSG(contains(r.out, text), text);
}

PALMA_TEST(turntableFramesShowTheHandTurningOverTheBackground) {
  const std::string avatar = savedAvatar(false);
  const std::string out = test::tempDir() + "/turntable";
  const test::CliResult r = runPalma({"render", avatar, "--turntable", "4", "--size", "64x48", "--background",
                                      "0,0,1", "--out", out, "--threads", "1"});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  PALMA_CHECK_MSG(contains(r.out, "rendered 4 frames of 64x48"), r.out);
  // Exactly the four frames, no temporary files left.
  PALMA_CHECK(filesIn(out) == (std::vector<std::string>{"frame_000000.png", "frame_000001.png",
                                                        "frame_000002.png", "frame_000003.png"}));
  const cv::Scalar blue(255, 0, 0);  // BGR
  std::vector<cv::Mat> frames, masks;
  for (int i = 0; i < 4; ++i) {
    frames.push_back(readFrame(out, i));
    const cv::Mat& f = frames.back();
    PALMA_CHECK(f.cols == 64 && f.rows == 48 && f.type() == CV_8UC3);
    masks.push_back(handMask(f, blue));
    // Framed from the bounding sphere: the hand covers a good part of the image, but not all of it.
    PALMA_CHECK_MSG(fraction(masks.back()) > 0.08 && fraction(masks.back()) < 0.6, fraction(masks.back()));
    // Where the hand is not, the background colour, exactly.
    for (const cv::Point p : {cv::Point(0, 0), cv::Point(63, 0), cv::Point(0, 47), cv::Point(63, 47)})
      PALMA_CHECK(f.at<cv::Vec3b>(p) == cv::Vec3b(255, 0, 0));
    cv::Mat background_pixels;
    cv::bitwise_not(masks.back(), background_pixels);
    PALMA_CHECK(cv::norm(cv::mean(f, background_pixels) - blue) < 3.0);
  }
  // Every frame differs from the others.
  for (int i = 0; i < 4; ++i)
    for (int j = i + 1; j < 4; ++j)
      PALMA_CHECK_MSG(cv::norm(frames[i], frames[j], cv::NORM_L1) > 64 * 48 * 5, i << "," << j);
  // Half a turn shows the hand from behind: its silhouette is (up to perspective) the mirror image.
  cv::Mat mirrored;
  cv::flip(masks[2], mirrored, 1);
  PALMA_CHECK_MSG(intersectionOverUnion(masks[0], mirrored) > 0.7, intersectionOverUnion(masks[0], mirrored));
  PALMA_CHECK_MSG(intersectionOverUnion(masks[0], masks[1]) < 0.7, intersectionOverUnion(masks[0], masks[1]));
}

PALMA_TEST(posePresetsShareOneFramingAndViewsShowPalmOrBack) {
  const std::string avatar = savedAvatar(false);
  const std::string out = test::tempDir() + "/poses";
  const test::CliResult r = runPalma(
      {"render", avatar, "--pose", "spread,fist", "--view", "palm,back", "--size", "64x64", "--out", out});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  PALMA_CHECK(filesIn(out).size() == 4);  // spread palm, spread back, fist palm, fist back
  std::vector<cv::Mat> masks;
  for (int i = 0; i < 4; ++i) {
    const cv::Mat f = readFrame(out, i);
    PALMA_CHECK(f.cols == 64 && f.rows == 64);
    masks.push_back(handMask(f, cv::Scalar(0, 0, 0)));
  }
  // One camera distance for all poses: the fist covers far fewer pixels than the spread hand.
  PALMA_CHECK_MSG(fraction(masks[2]) < 0.85 * fraction(masks[0]), fraction(masks[2])
                                                                      << " vs " << fraction(masks[0]));
  PALMA_CHECK(fraction(masks[2]) > 0.03);
  // Palm and back views of a pose are mirror images in outline.
  cv::Mat mirrored;
  cv::flip(masks[1], mirrored, 1);
  PALMA_CHECK_MSG(intersectionOverUnion(masks[0], mirrored) > 0.7, intersectionOverUnion(masks[0], mirrored));
  // Upright: the spread fingers fan out toward the top of the image, where the outline is widest.
  int widest_row = 0, widest = 0;
  for (int y = 0; y < 64; ++y) {
    cv::Mat row = masks[0].row(y);
    std::vector<cv::Point> on;
    cv::findNonZero(row, on);
    if (on.empty()) continue;
    int lo = 64, hi = -1;
    for (const auto& p : on) lo = std::min(lo, p.x), hi = std::max(hi, p.x);
    if (hi - lo > widest) widest = hi - lo, widest_row = y;
  }
  PALMA_CHECK_MSG(widest_row < 40, widest_row);

  // The single preset the issue names.
  const std::string fist = test::tempDir() + "/fist";
  const test::CliResult single =
      runPalma({"render", avatar, "--pose", "fist", "--size", "64x64", "--out", fist});
  PALMA_CHECK_MSG(single.code == 0, single.err);
  const cv::Mat f = readFrame(fist, 0);
  PALMA_CHECK(f.cols == 64 && f.rows == 64);
  PALMA_CHECK_MSG(fraction(handMask(f, cv::Scalar(0, 0, 0))) > 0.08,
                  fraction(handMask(f, cv::Scalar(0, 0, 0))));
  PALMA_CHECK(!fs::exists(frame(fist, 1)));
}

PALMA_TEST(capturedMotionReproducesRenderAvatar) {
  const std::string avatar = savedAvatar(true);
  const std::string out = test::tempDir() + "/captured";
  const test::CliResult r = runPalma({"render", avatar, "--captured", "--out", out});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  PALMA_CHECK(filesIn(out).size() == 2);

  torch::NoGradGuard no_grad;
  const Avatar a = loadAvatar(avatar);
  render::Renderer renderer;
  render::CameraBatch cameras;
  cameras.intrinsics = a.motion.intrinsics;
  cameras.width = cameras.height = 64;
  const auto expected =
      renderAvatar(renderer, makeRig(hand()), hand(), a, a.motion.pose, a.motion.translation, cameras).image;
  for (int i = 0; i < 2; ++i) {
    const cv::Mat f = readFrame(out, i);
    PALMA_CHECK(f.cols == 64 && f.rows == 64);  // the capture's size
    cv::Mat rgb;
    cv::cvtColor(f, rgb, cv::COLOR_BGR2RGB);
    const auto got = torch::from_blob(rgb.data, {64, 64, 3}, torch::kUInt8).to(torch::kFloat32) / 255.0;
    const double error = (got - expected[i]).abs().max().item<double>();
    PALMA_CHECK_MSG(error <= 0.5 / 255.0 + 1e-5, "frame " << i << ": " << error);
    PALMA_CHECK(expected[i].sum(-1).gt(0.05).to(torch::kFloat32).mean().item<double>() >
                0.05);  // the hand is there
  }

  // Resized: the same view at half the size.
  const std::string half = test::tempDir() + "/half";
  const test::CliResult resized =
      runPalma({"render", avatar, "--captured", "--size", "32x32", "--out", half});
  PALMA_CHECK_MSG(resized.code == 0, resized.err);
  const cv::Mat small = readFrame(half, 0), full = readFrame(out, 0);
  PALMA_CHECK(small.cols == 32 && small.rows == 32);
  cv::Mat down;
  cv::resize(full, down, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
  PALMA_CHECK_MSG(
      intersectionOverUnion(handMask(small, cv::Scalar(0, 0, 0)), handMask(down, cv::Scalar(0, 0, 0))) > 0.8,
      "resized capture view");
}

// FFmpeg's encoder reads heap memory it never wrote; the video writer fills new heap blocks with a fixed
// byte while it lives (RepeatableHeapScope), so the same frames give the same file. MALLOC_PERTURB_
// makes glibc fill the heap with a different byte in each run (without the scope these differed).
PALMA_TEST(theSameFramesGiveTheSameVideo) {
  const std::string avatar = savedAvatar(false);
  const std::string dir = test::tempDir();
  std::string videos[2];
  for (int run = 0; run < 2; ++run) {
    setenv("MALLOC_PERTURB_", run == 0 ? "165" : "77", 1);
    const std::string path = dir + "/run" + std::to_string(run) + ".mp4";
    const test::CliResult r =
        runPalma({"render", avatar, "--turntable", "8", "--size", "160x160", "--video", path});
    unsetenv("MALLOC_PERTURB_");
    PALMA_CHECK_MSG(r.code == 0, r.err);
    if (!fs::exists(path)) PALMA_SKIP("no MP4 encoder here (the Motion JPEG fallback)");
    videos[run] = test::readWholeFile(path);
    PALMA_CHECK(!videos[run].empty());
  }
  PALMA_CHECK(videos[0] == videos[1]);
}

PALMA_TEST(videoOutputNamesItsCodecAndHoldsEveryFrame) {
  const std::string avatar = savedAvatar(false);
  const std::string dir = test::tempDir();
  const test::CliResult r =
      runPalma({"render", avatar, "--turntable", "3", "--size", "64x64", "--video", dir + "/turn.mp4"});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  const bool mp4 =
      contains(r.out, "turn.mp4 (H.264 (avc1)") || contains(r.out, "turn.mp4 (MPEG-4 Part 2 (mp4v)");
  const bool avi = contains(r.out, "turn.avi (Motion JPEG (MJPG)");
  PALMA_CHECK_MSG(mp4 || avi, r.out);
  const std::string path = dir + (mp4 ? "/turn.mp4" : "/turn.avi");
  PALMA_CHECK(filesIn(dir) ==
              std::vector<std::string>{fs::path(path).filename().string()});  // no temporary left
  cv::VideoCapture video(path);
  PALMA_CHECK(video.isOpened());
  int count = 0;
  for (cv::Mat f; video.read(f); ++count) PALMA_CHECK(f.cols == 64 && f.rows == 64);
  PALMA_CHECK_MSG(count == 3, count);
}

PALMA_TEST(badInputGivesOneClearLineAndAnExitCode) {
  const std::string avatar = savedAvatar(false);
  const std::string out = test::tempDir() + "/out";
  checkError(runPalma({"render", "/no/such/hand.palma-avatar", "--pose", "fist", "--out", out}), 1,
             "/no/such/hand.palma-avatar");
  const test::CliResult preset = runPalma({"render", avatar, "--pose", "fist,moonwalk", "--out", out});
  checkError(preset, 1, "unknown pose preset 'moonwalk'");
  PALMA_CHECK_MSG(contains(preset.err, "thumbs_up"), preset.err);  // the known names are listed
  checkError(runPalma({"render", avatar, "--pose", "fist", "--size", "64", "--out", out}), 2,
             "'64' is not WIDTHxHEIGHT");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--size", "8x8", "--out", out}), 2, "16..4096");
  checkError(runPalma({"render", avatar, "--out", out}), 2,
             "needs --captured, --pose NAMES or --turntable N");
  checkError(runPalma({"render", avatar, "--pose", "fist"}), 2, "needs --out DIR or --video");
  checkError(runPalma({"render", "--pose", "fist", "--out", out}), 2, "needs an AVATAR_FOLDER");
  checkError(runPalma({"render", avatar, "--turntable", "0", "--out", out}), 2, "outside 1..3600");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--view", "top", "--out", out}), 2,
             "unknown view 'top'");
  checkError(runPalma({"render", avatar, "--turntable", "4", "--view", "palm,back", "--out", out}), 2,
             "one --view");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--background", "255,0,0", "--out", out}), 2,
             "0..1");
  checkError(runPalma({"render", avatar, "--captured", "--pose", "fist", "--out", out}), 2,
             "cannot be combined");
  checkError(runPalma({"render", avatar, "--captured", "--fov", "30", "--out", out}), 2, "--fov applies to");
  checkError(runPalma({"render", avatar, "--captured", "--out", out}), 1, "has no captured motion");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--distance", "0.05", "--out", out}), 1,
             "puts the camera inside the hand");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--out", "/proc/palma-frames"}), 1,
             "cannot create the output directory");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--video", out + "/x.gif"}), 2,
             "must end in .mp4");
  checkError(runPalma({"render", avatar, "--pose", "fist", "--video", "/no/such/dir/x.mp4"}), 1,
             "does not exist");
  // A folder that is not an avatar.
  checkError(runPalma({"render", test::tempDir(), "--pose", "fist", "--out", out}), 1, "avatar.json");
}
