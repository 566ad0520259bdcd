// The tensor cache: large tensors reuse freed blocks without page faults, live tensors never share a
// block, small tensors and oneDNN's raw allocations still work, unused blocks go after a while, and
// releaseFreeMemory hands the pages back.
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <thread>

#include <c10/core/CPUAllocator.h>
#include <torch/torch.h>

#include "core/common/memory.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

constexpr int64_t kFloats = 16 << 20;  // 64 MB: always mapped afresh by the C library
constexpr long kPages = kFloats * 4 / 4096;

long minorFaults() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

// Page faults taken by one "iteration": allocate a 64 MB tensor (and a small one after it, as real
// code does), write them, free them.
long faultsOfOneIteration(int64_t floats = kFloats) {
  const long before = minorFaults();
  {
    torch::Tensor t = torch::empty({floats}, torch::kFloat32);
    t.fill_(1.0f);
    torch::Tensor small = torch::full({100}, 2.0f);
    PALMA_CHECK(t[floats - 1].item<float>() == 1.0f);
    PALMA_CHECK(small.sum().item<float>() == 200.0f);
  }
  return minorFaults() - before;
}

long residentPages() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = 0;
  statm >> size >> resident;
  return resident;
}

}  // namespace

PALMA_TEST(largeTensorsReuseFreedBlocksWithoutPageFaults) {
  const char* setting = std::getenv("PALMA_TENSOR_CACHE");
  if (setting != nullptr && std::strcmp(setting, "off") == 0) PALMA_SKIP("PALMA_TENSOR_CACHE=off");
  torch::set_num_threads(1);
  // LibTorch's own allocator: every iteration maps fresh memory and faults in each of its pages (what
  // the measurement below must be able to see).
  faultsOfOneIteration();
  const long default_faults = faultsOfOneIteration();
  PALMA_CHECK_MSG(default_faults > kPages / 2, "default allocator: " << default_faults << " faults");
  PALMA_CHECK(!tensorCacheStats().installed);

  reuseLargeAllocations();
  reuseLargeAllocations();  // a second call changes nothing
  PALMA_CHECK(tensorCacheStats().installed);
  faultsOfOneIteration();  // maps the block once
  const auto before = tensorCacheStats();
  long worst = 0;
  for (int i = 0; i < 5; ++i) worst = std::max(worst, faultsOfOneIteration());
  PALMA_CHECK_MSG(worst < kPages / 20, "with the cache: " << worst << " faults, defaults " << default_faults);
  // A slightly smaller tensor (fewer covered pixels in the next batch) falls in the same size class.
  PALMA_CHECK(faultsOfOneIteration(kFloats - 100000) < kPages / 20);
  const auto after = tensorCacheStats();
  PALMA_CHECK_MSG(after.hits - before.hits == 6 && after.misses == before.misses,
                  "hits " << after.hits - before.hits << ", misses " << after.misses - before.misses);
  PALMA_CHECK(after.in_use_bytes == 0 && after.cached_bytes >= kFloats * 4);
}

PALMA_TEST(liveTensorsNeverShareABlock) {
  reuseLargeAllocations();
  std::vector<torch::Tensor> live;
  for (int i = 0; i < 4; ++i) live.push_back(torch::full({kFloats / 4}, static_cast<float>(i)));
  live.erase(live.begin() + 1);                      // freed: its block is cached
  live.push_back(torch::full({kFloats / 4}, 7.0f));  // takes the cached block
  live.push_back(torch::full({kFloats / 4}, 8.0f));  // needs a new one
  const float expected[] = {0, 2, 3, 7, 8};
  for (size_t i = 0; i < live.size(); ++i) {
    PALMA_CHECK(live[i].min().item<float>() == expected[i]);
    PALMA_CHECK(live[i].max().item<float>() == expected[i]);
    for (size_t j = 0; j < i; ++j) PALMA_CHECK(live[i].data_ptr() != live[j].data_ptr());
  }
}

PALMA_TEST(rawAllocationsOfAnySizeGoThroughTheCache) {
  // oneDNN (LibTorch's convolutions) allocates through the raw interface.
  reuseLargeAllocations();
  c10::Allocator* allocator = c10::GetCPUAllocator();
  PALMA_CHECK(allocator->raw_deleter() != nullptr);
  for (size_t bytes : {size_t{0}, size_t{64}, size_t{1} << 20, size_t{5} << 20, size_t{100} << 20}) {
    void* p = allocator->raw_allocate(bytes);
    PALMA_CHECK(bytes == 0 || p != nullptr);
    if (bytes > 0) {
      std::memset(p, 0x5a, bytes);
      PALMA_CHECK(static_cast<unsigned char*>(p)[bytes - 1] == 0x5a);
    }
    allocator->raw_deallocate(p);
  }
  // A convolution (oneDNN where LibTorch has it) gives the same result as the same sum by hand.
  const auto x = torch::rand({2, 3, 600, 600});
  const auto w = torch::ones({3, 1, 1, 5}) / 5;
  const auto y = torch::conv2d(x, w, {}, std::vector<int64_t>{1, 1}, std::vector<int64_t>{0, 0},
                               std::vector<int64_t>{1, 1}, 3);
  const auto by_hand = (x.narrow(3, 0, 596) + x.narrow(3, 1, 596) + x.narrow(3, 2, 596) +
                        x.narrow(3, 3, 596) + x.narrow(3, 4, 596)) /
                       5;
  const float error = (y - by_hand).abs().max().item<float>();
  PALMA_CHECK(error < 1e-5f);
}

