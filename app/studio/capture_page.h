// The studio's Capture page: the first step of making an avatar. The artist imports a video or an
// image folder (buttons or drag-and-drop) or records one with the webcam, trims the frame range on a
// filmstrip, picks every n-th frame and a frame limit, adds optional keypoints and masks (a keypoint
// file next to the video is found automatically) and checks the square crop the preparation will cut
// around the hand. "Prepare Project" hands the choices to the integrator as palma::PrepareOptions
// (prepareOptions()) through the prepareRequested signal; the page itself writes no project.
//
// Thumbnails and the large preview are decoded on worker threads, streaming through openFrameSource
// (never the whole video in memory); a new source cancels the work for the old one.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QImage>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/capture/frame_source.h"
#include "core/capture/prepare.h"
#include "core/common/progress.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QThread;
class QTimer;

namespace palma {

class WebcamRecorder;

// The source's frames as a strip of thumbnails across the whole width (frame 0 at the left, the last
// frame at the right). Two yellow handles mark the first and last frame of the range; frames outside it
// are greyed. Ticks under the thumbnails mark the frames that are actually used (every n-th, up to the
// frame limit) and a white line the current frame. Drag a handle to trim; click or drag elsewhere to
// move the current frame. Keys (with the strip focused): Left/Right step one frame, Home/End jump to the
// first/last frame, I and O make the current frame the first/last of the range.
class CaptureFilmStrip : public QWidget {
  Q_OBJECT

 public:
  explicit CaptureFilmStrip(QWidget* parent = nullptr);

  // A new source: `frame_count` frames of width / height `aspect`; thumbnails are dropped.
  void reset(int frame_count, double aspect);
  // The frame count found by decoding (thumbnails past it are dropped; the range is clamped).
  void setFrameCount(int frame_count);
  void setThumbnail(int frame, const QImage& image);
  int thumbnailCount() const { return static_cast<int>(thumbnails_.size()); }
  // The thumbnail shown for `frame`: the nearest decoded one at or before it (a null image when none).
  QImage thumbnailFor(int frame) const;
  int frameCount() const { return frame_count_; }
  void setRange(int first, int last);
  int first() const { return first_; }
  int last() const { return last_; }
  // The frames the selection delivers (source indices), drawn as ticks.
  void setSelectedFrames(const std::vector<int>& frames);
  void setCurrentFrame(int frame);
  int currentFrame() const { return current_; }

  // Geometry, public for tests: the frame under x, and the x of a frame's left edge.
  int frameAt(double x) const;
  double xOf(double frame) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 Q_SIGNALS:
  // The user moved a handle (first <= last).
  void rangeEdited(int first, int last);
  // The user clicked or dragged to another frame.
  void currentFrameEdited(int frame);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  enum class Drag { None, First, Last, Current };
  QRectF stripRect() const;

  int frame_count_ = 0;
  double aspect_ = 4.0 / 3.0;
  QMap<int, QImage> thumbnails_;
  int first_ = 0;
  int last_ = 0;
  int current_ = 0;
  std::vector<int> selected_;
  Drag drag_ = Drag::None;
};

// The large view of the current frame: the picture, the imported keypoints as a hand skeleton and the
// square crop the preparation will use, with an inset of the cropped working-size image.
class CapturePreview : public QWidget {
  Q_OBJECT

 public:
  explicit CapturePreview(QWidget* parent = nullptr);

  // `image` may be smaller than the frame (a thumbnail); crop and keypoints are in frame pixels of a
  // frame `frame_size` large and are scaled to the image.
  void setFrame(const QImage& image, QSize frame_size);
  void setOverlay(const std::optional<CropBox>& crop, const std::optional<FrameKeypoints>& keypoints);
  void setInset(const QImage& inset);
  void setPlaceholder(const QString& text);  // shown when there is no image
  void setLive(bool live);                   // a "LIVE" badge for the webcam preview
  QImage image() const { return image_; }
  QSize frameSize() const { return frame_size_; }
  // Where the crop is drawn, in widget coordinates (empty when no crop is shown).
  QRectF cropRectInWidget() const;

  QSize sizeHint() const override { return {640, 400}; }
  QSize minimumSizeHint() const override { return {240, 160}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QRectF imageRect() const;

  QImage image_;
  QSize frame_size_;
  std::optional<CropBox> crop_;
  std::optional<FrameKeypoints> keypoints_;
  QImage inset_;
  QString placeholder_;
  bool live_ = false;
};

class CapturePage : public QWidget {
  Q_OBJECT

