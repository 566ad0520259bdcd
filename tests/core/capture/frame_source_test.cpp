// Frame sources: synthetic videos and image folders whose frames encode their own index in their
// colour, so that exact indices, order, selection, rotation and scaling can be checked pixel by pixel.
#include <torch/torch.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

#include "core/capture/frame_source.h"
#include "tests/support/palma_test.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

// Frame i: red = 20 + 10 i, green = 128, blue = 235 - 10 i (JPEG/H.264 keep flat colours within a
// few levels, so the index is recovered by rounding).
cv::Scalar bgrForIndex(int i) { return cv::Scalar(235 - 10 * i, 128, 20 + 10 * i); }

// The index encoded in a delivered RGB frame (mean over its centre), or -1 when the colour does not
// match the pattern (e.g. red and blue swapped).
int decodeIndex(const torch::Tensor& rgb) {
  const int64_t h = rgb.size(0), w = rgb.size(1);
  auto centre = rgb.slice(0, h / 4, 3 * h / 4).slice(1, w / 4, 3 * w / 4).to(torch::kFloat32);
  const double r = centre.select(2, 0).mean().item<double>();
  const double g = centre.select(2, 1).mean().item<double>();
  const double b = centre.select(2, 2).mean().item<double>();
  const double i_r = (r - 20) / 10, i_b = (235 - b) / 10;
  if (std::abs(g - 128) > 8 || std::abs(i_r - i_b) > 0.8) return -1;
  const double i = 0.5 * (i_r + i_b);
  if (std::abs(i - std::round(i)) > 0.35) return -1;
  return static_cast<int>(std::lround(i));
}

// Writes `count` frames of size w x h; `marker` draws a white square in the top-left quarter so that
// orientation can be checked.
bool writeVideo(const std::string& path, const std::string& fourcc, int count, int w, int h, double fps,
                bool marker = false) {
  cv::VideoWriter writer(path, cv::CAP_FFMPEG,
                         cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), fps,
                         cv::Size(w, h));
  if (!writer.isOpened()) return false;
  for (int i = 0; i < count; ++i) {
    cv::Mat frame(h, w, CV_8UC3, bgrForIndex(i));
    if (marker) cv::rectangle(frame, cv::Rect(0, 0, w / 2, h / 2), cv::Scalar(255, 255, 255), cv::FILLED);
    writer.write(frame);
  }
  writer.release();
  return fs::exists(path) && fs::file_size(path) > 0;
}

std::string mjpgVideo(const std::string& dir, int count = 24, int w = 64, int h = 48, double fps = 25) {
  const std::string path = dir + "/clip.avi";
  PALMA_CHECK(writeVideo(path, "MJPG", count, w, h, fps));
  return path;
}

// H.264 in MP4 where the FFmpeg build can encode it, MPEG-4 part 2 otherwise.
std::string mp4Video(const std::string& path, int count, int w, int h, double fps, bool marker = false) {
  if (writeVideo(path, "avc1", count, w, h, fps, marker)) return path;
  PALMA_CHECK(writeVideo(path, "mp4v", count, w, h, fps, marker));
  return path;
}

std::vector<int> indicesOf(const std::vector<Frame>& frames) {
  std::vector<int> out;
  for (const auto& f : frames) out.push_back(f.index);
  return out;
}

std::string bytesOf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Sets the display matrix of every track header ('tkhd' box) of an MP4 file to a rotation by
// `clockwise` degrees, as phones do for portrait videos.
void setMp4Rotation(const std::string& path, int clockwise) {
  std::string bytes = bytesOf(path);
  const int32_t one = 0x10000;
  int32_t a = one, b = 0, c = 0, d = one;
  if (clockwise == 90) a = 0, b = one, c = -one, d = 0;
  if (clockwise == 180) a = -one, b = 0, c = 0, d = -one;
  if (clockwise == 270) a = 0, b = -one, c = one, d = 0;
  const int32_t matrix[9] = {a, b, 0, c, d, 0, 0, 0, 0x40000000};
  int patched = 0;
  for (size_t pos = bytes.find("tkhd"); pos != std::string::npos; pos = bytes.find("tkhd", pos + 4)) {
    const size_t box = pos - 4;
    const int version = static_cast<unsigned char>(bytes[box + 8]);
    const size_t offset = box + (version == 1 ? 60 : 48);
    for (int k = 0; k < 9; ++k) {
      const uint32_t v = static_cast<uint32_t>(matrix[k]);
      for (int byte = 0; byte < 4; ++byte)
        bytes[offset + 4 * k + byte] = static_cast<char>((v >> (24 - 8 * byte)) & 0xff);
    }
    ++patched;
  }
  PALMA_CHECK(patched >= 1);
  writeBytes(path, bytes);
}

