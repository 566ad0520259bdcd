// The small synthetic capture the evaluation tests share: 8 frames of 96 x 96 on the unsubdivided hand
// with two novel poses and two novel views, about a second to make. Tests adjust what they need.
#pragma once

#include "core/eval/synthetic_capture.h"

namespace palma::test {

inline eval::SyntheticSettings smallSyntheticSettings(uint64_t seed) {
  eval::SyntheticSettings s;
  s.seed = seed;
  s.frames = 8;
  s.width = 96;
  s.height = 96;
  s.texture_size = 128;
  s.subdivision_levels = 0;
  s.novel_pose_frames = 2;
  s.novel_views = 2;
  return s;
}

// The clip the project and studio tests prepare: 6 frames of 128 x 96, without evaluation sets.
inline eval::SyntheticSettings smallClipSettings(uint64_t seed) {
  eval::SyntheticSettings s = smallSyntheticSettings(seed);
  s.frames = 6;
  s.width = 128;
  s.height = 96;
  s.novel_pose_frames = 0;
  s.novel_views = 0;
  return s;
}

}  // namespace palma::test
