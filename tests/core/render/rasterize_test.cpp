// Rasteriser: exact coverage of analytic shapes, watertight shared edges, depth order, near-plane
// clipping, and barycentric/depth gradients against finite differences.
#include <torch/torch.h>

#include <cmath>

#include "core/common/error.h"
#include "core/render/camera.h"
#include "core/render/rasterize.h"
#include "tests/support/gradient_check.h"
#include "tests/support/palma_test.h"

using palma::render::rasterize;

namespace {

const auto kDouble = torch::TensorOptions().dtype(torch::kFloat64);

// NDC coordinate of pixel-space coordinate `p` (pixel centres at i + 0.5) in an image of `size` pixels.
double ndc(double p, int size) { return 2.0 * p / size - 1.0; }

// Clip-space positions [1,N,4] of 2D points given in pixel coordinates, at NDC depth z and w = 1.
torch::Tensor pixelPoints(const std::vector<std::array<double, 2>>& pts, int w, int h, double z = 0.0) {
  auto pos = torch::zeros({1, static_cast<int64_t>(pts.size()), 4}, kDouble);
  for (size_t i = 0; i < pts.size(); ++i) {
    pos[0][i][0] = ndc(pts[i][0], w);
    pos[0][i][1] = ndc(pts[i][1], h);
    pos[0][i][2] = z;
    pos[0][i][3] = 1.0;
  }
  return pos;
}

torch::Tensor triangles(const std::vector<std::array<int64_t, 3>>& t) {
  auto out = torch::zeros({static_cast<int64_t>(t.size()), 3}, torch::kInt64);
  for (size_t i = 0; i < t.size(); ++i)
    for (int k = 0; k < 3; ++k) out[i][k] = t[i][k];
  return out;
}

int64_t covered(const torch::Tensor& rast) { return (rast.select(-1, 3) > 0).sum().item<int64_t>(); }

}  // namespace

PALMA_TEST(squareCoversExactlyThePixelsWhoseCentresItContains) {
  const int w = 64, h = 48;
  const double x0 = 10.3, x1 = 30.7, y0 = 5.5, y1 = 20.25;  // y0 exactly on a row of centres
  const auto pos = pixelPoints({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, w, h);
  const auto rast = rasterize(pos, triangles({{0, 1, 2}, {0, 2, 3}}), h, w);
  // Columns whose centre i + 0.5 lies in (10.3, 30.7): 10..30. Rows with centre in [5.5, 20.25): the
  // top edge passes through the centres of row 5 and the top-left rule assigns them to the square.
  const auto cover = rast.select(-1, 3) > 0;
  int64_t expected = 0, mismatches = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const double cx = x + 0.5, cy = y + 0.5;
      const bool inside = cx > x0 && cx < x1 && cy >= y0 && cy < y1;
      expected += inside;
      mismatches += inside != cover[0][y][x].item<bool>();
    }
  std::printf("  square: %lld pixels, expected %lld\n", static_cast<long long>(covered(rast)),
              static_cast<long long>(expected));
  PALMA_CHECK(expected == 21 * 15);
  PALMA_CHECK(mismatches == 0);
}

PALMA_TEST(perspectiveSquareMatchesItsProjection) {
  // A 0.2 m square at 1 m in front of a 60-degree camera: its projection is an axis-aligned rectangle.
  const auto cam = palma::render::Camera::fromFieldOfView(60, 200, 150);
  auto cams = palma::render::CameraBatch::repeat(cam, 1, torch::kFloat64);
  auto pts = torch::tensor({-0.1, -0.07, 1.0, 0.13, -0.07, 1.0, 0.13, 0.09, 1.0, -0.1, 0.09, 1.0}, kDouble)
                 .view({1, 4, 3});
  const auto rast =
      rasterize(palma::render::cameraToClip(cams, pts), triangles({{0, 1, 2}, {0, 2, 3}}), 150, 200);
  const auto px = palma::render::projectToPixels(cams, pts);  // OpenCV: centres at integers
  const double u0 = px[0][0][0].item<double>(), u1 = px[0][1][0].item<double>();
  const double v0 = px[0][0][1].item<double>(), v1 = px[0][2][1].item<double>();
  int64_t expected = 0;
  for (int y = 0; y < 150; ++y)
    for (int x = 0; x < 200; ++x) expected += (x > u0 && x < u1 && y > v0 && y < v1);
  PALMA_CHECK(covered(rast) == expected);
}

