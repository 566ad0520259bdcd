// LibTorch before Qt (see reconstruct_page.h).
#include <torch/torch.h>

#include "app/studio/reconstruct_page.h"
#include "core/common/atomic_file.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/avatar/avatar_io.h"
#include "core/capture/prepare.h"
#include "core/capture/project.h"
#include "core/common/error.h"
#include "core/common/memory.h"
#include "core/fit/fit_config_io.h"
#include "core/fit/pipeline.h"
#include "core/fit/project_init.h"
#include "core/model/model_spec.h"
#include "core/render/gpu_dispatch.h"
#include "core/render/gpu_kernels.h"
#include "widgets/avatar_document.h"
#include "widgets/avatar_viewport.h"
#include "widgets/fit_preview_view.h"
#include "widgets/loss_plot.h"
#include "widgets/tensor_image.h"

namespace palma {

namespace {

namespace fs = std::filesystem;

const char* const kSettingsPreset = "reconstruct/preset";
const char* const kSettingsDevice = "reconstruct/device";
const char* const kSettingsConfig = "reconstruct/config";
constexpr double kSnapshotIntervalS = 1.5;

std::string toStd(const QString& s) { return s.toStdString(); }

struct Preset {
  const char* name;
  const char* label;
  const char* tip;
};
const Preset kPresets[] = {
    {"quick", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Quick preview"),
     QT_TRANSLATE_NOOP("palma::ReconstructPage",
                       "A few iterations on small images: a first look in seconds")},
    {"demo", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Balanced"),
     QT_TRANSLATE_NOOP("palma::ReconstructPage",
                       "Fewer, larger steps on 224-pixel images: minutes on a laptop (palma's demo preset)")},
    {"harp", QT_TRANSLATE_NOOP("palma::ReconstructPage", "High quality"),
     QT_TRANSLATE_NOOP("palma::ReconstructPage",
                       "HARP's full schedule at the project's working size: best results, about ten minutes "
                       "for 100 frames of 448 pixels on two CPU cores")},
};

// One row of the Advanced table: a per-stage number.
struct Row {
  const char* key;
  const char* label;
  bool integer;
  double min, max;
  std::function<double&(fit::StageConfig&)> real;
  std::function<int&(fit::StageConfig&)> whole;
};

const std::vector<Row>& rows() {
  using S = fit::StageConfig;
  static const std::vector<Row> r = [] {
    std::vector<Row> v;
    auto whole = [&](const char* key, const char* label, double mn, double mx, int S::*m) {
      v.push_back({key, label, true, mn, mx, {}, [m](S& s) -> int& { return s.*m; }});
    };
    auto real = [&](const char* key, const char* label, double S::*m) {
      v.push_back({key, label, false, 0, 1e9, [m](S& s) -> double& { return s.*m; }, {}});
    };
    auto weight = [&](const char* key, const char* label, double fit::LossWeights::*m) {
      v.push_back({key, label, false, 0, 1e9, [m](S& s) -> double& { return s.weights.*m; }, {}});
    };
    whole("epochs", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Epochs"), 0, 100000, &S::epochs);
    whole("batch_size", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Batch size"), 1, 1024, &S::batch_size);
    real("learning_rate", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Learning rate (geometry)"),
         &S::learning_rate);
    real("appearance_learning_rate",
         QT_TRANSLATE_NOOP("palma::ReconstructPage", "Learning rate (appearance)"),
         &S::appearance_learning_rate);
    using W = fit::LossWeights;
    weight("silhouette", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: silhouette"), &W::silhouette);
    weight("keypoint", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: keypoints 3D"), &W::keypoint);
    weight("keypoint_2d", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: keypoints 2D"),
           &W::keypoint_2d);
    weight("photometric", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: photometric"),
           &W::photometric);
    weight("ssim", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: SSIM"), &W::ssim);
    weight("displacement", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: displacement"),
           &W::displacement);
    weight("laplacian", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: Laplacian"), &W::laplacian);
    weight("laplacian_quantile",
           QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: Laplacian (part-aware)"),
           &W::laplacian_quantile);
    weight("normal_consistency", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: normal consistency"),
           &W::normal_consistency);
    weight("edge_length", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: edge length"),
           &W::edge_length);
    weight("albedo_smoothness", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: albedo smoothness"),
           &W::albedo_smoothness);
    weight("normal_map", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: normal map"), &W::normal_map);
    weight("shape_prior", QT_TRANSLATE_NOOP("palma::ReconstructPage", "Weight: shape prior"),
           &W::shape_prior);
    return v;
  }();
  return r;
}

QString formatNumber(double v) { return QString::number(v, 'g', 6); }

QString formatDuration(double s) {
  if (!(s >= 0) || !std::isfinite(s)) return QStringLiteral("-");
  const int t = static_cast<int>(std::lround(s));
  if (t >= 3600)
    return QStringLiteral("%1:%2:%3")
        .arg(t / 3600)
        .arg(t / 60 % 60, 2, 10, QChar('0'))
        .arg(t % 60, 2, 10, QChar('0'));
  return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QChar('0'));
}

}  // namespace

// One progress report, carried from the worker to the GUI thread.
struct ReconstructPage::Update {
  bool loading = false;  // from loadProjectCapture (preparing the project again, reading it)
  QString stage;
  int stage_index = 0;
  int stage_count = 0;
  int iteration = 0;
  int stage_iterations = 0;
  double fraction = 0;
  double eta_s = 0;  // without the time spent paused
  double total_loss = 0;
  std::vector<std::pair<QString, double>> losses;
  QImage preview;
  std::shared_ptr<const Avatar> snapshot;
  std::shared_ptr<const HandModel> snapshot_template;
  QString detail;
  QString message;
};

struct ReconstructPage::Worker {
  std::thread thread;
  CancelToken cancel;
  std::mutex mutex;
  std::condition_variable wake;
  bool paused = false;

  // Blocks while paused (until resumed or cancelled); returns the seconds spent waiting.
  double waitWhilePaused() {
    std::unique_lock<std::mutex> lock(mutex);
    if (!paused || cancel.isCancelled()) return 0;
    const auto t0 = std::chrono::steady_clock::now();
    wake.wait(lock, [&] { return !paused || cancel.isCancelled(); });
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  }
  void setPaused(bool p) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      paused = p;
    }
    wake.notify_all();
  }
  void stop() {
    cancel.cancel();
    setPaused(false);
  }
};

ReconstructPage::ReconstructPage(QWidget* parent)
    : QWidget(parent),
      config_(fit::ReconstructionConfig::demo()),
      document_(std::make_unique<AvatarDocument>()) {
  restoreSettings();
  buildUi();
  refreshTable();
  refreshProject();
  refreshButtons();
}

ReconstructPage::~ReconstructPage() {
  if (worker_) worker_->stop();
  joinWorker();
  // The viewport reads the document: it goes first.
  delete viewport_;
  viewport_ = nullptr;
}

void ReconstructPage::joinWorker() {
  if (worker_ && worker_->thread.joinable()) worker_->thread.join();
  worker_.reset();
}

void ReconstructPage::buildUi() {
  auto* root = new QVBoxLayout(this);
  root->setContentsMargins(10, 8, 10, 8);

  // Project and output.
  auto* head = new QHBoxLayout;
  auto* title = new QLabel(tr("<b>Reconstruct</b>"), this);
  head->addWidget(title);
  project_label_ = new QLabel(this);
  project_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  head->addWidget(project_label_, 1);
  head->addWidget(new QLabel(tr("Avatar:"), this));
  avatar_edit_ = new QLineEdit(this);
  avatar_edit_->setObjectName("avatarPath");
  avatar_edit_->setMinimumWidth(260);
  connect(avatar_edit_, &QLineEdit::editingFinished, this, [this] {
    if (avatar_edit_->text() != avatar_) setAvatarFolder(avatar_edit_->text());
  });
  head->addWidget(avatar_edit_);
  auto* browse = new QToolButton(this);
  browse->setText(tr("…"));
  browse->setToolTip(tr("Choose where the avatar is written"));
  connect(browse, &QToolButton::clicked, this, [this] {
    const QString f = QFileDialog::getSaveFileName(this, tr("Avatar folder"), avatarFolder(),
                                                   tr("Palma avatar (*.palma-avatar)"));
    if (!f.isEmpty()) setAvatarFolder(f.endsWith(".palma-avatar") ? f : f + ".palma-avatar");
  });
  head->addWidget(browse);
  root->addLayout(head);

  // Run controls.
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("Preset:"), this));
  preset_combo_ = new QComboBox(this);
  for (const Preset& p : kPresets) {
    preset_combo_->addItem(tr(p.label), QString::fromLatin1(p.name));
    preset_combo_->setItemData(preset_combo_->count() - 1, tr(p.tip), Qt::ToolTipRole);
  }
  connect(preset_combo_, qOverload<int>(&QComboBox::activated), this,
          [this](int i) { setPreset(preset_combo_->itemData(i).toString()); });
  controls->addWidget(preset_combo_);
  controls->addWidget(new QLabel(tr("Device:"), this));
  device_combo_ = new QComboBox(this);
  device_combo_->addItem(tr("CPU"), QStringLiteral("cpu"));
  if (render::gpu::kernelsBuilt() && torch::cuda::is_available()) {
    const int gpus = static_cast<int>(torch::cuda::device_count());
    for (int i = 0; i < gpus; ++i)
      device_combo_->addItem(gpus == 1 ? tr("GPU (CUDA)") : tr("GPU %1 (CUDA)").arg(i),
                             QStringLiteral("cuda:%1").arg(i));
    device_combo_->setToolTip(tr("Where the reconstruction runs; the GPU is much faster"));
  } else {
    device_combo_->setToolTip(
        render::gpu::kernelsBuilt()
            ? tr("No CUDA GPU was found: the reconstruction runs on the CPU")
            : tr("This build of Palma has no CUDA kernels: the reconstruction runs on the CPU"));
  }
  {
    const int i = device_combo_->findData(QSettings().value(kSettingsDevice, "cpu").toString());
    device_combo_->setCurrentIndex(i >= 0 ? i : 0);
  }
  connect(device_combo_, qOverload<int>(&QComboBox::activated), this,
          [this](int) { QSettings().setValue(kSettingsDevice, device_combo_->currentData().toString()); });
  controls->addWidget(device_combo_);
  preset_note_ = new QLabel(this);
  controls->addWidget(preset_note_);
  advanced_toggle_ = new QToolButton(this);
  advanced_toggle_->setText(tr("Advanced"));
  advanced_toggle_->setCheckable(true);
  advanced_toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  advanced_toggle_->setArrowType(Qt::RightArrow);
  controls->addWidget(advanced_toggle_);
  controls->addSpacing(16);
  start_button_ = new QPushButton(tr("Start"), this);
  start_button_->setDefault(true);
  pause_button_ = new QPushButton(tr("Pause"), this);
  cancel_button_ = new QPushButton(tr("Cancel"), this);
  cancel_button_->setToolTip(tr("Stop the fit and save the last good avatar; it can be resumed later"));
  connect(start_button_, &QPushButton::clicked, this, &ReconstructPage::start);
  connect(pause_button_, &QPushButton::clicked, this, [this] { isPaused() ? resume() : pause(); });
  connect(cancel_button_, &QPushButton::clicked, this, &ReconstructPage::cancel);
  controls->addWidget(start_button_);
  controls->addWidget(pause_button_);
  controls->addWidget(cancel_button_);
  controls->addStretch(1);
  root->addLayout(controls);

  status_label_ = new QLabel(this);
  status_label_->setWordWrap(true);
  status_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  root->addWidget(status_label_);

  // Resume banner.
  checkpoint_banner_ = new QFrame(this);
  checkpoint_banner_->setFrameShape(QFrame::StyledPanel);
  checkpoint_banner_->setStyleSheet("QFrame { background: rgba(255, 196, 64, 40); border-radius: 4px; }");
  auto* banner = new QHBoxLayout(checkpoint_banner_);
  banner->setContentsMargins(8, 4, 8, 4);
  checkpoint_label_ = new QLabel(checkpoint_banner_);
  checkpoint_label_->setWordWrap(true);
  banner->addWidget(checkpoint_label_, 1);
  resume_ckpt_button_ = new QPushButton(tr("Resume"), checkpoint_banner_);
  start_over_button_ = new QPushButton(tr("Start over"), checkpoint_banner_);
  connect(resume_ckpt_button_, &QPushButton::clicked, this, &ReconstructPage::start);
  connect(start_over_button_, &QPushButton::clicked, this, &ReconstructPage::discardCheckpoint);
  banner->addWidget(resume_ckpt_button_);
  banner->addWidget(start_over_button_);
  root->addWidget(checkpoint_banner_);

  // Advanced panel (collapsed by default).
  advanced_panel_ = new QWidget(this);
  auto* adv = new QVBoxLayout(advanced_panel_);
  adv->setContentsMargins(0, 0, 0, 0);
  auto* globals = new QHBoxLayout;
  globals->addWidget(new QLabel(tr("Texture size:"), advanced_panel_));
  texture_spin_ = new QSpinBox(advanced_panel_);
  texture_spin_->setRange(16, 4096);
  texture_spin_->setSuffix(tr(" px"));
  globals->addWidget(texture_spin_);
  globals->addSpacing(12);
  globals->addWidget(new QLabel(tr("Fit size:"), advanced_panel_));
  render_size_spin_ = new QSpinBox(advanced_panel_);
  render_size_spin_->setRange(0, 4096);
  render_size_spin_->setSpecialValueText(tr("working size"));
  render_size_spin_->setSuffix(tr(" px"));
  render_size_spin_->setToolTip(
      tr("Frames are resized to this height for the fit (0: the project's working size)"));
  globals->addWidget(render_size_spin_);
  globals->addStretch(1);
  auto* reset = new QPushButton(tr("Reset to preset"), advanced_panel_);
  auto* load = new QPushButton(tr("Load config…"), advanced_panel_);
  auto* save = new QPushButton(tr("Save config…"), advanced_panel_);
  globals->addWidget(reset);
  globals->addWidget(load);
  globals->addWidget(save);
  adv->addLayout(globals);
  connect(texture_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
    if (updating_table_) return;
    config_.texture_size = v;
    refreshTable();
    storeSettings();
  });
  connect(render_size_spin_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int v) {
    if (updating_table_) return;
    config_.render_size = (v > 0 && v < 8) ? 8 : v;
    refreshTable();
    storeSettings();
  });
  connect(reset, &QPushButton::clicked, this, &ReconstructPage::resetToPreset);
  connect(save, &QPushButton::clicked, this, [this] {
    const QString f =
        QFileDialog::getSaveFileName(this, tr("Save reconstruction config"),
                                     QDir(project_).filePath("reconstruction.json"), tr("JSON (*.json)"));
    if (f.isEmpty()) return;
    try {
      saveConfig(f);
      setStatus(tr("Config saved to %1").arg(f), false);
    } catch (const Error& e) {
      setStatus(QString::fromStdString(e.what()), true);
    }
  });
  connect(load, &QPushButton::clicked, this, [this] {
    const QString f =
        QFileDialog::getOpenFileName(this, tr("Load reconstruction config"), project_, tr("JSON (*.json)"));
    if (f.isEmpty()) return;
    try {
      loadConfig(f);
      setStatus(tr("Config loaded from %1").arg(f), false);
    } catch (const Error& e) {
      setStatus(QString::fromStdString(e.what()), true);
    }
  });
  table_ = new QTableWidget(advanced_panel_);
  table_->setRowCount(static_cast<int>(rows().size()));
  QStringList labels;
  for (const Row& r : rows()) labels << tr(r.label);
  table_->setVerticalHeaderLabels(labels);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->setMinimumHeight(180);
  connect(table_, &QTableWidget::cellChanged, this, &ReconstructPage::onTableEdited);
  adv->addWidget(table_);
  advanced_error_ = new QLabel(advanced_panel_);
  advanced_error_->setStyleSheet("color: #d04040;");
  advanced_error_->hide();
  adv->addWidget(advanced_error_);
  advanced_panel_->hide();
  connect(advanced_toggle_, &QToolButton::toggled, this, [this](bool on) {
    advanced_panel_->setVisible(on);
    advanced_toggle_->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
  });
  root->addWidget(advanced_panel_);

