// LibTorch before Qt (see lighting_panel.h).
#include <torch/torch.h>

#include "widgets/lighting_panel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/render/shading.h"
#include "widgets/avatar_document.h"
#include "widgets/light_direction_gizmo.h"
#include "widgets/sh_preview.h"
#include "widgets/side_panel_scroll.h"

namespace palma {

namespace {

// Controls whose consecutive edits within one gesture merge into one undo step.
constexpr int kAmbientControl = 40;
constexpr int kToggleControl = 41;
constexpr int kColourControl = 44;  // + channel
constexpr int kDirectionControl = 50;
constexpr int kDistanceControl = 51;
constexpr int kCommandId = 0x4c54;  // QUndoCommand::id() of every lighting edit

class LightingCommand : public QUndoCommand {
 public:
  LightingCommand(AvatarDocument* document, const AvatarLighting& before, const AvatarLighting& after,
                  int control, int session, const QString& text)
      : QUndoCommand(text),
        document_(document),
        before_(before),
        after_(after),
        control_(control),
        session_(session) {}

  void undo() override { document_->setLighting(before_); }
  void redo() override { document_->setLighting(after_); }
  int id() const override { return kCommandId; }

  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = static_cast<const LightingCommand*>(other);
    if (control_ < 0 || next->control_ != control_ || next->session_ != session_) return false;
    after_ = next->after_;
    setObsolete(after_ == before_);
    return true;
  }

 private:
  AvatarDocument* document_;
  AvatarLighting before_, after_;
  int control_;  // -1: never merges
  int session_;
};

// The coefficient names in the renderer's order, and the direction each lobe depends on.
const char* const kCoefficientNames[9] = {"L<sub>00</sub>",
                                          "L<sub>1,-1</sub> &middot; y",
                                          "L<sub>10</sub> &middot; z",
                                          "L<sub>11</sub> &middot; x",
                                          "L<sub>2,-2</sub> &middot; xy",
                                          "L<sub>2,-1</sub> &middot; yz",
                                          "L<sub>20</sub> &middot; 3z&sup2;-1",
                                          "L<sub>21</sub> &middot; xz",
                                          "L<sub>22</sub> &middot; x&sup2;-y&sup2;"};

int toSlider(double value) { return static_cast<int>(std::lround(value * LightingPanel::kSliderScale)); }

}  // namespace

