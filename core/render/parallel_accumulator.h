// Per-thread gradient buffers for scatter-adds inside at::parallel_for: the calling thread (thread 0)
// adds straight into the zeroed output, every other thread into its own zero-initialised buffer, and
// finish() adds those buffers into the output. No atomics, deterministic for a fixed thread count,
// and the same sums as one buffer per thread added into a zeroed output.
#pragma once

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace palma::render {

template <typename T>
class ParallelAccumulator {
 public:
  // `out`: `size` zeroed values that receive the sums (may be null when size is 0).
  ParallelAccumulator(int64_t size, T* out)
      : size_(size), out_(out), buffers_(std::max(1, at::get_num_threads())) {}

  // The calling thread's buffer (other threads' buffers are allocated on their first use).
  T* local() {
    const size_t thread = std::min<size_t>(at::get_thread_num(), buffers_.size() - 1);
    if (thread == 0) return out_;
    auto& buffer = buffers_[thread];
    if (buffer.empty()) buffer.assign(size_, T(0));
    return buffer.data();
  }

  // Adds the other threads' buffers into the output (in parallel over the values).
  void finish() {
    std::vector<const T*> used;
    for (const auto& buffer : buffers_)
      if (!buffer.empty()) used.push_back(buffer.data());
    if (used.empty()) return;
    at::parallel_for(0, size_, 1 << 16, [&](int64_t i0, int64_t i1) {
      for (const T* buffer : used)
        for (int64_t i = i0; i < i1; ++i) out_[i] += buffer[i];
    });
  }

 private:
  int64_t size_;
  T* out_;
  std::vector<std::vector<T>> buffers_;
};

}  // namespace palma::render