  // Progress line.
  auto* prog = new QHBoxLayout;
  stage_label_ = new QLabel(tr("Not started"), this);
  stage_label_->setMinimumWidth(320);
  prog->addWidget(stage_label_);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  progress_->setFormat("%p%");
  prog->addWidget(progress_, 1);
  time_label_ = new QLabel(this);
  time_label_->setMinimumWidth(200);
  prog->addWidget(time_label_);
  root->addLayout(prog);

  // Live views: preview | 3D avatar over loss curves | events.
  auto* vsplit = new QSplitter(Qt::Vertical, this);
  auto* top = new QSplitter(Qt::Horizontal, vsplit);
  auto* preview_box = new QWidget(top);
  auto* pv = new QVBoxLayout(preview_box);
  pv->setContentsMargins(0, 0, 0, 0);
  auto* modes = new QHBoxLayout;
  mode_combo_ = new QComboBox(preview_box);
  mode_combo_->addItem(tr("Side by side"), static_cast<int>(FitPreviewView::Mode::SideBySide));
  mode_combo_->addItem(tr("Overlay"), static_cast<int>(FitPreviewView::Mode::Overlay));
  mode_combo_->addItem(tr("Difference"), static_cast<int>(FitPreviewView::Mode::Difference));
  blend_slider_ = new QSlider(Qt::Horizontal, preview_box);
  blend_slider_->setRange(0, 100);
  blend_slider_->setValue(50);
  blend_slider_->setToolTip(tr("Overlay: weight of the render over the input"));
  blend_slider_->setEnabled(false);
  modes->addWidget(new QLabel(tr("View:"), preview_box));
  modes->addWidget(mode_combo_);
  modes->addWidget(new QLabel(tr("Blend:"), preview_box));
  modes->addWidget(blend_slider_, 1);
  pv->addLayout(modes);
  preview_ = new FitPreviewView(preview_box);
  pv->addWidget(preview_, 1);
  connect(mode_combo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int) {
    const auto m = static_cast<FitPreviewView::Mode>(mode_combo_->currentData().toInt());
    preview_->setMode(m);
    blend_slider_->setEnabled(m == FitPreviewView::Mode::Overlay);
  });
  connect(blend_slider_, &QSlider::valueChanged, this, [this](int v) { preview_->setBlend(v / 100.0); });
  // The 3D view of the hand being fitted, and a note in its place until the first snapshot arrives.
  viewport_stack_ = new QStackedWidget(top);
  viewport_hint_ = new QLabel(tr("The hand being fitted appears here in 3D while the reconstruction runs."),
                              viewport_stack_);
  viewport_hint_->setObjectName("reconstructViewportHint");
  viewport_hint_->setAlignment(Qt::AlignCenter);
  viewport_hint_->setWordWrap(true);
  viewport_hint_->setStyleSheet("color: #8a8a8a;");
  viewport_stack_->addWidget(viewport_hint_);
  viewport_ = new AvatarViewport(document_.get(), viewport_stack_);
  viewport_->setMinimumSize(220, 200);
  viewport_stack_->addWidget(viewport_);
  connect(document_.get(), &AvatarDocument::avatarChanged, this, [this] {
    viewport_stack_->setCurrentWidget(document_->hasAvatar() ? static_cast<QWidget*>(viewport_)
                                                             : viewport_hint_);
  });
  top->addWidget(preview_box);
  top->addWidget(viewport_stack_);
  top->setStretchFactor(0, 3);
  top->setStretchFactor(1, 2);
  auto* bottom = new QSplitter(Qt::Horizontal, vsplit);
  loss_plot_ = new LossPlot(bottom);
  log_ = new QPlainTextEdit(bottom);
  log_->setReadOnly(true);
  log_->setPlaceholderText(
      tr("Events of the fit (rollbacks, learning-rate changes, checkpoints) appear here."));
  log_->setMaximumBlockCount(2000);
  bottom->addWidget(loss_plot_);
  bottom->addWidget(log_);
  bottom->setStretchFactor(0, 3);
  bottom->setStretchFactor(1, 2);
  vsplit->addWidget(top);
  vsplit->addWidget(bottom);
  vsplit->setStretchFactor(0, 1);
  vsplit->setStretchFactor(1, 1);
  vsplit->setSizes({420, 300});
  root->addWidget(vsplit, 1);