// Mean RGB of a rectangle of a delivered frame.
std::array<double, 3> meanRgb(const torch::Tensor& rgb, int x0, int y0, int x1, int y1) {
  auto region = rgb.slice(0, y0, y1).slice(1, x0, x1).to(torch::kFloat32);
  return {region.select(2, 0).mean().item<double>(), region.select(2, 1).mean().item<double>(),
          region.select(2, 2).mean().item<double>()};
}

bool isWhite(const std::array<double, 3>& c) { return c[0] > 230 && c[1] > 230 && c[2] > 230; }

void writeImageFolder(const std::string& dir, int count) {
  fs::create_directories(dir);
  for (int i = 0; i < count; ++i) {
    cv::Mat frame(24, 32, CV_8UC3, bgrForIndex(i));
    PALMA_CHECK(cv::imwrite(dir + "/frame" + std::to_string(i) + ".png", frame));
  }
}

}  // namespace

PALMA_TEST(mjpgAviDeliversEveryFrameWithExactIndexColourAndTime) {
  const std::string path = mjpgVideo(test::tempDir());
  auto source = openFrameSource(path);
  const SourceInfo& info = source->info();
  PALMA_CHECK(info.kind == SourceKind::Video);
  PALMA_CHECK(info.width == 64 && info.height == 48);
  PALMA_CHECK(info.stored_width == 64 && info.stored_height == 48 && info.scale == 1.0);
  PALMA_CHECK(info.rotation_deg == 0);
  PALMA_CHECK_NEAR(info.fps, 25.0, 1e-6);
  PALMA_CHECK(info.frame_count == 24);
  Frame f;
  int n = 0;
  while (source->next(f)) {
    PALMA_CHECK(f.index == n);
    PALMA_CHECK(f.rgb.scalar_type() == torch::kUInt8 && f.rgb.dim() == 3);
    PALMA_CHECK(f.rgb.size(0) == 48 && f.rgb.size(1) == 64 && f.rgb.size(2) == 3);
    PALMA_CHECK_MSG(decodeIndex(f.rgb) == n, "frame " << n << " decodes as " << decodeIndex(f.rgb));
    PALMA_CHECK_NEAR(f.timestamp_s, n / 25.0, 1e-3);
    ++n;
  }
  PALMA_CHECK(n == 24);
  PALMA_CHECK(!source->next(f));
  PALMA_CHECK(source->warnings().empty());
}

PALMA_TEST(h264Mp4DeliversExactIndices) {
  const std::string path = mp4Video(test::tempDir() + "/clip.mp4", 20, 96, 64, 30);
  const auto frames = readFrames(path, {});
  PALMA_CHECK(frames.size() == 20);
  for (size_t i = 0; i < frames.size(); ++i) {
    PALMA_CHECK(frames[i].index == static_cast<int>(i));
    PALMA_CHECK_MSG(decodeIndex(frames[i].rgb) == static_cast<int>(i), "frame " << i);
    PALMA_CHECK_NEAR(frames[i].timestamp_s, i / 30.0, 2e-3);
  }
}

