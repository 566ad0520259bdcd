// The project's pose initialisation (init.json): fitted for a prepared synthetic clip with the project
// rows <-> prepared rows mapping, saved and read back, bad files named, staleness detected, re-fits
// keeping corrected frames, and the reconstruction starting from a given initialisation.
#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/capture/prepare.h"
#include "core/common/error.h"
#include "core/eval/synthetic_capture.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/fit/pipeline.h"
#include "core/fit/project_init.h"
#include "core/model/builtin_hand.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/palma_test.h"
#include "tests/support/small_project.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

// A cheap initialisation for the tests (a few dozen steps, no silhouette refinement).
fit::InitSettings cheapInit() {
  fit::InitSettings s;
  s.iterations = 40;
  s.rigid_iterations = 15;
  s.silhouette_iterations = 0;
  return s;
}

// A 6-frame 128 x 96 clip prepared at working size 64; frame row 3 loses its keypoints when
// `drop_row3` (so prepared/ holds 5 rows).
std::string preparedProject(const std::string& name, bool drop_row3) {
  static const test::WrittenClip clip = [] {
    eval::SyntheticSettings s = test::smallClipSettings(5);
    s.texture_size = 64;
    return test::writeClip(eval::makeSyntheticCapture(s), test::tempDir() + "/clip");
  }();
  const std::string folder = test::tempDir() + "/" + name + ".palma";
  prepareCapture(clip.video, folder, test::clipPrepareOptions(clip));
  if (drop_row3) {
    CaptureProject project = loadProject(folder);
    for (Keypoint2D& k : project.keypoints.frames[3]) k = Keypoint2D{};
    saveProject(folder, project);
    updateProject(folder);
  }
  return folder;
}

const HandModel& hand() {
  static const HandModel model = makeBuiltinHand(Handedness::Right);
  return model;
}

void writeText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

PALMA_TEST(fitsEveryPreparedRowAndSkipsTheOthers) {
  const std::string folder = preparedProject("mapping", true);
  const CaptureProject project = loadProject(folder);
  const PreparedCapture capture = loadProjectCapture(folder);
  PALMA_CHECK(capture.numFrames() == 5);
  const std::vector<int> rows = fit::projectRowsOfCapture(project, capture);
  PALMA_CHECK((rows == std::vector<int>{0, 1, 2, 4, 5}));
  PALMA_CHECK(preparedRows(project) == rows);

  const fit::ProjectInit init = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  PALMA_CHECK(init.numRows() == 6);
  PALMA_CHECK(init.model == "builtin:right");
  PALMA_CHECK(init.keypoint_stamp == fit::initKeypointStamp(project));
  for (int i = 0; i < 6; ++i) {
    PALMA_CHECK(init.frames[i].source_frame == project.frames[i].index);
    PALMA_CHECK(init.frames[i].fitted == (i != 3));
    PALMA_CHECK(!init.frames[i].user_corrected);
    if (i == 3) {
      PALMA_CHECK(std::isnan(init.frames[i].error_px));
      PALMA_CHECK(init.pose[3].abs().sum().item<double>() == 0.0);
    } else {
      // Full-frame pixels (the 128 x 96 frames show a hand some 40 px long; keypoint noise 1 px, a
      // cheap fit): measured 2-7 px.
      PALMA_CHECK_MSG(init.frames[i].error_px < 10.0, "row " << i << ": " << init.frames[i].error_px);
    }
  }
  // The rows the capture holds, as the reconstruction's start.
  const fit::InitResult start = fit::initResultForCapture(init, project, capture, hand());
  PALMA_CHECK(start.pose.size(0) == 5);
  PALMA_CHECK(start.pose[3].equal(init.pose[4]));
  PALMA_CHECK(start.translation[0].equal(init.translation[0]));
  PALMA_CHECK(fit::projectInitMismatch(init, project, capture, hand(), "builtin:right").empty());
}

