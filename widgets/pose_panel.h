// PosePanel: edits the shown pose joint by joint. Every finger joint has three sliders in anatomical
// angles (flexion: positive curls toward the palm; abduction: positive toward the thumb's side; twist
// along the bone), in degrees, bounded by the model's joint limits (HandModel::joint_limits), grouped
// per finger with a reset per finger and for the whole hand. The wrist's global rotation and the
// translation are kept. A left/right switch shows the avatar as a right or a left hand (the mirror
// image, AvatarDocument::setMirrored).
#pragma once

// LibTorch before Qt (see avatar_document.h).
#include <torch/types.h>

#include <QWidget>
#include <array>
#include <utility>

#include "core/model/hand_model.h"
#include "core/model/pose_presets.h"

class QLabel;
class QRadioButton;
class QSlider;
class QPushButton;

namespace palma {

class AvatarDocument;

class PosePanel : public QWidget {
  Q_OBJECT

 public:
  explicit PosePanel(AvatarDocument* document, QWidget* parent = nullptr);
  ~PosePanel() override;

  // Anatomical angle (radians) of joint 1..15, axis 0 flexion, 1 abduction, 2 twist.
  double jointAngle(int joint, int axis) const;
  // Sets one angle, clamped to the joint's limits, and poses the document.
  void setJointAngle(int joint, int axis, double radians);
  // The limits of one angle (radians, anatomical convention).
  std::pair<double, double> jointLimits(int joint, int axis) const;
  QSlider* slider(int joint, int axis) const { return sliders_[joint][axis]; }

  // The side shown (the avatar's own or its mirror image).
  Handedness side() const;
  void setSide(Handedness side);

 public Q_SLOTS:
  void resetFinger(int finger);  // Finger: kIndex .. kThumb
  void resetAll();

 private:
  void rebuild();
  void readPose();
  void zeroFinger(int finger);  // angles and sliders of one finger to 0, without writing the pose
  void writePose();
  void updateLabel(int joint, int axis);

  AvatarDocument* doc_;
  PoseMatrix angles_ = PoseMatrix::Zero();
  std::array<std::array<std::pair<double, double>, 3>, kNumJoints> limits_{};
  std::array<std::array<QSlider*, 3>, kNumJoints> sliders_{};
  std::array<std::array<QLabel*, 3>, kNumJoints> values_{};
  QRadioButton* right_;
  QRadioButton* left_;
  bool writing_ = false;
};

}  // namespace palma
