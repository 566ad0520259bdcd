// The studio's Reconstruct page: runs exactly what `palma reconstruct PROJECT` runs (loadProjectCapture,
// then fit::reconstructCapture with the chosen ReconstructionConfig) on a worker thread, and shows the
// fit live: the input frame next to the current render (side by side, overlay, difference), the avatar
// as fitted so far in a 3D view, loss curves per term with stage boundaries, stage progress, elapsed
// time and ETA, and the fit's events (rollbacks, learning-rate changes, checkpoints).
//
// Runs can be paused (the worker waits between iterations), resumed and cancelled (the last good
// avatar is saved). Every run checkpoints to <project>/checkpoint; a run that stopped (cancel, crash,
// closing the studio) is offered to be resumed when the project is opened again. The config comes from
// a preset (quick preview, balanced, high quality) and the Advanced panel (per-stage epochs, learning
// rates and loss weights), can be saved and loaded as JSON, and is remembered in QSettings.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QElapsedTimer>
#include <QImage>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

#include "core/capture/project.h"
#include "core/fit/fit_config.h"
#include "core/fit/reconstructor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QFrame;

namespace palma {

class AvatarDocument;
class AvatarViewport;
class FitPreviewView;
class LossPlot;

class ReconstructPage : public QWidget {
  Q_OBJECT

 public:
  enum class State { Idle, Running, Paused, Finished, Cancelled, Failed };

  explicit ReconstructPage(QWidget* parent = nullptr);
  // Cancels a running fit and waits for its thread (the last good avatar is still saved).
  ~ReconstructPage() override;

  // The project to reconstruct (a folder with project.json). Checks it (Start is disabled with the
  // reason when it cannot run) and looks for a checkpoint to resume. The avatar path becomes
  // defaultAvatarFolder(folder).
  void setProjectFolder(const QString& folder);
  QString projectFolder() const { return project_; }
  // Where the avatar is written (replaced atomically).
  QString avatarFolder() const;
  void setAvatarFolder(const QString& folder);
  QString checkpointFolder() const;  // <project>/checkpoint
  // <project>/<project name>.palma-avatar (the name without .palma), so that exports are named after
  // the project.
  static QString defaultAvatarFolder(const QString& project_folder);

  // Called on the GUI thread before a run starts (e.g. to save unsaved project edits); returning false
  // aborts the start.
  void setBeforeStart(std::function<bool()> hook) { before_start_ = std::move(hook); }
  // The project as it is being edited (with unsaved edits), for deciding whether a run can start; the
  // folder's saved project.json when not set or when it returns nullopt.
  void setProjectSource(std::function<std::optional<CaptureProject>()> source);
  // Checks the project again (after edits elsewhere); nothing while a run is going.
  void refresh();

  bool isRunning() const { return state_ == State::Running || state_ == State::Paused; }
  bool isPaused() const { return state_ == State::Paused; }
  State state() const { return state_; }
  // Why Start is disabled (empty when a run can start).
  QString blockedReason() const { return blocked_reason_; }
  // The banner/status line below the buttons (errors, the result of the last run).
  QString statusText() const;

  // The config the next run uses (preset + Advanced panel edits).
  fit::ReconstructionConfig config() const { return config_; }
  void setConfig(const fit::ReconstructionConfig& config);  // validated; InputError when bad
  // The preset names offered: "quick" (Quick preview), "demo" (Balanced), "harp" (High quality).
  QString presetName() const;
  void setPreset(const QString& name);  // also replaces the config with the preset's
  void resetToPreset();
  bool configModified() const;                 // differs from its preset
  void saveConfig(const QString& path) const;  // InputError/Error on failure
  void loadConfig(const QString& path);        // InputError on a bad file; the config is kept then
  // The config of the last run started.
  const fit::ReconstructionConfig& lastRunConfig() const { return last_run_config_; }

  // The checkpoint a run would resume from (nullopt when none).
  const std::optional<fit::CheckpointInfo>& checkpoint() const { return checkpoint_; }
  QString checkpointMessage() const;
  // Removes the checkpoint (Start over); the next run starts from the beginning.
  void discardCheckpoint();

  // Results of the last run.
  bool lastRunResumed() const { return last_resumed_; }
  QString lastAvatar() const { return last_avatar_; }
  const std::vector<fit::StageReport>& lastStages() const { return last_stages_; }

  // Live state: global iteration count of the fit (iterations reported in this run), the last
  // progress report's stage and iteration, preview and elapsed/ETA as shown.
  int iterationsSeen() const { return iterations_seen_; }
  int currentStage() const { return current_stage_; }
  int currentIteration() const { return current_iteration_; }
  double activeSeconds() const;  // running time without pauses
  double etaSeconds() const { return eta_s_; }
  QStringList eventLog() const;

