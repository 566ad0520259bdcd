// LibTorch before Qt (see light_direction_gizmo.h).
#include <torch/types.h>

#include "widgets/light_direction_gizmo.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace palma {

namespace {
constexpr float kDegrees = 57.29577951308232f;
}

LightDirectionGizmo::LightDirectionGizmo(QWidget* parent) : QWidget(parent) {
  setMouseTracking(false);
  setCursor(Qt::CrossCursor);
  setToolTip(tr("Drag to aim the point light: the highlight follows the mouse"));
}

void LightDirectionGizmo::setDirection(const Eigen::Vector3f& direction) {
  if (!direction.allFinite() || direction.norm() < 1e-8f) return;
  direction_ = direction.normalized();
  renderSphere();
  update();
}

Eigen::Vector2f LightDirectionGizmo::toAzimuthElevation(const Eigen::Vector3f& d) {
  const Eigen::Vector3f n = d.normalized();
  const float elevation = std::asin(std::clamp(-n.y(), -1.0f, 1.0f)) * kDegrees;
  const float azimuth = std::atan2(n.x(), -n.z()) * kDegrees;
  return {azimuth, elevation};
}

Eigen::Vector3f LightDirectionGizmo::fromAzimuthElevation(float azimuth_degrees, float elevation_degrees) {
  const float az = azimuth_degrees / kDegrees, el = elevation_degrees / kDegrees;
  return {std::cos(el) * std::sin(az), -std::sin(el), -std::cos(el) * std::cos(az)};
}

double LightDirectionGizmo::radius() const { return 0.5 * std::min(width(), height()) - 6.0; }

QPointF LightDirectionGizmo::centre() const { return {0.5 * width(), 0.5 * height()}; }

Eigen::Vector3f LightDirectionGizmo::directionAt(const QPointF& pos, bool front) const {
  const double r = std::max(1.0, radius());
  double u = (pos.x() - centre().x()) / r, v = (pos.y() - centre().y()) / r;
  const double len = std::hypot(u, v);
  if (len > 1.0) u /= len, v /= len;
  const double z = std::sqrt(std::max(0.0, 1.0 - u * u - v * v));
  return Eigen::Vector3f(static_cast<float>(u), static_cast<float>(v), static_cast<float>(front ? -z : z))
      .normalized();
}

QPointF LightDirectionGizmo::pointOf(const Eigen::Vector3f& d) const {
  return centre() + QPointF(d.x(), d.y()) * radius();
}

void LightDirectionGizmo::renderSphere() {
  const int size = std::max(1, static_cast<int>(std::ceil(2 * radius())));
  sphere_ = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
  sphere_.fill(Qt::transparent);
  const double r = 0.5 * size;
  for (int y = 0; y < size; ++y) {
    auto* line = reinterpret_cast<QRgb*>(sphere_.scanLine(y));
    for (int x = 0; x < size; ++x) {
      const double u = (x + 0.5 - r) / r, v = (y + 0.5 - r) / r;
      const double rr = u * u + v * v;
      if (rr > 1.0) continue;
      // The visible surface faces the camera (-z); Lambert shading from direction_ plus a little fill.
      const Eigen::Vector3f n(static_cast<float>(u), static_cast<float>(v),
                              -std::sqrt(1.0f - static_cast<float>(rr)));
      const float lit = 0.18f + 0.82f * std::max(0.0f, n.dot(direction_));
      const int g = std::clamp(static_cast<int>(255.0f * lit), 0, 255);
      const int alpha = rr > 0.98 ? 200 : 255;  // soft rim
      line[x] = qPremultiply(qRgba(g, g, std::min(255, g + 12), alpha));
    }
  }
}

void LightDirectionGizmo::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  renderSphere();
}

void LightDirectionGizmo::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  if (sphere_.isNull()) renderSphere();
  const QPointF c = centre();
  p.drawImage(QPointF(c.x() - 0.5 * sphere_.width(), c.y() - 0.5 * sphere_.height()), sphere_);
  p.setPen(QPen(palette().color(QPalette::Mid), 1.0));
  p.setBrush(Qt::NoBrush);
  p.drawEllipse(c, radius(), radius());
  // Cross-hair through the centre: straight towards the camera.
  p.drawLine(QPointF(c.x() - radius(), c.y()), QPointF(c.x() + radius(), c.y()));
  p.drawLine(QPointF(c.x(), c.y() - radius()), QPointF(c.x(), c.y() + radius()));
  const QPointF at = pointOf(direction_);
  const bool front = direction_.z() <= 0.0f;
  p.setPen(QPen(QColor(255, 170, 0), 2.0));
  p.setBrush(front ? QBrush(QColor(255, 210, 60)) : Qt::NoBrush);
  p.drawEllipse(at, 6.0, 6.0);
}

void LightDirectionGizmo::dragTo(const QPointF& pos) {
  direction_ = directionAt(pos, drag_front_);
  renderSphere();
  update();
  Q_EMIT directionEdited();
}

void LightDirectionGizmo::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
  dragging_ = true;
  drag_front_ = direction_.z() <= 0.0f;
  Q_EMIT dragStarted();
  dragTo(event->position());
}

void LightDirectionGizmo::mouseMoveEvent(QMouseEvent* event) {
  if (dragging_) dragTo(event->position());
}

void LightDirectionGizmo::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !dragging_) return QWidget::mouseReleaseEvent(event);
  dragTo(event->position());
  dragging_ = false;
  Q_EMIT dragFinished();
}

}  // namespace palma
