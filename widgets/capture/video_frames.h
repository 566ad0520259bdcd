// Turning Qt Multimedia video frames into palma frames. The webcam preview, a played-back recording
// and tests all go through VideoFrameReceiver::handleFrame, so that frame conversion, counting and
// timestamps have one code path.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword macro breaks LibTorch headers included after it.
#include "core/capture/capture_types.h"

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QVideoFrame>

namespace palma {

class VideoFrameReceiver : public QObject {
  Q_OBJECT

 public:
  explicit VideoFrameReceiver(QObject* parent = nullptr);

  // Frames received since construction or the last reset().
  int frameCount() const { return count_; }
  // Starts counting and timing afresh (frame 0, time 0 at the next frame).
  void reset();

  // The frame as an RGB888 image (any pixel format Qt can map: RGB, BGR, YUV, NV12, ...); a null image
  // for an invalid frame.
  static QImage toRgbImage(const QVideoFrame& frame);
  // A palma frame (uint8 [H,W,3] RGB, a copy) from an image of any format.
  static Frame toFrame(const QImage& image, int index, double timestamp_s);

 public Q_SLOTS:
  // Converts one frame and emits frameReady. Invalid frames (the empty frame a sink gets at the end of
  // a stream) and repeats (the same start time as the previous frame) are ignored. Timestamps come from the
  // frame's start time relative to the first frame, or from the wall clock where frames carry none.
  void handleFrame(const QVideoFrame& frame);

 Q_SIGNALS:
  void frameReady(const palma::Frame& frame, const QImage& image);

 private:
  int count_ = 0;
  qint64 first_start_us_ = -1;
  qint64 first_wall_ms_ = -1;
  qint64 last_start_us_ = -1;
};

}  // namespace palma

Q_DECLARE_METATYPE(palma::Frame)
