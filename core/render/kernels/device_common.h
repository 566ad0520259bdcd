// What lets one kernel body compile for the CPU (g++/clang) and for CUDA (nvcc): the PALMA_HD
// qualifier, scalar helpers that exist on both sides, and scatter-adds that are atomics on the device
// and plain adds on the host (where every CPU thread adds into its own buffer).
//
// Kernel bodies written with these live in core/render/kernels/ (shared by both back ends) and gpu/
// (the CUDA launch logic, also compiled on the host by the emulation tests).
#pragma once

#include <math.h>

#include <cmath>
#include <cstdint>
#include <limits>

#if defined(__CUDACC__)
#define PALMA_HD __host__ __device__
#else
#define PALMA_HD
#endif

namespace palma::render::kern {

template <typename T>
PALMA_HD inline T minOf(T a, T b) {
  return b < a ? b : a;
}

template <typename T>
PALMA_HD inline T maxOf(T a, T b) {
  return a < b ? b : a;
}

template <typename T>
PALMA_HD inline T clampTo(T x, T lo, T hi) {
  return minOf(maxOf(x, lo), hi);
}

PALMA_HD inline float floorOf(float x) { return floorf(x); }
PALMA_HD inline double floorOf(double x) { return floor(x); }
PALMA_HD inline float ceilOf(float x) { return ceilf(x); }
PALMA_HD inline double ceilOf(double x) { return ceil(x); }
PALMA_HD inline float sqrtOf(float x) { return sqrtf(x); }
PALMA_HD inline double sqrtOf(double x) { return sqrt(x); }
PALMA_HD inline float absOf(float x) { return fabsf(x); }
PALMA_HD inline double absOf(double x) { return fabs(x); }
PALMA_HD inline float expOf(float x) { return expf(x); }
PALMA_HD inline double expOf(double x) { return exp(x); }

template <typename T>
PALMA_HD inline bool isFinite(T x) {
#if defined(__CUDA_ARCH__)
  return isfinite(x);
#else
  return std::isfinite(x);
#endif
}

template <typename T>
PALMA_HD inline T infinity() {
  return std::numeric_limits<T>::infinity();
}

// Scatter-add: an atomic on the device, a plain add on the host (per-thread buffers there).
template <typename T>
PALMA_HD inline void scatterAdd(T* address, T value) {
#if defined(__CUDA_ARCH__)
  atomicAdd(address, value);
#else
  *address += value;
#endif
}

// *address = min(*address, value) on 64-bit keys: an atomic on the device.
PALMA_HD inline void scatterMin(unsigned long long* address, unsigned long long value) {
#if defined(__CUDA_ARCH__)
  atomicMin(address, value);
#else
  if (value < *address) *address = value;
#endif
}

}  // namespace palma::render::kern
