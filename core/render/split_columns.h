// Splitting a per-pixel attribute table into its column groups (positions, normals, depth, ...), each
// a contiguous tensor of its own.
#pragma once

#include <torch/types.h>

#include <vector>

namespace palma::render {

// Splits `x` [P,C] into tensors [P,w_0], [P,w_1], ... (the widths must sum to C), each contiguous.
// The same values as x.narrow(1, offset, w_i), but in one pass, and with one backward that writes the
// parts' gradients side by side into a single [P,C] gradient (a part that receives no gradient gives
// zeros), where narrow would allocate a zeroed [P,C] gradient per part and add them up. On the CPU both
// directions run in parallel over rows; on CUDA they use LibTorch's split and cat.
std::vector<torch::Tensor> splitColumns(const torch::Tensor& x, const std::vector<int64_t>& widths);

}  // namespace palma::render
