// gatherRows and indexAddRows against LibTorch's index_select and index_add: the same values bit for
// bit (forward and gradients), gradients against finite differences, and bad input.
#include <torch/torch.h>

#include <cstring>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/fit/row_ops.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

// An index with repeats, in no particular order: every row of an N-row tensor at least once.
torch::Tensor mixedIndex(int64_t rows, int64_t count, uint64_t seed) {
  auto gen = at::detail::createCPUGenerator(seed);
  auto index = torch::randint(0, rows, {count}, gen, torch::kInt64);
  index.narrow(0, 0, rows).copy_(torch::arange(rows, torch::kInt64));
  return index.index_select(0, torch::randperm(count, gen, torch::kInt64));
}

bool sameBits(const torch::Tensor& a, const torch::Tensor& b) {
  return a.sizes() == b.sizes() && a.scalar_type() == b.scalar_type() &&
         std::memcmp(a.contiguous().data_ptr(), b.contiguous().data_ptr(), a.numel() * a.element_size()) == 0;
}

}  // namespace

// Forward and both gradients equal LibTorch's operations exactly: the loss, and so the fit, does not
// change when the regularisers use these (float32 and float64, batched and not, repeated indices).
PALMA_TEST(rowOpsEqualIndexSelectAndIndexAddBitForBit) {
  for (const auto dtype : {torch::kFloat32, torch::kFloat64})
    for (const bool batched : {false, true}) {
      auto gen = at::detail::createCPUGenerator(7);
      const int64_t rows = 50, count = 173;
      const auto sizes = [&](int64_t n) {
        return batched ? std::vector<int64_t>{3, n, 4} : std::vector<int64_t>{n, 4};
      };
      const auto x = torch::randn(sizes(rows), gen, torch::TensorOptions().dtype(dtype));
      const auto values = torch::randn(sizes(count), gen, torch::TensorOptions().dtype(dtype));
      const auto index = mixedIndex(rows, count, 11);
      const auto w_gather = torch::randn(sizes(count), gen, torch::TensorOptions().dtype(dtype));
      const auto w_add = torch::randn(sizes(rows), gen, torch::TensorOptions().dtype(dtype));

      auto run = [&](bool ours) {
        auto xg = x.clone().set_requires_grad(true);
        auto vg = values.clone().set_requires_grad(true);
        const auto gathered = ours ? fit::gatherRows(xg, index) : xg.index_select(-2, index);
        const auto added = ours ? fit::indexAddRows(xg, index, vg) : xg.index_add(-2, index, vg);
        ((gathered * w_gather).sum() + (added * w_add).sum()).backward();
        return std::vector<torch::Tensor>{gathered.detach(), added.detach(), xg.grad(), vg.grad()};
      };
      const auto ours = run(true), reference = run(false);
      const char* names[] = {"gather", "index add", "d/dx", "d/dvalues"};
      for (int k = 0; k < 4; ++k)
        PALMA_CHECK_MSG(sameBits(ours[k], reference[k]),
                        std::string(names[k]) + (batched ? ", batched " : ", ") + c10::toString(dtype));
    }
}

PALMA_TEST(rowOpsGradientsMatchFiniteDifferences) {
  auto gen = at::detail::createCPUGenerator(3);
  const auto index = mixedIndex(9, 25, 5);
  const auto w = torch::randn({2, 25, 3}, gen, torch::kFloat64);
  const auto base = torch::randn({2, 9, 3}, gen, torch::kFloat64);
  const auto x0 = torch::randn({2, 9, 3}, gen, torch::kFloat64);
  const auto v0 = torch::randn({2, 25, 3}, gen, torch::kFloat64);
  // A loss that is not linear in the gathered rows, so that every gradient entry depends on the index.
  const auto gather_check = test::checkGradient(
      [&](const torch::Tensor& x) { return (fit::gatherRows(x, index).pow(2) * w).sum(); }, x0, 1e-6);
  test::printCheck("gatherRows d/dx", gather_check);
  PALMA_CHECK(test::relativeError(gather_check) < 1e-7);
  const auto add_check = test::checkGradient(
      [&](const torch::Tensor& v) { return fit::indexAddRows(base, index, v).pow(2).sum(); }, v0, 1e-6);
  test::printCheck("indexAddRows d/dvalues", add_check);
  PALMA_CHECK(test::relativeError(add_check) < 1e-7);
  const auto base_check = test::checkGradient(
      [&](const torch::Tensor& b) { return fit::indexAddRows(b, index, v0).pow(2).sum(); }, base, 1e-6);
  test::printCheck("indexAddRows d/dbase", base_check);
  PALMA_CHECK(test::relativeError(base_check) < 1e-7);
}

// A non-contiguous source and index (columns of a face table) give the contiguous results.
PALMA_TEST(rowOpsTakeNonContiguousInput) {
  auto gen = at::detail::createCPUGenerator(4);
  const auto x = torch::randn({4, 20}, gen, torch::kFloat32).t();  // [20,4], strided
  const auto faces = torch::randint(0, 20, {30, 3}, gen, torch::kInt64);
  const auto column = faces.select(1, 1);  // stride 3
  PALMA_CHECK(!x.is_contiguous() && !column.is_contiguous());
  PALMA_CHECK(sameBits(fit::gatherRows(x, column), x.index_select(-2, column)));
  const auto values = torch::randn({30, 4}, gen, torch::kFloat32);
  PALMA_CHECK(sameBits(fit::indexAddRows(x, column, values), x.index_add(-2, column, values)));
}

PALMA_TEST(rowOpsRefuseBadInput) {
  const auto x = torch::zeros({5, 3});
  const auto index = torch::tensor({0, 4, 2}, torch::kInt64);
  PALMA_CHECK_THROWS(fit::gatherRows(x, torch::tensor({0, 5}, torch::kInt64)), InputError, "[0, 5)");
  PALMA_CHECK_THROWS(fit::gatherRows(x, torch::tensor({-1}, torch::kInt64)), InputError, "found -1");
  PALMA_CHECK_THROWS(fit::gatherRows(x, torch::tensor({0, 1}, torch::kInt32)), InputError, "int64");
  PALMA_CHECK_THROWS(fit::gatherRows(torch::zeros({5}), index), InputError, "[N,C] or [B,N,C]");
  PALMA_CHECK_THROWS(fit::gatherRows(torch::zeros({5, 3}, torch::kInt64), index), InputError, "float");
  PALMA_CHECK_THROWS(fit::indexAddRows(x, index, torch::zeros({2, 3})), InputError, "do not fit");
  PALMA_CHECK_THROWS(fit::indexAddRows(x, index, torch::zeros({3, 2})), InputError, "do not fit");
  PALMA_CHECK_THROWS(fit::indexAddRows(x, index, torch::zeros({3, 3}, torch::kFloat64)), InputError,
                     "do not fit");
  PALMA_CHECK_THROWS(fit::indexAddRows(x, torch::tensor({0, 9, 1}, torch::kInt64), torch::zeros({3, 3})),
                     InputError, "[0, 5)");
  // An empty index gathers nothing and adds nothing.
  PALMA_CHECK(fit::gatherRows(x, torch::zeros({0}, torch::kInt64)).size(0) == 0);
  PALMA_CHECK(sameBits(fit::indexAddRows(x, torch::zeros({0}, torch::kInt64), torch::zeros({0, 3})), x));
}
