#include "core/common/threads.h"

#include <ATen/Parallel.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace palma {

int configureThreads(int requested) {
  const int cores = std::max(1u, std::thread::hardware_concurrency());
  at::set_num_threads(requested > 0 ? requested : cores);
  return at::get_num_threads();
}

void boundThreadSpinning(char** argv) {
  if (std::getenv("OMP_WAIT_POLICY") != nullptr || std::getenv("GOMP_SPINCOUNT") != nullptr) return;
  if (setenv("GOMP_SPINCOUNT", "1000", 1) != 0) return;
#ifdef __linux__
  execv("/proc/self/exe", argv);
#else
  (void)argv;
#endif
  // execv only returns on failure: go on with the runtime's default policy.
}

std::string threadWaiting() {
  std::string out;
  for (const char* name : {"OMP_WAIT_POLICY", "GOMP_SPINCOUNT"}) {
    const char* value = std::getenv(name);
    if (!value) continue;
    if (!out.empty()) out += ' ';
    out += std::string(name) + "=" + value;
  }
  return out.empty() ? "runtime default" : out;
}

}  // namespace palma
