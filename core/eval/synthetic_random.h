// Seeded random streams of the synthetic capture: one independent stream per purpose, derived from the
// user's seed, so that changing one part (for example the number of frames) leaves the others alone.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <random>

namespace palma::eval::synthetic {

// The streams of one capture.
enum class Stream : uint64_t {
  Shape = 1,
  Albedo = 2,
  Detail = 3,
  Motion = 4,
  NovelPose = 5,
  Background = 6,
  CaptureNoise = 7,
  NovelPoseNoise = 8,
  NovelViewNoise = 9,
};

// SplitMix64 of seed and stream: well-mixed, distinct seeds for nearby inputs.
inline uint64_t streamSeed(uint64_t seed, Stream stream) {
  uint64_t z = seed + 0x9E3779B97F4A7C15ull * (static_cast<uint64_t>(stream) + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Uniform numbers from a std::mt19937_64 (defined by the standard, so the same on every platform;
// std::uniform_real_distribution is not).
class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  // Uniform in [lo, hi).
  double uniform(double lo = 0.0, double hi = 1.0) {
    return lo + (hi - lo) * (static_cast<double>(engine_() >> 11) * (1.0 / 9007199254740992.0));
  }
  // Uniform integer in [0, n).
  int64_t index(int64_t n) { return static_cast<int64_t>(uniform() * static_cast<double>(n)) % n; }
  // Standard normal (Box-Muller).
  double normal() {
    const double u1 = 1.0 - uniform(), u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  uint64_t next() { return engine_(); }

 private:
  std::mt19937_64 engine_;
};

// A tensor of uniform [0,1) or standard-normal values from `random` (float32, CPU), for the
// bulk noise of images and keypoints: deterministic across LibTorch versions and thread counts.
torch::Tensor uniformTensor(Random& random, at::IntArrayRef sizes);
torch::Tensor normalTensor(Random& random, at::IntArrayRef sizes);

}  // namespace palma::eval::synthetic
