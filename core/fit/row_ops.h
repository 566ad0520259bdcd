// Row gathers and index-adds along the second-to-last axis with hand-written CPU backwards. The fit's
// mesh regularisers (Laplacian, normal consistency, edge length) and the albedo smoothness term gather
// rows per edge, face, face pair or texel; LibTorch 1.13 runs index_add, and so index_select's backward,
// one index at a time on the CPU (about a millisecond per call for the hand's 41k edges).
//
// Both compute exactly what the LibTorch operation computes, in the same order (gradients included),
// so replacing one with the other changes no result. On other devices they are the LibTorch operations.
#pragma once

#include <torch/types.h>

namespace palma::fit {

// x.index_select(-2, index): x [N,C] or [B,N,C] float32/float64, index [E] int64 in [0, N) ->
// [E,C] or [B,E,C]. Differentiable in x. Throws palma::InputError for bad shapes or indices.
torch::Tensor gatherRows(const torch::Tensor& x, const torch::Tensor& index);

// base.index_add(-2, index, values): base [N,C] or [B,N,C], values [E,C] or [B,E,C] (same dtype and
// leading size), index [E] int64 in [0, N): row index[e] of the result gains row e of values, in the
// order of e. Differentiable in base and values. Throws palma::InputError for bad shapes or indices.
torch::Tensor indexAddRows(const torch::Tensor& base, const torch::Tensor& index,
                           const torch::Tensor& values);

}  // namespace palma::fit
