// A small textured avatar with a short captured motion for the studio's GUI tests: the built-in right
// hand unsubdivided, 32x32 maps with structure in both directions, 3 captured frames.
#pragma once

#include <torch/torch.h>

#include "core/avatar/avatar.h"
#include "core/model/hand_model.h"

namespace palma::test {

inline Avatar makeStudioTestAvatar(const HandModel& tmpl, int texture_size = 32, int frames = 3) {
  Avatar a = makeDefaultAvatar(tmpl, "builtin:right", 0, SubdivisionScheme::Midpoint, texture_size);
  const auto y = torch::linspace(0, 1, texture_size).view({-1, 1, 1});
  const auto x = torch::linspace(0, 1, texture_size).view({1, -1, 1});
  const auto c = torch::tensor({1.0f, 2.0f, 3.0f}).view({1, 1, 3});
  a.albedo = (0.5f + 0.4f * torch::sin(6.0f * x * c + 3.0f * y)).clamp(0, 1).contiguous();
  if (frames == 0) return a;
  // A growing curl of every finger.
  CapturedMotion& m = a.motion;
  for (int f = 0; f < frames; ++f) m.frame_indices.push_back(2 * f);
  m.pose = torch::zeros({frames, kNumJoints, 3});
  for (int f = 0; f < frames; ++f)
    for (int j = 1; j < kNumJoints; ++j) m.pose[f][j] = torch::tensor({0.3f * f, 0.0f, 0.0f});
  m.translation = torch::tensor({0.0f, 0.0f, 0.5f}).repeat({frames, 1});
  m.intrinsics = torch::tensor({500.0f, 500.0f, 64.0f, 64.0f}).repeat({frames, 1});
  m.width = m.height = 128;
  return a;
}

}  // namespace palma::test
