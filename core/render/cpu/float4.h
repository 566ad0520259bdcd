// Four floats in one SSE register (GCC/Clang vector extensions): the basics the CPU kernels' four-lane
// paths share (cpu/shadow_simd.h, cpu/shade_simd.h). Arithmetic on Float4 is lane by lane, with the
// same IEEE rounding as the scalar operations.
#pragma once

#include <cstdint>
#include <cstring>

namespace palma::render::cpu {

typedef float Float4 __attribute__((vector_size(16)));
typedef int32_t Int4 __attribute__((vector_size(16)));

inline Float4 splat(float x) { return Float4{x, x, x, x}; }

inline float sum(Float4 v) { return (v[0] + v[1]) + (v[2] + v[3]); }

inline Float4 load4(const float* p) {
  Float4 v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

inline void store4(float* p, Float4 v) { std::memcpy(p, &v, sizeof(v)); }

}  // namespace palma::render::cpu
