// LibTorch before Qt (see map_inspector.h).
#include <torch/torch.h>

#include "widgets/map_inspector.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDial>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/avatar/avatar_io.h"
#include "core/common/error.h"
#include "core/model/model_spec.h"
#include "widgets/avatar_document.h"
#include "widgets/flow_layout.h"
#include "widgets/map_view.h"

namespace palma {
namespace {

// The UV mask of `model` at the size of `map`, cached in `cache` while the size stays.
const torch::Tensor& coverageFor(const HandModel& model, const torch::Tensor& map, torch::Tensor& cache) {
  const int h = static_cast<int>(map.size(0));
  const int w = static_cast<int>(map.size(1));
  if (!cache.defined() || cache.size(0) != h || cache.size(1) != w) cache = uvCoverage(model, w, h);
  return cache;
}

QLabel* smallLabel(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setContentsMargins(6, 0, 2, 0);
  return label;
}

}  // namespace

MapInspector::MapInspector(AvatarDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->setSpacing(4);

  // ---- Controls: map, channels, normal display and light; overlays, zoom, compare, export. They
  // wrap onto more rows when the inspector is narrow (a side panel), in groups that stay together.
  auto* controls = new FlowLayout(nullptr, 12, 4);
  layout->addLayout(controls);
  const auto group = [&] { return controls->addGroup(this); };
  QHBoxLayout* row = group();
  row->addWidget(smallLabel(tr("Map"), this));
  map_box_ = new QComboBox(this);
  map_box_->addItem(tr("Albedo"));
  map_box_->addItem(tr("Normal map"));
  map_box_->setToolTip(tr("The texture map to inspect"));
  row->addWidget(map_box_);

  channel_group_ = new QButtonGroup(this);
  channel_group_->setExclusive(true);
  const QStringList channel_names = {tr("RGB"), tr("R"), tr("G"), tr("B"), tr("A")};
  const QStringList channel_tips = {tr("All colour channels"), tr("Red channel as grey"),
                                    tr("Green channel as grey"), tr("Blue channel as grey"),
                                    tr("Alpha as grey (the UV coverage when the map has no alpha)")};
  row = group();
  for (int i = 0; i < channel_names.size(); ++i) {
    auto* button = new QToolButton(this);
    button->setText(channel_names[i]);
    button->setToolTip(channel_tips[i]);
    button->setCheckable(true);
    button->setChecked(i == 0);
    channel_group_->addButton(button, i);
    row->addWidget(button);
  }

  row = group();
  normal_box_ = new QComboBox(this);
  normal_box_->addItem(tr("Colours"));
  normal_box_->addItem(tr("Lit relief"));
  normal_box_->setToolTip(tr("Show the normal map as encoded colours or shaded by a light"));
  row->addWidget(normal_box_);
  row->addWidget(smallLabel(tr("Light"), this));
  azimuth_dial_ = new QDial(this);
  azimuth_dial_->setRange(0, 359);
  azimuth_dial_->setWrapping(true);
  azimuth_dial_->setFixedSize(40, 40);
  azimuth_dial_->setToolTip(tr("Light azimuth (0° from the right, 90° from the top)"));
  row->addWidget(azimuth_dial_);
  elevation_slider_ = new QSlider(Qt::Horizontal, this);
  elevation_slider_->setRange(0, 90);
  elevation_slider_->setFixedWidth(80);
  elevation_slider_->setToolTip(tr("Light elevation above the surface (degrees)"));
  row->addWidget(elevation_slider_);

  row = group();
  uv_box_ = new QCheckBox(tr("UV wireframe"), this);
  uv_box_->setToolTip(tr("Draw the template's UV triangles over the map"));
  row->addWidget(uv_box_);
  uv_opacity_ = new QSlider(Qt::Horizontal, this);
  uv_opacity_->setRange(0, 100);
  uv_opacity_->setValue(60);
  uv_opacity_->setFixedWidth(70);
  uv_opacity_->setToolTip(tr("Opacity of the UV wireframe"));
  row->addWidget(uv_opacity_);
  grid_box_ = new QCheckBox(tr("Texel grid"), this);
  grid_box_->setChecked(true);
  grid_box_->setToolTip(tr("Outline each texel when zoomed in far"));
  row->addWidget(grid_box_);

  const auto addButton = [&](const QString& text, const QString& tip) {
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    row->addWidget(button);
    return button;
  };
  row = group();
  QToolButton* fit = addButton(tr("Fit"), tr("Fit the map to the view (F)"));
  QToolButton* one = addButton(tr("1:1"), tr("One screen pixel per texel (1)"));
  QToolButton* out = addButton(tr("−"), tr("Zoom out (-)"));
  QToolButton* in = addButton(tr("+"), tr("Zoom in (+)"));
  zoom_label_ = new QLabel(this);
  zoom_label_->setMinimumWidth(60);
  row->addWidget(zoom_label_);

  row = group();
  row->addWidget(smallLabel(tr("Compare"), this));
  compare_box_ = new QComboBox(this);
  compare_box_->addItem(tr("Off"));
  compare_box_->addItem(tr("Albedo"));
  compare_box_->addItem(tr("Normal map"));
  compare_box_->addItem(tr("Other avatar: albedo"));
  compare_box_->addItem(tr("Other avatar: normal map"));
  compare_box_->setToolTip(tr("Show a second map beside this one, with zoom and pan kept in step"));
  row->addWidget(compare_box_);
  QToolButton* open_other = addButton(tr("Open…"), tr("Open a second avatar folder to compare with"));
  row = group();
  difference_box_ = new QCheckBox(tr("Difference"), this);
  difference_box_->setToolTip(tr("Show |left − right| on the right"));
  row->addWidget(difference_box_);
  gain_box_ = new QDoubleSpinBox(this);
  gain_box_->setRange(1.0, 64.0);
  gain_box_->setValue(1.0);
  gain_box_->setPrefix(QStringLiteral("×"));
  gain_box_->setToolTip(tr("Amplify the difference"));
  row->addWidget(gain_box_);
  row = group();
  QToolButton* export_button = addButton(tr("Export…"), tr("Save the shown map as a PNG"));

  // ---- Views ----
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  view_ = new MapView(splitter);
  auto* right = new QWidget(splitter);
  auto* right_layout = new QVBoxLayout(right);
  right_layout->setContentsMargins(0, 0, 0, 0);
  right_layout->setSpacing(0);
  compare_title_ = new QLabel(right);
  right_layout->addWidget(compare_title_);
  compare_view_ = new MapView(right);
  right_layout->addWidget(compare_view_, 1);
  splitter->addWidget(view_);
  splitter->addWidget(right);
  splitter->setChildrenCollapsible(false);
  right->hide();
  splitter_ = splitter;
  layout->addWidget(splitter, 1);

  readout_label_ = new QLabel(this);
  readout_label_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  readout_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(readout_label_);
  readout_label_->setText(readoutText());

  rebuildControls();

  // ---- Connections ----
  connect(map_box_, qOverload<int>(&QComboBox::activated), this,
          [this](int i) { setMap(i == 0 ? Map::Albedo : Map::NormalMap); });
  connect(channel_group_, &QButtonGroup::idClicked, this,
          [this](int id) { setChannel(static_cast<MapChannel>(id)); });
  connect(normal_box_, qOverload<int>(&QComboBox::activated), this,
          [this](int i) { setNormalDisplay(i == 0 ? NormalDisplay::Colours : NormalDisplay::Relief); });
  // The dial's 0 points down; shown so that the handle points where the light comes from.
  connect(azimuth_dial_, &QDial::valueChanged, this,
          [this](int v) { setLightDirection(static_cast<float>((270 - v + 360) % 360), elevation_); });
  connect(elevation_slider_, &QSlider::valueChanged, this,
          [this](int v) { setLightDirection(azimuth_, static_cast<float>(v)); });
  connect(uv_box_, &QCheckBox::toggled, this,
          [this](bool on) { setUvOverlay(on, uv_opacity_->value() / 100.0); });
  connect(uv_opacity_, &QSlider::valueChanged, this,
          [this](int v) { setUvOverlay(uv_box_->isChecked(), v / 100.0); });
  connect(grid_box_, &QCheckBox::toggled, this, &MapInspector::setTexelGrid);
  connect(fit, &QToolButton::clicked, view_, &MapView::fitToView);
  connect(one, &QToolButton::clicked, view_, &MapView::actualSize);
  connect(out, &QToolButton::clicked, view_, &MapView::zoomOut);
  connect(in, &QToolButton::clicked, view_, &MapView::zoomIn);
  connect(compare_box_, qOverload<int>(&QComboBox::activated), this, [this](int i) {
    if (i >= 3 && !compare_avatar_) {
      openCompareAvatarWithDialog();
      if (!compare_avatar_) {
        rebuildControls();
        return;
      }
    }
    const CompareSource source = i == 0   ? CompareSource::Off
                                 : i <= 2 ? CompareSource::ThisAvatar
                                          : CompareSource::OtherAvatar;
    setCompare(source, (i == 1 || i == 3) ? Map::Albedo : Map::NormalMap);
  });
  connect(open_other, &QToolButton::clicked, this, &MapInspector::openCompareAvatarWithDialog);
  connect(difference_box_, &QCheckBox::toggled, this,
          [this](bool on) { setDifference(on, static_cast<float>(gain_box_->value())); });
  connect(gain_box_, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
          [this](double g) { setDifference(difference_, static_cast<float>(g)); });
  connect(export_button, &QToolButton::clicked, this, &MapInspector::exportWithDialog);

  connect(view_, &MapView::viewChanged, this, [this] {
    zoom_label_->setText(
        QStringLiteral("%1%").arg(view_->zoom() * 100.0, 0, 'f', view_->zoom() < 1.0 ? 1 : 0));
    syncView(view_, compare_view_);
  });
  connect(compare_view_, &MapView::viewChanged, this, [this] { syncView(compare_view_, view_); });
  connect(view_, &MapView::hovered, this, [this](const QPointF& t) { onHovered(false, t); });
  connect(compare_view_, &MapView::hovered, this, [this](const QPointF& t) { onHovered(true, t); });
  const auto left = [this] {
    hover_valid_ = false;
    readout_label_->setText(readoutText());
  };
  connect(view_, &MapView::hoverLeft, this, left);
  connect(compare_view_, &MapView::hoverLeft, this, left);

  if (document_) {
    connect(document_, &AvatarDocument::avatarChanged, this, [this] {
      coverage_ = torch::Tensor();
      view_->setUvEdges(uvEdges(document_->templateModel()));
      refreshShown();
    });
    if (document_->hasAvatar()) view_->setUvEdges(uvEdges(document_->templateModel()));
  }
  refreshShown();
}

MapInspector::~MapInspector() = default;

void MapInspector::setMap(Map map) {
  map_ = map;
  rebuildControls();
  refreshShown();
}

void MapInspector::setChannel(MapChannel channel) {
  channel_ = channel;
  rebuildControls();
  refreshShown();
}

void MapInspector::setNormalDisplay(NormalDisplay display) {
  normal_display_ = display;
  rebuildControls();
  refreshShown();
}

void MapInspector::setLightDirection(float azimuth_deg, float elevation_deg) {
  const float a = std::fmod(std::fmod(azimuth_deg, 360.0f) + 360.0f, 360.0f);
  const float e = std::clamp(elevation_deg, 0.0f, 90.0f);
  if (a == azimuth_ && e == elevation_) return;
  azimuth_ = a;
  elevation_ = e;
  rebuildControls();
  const bool relief_left = map_ == Map::NormalMap && normal_display_ == NormalDisplay::Relief;
  const bool relief_right = compare_source_ != CompareSource::Off && compare_map_ == Map::NormalMap &&
                            normal_display_ == NormalDisplay::Relief;
  if (relief_left || relief_right) refreshShown();
}

void MapInspector::setUvOverlay(bool visible, double opacity) {
  view_->setUvOverlay(visible, opacity);
  compare_view_->setUvOverlay(visible, opacity);
  rebuildControls();
}

void MapInspector::setTexelGrid(bool visible) {
  view_->setTexelGrid(visible);
  compare_view_->setTexelGrid(visible);
  rebuildControls();
}

bool MapInspector::loadCompareAvatar(const QString& folder, QString* error) {
  try {
    Avatar avatar = loadAvatar(folder.toStdString());
    HandModel tmpl = avatarTemplate(loadHandModel(avatar.model_spec), avatar);
    validateAvatar(avatar, tmpl);
    compare_avatar_ = std::move(avatar);
    compare_template_ = std::move(tmpl);
    compare_coverage_ = torch::Tensor();
    compare_title_->setToolTip(folder);
    refreshCompare();
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

void MapInspector::setCompare(CompareSource source, Map map) {
  compare_source_ = source;
  compare_map_ = map;
  rebuildControls();
  refreshCompare();
}

void MapInspector::setDifference(bool on, float gain) {
  difference_ = on;
  gain_ = std::max(gain, 0.0f);
  rebuildControls();
  refreshCompare();
}

QImage MapInspector::shownImage() const { return view_->image(); }

QImage MapInspector::compareImage() const {
  return compare_shown_.defined() ? compare_view_->image() : QImage();
}

const torch::Tensor* MapInspector::mapTensor(bool other_avatar, Map map) const {
  const Avatar* avatar = nullptr;
  if (other_avatar) {
    if (compare_avatar_) avatar = &*compare_avatar_;
  } else if (document_ && document_->hasAvatar()) {
    avatar = &document_->avatar();
  }
  if (!avatar) return nullptr;
  const torch::Tensor& t = map == Map::Albedo ? avatar->albedo : avatar->normal_map;
  return t.defined() && t.numel() > 0 ? &t : nullptr;
}

torch::Tensor MapInspector::showValues(const torch::Tensor& map, bool is_normal,
                                       const torch::Tensor& coverage) const {
  // map: [H,W,C] -> [H,W,1|3]
  if (is_normal && normal_display_ == NormalDisplay::Relief && channel_ != MapChannel::Alpha) {
    return normalRelief(map, azimuth_, elevation_);
  }
  return selectChannel(map, channel_, coverage);
}

void MapInspector::refreshShown() {
  const torch::Tensor* map = mapTensor(false, map_);
  if (map) {
    const torch::Tensor& coverage = channel_ == MapChannel::Alpha
                                        ? coverageFor(document_->templateModel(), *map, coverage_)
                                        : torch::Tensor();
    shown_ = showValues(*map, map_ == Map::NormalMap, coverage);
    view_->setImage(displayImage(shown_));
  } else {
    shown_ = torch::Tensor();
    view_->setImage(QImage());
  }
  refreshCompare();
}

void MapInspector::refreshCompare() {
  QWidget* panel = compare_view_->parentWidget();
  const bool other = compare_source_ == CompareSource::OtherAvatar;
  const torch::Tensor* map = compare_source_ == CompareSource::Off ? nullptr : mapTensor(other, compare_map_);
  if (!map) {
    compare_shown_ = torch::Tensor();
    compare_view_->setImage(QImage());
    panel->setVisible(compare_source_ != CompareSource::Off);
    compare_title_->setText(
        compare_source_ == CompareSource::Off ? QString() : tr("No map to compare with: open an avatar"));
    return;
  }
  const HandModel& tmpl = other ? compare_template_ : document_->templateModel();
  torch::Tensor& cache = other ? compare_coverage_ : coverage_;
  const torch::Tensor coverage =
      channel_ == MapChannel::Alpha ? coverageFor(tmpl, *map, cache) : torch::Tensor();
  torch::Tensor values = showValues(*map, compare_map_ == Map::NormalMap, coverage);
  QString title = (other ? tr("Other avatar: ") : tr("This avatar: ")) +
                  (compare_map_ == Map::Albedo ? tr("Albedo") : tr("Normal map"));
  if (difference_ && shown_.defined()) {
    // A grey side against a colour side: the grey value counts for every colour channel.
    if (values.size(2) == 1 && shown_.size(2) == 3)
      values = values.expand({values.size(0), values.size(1), 3});
    if (values.size(2) == 3 && shown_.size(2) == 1) values = values.mean(2, /*keepdim=*/true);
    values = mapDifference(shown_, values.contiguous(), gain_);
    title = tr("Difference |left − %1| × %2").arg(title).arg(gain_);
  }
  compare_shown_ = values;
  compare_title_->setText(title);
  compare_view_->setUvEdges(uvEdges(tmpl));
  compare_view_->setImage(displayImage(compare_shown_));
  if (!panel->isVisibleTo(this)) {
    panel->setVisible(true);
    // Share the width evenly when the compare view appears.
    const int half = std::max(1, splitter_->width() / 2);
    splitter_->setSizes({half, half});
  }
  syncView(view_, compare_view_);
}

void MapInspector::syncView(MapView* from, MapView* to) {
  // Kept in step in UV terms, so maps of different sizes show the same part of the atlas.
  if (syncing_ || from->image().isNull() || to->image().isNull()) return;
  syncing_ = true;
  const double sx = double(to->image().width()) / from->image().width();
  const double sy = double(to->image().height()) / from->image().height();
  to->setView(from->zoom() / sx, QPointF(from->centre().x() * sx, from->centre().y() * sy));
  syncing_ = false;
}

bool MapInspector::readout(const QPointF& texel, bool compare, MapReadout* out) const {
  if (compare) {
    if (!compare_shown_.defined()) return false;
    if (difference_) return readMap(compare_shown_, texel, false, out);
    const torch::Tensor* map = mapTensor(compare_source_ == CompareSource::OtherAvatar, compare_map_);
    return map && readMap(*map, texel, compare_map_ == Map::NormalMap, out);
  }
  const torch::Tensor* map = mapTensor(false, map_);
  return map && readMap(*map, texel, map_ == Map::NormalMap, out);
}

void MapInspector::onHovered(bool compare, const QPointF& texel) {
  hover_valid_ = readout(texel, compare, &hover_readout_);
  readout_label_->setText(readoutText());
}

QString MapInspector::readoutText() const {
  if (!hover_valid_) return tr("Move the cursor over the map to read its texels.");
  return hover_readout_.text();
}

void MapInspector::exportShownMap(const QString& path, int bits) const {
  if (!shown_.defined()) throw InputError("there is no map to export: open an avatar first");
  saveValuesPng(shown_, path, bits);
}

void MapInspector::exportWithDialog() {
  if (!shown_.defined()) {
    QMessageBox::information(this, tr("Export map"), tr("There is no map to export: open an avatar first."));
    return;
  }
  int bits = 8;
  if (map_ == Map::NormalMap) {
    bool ok = false;
    const QStringList depths = {tr("8 bits per channel"), tr("16 bits per channel")};
    const QString choice =
        QInputDialog::getItem(this, tr("Export map"), tr("Bit depth of the PNG:"), depths, 1, false, &ok);
    if (!ok) return;
    bits = choice == depths[1] ? 16 : 8;
  }
  const QString name = map_ == Map::Albedo ? QStringLiteral("albedo.png") : QStringLiteral("normal_map.png");
  const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), name, tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  try {
    exportShownMap(path, bits);
  } catch (const std::exception& e) {
    QMessageBox::critical(this, tr("Export map"), tr("The map could not be exported: %1").arg(e.what()));
  }
}

void MapInspector::openCompareAvatarWithDialog() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Open an avatar to compare with"));
  if (folder.isEmpty()) return;
  QString error;
  if (!loadCompareAvatar(folder, &error)) {
    QMessageBox::critical(this, tr("Compare"), tr("The avatar could not be opened: %1").arg(error));
    return;
  }
  setCompare(CompareSource::OtherAvatar, map_);
}

void MapInspector::rebuildControls() {
  const QSignalBlocker b1(map_box_), b2(normal_box_), b3(azimuth_dial_), b4(elevation_slider_), b5(uv_box_),
      b6(uv_opacity_), b7(grid_box_), b8(compare_box_), b9(difference_box_), b10(gain_box_);
  map_box_->setCurrentIndex(map_ == Map::Albedo ? 0 : 1);
  if (auto* button = channel_group_->button(static_cast<int>(channel_))) button->setChecked(true);
  normal_box_->setCurrentIndex(normal_display_ == NormalDisplay::Colours ? 0 : 1);
  const bool normals_shown =
      map_ == Map::NormalMap || (compare_source_ != CompareSource::Off && compare_map_ == Map::NormalMap);
  normal_box_->setEnabled(normals_shown);
  const bool relief = normals_shown && normal_display_ == NormalDisplay::Relief;
  azimuth_dial_->setEnabled(relief);
  elevation_slider_->setEnabled(relief);
  azimuth_dial_->setValue((270 - static_cast<int>(std::lround(azimuth_)) + 360) % 360);
  elevation_slider_->setValue(static_cast<int>(std::lround(elevation_)));
  uv_box_->setChecked(view_->uvOverlayVisible());
  uv_opacity_->setValue(static_cast<int>(std::lround(view_->uvOverlayOpacity() * 100.0)));
  grid_box_->setChecked(view_->texelGrid());
  int compare_index = 0;
  if (compare_source_ != CompareSource::Off) {
    compare_index =
        (compare_source_ == CompareSource::ThisAvatar ? 1 : 3) + (compare_map_ == Map::Albedo ? 0 : 1);
  }
  compare_box_->setCurrentIndex(compare_index);
  difference_box_->setChecked(difference_);
  difference_box_->setEnabled(compare_source_ != CompareSource::Off);
  gain_box_->setValue(gain_);
  gain_box_->setEnabled(difference_);
}

}  // namespace palma
