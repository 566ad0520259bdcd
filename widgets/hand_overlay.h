// HandOverlayView: a frame of the capture with the posed template hand drawn over it, so that a wrong
// finger or a flipped palm shows against the photo. The hand (a HandModel posed with skin(), in the
// camera's frame) is projected with the project's full-frame intrinsics and drawn as a shaded mesh
// whose fingers have their own colours (thumb orange, index blue, middle green, ring purple, pinky
// pink, palm grey), semi-transparent with the opacity slider under the view, plus the 21 model
// keypoints joined as a skeleton. The frame's 2D keypoints, when given, are drawn as white rings:
// where the fit is right, the coloured model keypoints sit inside them.
#pragma once

// LibTorch before Qt (see widgets/project_document.h).
#include <torch/types.h>

#include <QImage>
#include <QPointF>
#include <QVector>
#include <QWidget>
#include <array>
#include <memory>

#include "core/capture/capture_types.h"
#include "core/model/hand_model.h"
#include "core/model/skinning.h"

class QCheckBox;
class QLabel;
class QSlider;

namespace palma {

// The posed hand in pixels: what the overlay draws.
struct HandProjection {
  torch::Tensor vertices_cam;  // [N,3] float32 camera coordinates, metres
  torch::Tensor vertices_px;   // [N,2] pixel coordinates (OpenCV: pixel centres at integers)
  torch::Tensor keypoints_px;  // [21,2] MediaPipe/OpenPose order
};

// Poses `rig` (pose [16,3], translation [3], shape [K'] or undefined) and projects it with intrinsics
// fx, fy, cx, cy.
HandProjection projectHand(const Rig& rig, const torch::Tensor& pose, const torch::Tensor& translation,
                           const torch::Tensor& shape, const std::array<double, 4>& intrinsics);

class HandOverlayView : public QWidget {
  Q_OBJECT

 public:
  explicit HandOverlayView(QWidget* parent = nullptr);
  ~HandOverlayView() override;

  // The template drawn (the built-in hand of the capture's handedness in the studio).
  void setModel(const HandModel& model);
  void setFrame(const QImage& frame);
  // Full-frame camera of the project (CaptureProject::intrinsics).
  void setIntrinsics(const std::array<double, 4>& intrinsics);
  // The pose to draw: pose [16,3], translation [3], shape [K'] (undefined tensors: no hand).
  void setHandPose(const torch::Tensor& pose, const torch::Tensor& translation, const torch::Tensor& shape);
  void clearHand();
  // The frame's 2D keypoints (full-frame pixels), drawn as rings; an empty set hides them.
  void setFrameKeypoints(const FrameKeypoints& keypoints);
  void clearFrameKeypoints();

  // Opacity of the drawn hand in [0,1] (the slider shows percent).
  double opacity() const;
  void setOpacity(double opacity);
  QSlider* opacitySlider() const { return opacity_slider_; }

  // Zoom to the hand (its projected and detected keypoints with a margin) instead of the whole frame.
  bool zoomToHand() const;
  void setZoomToHand(bool zoom);
  // The part of the frame shown, in frame pixels.
  QRectF visibleRegion() const;

  bool hasHand() const { return projection_.keypoints_px.defined(); }
  // The projected model keypoints in frame pixels (empty without a hand).
  QVector<QPointF> projectedKeypoints() const;
  // The mesh as drawn, at the frame's size with a transparent background (for tests and exports).
  QImage meshImage() const;
  // The mesh drawn into an image of `size` where frame pixel (u, v) lands at
  // (offset + (u + 0.5) * scale): the view draws it at the screen's resolution.
  QImage renderMesh(const QSize& size, const QPointF& offset, double scale) const;

 Q_SIGNALS:
  void opacityChanged(double opacity);

 private:
  void reproject();
  // Canvas placement of the visible region: canvas point = offset + (u + 0.5) * scale.
  void placement(QPointF* offset, double* scale) const;

  class Canvas;
  Canvas* canvas_;
  QSlider* opacity_slider_;
  QLabel* opacity_label_;
  QCheckBox* zoom_;
  std::unique_ptr<Rig> rig_;
  std::vector<int> face_finger_;  // per face: 0..4 finger, 5 palm
  QImage frame_;
  std::array<double, 4> intrinsics_{};
  torch::Tensor pose_, translation_, shape_;
  HandProjection projection_;
  mutable QImage mesh_cache_;  // the last canvas rendering
  mutable QString mesh_cache_key_;
  FrameKeypoints frame_keypoints_{};
  bool has_frame_keypoints_ = false;

  friend class Canvas;
};

}  // namespace palma
