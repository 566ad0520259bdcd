#include "widgets/keypoint_frame_view.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace palma {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 64.0;
constexpr double kJointRadius = 5.0;  // widget pixels
constexpr double kPickRadius = 9.0;   // widget pixels

bool isComputed(KeypointOrigin origin) {
  return origin == KeypointOrigin::Tracked || origin == KeypointOrigin::Interpolated ||
         origin == KeypointOrigin::Propagated;
}

}  // namespace

KeypointFrameView::KeypointFrameView(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumSize(200, 150);
  setAttribute(Qt::WA_OpaquePaintEvent);
}

QStringList KeypointFrameView::jointNames() {
  return {tr("Wrist"),      tr("Thumb CMC"),  tr("Thumb MCP"),  tr("Thumb IP"),   tr("Thumb tip"),
          tr("Index MCP"),  tr("Index PIP"),  tr("Index DIP"),  tr("Index tip"),  tr("Middle MCP"),
          tr("Middle PIP"), tr("Middle DIP"), tr("Middle tip"), tr("Ring MCP"),   tr("Ring PIP"),
          tr("Ring DIP"),   tr("Ring tip"),   tr("Little MCP"), tr("Little PIP"), tr("Little DIP"),
          tr("Little tip")};
}

int KeypointFrameView::fingerOf(int joint) { return joint <= 0 ? 0 : 1 + (joint - 1) / 4; }

QColor KeypointFrameView::fingerColor(int finger) {
  switch (finger) {
    case 1:
      return QColor(235, 75, 75);  // thumb
    case 2:
      return QColor(255, 165, 30);  // index
    case 3:
      return QColor(240, 230, 50);  // middle
    case 4:
      return QColor(50, 210, 225);  // ring
    case 5:
      return QColor(200, 100, 240);  // little
    default:
      return QColor(235, 235, 235);
  }
}

// ---- Content -----------------------------------------------------------------------------------

void KeypointFrameView::setImage(const QImage& image) {
  const bool size_changed = image.size() != image_.size();
  image_ = image;
  if (size_changed) fitToView();
  update();
}

void KeypointFrameView::setPlaceholderText(const QString& text) {
  placeholder_ = text;
  update();
}

void KeypointFrameView::setMask(const torch::Tensor& mask) {
  mask_ = mask.defined() ? mask.contiguous() : torch::Tensor();
  rebuildMaskImages();
  update();
}

void KeypointFrameView::setKeypoints(const FrameKeypoints& points) {
  points_ = points;
  update();
}

void KeypointFrameView::setScribbles(const torch::Tensor& labels) {
  scribble_image_ = QImage();
  if (labels.defined() && labels.dim() == 2) {
    const torch::Tensor l = labels.to(torch::kUInt8).contiguous();
    const int h = static_cast<int>(l.size(0)), w = static_cast<int>(l.size(1));
    scribble_image_ = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    scribble_image_.fill(Qt::transparent);
    const uint8_t* data = l.data_ptr<uint8_t>();
    const QRgb hand = qPremultiply(qRgba(40, 230, 60, 200));
    const QRgb background = qPremultiply(qRgba(240, 40, 40, 200));
    for (int y = 0; y < h; ++y) {
      auto* row = reinterpret_cast<QRgb*>(scribble_image_.scanLine(y));
      for (int x = 0; x < w; ++x) {
        const uint8_t v = data[y * w + x];
        if (v == kHandLabel) row[x] = hand;
        if (v == kBackgroundLabel) row[x] = background;
      }
    }
  }
  update();
}

