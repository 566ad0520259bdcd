// antialias: silhouette and occlusion edges are blended by the edge's sub-pixel position, interior
// pixels are untouched, and the vertex gradients at silhouettes match finite differences.
#include <torch/torch.h>

#include "core/common/error.h"
#include "core/render/antialias.h"
#include "core/render/camera.h"
#include "core/render/interpolate.h"
#include "core/render/rasterize.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using namespace palma::render;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

torch::Tensor tri(std::initializer_list<int64_t> idx) {
  return torch::tensor(std::vector<int64_t>(idx), torch::kInt64).view({-1, 3});
}

// Flat-coloured render of `pos` [1,N,4] through antialias: colour 1 on the mesh, 0 behind.
torch::Tensor coverageImage(const torch::Tensor& pos, const torch::Tensor& faces, int size) {
  const auto rast = rasterize(pos, faces, size, size);
  const auto colour = (rast.narrow(3, 3, 1) > 0).to(pos.scalar_type());
  return antialias(colour, rast, pos, faces);
}

}  // namespace

PALMA_TEST(antialiasedCoverageOfAHalfPlaneEdgeIsItsSubpixelPosition) {
  // A big quad whose right edge sits at x = 10.3 px: pixel 9 (centre 9.5) is covered, pixel 10
  // (centre 10.5) is not. The edge crosses their segment at t = 0.8 from the covered centre, so pixel 10
  // receives t - 1/2 = 0.3 of the quad's colour.
  const int size = 16;
  auto ndc = [&](double p) { return 2 * p / size - 1; };
  const auto pos = torch::tensor({ndc(-5), ndc(-5), 0.0, 1.0, ndc(10.3), ndc(-5), 0.0, 1.0, ndc(10.3),
                                  ndc(25), 0.0, 1.0, ndc(-5), ndc(25), 0.0, 1.0},
                                 kDouble)
                       .view({1, 4, 4});
  const auto img = coverageImage(pos, tri({0, 1, 2, 0, 2, 3}), size);
  PALMA_CHECK_NEAR(img[0][8][10][0].item<double>(), 0.3, 1e-12);
  PALMA_CHECK_NEAR(img[0][8][9][0].item<double>(), 1.0, 1e-12);
  PALMA_CHECK_NEAR(img[0][8][11][0].item<double>(), 0.0, 1e-12);
  // The diagonal between the two triangles is interior: untouched.
  PALMA_CHECK_NEAR(img[0][3][3][0].item<double>(), 1.0, 1e-12);
  // An edge at 10.7: pixel 10 (centre 10.5) is covered, t = 0.2 from its centre: it keeps 0.7.
  auto pos2 = pos.clone();
  pos2[0][1][0] = ndc(10.7);
  pos2[0][2][0] = ndc(10.7);
  PALMA_CHECK_NEAR(coverageImage(pos2, tri({0, 1, 2, 0, 2, 3}), size)[0][8][10][0].item<double>(), 0.7,
                   1e-12);
}

// A square [lo, hi]^2 in pixels (NDC z = 0, w = 1) as an n x n grid of quads split into triangles.
std::pair<torch::Tensor, torch::Tensor> tessellatedSquare(double lo, double hi, int n, int size) {
  auto ndc = [&](double p) { return 2 * p / size - 1; };
  std::vector<double> v;
  for (int j = 0; j <= n; ++j)
    for (int i = 0; i <= n; ++i)
      v.insert(v.end(), {ndc(lo + (hi - lo) * i / n), ndc(lo + (hi - lo) * j / n), 0.0, 1.0});
  std::vector<int64_t> f;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      const int64_t a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
      // Alternate the diagonal so that centres fall in triangles of every kind.
      if ((i + j) % 2 == 0)
        f.insert(f.end(), {a, b, d, a, d, c});
      else
        f.insert(f.end(), {a, b, c, b, d, c});
    }
  return {torch::tensor(v, kDouble).view({1, -1, 4}), torch::tensor(f, torch::kInt64).view({-1, 3})};
}

