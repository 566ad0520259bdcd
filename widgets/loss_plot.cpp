#include "widgets/loss_plot.h"

#include <QFontMetrics>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace palma {

namespace {

constexpr int kLeft = 56, kTop = 20, kBottom = 30, kLegendGap = 10, kLegendRow = 17;

// Distinct on both light and dark backgrounds; the 13th series starts over with a dashed pen.
const QColor kPalette[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                           QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                           QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                           QColor(23, 190, 207),  QColor(255, 187, 120), QColor(152, 223, 138)};

// A "nice" step (1, 2 or 5 times a power of ten) giving about `count` ticks over `span`.
double niceStep(double span, int count) {
  const double raw = span / std::max(1, count);
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * p >= raw) return m * p;
  return 10 * p;
}

QString formatValue(double v) {
  if (v >= 1e-3 && v < 1e4) return QString::number(v, 'g', 4);
  return QString::number(v, 'e', 2);
}

QString decadeLabel(int k) {
  if (k >= -2 && k <= 3) return QString::number(std::pow(10.0, k), 'g', 6);
  return QStringLiteral("1e%1").arg(k);
}

}  // namespace

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LossPlot::clear() {
  series_.clear();
  stages_.clear();
  x_min_ = 0;
  x_max_ = 1;
  y_min_ = 1;
  y_max_ = 10;
  hover_text_.clear();
  update();
}

LossPlot::Series* LossPlot::find(const QString& name) {
  for (auto& s : series_)
    if (s.name == name) return &s;
  return nullptr;
}

const LossPlot::Series* LossPlot::find(const QString& name) const {
  for (const auto& s : series_)
    if (s.name == name) return &s;
  return nullptr;
}

LossPlot::Series& LossPlot::series(const QString& name) {
  if (Series* s = find(name)) return *s;
  Series s;
  s.name = name;
  const size_t n = series_.size();
  s.color = kPalette[n % (sizeof kPalette / sizeof kPalette[0])];
  series_.push_back(s);
  return series_.back();
}

bool LossPlot::addPoint(const QString& name, double x, double value) {
  if (!(value > 0) || !std::isfinite(value) || !std::isfinite(x)) return false;
  series(name).points.append(QPointF(x, value));
  updateRanges();
  update();
  return true;
}

void LossPlot::addPoints(double x, const std::vector<std::pair<QString, double>>& values) {
  if (!std::isfinite(x)) return;
  for (const auto& [name, value] : values)
    if (value > 0 && std::isfinite(value)) series(name).points.append(QPointF(x, value));
  updateRanges();
  update();
}

void LossPlot::addStageBoundary(double x, const QString& name) {
  stages_.emplace_back(x, name);
  updateRanges();
  update();
}

QStringList LossPlot::seriesNames() const {
  QStringList names;
  for (const auto& s : series_) names << s.name;
  return names;
}

int LossPlot::pointCount(const QString& name) const {
  const Series* s = find(name);
  return s ? static_cast<int>(s->points.size()) : 0;
}

QVector<QPointF> LossPlot::points(const QString& name) const {
  const Series* s = find(name);
  return s ? s->points : QVector<QPointF>{};
}

QColor LossPlot::seriesColor(const QString& name) const {
  const Series* s = find(name);
  return s ? s->color : QColor();
}

bool LossPlot::seriesVisible(const QString& name) const {
  const Series* s = find(name);
  return s && s->visible;
}

void LossPlot::setSeriesVisible(const QString& name, bool visible) {
  if (Series* s = find(name)) {
    s->visible = visible;
    updateRanges();
    update();
  }
}

