#include "widgets/capture/video_frames.h"

#include <QDateTime>

#include "widgets/tensor_image.h"

namespace palma {

VideoFrameReceiver::VideoFrameReceiver(QObject* parent) : QObject(parent) {}

void VideoFrameReceiver::reset() {
  count_ = 0;
  first_start_us_ = -1;
  first_wall_ms_ = -1;
  last_start_us_ = -1;
}

QImage VideoFrameReceiver::toRgbImage(const QVideoFrame& frame) {
  if (!frame.isValid()) return {};
  const QImage image = frame.toImage();
  if (image.isNull()) return {};
  return image.convertToFormat(QImage::Format_RGB888);
}

Frame VideoFrameReceiver::toFrame(const QImage& image, int index, double timestamp_s) {
  Frame out;
  out.index = index;
  out.timestamp_s = timestamp_s;
  out.rgb = rgbTensor(image);
  return out;
}

void VideoFrameReceiver::handleFrame(const QVideoFrame& frame) {
  const qint64 start = frame.startTime();  // microseconds, -1 when unknown
  // A sink sends the first frame again when playback starts after prerolling: same start time.
  if (count_ > 0 && start >= 0 && start == last_start_us_) return;
  const QImage image = toRgbImage(frame);
  if (image.isNull()) return;
  last_start_us_ = start;
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  if (count_ == 0) {
    first_start_us_ = start;
    first_wall_ms_ = now;
  }
  const double timestamp = start >= 0 && first_start_us_ >= 0
                               ? static_cast<double>(start - first_start_us_) * 1e-6
                               : static_cast<double>(now - first_wall_ms_) * 1e-3;
  const Frame out = toFrame(image, count_, timestamp);
  ++count_;
  Q_EMIT frameReady(out, image);
}

}  // namespace palma