 public:
  explicit CapturePage(QWidget* parent = nullptr);
  // Cancels the decoding threads and waits for them; stops the webcam.
  ~CapturePage() override;

  // Imports a video file or an image folder. On bad input the page shows why and keeps the previous
  // source; returns whether the new source was taken.
  bool setSource(const QString& path);
  QString source() const { return source_; }
  bool hasSource() const { return !source_.isEmpty(); }
  const SourceInfo& sourceInfo() const { return info_; }
  // Frames of the source as far as known: the container's count, corrected once decoding finds the end.
  int frameCount() const { return frame_count_; }

  // Everything the preparation needs from this page: the frame selection (first, last — -1 when the
  // range reaches the end —, every, max_frames), working size, crop margin, keypoint and mask paths
  // and the handedness (unset for "Automatic").
  PrepareOptions prepareOptions() const;

  // The frame range, step and limit (the controls and the filmstrip follow).
  void setRange(int first, int last);
  // 0: Auto, the smallest step that selects at most kAutoFrames frames of the range.
  void setEvery(int every);
  int effectiveEvery() const;
  static constexpr int kAutoFrames = 60;
  // The automatic step for a range of `frames` source frames.
  static int autoEvery(int frames);
  void setMaxFrames(int max_frames);  // 0: no limit
  void setCurrentFrame(int frame);
  int currentFrame() const;
  // The source indices the selection delivers, in order.
  std::vector<int> selectedFrames() const;

  // Keypoints (MediaPipe-style JSON, OpenPose file or folder, palma-keypoints) and masks (a folder of
  // PNGs or its first file). An empty path clears them. Bad files are reported and not taken.
  bool setKeypointsPath(const QString& path);
  QString keypointsPath() const { return keypoints_path_; }
  bool keypointsAutoDetected() const { return keypoints_auto_; }
  bool setMasksPath(const QString& path);
  QString masksPath() const { return masks_path_; }

  // The square crop the preparation will use on the current frame (frame pixels of the size the
  // preparation decodes, sourceInfo().width x height); unset without keypoints or outside the selection.
  std::optional<CropBox> currentCrop() const;

  // The file names next to `source` that are taken as its keypoints, in the order they are tried:
  // <stem>.keypoints.json, <stem>.json, <stem>_keypoints.json (for an image folder the stem is the
  // folder's name and the files lie beside the folder).
  static QStringList sidecarCandidates(const QString& source);
  // Where webcam recordings go unless the user picked a folder: the system's Movies folder (or home).
  static QString defaultRecordingFolder();

  // The message line (errors in red), and whether thumbnail decoding has finished for this source.
  QString message() const;
  bool thumbnailsFinished() const { return thumbnails_finished_; }
  int thumbnailCount() const;
  // The number shown by the "N frames selected" label.
  int selectedCount() const;

  // Controls, for tests and for the integrator's layout.
  QPushButton* openVideoButton() const { return open_video_; }
  QPushButton* openFolderButton() const { return open_folder_; }
  QLabel* infoLabel() const { return info_label_; }
  QLabel* countLabel() const { return count_label_; }
  QLabel* keypointsLabel() const { return keypoints_label_; }
  QSpinBox* firstSpin() const { return first_spin_; }
  QSpinBox* lastSpin() const { return last_spin_; }
  QSpinBox* everySpin() const { return every_spin_; }
  QSpinBox* maxFramesSpin() const { return max_frames_spin_; }
  QSpinBox* workingSizeSpin() const { return working_size_spin_; }
  QSpinBox* marginSpin() const { return margin_spin_; }
  QComboBox* handCombo() const { return hand_combo_; }
  QSlider* frameSlider() const { return frame_slider_; }
  QPushButton* setFirstButton() const { return set_first_; }
  QPushButton* setLastButton() const { return set_last_; }
  CaptureFilmStrip* filmStrip() const { return strip_; }
  CapturePreview* preview() const { return preview_; }
  QComboBox* cameraCombo() const { return camera_combo_; }
  QPushButton* cameraButton() const { return camera_button_; }
  QPushButton* recordButton() const { return record_button_; }
  QLabel* cameraStatusLabel() const { return camera_status_; }
  QLineEdit* recordingFolderEdit() const { return recording_folder_; }
  QPushButton* prepareButton() const { return prepare_button_; }

