// `palma prepare` and `palma reconstruct PROJECT` run as a user would: a video and a keypoint file in,
// a project out, an avatar from the project; a project prepared again; one-line errors with the
// documented exit codes for bad input; a corrected pose initialisation (init.json) used by reconstruct.
#include <sys/wait.h>

#include <torch/torch.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/avatar/avatar_io.h"
#include "core/capture/prepare.h"
#include "core/capture/project.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/fit/fit_config_io.h"
#include "core/fit/project_init.h"
#include "core/model/builtin_hand.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/cli_runner.h"
#include "tests/support/palma_test.h"

using namespace palma;
using palma::test::checkError;
using palma::test::contains;
using palma::test::runPalma;
namespace fs = std::filesystem;

namespace {

// A small synthetic capture written as a video with its (noisy) keypoints in a folder whose name has
// a space and non-ASCII characters.
const std::string& captureFolder() {
  static const std::string folder = [] {
    eval::SyntheticSettings s = test::smallSyntheticSettings(5);
    s.novel_pose_frames = 0;
    s.novel_views = 0;
    const std::string dir = test::tempDir() + "/mon clip ü";
    const eval::SyntheticCapture c = eval::makeSyntheticCapture(s);
    eval::writeSyntheticCapture(c, dir);
    return dir;
  }();
  return folder;
}

std::string video() {
  for (const char* name : {"video.mp4", "video.avi"})
    if (fs::exists(captureFolder() + "/" + name)) return captureFolder() + "/" + name;
  return {};
}

}  // namespace

PALMA_TEST(videoToProjectToAvatar) {
  const std::string project = test::tempDir() + "/projet main";
  const test::CliResult r = runPalma({"prepare", video(), "--keypoints", captureFolder() + "/keypoints.json",
                                      "--hand", "right", "--size", "64", "--out", project});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  PALMA_CHECK(contains(r.out, "frames            8"));
  PALMA_CHECK(contains(r.out, "prepared frames   8"));
  PALMA_CHECK(contains(r.out, "Next: palma reconstruct"));
  PALMA_CHECK(fs::exists(project + "/project.json") && fs::exists(project + "/prepared/images/000007.png"));
  const CaptureProject p = loadProject(project);
  PALMA_CHECK(p.numFrames() == 8 && p.working_size == 64 && p.masks == MaskOrigin::Computed);

  // Preparing the project again (after edits) keeps it and its stamp.
  const test::CliResult again = runPalma({"prepare", project});
  PALMA_CHECK_MSG(again.code == 0, again.err);
  PALMA_CHECK(loadProject(project).prepared_stamp == p.prepared_stamp);

  const std::string avatar = test::tempDir() + "/hand.palma-avatar";
  const test::CliResult fit =
      runPalma({"reconstruct", project, "--preset", "quick", "--out", avatar, "--checkpoint-dir", "none"});
  PALMA_CHECK_MSG(fit.code == 0, fit.err);
  const Avatar a = loadAvatar(avatar);
  PALMA_CHECK(a.motion.pose.defined() && a.motion.pose.size(0) == 8);
}

