#include "widgets/capture/webcam_recorder.h"

#include <QCamera>
#include <QCameraDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaRecorder>
#include <QTemporaryFile>
#include <QUrl>
#include <QVideoSink>

namespace palma {

QList<CameraInfo> listCameras() {
  QList<CameraInfo> cameras;
  const QCameraDevice default_camera = QMediaDevices::defaultVideoInput();
  for (const QCameraDevice& device : QMediaDevices::videoInputs())
    cameras.append({QString::fromUtf8(device.id()), device.description(), device == default_camera});
  return cameras;
}

namespace {

QMediaFormat::FileFormat fileFormatFor(const QString& path) {
  const QString ext = QFileInfo(path).suffix().toLower();
  if (ext == "mp4" || ext == "m4v") return QMediaFormat::MPEG4;
  if (ext == "mkv") return QMediaFormat::Matroska;
  if (ext == "webm") return QMediaFormat::WebM;
  if (ext == "mov") return QMediaFormat::QuickTime;
  if (ext == "avi") return QMediaFormat::AVI;
  return QMediaFormat::UnspecifiedFormat;
}

}  // namespace

WebcamRecorder::WebcamRecorder(QObject* parent)
    : QObject(parent),
      session_(std::make_unique<QMediaCaptureSession>()),
      sink_(std::make_unique<QVideoSink>()),
      receiver_(new VideoFrameReceiver(this)) {
  session_->setVideoSink(sink_.get());
  connect(sink_.get(), &QVideoSink::videoFrameChanged, receiver_, &VideoFrameReceiver::handleFrame);
  connect(receiver_, &VideoFrameReceiver::frameReady, this, &WebcamRecorder::frameReady);
}

WebcamRecorder::~WebcamRecorder() {
  stop();
  session_->setRecorder(nullptr);
  session_->setVideoSink(nullptr);
}

bool WebcamRecorder::fail(const QString& message) {
  error_ = message;
  Q_EMIT errorOccurred(message);
  return false;
}

QString WebcamRecorder::describeCameraError(const QString& camera_name, const QString& detail) {
  QString message = tr("The camera '%1' could not be started or stopped working. It may be in use by another "
                       "program; close that program or choose another camera.")
                        .arg(camera_name);
  if (!detail.isEmpty()) message += tr(" (%1)").arg(detail);
  return message;
}

bool WebcamRecorder::start(const QString& camera_id) {
  stop();
  error_.clear();
  const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
  if (devices.isEmpty())
    return fail(
        tr("No camera found. Connect a webcam (and check that the system lets this program use it), "
           "or import a video file instead."));
  QCameraDevice device = QMediaDevices::defaultVideoInput();
  if (!camera_id.isEmpty()) {
    device = QCameraDevice();
    for (const QCameraDevice& d : devices)
      if (QString::fromUtf8(d.id()) == camera_id) device = d;
    if (device.isNull()) return fail(tr("The camera '%1' is not connected.").arg(camera_id));
  }
  if (device.isNull()) device = devices.first();
  camera_name_ = device.description();
  camera_ = std::make_unique<QCamera>(device);
  connect(camera_.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString& detail) {
    if (error != QCamera::NoError) fail(describeCameraError(camera_name_, detail));
  });
  session_->setCamera(camera_.get());
  receiver_->reset();
  camera_->start();
  if (camera_->error() != QCamera::NoError)
    return fail(describeCameraError(camera_name_, camera_->errorString()));
  return true;
}

bool WebcamRecorder::isActive() const { return camera_ && camera_->isActive(); }

bool WebcamRecorder::isRecording() const {
  return recorder_ && recorder_->recorderState() == QMediaRecorder::RecordingState;
}

QString WebcamRecorder::checkRecordingPath(const QString& path) {
  if (path.isEmpty()) return tr("No file name was given for the recording.");
  const QFileInfo info(path);
  if (info.exists() && info.isDir()) return tr("Cannot record to '%1': it is a folder.").arg(path);
  if (fileFormatFor(path) == QMediaFormat::UnspecifiedFormat)
    return tr("Cannot record to '%1': use the extension .mp4, .mkv, .webm, .mov or .avi.").arg(path);
  const QFileInfo dir(info.absolutePath());
  if (!dir.exists() || !dir.isDir())
    return tr("Cannot record to '%1': the folder '%2' does not exist.").arg(path, dir.filePath());
  QTemporaryFile probe(QDir(dir.filePath()).filePath(".palma-write-test-XXXXXX"));
  if (!probe.open())
    return tr("Cannot record to '%1': the folder '%2' is not writable.").arg(path, dir.filePath());
  if (info.exists() && !info.isWritable())
    return tr("Cannot record to '%1': the file exists and cannot be overwritten.").arg(path);
  return {};
}

