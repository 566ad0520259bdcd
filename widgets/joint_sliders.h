// The per-finger joint sliders of the Inspect page's pose panel and the Prepare page's pose
// initialisation panel: translated labels of the fingers, finger joints and joint axes, and the group of
// sliders for one finger.
#pragma once

#include <QString>
#include <functional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QSlider;
class QWidget;

namespace palma {

// Thumb, Index, Middle, Ring, Pinky (palma::Finger order: kIndex .. kThumb).
QString fingerLabel(int finger);
// The anatomical name of joint `segment` (0..2, from the palm) of `finger`: CMC/MCP/IP for the thumb,
// MCP/PIP/DIP for the others.
QString segmentLabel(int finger, int segment);
// flex, spread, twist (the anatomical axes 0..2).
QString axisLabel(int axis);

// A group box titled with the finger's name holding, for each of its three joints and three axes, a
// label, a horizontal slider (tool tip naming joint and axis) and a right-aligned value label, one row
// each (rows 0..8 of `grid`, columns 0..2). `created(joint, axis, slider, value)` is called for each so
// that the panel keeps and connects them; `joint` is the skeleton's joint index (jointIndex()).
QGroupBox* makeFingerSliders(
    int finger, QWidget* parent,
    const std::function<void(int joint, int axis, QSlider* slider, QLabel* value)>& created,
    QGridLayout** grid = nullptr);

}  // namespace palma
