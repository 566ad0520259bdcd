#include "app/cli/output_paths.h"

#include <filesystem>

#include "core/common/error.h"

namespace palma::cli {

void requireParentFolder(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path parent = fs::absolute(fs::path(path)).parent_path();
  if (!fs::is_directory(parent))
    throw Error("cannot write '" + path + "': the folder '" + parent.string() + "' does not exist");
}

}  // namespace palma::cli
