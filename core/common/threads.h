// The number of worker threads the engine's kernels use (ATen's intra-op pool).
#pragma once

namespace palma {

// Uses `requested` threads, or one per core when requested <= 0; returns the number now in use.
// (LibTorch may start with a single thread even on a multi-core machine.)
int configureThreads(int requested);

}  // namespace palma
