// The reconstruction's loss terms: values on cases with known answers and gradients against finite
// differences.
#include <torch/torch.h>

#include <cstdio>

#include "core/fit/losses.h"
#include "core/model/builtin_hand.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

// An n x n grid of unit squares in the z = 0 plane, two triangles each.
void grid(int n, MatrixX3f& v, MatrixX3i& f) {
  v.resize((n + 1) * (n + 1), 3);
  for (int j = 0; j <= n; ++j)
    for (int i = 0; i <= n; ++i) v.row(j * (n + 1) + i) << 0.01f * i, 0.01f * j, 0.0f;
  f.resize(2 * n * n, 3);
  int k = 0;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      const int a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
      f.row(k++) << a, b, d;
      f.row(k++) << a, d, c;
    }
}

torch::Tensor toTensor(const MatrixX3f& v) {
  return torch::from_blob(const_cast<float*>(v.data()), {v.rows(), 3}, torch::kFloat32).clone();
}

}  // namespace

PALMA_TEST(meshRegularisersVanishOnTheReference) {
  MatrixX3f v;
  MatrixX3i f;
  grid(6, v, f);
  const auto topo = fit::makeMeshTopology(f, static_cast<int>(v.rows()));
  const auto x = toTensor(v);
  PALMA_CHECK(topo.edges.size(0) == 6 * 7 * 2 + 36);                   // horizontal + vertical + diagonals
  PALMA_CHECK(topo.face_pairs.size(0) == topo.edges.size(0) - 4 * 6);  // interior edges
  PALMA_CHECK(fit::laplacianLoss(x, x, topo).item<double>() == 0.0);
  PALMA_CHECK(fit::normalConsistencyLoss(x, topo).item<double>() < 1e-12);
  PALMA_CHECK(fit::edgeLengthLoss(x, x, topo).item<double>() < 1e-12);
  // Interior vertices of a flat regular grid have a zero Laplacian.
  const auto lap = fit::uniformLaplacian(x, topo);
  PALMA_CHECK(lap[3 * 7 + 3].abs().max().item<double>() < 1e-7);
}

PALMA_TEST(meshRegularisersRespondToABump) {
  MatrixX3f v;
  MatrixX3i f;
  grid(6, v, f);
  const auto topo = fit::makeMeshTopology(f, static_cast<int>(v.rows()));
  const auto ref = toTensor(v);
  auto bumped = ref.clone();
  bumped[3 * 7 + 3][2] = 0.002f;  // a 2 mm spike in the middle
  // Laplacian at the spike: mean of 6 neighbours (0) - 0.2 cm = -0.2 cm; neighbours see +0.2/deg cm.
  const double lap = fit::laplacianLoss(bumped, ref, topo).item<double>();
  PALMA_CHECK(lap > 0);
  const double with_quantile = fit::laplacianLoss(bumped, ref, topo, 3.0, 0.9).item<double>();
  PALMA_CHECK(with_quantile > lap);
  PALMA_CHECK(fit::normalConsistencyLoss(bumped, topo).item<double>() > 1e-4);
  PALMA_CHECK(fit::edgeLengthLoss(bumped, ref, topo).item<double>() > 1e-6);
}

PALMA_TEST(meshRegulariserGradientsMatchFiniteDifferences) {
  MatrixX3f v;
  MatrixX3i f;
  grid(4, v, f);
  const auto topo = fit::makeMeshTopology(f, static_cast<int>(v.rows()));
  auto gen = at::detail::createCPUGenerator(5);
  const auto ref = toTensor(v).to(torch::kFloat64);
  const auto x = ref + 0.002 * torch::randn(ref.sizes(), gen, torch::kFloat64);
  for (auto [name, fn] :
       std::vector<std::pair<const char*, std::function<torch::Tensor(const torch::Tensor&)>>>{
           {"laplacian", [&](const torch::Tensor& p) { return fit::laplacianLoss(p, ref, topo, 2.0, 0.8); }},
           {"normal consistency",
            [&](const torch::Tensor& p) { return fit::normalConsistencyLoss(p, topo); }},
           {"edge length", [&](const torch::Tensor& p) { return fit::edgeLengthLoss(p, ref, topo); }}}) {
    const auto check = test::checkGradient(fn, x, 1e-7, 60);
    test::printCheck(name, check);
    PALMA_CHECK(test::relativeError(check) < 1e-5);
  }
}

