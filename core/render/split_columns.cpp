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
        for (int64_t r = r0; r < r1; ++r) {
          const scalar_t* row = src + r * columns;
          for (size_t i = 0; i < widths.size(); ++i) {
            const int64_t w = widths[i];
            for (int64_t c = 0; c < w; ++c) dst[i][r * w + c] = row[c];
            row += w;
          }
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
        for (int64_t r = r0; r < r1; ++r) {
          scalar_t* row = dst + r * columns;
          for (size_t i = 0; i < widths.size(); ++i) {
            const int64_t w = widths[i];
            if (src[i])
              for (int64_t c = 0; c < w; ++c) row[c] = src[i][r * w + c];
            else
              for (int64_t c = 0; c < w; ++c) row[c] = scalar_t(0);
            row += w;
          }
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