PALMA_TEST(badInputGivesOneLineErrors) {
  const std::string out = test::tempDir() + "/bad project";
  checkError(runPalma({"prepare", video(), "--every", "0", "--out", out}), 2, "--every");
  checkError(runPalma({"prepare", video(), "--camera", "500,500,10", "--out", out}), 2, "--camera");
  checkError(runPalma({"prepare", video(), "--hand", "both", "--out", out}), 2, "--hand");
  checkError(runPalma({"prepare", video()}), 2, "--out PROJECT is required");
  checkError(runPalma({"prepare", test::tempDir() + "/missing.mp4", "--out", out}), 1, "missing.mp4");
  // A keypoint file with the wrong number of joints.
  const std::string bad = test::tempDir() + "/bad.json";
  std::ofstream(bad) << "[[[1, 2], [3, 4]]]";
  checkError(runPalma({"prepare", video(), "--keypoints", bad, "--out", out}), 1, "bad.json");
  // The output's parent is a file.
  const std::string file = test::tempDir() + "/a file";
  std::ofstream(file) << "x";
  const test::CliResult blocked = runPalma(
      {"prepare", video(), "--keypoints", captureFolder() + "/keypoints.json", "--out", file + "/project"});
  PALMA_CHECK(blocked.code == 1 || blocked.code == 2);
  PALMA_CHECK(blocked.err.rfind("palma: error: ", 0) == 0);
  // Options that only apply to a new project.
  const std::string project = test::tempDir() + "/projet main";
  if (fs::exists(project + "/project.json"))
    checkError(runPalma({"prepare", project, "--every", "2"}), 2, "applies to a new project");
  // A project's hand can be set (only that: other options still apply to a new project).
  if (fs::exists(project + "/project.json")) {
    checkError(runPalma({"prepare", project, "--hand", "both"}), 2, "--hand must be left or right");
    checkError(runPalma({"prepare", project, "--hand", "left", "--every", "2"}), 2, "only --hand can change");
  }
  // A project without keypoints cannot be reconstructed yet.
  const std::string empty = test::tempDir() + "/no keypoints";
  const test::CliResult r = runPalma({"prepare", video(), "--out", empty});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  PALMA_CHECK(contains(r.err, "no frame has keypoints yet"));
  checkError(
      runPalma({"reconstruct", empty, "--preset", "quick", "--out", test::tempDir() + "/x.palma-avatar"}), 1,
      "no frames with keypoints");
}

// A project whose hand was never confirmed is fitted with the hand it has, and reconstruct says so;
// `palma prepare PROJECT --hand` sets the hand, and the note goes.
PALMA_TEST(theHandOfAProjectCanBeSet) {
  const std::string project = test::tempDir() + "/which hand";
  const test::CliResult r = runPalma({"prepare", video(), "--keypoints", captureFolder() + "/keypoints.json",
                                      "--size", "64", "--out", project});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  CaptureProject p = loadProject(project);
  p.keypoints.handedness = Handedness::Right;
  p.keypoints.handedness_known = false;  // as after a guess, or without keypoints
  saveProject(project, p);
  const std::string avatar = test::tempDir() + "/which.palma-avatar";
  const std::vector<std::string> fit = {"reconstruct",      project, "--preset", "quick",
                                        "--checkpoint-dir", "none",  "--out",    avatar};
  const test::CliResult guessed = runPalma(fit);
  PALMA_CHECK_MSG(guessed.code == 0, guessed.err);
  PALMA_CHECK_MSG(contains(guessed.err, "never confirmed; fitting it as a right hand"), guessed.err);

  const test::CliResult set = runPalma({"prepare", project, "--hand", "right"});
  PALMA_CHECK_MSG(set.code == 0, set.err);
  PALMA_CHECK(contains(set.out, "hand              right"));
  p = loadProject(project);
  PALMA_CHECK(p.keypoints.handedness == Handedness::Right && p.keypoints.handedness_known);
  const test::CliResult confirmed = runPalma(fit);
  PALMA_CHECK_MSG(confirmed.code == 0, confirmed.err);
  PALMA_CHECK_MSG(!contains(confirmed.err, "never confirmed"), confirmed.err);

  // When the project cannot be prepared again (its source is gone), the hand is left as it was.
  {
    const std::string moved = test::tempDir() + "/moved source";
    fs::create_directories(moved);
    CaptureProject q = loadProject(project);
    const std::string source = q.source_path;
    fs::rename(source, moved + "/video");
    const std::string json_before = [&] {
      std::ifstream in(project + "/project.json");
      return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    checkError(runPalma({"prepare", project, "--hand", "left"}), 1, "missing");
    std::ifstream in(project + "/project.json");
    PALMA_CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == json_before);
    PALMA_CHECK(loadProject(project).keypoints.handedness == Handedness::Right);
    fs::rename(moved + "/video", source);
  }

  // Setting the other hand: the project says left, and the fit uses the left hand.
  const test::CliResult left = runPalma({"prepare", project, "--hand", "left"});
  PALMA_CHECK_MSG(left.code == 0, left.err);
  PALMA_CHECK(contains(left.out, "hand              left"));
  PALMA_CHECK(loadProject(project).keypoints.handedness == Handedness::Left);
  const test::CliResult fit_left = runPalma(fit);
  PALMA_CHECK_MSG(fit_left.code == 0, fit_left.err);
  PALMA_CHECK(loadAvatar(avatar).model_spec == "builtin:left");
}

