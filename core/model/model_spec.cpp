#include "core/model/model_spec.h"

#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "core/model/mano_loader.h"

namespace palma {

std::string modelSpecHelp() {
  return "  builtin             the built-in right hand (same as builtin:right)\n"
         "  builtin:right       the built-in right hand\n"
         "  builtin:left        the built-in left hand\n"
         "  mano:FILE.npz       MANO, converted from the user's pickle by tools/mano_to_npz.py\n"
         "  template:FILE       a rigged hand (glTF/GLB, FBX, ...) imported through Assimp\n";
}

HandModel loadHandModel(const std::string& spec, const TemplateImportOptions& options) {
  const size_t colon = spec.find(':');
  const std::string scheme = spec.substr(0, colon);
  const std::string arg = colon == std::string::npos ? "" : spec.substr(colon + 1);
  if (!options.joint_map_file.empty() && scheme != "template")
    throw InputError("model '" + spec + "': a joint mapping file applies only to template:FILE models");
  if (scheme == "builtin") {
    if (arg.empty() || arg == "right") return makeBuiltinHand(Handedness::Right);
    if (arg == "left") return makeBuiltinHand(Handedness::Left);
    throw InputError("model '" + spec + "': the built-in hand is 'builtin:right' or 'builtin:left'");
  }
  if ((scheme == "mano" || scheme == "template") && colon != std::string::npos && arg.empty())
    throw InputError("model '" + spec + "' names no file; write " + scheme + ":FILE");
  if (scheme == "mano" && colon != std::string::npos) return loadMano(arg);
  if (scheme == "template" && colon != std::string::npos) return loadRiggedTemplate(arg, options);
  throw InputError("unknown model '" + spec + "'; accepted forms are:\n" + modelSpecHelp());
}

}  // namespace palma
