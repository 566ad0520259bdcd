// Keypoint import and our keypoint files: MediaPipe-style lists (pixels and normalised), OpenPose
// folders and files, the palma-keypoints round trip, and a clear error for each kind of bad input.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/capture/keypoint_io.h"
#include "core/common/error.h"
#include "tests/support/palma_test.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

// One folder for the files of this test program.
const std::string& dir() {
  static const std::string d = test::tempDir();
  return d;
}

std::string writeFile(const std::string& name, const std::string& text) {
  const fs::path path = fs::path(dir()) / name;
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
  return path.string();
}

// 21 points [x, y] (or [x, y, z]) as JSON text: point j at (base + j, base + 2 j).
std::string points(double base, bool with_z = false, int count = kHandKeypoints) {
  std::string s = "[";
  for (int j = 0; j < count; ++j) {
    s += (j ? ", [" : "[") + std::to_string(base + j) + ", " + std::to_string(base + 2 * j);
    s += with_z ? ", -0.1]" : "]";
  }
  return s + "]";
}

// An OpenPose frame file with the given right/left hand triples (empty string: no such hand).
std::string openPose(const std::string& right, const std::string& left) {
  std::string person = "{\"pose_keypoints_2d\": []";
  if (!right.empty()) person += ", \"hand_right_keypoints_2d\": " + right;
  if (!left.empty()) person += ", \"hand_left_keypoints_2d\": " + left;
  return "{\"version\": 1.3, \"people\": [" + person + "}]}";
}

// 63 numbers: point j at (x0 + j, 50), confidence c, except joints in `missing` with c = 0.
std::string hand(double x0, double c, int missing = -1) {
  std::string s = "[";
  for (int j = 0; j < kHandKeypoints; ++j) {
    s += (j ? ", " : "") + std::to_string(x0 + j) + ", 50, " +
         (j == missing ? std::string("0") : std::to_string(c));
  }
  return s + "]";
}

}  // namespace

PALMA_TEST(mediaPipeListInPixels) {
  const std::string path = writeFile("mp.json", "[" + points(10) + ", null, [], " + points(20, true) + "]");
  const KeypointTrack t = loadKeypoints(path, {});
  PALMA_CHECK(t.numFrames() == 4);
  PALMA_CHECK(t.frames[0][3].x == 13.0f && t.frames[0][3].y == 16.0f);
  PALMA_CHECK(t.frames[0][3].confidence == 1.0f && t.frames[0][3].origin == KeypointOrigin::Imported);
  PALMA_CHECK(!t.frames[1][0].present() && !t.frames[2][20].present());
  PALMA_CHECK(t.frames[3][20].x == 40.0f && t.frames[3][20].y == 60.0f);
  PALMA_CHECK(!t.handedness_known);
}

PALMA_TEST(mediaPipeObjectWithNormalisedPointsAndHandedness) {
  std::string frame = "[";
  for (int j = 0; j < kHandKeypoints; ++j)
    frame += std::string(j ? ", " : "") + "{\"x\": 0.25, \"y\": 0.5, \"z\": 0}";
  frame += "]";
  const std::string path =
      writeFile("mpn.json", "{\"normalized\": true, \"handedness\": \"Left\", \"frames\": [" + frame + "]}");
  KeypointImportOptions o;
  o.width = 200;
  o.height = 100;
  const KeypointTrack t = loadKeypoints(path, o);
  // 0.25 of 200 pixels from the left edge is x = 49.5 with pixel centres at integers.
  PALMA_CHECK_NEAR(t.frames[0][7].x, 49.5, 1e-5);
  PALMA_CHECK_NEAR(t.frames[0][7].y, 49.5, 1e-5);
  PALMA_CHECK(t.handedness == Handedness::Left && t.handedness_known);
  PALMA_CHECK_THROWS(loadKeypoints(path, {}), InputError, "frame size");
}