// A project's init.json (the corrected initialisation) is where `palma reconstruct PROJECT` starts, and
// the output says so; --refit-init and a stale file make it fit from the keypoints instead.
PALMA_TEST(reconstructStartsFromTheProjectInitialisation) {
  const std::string project = test::tempDir() + "/init project";
  const test::CliResult r = runPalma({"prepare", video(), "--keypoints", captureFolder() + "/keypoints.json",
                                      "--hand", "right", "--size", "64", "--out", project});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  fit::InitSettings cheap;
  cheap.iterations = 30;
  cheap.rigid_iterations = 10;
  cheap.silhouette_iterations = 0;
  const CaptureProject p = loadProject(project);
  fit::ProjectInit init =
      fit::fitProjectInit(p, loadProjectCapture(project), makeBuiltinHand(), "builtin:right", cheap);
  init.pose[3][1][0] += 0.5f;  // a corrected index finger
  init.frames[3].user_corrected = true;
  fit::saveProjectInit(project, init);
  // No optimisation steps: the avatar's motion is the initialisation the fit started from.
  fit::ReconstructionConfig config = fit::ReconstructionConfig::quick();
  for (auto& stage : config.stages) stage.epochs = 0;
  const std::string config_file = test::tempDir() + "/no-steps.json";
  std::ofstream(config_file) << fit::reconstructionConfigToJson(config);
  const std::string avatar = test::tempDir() + "/from-init.palma-avatar";
  const std::vector<std::string> args = {"reconstruct", project, "--config",         config_file,
                                         "--out",       avatar,  "--checkpoint-dir", "none"};
  const test::CliResult used = runPalma(args);
  PALMA_CHECK_MSG(used.code == 0, used.err);
  PALMA_CHECK_MSG(
      contains(used.err, "Initialisation: from") && contains(used.err, "init.json (1 frame corrected"),
      used.err);
  const torch::Tensor pose = loadAvatar(avatar).motion.pose.to(torch::kFloat32);
  PALMA_CHECK(torch::allclose(pose, init.pose, 1e-5, 1e-5));

  std::vector<std::string> refit = args;
  refit.push_back("--refit-init");
  const test::CliResult fresh = runPalma(refit);
  PALMA_CHECK_MSG(fresh.code == 0, fresh.err);
  PALMA_CHECK_MSG(contains(fresh.err, "--refit-init") && contains(fresh.err, "is ignored"), fresh.err);
  const torch::Tensor refitted = loadAvatar(avatar).motion.pose.to(torch::kFloat32);
  PALMA_CHECK((refitted[3][1] - init.pose[3][1]).abs().max().item<double>() > 0.3);

  // Moved keypoints make the file stale.
  CaptureProject moved = p;
  moved.keypoints.frames[2][8].x += 3.0f;
  saveProject(project, moved);
  const test::CliResult stale = runPalma(args);
  PALMA_CHECK_MSG(stale.code == 0, stale.err);
  PALMA_CHECK_MSG(contains(stale.err, "is out of date") && contains(stale.err, "keypoints"), stale.err);
  checkError(runPalma({"reconstruct", captureFolder(), "--refit-init", "--out", avatar}), 2,
             "--refit-init applies to a project folder");

  // A truncated init.json stops the run with the file named and the way out; --refit-init goes around it.
  std::ofstream(project + "/init.json") << "{\"format\":\"palma-init\",\"version\":1,";
  checkError(runPalma(args), 1, "init.json");
  checkError(runPalma(args), 1, "--refit-init");
  const test::CliResult around = runPalma(refit);
  PALMA_CHECK_MSG(around.code == 0, around.err);
}
