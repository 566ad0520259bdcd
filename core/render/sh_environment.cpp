#include "core/render/sh_environment.h"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "core/common/error.h"

namespace palma::render {

namespace {

constexpr double kPi = 3.14159265358979323846;

void checkDirection(const Eigen::Vector3f& v, const char* name) {
  if (!v.allFinite() || v.norm() < 1e-6f)
    throw InputError(std::string("SH environment: `") + name + "` must be a finite, non-zero direction");
}

void checkColour(const Eigen::Vector3f& c, const char* name) {
  if (!c.allFinite() || (c.array() < 0.0f).any())
    throw InputError(std::string("SH environment: `") + name + "` must be finite and not negative");
}

void checkEnvironment(const ShEnvironment& e) {
  checkDirection(e.up, "up");
  checkDirection(e.key_direction, "key_direction");
  checkColour(e.sky, "sky");
  checkColour(e.ground, "ground");
  checkColour(e.key_colour, "key_colour");
  if (!std::isfinite(e.key_sharpness) || e.key_sharpness < 0.0f)
    throw InputError("SH environment: `key_sharpness` must be a finite number >= 0");
}

Eigen::Vector3d radianceOf(const ShEnvironment& e, const Eigen::Vector3d& d) {
  const Eigen::Vector3d up = e.up.cast<double>().normalized();
  const Eigen::Vector3d key = e.key_direction.cast<double>().normalized();
  const double t = 0.5 * (1.0 + d.dot(up));
  Eigen::Vector3d l = (1.0 - t) * e.ground.cast<double>() + t * e.sky.cast<double>();
  const double c = std::max(0.0, d.dot(key));
  if (c > 0.0) l += e.key_colour.cast<double>() * std::pow(c, static_cast<double>(e.key_sharpness));
  return l / kPi;
}

// Nodes and weights of n-point Gauss-Legendre quadrature on [-1, 1]: the roots of the Legendre
// polynomial P_n by Newton's method from Chebyshev guesses, weights 2 / ((1 - x^2) P_n'(x)^2).
std::pair<std::vector<double>, std::vector<double>> gaussLegendre(int n) {
  std::vector<double> nodes(n), weights(n);
  for (int i = 0; i < n; ++i) {
    double x = std::cos(kPi * (i + 0.75) / (n + 0.5));
    double derivative = 1.0;
    for (int iteration = 0; iteration < 100; ++iteration) {
      double p0 = 1.0, p1 = x;  // P_0, P_1, then the recurrence up to P_n
      for (int k = 2; k <= n; ++k) {
        const double p2 = ((2.0 * k - 1.0) * x * p1 - (k - 1.0) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = n * (x * p1 - p0) / (x * x - 1.0);
      const double step = p1 / derivative;
      x -= step;
      if (std::abs(step) < 1e-15) break;
    }
    nodes[i] = x;
    weights[i] = 2.0 / ((1.0 - x * x) * derivative * derivative);
  }
  return {nodes, weights};
}

}  // namespace

std::array<double, 9> shBasis(const Eigen::Vector3d& d) {
  // Normalisation constants of the real SH (Ramamoorthi & Hanrahan 2001, eq. 3).
  const double x = d.x(), y = d.y(), z = d.z();
  return {0.282095,
          0.488603 * y,
          0.488603 * z,
          0.488603 * x,
          1.092548 * x * y,
          1.092548 * y * z,
          0.315392 * (3.0 * z * z - 1.0),
          1.092548 * x * z,
          0.546274 * (x * x - y * y)};
}

ShCoefficients projectRadiance(const RadianceFunction& radiance, int resolution) {
  if (resolution < 2)
    throw InputError("SH projection: the resolution must be at least 2, got " + std::to_string(resolution));
  const int bands = resolution, steps = 2 * resolution;
  const auto [nodes, weights] = gaussLegendre(bands);
  Eigen::Matrix<double, 9, 3> sum = Eigen::Matrix<double, 9, 3>::Zero();
  for (int i = 0; i < bands; ++i) {
    const double z = nodes[i];
    const double r = std::sqrt(std::max(0.0, 1.0 - z * z));
    // dw = dz dphi: Gauss-Legendre in z, equal steps in azimuth.
    const double weight = weights[i] * 2.0 * kPi / steps;
    for (int j = 0; j < steps; ++j) {
      const double phi = (j + 0.5) * 2.0 * kPi / steps;
      const Eigen::Vector3d d(r * std::cos(phi), r * std::sin(phi), z);
      const Eigen::Vector3d l = radiance(d);
      const auto y = shBasis(d);
      for (int k = 0; k < 9; ++k) sum.row(k) += (weight * y[k]) * l.transpose();
    }
  }
  return sum.cast<float>();
}

Eigen::Vector3d environmentRadiance(const ShEnvironment& environment, const Eigen::Vector3d& d) {
  checkEnvironment(environment);
  return radianceOf(environment, d);
}

ShCoefficients projectEnvironment(const ShEnvironment& environment, int resolution) {
  checkEnvironment(environment);
  return projectRadiance([&](const Eigen::Vector3d& d) { return radianceOf(environment, d); }, resolution);
}

}  // namespace palma::render
