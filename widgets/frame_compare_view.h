// FrameCompareView: the input frame of a capture next to Palma's own render of the avatar at that
// frame's pose, through that frame's camera. Open the capture folder (`palma synth`/`palma prepare`
// output with capture.json) or the project folder the avatar was reconstructed from; the frame shown
// is the capture row whose source frame number matches the document's captured row
// (Avatar::motion.frame_indices). Three modes: side by side (frame | avatar), overlay (the avatar
// blended over the frame) and difference (|frame - avatar composited over the frame|, amplified 4x).
//
// Renders run on a worker thread at a reduced size (longest side maxResolution(), 256 by default);
// requests arriving while one runs are merged into the newest, so scrubbing never queues up work.
// The mirrored display (AvatarDocument::setMirrored) does not apply here: the capture shows the
// avatar's own side.
#pragma once

// LibTorch before Qt (see avatar_document.h).
#include <torch/types.h>

#include <QImage>
#include <QString>
#include <QWidget>
#include <memory>

#include "core/capture/prepared_capture.h"

namespace palma {

class AvatarDocument;

class FrameCompareView : public QWidget {
  Q_OBJECT

 public:
  enum class Mode { SideBySide, Overlay, Difference };

  explicit FrameCompareView(AvatarDocument* document, QWidget* parent = nullptr);
  ~FrameCompareView() override;

  // Opens a capture folder (capture.json) or a project folder (project.json). On failure the current
  // capture stays, `error` (when given) receives a one-line message and the result is false.
  bool openCapture(const QString& folder, QString* error = nullptr);
  // Uses a capture already in memory.
  void setCapture(const PreparedCapture& capture);
  bool hasCapture() const;
  int captureFrames() const;

  Mode mode() const { return mode_; }
  void setMode(Mode mode);
  int maxResolution() const { return max_resolution_; }
  void setMaxResolution(int pixels);  // 32..4096

  // The capture row shown (-1: none: no capture, or the document's pose is not a captured one, or the
  // capture has no frame with that source frame number) and what is drawn for it.
  int captureRow() const { return capture_row_; }
  QImage inputImage() const { return input_; }
  QImage renderImage() const { return render_; }        // the avatar alone, over black
  QImage compositeImage() const { return composite_; }  // the avatar blended 50% over the frame
  QImage differenceImage() const { return difference_image_; }
  // Mean absolute difference (0..1 per channel) between the frame and the composite, over the pixels
  // the avatar covers; negative before the first render.
  double meanDifference() const { return mean_difference_; }
  double lastRenderMs() const { return last_render_ms_; }
  int renderCount() const { return render_count_; }
  // A short status line: what is shown or why nothing is.
  QString status() const { return status_; }

  // Blocks (processing events) until no render is pending or `timeout_ms` passed; true when idle.
  bool waitForRenders(int timeout_ms = 10000);

  QSize sizeHint() const override { return {640, 320}; }

 public Q_SLOTS:
  void requestRender();

 Q_SIGNALS:
  void rendered();
  void captureChanged();

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  struct Worker;
  struct Result;
  void deliver(const std::shared_ptr<Result>& result);
  void updateScene();

  AvatarDocument* doc_;
  std::unique_ptr<Worker> worker_;
  std::unique_ptr<PreparedCapture> capture_;
  Mode mode_ = Mode::SideBySide;
  int max_resolution_ = 256;
  int capture_row_ = -1;
  QImage input_, render_, composite_, difference_image_;
  double mean_difference_ = -1;
  double last_render_ms_ = 0;
  int render_count_ = 0;
  int64_t requested_ = 0;  // renders requested and the newest of them delivered (requests merge)
  int64_t delivered_ = 0;
  QString status_;
};

}  // namespace palma