LightingPanel::LightingPanel(AvatarDocument* document, QUndoStack* undo_stack, QWidget* parent)
    : QWidget(parent),
      document_(document),
      undo_stack_(undo_stack ? undo_stack : new QUndoStack(this)),
      owns_stack_(undo_stack == nullptr) {
  auto* content = new QWidget;
  auto* column = new QVBoxLayout(content);

  // Presets.
  auto* presets = new QHBoxLayout;
  presets->addWidget(new QLabel(tr("Presets:")));
  for (const LightingPreset p : allLightingPresets()) {
    QString label;
    switch (p) {
      case LightingPreset::Studio:
        label = tr("Studio");
        break;
      case LightingPreset::Outdoor:
        label = tr("Outdoor");
        break;
      case LightingPreset::Warm:
        label = tr("Warm");
        break;
    }
    auto* button = new QPushButton(label);
    button->setObjectName(QStringLiteral("preset_%1").arg(QLatin1String(lightingPresetName(p))));
    connect(button, &QPushButton::clicked, this, [this, p] { applyPreset(p); });
    presets->addWidget(button);
  }
  auto* capture = new QPushButton(tr("Capture"));
  capture->setObjectName(QStringLiteral("preset_capture"));
  capture->setToolTip(tr("The lighting estimated from the capture"));
  connect(capture, &QPushButton::clicked, this, &LightingPanel::resetToCaptureLighting);
  presets->addWidget(capture);
  presets->addStretch();
  column->addLayout(presets);

  column->addWidget(buildPointLightBox());
  column->addWidget(buildAmbientBox());
  column->addWidget(buildShBox());

  // Undo, redo, reset.
  auto* actions = new QHBoxLayout;
  // Short button texts; the step to undo or redo shows as the tooltip.
  auto* undo = new QPushButton(tr("Undo"));
  undo->setObjectName(QStringLiteral("undo"));
  connect(undo, &QPushButton::clicked, undo_stack_, &QUndoStack::undo);
  connect(undo_stack_, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
  connect(undo_stack_, &QUndoStack::undoTextChanged, undo, &QPushButton::setToolTip);
  undo->setEnabled(undo_stack_->canUndo());
  auto* redo = new QPushButton(tr("Redo"));
  redo->setObjectName(QStringLiteral("redo"));
  connect(redo, &QPushButton::clicked, undo_stack_, &QUndoStack::redo);
  connect(undo_stack_, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
  connect(undo_stack_, &QUndoStack::redoTextChanged, redo, &QPushButton::setToolTip);
  redo->setEnabled(undo_stack_->canRedo());
  auto* reset = new QPushButton(tr("Reset to capture lighting"));
  reset->setObjectName(QStringLiteral("reset"));
  connect(reset, &QPushButton::clicked, this, &LightingPanel::resetToCaptureLighting);
  actions->addWidget(undo);
  actions->addWidget(redo);
  actions->addStretch();
  actions->addWidget(reset);
  column->addLayout(actions);
  column->addStretch();

  // Scrolls up and down only: the panel asks for the width its slider rows need.
  auto* scroll = new SidePanelScrollArea(content);
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  outer->addWidget(scroll);

  connect(document_, &AvatarDocument::lightingChanged, this, &LightingPanel::refresh);
  connect(document_, &AvatarDocument::poseChanged, this, [this] {
    updateCentre();
    refresh();
  });
  connect(document_, &AvatarDocument::avatarChanged, this, [this] {
    if (owns_stack_) undo_stack_->clear();
    updateCentre();
    refresh();
  });
  setLinkedRgb(false);
  updateCentre();
  refresh();
}

LightingPanel::~LightingPanel() = default;

LightingPanel::SliderSpin LightingPanel::makeSliderSpin(double minimum, double maximum, double spin_minimum,
                                                        double spin_maximum,
                                                        const std::function<void(double)>& set) {
  SliderSpin s;
  s.slider = new QSlider(Qt::Horizontal);
  s.slider->setRange(toSlider(minimum), toSlider(maximum));
  s.slider->setSingleStep(10);
  s.slider->setPageStep(100);
  s.slider->setMinimumWidth(40);
  s.spin = new QDoubleSpinBox;
  s.spin->setRange(spin_minimum, spin_maximum);
  s.spin->setDecimals(3);
  s.spin->setSingleStep(0.01);
  s.spin->setKeyboardTracking(false);
  s.spin->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-10.000")) + 32);
  connect(s.slider, &QSlider::valueChanged, this, [this, set](int v) {
    if (!updating_) set(v / kSliderScale);
  });
  connect(s.spin, &QDoubleSpinBox::valueChanged, this, [this, set](double v) {
    if (!updating_) set(v);
  });
  // A drag, and a typed value, are gestures of their own: they never merge with what came before.
  connect(s.slider, &QSlider::sliderPressed, this, [this] { ++session_; });
  connect(s.slider, &QSlider::sliderReleased, this, [this] { ++session_; });
  connect(s.spin, &QDoubleSpinBox::editingFinished, this, [this] { ++session_; });
  return s;
}

QWidget* LightingPanel::buildPointLightBox() {
  auto* box = new QGroupBox(tr("Point light"));
  auto* row = new QHBoxLayout(box);
  auto* left = new QVBoxLayout;
  gizmo_ = new LightDirectionGizmo;
  gizmo_->setObjectName(QStringLiteral("light_gizmo"));
  connect(gizmo_, &LightDirectionGizmo::dragStarted, this, [this] { ++session_; });
  connect(gizmo_, &LightDirectionGizmo::dragFinished, this, [this] { ++session_; });
  connect(gizmo_, &LightDirectionGizmo::directionEdited, this,
          [this] { setLightDirection(gizmo_->direction()); });
  left->addWidget(gizmo_, 0, Qt::AlignHCenter);
  direction_readout_ = new QLabel;
  direction_readout_->setAlignment(Qt::AlignHCenter);
  left->addWidget(direction_readout_);
  row->addLayout(left);

  auto* form = new QFormLayout;
  point_light_ = new QCheckBox(tr("On"));
  point_light_->setObjectName(QStringLiteral("point_light"));
  connect(point_light_, &QCheckBox::toggled, this, [this](bool on) {
    ++session_;
    edit(kToggleControl, tr("Switch the point light"), [on](AvatarLighting& l) { l.point_light = on; });
  });
  form->addRow(tr("Light:"), point_light_);
  auto angle = [this](double minimum, double maximum, const QString& name) {
    auto* spin = new QDoubleSpinBox;
    spin->setRange(minimum, maximum);
    spin->setDecimals(1);
    spin->setSuffix(QStringLiteral("\u00b0"));
    spin->setKeyboardTracking(false);
    spin->setObjectName(name);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this](double) {
      if (updating_) return;
      setLightDirection(LightDirectionGizmo::fromAzimuthElevation(static_cast<float>(azimuth_->value()),
                                                                  static_cast<float>(elevation_->value())));
    });
    connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { ++session_; });
    return spin;
  };
  azimuth_ = angle(-180.0, 180.0, QStringLiteral("azimuth"));
  azimuth_->setWrapping(true);
  azimuth_->setToolTip(tr("Degrees about the vertical, 0 = from the camera, positive = from the right"));
  elevation_ = angle(-90.0, 90.0, QStringLiteral("elevation"));
  elevation_->setToolTip(tr("Degrees above the horizontal"));
  form->addRow(tr("Azimuth:"), azimuth_);
  form->addRow(tr("Elevation:"), elevation_);
  distance_ = new QDoubleSpinBox;
  distance_->setObjectName(QStringLiteral("distance"));
  distance_->setRange(0.05, 10.0);
  distance_->setDecimals(2);
  distance_->setSingleStep(0.05);
  distance_->setSuffix(tr(" m"));
  distance_->setKeyboardTracking(false);
  distance_->setToolTip(tr("Distance of the light from the centre of the hand"));
  connect(distance_, &QDoubleSpinBox::valueChanged, this, [this](double d) {
    if (updating_) return;
    const Eigen::Vector3f dir = gizmo_->direction();
    edit(kDistanceControl, tr("Move the point light"),
         [&](AvatarLighting& l) { l.light_position = centre_ + static_cast<float>(d) * dir; });
  });
  form->addRow(tr("Distance:"), distance_);

  auto* colour = new QHBoxLayout;
  for (int c = 0; c < 3; ++c) {
    colour_[c] = new QDoubleSpinBox;
    colour_[c]->setObjectName(QStringLiteral("light_colour_%1").arg(c));
    colour_[c]->setRange(0.0, 4.0);
    colour_[c]->setDecimals(2);
    colour_[c]->setSingleStep(0.05);
    colour_[c]->setKeyboardTracking(false);
    colour_[c]->setToolTip(c == 0 ? tr("Red") : c == 1 ? tr("Green") : tr("Blue"));
    connect(colour_[c], &QDoubleSpinBox::valueChanged, this, [this, c](double v) {
      if (updating_) return;
      edit(kColourControl + c, tr("Change the light colour"),
           [&](AvatarLighting& l) { l.light_colour[c] = static_cast<float>(v); });
    });
    connect(colour_[c], &QDoubleSpinBox::editingFinished, this, [this] { ++session_; });
    colour->addWidget(colour_[c]);
  }
  swatch_ = new QPushButton;
  swatch_->setFixedSize(28, 22);
  swatch_->setToolTip(tr("Pick the light colour"));
  connect(swatch_, &QPushButton::clicked, this, &LightingPanel::pickColour);
  colour->addWidget(swatch_);
  form->addRow(tr("Colour:"), colour);
  shadows_ = new QCheckBox(tr("Soft shadows"));
  shadows_->setObjectName(QStringLiteral("shadows"));
  connect(shadows_, &QCheckBox::toggled, this, [this](bool on) {
    ++session_;
    edit(kToggleControl, tr("Switch shadows"), [on](AvatarLighting& l) { l.shadows = on; });
  });
  form->addRow(tr("Shadows:"), shadows_);
  row->addLayout(form, 1);
  return box;
}