PALMA_TEST(aSomewhatSmallerRequestReusesALargerBlockAMuchSmallerOneMapsItsOwn) {
  reuseLargeAllocations();
  releaseFreeMemory();
  faultsOfOneIteration();  // caches one 64 MB block
  const auto before = tensorCacheStats();
  // 56 MB (another size class): the cached 64 MB block is used whole, no page faults.
  PALMA_CHECK(faultsOfOneIteration(kFloats * 7 / 8) < kPages / 20);
  // 32 MB: a block of its own (the 64 MB one stays for the next large request).
  const long half = faultsOfOneIteration(kFloats / 2);
  PALMA_CHECK_MSG(half > kPages / 3, "32 MB: " << half << " faults");
  PALMA_CHECK(faultsOfOneIteration(kFloats) < kPages / 20);
  const auto after = tensorCacheStats();
  PALMA_CHECK(after.hits == before.hits + 2 && after.misses == before.misses + 1);
  PALMA_CHECK(after.cached_bytes == kFloats * 4 + kFloats * 2);
}

PALMA_TEST(blocksNobodyAsksForAreReturnedAfterAWhile) {
  reuseLargeAllocations();
  releaseFreeMemory();
  setTensorCacheStaleSeconds(0.2);
  { const auto a = torch::ones({kFloats}), b = torch::ones({kFloats}); }
  PALMA_CHECK(tensorCacheStats().cached_bytes == 2 * kFloats * 4);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // One of the two is used again; when it comes back, the other has waited too long and goes.
  faultsOfOneIteration();
  PALMA_CHECK_MSG(tensorCacheStats().cached_bytes == kFloats * 4,
                  "cached " << tensorCacheStats().cached_bytes << " bytes");
  setTensorCacheStaleSeconds(10);
}

PALMA_TEST(releaseFreeMemoryReturnsTheCachedPages) {
  reuseLargeAllocations();
  faultsOfOneIteration();
  PALMA_CHECK(tensorCacheStats().cached_bytes >= kFloats * 4);
  const long kept = residentPages();
  releaseFreeMemory();
  const long released = residentPages();
  PALMA_CHECK(tensorCacheStats().cached_bytes == 0);
  PALMA_CHECK_MSG(kept - released > kPages / 2,
                  "resident pages " << kept << " before release, " << released << " after");
  // The cache still works after a release.
  faultsOfOneIteration();
  PALMA_CHECK(faultsOfOneIteration() < kPages / 20);
}

PALMA_TEST(mediumTensorsAreCachedSmallOnesAreNot) {
  // The renderer's per-pixel tables are a few MB: they reuse cached blocks like the large rasters.
  reuseLargeAllocations();
  releaseFreeMemory();
  constexpr int64_t kMedium = 256 << 10;  // 1 MB of floats
  faultsOfOneIteration(kMedium);
  const auto before = tensorCacheStats();
  for (int i = 0; i < 3; ++i) faultsOfOneIteration(kMedium);
  const auto after = tensorCacheStats();
  PALMA_CHECK_MSG(after.hits - before.hits == 3 && after.misses == before.misses,
                  "1 MB: hits " << after.hits - before.hits << ", misses " << after.misses - before.misses);
  // 128 kB stays with LibTorch's allocator.
  faultsOfOneIteration(32 << 10);
  const auto small = tensorCacheStats();
  PALMA_CHECK(small.hits == after.hits && small.misses == after.misses);
}

// Blocks above 1 kB: glibc hands out smaller ones from its per-thread cache without the fill.
PALMA_TEST(repeatableHeapScopesFillNewBlocksWithAFixedByte) {
#if !defined(__GLIBC__)
  PALMA_SKIP("glibc only");
#else
  auto filledWith = [](size_t size) {
    void* block = std::malloc(size);
    // The allocation is read before it is written (through volatile: the point of the test).
    const volatile unsigned char* p = static_cast<const volatile unsigned char*>(block);
    const unsigned char first = p[0];
    bool same = true;
    for (size_t i = 0; i < size; ++i) same = same && p[i] == first;
    std::free(block);
    return same ? static_cast<int>(first) : -1;
  };
  // Dirty the heap first, so that an unfilled block would show old contents.
  for (size_t size : {size_t{2000}, size_t{4000}, size_t{20000}}) {
    auto* p = static_cast<unsigned char*>(std::malloc(size));
    for (size_t i = 0; i < size; ++i) p[i] = static_cast<unsigned char>(i * 7 + 1);
    std::free(p);
  }
  {
    const RepeatableHeapScope outer;
    const int byte = filledWith(4000);
    PALMA_CHECK_MSG(byte >= 0, "new blocks are not filled with one byte");
    {
      const RepeatableHeapScope inner;
      PALMA_CHECK(filledWith(20000) == byte);
    }
    PALMA_CHECK(filledWith(2000) == byte);  // the outer scope still holds
  }
#endif
}
