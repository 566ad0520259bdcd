// LibTorch before Qt (see widgets/project_document.h).
#include <torch/torch.h>

#include "widgets/hand_overlay.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace palma {

namespace {

constexpr int kPalmColour = 5;

// Finger colours (index, middle, ring, pinky, thumb, palm): distinct hues so a finger in the wrong
// place stands out against the photo.
QColor partColour(int part) {
  static const std::array<QColor, 6> colours = {QColor(70, 130, 235), QColor(60, 185, 95),
                                                QColor(160, 95, 220), QColor(235, 95, 165),
                                                QColor(245, 150, 40), QColor(175, 175, 185)};
  return colours[std::clamp(part, 0, 5)];
}

// Finger of a keypoint (MediaPipe order): 0 wrist (palm), 1-4 thumb, 5-8 index, ...
int keypointPart(int k) {
  if (k == 0) return kPalmColour;
  if (k <= 4) return kThumb;
  return (k - 5) / 4;  // index 0, middle 1, ring 2, pinky 3
}

}  // namespace

HandProjection projectHand(const Rig& rig, const torch::Tensor& pose, const torch::Tensor& translation,
                           const torch::Tensor& shape, const std::array<double, 4>& intrinsics) {
  torch::NoGradGuard no_grad;
  SkinningParams p;
  p.pose = pose.to(torch::kFloat32).reshape({1, kNumJoints, 3});
  p.translation = translation.to(torch::kFloat32).reshape({1, 3});
  if (shape.defined() && shape.numel() > 0) {
    const int64_t k = std::min<int64_t>(shape.numel(), rig.numShapes());
    p.shape = shape.to(torch::kFloat32).reshape({-1}).slice(0, 0, k).reshape({1, k});
  }
  const SkinningResult s = skin(rig, p);
  auto toPixels = [&](const torch::Tensor& xyz) {
    const auto z = xyz.select(1, 2).clamp_min(1e-6);
    return torch::stack({xyz.select(1, 0) / z * intrinsics[0] + intrinsics[2],
                         xyz.select(1, 1) / z * intrinsics[1] + intrinsics[3]},
                        1);
  };
  HandProjection out;
  out.vertices_cam = s.vertices[0].contiguous();
  out.vertices_px = toPixels(out.vertices_cam).contiguous();
  out.keypoints_px = toPixels(s.keypoints[0]).contiguous();
  return out;
}

// The drawing surface above the opacity row.
class HandOverlayView::Canvas : public QWidget {
 public:
  explicit Canvas(HandOverlayView* view) : QWidget(view), view_(view) {
    setMinimumSize(160, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(38, 40, 44));
    if (view_->frame_.isNull()) {
      painter.setPen(QColor(170, 170, 170));
      painter.drawText(rect(), Qt::AlignCenter, HandOverlayView::tr("No frame"));
      return;
    }
    QPointF offset;
    double scale = 1.0;
    view_->placement(&offset, &scale);
    // Frame pixel (OpenCV, centres at integers) -> canvas point.
    auto at = [&](double u, double v) { return offset + QPointF((u + 0.5) * scale, (v + 0.5) * scale); };
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(offset, QSizeF(view_->frame_.width() * scale, view_->frame_.height() * scale)),
                      view_->frame_);
    const double opacity = view_->opacity();
    if (view_->hasHand() && opacity > 0) {
      const QString key =
          QString("%1 %2 %3 %4 %5").arg(width()).arg(height()).arg(offset.x()).arg(offset.y()).arg(scale);
      if (key != view_->mesh_cache_key_ || view_->mesh_cache_.isNull()) {
        view_->mesh_cache_ = view_->renderMesh(size(), offset, scale);
        view_->mesh_cache_key_ = key;
      }
      painter.setOpacity(opacity);
      painter.drawImage(QPointF(0, 0), view_->mesh_cache_);
      painter.setOpacity(1.0);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (view_->has_frame_keypoints_) {
      painter.setBrush(Qt::NoBrush);
      for (const Keypoint2D& k : view_->frame_keypoints_) {
        if (!k.present()) continue;
        painter.setPen(QPen(QColor(0, 0, 0, 160), 3.0));
        painter.drawEllipse(at(k.x, k.y), 5.0, 5.0);
        painter.setPen(QPen(QColor(255, 255, 255), 1.5));
        painter.drawEllipse(at(k.x, k.y), 5.0, 5.0);
      }
    }
    if (view_->hasHand() && opacity > 0) {
      const auto kp = view_->projection_.keypoints_px.accessor<float, 2>();
      painter.setOpacity(std::max(0.6, opacity));
      // The skeleton: wrist to each finger's base, then along the finger.
      for (int k = 1; k < kNumKeypoints; ++k) {
        const int parent = (k - 1) % 4 == 0 ? 0 : k - 1;
        painter.setPen(QPen(QColor(0, 0, 0, 140), 3.5));
        painter.drawLine(at(kp[parent][0], kp[parent][1]), at(kp[k][0], kp[k][1]));
        painter.setPen(QPen(partColour(keypointPart(k)).lighter(130), 2.0));
        painter.drawLine(at(kp[parent][0], kp[parent][1]), at(kp[k][0], kp[k][1]));
      }
      for (int k = 0; k < kNumKeypoints; ++k) {
        painter.setPen(QPen(Qt::black, 1.0));
        painter.setBrush(partColour(keypointPart(k)).lighter(120));
        painter.drawEllipse(at(kp[k][0], kp[k][1]), 3.0, 3.0);
      }
      painter.setOpacity(1.0);
    }
  }