QWidget* LightingPanel::buildAmbientBox() {
  auto* box = new QGroupBox(tr("Ambient"));
  auto* row = new QHBoxLayout(box);
  preview_ = new ShPreview;
  preview_->setObjectName(QStringLiteral("sh_preview"));
  row->addWidget(preview_, 0, Qt::AlignTop);
  auto* form = new QFormLayout;
  use_sh_ = new QCheckBox(tr("Spherical harmonics"));
  use_sh_->setObjectName(QStringLiteral("use_sh"));
  use_sh_->setToolTip(tr("Light the avatar with the SH environment below instead of a flat ambient"));
  connect(use_sh_, &QCheckBox::toggled, this, [this](bool on) {
    ++session_;
    edit(kToggleControl, on ? tr("Switch SH lighting on") : tr("Switch SH lighting off"),
         [on](AvatarLighting& l) {
           l.use_sh = on;
           // Keep the look continuous: all-zero SH start from the flat ambient, and the flat ambient
           // takes over the mean SH level.
           if (on && l.sh.isZero())
             l.sh.row(0).setConstant(static_cast<float>(render::shConstant(l.ambient)));
           if (!on && l.ambient <= 0.0f)
             l.ambient =
                 std::clamp(0.886227f * l.sh.row(0).mean(), 0.01f, 0.99f);  // c4 * L00: SH irradiance mean
         });
  });
  form->addRow(use_sh_);
  ambient_ = makeSliderSpin(0.0, 0.99, 0.0, 0.99, [this](double v) {
    edit(kAmbientControl, tr("Change the ambient ratio"),
         [v](AvatarLighting& l) { l.ambient = static_cast<float>(v); });
  });
  ambient_.slider->setObjectName(QStringLiteral("ambient_slider"));
  ambient_.spin->setObjectName(QStringLiteral("ambient_spin"));
  const QString ambient_tip =
      tr("Share of flat ambient light; the point light is weighted by 1 - ratio. With SH "
         "on, the SH irradiance replaces the flat ambient and the ratio only weighs the "
         "point light.");
  ambient_.slider->setToolTip(ambient_tip);
  ambient_.spin->setToolTip(ambient_tip);
  auto* ambient_row = new QHBoxLayout;
  ambient_row->addWidget(ambient_.slider, 1);
  ambient_row->addWidget(ambient_.spin);
  form->addRow(tr("Ratio:"), ambient_row);
  link_ = new QCheckBox(tr("Link RGB"));
  link_->setObjectName(QStringLiteral("link_rgb"));
  link_->setToolTip(tr("One slider per coefficient: scales red, green and blue together, keeping the tint"));
  connect(link_, &QCheckBox::toggled, this, &LightingPanel::setLinkedRgb);
  form->addRow(link_);
  row->addLayout(form, 1);
  return box;
}

