// Finite-difference checks of autograd gradients for engine tests (double precision).
#pragma once

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

namespace palma::test {

struct GradientCheck {
  double max_abs_error = 0;  // largest |analytic - numeric| over the checked entries
  double max_abs_grad = 0;   // largest |numeric| (scale of the gradient)
  int checked = 0;           // entries compared
  int nonzero = 0;           // entries whose numeric gradient is not ~0
};

// Compares d loss / d x from autograd with central differences of step `eps` for `entries` entries of
// x (all when entries <= 0 or >= numel, else an even spread). `loss` must be a scalar function of x.
inline GradientCheck checkGradient(const std::function<torch::Tensor(const torch::Tensor&)>& loss,
                                   const torch::Tensor& x0, double eps = 1e-6, int entries = 0) {
  auto x = x0.detach().clone().set_requires_grad(true);
  auto value = loss(x);
  auto analytic = torch::autograd::grad({value}, {x}, {}, false, false, true)[0];
  if (!analytic.defined()) analytic = torch::zeros_like(x);
  analytic = analytic.contiguous().view(-1);
  const int64_t n = x.numel();
  std::vector<int64_t> picks;
  if (entries <= 0 || entries >= n) {
    for (int64_t i = 0; i < n; ++i) picks.push_back(i);
  } else {
    for (int k = 0; k < entries; ++k) picks.push_back((k * n) / entries + (n / entries) / 2);
  }
  GradientCheck result;
  torch::NoGradGuard no_grad;
  auto xd = x0.detach().clone().contiguous();
  auto flat = xd.view(-1);
  for (const int64_t i : picks) {
    const double orig = flat[i].item<double>();
    flat[i] = orig + eps;
    const double up = loss(xd).item<double>();
    flat[i] = orig - eps;
    const double down = loss(xd).item<double>();
    flat[i] = orig;
    const double numeric = (up - down) / (2 * eps);
    const double a = analytic[i].item<double>();
    result.max_abs_error = std::max(result.max_abs_error, std::abs(a - numeric));
    result.max_abs_grad = std::max(result.max_abs_grad, std::abs(numeric));
    if (std::abs(numeric) > 1e-9) ++result.nonzero;
    ++result.checked;
  }
  return result;
}

// Relative error of a check, for messages and thresholds.
inline double relativeError(const GradientCheck& c) {
  return c.max_abs_error / std::max(c.max_abs_grad, 1e-12);
}

inline void printCheck(const char* what, const GradientCheck& c) {
  std::printf("  %s: %d entries (%d non-zero), max |grad| %.3g, max error %.3g (relative %.2g)\n", what,
              c.checked, c.nonzero, c.max_abs_grad, c.max_abs_error, relativeError(c));
}

}  // namespace palma::test
