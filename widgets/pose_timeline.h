// PoseTimeline: scrubs and plays the poses an avatar can be shown in: its captured motion (one frame
// per captured row: the document shows that row, AvatarDocument::setCapturedFrame), the pose presets
// (one frame per preset) and the animations of core/model/pose_animations.h (fist, point, pinch,
// count, wave at 30 frames per second). Presets and animations keep the hand's global orientation and
// position from the captured motion's first row (or the pose shown when the avatar has no motion), so
// the hand stays where the views look.
//
// Controls: a source list, a scrubber, first/previous/play-pause/next/last buttons, loop and speed;
// keyboard: Space plays or pauses, Left/Right step one frame, Home/End jump to the ends.
#pragma once

// LibTorch before Qt (see avatar_document.h).
#include <torch/types.h>

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <vector>

#include "core/model/pose_presets.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace palma {

class AvatarDocument;

class PoseTimeline : public QWidget {
  Q_OBJECT

 public:
  explicit PoseTimeline(AvatarDocument* document, QWidget* parent = nullptr);
  ~PoseTimeline() override;

  // Source ids: "captured" (when the avatar has a motion), "presets", then the animation names.
  QStringList sources() const;
  QString source() const { return source_; }
  // Selects a source and shows its first frame; false for an id that sources() does not list.
  bool setSource(const QString& id);

  int frameCount() const { return static_cast<int>(poses_.size()); }
  int frame() const { return frame_; }
  // Shows frame `index` (clamped) in the document.
  void setFrame(int index);
  double framesPerSecond() const { return fps_; }
  // A short label for a frame: "frame 12 (source frame 40)", a preset's name, "wave 0.50 s".
  QString frameLabel(int index) const;

  bool isPlaying() const { return timer_.isActive(); }
  bool looping() const { return looping_; }
  void setLooping(bool loop);
  double speed() const { return speed_; }
  void setSpeed(double factor);  // 0.1..4

  // The source's poses as the document shows them ([16,3] axis-angle rows, skinning convention) and
  // their translations: what a render of the sequence draws.
  const std::vector<PoseMatrix>& poses() const { return poses_; }
  const std::vector<Eigen::Vector3f>& translations() const { return translations_; }
  // Whether the source turns the wrist itself (the wave), so a render should keep its rotation.
  bool sourceMovesWrist() const { return source_ == QLatin1String("wave"); }

 public Q_SLOTS:
  void play();
  void pause();
  void togglePlay();
  void stepForward();
  void stepBackward();

 Q_SIGNALS:
  void frameChanged(int frame);
  void sourceChanged(const QString& id);
  void playingChanged(bool playing);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void rebuildSources();
  void loadSource();
  void applyFrame();
  void advance();
  void updateControls();

  AvatarDocument* doc_;
  QString source_;
  std::vector<PoseMatrix> poses_;
  std::vector<Eigen::Vector3f> translations_;
  std::vector<QString> labels_;
  int frame_ = 0;
  double fps_ = 30.0;
  double speed_ = 1.0;
  bool looping_ = true;
  bool applying_ = false;
  QTimer timer_;
  QElapsedTimer clock_;
  double position_ = 0;  // playback position in frames (fractional between ticks)

  QComboBox* source_box_;
  QSlider* slider_;
  QLabel* label_;
  QToolButton* first_;
  QToolButton* prev_;
  QToolButton* play_;
  QToolButton* next_;
  QToolButton* last_;
  QCheckBox* loop_;
  QComboBox* speed_box_;
};

}  // namespace palma
