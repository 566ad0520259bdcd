// Webcam recording without a camera: the "no camera" path reports clearly, recording targets are
// checked, and the frame path the camera uses (VideoFrameReceiver) is fed with hand-built video frames
// and with a synthetic video played by QMediaPlayer, whose frames encode their index in their colour.
#include "widgets/capture/webcam_recorder.h"  // first: it includes LibTorch before Qt

#include <QDir>
#include <QFile>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <cstring>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "core/capture/frame_source.h"

using palma::Frame;
using palma::VideoFrameReceiver;
using palma::WebcamRecorder;

namespace {

// Frame i of the synthetic videos: RGB (20 + 10 i, 128, 235 - 10 i).
cv::Scalar bgrForIndex(int i) { return cv::Scalar(235 - 10 * i, 128, 20 + 10 * i); }

// The index encoded in an RGB frame (mean over its centre); -1 when it does not match the pattern.
int decodeIndex(const torch::Tensor& rgb) {
  const int64_t h = rgb.size(0), w = rgb.size(1);
  auto centre = rgb.slice(0, h / 4, 3 * h / 4).slice(1, w / 4, 3 * w / 4).to(torch::kFloat32);
  const double r = centre.select(2, 0).mean().item<double>();
  const double g = centre.select(2, 1).mean().item<double>();
  const double b = centre.select(2, 2).mean().item<double>();
  const double i_r = (r - 20) / 10, i_b = (235 - b) / 10;
  if (std::abs(g - 128) > 10 || std::abs(i_r - i_b) > 1.0) return -1;
  const double i = 0.5 * (i_r + i_b);
  if (std::abs(i - std::round(i)) > 0.4) return -1;
  return static_cast<int>(std::lround(i));
}

// The player test encodes the index in black and white stripes (bit k of the index in stripe k of
// the top half) with a red and a blue block below: Qt's YUV to RGB conversion of decoded MJPEG shifts
// colours by up to about 25 levels (its choice of colour matrix and range), which black, white and
// saturated primaries survive.
cv::Mat stripedFrame(int i, int w, int h) {
  cv::Mat frame(h, w, CV_8UC3, cv::Scalar(0, 0, 0));
  for (int k = 0; k < 4; ++k)
    if (i & (1 << k)) frame(cv::Rect(k * w / 4, 0, w / 4, h / 2)).setTo(cv::Scalar(255, 255, 255));
  frame(cv::Rect(0, h / 2, w / 2, h / 2)).setTo(cv::Scalar(0, 0, 255));      // red (BGR)
  frame(cv::Rect(w / 2, h / 2, w / 2, h / 2)).setTo(cv::Scalar(255, 0, 0));  // blue
  return frame;
}

int pixel(const torch::Tensor& rgb, int y, int x, int c) { return rgb[y][x][c].item<int>(); }

// The index shown by a striped frame; -1 when a stripe or block is neither clearly on nor off.
int decodeStripes(const torch::Tensor& rgb) {
  const int h = static_cast<int>(rgb.size(0)), w = static_cast<int>(rgb.size(1));
  int index = 0;
  for (int k = 0; k < 4; ++k) {
    const int x = k * w / 4 + w / 8, y = h / 4;
    const int v = (pixel(rgb, y, x, 0) + pixel(rgb, y, x, 1) + pixel(rgb, y, x, 2)) / 3;
    if (v > 200)
      index |= 1 << k;
    else if (v > 50)
      return -1;
  }
  const int ry = 3 * h / 4, rx = w / 4, bx = 3 * w / 4;
  const bool red = pixel(rgb, ry, rx, 0) > 180 && pixel(rgb, ry, rx, 1) < 80 && pixel(rgb, ry, rx, 2) < 80;
  const bool blue = pixel(rgb, ry, bx, 2) > 180 && pixel(rgb, ry, bx, 0) < 80 && pixel(rgb, ry, bx, 1) < 80;
  return red && blue ? index : -1;
}

bool writeVideo(const QString& path, const char* fourcc, int count, int w, int h, double fps,
                bool stripes = false) {
  cv::VideoWriter writer(path.toStdString(), cv::CAP_FFMPEG,
                         cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]), fps,
                         cv::Size(w, h));
  if (!writer.isOpened()) return false;
  for (int i = 0; i < count; ++i)
    writer.write(stripes ? stripedFrame(i, w, h) : cv::Mat(h, w, CV_8UC3, bgrForIndex(i)));
  writer.release();
  return QFile::exists(path);
}

