#include "core/common/memory.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace palma {

namespace {

using Clock = std::chrono::steady_clock;

// Medium blocks count too: the renderer's per-pixel tables ([P,3] floats of an 8-frame batch at 448^2
// are 2.8 MB) left to the C library took about 2,400 page faults per forward + backward (none with
// this threshold; docs/performance.md).
constexpr size_t kMinCachedBytes = size_t{256} << 10;
// A cached block nobody asked for in this long is returned to the system (a fit's iteration reuses
// its blocks within a second or two; the studio between jobs needs none of them).
std::atomic<Clock::duration> stale_after{std::chrono::seconds(10)};

// Rounds up to 1/8 of the largest power of two not above n: sizes that differ by a few per cent
// (a batch's covered pixels change from iteration to iteration) share a class.
size_t sizeClass(size_t n) {
  const int top = 63 - __builtin_clzll(static_cast<unsigned long long>(n));
  const size_t step = size_t{1} << (top - 3);
  return (n + step - 1) / step * step;
}

size_t physicalMemory() {
  const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  return pages > 0 && page > 0 ? static_cast<size_t>(pages) * static_cast<size_t>(page) : size_t{8} << 30;
}

void* mapFresh(size_t size) {
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

struct FreeBlock {
  void* p;
  Clock::time_point freed;
};

// LibTorch's CPU allocator with a cache of large blocks in front. Large blocks are anonymous mappings
// whose pages stay resident while cached; a request takes the cached block of its size class (or one
// up to half as large again) and maps fresh memory otherwise. Every pointer this hands out (small ones
// included) is freed through release(), so the raw interface (used by oneDNN) works too.
class CachingCpuAllocator final : public c10::Allocator {
 public:
  explicit CachingCpuAllocator(c10::Allocator* fallback)
      : fallback_(fallback), fallback_deleter_(fallback->raw_deleter()), limit_(physicalMemory() / 4) {}

  // LibTorch 1.13 declares allocate const, later 2.x releases non-const: both are here, without
  // `override`, so the class compiles against either. No member says `override` (clang warns about a
  // class that marks some overrides and not others).
  c10::DataPtr allocate(size_t n) { return std::as_const(*this).allocate(n); }
  c10::DataPtr allocate(size_t n) const {
    void* p = n >= kMinCachedBytes ? takeLarge(n) : nullptr;
    if (p == nullptr) p = fallback_->raw_allocate(n);  // small blocks, or no memory left to map
    return {p, p, &release, c10::Device(c10::DeviceType::CPU)};
  }

  c10::DeleterFnPtr raw_deleter() const { return &release; }

  // Later LibTorch 2.x releases declare this pure virtual in c10::Allocator; 1.13 has no such member.
  void copy_data(void* dest, const void* src, std::size_t count) const { std::memcpy(dest, src, count); }

  TensorCacheStats stats() const {
    std::lock_guard<std::mutex> lock(mutex_);
    TensorCacheStats s;
    s.installed = true;
    s.cached_bytes = static_cast<int64_t>(cached_bytes_);
    s.in_use_bytes = static_cast<int64_t>(in_use_bytes_);
    s.hits = hits_;
    s.misses = misses_;
    return s;
  }

  // Unmaps the cached blocks freed before `before` (all of them by default).
  void clear(Clock::time_point before = Clock::time_point::max()) const {
    std::vector<std::pair<void*, size_t>> drop;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      for (auto it = free_.begin(); it != free_.end();) {
        if (it->second.freed < before) {
          drop.emplace_back(it->second.p, it->first);
          cached_bytes_ -= it->first;
          it = free_.erase(it);
        } else {
          ++it;
        }
      }
      last_sweep_ = Clock::now();
    }
    for (const auto& [p, size] : drop) munmap(p, size);
  }

  static CachingCpuAllocator* instance;

 private:
  void* takeLarge(size_t n) const {
    const size_t size = sizeClass(n);
    void* p = nullptr;
    size_t have = size;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      // This class, else a larger block up to half as large again (used whole: its pages are
      // resident, trimming them would only make the next large request fault them in again).
      const auto it = free_.lower_bound(size);
      if (it != free_.end() && it->first <= size + size / 2) {
        have = it->first;
        p = it->second.p;
        free_.erase(it);
        cached_bytes_ -= have;
      }
    }
    const bool hit = p != nullptr;
    if (!hit) {
      p = mapFresh(size);
      if (p == nullptr) {
        clear();  // cached blocks may be what stands in the way
        p = mapFresh(size);
        if (p == nullptr) return nullptr;
      }
    }
    std::lock_guard<std::mutex> lock(mutex_);
    in_use_.emplace(p, have);
    in_use_bytes_ += have;
    ++(hit ? hits_ : misses_);
    return p;
  }