  auto* timer = new QTimer(this);
  timer->setInterval(500);
  connect(timer, &QTimer::timeout, this, &ReconstructPage::refreshTimes);
  timer->start();
}

// ---- Project ----

QString ReconstructPage::defaultAvatarFolder(const QString& project_folder) {
  if (project_folder.isEmpty()) return {};
  QString name = QFileInfo(project_folder).fileName();
  if (name.endsWith(".palma")) name.chop(6);
  if (name.isEmpty()) name = "avatar";
  return QDir(project_folder).filePath(name + ".palma-avatar");
}

void ReconstructPage::setProjectFolder(const QString& folder) {
  project_ = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  if (!avatar_custom_) avatar_ = defaultAvatarFolder(project_);
  avatar_edit_->setText(avatar_);
  refreshProject();
  refreshButtons();
}

QString ReconstructPage::avatarFolder() const { return avatar_; }

void ReconstructPage::setAvatarFolder(const QString& folder) {
  avatar_ = folder;
  avatar_custom_ = !folder.isEmpty();
  if (!avatar_custom_) avatar_ = defaultAvatarFolder(project_);
  avatar_edit_->setText(avatar_);
  refreshButtons();
}

QString ReconstructPage::checkpointFolder() const {
  return project_.isEmpty() ? QString() : QDir(project_).filePath("checkpoint");
}

