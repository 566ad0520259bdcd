// Writing the synthetic capture and reading capture folders back: the round trip through the video
// codec, and hostile folders (missing files, malformed JSON, wrong counts and sizes, non-finite values).
#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "core/common/error.h"
#include "core/eval/synthetic_capture_io.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/palma_test.h"

using namespace palma;
using namespace palma::eval;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

SyntheticSettings smallSettings() {
  SyntheticSettings s = test::smallSyntheticSettings(11);
  s.novel_views = 3;
  return s;
}

const SyntheticCapture& smallCapture() {
  static const SyntheticCapture capture = makeSyntheticCapture(smallSettings());
  return capture;
}

// A written capture folder (written once per test run).
const std::string& writtenFolder() {
  static const std::string folder = [] {
    const std::string dir = palma::test::tempDir() + "/capture";
    const WrittenCapture w = writeSyntheticCapture(smallCapture(), dir);
    std::printf("  wrote %s with codec %s\n", w.video_file.c_str(), w.codec.c_str());
    return dir;
  }();
  return folder;
}

// A fresh copy of the written folder to damage.
std::string copyOfCapture() {
  static int counter = 0;
  const std::string dir = palma::test::tempDir() + "/copy" + std::to_string(counter++);
  fs::copy(writtenFolder(), dir, fs::copy_options::recursive);
  return dir;
}

json readJson(const std::string& path) {
  std::ifstream in(path);
  return json::parse(in);
}

void writeText(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

double psnr(const torch::Tensor& a, const torch::Tensor& b) {
  const double mse = (a - b).pow(2).mean().item<double>();
  return 10 * std::log10(1.0 / mse);
}

}  // namespace

PALMA_TEST(writtenCaptureLoadsBackWithTheSameContent) {
  const SyntheticCapture& c = smallCapture();
  const std::string& dir = writtenFolder();
  const PreparedCapture p = loadCaptureFolder(dir);
  PALMA_CHECK(p.numFrames() == 8 && p.width == 96 && p.height == 96);
  PALMA_CHECK(p.handedness == Handedness::Right);
  PALMA_CHECK(p.frame_indices.size() == 8 && p.frame_indices[7] == 7);
  PALMA_CHECK(torch::equal(p.masks, c.frames.masks));
  PALMA_CHECK((p.keypoints - c.frames.keypoints).abs().max().item<double>() < 1e-4);
  PALMA_CHECK((p.intrinsics - c.frames.intrinsics).abs().max().item<double>() < 1e-4);
  // The codec's error: decoded frames against the rendered (noisy) frames, and each frame in order.
  const double whole = psnr(p.images, c.frames.images);
  const double hand = psnr(p.images.index({c.frames.masks.expand_as(p.images) > 0}),
                           c.frames.images.index({c.frames.masks.expand_as(p.images) > 0}));
  const std::string codec = readJson(dir + "/capture.json")["codec"];
  std::printf("  %s round trip: PSNR %.2f dB over the frames, %.2f dB on the hand\n", codec.c_str(), whole,
              hand);
  PALMA_CHECK(whole > 28);
  for (int i = 0; i < 8; ++i) PALMA_CHECK(psnr(p.images[i], c.frames.images[i]) > 28);
  // Frame order: each decoded frame is closest to its own rendered frame.
  for (int i = 0; i < 8; ++i) {
    const auto mse = (p.images[i].unsqueeze(0) - c.frames.images).pow(2).mean({1, 2, 3});
    PALMA_CHECK(mse.argmin().item<int64_t>() == i);
  }
}

PALMA_TEST(groundTruthAndEvaluationSetsAreWritten) {
  const std::string& dir = writtenFolder();
  const json gt = readJson(dir + "/ground_truth.json");
  PALMA_CHECK(gt["format"] == "palma-synthetic-ground-truth");
  PALMA_CHECK(gt["settings"]["seed"] == 11);
  PALMA_CHECK(gt["frames"].size() == 8);
  PALMA_CHECK(gt["frames"][3]["pose"].size() == 16);
  PALMA_CHECK(gt["frames"][3]["keypoints_3d"].size() == 21);
  PALMA_CHECK(gt["shape"].size() == 10);
  const auto shape = smallCapture().ground_truth.avatar.shape;
  PALMA_CHECK_NEAR(gt["shape"][2].get<double>(), shape[2].item<double>(), 1e-6);
  const double kx = gt["frames"][5]["keypoints_2d"][8][0];
  PALMA_CHECK_NEAR(kx, smallCapture().frames.keypoints_exact[5][8][0].item<double>(), 1e-4);
  PALMA_CHECK(gt["lighting"]["use_sh"] == true);
  const json views = readJson(dir + "/novel_views/frames.json");
  PALMA_CHECK(views["frames"].size() == 3);
  PALMA_CHECK(views["frames"][1]["camera"]["rotation"].size() == 3);
  const json poses = readJson(dir + "/novel_poses/frames.json");
  PALMA_CHECK(poses["frames"].size() == 2);
  const cv::Mat image = cv::imread(dir + "/novel_views/images/000002.png");
  const cv::Mat mask = cv::imread(dir + "/novel_poses/masks/000001.png", cv::IMREAD_UNCHANGED);
  PALMA_CHECK(image.cols == 96 && image.rows == 96 && image.channels() == 3);
  PALMA_CHECK(mask.cols == 96 && mask.channels() == 1 && cv::countNonZero(mask) > 100);
}

