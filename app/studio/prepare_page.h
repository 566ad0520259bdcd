// The studio's Prepare page: checks and corrects the 2D keypoints and masks of the open capture project
// (ProjectDocument) frame by frame before reconstruction.
//
// The page shows the current frame in a KeypointFrameView (mask overlay, hand skeleton, zoom and pan)
// and a filmstrip of every frame that flags the doubtful ones. Every edit goes through the project's
// undo stack, one undo step per user action:
//   - drag a keypoint, place a missing one (joint list or "next missing joint"), delete one, mark one
//     occluded (a user point with confidence kOccludedConfidence: it counts half in the fit);
//   - "Place hand" drops an open-hand template on a frame without keypoints;
//   - hand/background brush scribbles re-segment the frame (HandSegmenter, on a worker thread);
//   - "Track from here" tracks the current frame's points forward (optical flow, on a worker thread
//     with progress and cancel) up to the next user keyframe or the end; "Propagate" copies them into
//     the next k frames; "Interpolate keyframes" fills the frames between user keyframes;
//   - the handedness.
// Side panels from other parts of the studio join with addPanel(); they follow currentRow().
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QPolygonF>
#include <QString>
#include <QWidget>
#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/common/progress.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace palma {

class FrameFilmstrip;
class KeypointFrameView;
class ProjectDocument;

class PreparePage : public QWidget {
  Q_OBJECT

 public:
  // Frames whose present points have a mean confidence below this are flagged.
  static constexpr float kLowConfidenceThreshold = 0.5f;

  explicit PreparePage(ProjectDocument* project, QWidget* parent = nullptr);
  // Cancels running tracking or segmentation and waits for the worker threads.
  ~PreparePage() override;

  ProjectDocument* project() const { return project_; }
  // The frame being edited (a row of the project), -1 without a project.
  int currentRow() const { return row_; }
  void setCurrentRow(int row);
  KeypointFrameView* frameView() const { return view_; }
  QPushButton* placeHandButton() const { return place_hand_; }
  QTabWidget* sideTabs() const { return tabs_; }
  QPushButton* trackButton() const { return track_button_; }
  FrameFilmstrip* filmstrip() const { return filmstrip_; }
  // Adds a tab to the side panel (the page takes ownership); returns its index. `title` should be
  // translated already.
  // `main_view` (optional) replaces the frame view while the panel's tab is shown (e.g. the frame with
  // the fitted 3D hand for the pose initialisation panel). Returns the tab's index.
  int addPanel(QWidget* panel, const QString& title, QWidget* main_view = nullptr);
  // The frame view, or the main view of the panel whose tab is shown.
  QWidget* currentMainView() const;

  // What the page shows instead of the frame ("Open or create a project", decoding progress, a
  // decoding error); empty while the frame is shown.
  QString messageText() const;
  // The error or notice banner above the frame (empty when hidden).
  QString bannerText() const;

  // ---- Actions (the buttons call these) ----
  // Drops the open-hand template on the current frame as user points (one undo step); false (with the
  // reason in the banner) when the frame already has keypoints or is not decoded yet.
  bool placeHand();
  // The 21 template points for `row`: fitted into the mask's bounding box when the frame has a
  // non-empty mask, else centred with a height of 40 % of the frame; mirrored for a left hand.
  FrameKeypoints handTemplate(int row) const;
  void deleteSelectedPoint();
  void setPointOccluded(int joint, bool occluded);
  // Starts placing: the Place tool with the first missing joint of the current frame.
  void placeNextMissing();
  // Tracks from the current frame on a worker thread; false (with the reason) when it cannot start.
  bool trackFromHere();
  void cancelTracking();
  bool isTracking() const;
  // Copies the current frame's points into the next `k` frames (fewer at the end); false when there is
  // nothing to copy.
  bool propagate(int k);
  void interpolateKeyframes();
  void clearScribbles();
  // True while a brush stroke's re-segmentation runs.
  bool isSegmenting() const;
  // The scribbles of `row` (uint8 [H,W], 0 none, 1 hand, 2 background; undefined when none).
  torch::Tensor scribbles(int row) const;
  // Adds a brush stroke (image coordinates) to the current frame's scribbles and re-segments it.
  void addStroke(const QPolygonF& points, double radius, int label);

