// PoseInitPanel: the 3D half of the Prepare page. It fits the pose initialisation of the open project
// (core/fit/project_init.h) in a worker thread with progress and cancel, lists the per-frame
// reprojection error, and lets the user fix the current frame: joint sliders in anatomical angles
// (flexion, spread, twist per finger joint, bounded by the model's joint limits, as in PosePanel),
// the global rotation as three angles about the camera's axes, and "Flip palm" (180 degrees about the
// hand's long axis, wrist to middle-finger knuckle; the wrist stays where it is). Every edit is an
// undoable command on ProjectDocument::undoStack() (a slider drag is one step) and marks the frame as
// corrected by the user, which a re-fit keeps. The initialisation is saved, autosaved and recovered
// with the project as <project>/init.json (ProjectDocument::addParticipant).
//
// attachOverlay() keeps a HandOverlayView showing the current frame with the posed hand.
#pragma once

// LibTorch before Qt (see widgets/project_document.h).
#include <torch/types.h>

#include <QPointer>
#include <QWidget>
#include <array>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

#include "core/common/progress.h"
#include "core/fit/init.h"
#include "core/fit/project_init.h"
#include "core/model/hand_model.h"
#include "core/model/pose_presets.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;

namespace palma {

class HandOverlayView;
class ProjectDocument;

class PoseInitPanel : public QWidget {
  Q_OBJECT

 public:
  explicit PoseInitPanel(ProjectDocument* document, QWidget* parent = nullptr);
  ~PoseInitPanel() override;

  // Settings of the fit (the CLI's defaults unless changed; tests use a cheap one).
  void setInitSettings(const fit::InitSettings& settings) { settings_ = settings; }
  const fit::InitSettings& initSettings() const { return settings_; }

  // ---- State ----
  bool hasInit() const { return init_.has_value(); }
  const std::optional<fit::ProjectInit>& init() const { return init_; }
  // The model spec of the poses ("builtin:right" or "builtin:left", from the project's handedness).
  std::string modelSpec() const;
  const HandModel& model() const { return *model_; }
  // True when the keypoints, camera or frames changed since the fit (a re-fit is needed).
  bool isStale() const;
  bool isFitting() const { return worker_.joinable(); }
  int currentRow() const { return row_; }

  // ---- Editing the current frame (each is one undoable step) ----
  // Anatomical angle (radians) of finger joint 1..15 of the current frame, axis 0 flexion, 1 spread,
  // 2 twist; setJointAngle clamps to the joint's limits. `merge` joins consecutive changes of the same
  // angle into one undo step (a slider drag).
  double jointAngle(int joint, int axis) const;
  void setJointAngle(int joint, int axis, double radians, bool merge = false);
  std::pair<double, double> jointLimits(int joint, int axis) const { return limits_[joint][axis]; }
  // Global rotation of the current frame as angles (radians) about the camera's x, y and z axes
  // (R = Rz * Ry * Rx).
  std::array<double, 3> globalAngles() const;
  void setGlobalAngles(const std::array<double, 3>& radians, bool merge = false);
  // Turns the hand of the current frame 180 degrees about its long axis; the wrist stays put.
  void flipPalm();
  // Current frame's pose [16,3], translation [3] and the shared shape (undefined without a pose).
  torch::Tensor currentPose() const;
  torch::Tensor currentTranslation() const;

  // ---- Widgets (for tests and the page) ----
  QPushButton* fitButton() const { return fit_button_; }
  QPushButton* cancelButton() const { return cancel_button_; }
  QPushButton* flipButton() const { return flip_button_; }
  QListWidget* errorList() const { return error_list_; }
  QLabel* statusLabel() const { return status_; }
  QSlider* slider(int joint, int axis) const { return sliders_[joint][axis]; }
  QSlider* globalSlider(int axis) const { return global_sliders_[axis]; }

  // Keeps `view` showing the current frame, its keypoints and the posed hand.
  void attachOverlay(HandOverlayView* view);

 public Q_SLOTS:
  void setCurrentRow(int row);
  // Fits (or re-fits, keeping the corrected frames) in the background.
  void startFit();
  void cancelFit();

 Q_SIGNALS:
  // The pose of `row` changed (an edit, undo/redo, a fit, a load): overlays redraw.
  void poseChanged(int row);
  // The whole initialisation was replaced or removed.
  void initChanged();
  void fitStarted();
  // A fit ended: `ok` false with the message when it failed or was cancelled.
  void fitFinished(bool ok, const QString& message);
  // The user picked a frame in the error list.
  void rowActivated(int row);

 private:
  friend class PoseInitCommand;
  friend class InitReplaceCommand;

  struct FrameState {
    torch::Tensor pose;         // [16,3]
    torch::Tensor translation;  // [3]
    bool corrected = false;
  };
  FrameState frameState(int row) const;
  void applyFrameState(int row, const FrameState& state);
  void replaceInit(const std::optional<fit::ProjectInit>& init);
  void pushFrameEdit(const FrameState& after, const QString& text, int merge_key);
  void onProjectChanged();
  void loadFrom(const std::string& folder);
  void saveTo(const std::string& folder) const;
  void refreshErrors();
  void refreshControls();
  void refreshStatus();
  void finishFit(std::optional<fit::ProjectInit> result, const QString& error, bool cancelled);
  void joinWorker();
  void updateLimits();

  ProjectDocument* doc_;
  std::unique_ptr<HandModel> model_;
  Handedness handedness_ = Handedness::Right;
  fit::InitSettings settings_;
  std::optional<fit::ProjectInit> init_;
  QString load_error_;
  int row_ = 0;
  bool updating_ = false;
  int gesture_ = 0;  // counts slider releases: each drag is its own undo step

  std::thread worker_;
  std::shared_ptr<CancelToken> cancel_;

  std::array<std::array<std::pair<double, double>, 3>, kNumJoints> limits_{};
  std::array<std::array<QSlider*, 3>, kNumJoints> sliders_{};
  std::array<std::array<QLabel*, 3>, kNumJoints> values_{};
  std::array<QSlider*, 3> global_sliders_{};
  std::array<QLabel*, 3> global_values_{};
  QPushButton* fit_button_;
  QPushButton* cancel_button_;
  QPushButton* flip_button_;
  QProgressBar* progress_;
  QLabel* status_;
  QLabel* frame_label_;
  QListWidget* error_list_;
  QWidget* editors_;
  QPointer<HandOverlayView> overlay_;
};

}  // namespace palma