void KeypointFrameView::rebuildMaskImages() {
  mask_fill_ = QImage();
  mask_outline_ = QImage();
  if (!mask_.defined() || mask_.dim() != 2) return;
  const torch::Tensor m = mask_.to(torch::kUInt8).contiguous();
  const int h = static_cast<int>(m.size(0)), w = static_cast<int>(m.size(1));
  const uint8_t* data = m.data_ptr<uint8_t>();
  mask_fill_ = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
  mask_outline_ = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
  mask_fill_.fill(Qt::transparent);
  mask_outline_.fill(Qt::transparent);
  const QRgb fill = qRgba(40, 120, 255, 255);
  const QRgb edge = qRgba(255, 255, 255, 255);
  auto inside = [&](int x, int y) { return x >= 0 && y >= 0 && x < w && y < h && data[y * w + x] >= 128; };
  for (int y = 0; y < h; ++y) {
    auto* fill_row = reinterpret_cast<QRgb*>(mask_fill_.scanLine(y));
    auto* edge_row = reinterpret_cast<QRgb*>(mask_outline_.scanLine(y));
    for (int x = 0; x < w; ++x) {
      if (!inside(x, y)) continue;
      fill_row[x] = fill;
      if (!inside(x - 1, y) || !inside(x + 1, y) || !inside(x, y - 1) || !inside(x, y + 1))
        edge_row[x] = edge;
    }
  }
}

// ---- Settings ----------------------------------------------------------------------------------

void KeypointFrameView::setMaskVisible(bool visible) {
  mask_visible_ = visible;
  update();
}

void KeypointFrameView::setMaskOpacity(double opacity) {
  mask_opacity_ = std::clamp(opacity, 0.0, 1.0);
  update();
}

void KeypointFrameView::setMaskStyle(MaskStyle style) {
  mask_style_ = style;
  update();
}

void KeypointFrameView::setSkeletonVisible(bool visible) {
  skeleton_visible_ = visible;
  update();
}

void KeypointFrameView::setLowConfidenceThreshold(float threshold) {
  low_confidence_ = threshold;
  update();
}

void KeypointFrameView::setTool(Tool tool) {
  tool_ = tool;
  drag_ = Drag::None;
  stroke_.clear();
  setCursor(tool == Tool::Edit ? Qt::ArrowCursor : Qt::CrossCursor);
  update();
}

void KeypointFrameView::setPlacementJoint(int joint) {
  placement_joint_ = std::clamp(joint, 0, kHandKeypoints - 1);
  update();
}

void KeypointFrameView::setBrushRadius(double radius) {
  brush_radius_ = std::max(0.5, radius);
  update();
}

void KeypointFrameView::setSelectedJoint(int joint) {
  if (joint < -1 || joint >= kHandKeypoints) joint = -1;
  if (joint == selected_) return;
  selected_ = joint;
  update();
  Q_EMIT selectedJointChanged(joint);
}

// ---- Transform ---------------------------------------------------------------------------------

QPointF KeypointFrameView::imageToWidget(const QPointF& p) const {
  return offset_ + (p + QPointF(0.5, 0.5)) * scale_;
}

QPointF KeypointFrameView::widgetToImage(const QPointF& p) const {
  return (p - offset_) / scale_ - QPointF(0.5, 0.5);
}

void KeypointFrameView::setZoom(double zoom, const QPointF& anchor) {
  zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
  const QPointF image_point = widgetToImage(anchor);
  scale_ = zoom;
  offset_ = anchor - (image_point + QPointF(0.5, 0.5)) * scale_;
  auto_fit_ = false;
  update();
  Q_EMIT zoomChanged(scale_);
}

void KeypointFrameView::fitToView() {
  auto_fit_ = true;
  if (image_.isNull() || width() <= 0 || height() <= 0) return;
  const double margin = 8.0;
  const double sx = (width() - 2 * margin) / image_.width();
  const double sy = (height() - 2 * margin) / image_.height();
  scale_ = std::clamp(std::min(sx, sy), kMinZoom, kMaxZoom);
  offset_ = QPointF((width() - image_.width() * scale_) / 2.0, (height() - image_.height() * scale_) / 2.0);
  update();
  Q_EMIT zoomChanged(scale_);
}

QPointF KeypointFrameView::clampToImage(const QPointF& p) const {
  return QPointF(std::clamp(p.x(), -0.5, image_.width() - 0.5),
                 std::clamp(p.y(), -0.5, image_.height() - 0.5));
}

