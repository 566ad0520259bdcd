// LibTorch before Qt (see avatar_document.h).
#include <torch/torch.h>

#include "widgets/pose_panel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "widgets/avatar_document.h"
#include "widgets/joint_sliders.h"

namespace palma {

namespace {

constexpr double kDeg = 3.14159265358979323846 / 180.0;
constexpr int kTicksPerDegree = 10;  // slider resolution: 0.1 degree

}  // namespace

PosePanel::PosePanel(AvatarDocument* document, QWidget* parent) : QWidget(parent), doc_(document) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(4, 4, 4, 4);
  auto* top = new QHBoxLayout;
  right_ = new QRadioButton(tr("Right hand"), this);
  left_ = new QRadioButton(tr("Left hand"), this);
  auto* group = new QButtonGroup(this);
  group->addButton(right_);
  group->addButton(left_);
  auto* reset_all = new QPushButton(tr("Reset all"), this);
  reset_all->setToolTip(tr("Straighten every finger (the rest pose); the wrist and position stay"));
  top->addWidget(right_);
  top->addWidget(left_);
  top->addStretch(1);
  top->addWidget(reset_all);
  outer->addLayout(top);

  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  auto* inner = new QWidget(scroll);
  auto* fingers = new QVBoxLayout(inner);
  for (int f : {kThumb, kIndex, kMiddle, kRing, kPinky}) {
    QGridLayout* grid = nullptr;
    QGroupBox* box = makeFingerSliders(
        f, inner,
        [this](int j, int a, QSlider* slider, QLabel* value) {
          sliders_[j][a] = slider;
          values_[j][a] = value;
          connect(slider, &QSlider::valueChanged, this, [this, j, a](int ticks) {
            angles_(j, a) = static_cast<float>(ticks * kDeg / kTicksPerDegree);
            updateLabel(j, a);
            writePose();
          });
        },
        &grid);
    auto* reset = new QPushButton(tr("Reset"), box);
    reset->setToolTip(tr("Straighten this finger"));
    grid->addWidget(reset, 9, 2);
    connect(reset, &QPushButton::clicked, this, [this, f] { resetFinger(f); });
    fingers->addWidget(box);
  }
  fingers->addStretch(1);
  scroll->setWidget(inner);
  outer->addWidget(scroll, 1);

  connect(reset_all, &QPushButton::clicked, this, &PosePanel::resetAll);
  connect(right_, &QRadioButton::toggled, this, [this](bool on) {
    if (on) setSide(Handedness::Right);
  });
  connect(left_, &QRadioButton::toggled, this, [this](bool on) {
    if (on) setSide(Handedness::Left);
  });
  connect(doc_, &AvatarDocument::avatarChanged, this, &PosePanel::rebuild);
  connect(doc_, &AvatarDocument::poseChanged, this, [this] {
    if (!writing_) readPose();
  });
  connect(doc_, &AvatarDocument::sideChanged, this, [this] {
    const bool right = side() == Handedness::Right;
    if (right_->isChecked() != right) (right ? right_ : left_)->setChecked(true);
  });
  rebuild();
}

PosePanel::~PosePanel() = default;

void PosePanel::rebuild() {
  const bool has = doc_->hasAvatar();
  setEnabled(has);
  const HandModel& model = doc_->templateModel();
  const float s = has && model.handedness == Handedness::Left ? -1.0f : 1.0f;
  for (int j = 1; j < kNumJoints; ++j)
    for (int a = 0; a < 3; ++a) {
      double lo = -180.0 * kDeg, hi = 180.0 * kDeg;
      if (has) {
        // Limits live in the model's frame; anatomical abduction and twist flip sign on a left hand.
        const double l = model.joint_limits[j].lower[a], u = model.joint_limits[j].upper[a];
        lo = a == 0 || s > 0 ? l : -u;
        hi = a == 0 || s > 0 ? u : -l;
        lo = std::max(lo, -180.0 * kDeg);
        hi = std::min(hi, 180.0 * kDeg);
      }
      limits_[j][a] = {lo, hi};
      QSlider* slider = sliders_[j][a];
      slider->blockSignals(true);
      slider->setRange(static_cast<int>(std::ceil(lo / kDeg * kTicksPerDegree - 1e-6)),
                       static_cast<int>(std::floor(hi / kDeg * kTicksPerDegree + 1e-6)));
      slider->setEnabled(slider->minimum() < slider->maximum());
      slider->blockSignals(false);
    }
  const bool right = side() == Handedness::Right;
  right_->blockSignals(true);
  left_->blockSignals(true);
  (right ? right_ : left_)->setChecked(true);
  right_->blockSignals(false);
  left_->blockSignals(false);
  readPose();
}

