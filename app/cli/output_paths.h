// Checks on where a command writes, done before any long work so a typo fails in a second, not after
// minutes of fitting.
#pragma once

#include <string>

namespace palma::cli {

// Throws palma::Error "cannot write 'PATH': the folder 'PARENT' does not exist" when the folder that
// would hold `path` is missing.
void requireParentFolder(const std::string& path);

}  // namespace palma::cli
