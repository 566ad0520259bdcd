#include "widgets/flow_layout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>
#include <algorithm>
#include <vector>

namespace palma {

FlowLayout::FlowLayout(QWidget* parent, int horizontal_spacing, int vertical_spacing)
    : QLayout(parent), horizontal_spacing_(horizontal_spacing), vertical_spacing_(vertical_spacing) {}

FlowLayout::~FlowLayout() {
  while (QLayoutItem* item = takeAt(0)) delete item;
}

QHBoxLayout* FlowLayout::addGroup(QWidget* owner, int spacing) {
  auto* box = new QWidget(owner);
  auto* row = new QHBoxLayout(box);
  row->setContentsMargins(0, 0, 0, 0);
  row->setSpacing(spacing);
  addWidget(box);
  return row;
}

void FlowLayout::addItem(QLayoutItem* item) { items_.append(item); }
int FlowLayout::count() const { return static_cast<int>(items_.size()); }
QLayoutItem* FlowLayout::itemAt(int index) const { return items_.value(index); }
QLayoutItem* FlowLayout::takeAt(int index) {
  return index >= 0 && index < items_.size() ? items_.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const { return {}; }
bool FlowLayout::hasHeightForWidth() const { return true; }
int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

int FlowLayout::horizontalSpacing() const { return spacing(true); }
int FlowLayout::verticalSpacing() const { return spacing(false); }

int FlowLayout::rowsAt(int width) const {
  int rows = 0;
  arrange(QRect(0, 0, width, 0), false, &rows);
  return rows;
}

int FlowLayout::spacing(bool horizontal) const {
  const int set = horizontal ? horizontal_spacing_ : vertical_spacing_;
  if (set >= 0) return set;
  const QWidget* parent = parentWidget();
  if (!parent) return 6;
  const int s = parent->style()->pixelMetric(
      horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing, nullptr, parent);
  return s >= 0 ? s : 6;
}

QSize FlowLayout::minimumSize() const {
  QSize size;
  for (const QLayoutItem* item : items_)
    if (!item->isEmpty())
      size = size.expandedTo(item->minimumSize().expandedTo(item->sizeHint().boundedTo(item->maximumSize())));
  const QMargins m = contentsMargins();
  return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
  // Everything on one row.
  int width = 0, height = 0, shown = 0;
  for (const QLayoutItem* item : items_) {
    if (item->isEmpty()) continue;
    const QSize s = item->sizeHint().expandedTo(item->minimumSize());
    width += s.width();
    height = std::max(height, s.height());
    ++shown;
  }
  if (shown > 1) width += (shown - 1) * spacing(true);
  const QMargins m = contentsMargins();
  return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
  QLayout::setGeometry(rect);
  arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply, int* rows) const {
  const QMargins m = contentsMargins();
  const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
  const int dx = spacing(true), dy = spacing(false);
  struct Placed {
    QLayoutItem* item;
    QSize size;
  };
  std::vector<Placed> row;
  int y = area.y(), row_count = 0;
  const auto finishRow = [&] {
    if (row.empty()) return;
    int height = 0;
    for (const Placed& p : row) height = std::max(height, p.size.height());
    if (apply) {
      int x = area.x();
      for (const Placed& p : row) {
        p.item->setGeometry(QRect(QPoint(x, y + (height - p.size.height()) / 2), p.size));
        x += p.size.width() + dx;
      }
    }
    y += height + dy;
    ++row_count;
    row.clear();
  };
  int x = area.x();
  for (QLayoutItem* item : items_) {
    if (item->isEmpty()) continue;
    QSize size = item->sizeHint().expandedTo(item->minimumSize()).boundedTo(item->maximumSize());
    size.setWidth(std::min(size.width(), std::max(item->minimumSize().width(), area.width())));
    if (!row.empty() && x + size.width() > area.x() + area.width()) {
      finishRow();
      x = area.x();
    }
    row.push_back({item, size});
    x += size.width() + dx;
  }
  finishRow();
  if (rows) *rows = row_count;
  const int used = row_count > 0 ? y - dy - area.y() : 0;
  return used + m.top() + m.bottom();
}

}  // namespace palma
