// The number of worker threads the engine's kernels use (ATen's intra-op pool), and how they wait.
#pragma once

namespace palma {

// Uses `requested` threads, or one per core when requested <= 0; returns the number now in use.
// (LibTorch may start with a single thread even on a multi-core machine.)
int configureThreads(int requested);

// OpenMP worker threads that spin while waiting for work slow everything down several-fold as soon as
// anything else runs on the machine (measured: a fit iteration 10x slower on 2 busy cores). The
// OpenMP runtime reads OMP_WAIT_POLICY once, when the program loads, so a program has to be started
// with it: unless the user chose a policy, this sets OMP_WAIT_POLICY=PASSIVE and re-executes the
// program with the same arguments. Call it first thing in main(); it returns when no re-execution
// was needed or possible.
void preferPassiveThreadWaiting(char** argv);

}  // namespace palma
