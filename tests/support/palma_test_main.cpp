#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <random>

#include "core/common/atomic_file.h"
#include "tests/support/palma_test.h"

namespace palma::test {

std::vector<TestCase>& registry() {
  static std::vector<TestCase> tests;
  return tests;
}

void fail(const char* file, int line, const std::string& message) {
  std::ostringstream os;
  os << file << ":" << line << ": " << message;
  throw Failure{os.str()};
}

std::string sourceDir() { return PALMA_SOURCE_DIR; }

namespace {
std::vector<std::filesystem::path>& tempDirs() {
  static std::vector<std::filesystem::path> dirs;
  return dirs;
}
}  // namespace

std::string tempDir() {
  std::random_device rd;
  auto dir =
      std::filesystem::temp_directory_path() / ("palma-test-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  tempDirs().push_back(dir);
  return dir.string();
}

}  // namespace palma::test

int main(int argc, char** argv) {
  using namespace palma::test;
  // Optional filter: run only tests whose name contains argv[1].
  const std::string filter = argc > 1 ? argv[1] : "";
  int passed = 0, failed = 0, skipped = 0;
  for (const auto& t : registry()) {
    if (!filter.empty() && std::string(t.name).find(filter) == std::string::npos) continue;
    const auto start = std::chrono::steady_clock::now();
    try {
      t.body();
      const double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      std::printf("PASS   %s (%.0f ms)\n", t.name, ms);
      ++passed;
    } catch (const Skip& s) {
      std::printf("SKIP   %s: %s\n", t.name, s.message.c_str());
      ++skipped;
    } catch (const Failure& f) {
      std::printf("FAIL!  %s: %s\n", t.name, f.message.c_str());
      ++failed;
    } catch (const std::exception& e) {
      std::printf("FAIL!  %s: unexpected exception: %s\n", t.name, e.what());
      ++failed;
    }
    std::fflush(stdout);
  }
  for (const auto& dir : tempDirs()) {
    std::error_code ec;
    palma::removeAll(dir, ec);
  }
  std::printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