QWidget* LightingPanel::buildShBox() {
  auto* box = new QGroupBox(tr("SH coefficients"));
  auto* column = new QVBoxLayout(box);
  const QString bands[3] = {tr("l = 0"), tr("l = 1 (y, z, x)"), tr("l = 2")};
  const int first[4] = {0, 1, 4, 9};
  // One name column width for the three bands, so that their sliders line up.
  const int name_width = fontMetrics().horizontalAdvance(QStringLiteral("L2,-2 · x²-y²")) + 8;
  for (int band = 0; band < 3; ++band) {
    auto* group = new QGroupBox(bands[band]);
    auto* grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    const QString headers[4] = {tr("R"), tr("G"), tr("B"), tr("RGB")};
    // R, G and B each take a slider and a spin box column; the linked slider spans the first five
    // columns and its spin box sits under B's.
    for (int c = 0; c < 4; ++c) {
      auto* header = new QLabel(headers[c]);
      header->setAlignment(Qt::AlignCenter);
      grid->addWidget(header, 0, c == kLinked ? 1 : 1 + 2 * c, 1, c == kLinked ? 6 : 2);
      channel_headers_.push_back(header);
    }
    for (int k = first[band]; k < first[band + 1]; ++k) {
      const int row = 1 + k - first[band];
      auto* name = new QLabel(QString::fromLatin1(kCoefficientNames[k]));
      name->setTextFormat(Qt::RichText);
      name->setMinimumWidth(name_width);
      grid->addWidget(name, row, 0);
      // L00 is the overall ambient level (irradiance 0.886 * L00); higher bands add direction.
      const double lo = k == 0 ? 0.0 : -2.0, hi = k == 0 ? 3.0 : 2.0;
      for (int c = 0; c < 4; ++c) {
        SliderSpin s = makeSliderSpin(lo, hi, k == 0 ? 0.0 : -10.0, 10.0,
                                      [this, k, c](double v) { setCoefficient(k, c, v); });
        const char* channel = c == 0 ? "r" : c == 1 ? "g" : c == 2 ? "b" : "rgb";
        s.slider->setObjectName(QStringLiteral("sh_slider_%1_%2").arg(k).arg(QLatin1String(channel)));
        s.spin->setObjectName(QStringLiteral("sh_spin_%1_%2").arg(k).arg(QLatin1String(channel)));
        if (c == kLinked) {
          grid->addWidget(s.slider, row, 1, 1, 5);
          grid->addWidget(s.spin, row, 6);
        } else {
          grid->addWidget(s.slider, row, 1 + 2 * c);
          grid->addWidget(s.spin, row, 2 + 2 * c);
        }
        sh_controls_[k][c] = s;
      }
    }
    column->addWidget(group);
  }
  return box;
}

