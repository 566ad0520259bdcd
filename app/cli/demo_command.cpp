#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/hand_posing.h"
#include "core/common/atomic_file.h"
#include "core/model/model_spec.h"
#include "core/model/obj_writer.h"
#include "palma/config.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void makeOutputDir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw Error("cannot create the output directory '" + dir +
                "': " + (ec ? ec.message() : std::string("a file of that name exists")));
}

std::string summaryText(const nlohmann::json& s) {
  std::ostringstream os;
  char line[200];
  os << "Palma demo (palma " << s["palma_version"].get<std::string>() << ")\n";
  os << "The built-in hand, generated and posed through the presets; one OBJ per hand and pose.\n\n";
  for (const auto& hand : s["hands"]) {
    std::snprintf(line, sizeof(line),
                  "%s hand: %d vertices, %d faces, %d UVs, %d shape components, generated in %.0f ms\n"
                  "  hand length %.1f cm, palm width %.1f cm\n",
                  hand["handedness"].get<std::string>().c_str(), hand["vertices"].get<int>(),
                  hand["faces"].get<int>(), hand["uvs"].get<int>(), hand["shape_components"].get<int>(),
                  hand["generate_ms"].get<double>(), hand["hand_length_cm"].get<double>(),
                  hand["palm_width_cm"].get<double>());
    os << line;
    for (const auto& pose : hand["poses"]) {
      std::snprintf(line, sizeof(line), "  %-10s %-28s skinned in %5.0f ms, written in %5.0f ms\n",
                    pose["pose"].get<std::string>().c_str(), pose["file"].get<std::string>().c_str(),
                    pose["skin_ms"].get<double>(), pose["write_ms"].get<double>());
      os << line;
    }
    os << "\n";
  }
  std::snprintf(line, sizeof(line), "%d files, %.2f s in total.\n", s["file_count"].get<int>(),
                s["total_seconds"].get<double>());
  os << line;
  return os.str();
}

int runDemo(const std::string& out_dir) {
  const auto start = Clock::now();
  makeOutputDir(out_dir);
  const std::vector<std::string> presets = posePresetNames();
  const std::vector<std::pair<std::string, std::string>> hands = {{"right", "builtin:right"},
                                                                  {"left", "builtin:left"}};
  const int steps = static_cast<int>(hands.size() * presets.size());
  int name_width = 0;
  for (const std::string& p : presets) name_width = std::max(name_width, static_cast<int>(p.size()));
  int step = 0;

  nlohmann::json summary;
  summary["palma_version"] = PALMA_VERSION_STRING;
  summary["output_dir"] = out_dir;
  summary["hands"] = nlohmann::json::array();
  for (const auto& [side, spec] : hands) {
    const auto generate_start = Clock::now();
    const HandModel model = loadHandModel(spec);
    const double generate_ms = msSince(generate_start);
    const HandMeasurements m = measureHand(model, model.vertices, model.joints);
    std::printf("generated the %s hand (%s): %d vertices, %d faces in %.0f ms\n", side.c_str(), spec.c_str(),
                model.numVertices(), model.numFaces(), generate_ms);
    std::fflush(stdout);

    nlohmann::json hand = {{"model", spec},
                           {"handedness", side},
                           {"vertices", model.numVertices()},
                           {"faces", model.numFaces()},
                           {"uvs", model.uvs.rows()},
                           {"shape_components", model.numShapes()},
                           {"generate_ms", generate_ms},
                           {"hand_length_cm", m.hand_length * 100},
                           {"palm_width_cm", m.palm_width * 100},
                           {"poses", nlohmann::json::array()}};
    for (const std::string& preset : presets) {
      const auto skin_start = Clock::now();
      const PosedHand posed = poseHand(model, Eigen::VectorXf(), posePreset(model, preset));
      const double skin_ms = msSince(skin_start);
      const std::string file = side + "-" + preset + ".obj";
      const auto write_start = Clock::now();
      writeObj((fs::path(out_dir) / file).string(), posed.vertices, model.faces, model.uvs, model.uv_faces,
               posed.normals);
      const double write_ms = msSince(write_start);
      const Eigen::Vector3f size =
          (posed.vertices.colwise().maxCoeff() - posed.vertices.colwise().minCoeff()) * 100;
      hand["poses"].push_back({{"pose", preset},
                               {"file", file},
                               {"skin_ms", skin_ms},
                               {"write_ms", write_ms},
                               {"bbox_cm", {size.x(), size.y(), size.z()}}});
      std::printf("[%2d/%d] %-5s hand, %-*s -> %s (%.0f ms)\n", ++step, steps, side.c_str(), name_width,
                  preset.c_str(), (fs::path(out_dir) / file).string().c_str(), skin_ms + write_ms);
      std::fflush(stdout);
    }
    summary["hands"].push_back(hand);
  }
  summary["file_count"] = steps + 2;  // the OBJ files, summary.json and summary.txt
  summary["total_seconds"] = msSince(start) / 1000.0;
  writeTextFileAtomically((fs::path(out_dir) / "summary.json").string(), summary.dump(2) + "\n");
  writeTextFileAtomically((fs::path(out_dir) / "summary.txt").string(), summaryText(summary));
  std::printf("wrote %s and %s (%.2f s in total)\n", (fs::path(out_dir) / "summary.json").string().c_str(),
              (fs::path(out_dir) / "summary.txt").string().c_str(), summary["total_seconds"].get<double>());
  return 0;
}

}  // namespace

Command demoCommand() {
  return {"demo", "Run the demo: generate, pose and export the built-in hand",
          [](const std::vector<std::string>& args) {
            ArgParser parser(
                "palma demo",
                "Generate the built-in right and left hands, pose each through every preset and\n"
                "write one OBJ per hand and pose, plus summary.json and summary.txt with counts and\n"
                "timings, into the output directory (created if missing; files in it are replaced).");
            parser.option("out", "DIR", "Output directory.", "demo-output");
            const ParsedArgs parsed = parser.parse(args);
            if (parsed.helpRequested()) {
              std::cout << parser.helpText();
              return 0;
            }
            return runDemo(parsed.get("out"));
          }};
}

}  // namespace palma::cli
