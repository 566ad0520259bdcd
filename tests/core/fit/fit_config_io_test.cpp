// The reconstruction config's JSON form: complete round trips, partial overrides of a preset, and
// clear errors for every kind of bad file.
#include <cstdio>
#include <fstream>
#include <string>

#include "core/common/error.h"
#include "core/fit/fit_config_io.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

bool failsWith(const std::string& text, const std::string& needle) {
  try {
    fit::parseReconstructionConfig(text, "test.json");
  } catch (const InputError& e) {
    const bool ok = std::string(e.what()).find(needle) != std::string::npos;
    if (!ok) std::printf("  message was: %s\n", e.what());
    return ok;
  }
  return false;
}

}  // namespace

PALMA_TEST(everyPresetRoundTripsThroughJson) {
  for (const char* name : {"harp", "demo", "quick"}) {
    auto c = fit::ReconstructionConfig::preset(name);
    c.stages[1].weights.laplacian_quantile = 0.25;
    c.stages[2].optimise.displacement = true;
    c.seed = 12345678901ULL;
    const std::string text = fit::reconstructionConfigToJson(c);
    const auto back = fit::parseReconstructionConfig(text);
    PALMA_CHECK(fit::reconstructionConfigToJson(back) == text);
    PALMA_CHECK(back.seed == 12345678901ULL);
    PALMA_CHECK(back.stages[2].optimise.displacement && back.stages[1].weights.laplacian_quantile == 0.25);
  }
}

// Every preset regularises the normal map at 2.0 instead of HARP's 0.1 in the stages that fit it, and
// the demo preset anchors the poses lightly to the keypoints (3D anchor 1 instead of 10, 2D term 0.5) in
// the stages that fit them (docs/performance.md). A config file that leaves them out keeps the presets'
// values; LossWeights' defaults stay HARP's.
PALMA_TEST(thePresetsRegulariseTheNormalMapTheDemoAnchorsThePosesLightly) {
  const fit::LossWeights harp_weights;
  PALMA_CHECK(harp_weights.normal_map == 0.1 && harp_weights.keypoint == 10.0 &&
              harp_weights.keypoint_2d == 0.0);
  for (const char* name : {"harp", "demo", "quick"}) {
    const auto c = fit::ReconstructionConfig::preset(name);
    const bool light_anchor = std::string(name) == "demo";
    PALMA_CHECK(c.stages.size() == 3);
    for (const auto& stage : c.stages) {
      PALMA_CHECK_MSG(stage.weights.normal_map == (stage.optimise.normal_map ? 2.0 : 0.1),
                      name << " " << stage.name);
      const bool light = light_anchor && stage.optimise.pose;
      PALMA_CHECK_MSG(stage.weights.keypoint == (light ? 1.0 : 10.0), name << " " << stage.name);
      PALMA_CHECK_MSG(stage.weights.keypoint_2d == (light ? 0.5 : 0.0), name << " " << stage.name);
    }
  }
  const auto partial = fit::parseReconstructionConfig(R"({"preset": "harp", "texture_size": 256})");
  PALMA_CHECK(partial.stages[1].weights.normal_map == 2.0 && partial.stages[1].weights.keypoint == 10.0);
}

PALMA_TEST(aConfigNamesOnlyWhatItChanges) {
  const auto c = fit::parseReconstructionConfig(R"({
    "preset": "demo",
    "texture_size": 128,
    "stages": [
      {"name": "geometry", "epochs": 5, "weights": {"silhouette": 3.5}},
      {"name": "polish", "epochs": 2, "optimise": ["albedo", "lighting"]}
    ]})");
  const auto demo = fit::ReconstructionConfig::demo();
  PALMA_CHECK(c.name == "demo");
  PALMA_CHECK(c.texture_size == 128);
  PALMA_CHECK(c.render_size == demo.render_size);
  PALMA_CHECK(c.stages.size() == 2);
  PALMA_CHECK(c.stages[0].epochs == 5 && c.stages[0].weights.silhouette == 3.5);
  // Everything else of the geometry stage comes from the preset's geometry stage.
  PALMA_CHECK(c.stages[0].batch_size == demo.stages[0].batch_size);
  PALMA_CHECK(c.stages[0].weights.photometric == demo.stages[0].weights.photometric);
  PALMA_CHECK(c.stages[0].optimise.displacement && !c.stages[0].optimise.albedo);
  // A new stage starts from the defaults with the groups it lists.
  PALMA_CHECK(c.stages[1].optimise.albedo && c.stages[1].optimise.lighting && !c.stages[1].optimise.pose);
  // No preset: HARP.
  PALMA_CHECK(fit::parseReconstructionConfig("{}").stages[0].epochs == 100);
}

PALMA_TEST(badConfigsAreRefusedWithTheKeyNamed) {
  PALMA_CHECK(failsWith("{ not json", "not valid JSON"));
  PALMA_CHECK(failsWith("[1, 2]", "JSON object"));
  PALMA_CHECK(failsWith(R"({"format": "palma-avatar"})", "not a reconstruction config"));
  PALMA_CHECK(failsWith(R"({"version": 7})", "newer Palma"));
  PALMA_CHECK(failsWith(R"({"texture_sise": 256})", "unknown key 'texture_sise'"));
  PALMA_CHECK(failsWith(R"({"texture_size": "big"})", "'texture_size' has the wrong type"));
  PALMA_CHECK(failsWith(R"({"preset": "fastest"})", "unknown reconstruction preset"));
  PALMA_CHECK(failsWith(R"({"stages": [{"name": "geometry", "epochs": -3}]})", "epochs"));
  PALMA_CHECK(
      failsWith(R"({"stages": [{"name": "x", "optimise": ["wings"]}]})", "unknown parameter group 'wings'"));
  PALMA_CHECK(
      failsWith(R"({"stages": [{"name": "x", "weights": {"silhouete": 1}}]})", "unknown key 'silhouete'"));
  PALMA_CHECK(failsWith(R"({"stages": []})", "no stages"));
  PALMA_CHECK(failsWith(R"({"stages": [{"name": "x", "weights": {"ssim": -1}}]})", "loss weights"));
}

PALMA_TEST(filesAreReadAndWritten) {
  const std::string dir = test::tempDir();
  auto c = fit::ReconstructionConfig::quick();
  c.name = "mine";
  fit::saveReconstructionConfig(c, dir + "/mine.json");
  PALMA_CHECK(fit::loadReconstructionConfig(dir + "/mine.json").name == "mine");
  bool missing = false;
  try {
    fit::loadReconstructionConfig(dir + "/nothing.json");
  } catch (const InputError& e) {
    missing = std::string(e.what()).find("cannot open") != std::string::npos;
  }
  PALMA_CHECK(missing);
  std::ofstream(dir + "/empty.json").close();
  bool empty = false;
  try {
    fit::loadReconstructionConfig(dir + "/empty.json");
  } catch (const InputError& e) {
    empty = std::string(e.what()).find("empty.json is not valid JSON") != std::string::npos;
  }
  PALMA_CHECK(empty);
}
