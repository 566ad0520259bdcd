// LibTorch first: its headers use the identifier `slots`, which Qt's headers turn into a macro.
#include <torch/torch.h>

#include "core/render/renderer.h"

#include "widgets/render_preview.h"

#include <QElapsedTimer>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace palma {
namespace {

double srgbToLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

torch::Tensor linearColour(const QColor& c) {
  return torch::tensor({srgbToLinear(c.redF()), srgbToLinear(c.greenF()), srgbToLinear(c.blueF())},
                       torch::kFloat32);
}

// Linear RGB [H,W,3] in [0,1] -> sRGB bytes.
torch::Tensor linearToSrgbBytes(const torch::Tensor& linear) {
  const auto c = linear.clamp(0, 1);
  const auto srgb = torch::where(c <= 0.0031308, 12.92 * c, 1.055 * c.pow(1 / 2.4) - 0.055);
  return (srgb * 255).round().clamp(0, 255).to(torch::kUInt8).contiguous();
}

}  // namespace

struct RenderPreview::Scene {
  render::Renderer renderer;
  torch::Tensor faces;     // [F,3] int32
  torch::Tensor vertices;  // [1,N,3] float32
};

RenderPreview::RenderPreview(QWidget* parent) : QWidget(parent), scene_(std::make_unique<Scene>()) {
  setObjectName("renderPreview");
  setAttribute(Qt::WA_OpaquePaintEvent);
  timer_.setSingleShot(true);
  connect(&timer_, &QTimer::timeout, this, &RenderPreview::renderNow);
}

RenderPreview::~RenderPreview() = default;

void RenderPreview::setMesh(const MatrixX3f& vertices, const MatrixX3i& faces) {
  scene_->faces = torch::from_blob(const_cast<int*>(faces.data()), {faces.rows(), 3}, torch::kInt32).clone();
  setVertices(vertices);
}

void RenderPreview::setVertices(const MatrixX3f& vertices) {
  scene_->vertices =
      torch::from_blob(const_cast<float*>(vertices.data()), {1, vertices.rows(), 3}, torch::kFloat32).clone();
  requestRender();
}

void RenderPreview::setView(const PinholeView& view) {
  view_ = view;
  have_view_ = true;
  requestRender();
}

void RenderPreview::setBackground(const QColor& color) {
  background_ = color;
  requestRender();
}

void RenderPreview::setAlbedo(const QColor& color) {
  albedo_ = color;
  requestRender();
}

void RenderPreview::setMaxResolution(int pixels) {
  max_resolution_ = std::max(16, pixels);
  requestRender();
}

void RenderPreview::requestRender() {
  dirty_ = true;
  if (!isVisible() || timer_.isActive()) return;
  // Wait at least as long as the last render took (and 30 ms), so the GUI keeps half the time.
  timer_.start(static_cast<int>(std::max(30.0, last_render_ms_)));
}

void RenderPreview::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  requestRender();
}

void RenderPreview::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (dirty_) requestRender();
}

void RenderPreview::renderNow() {
  timer_.stop();
  dirty_ = false;
  if (!have_view_ || !scene_->vertices.defined() || !scene_->faces.defined()) return;
  QElapsedTimer clock;
  clock.start();
  try {
    torch::NoGradGuard no_grad;
    // The view's aspect ratio at the size it is shown (device pixels), longest side at most
    // max_resolution_.
    const double dpr = devicePixelRatioF();
    const double fit = std::min(width() * dpr / view_.width, height() * dpr / view_.height);
    const double scale = std::min(fit > 0 ? fit : 1.0,
                                  static_cast<double>(max_resolution_) / std::max(view_.width, view_.height));
    const PinholeView v =
        scale < 1 ? view_.resized(std::max(1, static_cast<int>(std::lround(view_.width * scale))),
                                  std::max(1, static_cast<int>(std::lround(view_.height * scale))))
                  : view_;

    render::CameraBatch cameras;
    cameras.intrinsics = torch::tensor({v.fx, v.fy, v.cx, v.cy}, torch::kFloat32).view({1, 4});
    const Eigen::Matrix<float, 3, 3, Eigen::RowMajor> r = v.rotation.cast<float>();
    const Eigen::Vector3f t = v.translation.cast<float>();
    cameras.rotation = torch::from_blob(const_cast<float*>(r.data()), {1, 3, 3}, torch::kFloat32).clone();
    cameras.translation = torch::from_blob(const_cast<float*>(t.data()), {1, 3}, torch::kFloat32).clone();
    cameras.width = v.width;
    cameras.height = v.height;
    // Some room around VTK's clipping range, which is fitted tightly to the scene.
    cameras.near = std::max(1e-4, 0.5 * v.near);
    cameras.far = std::max(cameras.near * 2, 2.0 * v.far);

    render::RenderMesh mesh;
    mesh.vertices = scene_->vertices;
    mesh.faces = scene_->faces;
    render::Material material;
    material.albedo = linearColour(albedo_);
    render::Lighting lighting = render::Lighting::harpDefaults();
    // HARP's light position is given in the camera's frame.
    const auto light = lighting.light_position.view({3});
    const Eigen::Vector3d light_camera(light[0].item<double>(), light[1].item<double>(),
                                       light[2].item<double>());
    const Eigen::Vector3d light_world = v.cameraToWorld(light_camera);
    lighting.light_position =
        torch::tensor({light_world.x(), light_world.y(), light_world.z()}, torch::kFloat32).view({1, 3});
    render::RenderSettings settings;
    settings.background = linearColour(background_);
    settings.geometry_outputs = false;

    const render::RenderOutput out = scene_->renderer.render(mesh, material, lighting, cameras, settings);
    const torch::Tensor bytes = linearToSrgbBytes(out.image[0]);
    image_ = QImage(bytes.data_ptr<uint8_t>(), v.width, v.height, 3 * v.width, QImage::Format_RGB888).copy();
    error_.clear();
  } catch (const std::exception& e) {
    image_ = QImage();
    error_ = tr("Cannot render the preview: %1").arg(QString::fromUtf8(e.what()));
  }
  last_render_ms_ = static_cast<double>(clock.nsecsElapsed()) / 1e6;
  ++render_count_;
  setToolTip(error_.isEmpty() ? tr("Rendered by the engine's Renderer: %1 x %2 pixels in %3 ms")
                                    .arg(image_.width())
                                    .arg(image_.height())
                                    .arg(last_render_ms_, 0, 'f', 0)
                              : error_);
  update();
  emit rendered();
}

void RenderPreview::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), background_);
  if (!image_.isNull()) {
    QSize size = image_.size().scaled(this->size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image_);
  } else if (!error_.isEmpty()) {
    painter.setPen(background_.lightness() < 128 ? Qt::white : Qt::black);
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, error_);
  }
}

}  // namespace palma