PALMA_TEST(discAreaIsWithinHalfAPercent) {
  const int size = 256, segments = 512;
  const double r = 100.0, c = 128.0;
  std::vector<std::array<double, 2>> pts{{c, c}};
  std::vector<std::array<int64_t, 3>> tris;
  for (int i = 0; i < segments; ++i) {
    const double a = 2 * M_PI * i / segments;
    pts.push_back({c + r * std::cos(a), c + r * std::sin(a)});
    tris.push_back({0, 1 + i, 1 + (i + 1) % segments});
  }
  const auto rast = rasterize(pixelPoints(pts, size, size), triangles(tris), size, size);
  const double area = M_PI * r * r;
  const double error = std::abs(covered(rast) - area) / area;
  std::printf("  disc r=100 px: %lld pixels, pi r^2 = %.1f, error %.4f %%\n",
              static_cast<long long>(covered(rast)), area, 100 * error);
  PALMA_CHECK(error < 0.005);  // the bound; measured 0.038 %
}

PALMA_TEST(sharedEdgeThroughPixelCentresIsCoveredExactlyOnce) {
  // The diagonal of this square passes exactly through the centres (i + 0.5, i + 0.5).
  const int size = 16;
  const auto pos = pixelPoints({{0.5, 0.5}, {15.5, 0.5}, {15.5, 15.5}, {0.5, 15.5}}, size, size);
  const auto a = rasterize(pos, triangles({{0, 1, 2}}), size, size).select(-1, 3) > 0;
  const auto b = rasterize(pos, triangles({{0, 2, 3}}), size, size).select(-1, 3) > 0;
  const auto both = rasterize(pos, triangles({{0, 1, 2}, {0, 2, 3}}), size, size).select(-1, 3) > 0;
  const int64_t overlap = (a & b).sum().item<int64_t>();
  const int64_t gaps = (both & ~(a | b)).sum().item<int64_t>() + ((a | b) & ~both).sum().item<int64_t>();
  std::printf("  diagonal: %lld + %lld pixels, union %lld, overlap %lld\n",
              static_cast<long long>(a.sum().item<int64_t>()),
              static_cast<long long>(b.sum().item<int64_t>()),
              static_cast<long long>(both.sum().item<int64_t>()), static_cast<long long>(overlap));
  PALMA_CHECK(overlap == 0);
  PALMA_CHECK(gaps == 0);
  // The closed square [0.5, 15.5]^2 contains 15 x 15 centres, ties on its outer edges going to the
  // top-left rule: left and top edges in, right and bottom out.
  PALMA_CHECK(both.sum().item<int64_t>() == 15 * 15);
}

PALMA_TEST(jitteredMeshTilesTheImageWithoutGapsOrOverlaps) {
  // A grid mesh beyond the image edges, half of its vertices exactly on pixel centres, the others
  // jittered, in perspective (w varies): every pixel must be covered by exactly one triangle.
  const int size = 48, n = 9;
  torch::manual_seed(3);
  auto pos = torch::zeros({1, n * n, 4}, kDouble);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      double x = -4.0 + i * 7.0 + 0.5, y = -4.0 + j * 7.0 + 0.5;  // centres of pixels
      if ((i + j) % 2 && i > 0 && j > 0 && i < n - 1 && j < n - 1) {
        x += torch::rand({1}).item<double>() * 3 - 1.5;
        y += torch::rand({1}).item<double>() * 3 - 1.5;
      }
      const double w = 1.0 + 0.5 * i / n + 0.25 * j / n;
      const int v = j * n + i;
      pos[0][v][0] = ndc(x, size) * w;
      pos[0][v][1] = ndc(y, size) * w;
      pos[0][v][2] = 0.0;
      pos[0][v][3] = w;
    }
  std::vector<std::array<int64_t, 3>> tris;
  for (int j = 0; j + 1 < n; ++j)
    for (int i = 0; i + 1 < n; ++i) {
      const int64_t v = j * n + i;
      if ((i + j) % 2) {
        tris.push_back({v, v + 1, v + n + 1});
        tris.push_back({v, v + n + 1, v + n});
      } else {
        tris.push_back({v, v + 1, v + n});
        tris.push_back({v + 1, v + n + 1, v + n});
      }
    }
  auto count = torch::zeros({size, size}, torch::kInt64);
  for (const auto& t : tris)
    count += (rasterize(pos, triangles({t}), size, size)[0].select(-1, 3) > 0).to(torch::kInt64);
  const int64_t holes = (count == 0).sum().item<int64_t>(), doubles = (count > 1).sum().item<int64_t>();
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      if (count[y][x].item<int64_t>() != 1)
        std::printf("  pixel %d %d: %lld\n", x, y, (long long)count[y][x].item<int64_t>());
  std::printf("  %zu triangles over %dx%d: %lld uncovered, %lld covered twice\n", tris.size(), size, size,
              static_cast<long long>(holes), static_cast<long long>(doubles));
  PALMA_CHECK(holes == 0);
  PALMA_CHECK(doubles == 0);
  PALMA_CHECK(covered(rasterize(pos, triangles(tris), size, size)) == size * size);
}

