#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/hand_inputs.h"
#include "app/cli/hand_posing.h"
#include "core/model/model_spec.h"

namespace palma::cli {
namespace {

constexpr double kDeg = 180.0 / M_PI;

bool unlimited(const JointLimit& l) {
  return (l.lower.array() <= -3.14f).all() && (l.upper.array() >= 3.14f).all();
}

std::string range(float lo, float hi) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.0f..%.0f", lo * kDeg, hi * kDeg);
  return text;
}

const char* handednessName(Handedness h) { return h == Handedness::Right ? "right" : "left"; }

nlohmann::json infoJson(const HandModel& model, const HandMeasurements& m) {
  nlohmann::json j;
  j["name"] = model.name;
  j["handedness"] = handednessName(model.handedness);
  j["vertices"] = model.numVertices();
  j["faces"] = model.numFaces();
  j["uvs"] = model.uvs.rows();
  j["shape_components"] = model.shape_names;
  j["pose_correctives"] = model.hasPoseCorrectives();
  for (int i = 0; i < kNumJoints; ++i) {
    const JointLimit& l = model.joint_limits[i];
    nlohmann::json joint = {{"index", i}, {"name", model.joint_names[i]}, {"parent", model.parents[i]}};
    if (!unlimited(l)) {
      joint["limits_deg"] = {{"lower", {l.lower.x() * kDeg, l.lower.y() * kDeg, l.lower.z() * kDeg}},
                             {"upper", {l.upper.x() * kDeg, l.upper.y() * kDeg, l.upper.z() * kDeg}}};
    }
    j["joints"].push_back(joint);
  }
  j["bbox_cm"] = {{"min", {m.bbox_min.x() * 100, m.bbox_min.y() * 100, m.bbox_min.z() * 100}},
                  {"max", {m.bbox_max.x() * 100, m.bbox_max.y() * 100, m.bbox_max.z() * 100}}};
  j["hand_length_cm"] = m.hand_length * 100;
  j["palm_width_cm"] = m.palm_width * 100;
  return j;
}

void printInfo(const HandModel& model, const HandMeasurements& m, const Eigen::VectorXf& beta) {
  std::ostream& out = std::cout;
  char line[320];
  int w = 6;  // column width of joint names
  for (const std::string& name : model.joint_names)
    w = std::max(w, std::min(64, static_cast<int>(name.size())));
  out << "Model:            " << model.name << " (" << handednessName(model.handedness) << " hand)\n";
  out << "Vertices:         " << model.numVertices() << "\n";
  out << "Faces:            " << model.numFaces() << " triangles\n";
  out << "UVs:              " << model.uvs.rows() << (model.uvs.rows() > 0 ? " (own index buffer)" : "")
      << "\n";
  out << "Joints:           " << kNumJoints << " (+ " << kNumFingers << " fingertips = " << kNumKeypoints
      << " keypoints)\n";
  std::snprintf(line, sizeof(line), "   #  %-*s %-*s %-12s %-12s %s\n", w, "name", w, "parent", "flexion",
                "abduction", "twist");
  out << line;
  for (int i = 0; i < kNumJoints; ++i) {
    const JointLimit& l = model.joint_limits[i];
    const std::string parent = model.parents[i] < 0 ? "-" : model.joint_names[model.parents[i]];
    if (unlimited(l)) {
      std::snprintf(line, sizeof(line), "  %2d  %-*s %-*s %s\n", i, w, model.joint_names[i].c_str(), w,
                    parent.c_str(), "unlimited");
    } else {
      std::snprintf(line, sizeof(line), "  %2d  %-*s %-*s %-12s %-12s %s\n", i, w,
                    model.joint_names[i].c_str(), w, parent.c_str(), range(l.lower.x(), l.upper.x()).c_str(),
                    range(l.lower.y(), l.upper.y()).c_str(), range(l.lower.z(), l.upper.z()).c_str());
    }
    out << line;
  }
  out << "                  (joint limits in degrees, in each joint's anatomical frame)\n";
  out << "Shape components: " << model.numShapes();
  for (int k = 0; k < model.numShapes(); ++k)
    out << (k == 0 ? ": " : ", ")
        << (k < static_cast<int>(model.shape_names.size()) ? model.shape_names[k] : "?");
  out << "\n";
  out << "Pose correctives: " << (model.hasPoseCorrectives() ? "yes" : "none") << "\n";
  if (beta.size() > 0) out << "Measured at shape: " << beta.transpose() << "\n";
  const Eigen::Vector3f size = (m.bbox_max - m.bbox_min) * 100;
  std::snprintf(line, sizeof(line),
                "Bounding box:     %.1f x %.1f x %.1f cm (x %.1f..%.1f, y %.1f..%.1f, z %.1f..%.1f)\n",
                size.x(), size.y(), size.z(), m.bbox_min.x() * 100, m.bbox_max.x() * 100,
                m.bbox_min.y() * 100, m.bbox_max.y() * 100, m.bbox_min.z() * 100, m.bbox_max.z() * 100);
  out << line;
  std::snprintf(line, sizeof(line), "Hand length:      %.1f cm (wrist joint to middle fingertip)\n",
                m.hand_length * 100);
  out << line;
  std::snprintf(line, sizeof(line), "Palm width:       %.1f cm (across the knuckles, thumb excluded)\n",
                m.palm_width * 100);
  out << line;
}

}  // namespace

Command modelInfoCommand() {
  return {
      "info", "Print a hand model's size, skeleton, shape space and measurements",
      [](const std::vector<std::string>& args) {
        ArgParser parser("palma model info",
                         "Print a hand model's mesh counts, skeleton (joint names, parents, limits), shape\n"
                         "components, handedness and measurements in the rest pose.");
        parser.option("model", "SPEC", kModelOptionHelp, "builtin")
            .option("shape", "VALUES", kShapeOptionHelp)
            .option("joint-map", "FILE.json", kJointMapOptionHelp)
            .flag("json", "Print the information as one JSON object instead of text.");
        const ParsedArgs parsed = parser.parse(args);
        if (parsed.helpRequested()) {
          std::cout << parser.helpText();
          return 0;
        }
        const TemplateImportOptions import =
            templateImportOptions(parsed.get("model"), parsed.find("joint-map"));
        const HandModel model = loadHandModel(parsed.get("model"), import);
        const Eigen::VectorXf beta = parseShape(parsed.find("shape").value_or(""), model);
        const HandMeasurements m = measureHand(model, model.shapedVertices(beta), model.shapedJoints(beta));
        if (parsed.flag("json"))
          std::cout << infoJson(model, m).dump(2) << "\n";
        else
          printInfo(model, m, beta);
        return 0;
      }};
}

}  // namespace palma::cli