PALMA_TEST(openPoseFolderInNaturalOrderWithTheBetterHand) {
  const std::string folder = (fs::path(dir()) / "openpose").string();
  // Frame numbers without zero padding: plain string order would put 10 before 2.
  for (int i : {0, 1, 2, 10}) {
    const std::string right = i == 1 ? "[]" : hand(100.0 + i, 0.8, i == 2 ? 4 : -1);
    writeFile("openpose/clip_" + std::to_string(i) + "_keypoints.json",
              openPose(right, i == 0 ? hand(5, 0.9) : ""));
  }
  writeFile("openpose/readme.txt", "not a frame");
  KeypointImportOptions o;
  o.expected_frames = 4;
  const KeypointTrack t = loadKeypoints(folder, o);
  PALMA_CHECK(t.numFrames() == 4 && t.handedness == Handedness::Right && !t.handedness_known);
  PALMA_CHECK(t.frames[0][0].x == 100.0f && t.frames[2][0].x == 102.0f && t.frames[3][0].x == 110.0f);
  PALMA_CHECK(!t.frames[1][0].present());                              // empty hand list
  PALMA_CHECK(!t.frames[2][4].present() && t.frames[2][5].present());  // c = 0
  PALMA_CHECK_NEAR(t.frames[0][6].confidence, 0.8, 1e-6);
  PALMA_CHECK(t.frames[0][6].y == 50.0f);
  o.hand = Handedness::Left;
  const KeypointTrack left = loadKeypoints(folder, o);
  PALMA_CHECK(left.handedness == Handedness::Left && left.handedness_known);
  PALMA_CHECK(left.frames[0][1].x == 6.0f && !left.frames[3][0].present());
  // One OpenPose file is one frame; the left hand has more detections there.
  const std::string single = writeFile("single_keypoints.json", openPose(hand(1, 0.5, 3), hand(2, 0.5)));
  const KeypointTrack s = loadKeypoints(single, {});
  PALMA_CHECK(s.numFrames() == 1 && s.handedness == Handedness::Left && s.frames[0][3].x == 5.0f);
  const std::string nobody = writeFile("nobody_keypoints.json", "{\"people\": []}");
  PALMA_CHECK(!loadKeypoints(nobody, {}).frames[0][0].present());
}

PALMA_TEST(ourFormatRoundTripsExactly) {
  KeypointTrack t;
  t.frames.resize(4);
  const KeypointOrigin origins[] = {KeypointOrigin::None,         KeypointOrigin::Imported,
                                    KeypointOrigin::Tracked,      KeypointOrigin::User,
                                    KeypointOrigin::Interpolated, KeypointOrigin::Propagated};
  for (int f = 0; f < 3; ++f) {
    for (int j = 0; j < kHandKeypoints; ++j) {
      Keypoint2D& p = t.frames[f][j];
      p.x = 1.0f / 3.0f + 17.123456f * j + f;
      p.y = std::nextafter(50.0f + j, 100.0f);
      p.origin = origins[(f + j) % 6];
      p.confidence = p.origin == KeypointOrigin::None ? 0.0f : 0.1f + 0.0413f * j;
    }
  }
  t.frames[2][5].origin = KeypointOrigin::User;  // deleted by the user: absent, keeps its origin
  t.frames[2][5].confidence = 0.0f;
  t.handedness = Handedness::Left;
  t.handedness_known = true;
  const std::string path = (fs::path(dir()) / "ours.json").string();
  saveKeypoints(path, t, 640, 480);
  const KeypointTrack r = loadKeypoints(path, {});
  PALMA_CHECK(r.numFrames() == 4 && r.handedness == Handedness::Left && r.handedness_known);
  for (int f = 0; f < 4; ++f)
    for (int j = 0; j < kHandKeypoints; ++j) {
      const Keypoint2D &a = t.frames[f][j], &b = r.frames[f][j];
      PALMA_CHECK_MSG(a.x == b.x && a.y == b.y && a.confidence == b.confidence && a.origin == b.origin,
                      "frame " << f << " joint " << j);
    }
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  PALMA_CHECK(text.find("\"palma-keypoints\"") != std::string::npos &&
              text.find("null") != std::string::npos);
  // The size in the file is checked against the caller's.
  KeypointImportOptions o;
  o.width = 320;
  o.height = 240;
  PALMA_CHECK_THROWS(loadKeypoints(path, o), InputError, "640 x 480");
}

PALMA_TEST(captureFolderKeypointsReadAsOurFormat) {
  // keypoints.json of a capture folder (as `palma synth` writes it): no origins, no handedness.
  std::string pts = "[";
  for (int j = 0; j < kHandKeypoints; ++j) pts += std::string(j ? ", " : "") + "[10.5, 20.25, 0.9]";
  pts += "]";
  const std::string path =
      writeFile("capture_kp.json",
                "{\"format\": \"palma-keypoints\", \"version\": 1, \"width\": 96, \"height\": 96, "
                "\"frames\": [{\"frame\": 0, \"keypoints\": " +
                    pts + "}, null]}");
  const KeypointTrack t = loadKeypoints(path, {});
  PALMA_CHECK(t.numFrames() == 2 && t.frames[0][20].x == 10.5f &&
              t.frames[0][20].origin == KeypointOrigin::Imported);
  PALMA_CHECK(!t.handedness_known && !t.frames[1][0].present() &&
              t.frames[1][0].origin == KeypointOrigin::None);
}

