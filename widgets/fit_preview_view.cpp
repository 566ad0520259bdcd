#include "widgets/fit_preview_view.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace palma {

FitPreviewView::FitPreviewView(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FitPreviewView::setPreview(const QImage& image) {
  if (image.isNull() || image.width() % 2 != 0) {
    clear();
    return;
  }
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  const int w = rgb.width() / 2;
  input_ = rgb.copy(0, 0, w, rgb.height());
  render_ = rgb.copy(w, 0, w, rgb.height());
  double sum = 0;
  for (int y = 0; y < input_.height(); ++y) {
    const uchar* a = input_.constScanLine(y);
    const uchar* b = render_.constScanLine(y);
    for (int x = 0; x < 3 * w; ++x) sum += std::abs(int(a[x]) - int(b[x]));
  }
  mean_difference_ = sum / (255.0 * 3.0 * std::max(1, w * input_.height()));
  update();
}

void FitPreviewView::clear() {
  input_ = render_ = QImage();
  mean_difference_ = -1;
  update();
}

void FitPreviewView::setMode(Mode mode) {
  mode_ = mode;
  update();
}

void FitPreviewView::setBlend(double blend) {
  blend_ = std::clamp(blend, 0.0, 1.0);
  update();
}

void FitPreviewView::setDifferenceGain(double gain) {
  gain_ = std::max(1.0, gain);
  update();
}

QImage FitPreviewView::displayedImage() const {
  if (input_.isNull()) return {};
  const int w = input_.width(), h = input_.height();
  switch (mode_) {
    case Mode::SideBySide: {
      QImage out(2 * w, h, QImage::Format_RGB888);
      QPainter p(&out);
      p.drawImage(0, 0, input_);
      p.drawImage(w, 0, render_);
      return out;
    }
    case Mode::Overlay:
    case Mode::Difference: {
      QImage out(w, h, QImage::Format_RGB888);
      for (int y = 0; y < h; ++y) {
        const uchar* a = input_.constScanLine(y);
        const uchar* b = render_.constScanLine(y);
        uchar* o = out.scanLine(y);
        for (int x = 0; x < 3 * w; ++x) {
          const double v = mode_ == Mode::Overlay ? (1 - blend_) * a[x] + blend_ * b[x]
                                                  : gain_ * std::abs(int(a[x]) - int(b[x]));
          o[x] = static_cast<uchar>(std::clamp(std::lround(v), 0L, 255L));
        }
      }
      return out;
    }
  }
  return {};
}

void FitPreviewView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(24, 24, 28));
  const QImage img = displayedImage();
  if (img.isNull()) {
    p.setPen(QColor(170, 170, 176));
    p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
               tr("The input frame and the current render appear here while the reconstruction runs."));
    return;
  }
  const QSize target = img.size().scaled(size() - QSize(8, 24), Qt::KeepAspectRatio);
  const QRect r(QPoint((width() - target.width()) / 2, 20 + (height() - 20 - target.height()) / 2), target);
  p.setRenderHint(QPainter::SmoothPixmapTransform, true);
  p.drawImage(r, img);
  p.setPen(QColor(220, 220, 224));
  const QRect caption(r.left(), 2, r.width(), 16);
  switch (mode_) {
    case Mode::SideBySide:
      p.drawText(QRect(r.left(), 2, r.width() / 2, 16), Qt::AlignCenter, tr("Input"));
      p.drawText(QRect(r.left() + r.width() / 2, 2, r.width() / 2, 16), Qt::AlignCenter, tr("Render"));
      break;
    case Mode::Overlay:
      p.drawText(caption, Qt::AlignCenter,
                 tr("Render over input (%1%)").arg(static_cast<int>(std::lround(blend_ * 100))));
      break;
    case Mode::Difference:
      p.drawText(
          caption, Qt::AlignCenter,
          tr("|Input - render| x %1, mean %2%").arg(gain_, 0, 'g', 3).arg(mean_difference_ * 100, 0, 'f', 1));
      break;
  }
}

}  // namespace palma
