// Second-order spherical harmonics of analytic lighting environments: the real SH basis in the
// renderer's order, numerical projection of any radiance function onto it, and a small family of
// environments (a sky/ground gradient plus one soft key lobe) from which the studio's lighting presets
// are made.
//
// Units: colours of an ShEnvironment are in the renderer's ambient units. The renderer multiplies the
// albedo by the SH irradiance E(n) directly (core/render/shading.h shIrradiance, Ramamoorthi & Hanrahan
// 2001), so an environment that is a uniform colour c gives E(n) = c for every normal, the same light as
// an ambient ratio of c. projectRadiance works on physical radiance, for which a uniform radiance c
// gives E = pi * c; environmentRadiance divides by pi to bridge the two.
#pragma once

#include <Eigen/Core>

#include <array>
#include <functional>

namespace palma::render {

// 9 coefficients x RGB in the order L00, L1-1, L10, L11, L2-2, L2-1, L20, L21, L22 (shIrradiance's).
using ShCoefficients = Eigen::Matrix<float, 9, 3>;

// The 9 real SH basis functions Y_lm at the unit direction d = (x, y, z), in the order above:
// constants times 1, y, z, x, xy, yz, 3z^2 - 1, xz, x^2 - y^2 (orthonormal over the sphere).
std::array<double, 9> shBasis(const Eigen::Vector3d& d);

// Radiance (linear RGB) arriving from the unit direction d, world frame.
using RadianceFunction = std::function<Eigen::Vector3d(const Eigen::Vector3d& d)>;

// L_lm = integral over the sphere of radiance(w) Y_lm(w) dw, numerically: `resolution` Gauss-Legendre
// nodes in z (exact for polynomials in z up to degree 2 * resolution - 1) times 2 * resolution equal
// azimuth steps, so the SH of any environment of band <= 2 come out exact up to rounding. Throws
// palma::InputError for a resolution below 2.
ShCoefficients projectRadiance(const RadianceFunction& radiance, int resolution = 48);

// A sky/ground gradient along `up` with a soft key light: the radiance seen in direction d is
//   (lerp(ground, sky, (1 + d.up) / 2) + key_colour * max(0, d.key_direction)^key_sharpness) / pi
// with colours in ambient units (see the file comment). Directions need not be unit length.
struct ShEnvironment {
  Eigen::Vector3f up{0.0f, -1.0f, 0.0f};              // world up; the capture camera's frame has y down
  Eigen::Vector3f sky{0.5f, 0.5f, 0.5f};              // seen straight up
  Eigen::Vector3f ground{0.5f, 0.5f, 0.5f};           // seen straight down
  Eigen::Vector3f key_direction{0.0f, -1.0f, -1.0f};  // towards the key light
  Eigen::Vector3f key_colour{0.0f, 0.0f, 0.0f};       // peak radiance of the key lobe
  float key_sharpness = 8.0f;                         // lobe exponent: larger = smaller, harder key
};

// The radiance of `environment` in direction d (unit). Throws palma::InputError for a zero or
// non-finite `up` or `key_direction`, negative or non-finite colours, or a sharpness below 0.
Eigen::Vector3d environmentRadiance(const ShEnvironment& environment, const Eigen::Vector3d& d);

// projectRadiance of environmentRadiance: the coefficients to hand to the renderer. Validates as
// environmentRadiance does.
ShCoefficients projectEnvironment(const ShEnvironment& environment, int resolution = 48);

}  // namespace palma::render
