// A 2D view of one texture image with zoom and pan down to single texels: the building block of the
// map inspector (widgets/map_inspector.h). The image is converted once by the caller and drawn with a
// QPainter transform, so zooming and panning a 2048² map only costs one scaled blit of the visible part.
//
// Mouse: wheel zooms about the cursor, left or middle drag pans. Keys: + / - zoom, F fits the map to
// the view, 1 shows it at one screen pixel per texel. Magnified texels are drawn as sharp squares
// (nearest neighbour); an optional grid outlines each texel from 8 screen pixels per texel on.
#pragma once

#include <QImage>
#include <QLineF>
#include <QPointF>
#include <QVector>
#include <QWidget>

namespace palma {

class MapView : public QWidget {
  Q_OBJECT

 public:
  explicit MapView(QWidget* parent = nullptr);

  // The shown image. A new size fits the map to the view; the same size keeps zoom and pan.
  void setImage(const QImage& image);
  const QImage& image() const { return image_; }

  // UV wireframe overlay: edges in UV coordinates (x = u right, y = v up), drawn when visible with the
  // given opacity in [0, 1].
  void setUvEdges(const QVector<QLineF>& edges);
  void setUvOverlay(bool visible, double opacity);
  bool uvOverlayVisible() const { return uv_visible_; }
  double uvOverlayOpacity() const { return uv_opacity_; }

  // Outline of every texel once zoomed in to kGridMinZoom screen pixels per texel or more.
  void setTexelGrid(bool visible);
  bool texelGrid() const { return grid_; }
  static constexpr double kGridMinZoom = 8.0;

  // The view: `zoom` screen pixels per texel and the texel position shown at the widget centre.
  double zoom() const { return zoom_; }
  QPointF centre() const { return centre_; }
  void setView(double zoom, const QPointF& centre);
  static constexpr double kMinZoom = 1.0 / 64.0;
  static constexpr double kMaxZoom = 128.0;

  void fitToView();   // the whole map visible, centred
  void actualSize();  // one screen pixel per texel, keeping the centre
  void zoomIn();      // x2 about the widget centre
  void zoomOut();     // /2 about the widget centre
  // Zooms by `factor` keeping the texel under `anchor` (widget coordinates) in place.
  void zoomAbout(double factor, const QPointF& anchor);

  // Continuous texel position (x right, y down; texel (i, j) covers [i, i+1) x [j, j+1)) of a widget
  // point, and back.
  QPointF widgetToTexel(const QPointF& p) const;
  QPointF texelToWidget(const QPointF& texel) const;

 Q_SIGNALS:
  void viewChanged(double zoom, const QPointF& centre);
  // The cursor moved to the continuous texel position `texel` (possibly outside the map).
  void hovered(const QPointF& texel);
  void hoverLeft();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void applyView(double zoom, const QPointF& centre);

  QImage image_;
  QVector<QLineF> uv_edges_;
  bool uv_visible_ = false;
  double uv_opacity_ = 0.6;
  bool grid_ = true;
  double zoom_ = 1.0;
  QPointF centre_;
  bool fitted_ = true;  // follows the widget size until the user zooms or pans
  bool dragging_ = false;
  QPointF drag_last_;
};

}  // namespace palma
