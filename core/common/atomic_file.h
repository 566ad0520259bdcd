// Writing files atomically: the data goes to a temporary file in the destination's directory, which is
// renamed over the destination only when everything was written and flushed. A crash, a full disk or an
// exception in the writer leaves the old file (or none) in place, never a truncated one
// (ARCHITECTURE.md: "Files we write are written to a temporary name and renamed").
#pragma once

#include <cstdint>
#include <filesystem>
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

// Removes `path` and, for a folder, everything in it, without following symbolic links (a link is
// removed, not what it points to), like std::filesystem::remove_all, which must not be called: the
// LibTorch of the pip wheels exports its own copy of that function, which executables linked against
// it bind to, and which crashes. Returns the number of entries removed (0 when `path` does not exist);
// on failure sets `ec` and returns static_cast<std::uintmax_t>(-1).
std::uintmax_t removeAll(const std::filesystem::path& path, std::error_code& ec);

// As above; throws palma::Error naming the path and the reason.
std::uintmax_t removeAll(const std::filesystem::path& path);

// Convenience: writes `contents` atomically.
void writeTextFileAtomically(const std::string& path, const std::string& contents);

}  // namespace palma
