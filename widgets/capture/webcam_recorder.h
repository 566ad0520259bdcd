// Webcam preview and recording with Qt Multimedia (GStreamer on Debian).
//
//   WebcamRecorder webcam;
//   connect(&webcam, &WebcamRecorder::frameReady, view, ...);        // live preview
//   connect(&webcam, &WebcamRecorder::errorOccurred, window, ...);   // show the message
//   if (webcam.start()) webcam.record("/path/take1.mp4");            // later: webcam.stop()
//
// The recorded file is an ordinary video that openFrameSource() imports. Every failure (no camera, a
// camera that is busy or fails to start, an output path that cannot be written, no encoder) ends in
// errorString() and the errorOccurred signal with a message for the user.
#pragma once

// LibTorch (through video_frames.h) before Qt: see video_frames.h.
#include "widgets/capture/video_frames.h"

#include <QImage>
#include <QList>
#include <QMediaFormat>
#include <QObject>
#include <QString>
#include <memory>

class QCamera;
class QMediaCaptureSession;
class QMediaRecorder;
class QVideoSink;

namespace palma {

struct CameraInfo {
  QString id;           // stable identifier to pass to WebcamRecorder::start()
  QString description;  // human-readable name
  bool is_default = false;
};

// The video inputs of the system (empty where no camera is connected).
QList<CameraInfo> listCameras();

class WebcamRecorder : public QObject {
  Q_OBJECT

 public:
  explicit WebcamRecorder(QObject* parent = nullptr);
  ~WebcamRecorder() override;

  // Starts the camera `camera_id` (empty: the system's default camera) and the live preview. Returns
  // false, sets errorString() and emits errorOccurred when no camera exists or the id is unknown; a
  // camera that is busy or fails later reports through errorOccurred as well.
  bool start(const QString& camera_id = {});
  // Starts writing the camera stream to `path` (container from the extension: mp4, mkv, webm, mov,
  // avi). Returns false with errorString() set when the camera is not running, the path cannot be
  // written or no encoder exists for that container.
  bool record(const QString& path);
  // Finishes the recording (the file is complete once recordingFinished is emitted).
  void stopRecording();
  // Stops recording and the camera.
  void stop();

  bool isActive() const;
  bool isRecording() const;
  QString cameraName() const { return camera_name_; }
  QString errorString() const { return error_; }
  // The receiver the camera frames go through (frame count, conversion).
  VideoFrameReceiver* receiver() { return receiver_; }

  // An error message for `path` as a recording target, or an empty string when it can be written.
  static QString checkRecordingPath(const QString& path);
  // The container and video codec used to record to `path`; UnspecifiedFormat when none can be
  // encoded here.
  static QMediaFormat recordingFormat(const QString& path);
  // The first of mp4, mkv, webm, avi that can be encoded here (with the dot), or an empty string.
  static QString preferredRecordingExtension();
  // The message shown when the camera reports an error while starting or running.
  static QString describeCameraError(const QString& camera_name, const QString& detail);

 Q_SIGNALS:
  void frameReady(const palma::Frame& frame, const QImage& image);
  void errorOccurred(const QString& message);
  void recordingFinished(const QString& path);

 private:
  bool fail(const QString& message);

  std::unique_ptr<QMediaCaptureSession> session_;
  std::unique_ptr<QCamera> camera_;
  std::unique_ptr<QMediaRecorder> recorder_;
  std::unique_ptr<QVideoSink> sink_;
  VideoFrameReceiver* receiver_ = nullptr;
  QString camera_name_;
  QString recording_path_;
  QString error_;
};

}  // namespace palma
