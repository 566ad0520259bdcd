// Precompiled header for targets that use LibTorch: parsing torch/torch.h dominates compile time.
#pragma once
#include <torch/torch.h>