void LightingPanel::setLinkedRgb(bool linked) {
  linked_ = linked;
  if (link_->isChecked() != linked) {
    const QSignalBlocker block(link_);
    link_->setChecked(linked);
  }
  for (auto& row : sh_controls_)
    for (int c = 0; c < 4; ++c) {
      const bool shown = (c == kLinked) == linked;
      row[c].slider->setVisible(shown);
      row[c].spin->setVisible(shown);
    }
  for (size_t i = 0; i < channel_headers_.size(); ++i)
    channel_headers_[i]->setVisible((static_cast<int>(i % 4) == kLinked) == linked);
}

void LightingPanel::edit(int control, const QString& text,
                         const std::function<void(AvatarLighting&)>& change) {
  if (updating_ || !document_->hasAvatar()) return;
  const AvatarLighting before = document_->lighting();
  AvatarLighting after = before;
  change(after);
  // The renderer's rule: a ratio strictly inside (0, 1), or exactly 0 with SH.
  after.ambient = std::clamp(after.ambient, after.use_sh ? 0.0f : 0.001f, 0.99f);
  if (after == before) return;
  undo_stack_->push(new LightingCommand(document_, before, after, control, session_, text));
}

void LightingPanel::pushLighting(const AvatarLighting& after, const QString& text) {
  if (!document_->hasAvatar() || after == document_->lighting()) return;
  ++session_;
  undo_stack_->push(new LightingCommand(document_, document_->lighting(), after, -1, session_, text));
}

void LightingPanel::setCoefficient(int k, int channel, double value) {
  edit(k * 4 + channel, tr("Change SH coefficient"), [&](AvatarLighting& l) {
    if (channel != kLinked) {
      l.sh(k, channel) = static_cast<float>(value);
      return;
    }
    const Eigen::Vector3f rgb = l.sh.row(k).transpose();
    const float mean = rgb.mean();
    const bool same_sign = (rgb.array() * mean >= 0.0f).all();
    if (std::abs(mean) > 1e-4f && same_sign)
      l.sh.row(k) = (rgb * static_cast<float>(value / mean)).transpose();
    else
      l.sh.row(k).setConstant(static_cast<float>(value));
  });
}

float LightingPanel::lightDistance() const {
  const float d = (document_->lighting().light_position - centre_).norm();
  return d > 1e-3f ? d : 0.5f;
}