void ReconstructPage::setProjectSource(std::function<std::optional<CaptureProject>()> source) {
  project_source_ = std::move(source);
}

void ReconstructPage::refresh() {
  if (isRunning()) return;
  refreshProject();
  refreshButtons();
}

void ReconstructPage::refreshProject() {
  blocked_reason_.clear();
  project_note_.clear();
  project_label_->setText(project_.isEmpty() ? tr("No project") : QDir::toNativeSeparators(project_));
  if (project_.isEmpty()) {
    blocked_reason_ =
        tr("No project is open: make one on the Capture page or open one (File > Open Project…).");
  } else if (!isProjectFolder(toStd(project_))) {
    blocked_reason_ = tr("%1 is not a capture project (it has no project.json).").arg(project_);
  } else {
    try {
      std::optional<CaptureProject> current;
      if (project_source_) current = project_source_();
      const CaptureProject p = current ? *current : loadProject(toStd(project_));
      if (p.numFrames() == 0) {
        blocked_reason_ = tr("The project has no frames yet: choose a video or images on the Capture page.");
      } else if (fittableFrameCount(p) == 0) {
        blocked_reason_ =
            tr("The project has no frames with keypoints yet: place keypoints on a few frames on "
               "the Prepare page (or prepare it with a keypoint file).");
      } else if (!isProjectPrepared(toStd(project_), p)) {
        std::error_code ec;
        if (!fs::exists(fs::u8path(p.source_path), ec))
          blocked_reason_ = tr("The project has not been prepared, and its source %1 is missing: prepare it "
                               "on the Prepare page.")
                                .arg(QString::fromStdString(p.source_path));
        else
          project_note_ =
              tr("The project changed since it was prepared: it is prepared again when the run "
                 "starts.");
      }
      if (blocked_reason_.isEmpty() && !p.keypoints.handedness_known) {
        const QString hand = p.keypoints.handedness == Handedness::Left
                                 ? tr("The hand is not confirmed: it is fitted as a left hand (choose the "
                                      "hand on the Prepare page if that is wrong).")
                                 : tr("The hand is not confirmed: it is fitted as a right hand (choose the "
                                      "hand on the Prepare page if that is wrong).");
        project_note_ = project_note_.isEmpty() ? hand : project_note_ + " " + hand;
      }
    } catch (const Error& e) {
      blocked_reason_ = QString::fromStdString(e.what());
    }
  }
  refreshCheckpoint();
  if (!isRunning()) {
    if (!blocked_reason_.isEmpty())
      setStatus(blocked_reason_, true);
    else
      setStatus(project_note_, false);
  }
}

