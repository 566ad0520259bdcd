// palma export: an avatar folder as a rigged glTF (.glb/.gltf), ASCII FBX or OBJ (core/export/export.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/cli/commands.h"
#include "app/cli/output_paths.h"
#include "app/cli/progress_bar.h"
#include "core/avatar/avatar_io.h"
#include "core/export/export.h"
#include "core/model/model_spec.h"
#include "core/model/pose_animations.h"
#include "core/model/pose_presets.h"

namespace palma::cli {
namespace {

namespace fs = std::filesystem;

int runExport(const std::vector<std::string>& args) {
  ArgParser parser("palma export",
                   "Write an avatar as a rigged asset for Blender, Maya, Unreal, Unity or three.js:\n"
                   "glTF 2.0 (.glb, or .gltf + .bin + PNGs), ASCII FBX, or OBJ (+ .mtl + PNGs, static).");
  parser.positional("AVATAR", "The avatar folder (NAME.palma-avatar) to export")
      .option("format", "glb|gltf|fbx|obj", "File format (default: from the --out extension)")
      .requiredOption("out", "FILE", "The file to write; side files (.bin, PNGs, .mtl) go beside it")
      .option("texture-size", "N", "Square texture maps of N texels (0: the avatar's own size)", "0")
      .option("subdivide", "N", "Subdivide the mesh N more times (0..2)", "0")
      .flag("embed-textures", "Put the textures inside the file (default for .glb, .gltf and .fbx)")
      .flag("separate-textures", "Write the textures as PNG files beside the main file")
      .option("animation", "none|captured|ANIMATION|PRESET",
              "No animation, the captured motion, an animation (fist, point, pinch, count, wave) or a\n"
              "preset motion (rest -> preset -> rest, 2 s; 'palma model presets' lists the presets)",
              "none")
      .option("fps", "N", "Frame rate of the captured motion", "30")
      .option("naming", "palma|mixamo", "Joint names: Palma's (wrist.R, index1.R ...) or Mixamo-like",
              "palma")
      .option("side", "left|right",
              "Export this hand; the other side is the mirror image (default: the avatar's)")
      .epilog(
          "Axes and units: Y-up, right-handed; glTF and OBJ in metres, FBX in centimetres (declared in\n"
          "the file). Files are written under temporary names and renamed when complete.\n"
          "Example: palma export my.palma-avatar --out hand.glb --animation captured --naming mixamo\n"
          "See docs/export.md for what each DCC tool needs.");
  const ParsedArgs parsed = parser.parse(args);
  if (parsed.helpRequested()) {
    std::cout << parser.helpText();
    return 0;
  }
  if (parsed.positionals().size() != 1)
    throw UsageError("palma export takes one avatar folder (see palma export --help)");
  const std::string folder = parsed.positionals()[0];
  const std::string out = parsed.get("out");

  // Check every argument before loading anything.
  ExportOptions options;
  try {
    options.format =
        parsed.has("format") ? parseExportFormat(parsed.get("format")) : exportFormatFromPath(out);
    if (parsed.has("format") && fs::path(out).has_extension() && exportFormatFromPath(out) != *options.format)
      throw UsageError("option --out: '" + out + "' does not end in ." + exportFormatName(*options.format));
    options.naming = parseJointNaming(parsed.get("naming"));
  } catch (const UsageError&) {
    throw;
  } catch (const InputError& e) {
    throw UsageError(e.what());
  }
  options.texture_size = parsed.getInt("texture-size", 0, 16384);
  options.subdivision = parsed.getInt("subdivide", 0, 2);
  options.fps = parsed.getDouble("fps", 1e-3, 1e6);
  if (parsed.flag("embed-textures") && parsed.flag("separate-textures"))
    throw UsageError("choose either --embed-textures or --separate-textures");
  options.embed_textures = !parsed.flag("separate-textures");
  if (*options.format == ExportFormat::Obj && parsed.flag("embed-textures"))
    throw UsageError("OBJ cannot embed textures: they are always written beside the .obj");
  const std::string animation = parsed.get("animation");
  if (animation == "captured") {
    options.animation = ExportAnimation::Captured;
  } else if (animation != "none") {
    const auto names = posePresetNames();
    if (!isPoseAnimation(animation) && std::find(names.begin(), names.end(), animation) == names.end()) {
      std::string animations, presets;
      for (const auto& n : poseAnimationNames()) animations += (animations.empty() ? "" : ", ") + n;
      for (const auto& n : names) presets += (presets.empty() ? "" : ", ") + n;
      throw UsageError("option --animation: '" + animation + "' is not none, captured, an animation (" +
                       animations + ") or a preset (" + presets + ")");
    }
    options.animation = ExportAnimation::Preset;
    options.preset = animation;
  }
  if (*options.format == ExportFormat::Obj && options.animation != ExportAnimation::None)
    throw UsageError("option --animation: an OBJ file cannot hold animation (export .glb, .gltf or .fbx)");
  if (parsed.has("side")) {
    const std::string side = parsed.get("side");
    if (side != "left" && side != "right")
      throw UsageError("option --side: use left or right, got '" + side + "'");
    options.side = side == "left" ? Handedness::Left : Handedness::Right;
  }
  requireParentFolder(out);

  const auto start = std::chrono::steady_clock::now();
  const Avatar avatar = loadAvatar(folder);
  const HandModel tmpl = avatarTemplate(loadHandModel(avatar.model_spec), avatar);
  ProgressBar bar;
  options.progress = [&](const ProgressEvent& e) { bar.update(e.fraction, e.stage, e.message); };
  const ExportResult r = exportAvatar(avatar, tmpl, out, options);
  bar.finish();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  for (const auto& w : r.warnings) std::cout << "warning: " << w << "\n";
  std::printf("wrote %s (%s): %d vertices, %d faces, %d joints", out.c_str(), exportFormatName(r.format),
              r.vertices, r.faces, r.joints);
  if (r.texture_size > 0) std::printf(", %dx%d textures", r.texture_size, r.texture_size);
  if (r.animation_keys > 0)
    std::printf(", %d animation keys over %.2f s", r.animation_keys, r.animation_seconds);
  std::printf(", %.2f s\n", seconds);
  for (size_t i = 1; i < r.files.size(); ++i) std::printf("  also %s\n", r.files[i].c_str());
  return 0;
}

}  // namespace

Command exportCommand() {
  return {"export", "Export an avatar as rigged glTF/GLB, FBX or OBJ with textures and animation", runExport};
}

}  // namespace palma::cli