PALMA_TEST(selectionFirstLastEveryAndMaxFrames) {
  const std::string path = mjpgVideo(test::tempDir());
  FrameSelection s;
  s.first = 3;
  s.last = 15;
  s.every = 4;
  auto frames = readFrames(path, s);
  PALMA_CHECK((indicesOf(frames) == std::vector<int>{3, 7, 11, 15}));
  for (const auto& f : frames) {
    PALMA_CHECK(decodeIndex(f.rgb) == f.index);
    PALMA_CHECK_NEAR(f.timestamp_s, f.index / 25.0, 1e-3);
  }
  s.max_frames = 2;
  PALMA_CHECK((indicesOf(readFrames(path, s)) == std::vector<int>{3, 7}));
  s = {};
  s.first = 20;
  s.last = 100;  // past the end: up to the end
  PALMA_CHECK((indicesOf(readFrames(path, s)) == std::vector<int>{20, 21, 22, 23}));
  s = {};
  s.every = 5;
  PALMA_CHECK((indicesOf(readFrames(path, s)) == std::vector<int>{0, 5, 10, 15, 20}));
  PALMA_CHECK(selectedFrameCount(s, 24) == 5);
  s.first = 3, s.last = 15, s.every = 4, s.max_frames = 0;
  PALMA_CHECK(selectedFrameCount(s, 24) == 4);
  s.max_frames = 3;
  PALMA_CHECK(selectedFrameCount(s, 24) == 3);
}

PALMA_TEST(invalidSelectionsAreInputErrors) {
  const std::string dir = test::tempDir();
  const std::string path = mjpgVideo(dir);
  FrameSelection s;
  s.every = 0;
  PALMA_CHECK_THROWS(openFrameSource(path, s), InputError, "every");
  s = {};
  s.first = -1;
  PALMA_CHECK_THROWS(openFrameSource(path, s), InputError, "first frame");
  s = {};
  s.first = 10;
  s.last = 5;
  PALMA_CHECK_THROWS(openFrameSource(path, s), InputError, "before it starts");
  s = {};
  s.max_frames = -2;
  PALMA_CHECK_THROWS(openFrameSource(path, s), InputError, "frame limit");
  s = {};
  s.first = 30;
  PALMA_CHECK_THROWS(readFrames(path, s), InputError, "has only 24 frames");
  writeImageFolder(dir + "/frames", 5);
  PALMA_CHECK_THROWS(openFrameSource(dir + "/frames", s), InputError, "has only 5 images");
}

PALMA_TEST(largeFramesAreDownscaledWithTheAreaFilter) {
  const std::string dir = test::tempDir();
  const std::string path = dir + "/big.avi";
  PALMA_CHECK(writeVideo(path, "MJPG", 3, 320, 240, 10));
  FrameSelection s;
  s.max_side = 160;
  auto source = openFrameSource(path, s);
  PALMA_CHECK(source->info().width == 160 && source->info().height == 120);
  PALMA_CHECK(source->info().stored_width == 320 && source->info().stored_height == 240);
  PALMA_CHECK_NEAR(source->info().scale, 0.5, 1e-12);
  Frame f;
  PALMA_CHECK(source->next(f));
  PALMA_CHECK(f.rgb.size(0) == 120 && f.rgb.size(1) == 160);
  PALMA_CHECK(decodeIndex(f.rgb) == 0);
  s.max_side = 0;
  PALMA_CHECK(openFrameSource(path, s)->info().width == 320);
  s.max_side = 1000;
  PALMA_CHECK(openFrameSource(path, s)->info().width == 320);

  int w = 0, h = 0;
  double scale = 0;
  downscaledSize(3840, 2160, 1920, w, h, scale);
  PALMA_CHECK(w == 1920 && h == 1080 && scale == 0.5);
  downscaledSize(2160, 3840, 1920, w, h, scale);
  PALMA_CHECK(w == 1080 && h == 1920);
  downscaledSize(1000, 999, 500, w, h, scale);
  PALMA_CHECK(w == 500 && h == 500);
}