void ReconstructPage::refreshCheckpoint() {
  checkpoint_.reset();
  if (!project_.isEmpty() && blocked_reason_.isEmpty()) {
    try {
      checkpoint_ = fit::readCheckpointInfo(toStd(checkpointFolder()));
    } catch (const Error& e) {
      appendEvent(QString::fromStdString(e.what()));
    }
  }
  checkpoint_label_->setText(checkpointMessage());
  checkpoint_banner_->setVisible(checkpoint_.has_value() && !isRunning());
  refreshButtons();
}

QString ReconstructPage::checkpointMessage() const {
  if (!checkpoint_) return {};
  const int n = static_cast<int>(config_.stages.size());
  if (checkpoint_->stage >= n)
    return tr(
        "A previous run finished all stages but its avatar was not saved. Resume saves it; Start over "
        "discards it.");
  const QString name = QString::fromStdString(config_.stages[checkpoint_->stage].name);
  return tr("A previous run stopped at stage %1 of %2 (%3), epoch %4, iteration %5 of the epoch. Resume "
            "continues from there; Start over discards it.")
      .arg(checkpoint_->stage + 1)
      .arg(n)
      .arg(name)
      .arg(checkpoint_->epoch + 1)
      .arg(checkpoint_->iteration_in_epoch + 1);
}

void ReconstructPage::discardCheckpoint() {
  if (isRunning() || project_.isEmpty()) return;
  QDir(checkpointFolder()).removeRecursively();
  appendEvent(tr("Checkpoint discarded: the next run starts from the beginning."));
  refreshCheckpoint();
}

// ---- Config ----

QString ReconstructPage::presetName() const { return QString::fromStdString(config_.name); }

void ReconstructPage::setPreset(const QString& name) {
  config_ = fit::ReconstructionConfig::preset(toStd(name));
  refreshTable();
  storeSettings();
}

void ReconstructPage::resetToPreset() {
  try {
    setPreset(presetName());
  } catch (const Error&) {
    setPreset("demo");
  }
  advanced_error_->hide();
}

void ReconstructPage::setConfig(const fit::ReconstructionConfig& config) {
  config.validate();
  config_ = config;
  refreshTable();
  storeSettings();
}

bool ReconstructPage::configModified() const {
  try {
    return fit::reconstructionConfigToJson(config_) !=
           fit::reconstructionConfigToJson(fit::ReconstructionConfig::preset(config_.name));
  } catch (const Error&) {
    return true;
  }
}

void ReconstructPage::saveConfig(const QString& path) const {
  fit::saveReconstructionConfig(config_, toStd(path));
}

void ReconstructPage::loadConfig(const QString& path) {
  setConfig(fit::loadReconstructionConfig(toStd(path)));
}

QStringList ReconstructPage::advancedRowKeys() {
  QStringList keys;
  for (const Row& r : rows()) keys << QString::fromLatin1(r.key);
  return keys;
}