QMediaFormat WebcamRecorder::recordingFormat(const QString& path) {
  const QMediaFormat::FileFormat container = fileFormatFor(path);
  QMediaFormat format(container);
  if (container == QMediaFormat::UnspecifiedFormat) return format;
  if (!QMediaFormat().supportedFileFormats(QMediaFormat::Encode).contains(container))
    return QMediaFormat(QMediaFormat::UnspecifiedFormat);
  const QList<QMediaFormat::VideoCodec> codecs = format.supportedVideoCodecs(QMediaFormat::Encode);
  for (QMediaFormat::VideoCodec preferred :
       {QMediaFormat::VideoCodec::H264, QMediaFormat::VideoCodec::MPEG4, QMediaFormat::VideoCodec::VP9,
        QMediaFormat::VideoCodec::VP8, QMediaFormat::VideoCodec::MotionJPEG, QMediaFormat::VideoCodec::H265,
        QMediaFormat::VideoCodec::AV1}) {
    if (codecs.contains(preferred)) {
      format.setVideoCodec(preferred);
      return format;
    }
  }
  return QMediaFormat(QMediaFormat::UnspecifiedFormat);
}

QString WebcamRecorder::preferredRecordingExtension() {
  for (const char* ext : {".mp4", ".mkv", ".webm", ".avi"})
    if (recordingFormat(QStringLiteral("recording") + ext).fileFormat() != QMediaFormat::UnspecifiedFormat)
      return QString::fromLatin1(ext);
  return {};
}

bool WebcamRecorder::record(const QString& path) {
  if (!camera_) return fail(tr("Start the camera before recording."));
  const QString path_error = checkRecordingPath(path);
  if (!path_error.isEmpty()) return fail(path_error);
  const QMediaFormat format = recordingFormat(path);
  if (format.fileFormat() == QMediaFormat::UnspecifiedFormat) {
    const QString alternative = preferredRecordingExtension();
    return fail(
        alternative.isEmpty()
            ? tr("Cannot record video on this system: no video encoder is installed (install the GStreamer "
                 "plugins, e.g. gstreamer1.0-plugins-good and gstreamer1.0-libav).")
            : tr("Cannot record '%1' files on this system (no encoder); use %2 instead.")
                  .arg(QFileInfo(path).suffix(), alternative));
  }
  stopRecording();
  recorder_ = std::make_unique<QMediaRecorder>();
  recorder_->setMediaFormat(format);
  recorder_->setQuality(QMediaRecorder::HighQuality);
  recorder_->setOutputLocation(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
  recording_path_ = QFileInfo(path).absoluteFilePath();
  connect(recorder_.get(), &QMediaRecorder::errorOccurred, this,
          [this](QMediaRecorder::Error error, const QString& detail) {
            if (error == QMediaRecorder::NoError) return;
            QString reason;
            switch (error) {
              case QMediaRecorder::LocationNotWritable:
                reason = tr("the file cannot be written");
                break;
              case QMediaRecorder::OutOfSpaceError:
                reason = tr("the disk is full");
                break;
              case QMediaRecorder::FormatError:
                reason = tr("the video format is not supported by the installed encoders");
                break;
              default:
                reason = tr("the recorder failed");
                break;
            }
            fail(tr("Recording to '%1' failed: %2 (%3).").arg(recording_path_, reason, detail));
          });
  connect(recorder_.get(), &QMediaRecorder::recorderStateChanged, this,
          [this](QMediaRecorder::RecorderState state) {
            if (state != QMediaRecorder::StoppedState || !recorder_) return;
            const QUrl actual = recorder_->actualLocation();
            const QString file = actual.isLocalFile() ? actual.toLocalFile() : recording_path_;
            if (QFileInfo::exists(file)) Q_EMIT recordingFinished(file);
          });
  session_->setRecorder(recorder_.get());
  recorder_->record();
  if (recorder_->error() != QMediaRecorder::NoError)
    return fail(tr("Recording to '%1' failed: %2").arg(recording_path_, recorder_->errorString()));
  return true;
}

void WebcamRecorder::stopRecording() {
  if (!recorder_) return;
  if (recorder_->recorderState() != QMediaRecorder::StoppedState) recorder_->stop();
}

void WebcamRecorder::stop() {
  stopRecording();
  if (camera_) {
    camera_->stop();
    session_->setCamera(nullptr);
    camera_.reset();
  }
}

}  // namespace palma
