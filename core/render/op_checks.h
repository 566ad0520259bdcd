// Input validation shared by the render operators' adapters. Every failure is a palma::InputError
// that names the operator, the argument and what was expected, so a caller sees at once which tensor
// is wrong.
#pragma once

#include <torch/types.h>

#include <string>

namespace palma::render {

// Throws unless `t` is defined, floating point (float32/float64), on the CPU or CUDA and has `rank`
// dimensions (rank < 0: any) whose last size is `last` (last < 0: any).
void checkFloatTensor(const char* op, const char* name, const torch::Tensor& t, int rank, int64_t last);

// Throws unless `t` lives where this build has kernels: on the CPU, or on a CUDA device when the build
// contains the CUDA kernels of gpu/ (gpu::kernelsBuilt()).
void checkDevice(const char* op, const char* name, const torch::Tensor& t);

// Throws when `t` holds a NaN or an infinity (one pass over the data: used for geometry, not images).
void checkFinite(const char* op, const char* name, const torch::Tensor& t);

// Throws unless `tri` is an [F,3] integer tensor whose entries lie in [0, num_vertices) (the range is not
// read inside a TrustedIndicesScope).
void checkTriangles(const char* op, const char* name, const torch::Tensor& tri, int64_t num_vertices);

// Throws unless `a` and `b` have the same dtype and device.
void checkSameKind(const char* op, const char* name_a, const torch::Tensor& a, const char* name_b,
                   const torch::Tensor& b);

// "[8, 448, 448, 4] float32" for messages.
std::string describe(const torch::Tensor& t);

// The renderer makes the index tensors it hands the operators itself (the covered pixels and their
// images, the rasteriser's output, the shadow map's) and checks the caller's index buffers and the
// finiteness of positions once. While an object of this class lives, the operators called on this thread
// skip the checks that read every element of an index tensor (range, order, triangle ids) and the
// rasteriser's finiteness check: a pass over the data and a reduction each, about 2 % of a frame at
// 448^2 on the CPU, and on a GPU a wait for all queued work. The checks of shapes, dtypes and devices
// stay. Scopes nest.
class TrustedIndicesScope {
 public:
  TrustedIndicesScope();
  ~TrustedIndicesScope();
  TrustedIndicesScope(const TrustedIndicesScope&) = delete;
  TrustedIndicesScope& operator=(const TrustedIndicesScope&) = delete;

 private:
  bool previous_;
};

// Whether a TrustedIndicesScope is active on this thread.
bool indicesTrusted();

}  // namespace palma::render