void ReconstructPage::refreshTable() {
  updating_table_ = true;
  const int i = preset_combo_->findData(presetName());
  if (i >= 0) preset_combo_->setCurrentIndex(i);
  preset_note_->setText(configModified() ? tr("(modified)") : QString());
  texture_spin_->setValue(config_.texture_size);
  render_size_spin_->setValue(config_.render_size);
  table_->setColumnCount(static_cast<int>(config_.stages.size()));
  QStringList headers;
  for (const auto& s : config_.stages) headers << QString::fromStdString(s.name);
  table_->setHorizontalHeaderLabels(headers);
  for (int c = 0; c < table_->columnCount(); ++c) {
    fit::StageConfig& s = config_.stages[c];
    for (int r = 0; r < static_cast<int>(rows().size()); ++r) {
      const Row& row = rows()[r];
      const QString text = row.integer ? QString::number(row.whole(s)) : formatNumber(row.real(s));
      auto* item = table_->item(r, c);
      if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(r, c, item);
      }
      item->setText(text);
    }
  }
  checkpoint_label_->setText(checkpointMessage());
  updating_table_ = false;
}

void ReconstructPage::onTableEdited(int r, int c) {
  if (updating_table_ || r < 0 || r >= static_cast<int>(rows().size()) || c < 0 ||
      c >= static_cast<int>(config_.stages.size()))
    return;
  const Row& row = rows()[r];
  fit::StageConfig& s = config_.stages[c];
  const QString text = table_->item(r, c)->text().trimmed();
  bool ok = false;
  const double v = QLocale::c().toDouble(text, &ok);
  const double v2 = ok ? v : QLocale().toDouble(text, &ok);
  QString error;
  if (!ok || !std::isfinite(v2))
    error = tr("%1 of stage '%2': '%3' is not a number.")
                .arg(tr(row.label), QString::fromStdString(s.name), text);
  else if (row.integer && (v2 != std::floor(v2) || v2 < row.min || v2 > row.max))
    error = tr("%1 of stage '%2' must be a whole number from %3 to %4.")
                .arg(tr(row.label), QString::fromStdString(s.name))
                .arg(row.min)
                .arg(row.max);
  else if (!row.integer && (v2 < row.min || v2 > row.max))
    error = tr("%1 of stage '%2' must be 0 or more.").arg(tr(row.label), QString::fromStdString(s.name));
  if (!error.isEmpty()) {
    advanced_error_->setText(error);
    advanced_error_->show();
    refreshTable();  // back to the value in use
    return;
  }
  advanced_error_->hide();
  if (row.integer)
    row.whole(s) = static_cast<int>(v2);
  else
    row.real(s) = v2;
  refreshTable();
  storeSettings();
}

void ReconstructPage::storeSettings() const {
  QSettings settings;
  settings.setValue(kSettingsPreset, presetName());
  settings.setValue(kSettingsConfig, QString::fromStdString(fit::reconstructionConfigToJson(config_)));
}

void ReconstructPage::restoreSettings() {
  QSettings settings;
  const QString json = settings.value(kSettingsConfig).toString();
  if (!json.isEmpty()) {
    try {
      fit::ReconstructionConfig c = fit::parseReconstructionConfig(toStd(json), "settings");
      c.validate();
      config_ = c;
      return;
    } catch (const Error&) {
      // A config stored by another version that no longer parses: fall back to the preset.
    }
  }
  try {
    config_ = fit::ReconstructionConfig::preset(toStd(settings.value(kSettingsPreset, "demo").toString()));
  } catch (const Error&) {
    config_ = fit::ReconstructionConfig::demo();
  }
}

// ---- Run ----

void ReconstructPage::refreshButtons() {
  const bool running = isRunning();
  start_button_->setEnabled(!running && blocked_reason_.isEmpty() && !avatar_.isEmpty());
  start_button_->setText(checkpoint_ ? tr("Resume run") : tr("Start"));
  start_button_->setToolTip(blocked_reason_);
  pause_button_->setEnabled(running);
  pause_button_->setText(isPaused() ? tr("Resume") : tr("Pause"));
  cancel_button_->setEnabled(running);
  preset_combo_->setEnabled(!running);
  device_combo_->setEnabled(!running && device_combo_->count() > 1);
  advanced_panel_->setEnabled(!running);
  avatar_edit_->setEnabled(!running);
  resume_ckpt_button_->setEnabled(!running && blocked_reason_.isEmpty());
  start_over_button_->setEnabled(!running);
  checkpoint_banner_->setVisible(checkpoint_.has_value() && !running);
}

void ReconstructPage::setState(State s) {
  const bool was_running = isRunning();
  state_ = s;
  refreshButtons();
  Q_EMIT stateChanged();
  if (was_running != isRunning()) Q_EMIT runningChanged(isRunning());
}

void ReconstructPage::setStatus(const QString& text, bool error) {
  status_label_->setText(text);
  status_label_->setStyleSheet(error ? "color: #d04040;" : QString());
  status_label_->setVisible(!text.isEmpty());
}

QString ReconstructPage::statusText() const { return status_label_->text(); }

void ReconstructPage::appendEvent(const QString& text) {
  log_->appendPlainText(QTime::currentTime().toString("HH:mm:ss  ") + text);
}

QStringList ReconstructPage::eventLog() const { return log_->toPlainText().split('\n', Qt::SkipEmptyParts); }

double ReconstructPage::activeSeconds() const {
  if (!run_clock_.isValid()) return 0;
  double paused = paused_ms_;
  if (isPaused() && pause_clock_.isValid()) paused += pause_clock_.elapsed();
  return std::max(0.0, (run_clock_.elapsed() - paused) / 1000.0);
}

void ReconstructPage::refreshTimes() {
  if (!isRunning()) return;
  QString text = tr("Elapsed %1").arg(formatDuration(activeSeconds()));
  if (isPaused())
    text += tr(" · paused");
  else if (eta_s_ > 0)
    text += tr(" · about %1 left").arg(formatDuration(eta_s_));
  time_label_->setText(text);
}