void LossPlot::updateRanges() {
  double xmin = std::numeric_limits<double>::infinity(), xmax = -xmin;
  double ymin = xmin, ymax = -xmin;
  for (const auto& s : series_) {
    for (const QPointF& p : s.points) {
      xmin = std::min(xmin, p.x());
      xmax = std::max(xmax, p.x());
      if (!s.visible) continue;
      ymin = std::min(ymin, p.y());
      ymax = std::max(ymax, p.y());
    }
  }
  for (const auto& st : stages_) {
    xmin = std::min(xmin, st.first);
    xmax = std::max(xmax, st.first);
  }
  if (!std::isfinite(xmin)) xmin = 0, xmax = 1;
  if (xmax - xmin < 1) xmax = xmin + 1;
  x_min_ = xmin;
  x_max_ = xmax;
  if (!std::isfinite(ymin)) ymin = 1, ymax = 10;
  y_min_ = ymin;
  y_max_ = ymax;
}

std::pair<int, int> LossPlot::decadeRange() const {
  int lo = static_cast<int>(std::floor(std::log10(y_min_)));
  int hi = static_cast<int>(std::ceil(std::log10(y_max_)));
  if (hi <= lo) hi = lo + 1;
  return {lo, hi};
}

int LossPlot::legendColumnWidth() const {
  const QFontMetrics fm(font());
  int w = 0;
  for (const auto& s : series_) w = std::max(w, fm.horizontalAdvance(s.name));
  return w + 30;
}

int LossPlot::legendRows() const { return std::max(1, (height() - kTop - 4) / kLegendRow); }

int LossPlot::legendWidth() const {
  if (series_.empty()) return 0;
  const int n = static_cast<int>(series_.size());
  const int columns = (n + legendRows() - 1) / legendRows();
  return columns * legendColumnWidth();
}

QRectF LossPlot::legendEntryRect(int i) const {
  const int rows = legendRows();
  const int col_w = legendColumnWidth();
  const int left = width() - legendWidth() - 4;
  return QRectF(left + (i / rows) * col_w, kTop + (i % rows) * kLegendRow, col_w, kLegendRow);
}

QRectF LossPlot::plotArea() const {
  const int legend = legendWidth();
  const double right = width() - 8 - (legend > 0 ? legend + kLegendGap : 0);
  return QRectF(QPointF(kLeft, kTop), QPointF(std::max<double>(kLeft + 10, right), height() - kBottom));
}

QPointF LossPlot::toWidget(double x, double value) const {
  const QRectF a = plotArea();
  const auto [lo, hi] = decadeRange();
  const double tx = (x - x_min_) / (x_max_ - x_min_);
  const double ty = (std::log10(std::max(value, 1e-300)) - lo) / (hi - lo);
  return QPointF(a.left() + tx * a.width(), a.bottom() - ty * a.height());
}

QString LossPlot::readoutAt(const QPoint& pos) const {
  const QRectF a = plotArea();
  if (!a.contains(pos) || series_.empty()) return {};
  const double x = x_min_ + (pos.x() - a.left()) / a.width() * (x_max_ - x_min_);
  // The iteration nearest to x over all shown curves.
  double best = std::numeric_limits<double>::infinity(), nearest = x;
  for (const auto& s : series_) {
    if (!s.visible || s.points.isEmpty()) continue;
    auto it = std::lower_bound(s.points.begin(), s.points.end(), x,
                               [](const QPointF& p, double v) { return p.x() < v; });
    for (auto c : {it, it == s.points.begin() ? it : it - 1}) {
      if (c == s.points.end()) continue;
      if (std::abs(c->x() - x) < best) best = std::abs(c->x() - x), nearest = c->x();
    }
  }
  if (!std::isfinite(best)) return {};
  QString text = tr("iteration %1").arg(nearest, 0, 'f', 0);
  for (const auto& st : stages_)
    if (st.first <= nearest) text = tr("iteration %1 (%2)").arg(nearest, 0, 'f', 0).arg(st.second);
  for (const auto& s : series_) {
    if (!s.visible) continue;
    auto it = std::lower_bound(s.points.begin(), s.points.end(), nearest,
                               [](const QPointF& p, double v) { return p.x() < v; });
    if (it != s.points.end() && it->x() == nearest)
      text += QStringLiteral("\n%1: %2").arg(s.name, formatValue(it->y()));
  }
  return text;
}