PALMA_TEST(badInputNamesFileFrameAndJoint) {
  PALMA_CHECK_THROWS(loadKeypoints("/nonexistent/kp.json", {}), InputError, "does not exist");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("empty.json", " \n"), {}), InputError, "is empty");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("bad.json", "[\n  [1, 2],\n  [3 4]\n]"), {}), InputError,
                     "line 3, column");
  PALMA_CHECK_THROWS(
      loadKeypoints(writeFile("j20.json", "[" + points(1) + ", " + points(1, false, 20) + "]"), {}),
      InputError, "frame 1: has 20 points, expected 21");
  KeypointImportOptions expect;
  expect.expected_frames = 3;
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("f2.json", "[" + points(1) + ", null]"), expect), InputError,
                     "2 frames but the video has 3");
  std::string nan_frame = points(1);
  nan_frame.replace(nan_frame.find("[8.000000"), 9, "[\"nan\"");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("nan.json", "[" + nan_frame + "]"), {}), InputError,
                     "frame 0, joint 7 (index DIP): x is NaN");
  std::string inf_frame = points(1);
  inf_frame.replace(inf_frame.find("[3.000000"), 9, "[1e400");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("inf.json", "[" + inf_frame + "]"), {}), InputError,
                     "joint 2 (thumb MCP): x is infinite");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("neg.json", "[" + points(-5) + "]"), {}), InputError,
                     "joint 0 (wrist): (-5, -5) has a negative coordinate");
  // Within 5 % of the larger side outside the frame is accepted; farther out is not.
  KeypointImportOptions size;
  size.width = 100;
  size.height = 80;
  PALMA_CHECK(loadKeypoints(writeFile("edge.json", "[" + points(-4) + "]"), size).frames[0][0].x == -4.0f);
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("far.json", "[" + points(60) + "]"), size), InputError,
                     "joint 13 (ring MCP): (73, 86) lies outside the 100 x 80 frame");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("str.json", "[" + std::string("[\"a\"]") + "]"), {}), InputError,
                     "frame 0: has 1 points");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("obj.json", "{\"hands\": 1}"), {}), InputError,
                     "not a keypoint file");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("none.json", "[]"), {}), InputError, "lists no frames");
  const std::string empty_dir = (fs::path(dir()) / "no_json").string();
  fs::create_directories(empty_dir);
  writeFile("no_json/notes.txt", "x");
  PALMA_CHECK_THROWS(loadKeypoints(empty_dir, {}), InputError, "holds no .json files");
}

PALMA_TEST(badOpenPoseAndOurFilesAreRejected) {
  std::string short_hand = hand(1, 0.5);
  short_hand =
      short_hand.substr(0, short_hand.rfind(", ", short_hand.rfind(", ", short_hand.rfind(", ") - 1) - 1)) +
      "]";
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("op60_keypoints.json", openPose(short_hand, "")), {}),
                     InputError, "has 60 numbers (20 points), expected 63");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("opc_keypoints.json", openPose(hand(1, 1.5), "")), {}),
                     InputError, "confidence 1.5 is outside [0, 1]");
  PALMA_CHECK_THROWS(
      loadKeypoints(writeFile("v2.json", "{\"format\": \"palma-keypoints\", \"version\": 2, \"frames\": []}"),
                    {}),
      InputError, "version 2 is not supported");
  PALMA_CHECK_THROWS(
      loadKeypoints(writeFile("cam.json", "{\"format\": \"palma-camera\", \"version\": 1}"), {}), InputError,
      "not a keypoint file");
  PALMA_CHECK_THROWS(loadKeypoints(writeFile("order.json",
                                             "{\"format\": \"palma-keypoints\", \"version\": 1, \"frames\": "
                                             "[{\"frame\": 3, \"keypoints\": []}]}"),
                                   {}),
                     InputError, "frame 0 has \"frame\" 3");
  KeypointImportOptions mp;
  mp.format = KeypointFormat::MediaPipe;
  const std::string folder = (fs::path(dir()) / "openpose_mp").string();
  writeFile("openpose_mp/a_keypoints.json", openPose(hand(1, 0.5), ""));
  PALMA_CHECK_THROWS(loadKeypoints(folder, mp), InputError, "is a folder");
}
