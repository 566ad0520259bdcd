// How the process gets memory for the engine's tensors.
#pragma once

#include <cstdint>

namespace palma {

// A fit allocates and frees tensors of tens of megabytes every iteration (one [18,448,448,4] raster is
// 58 MB). The C library serves such blocks with a fresh mmap each time, which the kernel fills with
// zero pages one fault at a time and unmaps again on free: at HARP's settings that cost about as much
// system time as the fit's own computation. This installs a caching allocator for LibTorch's CPU
// tensors: blocks of 256 kB and more are rounded up to a size class (at most 1/8 larger) and kept
// when freed, so the next iteration reuses the pages of the last (a request may take a cached block up
// to half as large again as its class). Smaller blocks go to LibTorch's own allocator. A cached block unused
// for 10 seconds is returned to the system, at most a quarter of the machine's memory is kept cached, and
// releaseFreeMemory() returns it all. Call it first thing in main(), before tensors are made; calling it
// again does nothing. PALMA_TENSOR_CACHE=off in the environment leaves LibTorch's allocator in place.
void reuseLargeAllocations();

// Returns cached blocks and the C library's free pages to the system (after a fit, before measuring
// memory).
void releaseFreeMemory();

struct TensorCacheStats {
  bool installed = false;
  int64_t cached_bytes = 0;  // freed blocks kept for reuse
  int64_t in_use_bytes = 0;  // large blocks held by tensors
  int64_t hits = 0;          // large allocations served from the cache
  int64_t misses = 0;        // large allocations that mapped new memory
};
TensorCacheStats tensorCacheStats();

// How long a cached block may wait for reuse before it is returned to the system (default 10 s).
void setTensorCacheStaleSeconds(double seconds);

// FFmpeg's H.264 encoding (through OpenCV's VideoWriter) reads heap memory it never wrote: the same
// frames gave different video files depending on what the heap held before (measured with glibc's
// MALLOC_PERTURB_), so a synthetic capture, and every fit of it, changed with unrelated changes to the
// program or to the tensor cache. While an object of this class lives, the C library fills the blocks
// it hands out with a fixed byte (glibc's M_PERTURB; blocks of 1 kB and less that come from its
// per-thread cache are not filled), which made the videos repeatable (cli_test); when the last
// one ends, the setting from MALLOC_PERTURB_ (or none) is restored. Process-wide (other threads'
// allocations are filled too, which costs a memset each); scopes nest and may be used from several
// threads. Does nothing where the C library is not glibc.
class RepeatableHeapScope {
 public:
  RepeatableHeapScope();
  ~RepeatableHeapScope();
  RepeatableHeapScope(const RepeatableHeapScope&) = delete;
  RepeatableHeapScope& operator=(const RepeatableHeapScope&) = delete;
};

}  // namespace palma