PALMA_TEST(savesAndReadsBackExactly) {
  const std::string folder = preparedProject("roundtrip", true);
  const CaptureProject project = loadProject(folder);
  const PreparedCapture capture = loadProjectCapture(folder);
  fit::ProjectInit init = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  init.frames[1].user_corrected = true;
  PALMA_CHECK(!fit::loadProjectInit(folder).has_value());  // none yet
  fit::saveProjectInit(folder, init);
  PALMA_CHECK(fs::is_regular_file(folder + "/init.json"));
  const auto back = fit::loadProjectInit(folder);
  PALMA_CHECK(back.has_value());
  PALMA_CHECK(back->model == init.model && back->keypoint_stamp == init.keypoint_stamp);
  PALMA_CHECK(back->project_stamp == init.project_stamp);
  PALMA_CHECK(back->numRows() == 6);
  PALMA_CHECK(back->frames[1].user_corrected && !back->frames[0].user_corrected);
  PALMA_CHECK(!back->frames[3].fitted && std::isnan(back->frames[3].error_px));
  PALMA_CHECK_NEAR(back->frames[2].error_px, init.frames[2].error_px, 1e-9);
  PALMA_CHECK(back->pose.equal(init.pose));  // doubles in the file: float32 values come back exactly
  PALMA_CHECK(back->translation.equal(init.translation));
  PALMA_CHECK(back->shape.equal(init.shape));
  PALMA_CHECK(back->correctedCount() == 1);
  fit::removeProjectInit(folder);
  PALMA_CHECK(!fit::loadProjectInit(folder).has_value());

  // A pose that is not finite is refused before anything is written.
  fit::ProjectInit bad = init;
  bad.pose = init.pose.clone();
  bad.pose[2][5][1] = std::nanf("");
  PALMA_CHECK_THROWS(fit::saveProjectInit(folder, bad), InputError, "pose value that is not finite");
  PALMA_CHECK(!fs::exists(folder + "/init.json"));
}

PALMA_TEST(badFilesAreNamedErrors) {
  const std::string folder = preparedProject("bad", false);
  const CaptureProject project = loadProject(folder);
  const PreparedCapture capture = loadProjectCapture(folder);
  const fit::ProjectInit init = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  fit::saveProjectInit(folder, init);
  const std::string path = folder + "/init.json";
  const std::string good = readText(path);
  auto expectError = [&](const std::string& text, const std::string& message) {
    writeText(path, text);
    PALMA_CHECK_THROWS(fit::loadProjectInit(folder), InputError, message);
    PALMA_CHECK_THROWS(fit::loadProjectInit(folder), InputError, "init.json");
  };
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    const size_t at = s.find(from);
    PALMA_CHECK_MSG(at != std::string::npos, from);
    return s.replace(at, from.size(), to);
  };
  expectError(good.substr(0, good.size() / 2), "not valid JSON");  // truncated
  expectError("[1, 2]", "JSON object");
  expectError(replaced("\"palma-init\"", "\"palma-project\""), "\"format\" must be \"palma-init\"");
  expectError(replaced("\"version\": 1", "\"version\": 7"), "version 7 is not supported");
  expectError(replaced("\"model\"", "\"modelx\""), "has no \"model\"");
  expectError(replaced("\"pose\": [", "\"pose\": [NaN, "), "not valid JSON");
  expectError(replaced("\"pose\": [", "\"pose\": [null, "), "frame 0 \"pose\"[0] must be a number");
  expectError(replaced("\"pose\": [", "\"pose\": [0.5, "), "frame 0 \"pose\" has 49 numbers, expected 48");
  expectError(replaced("\"translation\": [", "\"translation\": [1e999, "), "number overflow");
  expectError(replaced("\"row\": 1", "\"row\": 4"), "frame 1 has \"row\" 4");
  expectError(replaced("\"fitted\": true", "\"fitted\": 1"), "\"fitted\" must be true or false");
  // A file for another number of frames is readable but does not match the project.
  {
    fit::ProjectInit short_init = init;
    short_init.frames.pop_back();
    short_init.pose = init.pose.slice(0, 0, 5).clone();
    short_init.translation = init.translation.slice(0, 0, 5).clone();
    fit::saveProjectInit(folder, short_init);
    const auto back = fit::loadProjectInit(folder);
    PALMA_CHECK(back.has_value() && back->numRows() == 5);
    PALMA_CHECK(fit::projectInitMismatch(*back, project, capture, hand(), "builtin:right")
                    .find("it has 5 frames, the project 6") != std::string::npos);
  }
}

