#include "core/capture/crops.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/common/error.h"

namespace palma {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Square {
  double cx = 0, cy = 0, side = 0;
  bool valid = false;
};

void requireOptions(const CropOptions& o) {
  if (!std::isfinite(o.margin) || o.margin < 0 || o.margin > 10)
    throw InputError("crop options: the margin must be between 0 and 10, got " + std::to_string(o.margin));
  if (!std::isfinite(o.min_side_px) || o.min_side_px < 1)
    throw InputError("crop options: the smallest crop side must be at least 1 pixel, got " +
                     std::to_string(o.min_side_px));
  if (o.smoothing_radius < 0 || o.smoothing_radius > 1000)
    throw InputError("crop options: the smoothing radius must be between 0 and 1000 frames, got " +
                     std::to_string(o.smoothing_radius));
}

// Fills invalid entries from their neighbours (linear between two, held at the ends), then smooths the
// centre with a moving average and the side with the moving average of a running maximum.
std::vector<CropBox> finishCrops(std::vector<Square> squares, const CropOptions& o, const char* what) {
  const int n = static_cast<int>(squares.size());
  std::vector<int> valid;
  for (int i = 0; i < n; ++i)
    if (squares[i].valid) valid.push_back(i);
  if (valid.empty() && n > 0)
    throw InputError(std::string("crops: no frame has ") + what + " to place a crop");
  for (int i = 0; i < n; ++i) {
    if (squares[i].valid) continue;
    const auto next = std::lower_bound(valid.begin(), valid.end(), i);
    if (next == valid.begin()) {
      squares[i] = squares[*next];
    } else if (next == valid.end()) {
      squares[i] = squares[valid.back()];
    } else {
      const Square& a = squares[*(next - 1)];
      const Square& b = squares[*next];
      const double t = double(i - *(next - 1)) / double(*next - *(next - 1));
      squares[i] = {a.cx + t * (b.cx - a.cx), a.cy + t * (b.cy - a.cy), a.side + t * (b.side - a.side), true};
    }
  }
  const int r = o.smoothing_radius;
  std::vector<double> running_max(n);
  for (int i = 0; i < n; ++i) {
    double m = 0;
    for (int k = std::max(0, i - r); k <= std::min(n - 1, i + r); ++k) m = std::max(m, squares[k].side);
    running_max[i] = m;
  }
  std::vector<CropBox> out(n);
  for (int i = 0; i < n; ++i) {
    double cx = 0, cy = 0, side = 0;
    int count = 0;
    for (int k = std::max(0, i - r); k <= std::min(n - 1, i + r); ++k, ++count) {
      cx += squares[k].cx;
      cy += squares[k].cy;
      side += running_max[k];
    }
    cx /= count;
    cy /= count;
    side = std::max(side / count, o.min_side_px);
    out[i] = {cx - 0.5 * side, cy - 0.5 * side, side};
  }
  return out;
}

void requireBox(const CropBox& box, int out_size) {
  if (!std::isfinite(box.x0) || !std::isfinite(box.y0) || !std::isfinite(box.side) || box.side <= 0)
    throw InputError("crop: the crop box must have a finite position and a positive side");
  if (out_size < 1 || out_size > 16384)
    throw InputError("crop: the output size must be between 1 and 16384 pixels, got " +
                     std::to_string(out_size));
}

// Resampling weights along one axis: [out_size, hi - lo] over input pixels [lo, hi). Empty (hi == lo)
// when the crop misses the frame along this axis.
struct AxisWeights {
  torch::Tensor weights;
  int64_t lo = 0, hi = 0;
};

AxisWeights axisWeights(double start, double side, int out_size, int64_t length) {
  const double s = side / out_size;
  // Input pixels the crop can touch (bilinear reaches one pixel past the footprint).
  const int64_t lo = std::clamp<int64_t>(static_cast<int64_t>(std::floor(start - 1.0)), 0, length);
  const int64_t hi = std::clamp<int64_t>(static_cast<int64_t>(std::ceil(start + side + 1.0)) + 1, 0, length);
  AxisWeights w;
  w.lo = lo;
  w.hi = std::max(lo, hi);
  w.weights = torch::zeros({out_size, w.hi - w.lo}, torch::kFloat32);
  if (w.hi == w.lo) return w;
  auto a = w.weights.accessor<float, 2>();
  for (int j = 0; j < out_size; ++j) {
    if (s >= 1.0) {
      // Box integral of the piecewise-constant frame over the footprint [a0, a1).
      const double a0 = start + j * s, a1 = a0 + s;
      const int64_t i0 = std::max<int64_t>(lo, static_cast<int64_t>(std::floor(a0 + 0.5)));
      const int64_t i1 = std::min<int64_t>(w.hi - 1, static_cast<int64_t>(std::ceil(a1 - 0.5)));
      for (int64_t i = i0; i <= i1; ++i) {
        const double overlap = std::min(a1, i + 0.5) - std::max(a0, i - 0.5);
        if (overlap > 0) a[j][i - lo] = static_cast<float>(overlap / s);
      }
    } else {
      // Bilinear between the two pixel centres around the output pixel's centre.
      const double c = start + (j + 0.5) * s;
      const int64_t i0 = static_cast<int64_t>(std::floor(c));
      const double t = c - i0;
      if (i0 >= lo && i0 < w.hi) a[j][i0 - lo] += static_cast<float>(1.0 - t);
      if (i0 + 1 >= lo && i0 + 1 < w.hi) a[j][i0 + 1 - lo] += static_cast<float>(t);
    }
  }
  return w;
}

// [H,W,C] float -> [out,out,C] float.
torch::Tensor resample(const torch::Tensor& image, const CropBox& box, int out_size) {
  const int64_t h = image.size(0), w = image.size(1), c = image.size(2);
  const AxisWeights wy = axisWeights(box.y0, box.side, out_size, h);
  const AxisWeights wx = axisWeights(box.x0, box.side, out_size, w);
  if (wy.hi == wy.lo || wx.hi == wx.lo) return torch::zeros({out_size, out_size, c}, torch::kFloat32);
  const auto region = image.slice(0, wy.lo, wy.hi).slice(1, wx.lo, wx.hi).contiguous();
  const int64_t rh = wy.hi - wy.lo, rw = wx.hi - wx.lo;
  const auto rows = wy.weights.mm(region.reshape({rh, rw * c})).reshape({out_size, rw, c});  // [out,rw,C]
  return torch::matmul(wx.weights, rows);                                                    // [out,out,C]
}

torch::Tensor toUint8(const torch::Tensor& x) { return x.round().clamp(0, 255).to(torch::kUInt8); }

}  // namespace