void ReconstructPage::start() {
  if (isRunning()) return;
  if (before_start_ && !before_start_()) {
    setStatus(tr("Not started: the project could not be saved."), true);
    return;
  }
  refreshProject();
  if (!blocked_reason_.isEmpty() || avatar_.isEmpty()) {
    refreshButtons();
    return;
  }
  try {
    config_.validate();
  } catch (const Error& e) {
    setStatus(QString::fromStdString(e.what()), true);
    return;
  }
  joinWorker();
  last_run_config_ = config_;
  last_resumed_ = false;
  last_avatar_.clear();
  last_stages_.clear();
  iterations_seen_ = 0;
  current_stage_ = -1;
  current_iteration_ = 0;
  eta_s_ = 0;
  plot_stage_ = -1;
  paused_ms_ = 0;
  loss_plot_->clear();
  preview_->clear();
  document_->clear();
  progress_->setValue(0);
  run_clock_.start();
  appendEvent(tr("Started: preset %1, %2 stages, on %3, project %4")
                  .arg(presetName())
                  .arg(config_.stages.size())
                  .arg(device_combo_->currentText())
                  .arg(QDir::toNativeSeparators(project_)));
  setStatus(project_note_, false);
  stage_label_->setText(tr("Reading the project…"));

  worker_ = std::make_unique<Worker>();
  Worker* w = worker_.get();
  const std::string project = toStd(project_);
  const std::string avatar = toStd(avatar_);
  const std::string checkpoint = toStd(checkpointFolder());
  const fit::ReconstructionConfig config = config_;
  torch::Device device = torch::kCPU;
  try {
    device = render::parseComputeDevice(toStd(device_combo_->currentData().toString()));
  } catch (const InputError& e) {
    appendEvent(tr("%1; running on the CPU").arg(QString::fromStdString(e.what())));
  }
  QPointer<ReconstructPage> self(this);
  auto post = [self](Update u) {
    QMetaObject::invokeMethod(
        self.data(),
        [self, u = std::move(u)] {
          if (self) self->applyUpdate(u);
        },
        Qt::QueuedConnection);
  };
  auto done = [self](bool ok, bool cancelled, QString message, QString avatar, bool resumed,
                     std::vector<fit::StageReport> stages) {
    QMetaObject::invokeMethod(
        self.data(),
        [=] {
          if (self) self->finishRun(ok, cancelled, message, avatar, resumed, stages);
        },
        Qt::QueuedConnection);
  };
  setState(State::Running);
  w->thread = std::thread([w, post, done, project, avatar, checkpoint, config, device] {
    try {
      const PreparedCapture capture = loadProjectCapture(
          project,
          [&](const ProgressEvent& e) {
            Update u;
            u.loading = true;
            u.stage = QString::fromStdString(e.stage);
            u.fraction = e.fraction;
            u.detail = QString::fromStdString(e.message);
            post(std::move(u));
            w->waitWhilePaused();
          },
          &w->cancel);
      w->cancel.check();
      const std::string spec = capture.handedness == Handedness::Left ? "builtin:left" : "builtin:right";
      const HandModel model = loadHandModel(spec);
      std::shared_ptr<const HandModel> tmpl;
      double paused_in_fit_s = 0;
      fit::FitOptions options;
      options.device = device;
      options.cancel = &w->cancel;
      options.checkpoint_dir = checkpoint;
      options.resume = true;
      options.snapshot_interval_s = kSnapshotIntervalS;
      options.progress = [&](const fit::FitProgress& p) {
        Update u;
        u.stage = QString::fromStdString(p.stage);
        u.stage_index = p.stage_index;
        u.stage_count = p.stage_count;
        u.iteration = p.iteration;
        u.stage_iterations = p.stage_iterations;
        u.fraction = p.fraction;
        // The fit's ETA scales with its elapsed time, which includes pauses: take them out.
        u.eta_s = p.elapsed_s > 0 ? p.eta_s * std::max(0.0, p.elapsed_s - paused_in_fit_s) / p.elapsed_s : 0;
        u.total_loss = p.total_loss;
        for (const auto& [name, value] : p.losses) u.losses.emplace_back(QString::fromStdString(name), value);
        if (p.preview.defined()) u.preview = rgbImage(p.preview);
        if (p.snapshot) {
          if (!tmpl) tmpl = std::make_shared<const HandModel>(avatarTemplate(model, *p.snapshot));
          u.snapshot = p.snapshot;
          u.snapshot_template = tmpl;
        }
        u.detail = QString::fromStdString(p.detail);
        u.message = QString::fromStdString(p.message);
        post(std::move(u));
        const double waited = w->waitWhilePaused();
        if (p.iteration > 0) paused_in_fit_s += waited;
      };
      // The project's init.json (corrected on the Prepare page) is where the fit starts when it is
      // current, exactly as for `palma reconstruct PROJECT`.
      std::string init_note;
      const std::optional<fit::InitResult> given_init =
          fit::projectInitForReconstruction(project, capture, model, spec, init_note);
      {
        Update u;
        u.message = QString::fromStdString(init_note);
        post(std::move(u));
      }
      const fit::PipelineResult result = fit::reconstructCapture(
          model, spec, capture, fit::InitSettings{}, config, options, given_init ? &*given_init : nullptr);
      saveAvatar(result.fit.avatar, avatar);
      if (!result.fit.cancelled) {
        std::error_code ec;
        palma::removeAll(fs::u8path(checkpoint), ec);
      }
      done(true, result.fit.cancelled, {}, QString::fromStdString(avatar), result.fit.resumed,
           result.fit.stages);
    } catch (const Cancelled&) {
      done(false, true, {}, {}, false, {});
    } catch (const std::exception& e) {
      done(false, false, QString::fromStdString(e.what()), {}, false, {});
    }
    // The fit's tensors are gone: hand their pages back rather than keep the fit's peak (see
    // reuseLargeAllocations).
    releaseFreeMemory();
  });
}