PALMA_TEST(interpenetratingTrianglesShowTheNearerSurfacePerPixel) {
  const int size = 32;
  // Triangle A: depth 0.2 + 0.3 x_ndc; triangle B: depth 0.2 - 0.3 x_ndc; they cross at x = 0.
  auto pos = pixelPoints({{-8, -8}, {40, 16}, {-8, 40}, {40, -8}, {-8, 16}, {40, 40}}, size, size);
  for (int v = 0; v < 6; ++v) {
    const double x = pos[0][v][0].item<double>();
    pos[0][v][2] = v < 3 ? 0.2 + 0.3 * x : 0.2 - 0.3 * x;
  }
  const auto rast = rasterize(pos, triangles({{0, 1, 2}, {3, 4, 5}}), size, size)[0];
  int wrong = 0, both = 0;
  for (int y = 8; y < 24; ++y)
    for (int x = 0; x < size; ++x) {
      const double xn = ndc(x + 0.5, size);
      const double za = 0.2 + 0.3 * xn, zb = 0.2 - 0.3 * xn;
      const int id = static_cast<int>(rast[y][x][3].item<double>());
      if (id == 0) continue;
      ++both;
      const int expected = za < zb ? 1 : 2;
      wrong += id != expected;
      wrong += std::abs(rast[y][x][2].item<double>() - std::min(za, zb)) > 1e-12;
    }
  PALMA_CHECK(both > 200);
  PALMA_CHECK(wrong == 0);
}

PALMA_TEST(trianglesCrossingTheNearPlaneAreClippedPerPixel) {
  // Camera space: two vertices 1 m ahead, one 1 m behind the camera.
  auto cam = palma::render::Camera::fromFieldOfView(90, 64, 64);
  auto cams = palma::render::CameraBatch::repeat(cam, 1, torch::kFloat64);
  cams.near = 0.1;
  const auto pts = torch::tensor({-0.5, 0.3, 1.0, 0.5, 0.3, 1.0, 0.0, 0.3, -1.0}, kDouble).view({1, 3, 3});
  const auto rast = rasterize(palma::render::cameraToClip(cams, pts), triangles({{0, 1, 2}}), 64, 64)[0];
  // Drawn pixels lie in front of the near plane: recover metric depth from NDC z.
  const double n = cams.near, f = cams.far;
  int drawn = 0, behind = 0;
  for (int y = 0; y < 64; ++y)
    for (int x = 0; x < 64; ++x) {
      if (rast[y][x][3].item<double>() == 0) continue;
      ++drawn;
      const double zw = rast[y][x][2].item<double>();
      const double depth = 2 * f * n / ((f + n) - zw * (f - n));
      behind += depth < n * (1 - 1e-9);
    }
  std::printf("  near-plane triangle: %d pixels drawn, %d behind the near plane\n", drawn, behind);
  PALMA_CHECK(drawn > 300);
  PALMA_CHECK(behind == 0);
  // The strip between depth 0.1 and 1 projects below the horizon (y > 0), rows 32.. only.
  PALMA_CHECK((rast.narrow(0, 0, 32).select(-1, 3) > 0).sum().item<int64_t>() == 0);
}

PALMA_TEST(barycentricAndDepthGradientsMatchFiniteDifferences) {
  torch::manual_seed(7);
  const int size = 24;
  auto pos = pixelPoints({{2.3, 3.1}, {21.7, 5.2}, {6.4, 20.9}, {22.5, 22.1}}, size, size);
  pos[0][0][3] = 1.3;
  pos[0][0][2] = 0.1;
  pos[0][1][2] = 0.4;
  pos[0][2][3] = 0.8;
  pos[0][3][3] = 1.1;
  pos[0][3][2] = -0.2;
  const auto tri = triangles({{0, 1, 2}, {1, 3, 2}});
  const auto weights = torch::rand({1, size, size, 4}, kDouble);
  auto loss = [&](const torch::Tensor& p) { return (rasterize(p, tri, size, size) * weights).sum(); };
  // Coverage must not change within the step for the check to be meaningful.
  const auto base = rasterize(pos, tri, size, size).select(-1, 3);
  const auto check = palma::test::checkGradient(loss, pos, 1e-7);
  palma::test::printCheck("d rast / d pos", check);
  PALMA_CHECK(torch::equal(rasterize(pos + 1e-7, tri, size, size).select(-1, 3), base));
  PALMA_CHECK(check.nonzero >= 12);
  PALMA_CHECK(palma::test::relativeError(check) < 1e-5);  // measured 5.7e-9
}

