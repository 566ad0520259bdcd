// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include "widgets/joint_sliders.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSlider>

#include "core/model/hand_model.h"

namespace palma {
namespace {

// The labels keep the translation context they were first translated in.
constexpr const char* kContext = "palma::PosePanel";

}  // namespace

QString fingerLabel(int finger) {
  switch (finger) {
    case kIndex:
      return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("palma::PosePanel", "Index"));
    case kMiddle:
      return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("palma::PosePanel", "Middle"));
    case kRing:
      return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("palma::PosePanel", "Ring"));
    case kPinky:
      return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("palma::PosePanel", "Pinky"));
    default:
      return QCoreApplication::translate(kContext, QT_TRANSLATE_NOOP("palma::PosePanel", "Thumb"));
  }
}

QString segmentLabel(int finger, int segment) {
  static const char* const thumb[] = {QT_TRANSLATE_NOOP("palma::PosePanel", "CMC"),
                                      QT_TRANSLATE_NOOP("palma::PosePanel", "MCP"),
                                      QT_TRANSLATE_NOOP("palma::PosePanel", "IP")};
  static const char* const other[] = {QT_TRANSLATE_NOOP("palma::PosePanel", "MCP"),
                                      QT_TRANSLATE_NOOP("palma::PosePanel", "PIP"),
                                      QT_TRANSLATE_NOOP("palma::PosePanel", "DIP")};
  return QCoreApplication::translate(kContext, (finger == kThumb ? thumb : other)[segment]);
}

QString axisLabel(int axis) {
  static const char* const names[] = {QT_TRANSLATE_NOOP("palma::PosePanel", "flex"),
                                      QT_TRANSLATE_NOOP("palma::PosePanel", "spread"),
                                      QT_TRANSLATE_NOOP("palma::PosePanel", "twist")};
  return QCoreApplication::translate(kContext, names[axis]);
}

QGroupBox* makeFingerSliders(
    int finger, QWidget* parent,
    const std::function<void(int joint, int axis, QSlider* slider, QLabel* value)>& created,
    QGridLayout** grid_out) {
  auto* box = new QGroupBox(fingerLabel(finger), parent);
  auto* grid = new QGridLayout(box);
  grid->setVerticalSpacing(2);
  for (int s = 0; s < 3; ++s) {
    const int joint = jointIndex(finger, s);
    for (int a = 0; a < 3; ++a) {
      const int row = 3 * s + a;
      grid->addWidget(new QLabel(QStringLiteral("%1 %2").arg(segmentLabel(finger, s), axisLabel(a)), box),
                      row, 0);
      auto* slider = new QSlider(Qt::Horizontal, box);
      static const char* const tip =
          QT_TRANSLATE_NOOP("palma::PosePanel", "%1 %2: %3 (degrees, within the joint's limits)");
      slider->setToolTip(QCoreApplication::translate(kContext, tip)
                             .arg(fingerLabel(finger), segmentLabel(finger, s), axisLabel(a)));
      grid->addWidget(slider, row, 1);
      auto* value = new QLabel(box);
      value->setMinimumWidth(48);
      value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
      grid->addWidget(value, row, 2);
      created(joint, a, slider, value);
    }
  }
  if (grid_out) *grid_out = grid;
  return box;
}

}  // namespace palma
