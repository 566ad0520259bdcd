// RenderDialog: renders the avatar to PNG frames or a video, as `palma render` does (both call
// core/avatar/avatar_render.h): the current pose from the palm, back or side, a turntable of the
// current pose, the timeline's pose sequence (a preset list, an animation or the captured poses), or
// the captured motion through the capture's cameras. The render runs on a worker thread with a
// progress bar and Cancel. Renders show the avatar's own side (the mirrored display is a view option).
#pragma once

// LibTorch before Qt (see avatar_document.h).
#include <torch/types.h>

#include <QDialog>
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

#include "core/avatar/avatar_render.h"
#include "core/common/progress.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;

namespace palma {

class AvatarDocument;
class PoseTimeline;

class RenderDialog : public QDialog {
  Q_OBJECT

 public:
  enum class What { CurrentPose, Turntable, TimelineSequence, CapturedMotion };

  RenderDialog(AvatarDocument* document, PoseTimeline* timeline = nullptr, QWidget* parent = nullptr);
  ~RenderDialog() override;

  // The request, as the dialog's fields show it.
  void setWhat(What what);
  What what() const;
  void setView(RenderView view);
  void setImageSize(int width, int height);
  void setTurntableFrames(int frames);
  // A path ending in .mp4/.m4v/.mov/.avi writes a video, anything else is a folder of PNG frames.
  void setOutput(const QString& path);
  QString output() const;

  // Starts rendering on the worker thread (false, with errorMessage(), when the request is invalid or a
  // render is running).
  bool start();
  void cancel();
  bool isRunning() const { return running_; }
  // Processes events until the render finished or `timeout_ms` passed; true when finished.
  bool waitForFinished(int timeout_ms = 60000);
  // The last finished render (frames 0 before the first) and its error (empty on success).
  const FramesWritten& result() const { return result_; }
  QString errorMessage() const { return error_; }

 Q_SIGNALS:
  void progressed(double fraction);
  void finished(bool success);

 private:
  void finish(const FramesWritten& written, const QString& error);
  void updateFields();
  RenderPlan makePlan() const;

  AvatarDocument* doc_;
  PoseTimeline* timeline_;
  QComboBox* what_;
  QComboBox* view_;
  QSpinBox* width_;
  QSpinBox* height_;
  QSpinBox* frames_;
  QDoubleSpinBox* fps_;
  QLineEdit* output_;
  QProgressBar* progress_;
  QLabel* status_;
  QPushButton* render_;
  QPushButton* cancel_;
  std::thread thread_;
  std::unique_ptr<CancelToken> token_;
  bool running_ = false;
  FramesWritten result_;
  QString error_;
};

}  // namespace palma
