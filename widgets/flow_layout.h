// FlowLayout: lays its items out left to right and starts a new row when the next one does not fit,
// like words in a paragraph. For tool rows in side panels: in a wide panel they stay on one row, in a
// narrow one (or a longer translation) they wrap instead of widening the panel or being cut off. Keep
// controls that belong together (a label and its combo box) together by putting them in one widget.
//
// Items keep their size hint (never less than their minimum); a row's items are centred vertically.
// The layout's minimum width is its widest item's, and its height follows its width
// (hasHeightForWidth), so the widget holding it grows taller as it gets narrower.
#pragma once

#include <QLayout>

class QHBoxLayout;
#include <QList>

namespace palma {

class FlowLayout : public QLayout {
 public:
  // Spacings below 0 take the style's default spacing between widgets.
  explicit FlowLayout(QWidget* parent = nullptr, int horizontal_spacing = -1, int vertical_spacing = -1);
  ~FlowLayout() override;

  // Adds a group of controls that wrap together: a new widget of `owner` with a margin-less row layout
  // (`spacing` between its controls), which the caller fills.
  QHBoxLayout* addGroup(QWidget* owner, int spacing = 4);

  void addItem(QLayoutItem* item) override;
  int count() const override;
  QLayoutItem* itemAt(int index) const override;
  QLayoutItem* takeAt(int index) override;

  Qt::Orientations expandingDirections() const override;
  bool hasHeightForWidth() const override;
  int heightForWidth(int width) const override;
  QSize minimumSize() const override;
  QSize sizeHint() const override;
  void setGeometry(const QRect& rect) override;

  int horizontalSpacing() const;
  int verticalSpacing() const;
  // The number of rows at `width` (the layout's own width, margins included).
  int rowsAt(int width) const;

 private:
  // Places the items in `rect` (when `apply`); returns the height used and sets *rows.
  int arrange(const QRect& rect, bool apply, int* rows = nullptr) const;
  int spacing(bool horizontal) const;

  QList<QLayoutItem*> items_;
  int horizontal_spacing_;
  int vertical_spacing_;
};

}  // namespace palma
