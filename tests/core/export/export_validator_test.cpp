// The Khronos glTF validator on our .glb and .gltf files: 0 errors for the built-in hand, a MANO-layout
// model and imported templates (one generated here, the WebXR hand from ../shared when present), with
// captured and preset animation, embedded and separate textures, both sides and both naming schemes.
// The validator is installed by the CTest fixture gltf_validator_install; without it these tests fail.
#include <torch/torch.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/export/export.h"
#include "core/model/builtin_hand.h"
#include "core/model/mano_loader.h"
#include "core/model/template_loader.h"
#include "tests/core/export/export_fixtures.h"
#include "tests/support/palma_test.h"

using namespace palma;
namespace fs = std::filesystem;

namespace {

std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

nlohmann::json validate(const std::string& file) {
  const std::string prefix = PALMA_GLTF_VALIDATOR_PREFIX;
  PALMA_CHECK_MSG(fs::exists(prefix + "/node_modules/gltf-validator/package.json"),
                  "the glTF validator is not installed in "
                      << prefix
                      << " (run the CTest fixture gltf_validator_install: "
                         "ctest -R gltf_validator)");
  const std::string command = shellQuote(PALMA_NODE_EXE) + " " + shellQuote(PALMA_GLTF_VALIDATE_SCRIPT) +
                              " " + shellQuote(prefix) + " " + shellQuote(file) + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  PALMA_CHECK(pipe != nullptr);
  std::string output;
  std::array<char, 4096> buffer;
  while (size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) output.append(buffer.data(), n);
  const auto report = nlohmann::json::parse(output, nullptr, false);
  PALMA_CHECK_MSG(!report.is_discarded() && report.contains("errors"), "validator output: " << output);
  return report;
}

void checkValid(const std::string& file) {
  const auto report = validate(file);
  std::printf("    %s: %d errors, %d warnings, %d infos, %d hints, %ld bytes\n",
              fs::path(file).filename().c_str(), report["errors"].get<int>(), report["warnings"].get<int>(),
              report["infos"].get<int>(), report["hints"].get<int>(), static_cast<long>(fs::file_size(file)));
  for (const auto& m : report["messages"]) std::printf("      %s\n", m.get<std::string>().c_str());
  PALMA_CHECK_MSG(report["errors"].get<int>() == 0, fs::path(file).filename() << " has validation errors");
}

void checkFormats(const HandModel& tmpl, const Avatar& avatar, const std::string& name) {
  const std::string dir = test::tempDir();
  ExportOptions o;
  o.animation = ExportAnimation::Captured;
  o.texture_size = 16;
  exportAvatar(avatar, tmpl, dir + "/" + name + ".glb", o);
  checkValid(dir + "/" + name + ".glb");
  o.embed_textures = false;
  o.naming = JointNaming::Mixamo;
  exportAvatar(avatar, tmpl, dir + "/" + name + ".gltf", o);
  checkValid(dir + "/" + name + ".gltf");
  o.embed_textures = true;
  o.animation = ExportAnimation::Preset;
  o.preset = "fist";
  o.side = tmpl.handedness == Handedness::Right ? Handedness::Left : Handedness::Right;
  exportAvatar(avatar, tmpl, dir + "/" + name + "_mirrored.gltf", o);
  checkValid(dir + "/" + name + "_mirrored.gltf");
}

}  // namespace

PALMA_TEST(builtinHandIsValidGltf) {
  const HandModel tmpl = makeBuiltinHand(Handedness::Right);
  checkFormats(tmpl, test::makeExportAvatar(tmpl, "builtin:right"), "builtin");
}

PALMA_TEST(manoLayoutModelIsValidGltf) {
  const HandModel tmpl = loadMano(test::writeManoLayoutNpz());
  checkFormats(tmpl, test::makeExportAvatar(tmpl, "mano:model.npz"), "mano");
}

PALMA_TEST(generatedTemplateIsValidGltf) {
  // A rigged hand of our own making (the built-in left hand exported with Mixamo names), imported as
  // a template and exported again.
  const HandModel builtin = makeBuiltinHand(Handedness::Left);
  const std::string source = test::tempDir() + "/generated.glb";
  ExportOptions o;
  o.naming = JointNaming::Mixamo;
  exportAvatar(test::makeExportAvatar(builtin, "builtin:left"), builtin, source, o);
  const HandModel tmpl = loadRiggedTemplate(source);
  PALMA_CHECK(tmpl.handedness == Handedness::Left);
  checkFormats(tmpl, test::makeExportAvatar(tmpl, "template:" + source), "generated");
}

PALMA_TEST(sharedWebXrTemplateIsValidGltf) {
  const std::string fixture = test::sourceDir() + "/../shared/fixtures/webxr-generic-hand/right.glb";
  if (!fs::exists(fixture)) PALMA_SKIP("../shared/fixtures/webxr-generic-hand/right.glb is absent");
  const HandModel tmpl = loadRiggedTemplate(fixture);
  checkFormats(tmpl, test::makeExportAvatar(tmpl, "template:" + fixture), "webxr");
}