std::vector<CropBox> cropsFromKeypoints(const KeypointTrack& track, int width, int height,
                                        const CropOptions& options) {
  requireOptions(options);
  if (width < 1 || height < 1)
    throw InputError("crops: the frame size must be positive, got " + std::to_string(width) + " x " +
                     std::to_string(height));
  std::vector<Square> squares(track.frames.size());
  for (size_t f = 0; f < track.frames.size(); ++f) {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    int present = 0;
    for (const Keypoint2D& k : track.frames[f]) {
      if (!k.present()) continue;
      if (!std::isfinite(k.x) || !std::isfinite(k.y))
        throw InputError("crops: keypoints of frame " + std::to_string(f) + " are not finite numbers");
      x0 = std::min(x0, double(k.x));
      x1 = std::max(x1, double(k.x));
      y0 = std::min(y0, double(k.y));
      y1 = std::max(y1, double(k.y));
      ++present;
    }
    if (present < 3) continue;
    const double extent = std::max(x1 - x0, y1 - y0);
    squares[f] = {0.5 * (x0 + x1), 0.5 * (y0 + y1), extent * (1.0 + 2.0 * options.margin), true};
  }
  return finishCrops(std::move(squares), options, "keypoints");
}

std::vector<CropBox> cropsFromMasks(const std::vector<torch::Tensor>& masks, const CropOptions& options) {
  requireOptions(options);
  std::vector<Square> squares(masks.size());
  for (size_t f = 0; f < masks.size(); ++f) {
    const torch::Tensor& m = masks[f];
    if (!m.defined() || m.dim() != 2 || m.scalar_type() != torch::kUInt8)
      throw InputError("crops: mask " + std::to_string(f) + " must be an 8-bit single-channel image");
    if (m.sizes() != masks[0].sizes())
      throw InputError("crops: mask " + std::to_string(f) + " is " + std::to_string(m.size(1)) + " x " +
                       std::to_string(m.size(0)) + " pixels, the first mask " +
                       std::to_string(masks[0].size(1)) + " x " + std::to_string(masks[0].size(0)));
    const auto on = m.ge(128);
    const auto rows = torch::nonzero(on.any(1)), cols = torch::nonzero(on.any(0));
    if (rows.numel() == 0) continue;
    const double y0 = rows.min().item<int64_t>(), y1 = rows.max().item<int64_t>();
    const double x0 = cols.min().item<int64_t>(), x1 = cols.max().item<int64_t>();
    const double extent = std::max(x1 - x0, y1 - y0) + 1.0;  // pixel squares, not centres
    squares[f] = {0.5 * (x0 + x1), 0.5 * (y0 + y1), extent * (1.0 + 2.0 * options.margin), true};
  }
  return finishCrops(std::move(squares), options, "a non-empty mask");
}