void LossPlot::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing, true);
  const QPalette pal = palette();
  p.fillRect(rect(), pal.color(QPalette::Base));
  const QColor text_color = pal.color(QPalette::Text);
  QColor grid = text_color;
  grid.setAlphaF(0.15);
  QColor axis = text_color;
  axis.setAlphaF(0.6);
  const QRectF a = plotArea();
  const QFontMetrics fm(font());

  // Grid: decades (and 2, 5 within a decade when the range is small), x ticks at nice steps.
  const auto [lo, hi] = decadeRange();
  for (int k = lo; k <= hi; ++k) {
    const double y = toWidget(x_min_, std::pow(10.0, k)).y();
    p.setPen(QPen(grid, 1));
    p.drawLine(QPointF(a.left(), y), QPointF(a.right(), y));
    p.setPen(text_color);
    p.drawText(QRectF(0, y - 9, kLeft - 6, 18), Qt::AlignRight | Qt::AlignVCenter, decadeLabel(k));
    if (hi - lo <= 2 && k < hi)
      for (double m : {2.0, 5.0}) {
        const double ym = toWidget(x_min_, m * std::pow(10.0, k)).y();
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(QPointF(a.left(), ym), QPointF(a.right(), ym));
        p.setPen(axis);
        p.drawText(QRectF(0, ym - 9, kLeft - 6, 18), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(m * std::pow(10.0, k), 'g', 6));
      }
  }
  const double step = niceStep(x_max_ - x_min_, std::max(2, static_cast<int>(a.width() / 90)));
  for (double x = std::ceil(x_min_ / step) * step; x <= x_max_ + 1e-9; x += step) {
    const double px = toWidget(x, 1).x();
    p.setPen(QPen(grid, 1));
    p.drawLine(QPointF(px, a.top()), QPointF(px, a.bottom()));
    p.setPen(text_color);
    p.drawText(QRectF(px - 40, a.bottom() + 4, 80, 16), Qt::AlignHCenter | Qt::AlignTop,
               QString::number(x, 'g', 7));
  }
  p.setPen(QPen(axis, 1));
  p.drawRect(a);
  p.setPen(axis);
  p.drawText(QRectF(a.left(), height() - 14, a.width(), 14), Qt::AlignRight | Qt::AlignBottom,
             tr("iteration"));

  // Stage starts.
  for (const auto& [x, name] : stages_) {
    const double px = toWidget(x, 1).x();
    QColor c = text_color;
    c.setAlphaF(0.55);
    p.setPen(QPen(c, 1, Qt::DashLine));
    p.drawLine(QPointF(px, a.top()), QPointF(px, a.bottom()));
    p.setPen(text_color);
    p.drawText(QRectF(px + 3, 2, 160, kTop - 4), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(name, Qt::ElideRight, 150));
  }

  // Curves, clipped to the plot area.
  p.save();
  p.setClipRect(a.adjusted(-1, -1, 1, 1));
  // "total" first, so the terms stay visible where one of them makes up most of it.
  std::vector<size_t> order;
  for (size_t i = 0; i < series_.size(); ++i)
    if (series_[i].name == QLatin1String("total"))
      order.insert(order.begin(), i);
    else
      order.push_back(i);
  for (size_t i : order) {
    const Series& s = series_[i];
    if (!s.visible || s.points.isEmpty()) continue;
    QPen pen(s.color, s.name == QLatin1String("total") ? 2.2 : 1.4);
    if (i >= sizeof kPalette / sizeof kPalette[0]) pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    if (s.points.size() == 1) {
      p.setBrush(s.color);
      p.drawEllipse(toWidget(s.points[0].x(), s.points[0].y()), 2.5, 2.5);
      p.setBrush(Qt::NoBrush);
      continue;
    }
    // At most about two points per pixel column: the min and max of the column keep spikes visible.
    QPolygonF line;
    line.reserve(std::min<int>(s.points.size(), static_cast<int>(a.width()) * 2 + 2));
    int column = std::numeric_limits<int>::min();
    QPointF lo_pt, hi_pt;
    auto flush = [&] {
      if (column == std::numeric_limits<int>::min()) return;
      line << lo_pt;
      if (hi_pt != lo_pt) line << hi_pt;
    };
    for (const QPointF& d : s.points) {
      const QPointF w = toWidget(d.x(), d.y());
      const int c = static_cast<int>(std::floor(w.x()));
      if (c != column) {
        flush();
        column = c;
        lo_pt = hi_pt = w;
      } else {
        if (w.y() > lo_pt.y()) lo_pt = w;
        if (w.y() < hi_pt.y()) hi_pt = w;
      }
    }
    flush();
    p.drawPolyline(line);
  }
  p.restore();

  // Legend.
  for (size_t i = 0; i < series_.size(); ++i) {
    const Series& s = series_[i];
    const QRectF r = legendEntryRect(static_cast<int>(i));
    QColor c = s.color;
    QColor t = text_color;
    if (!s.visible) {
      c.setAlphaF(0.25);
      t.setAlphaF(0.35);
    }
    QPen pen(c, 2.5);
    if (i >= sizeof kPalette / sizeof kPalette[0]) pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.drawLine(QPointF(r.left() + 2, r.center().y()), QPointF(r.left() + 20, r.center().y()));
    p.setPen(t);
    p.drawText(r.adjusted(26, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, s.name);
  }

  if (series_.empty()) {
    p.setPen(axis);
    p.drawText(a, Qt::AlignCenter, tr("Losses appear here while the reconstruction runs."));
  }

  // Hover read-out: a vertical line at the iteration and a box with the values.
  if (!hover_text_.isEmpty()) {
    const QRectF ar = plotArea();
    p.setPen(QPen(axis, 1, Qt::DotLine));
    p.drawLine(QPointF(hover_pos_.x(), ar.top()), QPointF(hover_pos_.x(), ar.bottom()));
    const QStringList lines = hover_text_.split('\n');
    int w = 0;
    for (const QString& l : lines) w = std::max(w, fm.horizontalAdvance(l));
    const double h = lines.size() * fm.height() + 8;
    QRectF box(hover_pos_.x() + 12, ar.top() + 6, w + 14, h);
    if (box.right() > ar.right()) box.moveRight(hover_pos_.x() - 12);
    QColor bg = pal.color(QPalette::ToolTipBase);
    bg.setAlphaF(0.92);
    p.setPen(QPen(axis, 1));
    p.setBrush(bg);
    p.drawRoundedRect(box, 4, 4);
    p.setBrush(Qt::NoBrush);
    p.setPen(pal.color(QPalette::ToolTipText));
    double y = box.top() + 4;
    for (const QString& l : lines) {
      p.drawText(QRectF(box.left() + 7, y, w + 4, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, l);
      y += fm.height();
    }
  }
}

void LossPlot::mouseMoveEvent(QMouseEvent* event) {
  hover_pos_ = event->position().toPoint();
  hover_text_ = readoutAt(hover_pos_);
  update();
}

void LossPlot::mousePressEvent(QMouseEvent* event) {
  const QPointF pos = event->position();
  for (size_t i = 0; i < series_.size(); ++i)
    if (legendEntryRect(static_cast<int>(i)).contains(pos)) {
      setSeriesVisible(series_[i].name, !series_[i].visible);
      return;
    }
  QWidget::mousePressEvent(event);
}

void LossPlot::leaveEvent(QEvent* event) {
  hover_text_.clear();
  hover_pos_ = {-1, -1};
  update();
  QWidget::leaveEvent(event);
}

void LossPlot::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (hover_pos_.x() >= 0) hover_text_ = readoutAt(hover_pos_);
}

}  // namespace palma
