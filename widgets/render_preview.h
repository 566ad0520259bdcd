// RenderPreview: shows a posed mesh as the engine's differentiable Renderer draws it (core/render), for
// a visual cross-check against the VTK viewport: the same mesh, seen through the same pinhole camera
// (see pinhole_view.h), with a constant skin albedo and HARP's default lighting (point light with soft
// shadows, ambient ratio 0.6). HARP places its light in the camera's frame, so the light moves with the
// view, as the viewport's light kit does.
//
// Renders are throttled: requests arriving while one is pending are merged, and the next render waits
// at least as long as the last one took, so orbiting stays responsive. Nothing is rendered while the
// widget is hidden. The image is computed at the view's aspect ratio, at the size the widget shows it
// (longest side at most maxResolution()), and drawn centred over the background colour.
#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <memory>

#include "core/model/hand_model.h"
#include "widgets/pinhole_view.h"

namespace palma {

class RenderPreview : public QWidget {
  Q_OBJECT

 public:
  explicit RenderPreview(QWidget* parent = nullptr);
  ~RenderPreview() override;

  // Topology and positions (metres, world coordinates); setVertices() for new positions of the same
  // topology (a pose change).
  void setMesh(const MatrixX3f& vertices, const MatrixX3i& faces);
  void setVertices(const MatrixX3f& vertices);
  // The camera of the view to reproduce, at that view's own size in pixels.
  void setView(const PinholeView& view);
  const PinholeView& view() const { return view_; }
  // Background (sRGB, as the viewport's) and albedo (sRGB; converted to linear for the Renderer).
  void setBackground(const QColor& color);
  void setAlbedo(const QColor& color);
  void setMaxResolution(int pixels);
  int maxResolution() const { return max_resolution_; }

  // The last rendered image (sRGB, RGB888, at the render resolution), null before the first render.
  QImage image() const { return image_; }
  int renderCount() const { return render_count_; }
  double lastRenderMs() const { return last_render_ms_; }
  // The error of the last render, empty when it succeeded.
  QString lastError() const { return error_; }

  QSize sizeHint() const override { return {480, 400}; }
  QSize minimumSizeHint() const override { return {160, 120}; }

 public slots:
  // Schedules a render (throttled; ignored until the widget is shown).
  void requestRender();
  // Renders now, even while hidden (for tests and screenshots).
  void renderNow();

 signals:
  void rendered();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  struct Scene;  // LibTorch state, kept out of this header (Qt's `slots` macro breaks LibTorch headers)
  std::unique_ptr<Scene> scene_;
  PinholeView view_;
  bool have_view_ = false;
  QColor background_{40, 44, 52};
  QColor albedo_{232, 190, 172};
  int max_resolution_ = 512;
  QTimer timer_;
  bool dirty_ = false;
  QImage image_;
  QString error_;
  int render_count_ = 0;
  double last_render_ms_ = 0;
};

}  // namespace palma
