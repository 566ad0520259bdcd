// `palma export` run as a user would, on a small avatar saved to a temporary folder: each format, the
// options reaching the files, and one-line errors with the documented exit codes for bad input.
#include <sys/wait.h>

#include <assimp/scene.h>
#include <assimp/Importer.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/avatar/avatar.h"
#include "core/avatar/avatar_io.h"
#include "core/model/builtin_hand.h"
#include "tests/core/export/export_fixtures.h"
#include "tests/support/cli_runner.h"
#include "tests/support/palma_test.h"

using namespace palma;
using palma::test::checkError;
using palma::test::contains;
using palma::test::runPalma;
namespace fs = std::filesystem;

namespace {

const std::string& avatarFolder() {
  static const std::string folder = [] {
    const HandModel tmpl = makeBuiltinHand(Handedness::Right);
    const std::string f = test::tempDir() + "/hand.palma-avatar";
    saveAvatar(test::makeExportAvatar(tmpl, "builtin:right", 16), f);
    return f;
  }();
  return folder;
}

}  // namespace

PALMA_TEST(exportWritesEachFormat) {
  const std::string dir = test::tempDir();
  for (const std::string ext : {"gltf", "obj"}) {  // the formats themselves: tests/core/export
    const test::CliResult r =
        runPalma({"export", avatarFolder(), "--out", dir + "/hand." + ext, "--animation",
                  ext == "obj" ? "none" : "captured", "--separate-textures"});
    PALMA_CHECK_MSG(r.code == 0, ext << ": " << r.err);
    PALMA_CHECK_MSG(r.out.find("wrote " + dir + "/hand." + ext) != std::string::npos, r.out);
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(dir + "/hand." + ext, 0);
    PALMA_CHECK_MSG(scene && scene->mNumMeshes > 0, ext << " does not re-import");
    PALMA_CHECK((scene->mNumAnimations > 0) == (ext != "obj"));
  }
  PALMA_CHECK(fs::exists(dir + "/hand_albedo.png") && fs::exists(dir + "/hand.bin") &&
              fs::exists(dir + "/hand.mtl"));
}

PALMA_TEST(exportOptionsReachTheFile) {
  const std::string out = test::tempDir() + "/left.glb";
  const test::CliResult r =
      runPalma({"export", avatarFolder(), "--format", "glb", "--out", out, "--naming", "mixamo", "--side",
                "left", "--animation", "fist", "--texture-size", "8", "--subdivide", "1"});
  PALMA_CHECK_MSG(r.code == 0, r.err);
  PALMA_CHECK(r.out.find("8x8 textures") != std::string::npos);
  PALMA_CHECK(r.out.find("25 animation keys over 2.00 s") != std::string::npos);
  Assimp::Importer importer;
  const aiScene* scene = importer.ReadFile(out, 0);
  PALMA_CHECK(scene && scene->mRootNode->FindNode("LeftHandIndex4") != nullptr);
  PALMA_CHECK(std::string(scene->mAnimations[0]->mName.C_Str()) == "fist");
}

PALMA_TEST(exportTakesTheStudioAnimations) {
  // The timeline's animations (count, wave) export like the presets, with their own lengths.
  for (const auto& [name, seconds] :
       {std::pair<std::string, std::string>{"wave", "2.60 s"}, {"count", "4.90 s"}}) {
    const std::string out = test::tempDir() + "/" + name + ".glb";
    const test::CliResult r =
        runPalma({"export", avatarFolder(), "--out", out, "--animation", name, "--texture-size", "8"});
    PALMA_CHECK_MSG(r.code == 0, r.err);
    PALMA_CHECK_MSG(contains(r.out, "animation keys over " + seconds), r.out);
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(out, 0);
    PALMA_CHECK(scene && scene->mNumAnimations == 1 &&
                std::string(scene->mAnimations[0]->mName.C_Str()) == name);
  }
}

PALMA_TEST(exportRejectsBadInputWithOneLine) {
  const std::string dir = test::tempDir();
  auto check = [](const test::CliResult& r, int code, const std::string& text) {
    PALMA_CHECK_MSG(r.code == code, "exit " << r.code << ": " << r.err);
    PALMA_CHECK_MSG(r.err.rfind("palma: error: ", 0) == 0 && r.err.find(text) != std::string::npos, r.err);
    PALMA_CHECK(r.err.find('\n') == r.err.size() - 1);
  };
  check(runPalma({"export", avatarFolder(), "--out", dir + "/hand.stl"}), 2, "unknown file extension '.stl'");
  check(runPalma({"export", avatarFolder(), "--format", "fbx", "--out", dir + "/hand.glb"}), 2,
        "does not end in .fbx");
  check(runPalma({"export", avatarFolder(), "--out", dir + "/hand.glb", "--animation", "dance"}), 2,
        "'dance'");
  check(runPalma({"export", avatarFolder(), "--out", dir + "/missing/hand.glb"}), 1, "does not exist");
  check(runPalma({"export", dir + "/absent.palma-avatar", "--out", dir + "/hand.glb"}), 1,
        "absent.palma-avatar");
  check(runPalma({"export", avatarFolder(), "--out", dir + "/hand.obj", "--animation", "captured"}), 2,
        "cannot hold animation");
  PALMA_CHECK(fs::is_empty(dir));
}