  // Parts, for tests and the window.
  LossPlot* lossPlot() const { return loss_plot_; }
  FitPreviewView* previewView() const { return preview_; }
  AvatarViewport* avatarViewport() const { return viewport_; }
  AvatarDocument* liveDocument() const { return document_.get(); }
  QPushButton* startButton() const { return start_button_; }
  QPushButton* pauseButton() const { return pause_button_; }
  QPushButton* cancelButton() const { return cancel_button_; }
  QComboBox* presetCombo() const { return preset_combo_; }
  QComboBox* deviceCombo() const { return device_combo_; }
  QTableWidget* advancedTable() const { return table_; }
  QToolButton* advancedToggle() const { return advanced_toggle_; }
  QComboBox* viewModeCombo() const { return mode_combo_; }
  QSlider* blendSlider() const { return blend_slider_; }
  QProgressBar* progressBar() const { return progress_; }
  QLabel* stageLabel() const { return stage_label_; }
  QPushButton* resumeCheckpointButton() const { return resume_ckpt_button_; }
  QPushButton* startOverButton() const { return start_over_button_; }

  // Rows of the Advanced table (parameters; one column per stage).
  static QStringList advancedRowKeys();

 public Q_SLOTS:
  void start();
  void pause();
  void resume();
  void cancel();

 Q_SIGNALS:
  void avatarReady(const QString& avatar_folder);
  void runningChanged(bool running);
  void stateChanged();
  void progressUpdated();  // a progress report was shown

 private:
  struct Worker;
  struct Update;
  void buildUi();
  void refreshProject();
  void refreshCheckpoint();
  void refreshButtons();
  void refreshTable();
  void refreshTimes();
  void onTableEdited(int row, int column);
  void applyUpdate(const Update& u);
  void finishRun(bool ok, bool cancelled, const QString& message, const QString& avatar, bool resumed,
                 std::vector<fit::StageReport> stages);
  void setState(State s);
  void setStatus(const QString& text, bool error);
  void appendEvent(const QString& text);
  void storeSettings() const;
  void restoreSettings();
  void joinWorker();

  QString project_;
  QString avatar_;
  bool avatar_custom_ = false;
  std::function<bool()> before_start_;
  std::function<std::optional<CaptureProject>()> project_source_;
  State state_ = State::Idle;
  QString blocked_reason_;
  QString project_note_;
  fit::ReconstructionConfig config_;
  fit::ReconstructionConfig last_run_config_;
  std::optional<fit::CheckpointInfo> checkpoint_;
  bool last_resumed_ = false;
  QString last_avatar_;
  std::vector<fit::StageReport> last_stages_;
  int iterations_seen_ = 0;
  int current_stage_ = -1;
  int current_iteration_ = 0;
  double eta_s_ = 0;
  int plot_stage_ = -1;
  QElapsedTimer run_clock_;
  double paused_ms_ = 0;
  QElapsedTimer pause_clock_;
  bool updating_table_ = false;

  std::unique_ptr<Worker> worker_;
  std::unique_ptr<AvatarDocument> document_;

  QLabel* project_label_ = nullptr;
  QLineEdit* avatar_edit_ = nullptr;
  QComboBox* preset_combo_ = nullptr;
  QComboBox* device_combo_ = nullptr;  // where the fit runs: "cpu", "cuda:N" (item data)
  QLabel* preset_note_ = nullptr;
  QToolButton* advanced_toggle_ = nullptr;
  QWidget* advanced_panel_ = nullptr;
  QTableWidget* table_ = nullptr;
  QSpinBox* texture_spin_ = nullptr;
  QSpinBox* render_size_spin_ = nullptr;
  QLabel* advanced_error_ = nullptr;
  QPushButton* start_button_ = nullptr;
  QPushButton* pause_button_ = nullptr;
  QPushButton* cancel_button_ = nullptr;
  QLabel* status_label_ = nullptr;
  QFrame* checkpoint_banner_ = nullptr;
  QLabel* checkpoint_label_ = nullptr;
  QPushButton* resume_ckpt_button_ = nullptr;
  QPushButton* start_over_button_ = nullptr;
  QLabel* stage_label_ = nullptr;
  QLabel* time_label_ = nullptr;
  QProgressBar* progress_ = nullptr;
  FitPreviewView* preview_ = nullptr;
  QComboBox* mode_combo_ = nullptr;
  QSlider* blend_slider_ = nullptr;
  AvatarViewport* viewport_ = nullptr;
  QStackedWidget* viewport_stack_ = nullptr;  // viewport_, or viewport_hint_ while there is no avatar
  QLabel* viewport_hint_ = nullptr;
  LossPlot* loss_plot_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
};

}  // namespace palma
