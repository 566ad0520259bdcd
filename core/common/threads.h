// The number of worker threads the engine's kernels use (ATen's intra-op pool), and how they wait.
#pragma once

#include <string>

namespace palma {

// Uses `requested` threads, or one per core when requested <= 0; returns the number now in use.
// (LibTorch may start with a single thread even on a multi-core machine.)
int configureThreads(int requested);

// How OpenMP worker threads wait between parallel loops. Spinning for long (the runtime's default, and
// OMP_WAIT_POLICY=ACTIVE) slows everything down several-fold as soon as anything else runs on the
// machine (measured: a fit iteration 10x slower on 2 busy cores); sleeping at once (PASSIVE) costs a
// wake-up at every one of the dozens of parallel loops of a render (measured: 11.6 against 10.95 ms per
// frame for the CPU renderer on a quiet 2-core machine). A short spin, GOMP_SPINCOUNT=1000 (some tens of
// microseconds, enough to bridge the small LibTorch operations between our kernels), gets most of the
// gain and was as fast as PASSIVE next to two busy processes. The OpenMP runtime reads these variables
// once, when the program loads, so a program has to be started with them: unless the user set
// OMP_WAIT_POLICY or GOMP_SPINCOUNT, this sets GOMP_SPINCOUNT=1000 and re-executes the program with the
// same arguments. Call it first thing in main(); it returns when no re-execution was needed or possible.
void boundThreadSpinning(char** argv);

// How this process's OpenMP workers wait, as the runtime read it at start-up: "GOMP_SPINCOUNT=N" or
// "OMP_WAIT_POLICY=P" (the variables, both when both are set), or "runtime default".
std::string threadWaiting();

}  // namespace palma