void LightingPanel::setLightDirection(const Eigen::Vector3f& direction) {
  const float distance = lightDistance();
  edit(kDirectionControl, tr("Aim the point light"),
       [&](AvatarLighting& l) { l.light_position = centre_ + distance * direction.normalized(); });
}

void LightingPanel::pickColour() {
  const Eigen::Vector3f current = document_->lighting().light_colour;
  const float scale = std::max(1.0f, current.maxCoeff());
  const QColor initial =
      QColor::fromRgbF(std::min(1.0f, current.x() / scale), std::min(1.0f, current.y() / scale),
                       std::min(1.0f, current.z() / scale));
  const QColor chosen = QColorDialog::getColor(initial, this, tr("Light colour"));
  if (!chosen.isValid()) return;
  ++session_;
  // The picker chooses the tint; the strength (largest channel, when above 1) is kept.
  edit(kColourControl, tr("Change the light colour"), [&](AvatarLighting& l) {
    l.light_colour = Eigen::Vector3f(chosen.redF(), chosen.greenF(), chosen.blueF()) * scale;
  });
  ++session_;
}

void LightingPanel::applyPreset(LightingPreset preset) {
  if (!document_->hasAvatar()) return;
  const AvatarLighting after =
      lightingPresetLighting(preset, document_->lighting(), centre_, lightDistance());
  pushLighting(after, tr("Apply the %1 lighting preset").arg(QLatin1String(lightingPresetName(preset))));
}

void LightingPanel::resetToCaptureLighting() {
  if (!document_->hasAvatar()) return;
  pushLighting(document_->avatar().lighting, tr("Reset to capture lighting"));
}

void LightingPanel::updateCentre() {
  if (!document_->hasAvatar()) return;
  const auto vertices = document_->posedMesh().vertices;  // [N,3]
  const auto mean = vertices.mean(0).contiguous();
  const float* m = mean.data_ptr<float>();
  centre_ = Eigen::Vector3f(m[0], m[1], m[2]);
}

void LightingPanel::refresh() {
  updating_ = true;
  setEnabled(document_->hasAvatar());
  const AvatarLighting& l = document_->lighting();
  for (int k = 0; k < 9; ++k) {
    for (int c = 0; c < 4; ++c) {
      const double v = c == kLinked ? l.sh.row(k).mean() : l.sh(k, c);
      sh_controls_[k][c].slider->setValue(toSlider(v));
      sh_controls_[k][c].spin->setValue(v);
    }
  }
  ambient_.slider->setMinimum(l.use_sh ? 0 : 1);
  ambient_.spin->setMinimum(l.use_sh ? 0.0 : 0.001);
  ambient_.slider->setValue(toSlider(l.ambient));
  ambient_.spin->setValue(l.ambient);
  use_sh_->setChecked(l.use_sh);
  point_light_->setChecked(l.point_light);
  shadows_->setChecked(l.shadows);
  for (int c = 0; c < 3; ++c) colour_[c]->setValue(l.light_colour[c]);
  const float scale = std::max(1.0f, l.light_colour.maxCoeff());
  const QColor swatch = QColor::fromRgbF(std::clamp(l.light_colour.x() / scale, 0.0f, 1.0f),
                                         std::clamp(l.light_colour.y() / scale, 0.0f, 1.0f),
                                         std::clamp(l.light_colour.z() / scale, 0.0f, 1.0f));
  swatch_->setStyleSheet(
      QStringLiteral("background-color: %1; border: 1px solid palette(mid);").arg(swatch.name()));
  const Eigen::Vector3f offset = l.light_position - centre_;
  if (offset.norm() > 1e-6f) gizmo_->setDirection(offset);
  const Eigen::Vector2f ae = LightDirectionGizmo::toAzimuthElevation(gizmo_->direction());
  azimuth_->setValue(ae.x());
  elevation_->setValue(ae.y());
  distance_->setValue(offset.norm());
  direction_readout_->setText(tr("az %1\u00b0  el %2\u00b0").arg(ae.x(), 0, 'f', 0).arg(ae.y(), 0, 'f', 0));
  preview_->setLighting(l);
  updating_ = false;
}

}  // namespace palma