 private:
  HandOverlayView* view_;
};

HandOverlayView::HandOverlayView(QWidget* parent) : QWidget(parent) {
  canvas_ = new Canvas(this);
  opacity_slider_ = new QSlider(Qt::Horizontal, this);
  opacity_slider_->setRange(0, 100);
  opacity_slider_->setValue(60);
  opacity_slider_->setToolTip(tr("Opacity of the fitted hand drawn over the frame"));
  opacity_label_ = new QLabel(this);
  auto* row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Hand opacity"), this));
  row->addWidget(opacity_slider_, 1);
  row->addWidget(opacity_label_);
  zoom_ = new QCheckBox(tr("Zoom to hand"), this);
  zoom_->setChecked(true);
  zoom_->setToolTip(tr("Show the hand and its keypoints enlarged instead of the whole frame"));
  row->addWidget(zoom_);
  connect(zoom_, &QCheckBox::toggled, canvas_, [this] { canvas_->update(); });
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(canvas_, 1);
  layout->addLayout(row);
  auto showValue = [this] { opacity_label_->setText(tr("%1 %").arg(opacity_slider_->value())); };
  showValue();
  connect(opacity_slider_, &QSlider::valueChanged, this, [this, showValue] {
    showValue();
    canvas_->update();
    Q_EMIT opacityChanged(opacity());
  });
}

HandOverlayView::~HandOverlayView() = default;

void HandOverlayView::setModel(const HandModel& model) {
  rig_ = std::make_unique<Rig>(makeRig(model));
  // Each face takes the part (finger or palm) of its first vertex's strongest joint.
  face_finger_.assign(model.numFaces(), kPalmColour);
  for (int f = 0; f < model.numFaces(); ++f) {
    int joint = 0;
    model.skin_weights.row(model.faces(f, 0)).maxCoeff(&joint);
    face_finger_[f] = joint == 0 ? kPalmColour : (joint - 1) / 3;
  }
  reproject();
}

void HandOverlayView::setFrame(const QImage& frame) {
  frame_ = frame;
  canvas_->update();
}

void HandOverlayView::setIntrinsics(const std::array<double, 4>& intrinsics) {
  intrinsics_ = intrinsics;
  reproject();
}

void HandOverlayView::setHandPose(const torch::Tensor& pose, const torch::Tensor& translation,
                                  const torch::Tensor& shape) {
  pose_ = pose.defined() ? pose.detach().to(torch::kFloat32).clone() : torch::Tensor();
  translation_ = translation.defined() ? translation.detach().to(torch::kFloat32).clone() : torch::Tensor();
  shape_ = shape.defined() ? shape.detach().to(torch::kFloat32).clone() : torch::Tensor();
  reproject();
}

void HandOverlayView::clearHand() { setHandPose({}, {}, {}); }

void HandOverlayView::setFrameKeypoints(const FrameKeypoints& keypoints) {
  frame_keypoints_ = keypoints;
  has_frame_keypoints_ = true;
  canvas_->update();
}

void HandOverlayView::clearFrameKeypoints() {
  has_frame_keypoints_ = false;
  canvas_->update();
}

double HandOverlayView::opacity() const { return opacity_slider_->value() / 100.0; }

void HandOverlayView::setOpacity(double opacity) {
  opacity_slider_->setValue(static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 100.0)));
}

QVector<QPointF> HandOverlayView::projectedKeypoints() const {
  QVector<QPointF> points;
  if (!hasHand()) return points;
  const auto kp = projection_.keypoints_px.accessor<float, 2>();
  for (int k = 0; k < kNumKeypoints; ++k) points.push_back(QPointF(kp[k][0], kp[k][1]));
  return points;
}

bool HandOverlayView::zoomToHand() const { return zoom_->isChecked(); }

void HandOverlayView::setZoomToHand(bool zoom) { zoom_->setChecked(zoom); }