PALMA_TEST(mjpegFallbackRoundTrips) {
  const std::string dir = palma::test::tempDir() + "/mjpeg";
  const WrittenCapture w = writeSyntheticCapture(smallCapture(), dir, VideoCodec::Mjpeg);
  PALMA_CHECK(w.codec == "MJPG" && w.video_file == "video.avi");
  const PreparedCapture p = loadCaptureFolder(dir);
  const double value = psnr(p.images, smallCapture().frames.images);
  std::printf("  MJPG round trip: PSNR %.2f dB\n", value);
  PALMA_CHECK(value > 28);
  // Writing H.264 into the same folder replaces the MJPEG video.
  const WrittenCapture h = writeSyntheticCapture(smallCapture(), dir, VideoCodec::Auto);
  if (h.codec == "avc1") PALMA_CHECK(!fs::exists(dir + "/video.avi"));
}

PALMA_TEST(missingFilesAreNamed) {
  PALMA_CHECK_THROWS(loadCaptureFolder(palma::test::tempDir() + "/nowhere"), InputError, "does not exist");
  // A video file handed in where the folder belongs says what is expected instead.
  const std::string clip = palma::test::tempDir() + "/clip.mp4";
  std::ofstream(clip) << "not a folder";
  PALMA_CHECK_THROWS(loadCaptureFolder(clip), InputError, "is a file, not a capture folder");
  std::string dir = copyOfCapture();
  fs::remove(dir + "/keypoints.json");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "keypoints.json");
  dir = copyOfCapture();
  fs::remove(dir + "/camera.json");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "camera.json");
  dir = copyOfCapture();
  fs::remove(dir + "/masks/000004.png");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "no mask for frame 4");
  dir = copyOfCapture();
  const std::string video = readJson(dir + "/capture.json")["video"];
  fs::remove(dir + "/" + video);
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "no video");
  // Without the manifest the video is found by its default name.
  dir = copyOfCapture();
  fs::remove(dir + "/capture.json");
  PALMA_CHECK(loadCaptureFolder(dir).numFrames() == 8);
}