PALMA_TEST(rotateClockwiseTurnsTheImage) {
  // 2x3 image (H=2, W=3) with distinct pixels p(y,x) = 10*y + x in every channel.
  torch::Tensor img = torch::empty({2, 3, 3}, torch::kUInt8);
  for (int y = 0; y < 2; ++y)
    for (int x = 0; x < 3; ++x) img[y][x].fill_(10 * y + x);
  auto at = [](const torch::Tensor& t, int y, int x) { return t[y][x][0].item<int>(); };
  torch::Tensor r90 = rotateClockwise(img, 90);
  PALMA_CHECK(r90.size(0) == 3 && r90.size(1) == 2);
  // Clockwise: the bottom-left pixel (1,0) goes to the top-left.
  PALMA_CHECK(at(r90, 0, 0) == 10 && at(r90, 0, 1) == 0 && at(r90, 2, 0) == 12 && at(r90, 2, 1) == 2);
  torch::Tensor r180 = rotateClockwise(img, 180);
  PALMA_CHECK(r180.size(0) == 2 && at(r180, 0, 0) == 12 && at(r180, 1, 2) == 0);
  torch::Tensor r270 = rotateClockwise(img, 270);
  PALMA_CHECK(r270.size(0) == 3 && at(r270, 0, 0) == 2 && at(r270, 2, 1) == 10);
  PALMA_CHECK(torch::equal(rotateClockwise(img, -90), r270));
  PALMA_CHECK(torch::equal(rotateClockwise(img, 0), img));
  PALMA_CHECK_THROWS(rotateClockwise(img, 45), InputError, "multiples of 90");
}

PALMA_TEST(phoneRotationMetadataIsAppliedExactlyOnce) {
  const std::string dir = test::tempDir();
  // Stored 64x48 with a white top-left quarter; the display matrix says how to turn it upright.
  struct Case {
    int degrees;
    int width, height;     // delivered
    int white_x, white_y;  // a point inside the white quarter after rotation
    int other_x, other_y;  // a point outside it
  };
  const Case cases[] = {{0, 64, 48, 8, 8, 56, 40},
                        {90, 48, 64, 40, 8, 8, 56},    // top-left -> top-right
                        {180, 64, 48, 56, 40, 8, 8},   // top-left -> bottom-right
                        {270, 48, 64, 8, 56, 40, 8}};  // top-left -> bottom-left
  for (const Case& c : cases) {
    const std::string path = mp4Video(dir + "/rot" + std::to_string(c.degrees) + ".mp4", 4, 64, 48, 10, true);
    setMp4Rotation(path, c.degrees);
    auto source = openFrameSource(path);
    PALMA_CHECK_MSG(source->info().rotation_deg == c.degrees, "rotation " << source->info().rotation_deg);
    PALMA_CHECK(source->info().width == c.width && source->info().height == c.height);
    Frame f;
    int n = 0;
    while (source->next(f)) {
      PALMA_CHECK(f.rgb.size(1) == c.width && f.rgb.size(0) == c.height);
      PALMA_CHECK_MSG(isWhite(meanRgb(f.rgb, c.white_x - 4, c.white_y - 4, c.white_x + 4, c.white_y + 4)),
                      c.degrees << " degrees: the marker is not where it belongs");
      PALMA_CHECK(!isWhite(meanRgb(f.rgb, c.other_x - 4, c.other_y - 4, c.other_x + 4, c.other_y + 4)));
      ++n;
    }
    PALMA_CHECK(n == 4);
  }
}