int KeypointFrameView::jointAt(const QPointF& widget_point) const {
  int best = -1;
  double best_d = kPickRadius;
  for (int j = 0; j < kHandKeypoints; ++j) {
    const Keypoint2D& p = points_[static_cast<size_t>(j)];
    if (!p.present()) continue;
    const QPointF d = imageToWidget(QPointF(p.x, p.y)) - widget_point;
    const double dist = std::hypot(d.x(), d.y());
    if (dist <= best_d) {
      best_d = dist;
      best = j;
    }
  }
  return best;
}

// ---- Painting ----------------------------------------------------------------------------------

void KeypointFrameView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(30, 30, 32));
  if (image_.isNull()) {
    painter.setPen(QColor(200, 200, 200));
    painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    return;
  }
  // Frame and overlays in image space: image pixel i spans [i, i + 1) here.
  painter.save();
  painter.setTransform(QTransform(scale_, 0, 0, scale_, offset_.x(), offset_.y()));
  painter.setRenderHint(QPainter::SmoothPixmapTransform, scale_ < 1.0);
  const QRectF target(0, 0, image_.width(), image_.height());
  painter.drawImage(target, image_);
  if (mask_visible_ && !mask_fill_.isNull() && mask_fill_.size() == image_.size()) {
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    if (mask_style_ != MaskStyle::Outline) {
      painter.setOpacity(mask_opacity_);
      painter.drawImage(target, mask_fill_);
    }
    if (mask_style_ != MaskStyle::Filled) {
      painter.setOpacity(std::min(1.0, 0.35 + mask_opacity_));
      painter.drawImage(target, mask_outline_);
    }
    painter.setOpacity(1.0);
  }
  if (!scribble_image_.isNull() && scribble_image_.size() == image_.size()) {
    painter.setOpacity(0.8);
    painter.drawImage(target, scribble_image_);
    painter.setOpacity(1.0);
  }
  painter.restore();

  painter.setRenderHint(QPainter::Antialiasing, true);
  // The stroke being painted.
  if (drag_ == Drag::Stroke && !stroke_.isEmpty()) {
    const QColor colour = tool_ == Tool::HandBrush ? QColor(40, 230, 60, 170) : QColor(240, 40, 40, 170);
    QPen pen(colour, 2.0 * brush_radius_ * scale_, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    QPolygonF widget_stroke;
    for (const QPointF& p : stroke_) widget_stroke << imageToWidget(p);
    if (widget_stroke.size() == 1)
      painter.drawPoint(widget_stroke.front());
    else
      painter.drawPolyline(widget_stroke);
  }
  if (skeleton_visible_) drawSkeleton(painter);

  // Tool feedback under the cursor.
  if (hover_inside_ && isBrush() && drag_ != Drag::Pan) {
    painter.setPen(QPen(tool_ == Tool::HandBrush ? QColor(40, 230, 60) : QColor(240, 40, 40), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(hover_, brush_radius_ * scale_, brush_radius_ * scale_);
  }
  if (hover_inside_ && tool_ == Tool::Place) {
    const QColor colour = fingerColor(fingerOf(placement_joint_));
    painter.setPen(QPen(colour, 1.5));
    painter.drawLine(hover_ - QPointF(10, 0), hover_ + QPointF(10, 0));
    painter.drawLine(hover_ - QPointF(0, 10), hover_ + QPointF(0, 10));
    painter.setPen(Qt::white);
    painter.drawText(hover_ + QPointF(12, -8), jointNames().value(placement_joint_));
  }
}

void KeypointFrameView::drawSkeleton(QPainter& painter) const {
  auto at = [&](int j) { return imageToWidget(QPointF(points_[j].x, points_[j].y)); };
  auto bone = [&](int a, int b, const QColor& colour) {
    if (!points_[a].present() || !points_[b].present()) return;
    painter.setPen(QPen(QColor(0, 0, 0, 140), 4.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(at(a), at(b));
    painter.setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(at(a), at(b));
  };
  // The palm across the finger bases, then each finger from the wrist to its tip.
  bone(5, 9, fingerColor(0));
  bone(9, 13, fingerColor(0));
  bone(13, 17, fingerColor(0));
  for (int finger = 1; finger <= 5; ++finger) {
    const int base = 1 + (finger - 1) * 4;
    bone(0, base, fingerColor(finger));
    for (int k = 0; k < 3; ++k) bone(base + k, base + k + 1, fingerColor(finger));
  }
  for (int j = 0; j < kHandKeypoints; ++j)
    if (points_[j].present() && j != selected_) drawJoint(painter, j);
  if (selected_ >= 0 && points_[selected_].present()) drawJoint(painter, selected_);
}

void KeypointFrameView::drawJoint(QPainter& painter, int joint) const {
  const Keypoint2D& p = points_[static_cast<size_t>(joint)];
  const QPointF c = imageToWidget(QPointF(p.x, p.y));
  const QColor colour = fingerColor(fingerOf(joint));
  const double r = kJointRadius;
  const bool user = p.origin == KeypointOrigin::User;
  const bool occluded = user && p.confidence < 1.0f;
  const bool doubtful = !user && p.confidence < low_confidence_;

  if (joint == selected_) {
    painter.setPen(QPen(Qt::white, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(c, r + 4.0, r + 4.0);
  }
  if (doubtful) {
    painter.setPen(QPen(QColor(255, 40, 40), 2.0, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(c, r + 3.5, r + 3.5);
  }
  painter.setPen(QPen(Qt::black, 1.2));
  if (user && !occluded) {
    painter.setBrush(colour);
    painter.drawEllipse(c, r, r);
  } else if (occluded) {
    // Half filled: the position is the user's guess.
    painter.setBrush(QColor(20, 20, 20, 160));
    painter.drawEllipse(c, r, r);
    QPainterPath half;
    half.moveTo(c);
    half.arcTo(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 90.0, 180.0);
    half.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(half);
    painter.setPen(QPen(colour, 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(c, r, r);
  } else if (isComputed(p.origin)) {
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, 3.6));
    painter.drawEllipse(c, r - 0.5, r - 0.5);
    painter.setPen(QPen(colour, 2.0));
    painter.drawEllipse(c, r - 0.5, r - 0.5);
  } else {  // imported (or of unknown origin)
    painter.setBrush(colour);
    painter.drawRect(QRectF(c.x() - r + 0.5, c.y() - r + 0.5, 2 * r - 1.0, 2 * r - 1.0));
  }
}

// ---- Interaction -------------------------------------------------------------------------------

void KeypointFrameView::resizeEvent(QResizeEvent*) {
  if (auto_fit_) fitToView();
}

void KeypointFrameView::wheelEvent(QWheelEvent* event) {
  if (image_.isNull()) return;
  const double steps = event->angleDelta().y() / 120.0;
  if (steps == 0.0) return;
  setZoom(scale_ * std::pow(1.25, steps), event->position());
  event->accept();
}

void KeypointFrameView::mousePressEvent(QMouseEvent* event) {
  setFocus(Qt::MouseFocusReason);
  last_mouse_ = event->position();
  press_position_ = event->position();
  if (image_.isNull()) return;
  if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && space_down_)) {
    drag_ = Drag::Pan;
    setCursor(Qt::ClosedHandCursor);
    return;
  }
  if (event->button() != Qt::LeftButton) return;
  const QPointF image_point = widgetToImage(event->position());
  switch (tool_) {
    case Tool::Edit: {
      const int joint = jointAt(event->position());
      setSelectedJoint(joint);
      if (joint >= 0) {
        drag_ = Drag::Point;
        drag_joint_ = joint;
        ++gesture_;
      }
      break;
    }
    case Tool::Place:
      // Keypoints belong inside the frame; a click beside it places nothing.
      if (image_point.x() < -0.5 || image_point.y() < -0.5 || image_point.x() > image_.width() - 0.5 ||
          image_point.y() > image_.height() - 0.5)
        break;
      setSelectedJoint(placement_joint_);
      Q_EMIT pointPlaced(placement_joint_, image_point);
      break;
    case Tool::HandBrush:
    case Tool::BackgroundBrush:
      drag_ = Drag::Stroke;
      stroke_.clear();
      stroke_ << image_point;
      update();
      break;
  }
}

void KeypointFrameView::mouseMoveEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  const QPointF delta = pos - last_mouse_;
  last_mouse_ = pos;
  hover_ = pos;
  hover_inside_ = true;
  switch (drag_) {
    case Drag::Pan:
      offset_ += delta;
      auto_fit_ = false;
      break;
    case Drag::Point:
      Q_EMIT pointMoved(drag_joint_, clampToImage(widgetToImage(pos)), gesture_);
      break;
    case Drag::Stroke:
      stroke_ << widgetToImage(pos);
      break;
    case Drag::None:
      if (tool_ == Tool::Edit) setCursor(jointAt(pos) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
      break;
  }
  update();
}

void KeypointFrameView::mouseReleaseEvent(QMouseEvent* event) {
  const Drag drag = drag_;
  drag_ = Drag::None;
  if (drag == Drag::Pan) {
    setCursor(tool_ == Tool::Edit ? Qt::ArrowCursor : Qt::CrossCursor);
  } else if (drag == Drag::Point && event->button() == Qt::LeftButton) {
    // A press and release without motion selects the point; it does not move it.
    if (event->position() != press_position_)
      Q_EMIT pointMoved(drag_joint_, clampToImage(widgetToImage(event->position())), gesture_);
  } else if (drag == Drag::Stroke) {
    stroke_ << widgetToImage(event->position());
    const QPolygonF stroke = stroke_;
    stroke_.clear();
    Q_EMIT strokeFinished(stroke, brush_radius_, tool_ == Tool::HandBrush ? kHandLabel : kBackgroundLabel);
  }
  drag_joint_ = -1;
  update();
}

void KeypointFrameView::mouseDoubleClickEvent(QMouseEvent* event) {
  if (event->button() == Qt::MiddleButton)
    fitToView();
  else
    mousePressEvent(event);
}

void KeypointFrameView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
      if (selected_ >= 0 && points_[selected_].present()) {
        Q_EMIT deleteRequested(selected_);
        return;
      }
      break;
    case Qt::Key_Space:
      if (!event->isAutoRepeat()) space_down_ = true;
      setCursor(Qt::OpenHandCursor);
      return;
    case Qt::Key_F:
      if (event->modifiers() == Qt::NoModifier) {
        fitToView();
        return;
      }
      break;
    case Qt::Key_Escape:
      if (tool_ != Tool::Edit) {
        setTool(Tool::Edit);
        return;
      }
      break;
    default:
      break;
  }
  event->ignore();  // arrows, undo and the rest go to the page
}

void KeypointFrameView::keyReleaseEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
    space_down_ = false;
    setCursor(tool_ == Tool::Edit ? Qt::ArrowCursor : Qt::CrossCursor);
    return;
  }
  event->ignore();
}

void KeypointFrameView::contextMenuEvent(QContextMenuEvent* event) {
  if (image_.isNull()) return;
  int joint = jointAt(event->pos());
  if (joint < 0) joint = selected_;
  QMenu menu(this);
  if (joint >= 0 && points_[joint].present()) {
    setSelectedJoint(joint);
    const Keypoint2D& p = points_[joint];
    menu.addSection(jointNames().value(joint));
    QAction* remove = menu.addAction(tr("Delete point"));
    connect(remove, &QAction::triggered, this, [this, joint] { Q_EMIT deleteRequested(joint); });
    const bool occluded = p.origin == KeypointOrigin::User && p.confidence < 1.0f;
    QAction* hidden = menu.addAction(tr("Occluded"));
    hidden->setCheckable(true);
    hidden->setChecked(occluded);
    hidden->setToolTip(tr("The point is hidden; its position is a guess and counts half in the fit"));
    connect(hidden, &QAction::toggled, this, [this, joint](bool on) { Q_EMIT occludedRequested(joint, on); });
    menu.addSeparator();
  }
  QAction* fit = menu.addAction(tr("Fit to view"));
  connect(fit, &QAction::triggered, this, &KeypointFrameView::fitToView);
  menu.exec(event->globalPos());
}

void KeypointFrameView::leaveEvent(QEvent*) {
  hover_inside_ = false;
  update();
}

}  // namespace palma
