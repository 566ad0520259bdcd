// LossPlot: a line chart of optimisation losses drawn with QPainter. One curve per named series (a
// loss term, the total), x = iteration, y on a logarithmic scale (decade grid lines), vertical dashed
// lines where a stage starts (labelled with its name), a legend (click an entry to hide or show its
// curve) and a hover read-out: the values of every shown curve at the iteration under the mouse.
//
// Only finite values above zero can be drawn on a log scale: others are ignored by addPoint. Series
// appear in the order they are first added and keep their colour.
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <utility>
#include <vector>

namespace palma {

class LossPlot : public QWidget {
  Q_OBJECT

 public:
  explicit LossPlot(QWidget* parent = nullptr);

  // Removes every curve and stage mark.
  void clear();
  // Adds one value of `series` at iteration `x` (x should not decrease within a series). Returns false
  // (and adds nothing) for a value that cannot be drawn on a log scale (<= 0, NaN, infinite).
  bool addPoint(const QString& series, double x, double value);
  // Adds the values of several series at the same iteration; repaints once.
  void addPoints(double x, const std::vector<std::pair<QString, double>>& values);
  // Marks the start of a stage at iteration `x`.
  void addStageBoundary(double x, const QString& name);

  QStringList seriesNames() const;
  int pointCount(const QString& series) const;  // 0 for an unknown series
  QVector<QPointF> points(const QString& series) const;
  QColor seriesColor(const QString& series) const;
  int stageBoundaryCount() const { return static_cast<int>(stages_.size()); }
  QString stageName(int i) const { return stages_.at(i).second; }
  double stageStart(int i) const { return stages_.at(i).first; }

  bool seriesVisible(const QString& series) const;
  void setSeriesVisible(const QString& series, bool visible);

  // The y axis range shown, as powers of ten (whole decades around the visible data); {0, 1} without
  // data.
  std::pair<int, int> decadeRange() const;

  // The hover read-out for widget position `pos` (what is shown while the mouse is there): the
  // iteration nearest to it and the value of every shown curve there; empty outside the plot area or
  // without data.
  QString readoutAt(const QPoint& pos) const;
  QString currentReadout() const { return hover_text_; }

  // The plot area (inside the axes) and the widget position of a data point, for tests and tools.
  QRectF plotArea() const;
  QPointF toWidget(double x, double value) const;
  // Where the legend entry of the i-th series is (in columns when the entries do not fit one).
  QRectF legendEntryRect(int i) const;

  QSize sizeHint() const override { return {520, 240}; }
  QSize minimumSizeHint() const override { return {240, 140}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  struct Series {
    QString name;
    QColor color;
    bool visible = true;
    QVector<QPointF> points;  // (iteration, value)
  };
  Series* find(const QString& name);
  const Series* find(const QString& name) const;
  Series& series(const QString& name);
  void updateRanges();
  int legendWidth() const;
  int legendColumnWidth() const;
  int legendRows() const;
  double xMin() const { return x_min_; }
  double xMax() const { return x_max_; }

  std::vector<Series> series_;
  std::vector<std::pair<double, QString>> stages_;
  double x_min_ = 0, x_max_ = 1;
  double y_min_ = 1, y_max_ = 10;  // data range (positive)
  QPoint hover_pos_{-1, -1};
  QString hover_text_;
};

}  // namespace palma