PALMA_TEST(imageFolderInNaturalOrderIgnoringOtherFiles) {
  const std::string dir = test::tempDir() + "/frames";
  writeImageFolder(dir, 12);
  // Upper-case extensions count; other files are ignored.
  fs::rename(dir + "/frame11.png", dir + "/frame11.PNG");
  writeBytes(dir + "/notes.txt", "not a frame");
  fs::create_directories(dir + "/sub");
  const SourceInfo info = probeSource(dir);
  PALMA_CHECK(info.kind == SourceKind::ImageFolder);
  PALMA_CHECK(info.frame_count == 12);
  PALMA_CHECK(info.files.size() == 12 && info.files[2] == "frame2.png" && info.files[10] == "frame10.png" &&
              info.files[11] == "frame11.PNG");
  PALMA_CHECK(info.width == 32 && info.height == 24);
  const auto frames = readFrames(dir, {});
  PALMA_CHECK(frames.size() == 12);
  for (size_t i = 0; i < frames.size(); ++i) {
    PALMA_CHECK(frames[i].index == static_cast<int>(i));
    PALMA_CHECK(decodeIndex(frames[i].rgb) == static_cast<int>(i));  // PNG: exact colours, RGB order
    PALMA_CHECK(frames[i].rgb[0][0][0].item<int>() == 20 + 10 * static_cast<int>(i));
    PALMA_CHECK_NEAR(frames[i].timestamp_s, i / 30.0, 1e-12);
  }
  FrameSelection s;
  s.first = 1;
  s.every = 3;
  s.max_frames = 3;
  PALMA_CHECK((indicesOf(readFrames(dir, s)) == std::vector<int>{1, 4, 7}));
}

PALMA_TEST(naturalSortComparesNumbersByValue) {
  PALMA_CHECK(naturalLess("frame2.png", "frame10.png"));
  PALMA_CHECK(!naturalLess("frame10.png", "frame2.png"));
  PALMA_CHECK(naturalLess("img_009.jpg", "img_10.jpg"));
  PALMA_CHECK(naturalLess("a1b2", "a1b10"));
  PALMA_CHECK(naturalLess("Frame1.png", "frame2.png"));
  PALMA_CHECK(naturalLess("frame.png", "frame1.png"));
  PALMA_CHECK(!naturalLess("x5", "x5"));
}

PALMA_TEST(imageFolderSkipsUnreadableAndMismatchedImagesWithWarnings) {
  const std::string dir = test::tempDir() + "/frames";
  writeImageFolder(dir, 6);
  cv::Mat big(48, 64, CV_8UC3, bgrForIndex(3));
  PALMA_CHECK(cv::imwrite(dir + "/frame3.png", big));
  writeBytes(dir + "/frame4.png", "this is not a PNG file");
  std::vector<std::string> warnings;
  const auto frames = readFrames(dir, {}, {}, nullptr, &warnings);
  PALMA_CHECK((indicesOf(frames) == std::vector<int>{0, 1, 2, 5}));
  PALMA_CHECK(decodeIndex(frames[3].rgb) == 5);
  PALMA_CHECK(warnings.size() == 2);
  bool size_warning = false, read_warning = false;
  for (const auto& w : warnings) {
    size_warning |= w.find("frame3.png") != std::string::npos && w.find("64x48") != std::string::npos;
    read_warning |=
        w.find("frame4.png") != std::string::npos && w.find("cannot be read") != std::string::npos;
  }
  PALMA_CHECK(size_warning && read_warning);
}

PALMA_TEST(badPathsAndFilesAreInputErrors) {
  const std::string dir = test::tempDir();
  PALMA_CHECK_THROWS(openFrameSource(dir + "/missing.mp4"), InputError, "does not exist");
  PALMA_CHECK_THROWS(openFrameSource(""), InputError, "No video");
  fs::create_directories(dir + "/empty");
  PALMA_CHECK_THROWS(openFrameSource(dir + "/empty"), InputError, "is empty");
  fs::create_directories(dir + "/docs");
  writeBytes(dir + "/docs/readme.txt", "hello");
  PALMA_CHECK_THROWS(openFrameSource(dir + "/docs"), InputError, "contains no images");
  fs::create_directories(dir + "/broken");
  writeBytes(dir + "/broken/a.png", "garbage");
  PALMA_CHECK_THROWS(openFrameSource(dir + "/broken"), InputError, "can be read");
  writeBytes(dir + "/zero.mp4", "");
  PALMA_CHECK_THROWS(openFrameSource(dir + "/zero.mp4"), InputError, "empty (0 bytes)");
  writeBytes(dir + "/text.mp4", std::string(2000, 'x') + "\nthis is a text file, not a video\n");
  PALMA_CHECK_THROWS(openFrameSource(dir + "/text.mp4"), InputError, "not supported");
  writeBytes(dir + "/clip.gif", "GIF89a");
  PALMA_CHECK_THROWS(openFrameSource(dir + "/clip.gif"), InputError, "not a supported video");
  cv::imwrite(dir + "/single.png", cv::Mat(4, 4, CV_8UC3, cv::Scalar(1, 2, 3)));
  PALMA_CHECK_THROWS(openFrameSource(dir + "/single.png"), InputError, "single image");
}

