// Images between LibTorch and Qt: RGB tensors ([H,W,3], uint8, or float in [0,1]) to QImage and back.
// Header-only, so that both palma_widgets and palma_media (which do not link each other) use the same
// conversion. Include LibTorch headers before this one (Qt's `slots` keyword breaks them).
#pragma once

#include <torch/types.h>

#include <QImage>
#include <cstring>

namespace palma {

// An RGB888 image that owns its pixels. uint8 tensors are copied as they are; other types are taken as
// [0,1], clamped and rounded.
inline QImage rgbImage(const torch::Tensor& rgb) {
  const torch::Tensor bytes =
      rgb.scalar_type() == torch::kUInt8
          ? rgb.contiguous()
          : (rgb.detach().to(torch::kFloat32).clamp(0, 1) * 255).round().to(torch::kUInt8).contiguous();
  const int h = static_cast<int>(bytes.size(0)), w = static_cast<int>(bytes.size(1));
  QImage image(w, h, QImage::Format_RGB888);
  const uint8_t* src = bytes.data_ptr<uint8_t>();
  const size_t row = static_cast<size_t>(w) * 3;
  for (int y = 0; y < h; ++y) std::memcpy(image.scanLine(y), src + static_cast<size_t>(y) * row, row);
  return image;
}

// uint8 [H,W,3] RGB of any QImage.
inline torch::Tensor rgbTensor(const QImage& image) {
  const QImage rgb =
      image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
  torch::Tensor out = torch::empty({rgb.height(), rgb.width(), 3}, torch::kUInt8);
  uint8_t* dst = out.data_ptr<uint8_t>();
  const size_t row = static_cast<size_t>(rgb.width()) * 3;
  for (int y = 0; y < rgb.height(); ++y)
    std::memcpy(dst + static_cast<size_t>(y) * row, rgb.constScanLine(y), row);
  return out;
}

}  // namespace palma
