// LightDirectionGizmo: a lit sphere the user drags on to aim the point light. The sphere is the hand
// seen from the capture camera (x right, y down, the camera looking along +z): pressing or dragging at a
// point of the disc puts the light in the direction of the sphere's surface under the cursor, so the
// highlight follows the mouse (drag right: the light moves towards +x). The light stays on the
// hemisphere it was on when the drag began: in front of the hand (towards the camera, -z) or behind it;
// points outside the disc clamp to its rim. A light in front is drawn as a filled dot, one behind as a
// ring. Azimuth/elevation (degrees) give the same direction as numbers (see toAzimuthElevation).
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <Eigen/Core>
#include <QImage>
#include <QWidget>

namespace palma {

class LightDirectionGizmo : public QWidget {
  Q_OBJECT

 public:
  explicit LightDirectionGizmo(QWidget* parent = nullptr);

  // Unit direction from the hand towards the light, world (capture camera) frame.
  Eigen::Vector3f direction() const { return direction_; }
  // Shows `direction` (normalised; a zero vector is ignored). Emits nothing.
  void setDirection(const Eigen::Vector3f& direction);

  // Azimuth: degrees about the up axis (-y), 0 = towards the camera (-z), positive towards +x.
  // Elevation: degrees above the horizontal plane (towards -y). Returns (azimuth, elevation).
  static Eigen::Vector2f toAzimuthElevation(const Eigen::Vector3f& direction);
  static Eigen::Vector3f fromAzimuthElevation(float azimuth_degrees, float elevation_degrees);

  // The direction the disc maps the widget point `pos` to, on the front (-z) or back hemisphere.
  Eigen::Vector3f directionAt(const QPointF& pos, bool front) const;
  // The widget point where `direction` is drawn.
  QPointF pointOf(const Eigen::Vector3f& direction) const;

  QSize sizeHint() const override { return {140, 140}; }
  QSize minimumSizeHint() const override { return {96, 96}; }

 Q_SIGNALS:
  void dragStarted();
  void directionEdited();  // the user moved the light; read direction()
  void dragFinished();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  double radius() const;
  QPointF centre() const;
  void renderSphere();
  void dragTo(const QPointF& pos);

  Eigen::Vector3f direction_{0.0f, 0.0f, -1.0f};
  bool dragging_ = false;
  bool drag_front_ = true;
  QImage sphere_;  // the disc lit from direction_
};

}  // namespace palma
