// Running the `palma` command line from engine-harness tests as a user would: arguments quoted for the
// shell, stdout and stderr captured, the exit code; and the check of the one-line error contract
// ("palma: error: ..." on one line, exit 2 for usage mistakes and 1 for failures).
// The including test defines PALMA_CLI_PATH (the built executable) through CMake.
#pragma once

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/palma_test.h"

namespace palma::test {

struct CliResult {
  int code = -1;
  std::string out, err;
};

inline std::string readWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string shellQuote(const std::string& arg) {
  std::string q = "'";
  for (char c : arg) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Runs PALMA_CLI_PATH with `args` (stdin from /dev/null) and returns its exit code and output.
inline CliResult runPalma(const std::vector<std::string>& args) {
  static const std::string io = tempDir();
  std::string command = shellQuote(PALMA_CLI_PATH);
  for (const auto& a : args) command += " " + shellQuote(a);
  command += " > " + shellQuote(io + "/out") + " 2> " + shellQuote(io + "/err") + " < /dev/null";
  const int status = std::system(command.c_str());
  CliResult r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
  r.out = readWholeFile(io + "/out");
  r.err = readWholeFile(io + "/err");
  return r;
}

// A one-line error "palma: error: ..." containing `message`, and the exit code.
inline void checkError(const CliResult& r, int code, const std::string& message) {
  PALMA_CHECK_MSG(r.code == code, "exit code " << r.code << ", stderr: " << r.err);
  PALMA_CHECK_MSG(r.err.rfind("palma: error: ", 0) == 0, r.err);
  PALMA_CHECK_MSG(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
  PALMA_CHECK_MSG(contains(r.err, message), "'" << r.err << "' lacks '" << message << "'");
}

}  // namespace palma::test