  static void release(void* p) {
    CachingCpuAllocator& self = *instance;
    enum class Fate { Small, Cached, Unmap } fate = Fate::Small;
    size_t size = 0;
    bool sweep = false;
    {
      std::lock_guard<std::mutex> lock(self.mutex_);
      const auto it = self.in_use_.find(p);
      if (it != self.in_use_.end()) {
        size = it->second;
        self.in_use_.erase(it);
        self.in_use_bytes_ -= size;
        const auto now = Clock::now();
        sweep = now - self.last_sweep_ > stale_after.load() / 4;
        fate = self.cached_bytes_ + size <= self.limit_ ? Fate::Cached : Fate::Unmap;
        if (fate == Fate::Cached) {
          self.free_.emplace(size, FreeBlock{p, now});
          self.cached_bytes_ += size;
        }
      }
    }
    if (fate == Fate::Small) {
      self.fallback_deleter_(p);
      return;
    }
    if (fate == Fate::Unmap) munmap(p, size);
    if (sweep) self.clear(Clock::now() - stale_after.load());
  }

  c10::Allocator* fallback_;
  c10::DeleterFnPtr fallback_deleter_;
  size_t limit_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<void*, size_t> in_use_;
  mutable std::multimap<size_t, FreeBlock> free_;
  mutable size_t cached_bytes_ = 0, in_use_bytes_ = 0;
  mutable int64_t hits_ = 0, misses_ = 0;
  mutable Clock::time_point last_sweep_ = Clock::now();
};

CachingCpuAllocator* CachingCpuAllocator::instance = nullptr;
std::once_flag install_once;

}  // namespace

void reuseLargeAllocations() {
  std::call_once(install_once, [] {
    const char* setting = std::getenv("PALMA_TENSOR_CACHE");
    if (setting != nullptr && std::strcmp(setting, "off") == 0) return;
    c10::Allocator* fallback = c10::GetDefaultCPUAllocator();
    if (fallback->raw_deleter() == nullptr) return;  // cannot hand its blocks out through ours
    // Never destroyed: tensors may be freed during exit, after static destructors ran.
    CachingCpuAllocator::instance = new CachingCpuAllocator(fallback);
    c10::SetCPUAllocator(CachingCpuAllocator::instance);
  });
}

void releaseFreeMemory() {
  if (CachingCpuAllocator::instance != nullptr) CachingCpuAllocator::instance->clear();
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

void setTensorCacheStaleSeconds(double seconds) {
  stale_after = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

namespace {
std::mutex heap_scope_mutex;
int heap_scopes = 0;
// The byte M_PERTURB fills new blocks with (its complement fills freed ones).
constexpr int kHeapFill = 0x5a;
}  // namespace

RepeatableHeapScope::RepeatableHeapScope() {
  std::lock_guard<std::mutex> lock(heap_scope_mutex);
#if defined(__GLIBC__)
  if (heap_scopes == 0) mallopt(M_PERTURB, kHeapFill);
#endif
  ++heap_scopes;
}

RepeatableHeapScope::~RepeatableHeapScope() {
  std::lock_guard<std::mutex> lock(heap_scope_mutex);
  if (--heap_scopes > 0) return;
#if defined(__GLIBC__)
  const char* user = std::getenv("MALLOC_PERTURB_");
  mallopt(M_PERTURB, user != nullptr ? std::atoi(user) : 0);
#endif
}

TensorCacheStats tensorCacheStats() {
  return CachingCpuAllocator::instance != nullptr ? CachingCpuAllocator::instance->stats()
                                                  : TensorCacheStats{};
}

}  // namespace palma
