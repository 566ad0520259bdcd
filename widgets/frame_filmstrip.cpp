#include "widgets/frame_filmstrip.h"

#include <QPainter>

namespace palma {

namespace {

QColor severityColor(FrameFilmstrip::Severity severity) {
  switch (severity) {
    case FrameFilmstrip::Severity::Warning:
      return QColor(255, 160, 0);
    case FrameFilmstrip::Severity::Error:
      return QColor(235, 40, 40);
    default:
      return QColor(0, 0, 0, 0);
  }
}

}  // namespace

FrameFilmstrip::FrameFilmstrip(QWidget* parent) : QListWidget(parent) {
  setViewMode(QListView::IconMode);
  setFlow(QListView::LeftToRight);
  setWrapping(false);
  setMovement(QListView::Static);
  setResizeMode(QListView::Adjust);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setUniformItemSizes(true);
  setSpacing(2);
  setIconSize(QSize(kThumbnailHeight * 4 / 3, kThumbnailHeight));
  setFixedHeight(kThumbnailHeight + fontMetrics().height() + 34);
}

void FrameFilmstrip::setFrameCount(int count, const QStringList& labels) {
  const QSignalBlocker blocker(this);
  clear();
  entries_.assign(static_cast<size_t>(std::max(0, count)), Entry());
  for (int row = 0; row < count; ++row) {
    auto* item = new QListWidgetItem(labels.value(row, QString::number(row + 1)), this);
    item->setTextAlignment(Qt::AlignHCenter);
    refreshIcon(row);
  }
}

void FrameFilmstrip::setThumbnail(int row, const QImage& frame) {
  if (row < 0 || row >= count()) return;
  entries_[row].thumbnail =
      frame.isNull() ? QImage() : frame.scaled(iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
  refreshIcon(row);
}

void FrameFilmstrip::setProblems(int row, const QStringList& problems, Severity severity) {
  if (row < 0 || row >= count()) return;
  Entry& e = entries_[row];
  if (e.problems == problems && e.severity == severity) return;
  e.problems = problems;
  e.severity = problems.isEmpty() ? Severity::None : severity;
  item(row)->setToolTip(problems.isEmpty() ? tr("Frame %1: no problems found").arg(item(row)->text())
                                           : tr("Frame %1:\n%2").arg(item(row)->text(), problems.join('\n')));
  refreshIcon(row);
}

QStringList FrameFilmstrip::problems(int row) const {
  return row >= 0 && row < count() ? entries_[row].problems : QStringList();
}

FrameFilmstrip::Severity FrameFilmstrip::severity(int row) const {
  return row >= 0 && row < count() ? entries_[row].severity : Severity::None;
}

int FrameFilmstrip::nextProblemRow(int row) const {
  const int n = count();
  for (int k = 1; k <= n; ++k) {
    const int r = ((row + k) % n + n) % n;
    if (entries_[r].severity != Severity::None) return r;
  }
  return -1;
}

void FrameFilmstrip::refreshIcon(int row) {
  const Entry& e = entries_[row];
  QPixmap pixmap(iconSize());
  pixmap.fill(QColor(45, 45, 48));
  QPainter painter(&pixmap);
  if (!e.thumbnail.isNull()) {
    const QPoint at((pixmap.width() - e.thumbnail.width()) / 2, (pixmap.height() - e.thumbnail.height()) / 2);
    painter.drawImage(at, e.thumbnail);
  } else {
    painter.setPen(QColor(150, 150, 150));
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("…"));
  }
  if (e.severity != Severity::None) {
    const QColor colour = severityColor(e.severity);
    painter.fillRect(QRect(0, pixmap.height() - 5, pixmap.width(), 5), colour);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(pixmap.width() - 8.0, 8.0), 5.5, 5.5);
  }
  painter.end();
  item(row)->setIcon(QIcon(pixmap));
}

}  // namespace palma