 public Q_SLOTS:
  void openVideo();
  void openImageFolder();
  void chooseKeypoints();
  void chooseMasks();
  // Lists the cameras again (after plugging one in).
  void refreshCameras();

 Q_SIGNALS:
  // "Prepare Project" was pressed: run palma::prepareCapture(source(), folder, prepareOptions()).
  void prepareRequested();
  void sourceChanged(const QString& path);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void showMessage(const QString& text, bool error);
  void updateInfo();
  void updateSelection();
  void updateEnabled();
  void updateCrops();
  void updatePreview();
  void startThumbnails();
  void requestPreviewFrame();
  void startPreviewJob(int frame);
  void onThumbnail(quint64 generation, int frame, const QImage& image);
  void onThumbnailsFinished(quint64 generation, int last_index, const QString& error,
                            const QStringList& warnings);
  void onPreviewFrame(quint64 generation, int frame, const QImage& image, const torch::Tensor& rgb);
  void runWorker(std::function<void(const CancelToken&)> work, std::shared_ptr<CancelToken> token);
  void cancelWorkers();
  void toggleCamera();
  void toggleRecording();
  void chooseRecordingFolder();
  void onRecordingFinished(const QString& path);
  void stopCamera();
  void saveSettings() const;

  // Source state.
  QString source_;
  SourceInfo info_;
  int frame_count_ = 0;
  quint64 generation_ = 0;
  bool thumbnails_finished_ = false;
  QStringList decode_warnings_;

  // Current frame shown at full resolution (for the crop inset).
  int preview_frame_ = -1;
  QImage preview_image_;
  torch::Tensor preview_rgb_;
  int pending_preview_ = -1;
  bool preview_running_ = false;
  std::shared_ptr<CancelToken> preview_cancel_;

  // Keypoints and crops.
  QString keypoints_path_;
  bool keypoints_auto_ = false;
  std::optional<KeypointTrack> keypoints_;  // as read: rows are source frames, stored-frame pixels
  QString masks_path_;
  std::vector<int> crop_frames_;  // the selected frames the crops belong to
  std::vector<CropBox> crops_;    // delivered-frame pixels
  QString crop_note_;

  // Worker threads still running (cancelled and waited for on destruction).
  QList<QThread*> threads_;
  std::shared_ptr<CancelToken> thumbnail_cancel_;

  WebcamRecorder* webcam_ = nullptr;
  bool updating_ = false;

  QPushButton* open_video_ = nullptr;
  QPushButton* open_folder_ = nullptr;
  QLabel* message_ = nullptr;
  QLabel* info_label_ = nullptr;
  CapturePreview* preview_ = nullptr;
  CaptureFilmStrip* strip_ = nullptr;
  QSlider* frame_slider_ = nullptr;
  QLabel* frame_label_ = nullptr;
  QPushButton* set_first_ = nullptr;
  QPushButton* set_last_ = nullptr;
  QSpinBox* first_spin_ = nullptr;
  QSpinBox* last_spin_ = nullptr;
  QSpinBox* every_spin_ = nullptr;
  QSpinBox* max_frames_spin_ = nullptr;
  QLabel* count_label_ = nullptr;
  QLabel* strip_status_ = nullptr;
  QComboBox* camera_combo_ = nullptr;
  QPushButton* camera_button_ = nullptr;
  QPushButton* record_button_ = nullptr;
  QPushButton* refresh_cameras_ = nullptr;
  QLabel* camera_status_ = nullptr;
  QLineEdit* recording_folder_ = nullptr;
  QPushButton* recording_folder_button_ = nullptr;
  QLineEdit* keypoints_edit_ = nullptr;
  QPushButton* keypoints_button_ = nullptr;
  QPushButton* keypoints_clear_ = nullptr;
  QLabel* keypoints_label_ = nullptr;
  QLineEdit* masks_edit_ = nullptr;
  QPushButton* masks_button_ = nullptr;
  QPushButton* masks_clear_ = nullptr;
  QLabel* masks_label_ = nullptr;
  QComboBox* hand_combo_ = nullptr;
  QSpinBox* working_size_spin_ = nullptr;
  QSpinBox* margin_spin_ = nullptr;
  QLabel* crop_label_ = nullptr;
  QPushButton* prepare_button_ = nullptr;
  QTimer* preview_timer_ = nullptr;
};

}  // namespace palma
