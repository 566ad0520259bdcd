#include "core/common/atomic_file.h"

#include <fcntl.h>
#include <ftw.h>
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

namespace {
// nftw's callback takes no context: the walk in progress on this thread keeps its count and error here.
thread_local std::uintmax_t removed_count = 0;
thread_local int remove_error = 0;

int removeEntry(const char* entry, const struct stat*, int, struct FTW*) {
  if (::remove(entry) != 0) {
    if (errno == ENOENT) return 0;  // gone meanwhile
    remove_error = errno;
    return 1;  // stops the walk
  }
  ++removed_count;
  return 0;
}
}  // namespace

std::uintmax_t removeAll(const fs::path& path, std::error_code& ec) {
  ec.clear();
  struct stat info;
  if (::lstat(path.c_str(), &info) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return 0;
    ec.assign(errno, std::generic_category());
    return static_cast<std::uintmax_t>(-1);
  }
  removed_count = 0;
  remove_error = 0;
  // Children before their folder (FTW_DEPTH), links not followed (FTW_PHYS), 16 descriptors at most.
  const int result = ::nftw(path.c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
  if (result != 0) {
    ec.assign(remove_error != 0 ? remove_error : errno, std::generic_category());
    return static_cast<std::uintmax_t>(-1);
  }
  return removed_count;
}

std::uintmax_t removeAll(const fs::path& path) {
  std::error_code ec;
  const auto count = removeAll(path, ec);
  if (ec) throw Error("cannot remove '" + path.string() + "': " + ec.message());
  return count;
}

void ensureFolder(const std::string& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (!fs::is_directory(folder))
    throw Error("cannot create the folder '" + folder + "'" + (ec ? ": " + ec.message() : std::string()));
}

}  // namespace palma
