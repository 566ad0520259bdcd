// Writing files atomically: the data goes to a temporary file in the destination's directory, which is
// renamed over the destination only when everything was written and flushed. A crash, a full disk or an
// exception in the writer leaves the old file (or none) in place, never a truncated one
// (ARCHITECTURE.md: "Files we write are written to a temporary name and renamed").
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace palma {

// Calls `writer` with a binary output stream on a temporary file next to `path`, flushes it to disk
// and renames it to `path`. On any failure the temporary file is removed and palma::Error is thrown
// with a message naming the path and the reason (missing or unwritable directory, disk full, ...);
// an exception thrown by `writer` itself is passed on unchanged after the clean-up.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& writer);

// Creates `folder` and its parents when missing; palma::Error names the folder and the reason when it
// cannot be created (or a file is in the way).
void ensureFolder(const std::string& folder);

// Convenience: writes `contents` atomically.
void writeTextFileAtomically(const std::string& path, const std::string& contents);

}  // namespace palma
