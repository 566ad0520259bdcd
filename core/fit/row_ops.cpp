#include "core/fit/row_ops.h"

#include <torch/torch.h>

#include <cstring>
#include <string>

#include "core/common/error.h"
#include "core/render/op_checks.h"

namespace palma::fit {

namespace {

void checkRows(const char* op, const torch::Tensor& x, const char* name) {
  if (!x.defined() || (x.dim() != 2 && x.dim() != 3) ||
      (x.scalar_type() != torch::kFloat32 && x.scalar_type() != torch::kFloat64))
    throw InputError(std::string(op) + ": `" + name + "` must be an [N,C] or [B,N,C] float tensor, got " +
                     render::describe(x));
}

void checkIndex(const char* op, const torch::Tensor& index, int64_t rows) {
  if (!index.defined() || index.dim() != 1 || index.scalar_type() != torch::kInt64 ||
      !index.device().is_cpu())
    throw InputError(std::string(op) + ": the index must be a 1-D int64 tensor on the CPU, got " +
                     render::describe(index) + (index.defined() ? " on " + index.device().str() : ""));
  if (index.numel() == 0) return;
  const int64_t lo = index.min().item<int64_t>(), hi = index.max().item<int64_t>();
  if (lo < 0 || hi >= rows)
    throw InputError(std::string(op) + ": index values must lie in [0, " + std::to_string(rows) +
                     "), found " + std::to_string(lo < 0 ? lo : hi));
}

// out[b, e, :] = x[b, index[e], :] (all contiguous; b over `batch`).
template <typename T>
void gatherLoop(const T* x, const int64_t* index, T* out, int64_t batch, int64_t rows, int64_t count,
                int64_t width) {
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t e = 0; e < count; ++e)
      std::memcpy(out + (b * count + e) * width, x + (b * rows + index[e]) * width, sizeof(T) * width);
}

// out[b, index[e], :] += values[b, e, :] in the order of e (LibTorch's index_add order).
template <typename T>
void addLoop(T* out, const int64_t* index, const T* values, int64_t batch, int64_t rows, int64_t count,
             int64_t width) {
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t e = 0; e < count; ++e) {
      T* dst = out + (b * rows + index[e]) * width;
      const T* src = values + (b * count + e) * width;
      for (int64_t c = 0; c < width; ++c) dst[c] += src[c];
    }
}

// grad [.., E, C] scattered into zeros [.., N, C]: the gradient of a gather.
torch::Tensor scatterRows(const torch::Tensor& grad, const torch::Tensor& index, int64_t rows) {
  auto g = grad.contiguous();
  auto sizes = g.sizes().vec();
  sizes[sizes.size() - 2] = rows;
  auto out = torch::zeros(sizes, g.options());
  const int64_t batch = g.dim() == 3 ? g.size(0) : 1, width = g.size(-1);
  AT_DISPATCH_FLOATING_TYPES(g.scalar_type(), "scatter_rows", [&] {
    addLoop(out.data_ptr<scalar_t>(), index.data_ptr<int64_t>(), g.data_ptr<scalar_t>(), batch, rows,
            index.numel(), width);
  });
  return out;
}

torch::Tensor gatherRaw(const torch::Tensor& x, const torch::Tensor& index) {
  auto xc = x.contiguous();
  auto sizes = xc.sizes().vec();
  sizes[sizes.size() - 2] = index.numel();
  auto out = torch::empty(sizes, xc.options());
  const int64_t batch = xc.dim() == 3 ? xc.size(0) : 1;
  AT_DISPATCH_FLOATING_TYPES(xc.scalar_type(), "gather_rows", [&] {
    gatherLoop(xc.data_ptr<scalar_t>(), index.data_ptr<int64_t>(), out.data_ptr<scalar_t>(), batch,
               xc.size(-2), index.numel(), xc.size(-1));
  });
  return out;
}

class GatherRowsFunction : public torch::autograd::Function<GatherRowsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                               const torch::Tensor& index) {
    ctx->save_for_backward({index});
    ctx->saved_data["rows"] = x.size(-2);
    return gatherRaw(x, index);
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto index = ctx->get_saved_variables()[0];
    return {scatterRows(grads[0], index, ctx->saved_data["rows"].toInt()), torch::Tensor()};
  }
};

class IndexAddRowsFunction : public torch::autograd::Function<IndexAddRowsFunction> {
 public:
  static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& base,
                               const torch::Tensor& index, const torch::Tensor& values) {
    ctx->save_for_backward({index});
    auto out = base.contiguous().clone();
    auto v = values.contiguous();
    const int64_t batch = out.dim() == 3 ? out.size(0) : 1;
    AT_DISPATCH_FLOATING_TYPES(out.scalar_type(), "index_add_rows", [&] {
      addLoop(out.data_ptr<scalar_t>(), index.data_ptr<int64_t>(), v.data_ptr<scalar_t>(), batch,
              out.size(-2), index.numel(), out.size(-1));
    });
    return out;
  }
  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto index = ctx->get_saved_variables()[0];
    const auto& g = grads[0];
    return {g, torch::Tensor(), ctx->needs_input_grad(2) ? gatherRaw(g, index) : torch::Tensor()};
  }
};

}  // namespace

torch::Tensor gatherRows(const torch::Tensor& x, const torch::Tensor& index) {
  checkRows("gatherRows", x, "x");
  if (!x.device().is_cpu()) return x.index_select(-2, index);
  checkIndex("gatherRows", index, x.size(-2));
  return GatherRowsFunction::apply(x, index.contiguous());
}

torch::Tensor indexAddRows(const torch::Tensor& base, const torch::Tensor& index,
                           const torch::Tensor& values) {
  checkRows("indexAddRows", base, "base");
  checkRows("indexAddRows", values, "values");
  if (values.dim() != base.dim() || values.scalar_type() != base.scalar_type() ||
      values.size(-1) != base.size(-1) || (base.dim() == 3 && values.size(0) != base.size(0)) ||
      !index.defined() || index.dim() != 1 || values.size(-2) != index.numel())
    throw InputError("indexAddRows: base " + render::describe(base) + ", values " + render::describe(values) +
                     " and index " + render::describe(index) +
                     " do not fit (values need one row per index and the base's other sizes)");
  if (!base.device().is_cpu()) return base.index_add(-2, index, values);
  checkIndex("indexAddRows", index, base.size(-2));
  return IndexAddRowsFunction::apply(base, index.contiguous(), values);
}

}  // namespace palma::fit
