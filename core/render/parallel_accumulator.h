// Per-thread gradient buffers for scatter-adds inside at::parallel_for: each thread adds into its own
// zero-initialised copy, and the copies are summed at the end. No atomics, deterministic for a fixed
// thread count.
#pragma once

#include <ATen/Parallel.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace palma::render {

template <typename T>
class ParallelAccumulator {
 public:
  explicit ParallelAccumulator(int64_t size) : size_(size), buffers_(std::max(1, at::get_num_threads())) {}

  // The calling thread's buffer (allocated on first use by that thread only).
  T* local() {
    auto& buffer = buffers_[std::min<size_t>(at::get_thread_num(), buffers_.size() - 1)];
    if (buffer.empty()) buffer.assign(size_, T(0));
    return buffer.data();
  }

  // out[i] += sum over threads of their buffer[i].
  void sumInto(T* out) const {
    for (const auto& buffer : buffers_) {
      if (buffer.empty()) continue;
      for (int64_t i = 0; i < size_; ++i) out[i] += buffer[i];
    }
  }

 private:
  int64_t size_;
  std::vector<std::vector<T>> buffers_;
};

}  // namespace palma::render
