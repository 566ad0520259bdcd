// One string names a hand model everywhere (CLI --model, studio, configs): "builtin", "builtin:right",
// "builtin:left", "mano:FILE.npz" or "template:FILE.glb".
#pragma once

#include <string>

#include "core/model/hand_model.h"
#include "core/model/template_loader.h"

namespace palma {

// Loads the model a spec names. `options` apply to "template:" specs (a joint mapping file with any
// other spec is an InputError). Throws palma::InputError for an unknown scheme (listing the accepted
// forms) and whatever the loaders throw for bad files.
HandModel loadHandModel(const std::string& spec, const TemplateImportOptions& options = {});

// The accepted forms, one per line, for --help texts and error messages.
std::string modelSpecHelp();

}  // namespace palma
