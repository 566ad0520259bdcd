#include "core/common/cpu_isa.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace palma::cpu {

namespace {

Isa fromEnvironment() {
  const Isa best = cpuHasAvx2() ? Isa::Avx2 : Isa::Generic;
  const char* env = std::getenv("PALMA_CPU_ISA");
  if (!env || !*env || std::strcmp(env, "avx2") == 0) return best;
  if (std::strcmp(env, "generic") == 0) return Isa::Generic;
  std::fprintf(stderr, "PALMA_CPU_ISA=%s is not understood (generic or avx2); using %s\n", env,
               isaName(best).c_str());
  return best;
}

std::atomic<Isa>& current() {
  static std::atomic<Isa> isa{fromEnvironment()};
  return isa;
}

}  // namespace

bool cpuHasAvx2() {
#if PALMA_CPU_DISPATCH
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
#else
  return false;
#endif
}

Isa cpuIsa() { return current().load(std::memory_order_relaxed); }

Isa setCpuIsa(Isa isa) {
  const Isa chosen = isa == Isa::Avx2 && !cpuHasAvx2() ? Isa::Generic : isa;
  current().store(chosen, std::memory_order_relaxed);
  return chosen;
}

std::string isaName(Isa isa) { return isa == Isa::Avx2 ? "avx2" : "generic"; }

namespace {
std::atomic<int64_t> avx2_runs{0};
}  // namespace

int64_t avx2Runs() { return avx2_runs.load(std::memory_order_relaxed); }

void detail::countAvx2Run() { avx2_runs.fetch_add(1, std::memory_order_relaxed); }

}  // namespace palma::cpu