  // The controls, for tests and the integrator.
  QComboBox* jointCombo() const { return joint_combo_; }
  QComboBox* handednessCombo() const { return hand_combo_; }
  QString handednessNote() const;
  QCheckBox* occludedCheck() const { return occluded_check_; }
  QSpinBox* propagateSpin() const { return propagate_spin_; }
  QSlider* maskOpacitySlider() const { return opacity_slider_; }
  QProgressBar* trackProgress() const { return track_progress_; }

 Q_SIGNALS:
  void currentRowChanged(int row);
  // A tracking run ended (true: applied; false: cancelled or failed).
  void trackingFinished(bool applied);
  // A brush stroke's re-segmentation ended (true: the mask was replaced).
  void segmentationFinished(bool applied);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void buildUi();
  void onProjectChanged();
  void onFrameLoaded(int row);
  void onKeypointsChanged(int first, int last);
  void onMaskChanged(int row);
  void refreshFrame();
  void refreshMessage();
  void refreshControls();
  void refreshHandedness();
  void refreshProblems(int row);
  void showBanner(const QString& text, bool error);
  void setTool(int tool);
  void onPointMoved(int joint, const QPointF& position, quint64 gesture);
  void onPointPlaced(int joint, const QPointF& position);
  void startSegmentation(int row);
  void finishSegmentation(uint64_t generation, int row, uint64_t revision, const torch::Tensor& mask,
                          const QString& error);
  void finishTracking(uint64_t generation, int from, const std::vector<FrameKeypoints>& positions,
                      const QString& error, bool cancelled);
  void joinWorkers();

  ProjectDocument* project_;
  int row_ = -1;
  int decoded_ = 0;
  uint64_t generation_ = 0;         // a worker's result for an older project is dropped
  std::vector<int> frame_numbers_;  // the source frame number of each row
  QString load_error_;

  // Scribbles per row and their revision (a stroke during a segmentation re-runs it).
  std::map<int, torch::Tensor> scribbles_;
  std::map<int, uint64_t> scribble_revision_;
  int segmenting_row_ = -1;
  std::set<int> pending_segmentation_;  // rows stroked while another segmentation ran
  std::thread segment_thread_;
  std::thread track_thread_;
  std::shared_ptr<CancelToken> track_cancel_;
  bool tracking_ = false;

  QLabel* banner_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QStackedWidget* main_views_ = nullptr;  // the frame view and the panels' main views
  std::map<QWidget*, QWidget*> panel_views_;
  bool tabs_connected_ = false;
  QLabel* message_ = nullptr;
  KeypointFrameView* view_ = nullptr;
  FrameFilmstrip* filmstrip_ = nullptr;
  QLabel* frame_label_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QToolButton* tool_buttons_[4] = {};
  QComboBox* joint_combo_ = nullptr;
  QCheckBox* auto_next_ = nullptr;
  QPushButton* place_hand_ = nullptr;
  QPushButton* delete_point_ = nullptr;
  QCheckBox* occluded_check_ = nullptr;
  QComboBox* hand_combo_ = nullptr;
  QLabel* hand_note_ = nullptr;
  bool hand_guessed_ = false;  // the project came with keypoints, so preparing guessed the hand
  QCheckBox* mask_check_ = nullptr;
  QSlider* opacity_slider_ = nullptr;
  QComboBox* mask_style_ = nullptr;
  QSpinBox* brush_spin_ = nullptr;
  QPushButton* clear_scribbles_ = nullptr;
  QLabel* segment_status_ = nullptr;
  QPushButton* track_button_ = nullptr;
  QPushButton* cancel_track_ = nullptr;
  QProgressBar* track_progress_ = nullptr;
  QSpinBox* propagate_spin_ = nullptr;
  QPushButton* propagate_button_ = nullptr;
  QPushButton* interpolate_button_ = nullptr;
  QPushButton* next_problem_ = nullptr;
  QLabel* point_info_ = nullptr;
};

}  // namespace palma
