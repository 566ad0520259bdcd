#include "widgets/map_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace palma {

MapView::MapView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  setMinimumSize(160, 160);
  setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapView::setImage(const QImage& image) {
  const bool new_size = image.size() != image_.size();
  image_ = image;
  if (new_size || fitted_) {
    fitToView();
  } else {
    update();
  }
}

void MapView::setUvEdges(const QVector<QLineF>& edges) {
  uv_edges_ = edges;
  update();
}

void MapView::setUvOverlay(bool visible, double opacity) {
  uv_visible_ = visible;
  uv_opacity_ = std::clamp(opacity, 0.0, 1.0);
  update();
}

void MapView::setTexelGrid(bool visible) {
  grid_ = visible;
  update();
}

void MapView::setView(double zoom, const QPointF& centre) {
  fitted_ = false;
  applyView(zoom, centre);
}

void MapView::applyView(double zoom, const QPointF& centre) {
  const double z = std::clamp(zoom, kMinZoom, kMaxZoom);
  if (z == zoom_ && centre == centre_) return;
  zoom_ = z;
  centre_ = centre;
  update();
  Q_EMIT viewChanged(zoom_, centre_);
}

void MapView::fitToView() {
  if (image_.isNull()) return;
  const double margin = 8.0;
  const double zx = std::max(1.0, width() - 2 * margin) / image_.width();
  const double zy = std::max(1.0, height() - 2 * margin) / image_.height();
  applyView(std::min(zx, zy), QPointF(image_.width() / 2.0, image_.height() / 2.0));
  fitted_ = true;
}

void MapView::actualSize() { setView(1.0, centre_); }

void MapView::zoomIn() { zoomAbout(2.0, QPointF(width() / 2.0, height() / 2.0)); }

void MapView::zoomOut() { zoomAbout(0.5, QPointF(width() / 2.0, height() / 2.0)); }

void MapView::zoomAbout(double factor, const QPointF& anchor) {
  const QPointF texel = widgetToTexel(anchor);
  const double z = std::clamp(zoom_ * factor, kMinZoom, kMaxZoom);
  // Keep `texel` under `anchor`: anchor = half size + (texel - centre) * z.
  const QPointF half(width() / 2.0, height() / 2.0);
  setView(z, texel - (anchor - half) / z);
}

QPointF MapView::widgetToTexel(const QPointF& p) const {
  return centre_ + (p - QPointF(width() / 2.0, height() / 2.0)) / zoom_;
}

QPointF MapView::texelToWidget(const QPointF& texel) const {
  return QPointF(width() / 2.0, height() / 2.0) + (texel - centre_) * zoom_;
}

void MapView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Base).darker(130));
  if (image_.isNull()) return;

  // Texel space -> widget: scale by zoom about the widget centre.
  QTransform transform;
  transform.translate(width() / 2.0, height() / 2.0);
  transform.scale(zoom_, zoom_);
  transform.translate(-centre_.x(), -centre_.y());

  // Only the visible part of the image is blitted.
  const QRectF visible = transform.inverted().mapRect(QRectF(rect()));
  const QRect source = visible.toAlignedRect().intersected(image_.rect());
  if (!source.isEmpty()) {
    painter.save();
    painter.setTransform(transform);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom_ < 1.0);
    painter.drawImage(QRectF(source), image_, QRectF(source));
    painter.restore();
  }

  if (grid_ && zoom_ >= kGridMinZoom && !source.isEmpty()) {
    QVector<QLineF> lines;
    const QPointF top_left = texelToWidget(source.topLeft());
    const QPointF bottom_right = texelToWidget(QPointF(source.right() + 1, source.bottom() + 1));
    for (int x = source.left(); x <= source.right() + 1; ++x) {
      const double wx = texelToWidget(QPointF(x, 0)).x();
      lines.append(QLineF(wx, top_left.y(), wx, bottom_right.y()));
    }
    for (int y = source.top(); y <= source.bottom() + 1; ++y) {
      const double wy = texelToWidget(QPointF(0, y)).y();
      lines.append(QLineF(top_left.x(), wy, bottom_right.x(), wy));
    }
    painter.setPen(QPen(QColor(128, 128, 128, 110), 0));
    painter.drawLines(lines);
  }

  if (uv_visible_ && !uv_edges_.isEmpty() && uv_opacity_ > 0.0) {
    // Edges are transformed here rather than by the painter so the pen stays one pixel wide and
    // thousands of lines draw without a path.
    QVector<QLineF> lines;
    lines.reserve(uv_edges_.size());
    const double w = image_.width();
    const double h = image_.height();
    const QRectF bounds = QRectF(rect()).adjusted(-1, -1, 1, 1);
    for (const QLineF& e : uv_edges_) {
      const QPointF a = transform.map(QPointF(e.x1() * w, (1.0 - e.y1()) * h));
      const QPointF b = transform.map(QPointF(e.x2() * w, (1.0 - e.y2()) * h));
      if (std::max(a.x(), b.x()) < bounds.left() || std::min(a.x(), b.x()) > bounds.right() ||
          std::max(a.y(), b.y()) < bounds.top() || std::min(a.y(), b.y()) > bounds.bottom()) {
        continue;
      }
      lines.append(QLineF(a, b));
    }
    QColor colour(255, 230, 0);
    colour.setAlphaF(static_cast<float>(uv_opacity_));
    painter.setPen(QPen(colour, 0));
    painter.drawLines(lines);
  }
}

void MapView::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;
  if (steps != 0.0) zoomAbout(std::pow(1.25, steps), event->position());
  event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
    dragging_ = true;
    drag_last_ = event->position();
    setCursor(Qt::ClosedHandCursor);
  }
  QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
  if (dragging_) {
    const QPointF delta = event->position() - drag_last_;
    drag_last_ = event->position();
    setView(zoom_, centre_ - delta / zoom_);
  }
  Q_EMIT hovered(widgetToTexel(event->position()));
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
  if (dragging_ && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
    dragging_ = false;
    unsetCursor();
  }
  QWidget::mouseReleaseEvent(event);
}

void MapView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoomIn();
      break;
    case Qt::Key_Minus:
      zoomOut();
      break;
    case Qt::Key_F:
      fitToView();
      break;
    case Qt::Key_1:
      actualSize();
      break;
    default:
      QWidget::keyPressEvent(event);
  }
}

void MapView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (fitted_) fitToView();
}

void MapView::leaveEvent(QEvent* event) {
  Q_EMIT hoverLeft();
  QWidget::leaveEvent(event);
}

}  // namespace palma
