#include "core/render/op_checks.h"

#include <torch/torch.h>

#include <sstream>

#include "core/common/error.h"
#include "core/render/gpu_kernels.h"

namespace palma::render {

namespace {
thread_local bool trusted_indices = false;
}  // namespace

TrustedIndicesScope::TrustedIndicesScope() : previous_(trusted_indices) { trusted_indices = true; }
TrustedIndicesScope::~TrustedIndicesScope() { trusted_indices = previous_; }
bool indicesTrusted() { return trusted_indices; }

std::string describe(const torch::Tensor& t) {
  if (!t.defined()) return "an undefined tensor";
  std::ostringstream os;
  os << "[";
  for (int64_t d = 0; d < t.dim(); ++d) os << (d ? ", " : "") << t.size(d);
  os << "] " << c10::toString(t.scalar_type());
  return os.str();
}

void checkFloatTensor(const char* op, const char* name, const torch::Tensor& t, int rank, int64_t last) {
  std::ostringstream expected;
  if (rank >= 0) expected << rank << "-D ";
  expected << "float32 or float64 tensor";
  if (last >= 0) expected << " whose last dimension is " << last;
  const bool ok = t.defined() && (t.scalar_type() == torch::kFloat32 || t.scalar_type() == torch::kFloat64) &&
                  (rank < 0 || t.dim() == rank) && (last < 0 || (t.dim() > 0 && t.size(-1) == last));
  if (!ok)
    throw InputError(std::string(op) + ": `" + name + "` must be a " + expected.str() + ", got " +
                     describe(t));
}

void checkDevice(const char* op, const char* name, const torch::Tensor& t) {
  if (!t.defined() || t.device().is_cpu()) return;
  if (t.device().is_cuda()) {
    if (gpu::kernelsBuilt()) return;
    throw InputError(
        std::string(op) + ": `" + name + "` is on " + t.device().str() +
        " but this build of Palma has no CUDA kernels (configure with -DPALMA_CUDA=ON where nvcc "
        "and a LibTorch with CUDA are installed), or move it to the CPU");
  }
  throw InputError(std::string(op) + ": `" + name + "` is on " + t.device().str() +
                   "; the render operators run on the CPU or, in a CUDA build, on a CUDA device");
}

void checkFinite(const char* op, const char* name, const torch::Tensor& t) {
  if (t.numel() > 0 && !std::isfinite(t.abs().max().item<double>()))
    throw InputError(std::string(op) + ": `" + name + "` contains NaN or infinite values");
}

void checkTriangles(const char* op, const char* name, const torch::Tensor& tri, int64_t num_vertices) {
  const bool ok = tri.defined() &&
                  (tri.scalar_type() == torch::kInt32 || tri.scalar_type() == torch::kInt64) &&
                  tri.dim() == 2 && tri.size(1) == 3;
  if (!ok)
    throw InputError(std::string(op) + ": `" + name + "` must be an [F,3] int32 or int64 tensor, got " +
                     describe(tri));
  if (tri.numel() == 0 || trusted_indices) return;
  const int64_t lo = tri.min().item<int64_t>(), hi = tri.max().item<int64_t>();
  if (lo < 0 || hi >= num_vertices) {
    std::ostringstream os;
    os << op << ": `" << name << "` refers to vertex " << (lo < 0 ? lo : hi) << " but there are only "
       << num_vertices << " vertices";
    throw InputError(os.str());
  }
}

void checkSameKind(const char* op, const char* name_a, const torch::Tensor& a, const char* name_b,
                   const torch::Tensor& b) {
  if (a.scalar_type() != b.scalar_type() || a.device() != b.device())
    throw InputError(std::string(op) + ": `" + name_a + "` (" + describe(a) + ") and `" + name_b + "` (" +
                     describe(b) + ") must have the same dtype and device");
}

}  // namespace palma::render
