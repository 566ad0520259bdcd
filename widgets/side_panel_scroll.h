// SidePanelScrollArea: the vertical scroll area of a side panel (a column of controls beside a view).
// It scrolls up and down only, so it must never be narrower than its contents: its minimum width is the
// panel's minimum width plus the vertical scroll bar's. A splitter or layout holding it then gives the
// panel the room its labels, check boxes and button rows need (in any language) instead of clipping
// them on the right, and the view beside it takes the rest.
#pragma once

#include <QScrollArea>

namespace palma {

class SidePanelScrollArea : public QScrollArea {
  Q_OBJECT

 public:
  // Takes `panel` (which may be null and set later with setWidget).
  explicit SidePanelScrollArea(QWidget* panel = nullptr, QWidget* parent = nullptr);

  // The width to ask for when the panel needs less (0, the default: the panel's preferred width).
  // With a Fixed horizontal size policy this makes a fixed-width panel that still widens when its
  // controls need more, e.g. in a longer translation.
  void setPreferredWidth(int width);
  int preferredWidth() const { return preferred_width_; }

  QSize minimumSizeHint() const override;
  QSize sizeHint() const override;

 private:
  // The width the panel needs plus the scroll bar and frame; 0 without a panel.
  int neededWidth(bool preferred) const;
  bool eventFilter(QObject* watched, QEvent* event) override;

  int preferred_width_ = 0;
};

}  // namespace palma