QRectF HandOverlayView::visibleRegion() const {
  const QRectF whole(-0.5, -0.5, frame_.width(), frame_.height());
  if (!zoomToHand()) return whole;
  double x0 = 1e30, y0 = 1e30, x1 = -1e30, y1 = -1e30;
  auto add = [&](double u, double v) {
    x0 = std::min(x0, u);
    y0 = std::min(y0, v);
    x1 = std::max(x1, u);
    y1 = std::max(y1, v);
  };
  for (const QPointF& p : projectedKeypoints()) add(p.x(), p.y());
  if (has_frame_keypoints_)
    for (const Keypoint2D& k : frame_keypoints_)
      if (k.present()) add(k.x, k.y);
  if (x1 < x0) return whole;
  // The keypoints' box with 60 % margin (the mesh reaches beyond the joints), at least a quarter of the
  // frame's shorter side.
  const double side = std::max({x1 - x0, y1 - y0, 0.25 * std::min(frame_.width(), frame_.height())}) * 1.6;
  const QPointF centre((x0 + x1) / 2, (y0 + y1) / 2);
  QRectF region(centre.x() - side / 2, centre.y() - side / 2, side, side);
  return region.contains(whole) ? whole : region;
}

void HandOverlayView::placement(QPointF* offset, double* scale) const {
  const QRectF region = visibleRegion();
  const QSizeF area = canvas_->size();
  const double s = std::min(area.width() / region.width(), area.height() / region.height());
  *scale = s;
  // Frame pixel u (centre at integer) sits at offset + (u + 0.5) * s; the region's centre at the canvas's.
  const QPointF centre = region.center();
  *offset = QPointF(area.width() / 2 - (centre.x() + 0.5) * s, area.height() / 2 - (centre.y() + 0.5) * s);
}

QImage HandOverlayView::meshImage() const {
  if (frame_.isNull()) return {};
  return renderMesh(frame_.size(), QPointF(0, 0), 1.0);
}

void HandOverlayView::reproject() {
  const bool valid = rig_ && pose_.defined() && translation_.defined() && pose_.numel() == kNumJoints * 3 &&
                     translation_.numel() == 3 && intrinsics_[0] > 0 && intrinsics_[1] > 0;
  projection_ = valid ? projectHand(*rig_, pose_, translation_, shape_, intrinsics_) : HandProjection{};
  mesh_cache_key_.clear();
  canvas_->update();
}

QImage HandOverlayView::renderMesh(const QSize& size, const QPointF& offset, double scale) const {
  if (!hasHand() || !rig_ || size.isEmpty()) return {};
  QImage mesh(size, QImage::Format_ARGB32_Premultiplied);
  mesh.fill(Qt::transparent);
  const auto faces = rig_->faces.to(torch::kInt64).contiguous();
  const auto f = faces.accessor<int64_t, 2>();
  const auto cam = projection_.vertices_cam.accessor<float, 2>();
  const auto px = projection_.vertices_px.accessor<float, 2>();
  const int64_t count = faces.size(0);
  // Faces facing the camera, drawn far to near (painter's algorithm), shaded by how directly they face it.
  struct Face {
    int64_t index;
    float depth;
    float shade;
  };
  std::vector<Face> visible;
  visible.reserve(count);
  for (int64_t i = 0; i < count; ++i) {
    const int64_t a = f[i][0], b = f[i][1], c = f[i][2];
    if (cam[a][2] <= 1e-4f || cam[b][2] <= 1e-4f || cam[c][2] <= 1e-4f) continue;
    const float e1[3] = {cam[b][0] - cam[a][0], cam[b][1] - cam[a][1], cam[b][2] - cam[a][2]};
    const float e2[3] = {cam[c][0] - cam[a][0], cam[c][1] - cam[a][1], cam[c][2] - cam[a][2]};
    const float n[3] = {e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2],
                        e1[0] * e2[1] - e1[1] * e2[0]};
    const float centre[3] = {(cam[a][0] + cam[b][0] + cam[c][0]) / 3, (cam[a][1] + cam[b][1] + cam[c][1]) / 3,
                             (cam[a][2] + cam[b][2] + cam[c][2]) / 3};
    const float nn = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    const float cc = std::sqrt(centre[0] * centre[0] + centre[1] * centre[1] + centre[2] * centre[2]);
    if (nn <= 0 || cc <= 0) continue;
    const float facing = -(n[0] * centre[0] + n[1] * centre[1] + n[2] * centre[2]) / (nn * cc);
    if (facing <= 0) continue;  // facing away
    visible.push_back({i, centre[2], 0.35f + 0.65f * facing});
  }
  std::sort(visible.begin(), visible.end(), [](const Face& x, const Face& y) { return x.depth > y.depth; });
  QPainter painter(&mesh);
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setPen(Qt::NoPen);
  for (const Face& face : visible) {
    QColor colour = partColour(face_finger_[face.index]);
    colour.setRgbF(colour.redF() * face.shade, colour.greenF() * face.shade, colour.blueF() * face.shade);
    QPolygonF triangle;
    for (int k = 0; k < 3; ++k) {
      const int64_t v = f[face.index][k];
      triangle << offset + QPointF((px[v][0] + 0.5) * scale, (px[v][1] + 0.5) * scale);
    }
    painter.setBrush(colour);
    // A hairline in the fill colour closes the gaps antialiasing leaves between neighbouring triangles.
    painter.setPen(QPen(colour, 0.6));
    painter.drawPolygon(triangle);
  }
  return mesh;
}

}  // namespace palma