PALMA_TEST(staleInitialisationsAreDetected) {
  const std::string folder = preparedProject("stale", false);
  CaptureProject project = loadProject(folder);
  const PreparedCapture capture = loadProjectCapture(folder);
  const fit::ProjectInit init = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  PALMA_CHECK(fit::projectInitMismatch(init, project, capture, hand(), "builtin:right").empty());
  PALMA_CHECK(fit::projectInitMismatch(init, project, capture, hand(), "mano:right").find("builtin:right") !=
              std::string::npos);
  // Crops do not matter (the poses are in camera space) ...
  project.frames[2].crop.x0 += 3.0;
  PALMA_CHECK(fit::projectInitMismatch(init, project, capture, hand(), "builtin:right").empty());
  // ... the keypoints and the camera do.
  CaptureProject moved = project;
  moved.keypoints.frames[2][8].x += 4.0f;
  PALMA_CHECK(fit::projectInitMismatch(init, moved, capture, hand(), "builtin:right").find("keypoints") !=
              std::string::npos);
  CaptureProject camera = project;
  camera.intrinsics[0] *= 1.1;
  PALMA_CHECK(!fit::projectInitMismatch(init, camera, capture, hand(), "builtin:right").empty());
}

PALMA_TEST(refitKeepsCorrectedFrames) {
  const std::string folder = preparedProject("refit", false);
  const CaptureProject project = loadProject(folder);
  const PreparedCapture capture = loadProjectCapture(folder);
  const fit::ProjectInit first = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  fit::ProjectInit corrected = first;
  corrected.pose = first.pose.clone();
  corrected.translation = first.translation.clone();
  corrected.shape = first.shape.clone() + 0.25;
  corrected.pose[2][4][0] += 0.6f;  // middle finger MCP
  corrected.translation[2][0] += 0.01f;
  corrected.frames[2].user_corrected = true;
  const fit::ProjectInit again =
      fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit(), &corrected);
  PALMA_CHECK(again.frames[2].user_corrected);
  PALMA_CHECK(again.pose[2].equal(corrected.pose[2]));
  PALMA_CHECK(again.translation[2].equal(corrected.translation[2]));
  PALMA_CHECK(again.shape.equal(corrected.shape));  // kept with the corrections
  PALMA_CHECK(again.correctedCount() == 1);
  // The other frames are fitted afresh (the fit is deterministic: the first fit's values).
  PALMA_CHECK(torch::allclose(again.pose[0], first.pose[0], 1e-5, 1e-6));
  PALMA_CHECK(torch::allclose(again.translation[5], first.translation[5], 1e-5, 1e-7));
  // Without a previous initialisation nothing is kept.
  const fit::ProjectInit fresh = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  PALMA_CHECK(!fresh.pose[2].equal(corrected.pose[2]));
}

PALMA_TEST(reconstructionStartsFromTheGivenInitialisation) {
  const std::string folder = preparedProject("pipeline", false);
  const CaptureProject project = loadProject(folder);
  const PreparedCapture capture = loadProjectCapture(folder);
  fit::ProjectInit init = fit::fitProjectInit(project, capture, hand(), "builtin:right", cheapInit());
  init.pose[1][1][0] += 0.5f;  // a corrected index finger
  init.frames[1].user_corrected = true;
  const fit::InitResult given = fit::initResultForCapture(init, project, capture, hand());

  // No optimisation steps: the avatar's motion is exactly where the fit started.
  auto config = fit::ReconstructionConfig::quick();
  config.render_size = 0;
  config.texture_size = 16;
  for (auto& st : config.stages) st.epochs = 0;
  const auto used =
      fit::reconstructCapture(hand(), "builtin:right", capture, cheapInit(), config, {}, &given);
  PALMA_CHECK(used.init_given);
  PALMA_CHECK(used.init.pose.equal(given.pose));
  PALMA_CHECK(torch::allclose(used.fit.avatar.motion.pose.to(torch::kFloat32), given.pose, 1e-6, 1e-6));
  PALMA_CHECK(
      torch::allclose(used.fit.avatar.motion.translation.to(torch::kFloat32), given.translation, 1e-6, 1e-7));

  // Without it (or with one for other frames) the keypoint fit runs.
  const auto fitted = fit::reconstructCapture(hand(), "builtin:right", capture, cheapInit(), config);
  PALMA_CHECK(!fitted.init_given);
  PALMA_CHECK((fitted.init.pose[1][1] - given.pose[1][1]).abs().max().item<double>() > 0.3);
  fit::InitResult wrong = given;
  wrong.pose = given.pose.slice(0, 0, 4);
  const auto refitted =
      fit::reconstructCapture(hand(), "builtin:right", capture, cheapInit(), config, {}, &wrong);
  PALMA_CHECK(!refitted.init_given && refitted.init.pose.size(0) == 6);
}
