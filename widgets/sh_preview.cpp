// LibTorch before Qt (see sh_preview.h).
#include <torch/torch.h>

#include "widgets/sh_preview.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/render/shading.h"

namespace palma {

ShPreview::ShPreview(QWidget* parent) : QWidget(parent) {
  setToolTip(tr("Irradiance of the spherical-harmonics lighting on a white sphere"));
}

void ShPreview::setLighting(const AvatarLighting& lighting) {
  lighting_ = lighting;
  shade();
  update();
}

void ShPreview::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  shade();
}

void ShPreview::shade() {
  const int size = std::max(8, std::min(width(), height()) - 8);
  if (size != normals_size_) {
    // Normals of the visible half of the unit sphere, one per pixel inside the disc.
    std::vector<float> normals;
    std::vector<int64_t> pixels;
    const double r = 0.5 * size;
    for (int y = 0; y < size; ++y)
      for (int x = 0; x < size; ++x) {
        const double u = (x + 0.5 - r) / r, v = (y + 0.5 - r) / r, rr = u * u + v * v;
        if (rr > 1.0) continue;
        normals.insert(normals.end(), {static_cast<float>(u), static_cast<float>(v),
                                       static_cast<float>(-std::sqrt(1.0 - rr))});
        pixels.push_back(static_cast<int64_t>(y) * size + x);
      }
    const auto count = static_cast<int64_t>(pixels.size());
    normals_ = torch::from_blob(normals.data(), {1, count, 3}, torch::kFloat32).clone();
    pixels_ = torch::from_blob(pixels.data(), {count}, torch::kLong).clone();
    normals_size_ = size;
  }
  auto sh = torch::empty({1, 9, 3});
  auto acc = sh.accessor<float, 3>();
  for (int k = 0; k < 9; ++k)
    for (int c = 0; c < 3; ++c) acc[0][k][c] = lighting_.sh(k, c);
  torch::NoGradGuard no_grad;
  const auto e = render::shIrradiance(normals_, sh)[0];  // [P,3]
  const auto centre =
      render::shIrradiance(torch::tensor({0.0f, 0.0f, -1.0f}).view({1, 1, 3}), sh).view({3}).contiguous();
  centre_ = Eigen::Vector3f(centre[0].item<float>(), centre[1].item<float>(), centre[2].item<float>());
  const auto bytes = (e.clamp(0.0, 1.0) * 255.0).round().to(torch::kUInt8).contiguous();
  image_ = QImage(size, size, QImage::Format_ARGB32);
  image_.fill(Qt::transparent);
  auto* out = reinterpret_cast<QRgb*>(image_.bits());
  const auto* px = pixels_.data_ptr<int64_t>();
  const auto* rgb = bytes.data_ptr<uint8_t>();
  const int alpha = lighting_.use_sh ? 255 : 110;
  for (int64_t i = 0; i < pixels_.size(0); ++i)
    out[px[i]] = qRgba(rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], alpha);
}

void ShPreview::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  if (image_.isNull()) shade();
  const QPointF c(0.5 * width(), 0.5 * height());
  p.drawImage(QPointF(c.x() - 0.5 * image_.width(), c.y() - 0.5 * image_.height()), image_);
  p.setPen(QPen(palette().color(QPalette::Mid), 1.0));
  p.setBrush(Qt::NoBrush);
  p.drawEllipse(c, 0.5 * image_.width(), 0.5 * image_.height());
  if (!lighting_.use_sh) {
    p.setPen(palette().color(QPalette::Text));
    p.drawText(rect(), Qt::AlignCenter, tr("SH off"));
  }
}

}  // namespace palma
