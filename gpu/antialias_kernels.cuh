// The CUDA antialiasing's per-thread work, written so that the host compiler builds it too: the
// emulation test (tests/core/render/gpu_emulation_aa_test.cpp) runs these bodies in plain loops on the
// CPU and compares the result with the CPU operators, so the launch logic is checked on machines
// without a GPU.
//
// antialias: the output starts as a copy of the colours; then one thread per adjacent pixel pair
// (every image's horizontal pairs row by row, then its vertical pairs) tests the pair for a silhouette
// crossing and adds its blend to the target pixel with an atomic add. A blend reads only the input
// colours, never the output, so threads do not depend on each other: a pixel in up to four blended
// pairs receives the same deltas as on the CPU, summed in another order. The backward works the same
// way: the colour gradient starts as a copy of the output gradient, and each blended pair adds its
// share to both pixels and to the edge's two vertices.
//
// compositeAntialias: one thread per pixel writes the background and clears the coverage and the
// pixel -> colour row map (`compact`); one thread per covered pixel writes its colour, its coverage and
// its row in the map; one thread per pixel pair then blends as above, from values recomputed from the
// inputs. The backward rebuilds the map while copying the covered pixels' image gradient, then finds
// the crossings again, one thread per pixel pair.
#pragma once

#include <cstdint>

#include "core/render/kernels/antialias_kernel.h"

namespace palma::render::gpu_kern {

// The pixel pair of thread t (of B * pixelPairsPerImage threads): image b, left or upper pixel (x, y),
// and whether its partner is below (else to the right).
template <typename T>
PALMA_HD inline void pixelPairOf(const AntialiasKernelParams<T>& p, int64_t t, int& b, int& x, int& y,
                                 bool& vertical) {
  const int64_t pairs = kern::pixelPairsPerImage(p);
  b = static_cast<int>(t / pairs);
  int64_t k = t % pairs;
  const int64_t horizontal = static_cast<int64_t>(p.height) * (p.width - 1);
  vertical = k >= horizontal;
  if (!vertical) {
    y = static_cast<int>(k / (p.width - 1));
    x = static_cast<int>(k % (p.width - 1));
  } else {
    k -= horizontal;
    y = static_cast<int>(k / p.width);
    x = static_cast<int>(k % p.width);
  }
}

// antialias forward, pair t; p.out already holds a copy of p.color.
template <typename T>
PALMA_HD void antialiasForwardPair(const AntialiasKernelParams<T>& p, int64_t t) {
  int b, x, y;
  bool vertical;
  pixelPairOf(p, t, b, x, y, vertical);
  kern::EdgeCrossing<T> c;
  if (!kern::findCrossing(p, b, x, y, vertical, c)) return;
  const int64_t image_size = static_cast<int64_t>(p.height) * p.width * p.channels;
  kern::blendCrossing(c, p.color + b * image_size, p.channels, p.out + b * image_size);
}

// antialias backward, pair t; grad_color already holds a copy of grad_out; grad_pos may be null.
template <typename T>
PALMA_HD void antialiasBackwardPair(const AntialiasKernelParams<T>& p, int64_t t, const T* grad_out,
                                    T* grad_color, T* grad_pos) {
  int b, x, y;
  bool vertical;
  pixelPairOf(p, t, b, x, y, vertical);
  kern::EdgeCrossing<T> c;
  if (!kern::findCrossing(p, b, x, y, vertical, c)) return;
  const int64_t image_size = static_cast<int64_t>(p.height) * p.width * p.channels;
  T* gp = grad_pos ? grad_pos + static_cast<int64_t>(b) * p.num_vertices * 4 : nullptr;
  kern::blendCrossingBackward(p, b, c, p.color + b * image_size, grad_out + b * image_size,
                              grad_color + b * image_size, gp);
}

// compositeAntialias forward, pass 1, pixel q of B x H x W: background, no coverage, no colour row.
template <typename T>
PALMA_HD void compositeClearPixel(const CompositeKernelParams<T>& d, int32_t* compact, int64_t q) {
  const int c = d.channels;
  for (int k = 0; k < c; ++k)
    d.image[q * c + k] = d.background_image ? d.background[q * c + k] : d.background[k];
  d.mask[q] = T(0);
  compact[q] = -1;
}

// compositeAntialias forward, pass 2, covered pixel i (row i of d.colour).
template <typename T>
PALMA_HD void compositeCoverPixel(const CompositeKernelParams<T>& d, int32_t* compact, int64_t i) {
  const int c = d.channels;
  const int64_t q = d.index[i];
  for (int k = 0; k < c; ++k) d.image[q * c + k] = d.colour[i * c + k];
  d.mask[q] = T(1);
  compact[q] = static_cast<int32_t>(i);
}

// compositeAntialias forward, pass 3, pair t (after passes 1 and 2 have finished).
template <typename T>
PALMA_HD void compositeForwardPair(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                                   const int32_t* compact, int64_t t) {
  int b, x, y;
  bool vertical;
  pixelPairOf(p, t, b, x, y, vertical);
  kern::EdgeCrossing<T> c;
  if (kern::findCrossing(p, b, x, y, vertical, c)) kern::compositeBlendCrossing(p, d, compact, b, c);
}

// compositeAntialias backward, pass 1, covered pixel i (`compact` filled with -1 beforehand): its image
// gradient and its row in the map.
template <typename T>
PALMA_HD void compositeCoverPixelBackward(const CompositeKernelParams<T>& d, int32_t* compact,
                                          const T* grad_image, T* grad_colour, int64_t i) {
  const int c = d.channels;
  const int64_t q = d.index[i];
  for (int k = 0; k < c; ++k) grad_colour[i * c + k] = grad_image ? grad_image[q * c + k] : T(0);
  compact[q] = static_cast<int32_t>(i);
}

// compositeAntialias backward, pass 2, pair t.
template <typename T>
PALMA_HD void compositeBackwardPair(const AntialiasKernelParams<T>& p, const CompositeKernelParams<T>& d,
                                    const int32_t* compact, int64_t t, const T* grad_image,
                                    const T* grad_mask, T* grad_colour, T* grad_pos) {
  int b, x, y;
  bool vertical;
  pixelPairOf(p, t, b, x, y, vertical);
  kern::EdgeCrossing<T> c;
  if (kern::findCrossing(p, b, x, y, vertical, c))
    kern::compositeBlendCrossingBackward(p, d, compact, b, c, grad_image, grad_mask, grad_colour, grad_pos);
}

}  // namespace palma::render::gpu_kern