void ReconstructPage::pause() {
  if (state_ != State::Running || !worker_) return;
  worker_->setPaused(true);
  pause_clock_.start();
  appendEvent(tr("Paused"));
  stage_label_->setText(tr("Paused — %1").arg(stage_label_->text()));
  setState(State::Paused);
  refreshTimes();
}

void ReconstructPage::resume() {
  if (state_ != State::Paused || !worker_) return;
  paused_ms_ += pause_clock_.elapsed();
  pause_clock_.invalidate();
  worker_->setPaused(false);
  appendEvent(tr("Resumed"));
  setState(State::Running);
}

void ReconstructPage::cancel() {
  if (!isRunning() || !worker_) return;
  if (isPaused()) {
    paused_ms_ += pause_clock_.elapsed();
    pause_clock_.invalidate();
  }
  worker_->stop();
  appendEvent(tr("Cancelling: the fit stops after this iteration and saves the last good avatar…"));
  stage_label_->setText(tr("Cancelling…"));
  cancel_button_->setEnabled(false);
  pause_button_->setEnabled(false);
}

void ReconstructPage::applyUpdate(const Update& u) {
  if (!isRunning()) return;
  if (!u.message.isEmpty()) {
    appendEvent(u.message);
    return;
  }
  progress_->setValue(static_cast<int>(std::lround(std::clamp(u.fraction, 0.0, 1.0) * 1000)));
  const QString paused = isPaused() ? tr("Paused — ") : QString();
  if (u.loading) {
    stage_label_->setText(paused +
                          tr("Preparing the project: %1").arg(u.detail.isEmpty() ? u.stage : u.detail));
  } else if (u.iteration == 0) {
    stage_label_->setText(paused + tr("Initialising from the keypoints: %1").arg(u.detail));
  } else {
    ++iterations_seen_;
    current_stage_ = u.stage_index;
    current_iteration_ = u.iteration;
    eta_s_ = u.eta_s;
    stage_label_->setText(paused + tr("Stage %1/%2: %3 — iteration %4/%5")
                                       .arg(u.stage_index + 1)
                                       .arg(u.stage_count)
                                       .arg(u.stage)
                                       .arg(u.iteration)
                                       .arg(u.stage_iterations));
    if (u.stage_index != plot_stage_) {
      loss_plot_->addStageBoundary(iterations_seen_, u.stage);
      plot_stage_ = u.stage_index;
    }
    std::vector<std::pair<QString, double>> values = u.losses;
    values.emplace_back(QStringLiteral("total"), u.total_loss);
    loss_plot_->addPoints(iterations_seen_, values);
  }
  if (!u.preview.isNull()) preview_->setPreview(u.preview);
  if (u.snapshot && u.snapshot_template) {
    const bool first = !document_->hasAvatar();
    document_->setAvatar(*u.snapshot, *u.snapshot_template);
    if (first) viewport_->viewFromCapture();
  }
  refreshTimes();
  Q_EMIT progressUpdated();
}

void ReconstructPage::finishRun(bool ok, bool cancelled, const QString& message, const QString& avatar,
                                bool resumed, std::vector<fit::StageReport> stages) {
  joinWorker();
  last_resumed_ = resumed;
  last_avatar_ = avatar;
  last_stages_ = std::move(stages);
  const double seconds = activeSeconds();
  run_clock_.invalidate();
  pause_clock_.invalidate();
  eta_s_ = 0;
  time_label_->setText(tr("Ran %1").arg(formatDuration(seconds)));
  refreshCheckpoint();
  if (ok && !cancelled) {
    progress_->setValue(1000);
    stage_label_->setText(tr("Finished"));
    setStatus(tr("Finished%1: the avatar was written to %2.")
                  .arg(resumed ? tr(" (resumed from the checkpoint)") : QString(),
                       QDir::toNativeSeparators(avatar)),
              false);
    appendEvent(tr("Finished in %1; avatar written to %2").arg(formatDuration(seconds), avatar));
    setState(State::Finished);
  } else if (ok && cancelled) {
    stage_label_->setText(tr("Cancelled"));
    setStatus(
        tr("Cancelled: the last good avatar was written to %1. Start again to resume from the checkpoint.")
            .arg(QDir::toNativeSeparators(avatar)),
        false);
    appendEvent(tr("Cancelled; last good avatar written to %1").arg(avatar));
    setState(State::Cancelled);
  } else if (cancelled) {
    stage_label_->setText(tr("Cancelled"));
    setStatus(tr("Cancelled before the fit started: nothing was written."), false);
    appendEvent(tr("Cancelled before the fit started"));
    setState(State::Cancelled);
  } else {
    stage_label_->setText(tr("Failed"));
    setStatus(tr("The reconstruction failed: %1").arg(message), true);
    appendEvent(tr("Failed: %1").arg(message));
    setState(State::Failed);
  }
  if (ok) {
    QString error;
    if (document_->load(avatar, &error) && !document_->avatar().motion.frame_indices.empty())
      document_->setCapturedFrame(0);
    Q_EMIT avatarReady(avatar);
  }
}

}  // namespace palma
