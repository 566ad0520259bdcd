// The texture and normal-map inspector of the studio's Inspect page: the avatar's albedo or normal map
// in a zoomable 2D view (down to single texels), channel toggles, the normal map as colours or as lit
// relief under an adjustable light, the template's UV wireframe on top, a side-by-side compare with
// another map of this avatar or of a second avatar (synchronised zoom and pan, optional difference),
// the value under the cursor and PNG export of what is shown.
//
// The maps come from an AvatarDocument and follow its avatarChanged signal. What is shown is computed
// once per change of map, channel, light or compare setting (widgets/map_image.h) and drawn by two
// MapViews (widgets/map_view.h), so zooming and panning never touch the tensors again.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QWidget>
#include <optional>

#include "core/avatar/avatar.h"
#include "widgets/map_image.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDial;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSplitter;

namespace palma {

class AvatarDocument;
class MapView;

class MapInspector : public QWidget {
  Q_OBJECT

 public:
  enum class Map { Albedo, NormalMap };
  enum class NormalDisplay { Colours, Relief };
  // What the right-hand view shows: nothing (single view), another map of this avatar, or a map of
  // the avatar opened with loadCompareAvatar.
  enum class CompareSource { Off, ThisAvatar, OtherAvatar };

  explicit MapInspector(AvatarDocument* document, QWidget* parent = nullptr);
  ~MapInspector() override;

  // ---- What is shown ----
  void setMap(Map map);
  Map map() const { return map_; }
  void setChannel(MapChannel channel);
  MapChannel channel() const { return channel_; }
  // How normal maps are shown (albedo maps ignore it).
  void setNormalDisplay(NormalDisplay display);
  NormalDisplay normalDisplay() const { return normal_display_; }
  // Light of the relief view, degrees: azimuth 0 = from the right, 90 = from the top of the image;
  // elevation 0..90 above the surface.
  void setLightDirection(float azimuth_deg, float elevation_deg);
  float lightAzimuth() const { return azimuth_; }
  float lightElevation() const { return elevation_; }
  void setUvOverlay(bool visible, double opacity = 0.6);
  void setTexelGrid(bool visible);

  // ---- Compare ----
  // Loads a second avatar folder to compare with. On failure nothing changes, `error` gets a one-line
  // message and the result is false.
  bool loadCompareAvatar(const QString& folder, QString* error = nullptr);
  bool hasCompareAvatar() const { return compare_avatar_.has_value(); }
  void setCompare(CompareSource source, Map map);
  CompareSource compareSource() const { return compare_source_; }
  Map compareMap() const { return compare_map_; }
  // The right-hand view shows |left - right| x gain of the shown values instead of the right map.
  void setDifference(bool on, float gain = 1.0f);
  bool difference() const { return difference_; }

  // ---- Views and values ----
  MapView* view() const { return view_; }                 // the avatar's map
  MapView* compareView() const { return compare_view_; }  // the compared map or the difference
  // The shown values of each view ([H,W,1] grey or [H,W,3] in [0,1]) and their display images;
  // undefined / null when the view shows nothing.
  const torch::Tensor& shownValues() const { return shown_; }
  const torch::Tensor& compareValues() const { return compare_shown_; }
  QImage shownImage() const;
  QImage compareImage() const;

  // The readout of the texel at the continuous texel position of the left (compare = false) or right
  // view; false outside the map. The map's own values are read (the difference on the right in
  // difference mode).
  bool readout(const QPointF& texel, bool compare, MapReadout* out) const;
  // The readout under the cursor after the last mouse move over either view (valid() false when the
  // cursor is outside the maps), and its text as shown in the readout line.
  bool hasHoverReadout() const { return hover_valid_; }
  const MapReadout& hoverReadout() const { return hover_readout_; }
  QString readoutText() const;

  // Writes the left view's shown values as a PNG with 8 or 16 bits per channel. Throws
  // palma::InputError / palma::Error (nothing shown, bad bit depth, unwritable path).
  void exportShownMap(const QString& path, int bits) const;

 public Q_SLOTS:
  // Asks for a file name (and, for normal maps, the bit depth) and exports; errors go to a message box.
  void exportWithDialog();
  // Asks for an avatar folder and compares with its map of the same kind.
  void openCompareAvatarWithDialog();

 private:
  void rebuildControls();
  void refreshShown();
  void refreshCompare();
  const torch::Tensor* mapTensor(bool other_avatar, Map map) const;
  torch::Tensor showValues(const torch::Tensor& map, bool is_normal, const torch::Tensor& coverage) const;
  void onHovered(bool compare, const QPointF& texel);
  void syncView(MapView* from, MapView* to);

  AvatarDocument* document_;
  Map map_ = Map::Albedo;
  MapChannel channel_ = MapChannel::RGB;
  NormalDisplay normal_display_ = NormalDisplay::Colours;
  float azimuth_ = 135.0f;
  float elevation_ = 45.0f;
  CompareSource compare_source_ = CompareSource::Off;
  Map compare_map_ = Map::NormalMap;
  bool difference_ = false;
  float gain_ = 1.0f;

  std::optional<Avatar> compare_avatar_;
  torch::Tensor coverage_;          // UV mask of this avatar's template at the shown map's size
  torch::Tensor compare_coverage_;  // ... of the compared avatar's template at its map's size
  HandModel compare_template_;
  torch::Tensor shown_;
  torch::Tensor compare_shown_;
  bool hover_valid_ = false;
  MapReadout hover_readout_;
  bool syncing_ = false;

  QSplitter* splitter_ = nullptr;
  MapView* view_ = nullptr;
  MapView* compare_view_ = nullptr;
  QComboBox* map_box_ = nullptr;
  QButtonGroup* channel_group_ = nullptr;
  QComboBox* normal_box_ = nullptr;
  QDial* azimuth_dial_ = nullptr;
  QSlider* elevation_slider_ = nullptr;
  QCheckBox* uv_box_ = nullptr;
  QSlider* uv_opacity_ = nullptr;
  QCheckBox* grid_box_ = nullptr;
  QComboBox* compare_box_ = nullptr;
  QCheckBox* difference_box_ = nullptr;
  QDoubleSpinBox* gain_box_ = nullptr;
  QLabel* zoom_label_ = nullptr;
  QLabel* readout_label_ = nullptr;
  QLabel* compare_title_ = nullptr;
};

}  // namespace palma