// A packed 32-bit frame filled with one colour; `order` gives the byte positions of R, G, B.
QVideoFrame packedFrame(QVideoFrameFormat::PixelFormat format, QSize size, QColor colour, int r_at, int g_at,
                        int b_at, qint64 start_us) {
  QVideoFrame frame{QVideoFrameFormat(size, format)};
  if (!frame.map(QVideoFrame::WriteOnly)) return {};
  for (int y = 0; y < size.height(); ++y) {
    uchar* row = frame.bits(0) + y * frame.bytesPerLine(0);
    for (int x = 0; x < size.width(); ++x) {
      row[4 * x + r_at] = static_cast<uchar>(colour.red());
      row[4 * x + g_at] = static_cast<uchar>(colour.green());
      row[4 * x + b_at] = static_cast<uchar>(colour.blue());
      row[4 * x + (6 - r_at - g_at - b_at)] = 255;
    }
  }
  frame.unmap();
  frame.setStartTime(start_us);
  return frame;
}

// A planar or semi-planar 4:2:0 frame with one Y, U, V value.
QVideoFrame yuvFrame(QVideoFrameFormat::PixelFormat format, QSize size, uchar y_value, uchar u, uchar v,
                     qint64 start_us) {
  QVideoFrame frame{QVideoFrameFormat(size, format)};
  if (!frame.map(QVideoFrame::WriteOnly)) return {};
  for (int y = 0; y < size.height(); ++y)
    std::memset(frame.bits(0) + y * frame.bytesPerLine(0), y_value, size.width());
  for (int y = 0; y < size.height() / 2; ++y) {
    if (format == QVideoFrameFormat::Format_NV12) {
      uchar* row = frame.bits(1) + y * frame.bytesPerLine(1);
      for (int x = 0; x < size.width() / 2; ++x) row[2 * x] = u, row[2 * x + 1] = v;
    } else {
      std::memset(frame.bits(1) + y * frame.bytesPerLine(1), u, size.width() / 2);
      std::memset(frame.bits(2) + y * frame.bytesPerLine(2), v, size.width() / 2);
    }
  }
  frame.unmap();
  frame.setStartTime(start_us);
  return frame;
}

struct Received {
  std::vector<Frame> frames;
  std::vector<QImage> images;
};

void collect(VideoFrameReceiver& receiver, Received& out) {
  QObject::connect(&receiver, &VideoFrameReceiver::frameReady, &receiver,
                   [&out](const Frame& f, const QImage& im) {
                     out.frames.push_back(f);
                     out.images.push_back(im);
                   });
}

}  // namespace

class WebcamRecorderTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void withoutACameraStartReportsNoCameraFound() {
    if (!palma::listCameras().isEmpty()) QSKIP("this machine has a camera");
    WebcamRecorder webcam;
    QSignalSpy errors(&webcam, &WebcamRecorder::errorOccurred);
    QVERIFY(!webcam.start());
    QVERIFY2(webcam.errorString().startsWith("No camera found."), qPrintable(webcam.errorString()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), webcam.errorString());
    QVERIFY(!webcam.start("/dev/video7"));
    QVERIFY(webcam.errorString().startsWith("No camera found."));
    QVERIFY(!webcam.isActive());
  }

  void unknownCameraIdIsReported() {
    if (palma::listCameras().isEmpty())
      QSKIP("needs a camera: without one every start reports 'No camera found'");
    WebcamRecorder webcam;
    QVERIFY(!webcam.start("no-such-camera"));
    QVERIFY2(webcam.errorString().contains("'no-such-camera' is not connected"),
             qPrintable(webcam.errorString()));
  }

  void cameraErrorsNameTheCameraAndTheLikelyCause() {
    const QString message =
        WebcamRecorder::describeCameraError("Integrated Webcam", "Device or resource busy");
    QVERIFY(message.contains("'Integrated Webcam'"));
    QVERIFY(message.contains("in use by another program"));
    QVERIFY(message.contains("Device or resource busy"));
  }

  void recordingNeedsARunningCamera() {
    QTemporaryDir dir;
    WebcamRecorder webcam;
    QSignalSpy errors(&webcam, &WebcamRecorder::errorOccurred);
    QVERIFY(!webcam.record(dir.filePath("take.mp4")));
    QCOMPARE(webcam.errorString(), QString("Start the camera before recording."));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!webcam.isRecording());
  }

  void unwritableRecordingPathsAreRejected() {
    QTemporaryDir dir;
    QVERIFY(WebcamRecorder::checkRecordingPath(dir.filePath("take.mp4")).isEmpty());
    QVERIFY(WebcamRecorder::checkRecordingPath(dir.filePath("take one \u00e9.mkv")).isEmpty());
    QVERIFY(WebcamRecorder::checkRecordingPath("").contains("No file name"));
    QVERIFY(WebcamRecorder::checkRecordingPath(dir.filePath("missing/take.mp4")).contains("does not exist"));
    QFile file(dir.filePath("notes.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // A file where a folder belongs is never writable (not even for root).
    QVERIFY(
        WebcamRecorder::checkRecordingPath(dir.filePath("notes.txt/take.mp4")).contains("does not exist"));
    QVERIFY(WebcamRecorder::checkRecordingPath(dir.filePath("take.txt")).contains("use the extension"));
    QVERIFY(QDir(dir.path()).mkdir("take.mp4"));
    QVERIFY(WebcamRecorder::checkRecordingPath(dir.filePath("take.mp4")).contains("it is a folder"));
  }

  void packedFramesConvertWithTheRightColoursIndicesAndTimes() {
    VideoFrameReceiver receiver;
    Received got;
    collect(receiver, got);
    const QSize size(8, 6);
    const QColor colour(200, 100, 30);
    receiver.handleFrame(packedFrame(QVideoFrameFormat::Format_BGRA8888, size, colour, 2, 1, 0, 5'000'000));
    receiver.handleFrame(packedFrame(QVideoFrameFormat::Format_RGBA8888, size, colour, 0, 1, 2, 5'040'000));
    receiver.handleFrame(QVideoFrame());  // the empty frame at the end of a stream: ignored
    // A repeat of the previous frame (same start time, as a sink sends after prerolling): ignored.
    receiver.handleFrame(
        packedFrame(QVideoFrameFormat::Format_RGBA8888, size, Qt::black, 0, 1, 2, 5'040'000));
    receiver.handleFrame(packedFrame(QVideoFrameFormat::Format_XRGB8888, size, colour, 1, 2, 3, 5'080'000));
    QCOMPARE(receiver.frameCount(), 3);
    QCOMPARE(static_cast<int>(got.frames.size()), 3);
    for (int i = 0; i < 3; ++i) {
      const Frame& f = got.frames[i];
      QCOMPARE(f.index, i);
      QCOMPARE(f.timestamp_s, 0.04 * i);
      QCOMPARE(f.rgb.scalar_type(), torch::kUInt8);
      QCOMPARE(f.rgb.size(0), 6);
      QCOMPARE(f.rgb.size(1), 8);
      QCOMPARE(f.rgb.size(2), 3);
      for (int c = 0; c < 3; ++c) {
        QCOMPARE(f.rgb[5][7][c].item<int>(), (std::array<int, 3>{200, 100, 30}[c]));
        QCOMPARE(f.rgb[0][0][c].item<int>(), (std::array<int, 3>{200, 100, 30}[c]));
      }
      QCOMPARE(got.images[i].pixelColor(3, 3), colour);
    }
    receiver.reset();
    receiver.handleFrame(packedFrame(QVideoFrameFormat::Format_BGRA8888, size, colour, 2, 1, 0, 9'000'000));
    QCOMPARE(got.frames.back().index, 0);
    QCOMPARE(got.frames.back().timestamp_s, 0.0);
  }

  void yuvFramesConvertToRgb() {
    VideoFrameReceiver receiver;
    Received got;
    collect(receiver, got);
    // BT.601 studio range: Y 81, U 90, V 240 is pure red; Y 126, U = V = 128 a mid grey.
    for (auto format : {QVideoFrameFormat::Format_YUV420P, QVideoFrameFormat::Format_NV12}) {
      receiver.handleFrame(yuvFrame(format, QSize(16, 8), 81, 90, 240, 40'000 * receiver.frameCount()));
      const torch::Tensor red = got.frames.back().rgb;
      QVERIFY2(
          red[4][8][0].item<int>() > 220 && red[4][8][1].item<int>() < 40 && red[4][8][2].item<int>() < 40,
          qPrintable(QString("%1 %2 %3")
                         .arg(red[4][8][0].item<int>())
                         .arg(red[4][8][1].item<int>())
                         .arg(red[4][8][2].item<int>())));
      receiver.handleFrame(yuvFrame(format, QSize(16, 8), 126, 128, 128, 40'000 * receiver.frameCount()));
      const torch::Tensor grey = got.frames.back().rgb;
      for (int c = 0; c < 3; ++c) QVERIFY(std::abs(grey[2][3][c].item<int>() - 128) <= 4);
    }
    QCOMPARE(receiver.frameCount(), 4);
  }

  void aVideoPlayedIntoTheSinkGivesTheFramesInOrder() {
    QTemporaryDir dir;
    const QString path = dir.filePath("synthetic clip.avi");
    const int count = 12;
    const double fps = 12;
    QVERIFY(writeVideo(path, "MJPG", count, 160, 120, fps, true));

    QMediaPlayer player;
    QVideoSink sink;
    VideoFrameReceiver receiver;
    Received got;
    collect(receiver, got);
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &receiver, &VideoFrameReceiver::handleFrame);
    player.setVideoOutput(&sink);
    QString player_error;
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &player,
                     [&](QMediaPlayer::Error, const QString& message) { player_error = message; });
    player.setSource(QUrl::fromLocalFile(path));
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::EndOfMedia || !player_error.isEmpty(),
                             15000);
    QVERIFY2(player_error.isEmpty(), qPrintable(player_error));
    QCoreApplication::processEvents();

    // Real-time playback may drop a frame now and then; the ones delivered must be exact and in order.
    const int n = static_cast<int>(got.frames.size());
    QVERIFY2(n >= count - 2 && n <= count, qPrintable(QString::number(n)));
    QCOMPARE(decodeStripes(got.frames.front().rgb), 0);
    QCOMPARE(decodeStripes(got.frames.back().rgb), count - 1);
    int previous = -1;
    for (int i = 0; i < n; ++i) {
      const Frame& f = got.frames[i];
      QCOMPARE(f.index, i);
      QCOMPARE(f.rgb.size(0), 120);
      QCOMPARE(f.rgb.size(1), 160);
      const int source_index = decodeStripes(f.rgb);
      QVERIFY2(source_index > previous,
               qPrintable(QString("frame %1 shows source frame %2").arg(i).arg(source_index)));
      QVERIFY2(std::abs(f.timestamp_s - source_index / fps) < 0.01,
               qPrintable(QString("frame %1: %2 s").arg(source_index).arg(f.timestamp_s)));
      // The QImage shows the same pixels.
      for (const QPoint p : {QPoint(20, 30), QPoint(40, 90), QPoint(120, 90)})
        QCOMPARE(got.images[i].pixelColor(p),
                 QColor(pixel(f.rgb, p.y(), p.x(), 0), pixel(f.rgb, p.y(), p.x(), 1),
                        pixel(f.rgb, p.y(), p.x(), 2)));
      previous = source_index;
    }
  }

  void aRecordingImportsAsAFrameSource() {
    // No camera here: a file written by OpenCV in the container the recorder would choose stands in
    // for a recording.
    QString ext = WebcamRecorder::preferredRecordingExtension();
    qInfo() << "recording container:" << ext << "format:"
            << QMediaFormat::fileFormatName(WebcamRecorder::recordingFormat("a" + ext).fileFormat())
            << "codec:"
            << QMediaFormat::videoCodecName(WebcamRecorder::recordingFormat("a" + ext).videoCodec());
    if (ext.isEmpty()) ext = ".mkv";
    QTemporaryDir dir;
    const QString path = dir.filePath("take 1" + ext);
    const char* fourcc = ext == ".mp4" ? "avc1" : ext == ".webm" ? "VP80" : "MJPG";
    QVERIFY(writeVideo(path, fourcc, 10, 64, 48, 30));
    const auto frames = palma::readFrames(path.toStdString(), {});
    QCOMPARE(static_cast<int>(frames.size()), 10);
    for (int i = 0; i < 10; ++i) {
      QCOMPARE(frames[i].index, i);
      QCOMPARE(decodeIndex(frames[i].rgb), i);
    }
  }
};

QTEST_MAIN(WebcamRecorderTest)
#include "webcam_recorder_test.moc"
