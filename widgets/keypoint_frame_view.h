// A zoomable, pannable view of one capture frame for editing its 2D hand keypoints and its mask.
//
// Shows the frame, the mask as an overlay (filled, outlined or both, with adjustable opacity), the
// user's brush scribbles (hand green, background red) and the 21 keypoints as a hand skeleton: the
// bones of each finger in their own colour, a dot per joint. How a dot is drawn tells where the point
// came from: a filled dot is the user's (placed or moved), a filled square was imported, a ring was
// computed (tracked, interpolated or propagated); an occluded user point is a half-filled dot, and a
// computed or imported point below the low-confidence threshold gets a red dashed ring.
//
// The view edits nothing itself: it reports what the user did (a drag, a placement, a brush stroke, a
// delete) by signals in image coordinates, and whoever owns the data turns them into undoable edits
// and gives the result back with setKeypoints() / setMask() / setScribbles().
//
// Mouse: the wheel zooms about the cursor, the middle button (or Space + left button) pans, a double
// click with the middle button fits the frame to the view. With the Edit tool the left button drags a
// keypoint (one gesture number per press, so a drag is one undo step); the right button opens the
// point's menu (delete, occluded/visible). With the Place tool a left click places the placement
// joint. With a brush tool the left button paints a stroke. Keys: Del/Backspace deletes the selected
// point, F fits the view, Escape returns to the Edit tool.
//
// Image coordinates follow OpenCV: pixel centres at integers, pixel i covers [i - 0.5, i + 0.5).
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QImage>
#include <QPolygonF>
#include <QString>
#include <QWidget>

#include "core/capture/capture_types.h"

namespace palma {

class KeypointFrameView : public QWidget {
  Q_OBJECT

 public:
  enum class Tool { Edit, Place, HandBrush, BackgroundBrush };
  enum class MaskStyle { Filled, Outline, FilledAndOutline };
  // Scribble labels, as in core/capture/segmentation.h Scribbles.
  static constexpr int kHandLabel = 1;
  static constexpr int kBackgroundLabel = 2;

  explicit KeypointFrameView(QWidget* parent = nullptr);

  // The 21 joint names in keypoint order (translated), and the finger of a joint (0 wrist, 1 thumb ..
  // 5 little finger).
  static QStringList jointNames();
  static int fingerOf(int joint);
  // The bone colour of a finger (0 wrist/palm .. 5 little finger).
  static QColor fingerColor(int finger);

  // ---- Content ----
  // The frame; a null image shows placeholderText() instead.
  void setImage(const QImage& image);
  QImage image() const { return image_; }
  void setPlaceholderText(const QString& text);
  QString placeholderText() const { return placeholder_; }
  // uint8 [H,W], 0 background .. 255 hand; undefined hides the overlay.
  void setMask(const torch::Tensor& mask);
  void setKeypoints(const FrameKeypoints& points);
  const FrameKeypoints& keypoints() const { return points_; }
  // uint8 [H,W] with 0 none, 1 hand, 2 background; undefined = none.
  void setScribbles(const torch::Tensor& labels);

  // ---- Display settings ----
  void setMaskVisible(bool visible);
  bool maskVisible() const { return mask_visible_; }
  void setMaskOpacity(double opacity);  // 0..1
  double maskOpacity() const { return mask_opacity_; }
  void setMaskStyle(MaskStyle style);
  MaskStyle maskStyle() const { return mask_style_; }
  void setSkeletonVisible(bool visible);
  bool skeletonVisible() const { return skeleton_visible_; }
  // Computed or imported points below this confidence are marked as doubtful.
  void setLowConfidenceThreshold(float threshold);
  float lowConfidenceThreshold() const { return low_confidence_; }

  // ---- Tools ----
  void setTool(Tool tool);
  Tool tool() const { return tool_; }
  // The joint a click places with the Place tool.
  void setPlacementJoint(int joint);
  int placementJoint() const { return placement_joint_; }
  // Brush radius in image pixels.
  void setBrushRadius(double radius);
  double brushRadius() const { return brush_radius_; }
  // The selected joint (-1: none); Del deletes it.
  void setSelectedJoint(int joint);
  int selectedJoint() const { return selected_; }

  // ---- View transform ----
  double zoom() const { return scale_; }  // widget pixels per image pixel
  // Zooms to `zoom` keeping the image point under `anchor` (widget coordinates) in place.
  void setZoom(double zoom, const QPointF& anchor);
  void setZoom(double zoom) { setZoom(zoom, QPointF(width() / 2.0, height() / 2.0)); }
  QPointF imageToWidget(const QPointF& image_point) const;
  QPointF widgetToImage(const QPointF& widget_point) const;
  // The present joint whose dot is nearest `widget_point` within a few pixels, or -1.
  int jointAt(const QPointF& widget_point) const;

 public Q_SLOTS:
  // Shows the whole frame, centred (the view keeps fitting on resize until the user zooms or pans).
  void fitToView();

 Q_SIGNALS:
  // A drag of `joint` reached `position` (image coordinates); every press starts a new `gesture`.
  void pointMoved(int joint, const QPointF& position, quint64 gesture);
  // The Place tool clicked `position` for `joint`.
  void pointPlaced(int joint, const QPointF& position);
  void deleteRequested(int joint);
  // The menu's "Occluded" entry: true marks the point occluded, false visible again.
  void occludedRequested(int joint, bool occluded);
  // A brush stroke ended: its points (image coordinates), radius (image pixels) and label (kHandLabel or
  // kBackgroundLabel).
  void strokeFinished(const QPolygonF& points, double radius, int label);
  void selectedJointChanged(int joint);
  void zoomChanged(double zoom);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void keyReleaseEvent(QKeyEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void rebuildMaskImages();
  void drawSkeleton(QPainter& painter) const;
  void drawJoint(QPainter& painter, int joint) const;
  // Dragged points stay on the frame.
  QPointF clampToImage(const QPointF& image_point) const;
  bool isBrush() const { return tool_ == Tool::HandBrush || tool_ == Tool::BackgroundBrush; }

  QImage image_;
  QString placeholder_;
  torch::Tensor mask_;
  QImage mask_fill_, mask_outline_, scribble_image_;
  FrameKeypoints points_{};
  bool mask_visible_ = true;
  double mask_opacity_ = 0.4;
  MaskStyle mask_style_ = MaskStyle::FilledAndOutline;
  bool skeleton_visible_ = true;
  float low_confidence_ = 0.4f;

  Tool tool_ = Tool::Edit;
  int placement_joint_ = 0;
  double brush_radius_ = 4.0;
  int selected_ = -1;

  double scale_ = 1.0;
  QPointF offset_;  // widget position of image point (-0.5, -0.5)
  bool auto_fit_ = true;

  // Interaction state.
  enum class Drag { None, Point, Pan, Stroke };
  Drag drag_ = Drag::None;
  int drag_joint_ = -1;
  quint64 gesture_ = 0;
  QPointF last_mouse_;
  QPointF press_position_;
  QPolygonF stroke_;
  bool space_down_ = false;
  QPointF hover_;
  bool hover_inside_ = false;
};

}  // namespace palma
