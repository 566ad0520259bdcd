#include "widgets/side_panel_scroll.h"

#include <QEvent>
#include <QScrollBar>
#include <algorithm>

namespace palma {

SidePanelScrollArea::SidePanelScrollArea(QWidget* panel, QWidget* parent) : QScrollArea(parent) {
  setWidgetResizable(true);
  setFrameShape(QFrame::NoFrame);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  if (panel) setWidget(panel);
}

int SidePanelScrollArea::neededWidth(bool preferred) const {
  const QWidget* panel = widget();
  if (!panel) return 0;
  // The panel's own minimum (a layout's minimum size wins over the hint when it is set).
  QSize panel_size = preferred ? panel->sizeHint() : panel->minimumSizeHint();
  panel_size = panel_size.expandedTo(panel->minimumSize());
  // Room for the vertical scroll bar even while it is hidden: otherwise it would cover the panel's
  // right edge as soon as the window gets low enough for it to appear.
  const int bar = verticalScrollBar()->sizeHint().width();
  return panel_size.width() + bar + 2 * frameWidth();
}

QSize SidePanelScrollArea::minimumSizeHint() const {
  const QSize base = QScrollArea::minimumSizeHint();
  return {std::max(base.width(), neededWidth(false)), base.height()};
}

QSize SidePanelScrollArea::sizeHint() const {
  const QSize base = QScrollArea::sizeHint();
  const int width = preferred_width_ > 0 ? std::max(preferred_width_, neededWidth(false))
                                         : std::max(base.width(), neededWidth(true));
  return {width, base.height()};
}

void SidePanelScrollArea::setPreferredWidth(int width) {
  preferred_width_ = std::max(0, width);
  updateGeometry();
}

bool SidePanelScrollArea::eventFilter(QObject* watched, QEvent* event) {
  // The panel's layout changed (a control shown, a longer text): the width this area asks for may have
  // changed with it, so let the layout holding this area ask again.
  if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();
  return QScrollArea::eventFilter(watched, event);
}

}  // namespace palma