PALMA_TEST(subpixelTrianglesBlendTheirSilhouetteLikeOneBigTriangle) {
  // The same square as 2 triangles and as 2 x 117^2 triangles of about a quarter pixel: every pixel centre
  // near the boundary lies in a triangle that does not touch the silhouette, so the blend has to walk
  // through interior edges to find it. Coverage and the gradient of a sideways shift must agree.
  const int size = 52;
  const double lo = 10.1, hi = 40.9;  // pixel centres 10.5 and 40.5 lie 0.4 px inside
  const auto coarse = tessellatedSquare(lo, hi, 1, size);
  // 117 cells of 0.263 px: no grid line passes exactly through a pixel centre (a segment running along
  // an edge has no crossing to find).
  const auto fine = tessellatedSquare(lo, hi, 117, size);
  auto shifted = [&](const std::pair<torch::Tensor, torch::Tensor>& m, torch::Tensor& pos) {
    pos = m.first.clone().requires_grad_(true);
    return coverageImage(pos, m.second, size);
  };
  torch::Tensor pc, pf;
  const auto ic = shifted(coarse, pc), iff = shifted(fine, pf);
  const double diff = (ic - iff).abs().max().item<double>();
  printf("  largest coverage difference %.3g; blended boundary pixels %lld (coarse) %lld (fine)\n", diff,
         static_cast<long long>(((ic > 0.01) & (ic < 0.99)).sum().item<int64_t>()),
         static_cast<long long>(((iff > 0.01) & (iff < 0.99)).sum().item<int64_t>()));
  PALMA_CHECK(diff < 1e-9);
  PALMA_CHECK(((ic > 0.01) & (ic < 0.99)).sum().item<int64_t>() >= 4 * 30);
  // d (sum of coverage) / d (shift of every vertex in x) through the blends.
  const auto weights = torch::linspace(0.5, 1.5, size, kDouble).view({1, 1, size, 1});
  (ic * weights).sum().backward();
  (iff * weights).sum().backward();
  const double gc = pc.grad().select(2, 0).sum().item<double>(),
               gf = pf.grad().select(2, 0).sum().item<double>();
  printf("  d/dx of the weighted coverage: %.9g (coarse) %.9g (fine)\n", gc, gf);
  PALMA_CHECK(std::abs(gc) > 1e-3);
  PALMA_CHECK(std::abs(gc - gf) < 1e-9 * std::max(1.0, std::abs(gc)));
}

PALMA_TEST(occlusionEdgesBlendTheFrontSurfaceOverTheOneBehind) {
  // A small quad in front of a big one: its edge is a silhouette even though both sides are covered.
  const int size = 16;
  auto ndc = [&](double p) { return 2 * p / size - 1; };
  const auto pos =
      torch::tensor({ndc(-5),   ndc(-5), 0.5, 1.0, ndc(25), ndc(-5), 0.5, 1.0, ndc(25),   ndc(25), 0.5, 1.0,
                     ndc(-5),   ndc(25), 0.5, 1.0, ndc(4),  ndc(4),  0.0, 1.0, ndc(10.3), ndc(4),  0.0, 1.0,
                     ndc(10.3), ndc(12), 0.0, 1.0, ndc(4),  ndc(12), 0.0, 1.0},
                    kDouble)
          .view({1, 8, 4});
  const auto faces = tri({0, 1, 2, 0, 2, 3, 4, 5, 6, 4, 6, 7});
  const auto rast = rasterize(pos, faces, size, size);
  const auto colour = (rast.narrow(3, 3, 1) > 2).to(torch::kFloat64);  // front quad white, back black
  const auto img = antialias(colour, rast, pos, faces);
  PALMA_CHECK_NEAR(img[0][8][10][0].item<double>(), 0.3, 1e-12);
}

PALMA_TEST(silhouetteVertexGradientsMatchFiniteDifferences) {
  // A perspective triangle fan with varied colours over a background; the loss weighs every pixel.
  torch::manual_seed(2);
  const int size = 24;
  auto cams = CameraBatch::repeat(Camera::fromFieldOfView(50, size, size), 1, torch::kFloat64);
  const auto pts = torch::tensor({0.013, -0.002, 1.0, 0.21, -0.171, 1.1, 0.237, 0.153, 0.9, -0.193, 0.181,
                                  1.05, -0.227, -0.149, 0.95},
                                 kDouble)
                       .view({1, 5, 3});
  const auto faces = tri({0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 4, 1});
  const auto vertex_colour = torch::rand({1, 5, 3}, kDouble);
  const auto weights = torch::rand({1, size, size, 3}, kDouble);
  auto loss = [&](const torch::Tensor& p) {
    const auto clip = cameraToClip(cams, p);
    const auto rast = rasterize(clip, faces, size, size);
    const auto colour = interpolate(vertex_colour, rast, faces) + 0.2 * (rast.narrow(3, 3, 1) == 0);
    return (antialias(colour, rast, clip, faces) * weights).sum();
  };
  auto no_aa = [&](const torch::Tensor& p) {
    const auto clip = cameraToClip(cams, p);
    const auto rast = rasterize(clip, faces, size, size);
    return (interpolate(vertex_colour, rast, faces) * weights).sum();
  };
  // Steps of 1e-6 m move the outer vertices by ~2e-5 px: no pixel centre changes sides.
  const auto check = palma::test::checkGradient(loss, pts, 1e-6);
  palma::test::printCheck("d loss / d vertices with antialiasing", check);
  PALMA_CHECK(check.nonzero == 15);
  PALMA_CHECK(palma::test::relativeError(check) < 1e-4);  // measured 1.8e-10
  // Without antialiasing the outer vertices' gradient misses the silhouette term entirely.
  const auto pts_grad = pts.clone().set_requires_grad(true);
  loss(pts_grad).backward();
  const auto pts_grad2 = pts.clone().set_requires_grad(true);
  no_aa(pts_grad2).backward();
  const double diff = (pts_grad.grad() - pts_grad2.grad()).abs().max().item<double>();
  std::printf("  silhouette term changes the outer-vertex gradient by up to %.3g\n", diff);
  PALMA_CHECK(diff > 0.1 * check.max_abs_grad);
}