void PosePanel::readPose() {
  if (!doc_->hasAvatar() || !doc_->pose().defined()) return;
  const auto p = doc_->pose().to(torch::kFloat32).contiguous();
  const PoseMatrix pose = Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
  angles_ = poseToAnatomical(doc_->templateModel(), pose);
  for (int j = 1; j < kNumJoints; ++j)
    for (int a = 0; a < 3; ++a) {
      QSlider* slider = sliders_[j][a];
      slider->blockSignals(true);
      slider->setValue(static_cast<int>(std::lround(angles_(j, a) / kDeg * kTicksPerDegree)));
      slider->blockSignals(false);
      updateLabel(j, a);
    }
}

void PosePanel::writePose() {
  if (!doc_->hasAvatar()) return;
  const auto current = doc_->pose().to(torch::kFloat32).contiguous();
  PoseMatrix pose = anatomicalToPose(doc_->templateModel(), angles_);
  pose.row(0) = Eigen::Map<const PoseMatrix>(current.data_ptr<float>()).row(0);  // keep the wrist
  writing_ = true;
  doc_->setPose(torch::from_blob(pose.data(), {kNumJoints, 3}, torch::kFloat32).clone(), doc_->translation());
  writing_ = false;
}

void PosePanel::updateLabel(int joint, int axis) {
  double degrees = angles_(joint, axis) / kDeg;
  if (std::abs(degrees) < 0.05) degrees = 0.0;  // no "-0.0"
  values_[joint][axis]->setText(tr("%1°").arg(degrees, 0, 'f', 1));
}

double PosePanel::jointAngle(int joint, int axis) const { return angles_(joint, axis); }

std::pair<double, double> PosePanel::jointLimits(int joint, int axis) const { return limits_[joint][axis]; }

void PosePanel::setJointAngle(int joint, int axis, double radians) {
  if (joint < 1 || joint >= kNumJoints || axis < 0 || axis > 2) return;
  const auto [lo, hi] = limits_[joint][axis];
  const double clamped = std::clamp(radians, lo, hi);
  QSlider* slider = sliders_[joint][axis];
  const int ticks = std::clamp(static_cast<int>(std::lround(clamped / kDeg * kTicksPerDegree)),
                               slider->minimum(), slider->maximum());
  slider->blockSignals(true);
  slider->setValue(ticks);
  slider->blockSignals(false);
  angles_(joint, axis) = static_cast<float>(ticks * kDeg / kTicksPerDegree);
  updateLabel(joint, axis);
  writePose();
}

void PosePanel::zeroFinger(int finger) {
  for (int s = 0; s < 3; ++s)
    for (int a = 0; a < 3; ++a) {
      const int j = jointIndex(finger, s);
      angles_(j, a) = 0.0f;
      sliders_[j][a]->blockSignals(true);
      sliders_[j][a]->setValue(0);
      sliders_[j][a]->blockSignals(false);
      updateLabel(j, a);
    }
}

void PosePanel::resetFinger(int finger) {
  zeroFinger(finger);
  writePose();
}

void PosePanel::resetAll() {
  for (int f = 0; f < kNumFingers; ++f) zeroFinger(f);
  writePose();
}

Handedness PosePanel::side() const { return doc_->hasAvatar() ? doc_->displaySide() : Handedness::Right; }

void PosePanel::setSide(Handedness side) {
  if (!doc_->hasAvatar()) return;
  doc_->setMirrored(side != doc_->templateModel().handedness);
}

}  // namespace palma
