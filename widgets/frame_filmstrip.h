// A horizontal strip of frame thumbnails for choosing the frame to edit. Frames with problems carry a
// coloured marker (orange: worth a look, red: the frame cannot be used as it is) and list them in
// their tooltip. Clicking a thumbnail or the arrow keys change the current row (currentRowChanged).
#pragma once

#include <QImage>
#include <QListWidget>
#include <QStringList>
#include <vector>

namespace palma {

class FrameFilmstrip : public QListWidget {
  Q_OBJECT

 public:
  enum class Severity { None, Warning, Error };
  static constexpr int kThumbnailHeight = 54;

  explicit FrameFilmstrip(QWidget* parent = nullptr);

  // Rows 0..count-1 with empty thumbnails, labelled with the frame numbers `labels` (1-based row
  // numbers when empty).
  void setFrameCount(int count, const QStringList& labels = {});
  int frameCount() const { return count(); }
  void setThumbnail(int row, const QImage& frame);
  // The problems of a row (translated sentences; empty: none) and how bad they are.
  void setProblems(int row, const QStringList& problems, Severity severity);
  QStringList problems(int row) const;
  Severity severity(int row) const;
  // The first row after `row` (wrapping around) with problems, or -1 when no row has any.
  int nextProblemRow(int row) const;

 private:
  void refreshIcon(int row);

  struct Entry {
    QImage thumbnail;
    QStringList problems;
    Severity severity = Severity::None;
  };
  std::vector<Entry> entries_;
};

}  // namespace palma
