#include "core/common/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/common/error.h"

namespace palma {
namespace {

namespace fs = std::filesystem;

std::string reasonFor(int error_number) {
  switch (error_number) {
    case ENOSPC:
      return "the disk is full";
    case EDQUOT:
      return "the disk quota is exceeded";
    case EACCES:
    case EPERM:
      return "permission denied";
    case EROFS:
      return "the file system is read-only";
    case EISDIR:
      return "a directory of that name exists";
    default:
      return error_number != 0 ? std::strerror(error_number) : "unknown I/O error";
  }
}

// error_number 0: `what` says it all.
[[noreturn]] void fail(const std::string& path, const std::string& what, int error_number) {
  throw Error("cannot write '" + path + "': " + what +
              (error_number != 0 ? " (" + reasonFor(error_number) + ")" : std::string()));
}

// A name that no other writer (thread or process) uses at the same time.
std::string temporaryNameFor(const fs::path& target) {
  static std::atomic<unsigned> counter{0};
  return (target.parent_path() / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                                  "-" + std::to_string(counter++)))
      .string();
}

// Flushes the file's data to the device so that the rename never exposes an empty file after a crash.
int syncFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int result = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return result;
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& writer) {
  if (path.empty()) throw Error("cannot write a file: no file name given");
  const fs::path target = fs::absolute(fs::path(path));
  const fs::path dir = target.parent_path();
  std::error_code ec;
  if (!fs::exists(dir, ec)) fail(path, "the directory '" + dir.string() + "' does not exist", 0);
  if (!fs::is_directory(dir, ec)) fail(path, "'" + dir.string() + "' is not a directory", 0);
  if (fs::is_directory(target, ec)) fail(path, "it is a directory", 0);

  // Reserve the temporary name with O_EXCL; the mode is filtered by the umask as for any new file.
  std::string temp;
  for (int attempt = 0;; ++attempt) {
    temp = temporaryNameFor(target);
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      ::close(fd);
      break;
    }
    if (errno != EEXIST || attempt > 100) fail(path, "cannot create a file in '" + dir.string() + "'", errno);
  }

  try {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) fail(path, "cannot open the temporary file", errno);
    errno = 0;
    writer(out);
    out.flush();
    if (!out) fail(path, "writing failed", errno);
    out.close();
    if (out.fail()) fail(path, "writing failed", errno);
    if (const int sync_error = syncFile(temp)) fail(path, "flushing to disk failed", sync_error);
    if (::rename(temp.c_str(), target.c_str()) != 0) fail(path, "cannot replace the file", errno);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
}

void writeTextFileAtomically(const std::string& path, const std::string& contents) {
  writeFileAtomically(path, [&](std::ostream& out) { out << contents; });
}

void ensureFolder(const std::string& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (!fs::is_directory(folder))
    throw Error("cannot create the folder '" + folder + "'" + (ec ? ": " + ec.message() : std::string()));
}

}  // namespace palma