PALMA_TEST(malformedJsonIsRejected) {
  std::string dir = copyOfCapture();
  writeText(dir + "/keypoints.json", "{\"format\": \"palma-keypoints\", ");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "not valid JSON");

  auto edit = [](const std::string& file, const std::function<void(json&)>& change) {
    const std::string dir = copyOfCapture();
    json j = readJson(dir + "/" + file);
    change(j);
    writeText(dir + "/" + file, j.dump());
    return dir;
  };
  dir = edit("keypoints.json", [](json& j) { j["format"] = "openpose"; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "\"format\" must be \"palma-keypoints\"");
  dir = edit("camera.json", [](json& j) { j["version"] = 7; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "version 7");
  dir = edit("keypoints.json", [](json& j) { j["frames"][2]["keypoints"][4][0] = nullptr; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "frame 2 keypoint 4 must be a number");
  dir = edit("keypoints.json", [](json& j) { j["frames"][2]["keypoints"][4][2] = 3.0; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "confidence outside");
  dir = edit("keypoints.json", [](json& j) { j["frames"][1]["keypoints"].erase(0); });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "must list 21 keypoints");
  dir = edit("keypoints.json", [](json& j) { j["frames"][1]["frame"] = 5; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "in order");
  dir = edit("camera.json", [](json& j) { j["frames"][3]["fx"] = -100.0; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "positive focal");
  dir = edit("camera.json", [](json& j) { j["frames"][3]["cy"] = "middle"; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "frame 3 \"cy\" must be a number");
  dir = edit("capture.json", [](json& j) { j["handedness"] = "both"; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "handedness");
  dir = edit("capture.json", [](json& j) { j["video"] = "../../etc/passwd"; });
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "inside the capture folder");
  // Non-finite numbers: an overflowing literal (JSON has no NaN).
  dir = copyOfCapture();
  std::ifstream in(dir + "/camera.json");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto at = text.find("\"fx\":");
  text.replace(at, text.find(',', at) - at, "\"fx\": 1e999");
  writeText(dir + "/camera.json", text);
  try {
    loadCaptureFolder(dir);
    PALMA_CHECK_MSG(false, "an overflowing focal length was accepted");
  } catch (const InputError& e) {
    std::printf("  1e999 focal length: %s\n", e.what());
  }
  // A frame with every keypoint missing may be null.
  dir = edit("keypoints.json", [](json& j) { j["frames"][6] = nullptr; });
  const PreparedCapture p = loadCaptureFolder(dir);
  PALMA_CHECK(p.keypoints[6].abs().max().item<double>() == 0);
}

PALMA_TEST(countAndSizeMismatchesAreRejected) {
  // One camera too few.
  std::string dir = copyOfCapture();
  json cam = readJson(dir + "/camera.json");
  cam["frames"].erase(cam["frames"].size() - 1);
  writeText(dir + "/camera.json", cam.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "lists 7 frames but keypoints.json lists 8");
  // One frame more in the JSON files (and masks) than in the video.
  dir = copyOfCapture();
  json kp = readJson(dir + "/keypoints.json");
  cam = readJson(dir + "/camera.json");
  kp["frames"].push_back(nullptr);
  json extra = cam["frames"][7];
  extra["frame"] = 8;
  cam["frames"].push_back(extra);
  writeText(dir + "/keypoints.json", kp.dump());
  writeText(dir + "/camera.json", cam.dump());
  fs::remove(dir + "/capture.json");
  fs::copy_file(dir + "/masks/000007.png", dir + "/masks/000008.png");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "has 8 frames but keypoints.json lists 9");
  // The manifest's count disagrees.
  dir = copyOfCapture();
  json manifest = readJson(dir + "/capture.json");
  manifest["frames"] = 9;
  writeText(dir + "/capture.json", manifest.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "disagree on the number of frames");
  // A mask of the wrong size.
  dir = copyOfCapture();
  cv::imwrite(dir + "/masks/000003.png", cv::Mat(10, 12, CV_8UC1, cv::Scalar(255)));
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "is 12 x 10 but the frames are 96 x 96");
  // A mask that is not an image.
  dir = copyOfCapture();
  writeText(dir + "/masks/000002.png", "not a png");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "cannot be read as an image");
  // Frame size in the JSON files differs from the video.
  dir = copyOfCapture();
  kp = readJson(dir + "/keypoints.json");
  cam = readJson(dir + "/camera.json");
  kp["width"] = cam["width"] = 80;
  writeText(dir + "/keypoints.json", kp.dump());
  writeText(dir + "/camera.json", cam.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "is 96 x 96 but the frames are 80 x 96");
  // A size no machine can hold, and an empty list.
  dir = copyOfCapture();
  kp = readJson(dir + "/keypoints.json");
  kp["width"] = 0;
  writeText(dir + "/keypoints.json", kp.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "out of range");
  dir = copyOfCapture();
  kp = readJson(dir + "/keypoints.json");
  kp["frames"] = json::array();
  writeText(dir + "/keypoints.json", kp.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "lists no frames");
  // A video file that is not a video.
  dir = copyOfCapture();
  const std::string video = readJson(dir + "/capture.json")["video"];
  writeText(dir + "/" + video, std::string(4096, 'x'));
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "video");
}

PALMA_TEST(preparedCaptureFolderRoundTripsThroughPngFrames) {
  const SyntheticCapture& c = smallCapture();
  PreparedCapture p;
  p.handedness = Handedness::Left;
  p.width = c.frames.width;
  p.height = c.frames.height;
  p.images = c.frames.images;
  p.masks = c.frames.masks;
  p.keypoints = c.frames.keypoints;
  p.intrinsics = c.frames.intrinsics;
  p.frame_indices = {3, 5, 7, 9, 11, 13, 15, 17};
  const std::string dir = palma::test::tempDir() + "/prepared folder ü";
  int calls = 0;
  writeCaptureFolder(p, dir, [&](const ProgressEvent&) { ++calls; });
  PALMA_CHECK(calls == 8);
  PALMA_CHECK(fs::exists(dir + "/images/000007.png") && !fs::exists(dir + "/video.mp4"));
  const PreparedCapture q = loadCaptureFolder(dir);
  PALMA_CHECK(q.handedness == Handedness::Left);
  PALMA_CHECK(q.frame_indices == p.frame_indices);
  // PNG frames are 8-bit: at most half a quantisation step from the input.
  PALMA_CHECK((q.images - p.images.clamp(0, 1)).abs().max().item<double>() <= 0.5 / 255 + 1e-6);
  PALMA_CHECK(torch::equal(q.masks, p.masks));
  PALMA_CHECK((q.keypoints - p.keypoints).abs().max().item<double>() < 1e-4);
  PALMA_CHECK((q.intrinsics - p.intrinsics).abs().max().item<double>() < 1e-4);

  // A missing frame and a bad "source_frames" list are named.
  fs::remove(dir + "/images/000004.png");
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "000004.png");
  json manifest = readJson(dir + "/capture.json");
  manifest["source_frames"] = {1, 2};
  writeText(dir + "/capture.json", manifest.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "source_frames");
  manifest.erase("source_frames");
  manifest["images"] = "../elsewhere";
  writeText(dir + "/capture.json", manifest.dump());
  PALMA_CHECK_THROWS(loadCaptureFolder(dir), InputError, "inside the capture folder");
}