PALMA_TEST(truncatedAndDamagedVideos) {
  const std::string dir = test::tempDir();
  // MP4 keeps its index ('moov') at the end: cut in half, nothing can be decoded.
  const std::string mp4 = mp4Video(dir + "/cut.mp4", 30, 96, 64, 30);
  std::string bytes = bytesOf(mp4);
  writeBytes(mp4, bytes.substr(0, bytes.size() / 2));
  PALMA_CHECK_THROWS(openFrameSource(mp4), InputError, "truncated or damaged");
  // A damaged index: the payload of the 'moov' box overwritten.
  const std::string damaged = mp4Video(dir + "/damaged.mp4", 10, 96, 64, 30);
  bytes = bytesOf(damaged);
  const size_t moov = bytes.find("moov");
  PALMA_CHECK(moov != std::string::npos);
  for (size_t i = moov + 4; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
  writeBytes(damaged, bytes);
  PALMA_CHECK_THROWS(openFrameSource(damaged), InputError, "truncated or damaged");
  const std::string avi = mjpgVideo(dir);
  // AVI cut after about half of its frames (its header takes the first half of this tiny file): the frames
  // before the cut are delivered and the missing ones reported.
  bytes = bytesOf(avi);
  writeBytes(dir + "/half.avi", bytes.substr(0, bytes.size() * 3 / 4));
  auto source = openFrameSource(dir + "/half.avi");
  Frame f;
  int n = 0;
  while (source->next(f)) {
    PALMA_CHECK(f.index == n);
    PALMA_CHECK(decodeIndex(f.rgb) == n);
    ++n;
  }
  PALMA_CHECK_MSG(n >= 6 && n < 24, n << " frames");
  PALMA_CHECK(source->warnings().size() == 1);
  PALMA_CHECK(source->warnings()[0].find("truncated") != std::string::npos);
}

PALMA_TEST(pathsWithSpacesAndNonAsciiCharacters) {
  const std::string dir = test::tempDir() + "/my captures \xC3\xA9t\xC3\xA9 \xE2\x9C\x8B";  // "été ✋"
  fs::create_directories(dir);
  const std::string video = dir + "/main gauche \xC3\xBC.avi";
  PALMA_CHECK(writeVideo(video, "MJPG", 5, 32, 24, 10));
  PALMA_CHECK(readFrames(video, {}).size() == 5);
  writeImageFolder(dir + "/bilder \xC3\xA4", 3);
  PALMA_CHECK(readFrames(dir + "/bilder \xC3\xA4", {}).size() == 3);
}

PALMA_TEST(readFramesReportsProgressAndHonoursCancel) {
  const std::string path = mjpgVideo(test::tempDir());
  std::vector<double> fractions;
  FrameSelection s;
  s.every = 2;
  const auto frames = readFrames(path, s, [&](const ProgressEvent& e) { fractions.push_back(e.fraction); });
  PALMA_CHECK(frames.size() == 12);
  PALMA_CHECK(fractions.size() == 13);
  PALMA_CHECK_NEAR(fractions.front(), 1.0 / 12, 1e-12);
  PALMA_CHECK_NEAR(fractions.back(), 1.0, 1e-12);
  for (size_t i = 1; i < fractions.size(); ++i) PALMA_CHECK(fractions[i] >= fractions[i - 1]);

  CancelToken cancel;
  int seen = 0;
  PALMA_CHECK_THROWS(readFrames(
                         path, {},
                         [&](const ProgressEvent&) {
                           if (++seen == 3) cancel.cancel();
                         },
                         &cancel),
                     Cancelled, "cancelled");
  PALMA_CHECK(seen == 3);
}