PALMA_TEST(topologyFindsBoundaryAndSharedEdges) {
  const auto t = antialiasTopology(tri({0, 1, 2, 0, 2, 3, 0, 2, 4}));
  const auto nb = t.neighbours;
  PALMA_CHECK(nb[0][0].item<int>() == -1);  // (0,1) boundary
  PALMA_CHECK(nb[0][1].item<int>() == -1);  // (1,2) boundary
  PALMA_CHECK(nb[0][2].item<int>() == -2);  // (2,0) shared by three triangles: non-manifold
  PALMA_CHECK(nb[1][1].item<int>() == -1);  // (2,3) boundary
  const auto manifold = antialiasTopology(tri({0, 1, 2, 0, 2, 3}));
  PALMA_CHECK(manifold.neighbours[0][2].item<int>() == 1 && manifold.neighbours[1][0].item<int>() == 0);
}

PALMA_TEST(antialiasRejectsMismatchedInputs) {
  const auto pos = torch::zeros({1, 3, 4});
  const auto rast = torch::zeros({1, 8, 8, 4});
  PALMA_CHECK_THROWS(antialias(torch::zeros({1, 4, 8, 3}), rast, pos, tri({0, 1, 2})), palma::InputError,
                     "same batch and image size");
  PALMA_CHECK_THROWS(antialias(torch::zeros({1, 8, 8, 3}), rast, pos, tri({0, 1, 2}),
                               antialiasTopology(tri({0, 1, 2, 0, 2, 1}))),
                     palma::InputError, "another index buffer");
}

PALMA_TEST(compositeAntialiasEqualsCompositingThenAntialiasing) {
  torch::manual_seed(4);
  const int size = 24;
  auto cams = CameraBatch::repeat(Camera::fromFieldOfView(50, size, size), 2, torch::kFloat64);
  const auto pts = torch::tensor({0.013, -0.002, 1.0, 0.21, -0.171, 1.1, 0.237, 0.153, 0.9, -0.193, 0.181,
                                  1.05, -0.227, -0.149, 0.95},
                                 kDouble)
                       .view({1, 5, 3})
                       .repeat({2, 1, 1}) +
                   0.02 * torch::rand({2, 5, 3}, kDouble);
  const auto faces = tri({0, 1, 2, 0, 2, 3, 0, 3, 4, 0, 4, 1});
  const auto clip = cameraToClip(cams, pts);
  const auto rast = rasterize(clip, faces, size, size);
  const auto index = torch::nonzero(rast.view({-1, 4}).select(1, 3) > 0).squeeze(1);
  const auto colour = torch::rand({index.size(0), 3}, kDouble);
  const auto background = torch::tensor({0.2, 0.4, 0.6}, kDouble);
  const auto fused = compositeAntialias(colour, index, background, rast, clip, faces);
  auto rgba = torch::cat({background.view({1, 3}).expand({2 * size * size, 3}),
                          torch::zeros({2 * size * size, 1}, kDouble)},
                         1)
                  .index_put({index}, torch::cat({colour, torch::ones({index.size(0), 1}, kDouble)}, 1))
                  .view({2, size, size, 4});
  const auto reference = antialias(rgba, rast, clip, faces);
  PALMA_CHECK((fused.image - reference.narrow(3, 0, 3)).abs().max().item<double>() < 1e-15);
  PALMA_CHECK((fused.mask - reference.narrow(3, 3, 1)).abs().max().item<double>() < 1e-15);
  // Gradients to the colours and the positions through both paths agree.
  const auto w = torch::rand({2, size, size, 4}, kDouble);
  auto by_fused = [&](const torch::Tensor& c) {
    const auto out = compositeAntialias(c, index, background, rast, clip, faces);
    return (out.image * w.narrow(3, 0, 3)).sum() + (out.mask * w.narrow(3, 3, 1)).sum();
  };
  const auto check = palma::test::checkGradient(by_fused, colour, 1e-6, 40);
  palma::test::printCheck("composite: d / d colour", check);
  PALMA_CHECK(check.nonzero > 20 && palma::test::relativeError(check) < 1e-7);
  auto by_pos = [&](const torch::Tensor& p) {
    const auto c = cameraToClip(cams, p);
    const auto out = compositeAntialias(colour, index, background, rast, c, faces);
    return (out.image * w.narrow(3, 0, 3)).sum() + (out.mask * w.narrow(3, 3, 1)).sum();
  };
  const auto cp = palma::test::checkGradient(by_pos, pts, 1e-6);
  palma::test::printCheck("composite: d / d vertices (silhouettes)", cp);
  PALMA_CHECK(cp.nonzero > 20 && palma::test::relativeError(cp) < 1e-6);  // measured 4.2e-9
}