PALMA_TEST(badInputGivesClearErrors) {
  const auto pos = torch::zeros({1, 3, 4});
  PALMA_CHECK_THROWS(rasterize(torch::zeros({1, 3, 3}), triangles({{0, 1, 2}}), 8, 8), palma::InputError,
                     "`pos` must be a 3-D float32 or float64 tensor whose last dimension is 4");
  PALMA_CHECK_THROWS(rasterize(pos, triangles({{0, 1, 3}}), 8, 8), palma::InputError,
                     "refers to vertex 3 but there are only 3 vertices");
  PALMA_CHECK_THROWS(rasterize(pos, triangles({{0, 1, 2}}), 0, 8), palma::InputError, "image size");
  auto nan = pos.clone();
  nan[0][1][0] = std::nan("");
  PALMA_CHECK_THROWS(rasterize(nan, triangles({{0, 1, 2}}), 8, 8), palma::InputError, "NaN");
  // An empty mesh renders an empty image.
  PALMA_CHECK(covered(rasterize(pos, torch::zeros({0, 3}, torch::kInt64), 8, 8)) == 0);
}

PALMA_TEST(croppedCamerasSeeExactlyTheCropOfTheFullImage) {
  // A 200x160 render and the 90x70 crop at (50, 40) rendered with Camera::cropped: same pixels.
  const auto cam = palma::render::Camera::fromFieldOfView(60, 200, 160);
  const auto pts =
      torch::tensor({-0.2, -0.15, 1.0, 0.25, -0.1, 1.2, 0.05, 0.3, 0.9}, kDouble).view({1, 3, 3});
  const auto faces = triangles({{0, 1, 2}});
  auto full_cams = palma::render::CameraBatch::repeat(cam, 1, torch::kFloat64);
  const auto full = rasterize(palma::render::cameraToClip(full_cams, pts), faces, 160, 200)[0];
  auto crop_cams =
      palma::render::CameraBatch::repeat(cam.cropped(50, 40, 90, 70, 90, 70), 1, torch::kFloat64);
  const auto crop = rasterize(palma::render::cameraToClip(crop_cams, pts), faces, 70, 90)[0];
  const auto expected = full.narrow(0, 40, 70).narrow(1, 50, 90);
  PALMA_CHECK(torch::equal(crop.select(2, 3) > 0, expected.select(2, 3) > 0));
  PALMA_CHECK((crop.narrow(2, 0, 2) - expected.narrow(2, 0, 2)).abs().max().item<double>() < 1e-9);
  // Resizing scales pixel coordinates about pixel edges: u' = (u + 0.5) s - 0.5.
  const auto half = cam.resized(100, 80);
  auto half_cams = palma::render::CameraBatch::repeat(half, 1, torch::kFloat64);
  const auto u = palma::render::projectToPixels(full_cams, pts),
             v = palma::render::projectToPixels(half_cams, pts);
  PALMA_CHECK(((u + 0.5) * 0.5 - 0.5 - v).abs().max().item<double>() < 1e-12);
  PALMA_CHECK_THROWS(cam.cropped(0, 0, 0, 10, 10, 10), palma::InputError, "positive size");
  PALMA_CHECK_THROWS(palma::render::Camera::fromFieldOfView(180, 10, 10), palma::InputError, "field of view");
}

PALMA_TEST(coveredPixelsAreTheNonzeroTriangleIdsInOrder) {
  // Three images of different coverage (one empty) against torch::nonzero, in both dtypes.
  for (const auto dtype : {torch::kFloat64, torch::kFloat32}) {
    auto rast = torch::zeros({3, 17, 23, 4}, torch::TensorOptions().dtype(dtype));
    torch::manual_seed(5);
    rast[0].select(2, 3).copy_((torch::rand({17, 23}) > 0.6).to(dtype) * 7);
    rast[2].select(2, 3).copy_((torch::rand({17, 23}) > 0.2).to(dtype) * 3);
    const auto covered = palma::render::coveredPixels(rast);
    const auto expected = torch::nonzero(rast.select(3, 3).reshape({-1}) > 0).squeeze(1);
    PALMA_CHECK(expected.size(0) > 100);
    PALMA_CHECK(torch::equal(covered.index, expected));
    PALMA_CHECK(torch::equal(covered.batch, torch::div(expected, 17 * 23, "floor")));
  }
  const auto empty = palma::render::coveredPixels(torch::zeros({2, 4, 4, 4}));
  PALMA_CHECK(empty.index.numel() == 0 && empty.batch.numel() == 0);
  PALMA_CHECK_THROWS(palma::render::coveredPixels(torch::zeros({4, 4, 4})), palma::InputError, "rast");
}
