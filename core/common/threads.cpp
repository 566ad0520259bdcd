#include "core/common/threads.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <thread>

namespace palma {

int configureThreads(int requested) {
  const int cores = std::max(1u, std::thread::hardware_concurrency());
  at::set_num_threads(requested > 0 ? requested : cores);
  return at::get_num_threads();
}

}  // namespace palma
