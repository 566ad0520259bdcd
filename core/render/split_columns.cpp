#include "core/render/split_columns.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <string>

#include "core/common/cpu_isa.h"
#include "core/common/error.h"
#include "core/render/op_checks.h"

namespace palma::render {

namespace {

// Rows per parallel chunk: a few kB of every part.
constexpr int64_t kRowGrain = 4096;

// Copies `width` values per row for rows [r0, r1) from `src` (row stride src_stride) to `dst` (row
// stride dst_stride); null `src` writes zeros. The usual widths are compile-time constants, so the
// inner loop unrolls into plain moves.
template <int W, typename T>
void copyRows(const T* src, int64_t src_stride, T* dst, int64_t dst_stride, int64_t r0, int64_t r1) {
  for (int64_t r = r0; r < r1; ++r)
    for (int c = 0; c < W; ++c) dst[r * dst_stride + c] = src ? src[r * src_stride + c] : T(0);
}

template <typename T>
void copyRows(int64_t width, const T* src, int64_t src_stride, T* dst, int64_t dst_stride, int64_t r0,
              int64_t r1) {
  switch (width) {
    case 1:
      return copyRows<1>(src, src_stride, dst, dst_stride, r0, r1);
    case 2:
      return copyRows<2>(src, src_stride, dst, dst_stride, r0, r1);
    case 3:
      return copyRows<3>(src, src_stride, dst, dst_stride, r0, r1);
    case 4:
      return copyRows<4>(src, src_stride, dst, dst_stride, r0, r1);
    default:
      for (int64_t r = r0; r < r1; ++r)
        for (int64_t c = 0; c < width; ++c) dst[r * dst_stride + c] = src ? src[r * src_stride + c] : T(0);
  }
}

class SplitColumnsFunction : public torch::autograd::Function<SplitColumnsFunction> {
 public:
  static torch::autograd::variable_list forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                                const std::vector<int64_t>& widths) {
    ctx->saved_data["widths"] = widths;
    if (!x.device().is_cpu()) {
      torch::autograd::variable_list parts;
      for (const auto& part : x.split_with_sizes(widths, 1)) parts.push_back(part.contiguous());
      return parts;
    }
    const int64_t rows = x.size(0), columns = x.size(1);
    torch::autograd::variable_list parts;
    for (const int64_t w : widths) parts.push_back(torch::empty({rows, w}, x.options()));
    AT_DISPATCH_FLOATING_TYPES(x.scalar_type(), "split_columns", [&] {
      const scalar_t* src = x.data_ptr<scalar_t>();
      std::vector<scalar_t*> dst;
      for (auto& part : parts) dst.push_back(part.data_ptr<scalar_t>());
      palma::cpu::parallelFor(0, rows, kRowGrain, [&](int64_t r0, int64_t r1) {
        int64_t offset = 0;
        for (size_t i = 0; i < widths.size(); ++i) {
          copyRows(widths[i], src + offset, columns, dst[i], widths[i], r0, r1);
          offset += widths[i];
        }
      });
    });
    return parts;
  }

  static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                 torch::autograd::variable_list grads) {
    const auto widths = ctx->saved_data["widths"].toIntVector();
    // The shape and options come from a defined gradient (autograd calls backward only when one is).
    torch::Tensor any;
    for (const auto& g : grads)
      if (g.defined()) any = g;
    const int64_t rows = any.size(0);
    int64_t columns = 0;
    for (const int64_t w : widths) columns += w;
    if (!any.device().is_cpu()) {
      torch::autograd::variable_list parts;
      for (size_t i = 0; i < widths.size(); ++i)
        parts.push_back(grads[i].defined() ? grads[i] : torch::zeros({rows, widths[i]}, any.options()));
      return {torch::cat(parts, 1), torch::Tensor()};
    }
    std::vector<torch::Tensor> contiguous(grads.size());
    for (size_t i = 0; i < grads.size(); ++i)
      if (grads[i].defined()) contiguous[i] = grads[i].contiguous();
    auto grad = torch::empty({rows, columns}, any.options());
    AT_DISPATCH_FLOATING_TYPES(any.scalar_type(), "split_columns_backward", [&] {
      std::vector<const scalar_t*> src;
      for (const auto& g : contiguous) src.push_back(g.defined() ? g.data_ptr<scalar_t>() : nullptr);
      scalar_t* dst = grad.data_ptr<scalar_t>();
      palma::cpu::parallelFor(0, rows, kRowGrain, [&](int64_t r0, int64_t r1) {
        int64_t offset = 0;
        for (size_t i = 0; i < widths.size(); ++i) {
          copyRows(widths[i], src[i], widths[i], dst + offset, columns, r0, r1);
          offset += widths[i];
        }
      });
    });
    return {grad, torch::Tensor()};
  }
};

}  // namespace

std::vector<torch::Tensor> splitColumns(const torch::Tensor& x, const std::vector<int64_t>& widths) {
  checkFloatTensor("split_columns", "x", x, 2, -1);
  int64_t total = 0;
  for (const int64_t w : widths) {
    if (w <= 0) throw InputError("split_columns: every width must be positive, got " + std::to_string(w));
    total += w;
  }
  if (widths.empty() || total != x.size(1))
    throw InputError("split_columns: the widths add up to " + std::to_string(total) + " but `x` is " +
                     describe(x));
  const auto parts = SplitColumnsFunction::apply(x.contiguous(), widths);
  return {parts.begin(), parts.end()};
}

}  // namespace palma::render
