// The CUDA shading backward's per-thread work, written so that the host compiler builds it too: the
// emulation test (tests/core/render/gpu_emulation_shade_test.cpp) runs these bodies in plain loops, one
// iteration per CUDA thread and a block's steps one after the other, and compares the result with the
// CPU operator.
//
// The per-image parameters (point light, ambient logit, SH coefficients, light colour) are a few dozen
// values that every pixel of an image adds to. Global atomics from every pixel on that handful of
// addresses would serialise the whole pass, so each block first reduces in shared memory:
//   stage: every thread computes its pixel's backward (per-pixel gradients go straight to their rows)
//          and stores its contribution to the per-image parameters (kShadeSlots values) and its image
//          in shared memory;
//   flush: after a barrier, thread k < kShadeSlots sums slot k over the block's pixels, run by run of
//          pixels that share a parameter row, and adds each run's sum to global memory with one atomic.
// With pixels sorted by image (the renderer's order), or parameters shared by every image, that is one
// atomicAdd per slot per block.
#pragma once

#include <cstdint>

#include "core/render/kernels/shade_kernel.h"

namespace palma::render::gpu_kern {

// Slots of one pixel's per-image parameter gradient: SH (27), light (3), logit (1), light colour (3).
constexpr int kShadeSlotSh = 0, kShadeSlotLight = 27, kShadeSlotLogit = 30, kShadeSlotColour = 31;
constexpr int kShadeSlots = 34;
// Threads per block of the backward, and the stride of a thread's slots in shared memory (odd, so that
// both the stage's and the flush's accesses to 32-bit values are free of bank conflicts).
constexpr int kShadeBackwardThreads = 128;
constexpr int kShadeStageStride = kShadeSlots + 1;

// The row of the per-image parameter of slot k that a pixel of `image` contributes to.
template <typename T>
PALMA_HD inline int64_t shadeSlotRow(const ShadeParams<T>& p, int k, int64_t image) {
  const int64_t rows = k < kShadeSlotLight    ? p.sh_batch
                       : k < kShadeSlotLogit  ? p.light_batch
                       : k < kShadeSlotColour ? p.logit_batch
                                              : int64_t(1);
  return rows == 1 ? 0 : image;
}

// The gradient entry of slot k in parameter row `row` (null: not wanted).
template <typename T>
PALMA_HD inline T* shadeSlotAddress(const ShadeGrads<T>& g, int k, int64_t row) {
  if (k < kShadeSlotLight) return g.sh ? g.sh + row * 27 + (k - kShadeSlotSh) : nullptr;
  if (k < kShadeSlotLogit) return g.light ? g.light + row * 3 + (k - kShadeSlotLight) : nullptr;
  if (k < kShadeSlotColour) return g.logit ? g.logit + row : nullptr;
  return g.light_colour ? g.light_colour + (k - kShadeSlotColour) : nullptr;
}

// Stage step of thread t of a block of `threads` for pixel i (i >= p.count: the thread stages nothing).
// staged: [threads * kShadeStageStride], staged_image: [threads] (-1: no contribution).
template <typename T>
PALMA_HD void shadeBackwardStage(const ShadeParams<T>& p, const T* grad_colour, const ShadeGrads<T>& g,
                                 int64_t i, int t, T* staged, int64_t* staged_image) {
  T c[kShadeSlots];
  for (int k = 0; k < kShadeSlots; ++k) c[k] = T(0);
  int64_t image = -1;
  if (i < p.count && kern::shadeBackwardPixel(p, i, grad_colour + 3 * i, g, c + kShadeSlotSh,
                                              c + kShadeSlotLight, c + kShadeSlotLogit, c + kShadeSlotColour))
    image = p.batch[i];
  staged_image[t] = image;
  T* row = staged + static_cast<int64_t>(t) * kShadeStageStride;
  for (int k = 0; k < kShadeSlots; ++k) row[k] = c[k];
}

// Flush step of slot k (run by thread k of the block, after the stage step of every thread).
template <typename T>
PALMA_HD void shadeBackwardFlush(const ShadeParams<T>& p, const ShadeGrads<T>& g, int k, int threads,
                                 const T* staged, const int64_t* staged_image) {
  int64_t run_row = -1;
  T sum = 0;
  for (int j = 0; j < threads; ++j) {
    const int64_t image = staged_image[j];
    if (image < 0) continue;
    const int64_t row = shadeSlotRow(p, k, image);
    if (row != run_row) {
      if (run_row >= 0 && sum != 0) {
        T* address = shadeSlotAddress(g, k, run_row);
        if (address) kern::scatterAdd(address, sum);
      }
      run_row = row;
      sum = 0;
    }
    sum += staged[static_cast<int64_t>(j) * kShadeStageStride + k];
  }
  if (run_row >= 0 && sum != 0) {
    T* address = shadeSlotAddress(g, k, run_row);
    if (address) kern::scatterAdd(address, sum);
  }
}

}  // namespace palma::render::gpu_kern
