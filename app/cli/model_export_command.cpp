#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/hand_inputs.h"
#include "app/cli/hand_posing.h"
#include "core/model/model_spec.h"
#include "core/model/obj_writer.h"
#include "core/model/subdivision.h"

namespace palma::cli {

Command modelExportCommand() {
  return {
      "export", "Pose and shape a hand model and write it as OBJ", [](const std::vector<std::string>& args) {
        ArgParser parser(
            "palma model export",
            "Apply a shape and a pose to a hand model (linear blend skinning) and write the mesh\n"
            "as Wavefront OBJ with UVs and vertex normals, in metres.");
        parser.option("model", "SPEC", kModelOptionHelp, "builtin")
            .option("shape", "VALUES", kShapeOptionHelp)
            .option("joint-map", "FILE.json", kJointMapOptionHelp)
            .option("pose", "PRESET|FILE.json",
                    "A pose preset ('palma model presets' lists them) or a pose file (format below).", "rest")
            .flag("clamp", "Clamp the pose to the model's joint limits.")
            .option("subdivide", "N", "Subdivide the mesh N times (Loop scheme, 0..3) before posing.", "0")
            .option("out", "FILE.obj", "Where to write the mesh (replaced atomically).", "hand.obj")
            .epilog(kPoseFileHelp);
        const ParsedArgs parsed = parser.parse(args);
        if (parsed.helpRequested()) {
          std::cout << parser.helpText();
          return 0;
        }
        // Check every argument before the (slower) model load, so usage errors come first.
        const int levels = parsed.getInt("subdivide", 0, 3);
        const std::string out_path = parsed.get("out");
        const TemplateImportOptions import =
            templateImportOptions(parsed.get("model"), parsed.find("joint-map"));

        const auto start = std::chrono::steady_clock::now();
        HandModel model = loadHandModel(parsed.get("model"), import);
        const Eigen::VectorXf beta = parseShape(parsed.find("shape").value_or(""), model);
        PoseMatrix pose = loadPose(parsed.get("pose"), model);
        if (parsed.flag("clamp")) pose = clampToLimits(model, pose);
        if (levels > 0) model = subdivide(model, SubdivisionScheme::Loop, levels);
        const PosedHand posed = poseHand(model, beta, pose);
        writeObj(out_path, posed.vertices, model.faces, model.uvs, model.uv_faces, posed.normals);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

        std::printf("wrote %s: %d vertices, %d faces, pose %s, %s model, %.0f ms\n", out_path.c_str(),
                    model.numVertices(), model.numFaces(), parsed.get("pose").c_str(), model.name.c_str(),
                    ms);
        return 0;
      }};
}

}  // namespace palma::cli