torch::Tensor cropImage(const torch::Tensor& rgb, const CropBox& box, int out_size) {
  requireBox(box, out_size);
  if (!rgb.defined() || rgb.dim() != 3 || rgb.size(2) != 3 || rgb.scalar_type() != torch::kUInt8)
    throw InputError("crop: the frame must be an 8-bit RGB image [H,W,3]");
  return toUint8(resample(rgb.to(torch::kFloat32), box, out_size));
}

torch::Tensor cropMask(const torch::Tensor& mask, const CropBox& box, int out_size) {
  requireBox(box, out_size);
  if (!mask.defined() || mask.dim() != 2 || mask.scalar_type() != torch::kUInt8)
    throw InputError("crop: the mask must be an 8-bit single-channel image [H,W]");
  return toUint8(resample(mask.to(torch::kFloat32).unsqueeze(2), box, out_size).squeeze(2));
}

std::array<double, 4> cropIntrinsics(const std::array<double, 4>& k, const CropBox& box, int out_size) {
  requireBox(box, out_size);
  const double s = box.side / out_size;
  return {k[0] / s, k[1] / s, (k[2] - box.x0) / s - 0.5, (k[3] - box.y0) / s - 0.5};
}

FrameKeypoints cropKeypoints(const FrameKeypoints& keypoints, const CropBox& box, int out_size) {
  requireBox(box, out_size);
  const double s = box.side / out_size;
  FrameKeypoints out = keypoints;
  for (Keypoint2D& k : out) {
    if (!k.present()) continue;
    k.x = static_cast<float>((k.x - box.x0) / s - 0.5);
    k.y = static_cast<float>((k.y - box.y0) / s - 0.5);
  }
  return out;
}

std::array<double, 4> defaultIntrinsics(int width, int height, double vertical_fov_deg) {
  if (width < 1 || height < 1)
    throw InputError("camera: the frame size must be positive, got " + std::to_string(width) + " x " +
                     std::to_string(height));
  if (!(vertical_fov_deg > 0 && vertical_fov_deg < 180))
    throw InputError("camera: the field of view must be between 0 and 180 degrees, got " +
                     std::to_string(vertical_fov_deg));
  const double f = 0.5 * height / std::tan(0.5 * vertical_fov_deg * kPi / 180.0);
  return {f, f, 0.5 * width - 0.5, 0.5 * height - 0.5};
}

}  // namespace palma
