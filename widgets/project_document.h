// The capture project the studio's Prepare and Reconstruct pages work on (core/capture/project.h): the
// project folder, its frames decoded from the source in the background, the per-frame masks and the 2D
// keypoints, with one undo stack for every edit, dirty-state tracking, Save / Save As, autosave and
// recovery after a crash.
//
// The project folder is the document. Edits live in memory until save() writes project.json,
// keypoints.json and (when edited) masks/ atomically. While there are unsaved edits, autosave() (on a
// timer, every autosaveInterval() ms) writes them to <project>/autosave/ instead, never touching the
// saved files; after a crash, hasRecovery() tells the next open that newer edits are waiting and
// recover() brings them back as unsaved edits. save() and discardRecovery() remove the autosave.
//
// Other per-project state edited in the studio (for example the corrected pose initialisation) joins
// through addParticipant(): its save and load functions are called with the project folder, the Save
// As target or the autosave folder, so it is saved, autosaved and recovered with the rest.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QImage>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "core/capture/keypoint_edit.h"
#include "core/capture/project.h"

class QTimer;
class QUndoStack;

namespace palma {

class ProjectDocument : public QObject {
  Q_OBJECT

 public:
  static constexpr int kDefaultAutosaveIntervalMs = 60 * 1000;

  explicit ProjectDocument(QObject* parent = nullptr);
  ~ProjectDocument() override;

  // Opens the project in `folder` and starts decoding its frames in the background (frameLoaded /
  // framesLoaded). On failure the current project stays, `error` (when given) gets a one-line
  // message, and the result is false. The undo stack is cleared; the document is clean.
  bool open(const QString& folder, QString* error = nullptr);
  // Re-reads the folder after something outside the document rewrote it (a new preparation); the
  // decoded frames are kept when the source and selection did not change.
  bool reload(QString* error = nullptr);
  void close();
  bool isOpen() const { return open_; }
  QString folder() const { return folder_; }
  // The folder's name without the .palma suffix.
  QString name() const;
  // The project as last opened or saved, with the current keypoints (keypoints().track()).
  CaptureProject project() const;
  int frameCount() const { return open_ ? project_.numFrames() : 0; }
  int frameWidth() const { return project_.width; }
  int frameHeight() const { return project_.height; }

  // ---- Frames (full frame, as delivered by the source) ----
  // Null / undefined until that row has been decoded.
  QImage frameImage(int row) const;
  torch::Tensor frameRgb(int row) const;  // uint8 [H,W,3]
  bool framesLoaded() const { return frames_loaded_; }
  // Blocks (processing events) until every frame is decoded or decoding failed; false on failure or
  // timeout.
  bool waitForFrames(int timeout_ms = 60000);

  // ---- Keypoints: edit only through push() so that every change can be undone ----
  KeypointDocument& keypoints() { return keypoints_; }
  const KeypointDocument& keypoints() const { return keypoints_; }
  // Executes `command` and puts it on the undo stack (wrapped in a QUndoCommand; merging and macros
  // work as with QUndoStack).
  void push(std::unique_ptr<UndoCommand> command);

  // ---- Masks: full frame, uint8 [H,W], 0 background .. 255 hand; undefined when the project has none ----
  torch::Tensor mask(int row) const;
  MaskOrigin maskOrigin() const { return mask_origin_; }
  // Replaces the mask of `row` as one undoable edit named `text`; the project's masks become Edited.
  void setMask(int row, const torch::Tensor& mask, const QString& text);

  // ---- Undo, dirty state, saving ----
  QUndoStack* undoStack() const { return undo_stack_; }
  bool isDirty() const;
  // Marks a change that is not on the undo stack (a recovery, a re-run of tracking on every frame).
  void markDirty();
  // Writes the edits to the project folder; removes the autosave. false with `error` on failure (the
  // document stays dirty).
  bool save(QString* error = nullptr);
  // Copies the whole project folder to `folder` (which must not exist, or be empty, and must not be
  // inside the project), saves the edits there and continues with it.
  bool saveAs(const QString& folder, QString* error = nullptr);

  // ---- Autosave and recovery ----
  void setAutosaveInterval(int ms);  // 0 disables the timer
  int autosaveInterval() const { return autosave_interval_ms_; }
  // Writes the unsaved edits to <project>/autosave/ (nothing to do when clean).
  bool autosave(QString* error = nullptr);
  static QString autosaveFolder(const QString& project_folder);
  // True when `project_folder` holds an autosave newer than its project.json.
  static bool hasRecovery(const QString& project_folder);
  // Loads the autosaved edits of the open project as unsaved edits (undo stack cleared).
  bool recover(QString* error = nullptr);
  // Removes the autosave of the open project.
  void discardRecovery();

  // Per-project state saved with the document: `save` writes it into the folder it is given, `load`
  // reads it from there (called on open, reload and recover; a missing file is not an error).
  struct Participant {
    std::function<void(const std::string& folder)> save;
    std::function<void(const std::string& folder)> load;
  };
  void addParticipant(Participant participant);

 Q_SIGNALS:
  // A project was opened, reloaded, recovered or closed.
  void projectChanged();
  void frameLoaded(int row);
  void framesLoaded();
  void frameLoadFailed(const QString& message);
  // Keypoints of rows [first, last] changed (or the handedness, with first > last).
  void keypointsChanged(int first, int last);
  void maskChanged(int row);
  void dirtyChanged(bool dirty);
  // After save(), saveAs() (with the new folder) and autosave().
  void saved(const QString& folder);
  void autosaved();

 private:
  void startDecoding();
  void stopDecoding();
  void applyMask(int row, const torch::Tensor& mask, MaskOrigin origin);
  void writeTo(const std::string& folder, bool autosave) const;
  void updateDirty();
  void onFrameDecoded(int row, const QImage& image, const torch::Tensor& rgb);

  friend class MaskEditCommand;

  bool open_ = false;
  QString folder_;
  CaptureProject project_;
  KeypointDocument keypoints_;
  std::vector<torch::Tensor> masks_;
  MaskOrigin mask_origin_ = MaskOrigin::None;
  std::vector<QImage> images_;
  std::vector<torch::Tensor> rgb_;
  bool frames_loaded_ = false;
  QString frame_error_;
  QUndoStack* undo_stack_ = nullptr;
  QTimer* autosave_timer_ = nullptr;
  int autosave_interval_ms_ = kDefaultAutosaveIntervalMs;
  bool extra_dirty_ = false;
  bool last_dirty_ = false;
  std::vector<Participant> participants_;
  std::thread decoder_;
  std::shared_ptr<std::atomic<bool>> decoder_cancel_;
  uint64_t generation_ = 0;  // frames of an older decoding run are ignored
};

}  // namespace palma
