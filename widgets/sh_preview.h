// ShPreview: a white sphere lit by SH irradiance alone, as the renderer computes it (core/render/
// shading.h shIrradiance), so the preview shows exactly the ambient light the avatar receives. The
// sphere is seen from the capture camera (x right, y down, normals facing -z); values are shown as
// they are (no tone mapping, clipped at 1), like a white albedo in the renderer's output.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QImage>
#include <QWidget>

#include "core/avatar/avatar.h"

namespace palma {

class ShPreview : public QWidget {
  Q_OBJECT

 public:
  explicit ShPreview(QWidget* parent = nullptr);

  // Shades the sphere with lighting.sh (also when use_sh is off: then the sphere is drawn dimmed with
  // a note, as the renderer ignores the coefficients).
  void setLighting(const AvatarLighting& lighting);
  // The shaded sphere (RGB32 with a transparent outside), at the widget's size.
  QImage image() const { return image_; }
  // The irradiance the sphere shows for the normal facing the camera (0, 0, -1), linear RGB.
  Eigen::Vector3f centreIrradiance() const { return centre_; }

  QSize sizeHint() const override { return {140, 140}; }
  QSize minimumSizeHint() const override { return {96, 96}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void shade();

  AvatarLighting lighting_;
  QImage image_;
  Eigen::Vector3f centre_ = Eigen::Vector3f::Zero();
  torch::Tensor normals_;  // [1,P,3] of the disc's pixels
  torch::Tensor pixels_;   // [P] pixel index in the image
  int normals_size_ = 0;
};

}  // namespace palma