PALMA_TEST(erosionShrinksASquareByOnePixelPerIteration) {
  auto mask = torch::zeros({1, 20, 20, 1});
  mask.narrow(1, 4, 10).narrow(2, 5, 10).fill_(1);
  PALMA_CHECK(fit::erodeMask(mask, 1).sum().item<double>() == 64);
  PALMA_CHECK(fit::erodeMask(mask, 2).sum().item<double>() == 36);
  PALMA_CHECK(fit::erodeMask(mask, 0).sum().item<double>() == 100);
  // The image border counts as outside.
  PALMA_CHECK(fit::erodeMask(torch::ones({1, 5, 5, 1}), 1).sum().item<double>() == 9);
}

PALMA_TEST(imageLossesHaveKnownValues) {
  auto a = torch::zeros({2, 8, 8, 3});
  auto b = torch::full({2, 8, 8, 3}, 0.25);
  auto m = torch::zeros({2, 8, 8, 1});
  m.narrow(1, 0, 4).fill_(1);
  PALMA_CHECK(std::abs(fit::maskedL1Loss(a, b, m).item<double>() - 0.25) < 1e-7);
  PALMA_CHECK(std::abs(fit::silhouetteLoss(m, torch::ones_like(m)).item<double>() - 0.5) < 1e-7);
}

PALMA_TEST(albedoSmoothnessIsZeroOnAConstantMapAndPositiveOnNoise) {
  auto mask = torch::ones({16, 16, 1});
  auto gen = at::detail::createCPUGenerator(2);
  PALMA_CHECK(fit::albedoSmoothnessLoss(torch::full({16, 16, 3}, 0.7), mask, gen).item<double>() == 0.0);
  const auto noisy = torch::rand({16, 16, 3}, gen);
  PALMA_CHECK(fit::albedoSmoothnessLoss(noisy, mask, gen).item<double>() > 0.05);
  // Texels outside the UV mask do not count.
  auto half = torch::zeros({16, 16, 1});
  half.narrow(0, 0, 8).fill_(1);
  auto map = torch::full({16, 16, 3}, 0.5);
  map.narrow(0, 8, 8).copy_(torch::rand({8, 16, 3}, gen));
  map.narrow(0, 8, 8).narrow(0, 0, 1).fill_(0.5);  // keep the rows next to the border smooth
  PALMA_CHECK(fit::albedoSmoothnessLoss(map, half, gen).item<double>() == 0.0);
  PALMA_CHECK(fit::normalMapLoss(torch::tensor({0.5f, 0.5f, 1.0f}).view({1, 1, 3}).expand({4, 4, 3}))
                  .item<double>() == 0.0);
}

PALMA_TEST(uvCoverageMatchesTheAtlasArea) {
  const auto model = makeBuiltinHand();
  const int size = 256;
  const auto mask = fit::uvCoverageMask(model.uvs, model.uv_faces, size, 0);
  double area = 0;
  for (int f = 0; f < model.uv_faces.rows(); ++f) {
    const Eigen::Vector2f a = model.uvs.row(model.uv_faces(f, 0)), b = model.uvs.row(model.uv_faces(f, 1)),
                          c = model.uvs.row(model.uv_faces(f, 2));
    area += 0.5 * std::abs((b - a).x() * (c - a).y() - (b - a).y() * (c - a).x());
  }
  const double covered = mask.mean().item<double>();
  std::printf("  UV area %.4f, covered texels %.4f\n", area, covered);
  PALMA_CHECK(std::abs(covered - area) < 0.02 * area);
  PALMA_CHECK(fit::uvCoverageMask(model.uvs, model.uv_faces, size, 2).mean().item<double>() > covered);
}
