// LightingPanel: relights the avatar of an AvatarDocument by editing its lighting() through
// setLighting(): presets (studio, outdoor, warm, and the capture's own estimate), the point light
// (direction gizmo, azimuth/elevation, distance from the hand, colour, shadows), the ambient ratio, SH
// on/off and the 9 x RGB spherical-harmonics coefficients with a live preview sphere.
//
// SH coefficients are listed in the renderer's order (core/render/shading.h): band l = 0 (L00), band
// l = 1 (L1-1, L10, L11: the y, z and x lobes) and band l = 2. In linked-RGB mode one slider per
// coefficient moves R, G and B together by scaling all three by the same factor, which keeps their ratio
// (the tint) while changing the strength; from zero, or when the channels differ in sign, it sets all
// three to the slider's value.
//
// Every edit is an undoable step on a QUndoStack; the steps of one slider drag or one gizmo drag merge
// into one. The panel follows the document: any lighting change, from here or elsewhere, shows at once.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QWidget>
#include <array>
#include <functional>

#include "core/avatar/avatar.h"
#include "core/avatar/lighting_presets.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QUndoStack;
class QWidget;

namespace palma {

class AvatarDocument;
class LightDirectionGizmo;
class ShPreview;

class LightingPanel : public QWidget {
  Q_OBJECT

 public:
  // Channel index of the linked-RGB slider in coefficientSlider() / coefficientSpinBox().
  static constexpr int kLinked = 3;
  // Slider steps per unit of a coefficient or of the ambient ratio.
  static constexpr double kSliderScale = 1000.0;

  // `undo_stack`: where the edits are recorded, typically the owner's (shared with its Undo/Redo
  // actions; the owner then clears it when the document shows another avatar). Null: the panel keeps
  // its own stack and clears it on avatarChanged.
  explicit LightingPanel(AvatarDocument* document, QUndoStack* undo_stack = nullptr,
                         QWidget* parent = nullptr);
  ~LightingPanel() override;

  AvatarDocument* document() const { return document_; }
  QUndoStack* undoStack() const { return undo_stack_; }

  bool linkedRgb() const { return linked_; }
  void setLinkedRgb(bool linked);

  // The controls of SH coefficient k (0..8) for channel 0..2 (R, G, B) or kLinked.
  QSlider* coefficientSlider(int k, int channel) const { return sh_controls_[k][channel].slider; }
  QDoubleSpinBox* coefficientSpinBox(int k, int channel) const { return sh_controls_[k][channel].spin; }
  LightDirectionGizmo* gizmo() const { return gizmo_; }
  ShPreview* preview() const { return preview_; }

  // Centre of the posed hand (mean vertex, metres): the light's direction and distance are measured
  // from it.
  Eigen::Vector3f handCentre() const { return centre_; }

 public Q_SLOTS:
  // Replaces the lighting by a preset, keeping the light's current distance from the hand.
  void applyPreset(palma::LightingPreset preset);
  // Back to the lighting estimated from the capture (the avatar's own), as one undoable step.
  void resetToCaptureLighting();

 private:
  struct SliderSpin {
    QSlider* slider = nullptr;
    QDoubleSpinBox* spin = nullptr;
  };

  QWidget* buildPointLightBox();
  QWidget* buildAmbientBox();
  QWidget* buildShBox();
  SliderSpin makeSliderSpin(double minimum, double maximum, double spin_minimum, double spin_maximum,
                            const std::function<void(double)>& set);
  // Records one edit of `control` (merged with the previous one of the same control in the same
  // gesture) that changes the current lighting by `change`.
  void edit(int control, const QString& text, const std::function<void(AvatarLighting&)>& change);
  void pushLighting(const AvatarLighting& after, const QString& text);
  void setCoefficient(int k, int channel, double value);
  void setLightDirection(const Eigen::Vector3f& direction);
  float lightDistance() const;
  void pickColour();
  void updateCentre();
  void refresh();

  AvatarDocument* document_;
  QUndoStack* undo_stack_;
  bool owns_stack_;
  bool linked_ = false;
  bool updating_ = false;
  int session_ = 0;
  Eigen::Vector3f centre_{0.0f, 0.0f, 0.5f};

  LightDirectionGizmo* gizmo_ = nullptr;
  ShPreview* preview_ = nullptr;
  QCheckBox* point_light_ = nullptr;
  QCheckBox* shadows_ = nullptr;
  QCheckBox* use_sh_ = nullptr;
  QCheckBox* link_ = nullptr;
  QDoubleSpinBox* azimuth_ = nullptr;
  QDoubleSpinBox* elevation_ = nullptr;
  QDoubleSpinBox* distance_ = nullptr;
  QLabel* direction_readout_ = nullptr;
  std::array<QDoubleSpinBox*, 3> colour_{};
  QPushButton* swatch_ = nullptr;
  SliderSpin ambient_;
  std::array<std::array<SliderSpin, 4>, 9> sh_controls_{};
  std::vector<QWidget*> channel_headers_;  // R, G, B headers then the linked header
};

}  // namespace palma
