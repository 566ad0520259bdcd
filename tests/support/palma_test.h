// A minimal test harness for engine tests, which must build with LibTorch alone (no Qt Test on the GPU
// machine). Tests read as specifications:
//
//   PALMA_TEST(lbsRestPoseIsIdentity) {
//     ...
//     PALMA_CHECK(max_error < 1e-6);
//   }
//
// Each executable prints one line per test and closes with "N passed, N failed, N skipped".
#pragma once

#include <cmath>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace palma::test {

struct Failure {
  std::string message;
};
struct Skip {
  std::string message;
};

struct TestCase {
  const char* name;
  std::function<void()> body;
};

std::vector<TestCase>& registry();

struct Registrar {
  Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

[[noreturn]] void fail(const char* file, int line, const std::string& message);

// Directory of the source tree (for fixtures under ../shared next to it).
std::string sourceDir();
// A fresh, empty temporary directory removed at exit.
std::string tempDir();

}  // namespace palma::test

#define PALMA_TEST(name)                                                     \
  static void name();                                                        \
  static ::palma::test::Registrar palma_test_registrar_##name(#name, &name); \
  static void name()

#define PALMA_CHECK(cond)                                                         \
  do {                                                                            \
    if (!(cond)) ::palma::test::fail(__FILE__, __LINE__, "check failed: " #cond); \
  } while (0)

#define PALMA_CHECK_MSG(cond, msg)                              \
  do {                                                          \
    if (!(cond)) {                                              \
      std::ostringstream palma_os_;                             \
      palma_os_ << "check failed: " #cond " -- " << msg;        \
      ::palma::test::fail(__FILE__, __LINE__, palma_os_.str()); \
    }                                                           \
  } while (0)

#define PALMA_CHECK_NEAR(a, b, tol)                                                                          \
  do {                                                                                                       \
    const double palma_a_ = static_cast<double>(a), palma_b_ = static_cast<double>(b);                       \
    if (!(std::abs(palma_a_ - palma_b_) <= static_cast<double>(tol))) {                                      \
      std::ostringstream palma_os_;                                                                          \
      palma_os_ << #a " = " << palma_a_ << " and " #b " = " << palma_b_ << " differ by more than " << (tol); \
      ::palma::test::fail(__FILE__, __LINE__, palma_os_.str());                                              \
    }                                                                                                        \
  } while (0)

// Checks that `expr` throws ExceptionType and that its what() contains `substring`.
#define PALMA_CHECK_THROWS(expr, ExceptionType, substring)                                                  \
  do {                                                                                                      \
    bool palma_thrown_ = false;                                                                             \
    try {                                                                                                   \
      expr;                                                                                                 \
    } catch (const ExceptionType& e) {                                                                      \
      palma_thrown_ = true;                                                                                 \
      if (std::string(e.what()).find(substring) == std::string::npos)                                       \
        ::palma::test::fail(__FILE__, __LINE__,                                                             \
                            std::string("message '") + e.what() + "' lacks '" + (substring) + "'");         \
    }                                                                                                       \
    if (!palma_thrown_) ::palma::test::fail(__FILE__, __LINE__, "expected " #ExceptionType " from " #expr); \
  } while (0)

#define PALMA_SKIP(msg) \
  throw ::palma::test::Skip { msg }
