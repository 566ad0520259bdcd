// Instruction-set dispatch for the engine's CPU kernels (the renderer's, vertex normals).
//
// The engine is built for the x86-64 baseline (SSE2), so that it runs on any 64-bit PC. The render
// kernels' loops also exist compiled for AVX2 (8 float lanes, VEX encoding, more registers), chosen at
// run time when the processor has AVX2: `parallelFor` below runs its body through `callAvx2`, whose
// `flatten` inlines the whole body, with everything it calls, into code generated for AVX2. Nothing
// else of the engine is compiled for AVX2, so no shared inline function can end up with AVX2
// instructions (the copies that callAvx2 inlines are private to it).
//
// The variant leaves out FMA on purpose: without it both variants evaluate the same IEEE operations
// in the same order, so they give identical results (and the CUDA kernels, built with -fmad=false,
// the same as both); tests/core/render/renderer_test checks that on the hand.
//
// PALMA_CPU_ISA=generic in the environment (or setCpuIsa) keeps the baseline code.
#pragma once

#include <ATen/Parallel.h>

#include <cstdint>
#include <string>

namespace palma::cpu {

enum class Isa { Generic, Avx2 };

// Whether this processor can run the AVX2 variants.
bool cpuHasAvx2();

// The variant the kernels use now: Avx2 where the processor has it, unless PALMA_CPU_ISA=generic or
// setCpuIsa(Generic) said otherwise.
Isa cpuIsa();

// Chooses the variant (Avx2 falls back to Generic on a processor without it); returns the one in use.
Isa setCpuIsa(Isa isa);

// "avx2" or "generic".
std::string isaName(Isa isa);

// How many parallelFor calls have run the AVX2 variant in this process (the tests check the dispatch
// with it).
int64_t avx2Runs();

namespace detail {
void countAvx2Run();
}  // namespace detail

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PALMA_CPU_DISPATCH 1
template <typename F>
__attribute__((target("avx2"), flatten)) void callAvx2(const F& f, int64_t begin, int64_t end) {
  f(begin, end);
}
#else
#define PALMA_CPU_DISPATCH 0
#endif

// at::parallel_for whose chunks run in the variant cpuIsa() chooses.
template <typename F>
void parallelFor(int64_t begin, int64_t end, int64_t grain, const F& f) {
#if PALMA_CPU_DISPATCH
  if (cpuIsa() == Isa::Avx2) {
    detail::countAvx2Run();
    at::parallel_for(begin, end, grain, [&](int64_t b, int64_t e) { callAvx2(f, b, e); });
    return;
  }
#endif
  at::parallel_for(begin, end, grain, f);
}

}  // namespace palma::cpu
