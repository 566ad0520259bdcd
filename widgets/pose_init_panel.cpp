// LibTorch before Qt (see widgets/project_document.h).
#include <torch/torch.h>

#include "widgets/pose_init_panel.h"

#include <Eigen/Geometry>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>

#include "core/capture/prepare.h"
#include "core/common/error.h"
#include "core/model/builtin_hand.h"
#include "core/model/skinning.h"
#include "widgets/hand_overlay.h"
#include "widgets/joint_sliders.h"
#include "widgets/project_document.h"

namespace palma {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;
constexpr int kTicksPerDegree = 10;       // slider resolution: 0.1 degree
constexpr int kFrameEditId = 0x50494e31;  // "PIN1": merging slider drags

Eigen::Matrix3d rotationOf(const torch::Tensor& axis_angle) {
  const auto a = axis_angle.to(torch::kDouble).contiguous();
  const Eigen::Vector3d v(a[0].item<double>(), a[1].item<double>(), a[2].item<double>());
  const double angle = v.norm();
  if (angle < 1e-12) return Eigen::Matrix3d::Identity();
  return Eigen::AngleAxisd(angle, v / angle).toRotationMatrix();
}

torch::Tensor axisAngleOf(const Eigen::Matrix3d& rotation) {
  const Eigen::AngleAxisd aa(rotation);
  const Eigen::Vector3d v = aa.axis() * aa.angle();
  return torch::tensor({v.x(), v.y(), v.z()}, torch::kDouble).to(torch::kFloat32);
}

}  // namespace

// One edit of one frame's pose (a slider step, a flip): before and after, so undo restores exactly.
class PoseInitCommand : public QUndoCommand {
 public:
  PoseInitCommand(PoseInitPanel* panel, int row, PoseInitPanel::FrameState before,
                  PoseInitPanel::FrameState after, const QString& text, int merge_key)
      : QUndoCommand(text),
        panel_(panel),
        row_(row),
        before_(std::move(before)),
        after_(std::move(after)),
        merge_key_(merge_key) {}
  int id() const override { return merge_key_ >= 0 ? kFrameEditId : -1; }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* o = static_cast<const PoseInitCommand*>(other);
    if (o->merge_key_ != merge_key_ || o->row_ != row_) return false;
    after_ = o->after_;
    return true;
  }
  void redo() override { panel_->applyFrameState(row_, after_); }
  void undo() override { panel_->applyFrameState(row_, before_); }

 private:
  PoseInitPanel* panel_;
  int row_;
  PoseInitPanel::FrameState before_, after_;
  int merge_key_;
};

// A fit or re-fit: the whole initialisation before and after.
class InitReplaceCommand : public QUndoCommand {
 public:
  InitReplaceCommand(PoseInitPanel* panel, std::optional<fit::ProjectInit> before,
                     std::optional<fit::ProjectInit> after, const QString& text)
      : QUndoCommand(text), panel_(panel), before_(std::move(before)), after_(std::move(after)) {}
  void redo() override { panel_->replaceInit(after_); }
  void undo() override { panel_->replaceInit(before_); }

 private:
  PoseInitPanel* panel_;
  std::optional<fit::ProjectInit> before_, after_;
};

PoseInitPanel::PoseInitPanel(ProjectDocument* document, QWidget* parent) : QWidget(parent), doc_(document) {
  model_ = std::make_unique<HandModel>(makeBuiltinHand(handedness_));

  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(4, 4, 4, 4);

  // Fit row.
  auto* fit_row = new QHBoxLayout;
  fit_button_ = new QPushButton(tr("Fit initialisation"), this);
  fit_button_->setToolTip(
      tr("Fit the 3D hand to the keypoints of every frame (frames you corrected are kept)"));
  cancel_button_ = new QPushButton(tr("Cancel"), this);
  cancel_button_->setEnabled(false);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->setVisible(false);
  fit_row->addWidget(fit_button_);
  fit_row->addWidget(cancel_button_);
  fit_row->addWidget(progress_, 1);
  outer->addLayout(fit_row);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  outer->addWidget(status_);

  error_list_ = new QListWidget(this);
  error_list_->setToolTip(tr("Mean distance between the fitted hand's keypoints and the frame's keypoints"));
  error_list_->setMaximumHeight(120);
  outer->addWidget(error_list_);

  // Editors of the current frame.
  editors_ = new QWidget(this);
  auto* editors = new QVBoxLayout(editors_);
  editors->setContentsMargins(0, 0, 0, 0);
  frame_label_ = new QLabel(editors_);
  editors->addWidget(frame_label_);
  auto* global = new QGroupBox(tr("Hand orientation"), editors_);
  auto* global_grid = new QGridLayout(global);
  global_grid->setVerticalSpacing(2);
  const char* global_names[] = {QT_TRANSLATE_NOOP("palma::PoseInitPanel", "tilt (x)"),
                                QT_TRANSLATE_NOOP("palma::PoseInitPanel", "turn (y)"),
                                QT_TRANSLATE_NOOP("palma::PoseInitPanel", "roll (z)")};
  for (int a = 0; a < 3; ++a) {
    global_grid->addWidget(new QLabel(tr(global_names[a]), global), a, 0);
    auto* slider = new QSlider(Qt::Horizontal, global);
    slider->setRange(-180 * kTicksPerDegree, 180 * kTicksPerDegree);
    slider->setToolTip(tr("Rotation of the whole hand about the camera's axis (degrees); the wrist stays"));
    global_grid->addWidget(slider, a, 1);
    auto* value = new QLabel(global);
    value->setMinimumWidth(48);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    global_grid->addWidget(value, a, 2);
    global_sliders_[a] = slider;
    global_values_[a] = value;
    connect(slider, &QSlider::sliderReleased, this, [this] { ++gesture_; });
    connect(slider, &QSlider::valueChanged, this, [this, a](int ticks) {
      if (updating_) return;
      std::array<double, 3> angles = globalAngles();
      angles[a] = ticks * kDeg / kTicksPerDegree;
      setGlobalAngles(angles, true);
    });
  }
  flip_button_ = new QPushButton(tr("Flip palm"), global);
  flip_button_->setToolTip(tr("Turn the hand 180° about its long axis (palm <-> back of the hand)"));
  global_grid->addWidget(flip_button_, 3, 1);
  connect(flip_button_, &QPushButton::clicked, this, &PoseInitPanel::flipPalm);
  editors->addWidget(global);

  auto* scroll = new QScrollArea(editors_);
  scroll->setWidgetResizable(true);
  auto* inner = new QWidget(scroll);
  auto* fingers = new QVBoxLayout(inner);
  for (int f : {kThumb, kIndex, kMiddle, kRing, kPinky}) {
    QGroupBox* box = makeFingerSliders(f, inner, [this](int j, int a, QSlider* slider, QLabel* value) {
      sliders_[j][a] = slider;
      values_[j][a] = value;
      connect(slider, &QSlider::sliderReleased, this, [this] { ++gesture_; });
      connect(slider, &QSlider::valueChanged, this, [this, j, a](int ticks) {
        if (!updating_) setJointAngle(j, a, ticks * kDeg / kTicksPerDegree, true);
      });
    });
    fingers->addWidget(box);
  }
  fingers->addStretch(1);
  scroll->setWidget(inner);
  editors->addWidget(scroll, 1);
  outer->addWidget(editors_, 1);

  connect(fit_button_, &QPushButton::clicked, this, &PoseInitPanel::startFit);
  connect(cancel_button_, &QPushButton::clicked, this, &PoseInitPanel::cancelFit);
  connect(error_list_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    const int row = item->data(Qt::UserRole).toInt();
    setCurrentRow(row);
    Q_EMIT rowActivated(row);
  });
  connect(error_list_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
    const int row = item->data(Qt::UserRole).toInt();
    setCurrentRow(row);
    Q_EMIT rowActivated(row);
  });

  // The document keeps its participants; a panel deleted before it is skipped.
  const QPointer<PoseInitPanel> self(this);
  doc_->addParticipant({[self](const std::string& folder) {
                          if (self) self->saveTo(folder);
                        },
                        [self](const std::string& folder) {
                          if (self) self->loadFrom(folder);
                        }});
  connect(doc_, &ProjectDocument::projectChanged, this, &PoseInitPanel::onProjectChanged);
  connect(doc_, &ProjectDocument::keypointsChanged, this, [this](int first, int last) {
    refreshStatus();
    if (overlay_ && first <= row_ && row_ <= last) overlay_->setFrameKeypoints(doc_->keypoints().frame(row_));
  });
  connect(doc_, &ProjectDocument::frameLoaded, this, [this](int row) {
    if (overlay_ && row == row_) overlay_->setFrame(doc_->frameImage(row));
  });
  onProjectChanged();
}

PoseInitPanel::~PoseInitPanel() {
  if (cancel_) cancel_->cancel();
  joinWorker();
}

std::string PoseInitPanel::modelSpec() const {
  return handedness_ == Handedness::Left ? "builtin:left" : "builtin:right";
}

bool PoseInitPanel::isStale() const {
  return init_ && doc_->isOpen() && init_->keypoint_stamp != fit::initKeypointStamp(doc_->project());
}

// ---- Project and persistence ----

void PoseInitPanel::onProjectChanged() {
  const Handedness h = doc_->isOpen() ? doc_->keypoints().handedness() : Handedness::Right;
  if (h != handedness_) {
    handedness_ = h;
    model_ = std::make_unique<HandModel>(makeBuiltinHand(h));
    if (overlay_) overlay_->setModel(*model_);
  }
  updateLimits();
  row_ = std::clamp(row_, 0, std::max(0, doc_->frameCount() - 1));
  if (overlay_ && doc_->isOpen()) overlay_->setIntrinsics(doc_->project().intrinsics);
  refreshErrors();
  refreshControls();
  refreshStatus();
  setCurrentRow(row_);
}

void PoseInitPanel::loadFrom(const std::string& folder) {
  load_error_.clear();
  std::optional<fit::ProjectInit> loaded;
  try {
    loaded = fit::loadProjectInit(folder);
  } catch (const std::exception& e) {
    load_error_ = QString::fromStdString(e.what());
  }
  if (loaded && loaded->numRows() != doc_->frameCount()) {
    load_error_ = tr("The saved initialisation has %1 frames, the project %2: fit it again.")
                      .arg(loaded->numRows())
                      .arg(doc_->frameCount());
    loaded.reset();
  }
  replaceInit(loaded);
}

void PoseInitPanel::saveTo(const std::string& folder) const {
  if (init_)
    fit::saveProjectInit(folder, *init_);
  else if (load_error_.isEmpty())
    fit::removeProjectInit(folder);  // a file that could not be read is left for the user to inspect
}

void PoseInitPanel::replaceInit(const std::optional<fit::ProjectInit>& init) {
  init_ = init;
  if (init_) {
    init_->pose = init_->pose.clone();
    init_->translation = init_->translation.clone();
    init_->shape = init_->shape.clone();
  }
  refreshErrors();
  refreshControls();
  refreshStatus();
  Q_EMIT initChanged();
  Q_EMIT poseChanged(row_);
  if (overlay_) setCurrentRow(row_);
}

// ---- Fitting in the background ----

void PoseInitPanel::startFit() {
  if (isFitting()) return;
  QString problem;
  if (!doc_->isOpen())
    problem = tr("Open a project first.");
  else if (!static_cast<const ProjectDocument*>(doc_)->framesLoaded())
    problem = tr("The frames are still being decoded; fit again in a moment.");
  if (!problem.isEmpty()) {
    status_->setText(problem);
    Q_EMIT fitFinished(false, problem);
    return;
  }
  const CaptureProject project = doc_->project();
  std::vector<torch::Tensor> rgb, masks;
  for (int r = 0; r < doc_->frameCount(); ++r) {
    rgb.push_back(doc_->frameRgb(r));
    masks.push_back(doc_->mask(r));
  }
  std::optional<fit::ProjectInit> previous = init_;
  const HandModel model = *model_;
  const std::string spec = modelSpec();
  const fit::InitSettings settings = settings_;
  cancel_ = std::make_shared<CancelToken>();
  std::shared_ptr<CancelToken> cancel = cancel_;
  fit_button_->setEnabled(false);
  cancel_button_->setEnabled(true);
  editors_->setEnabled(false);
  progress_->setValue(0);
  progress_->setVisible(true);
  status_->setText(tr("Fitting the initialisation..."));
  Q_EMIT fitStarted();

  worker_ = std::thread([this, project, rgb, masks, previous, model, spec, settings, cancel]() mutable {
    auto post = [this](std::function<void()> f) {
      QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    };
    auto progress = [this, post](double lo, double hi) {
      return [this, post, lo, hi](const ProgressEvent& e) {
        const int value = static_cast<int>(1000 * (lo + (hi - lo) * e.fraction));
        const QString text = QString::fromStdString(e.message);
        post([this, value, text] {
          progress_->setValue(value);
          if (!text.isEmpty()) status_->setText(tr("Fitting: %1").arg(text));
        });
      };
    };
    try {
      CaptureProject cropped = project;
      updateProjectCrops(cropped);
      const PreparedCapture capture =
          cropProjectFrames(cropped, rgb, masks, progress(0.0, 0.05), cancel.get());
      fit::ProjectInit result =
          fit::fitProjectInit(cropped, capture, model, spec, settings, previous ? &*previous : nullptr,
                              progress(0.05, 1.0), cancel.get());
      post([this, result]() mutable { finishFit(std::move(result), {}, false); });
    } catch (const Cancelled&) {
      post([this] {
        finishFit(std::nullopt, tr("The fit was cancelled; the initialisation is unchanged."), true);
      });
    } catch (const std::exception& e) {
      const QString message = QString::fromStdString(e.what());
      post([this, message] { finishFit(std::nullopt, message, false); });
    }
  });
}

void PoseInitPanel::cancelFit() {
  if (cancel_) cancel_->cancel();
}

void PoseInitPanel::joinWorker() {
  if (worker_.joinable()) worker_.join();
}

void PoseInitPanel::finishFit(std::optional<fit::ProjectInit> result, const QString& error, bool cancelled) {
  joinWorker();
  cancel_.reset();
  fit_button_->setEnabled(true);
  cancel_button_->setEnabled(false);
  progress_->setVisible(false);
  editors_->setEnabled(true);
  if (!result) {
    refreshControls();
    refreshStatus();
    status_->setText(cancelled ? error : tr("The fit failed: %1").arg(error));
    Q_EMIT fitFinished(false, error);
    return;
  }
  load_error_.clear();
  doc_->undoStack()->push(new InitReplaceCommand(
      this, init_, std::move(result), init_ ? tr("Re-fit initialisation") : tr("Fit initialisation")));
  Q_EMIT fitFinished(true, QString());
}

// ---- Frame edits ----

PoseInitPanel::FrameState PoseInitPanel::frameState(int row) const {
  FrameState s;
  if (!init_ || row < 0 || row >= init_->numRows()) return s;
  s.pose = init_->pose[row].clone();
  s.translation = init_->translation[row].clone();
  s.corrected = init_->frames[row].user_corrected;
  return s;
}

void PoseInitPanel::applyFrameState(int row, const FrameState& state) {
  if (!init_ || row < 0 || row >= init_->numRows()) return;
  init_->pose[row].copy_(state.pose);
  init_->translation[row].copy_(state.translation);
  init_->frames[row].user_corrected = state.corrected;
  // The row's error against its keypoints, full frame.
  {
    fit::ProjectInit one;
    one.model = init_->model;
    one.frames = {init_->frames[row]};
    one.pose = init_->pose.slice(0, row, row + 1);
    one.translation = init_->translation.slice(0, row, row + 1);
    one.shape = init_->shape;
    CaptureProject project = doc_->project();
    project.frames = {project.frames[row]};
    project.keypoints.frames = {project.keypoints.frames[row]};
    init_->frames[row].error_px = fit::projectReprojectionErrors(one, project, *model_)[0];
  }
  refreshErrors();
  if (row == row_) refreshControls();
  Q_EMIT poseChanged(row);
  if (overlay_ && row == row_) overlay_->setHandPose(init_->pose[row], init_->translation[row], init_->shape);
}

void PoseInitPanel::pushFrameEdit(const FrameState& after, const QString& text, int merge_key) {
  doc_->undoStack()->push(new PoseInitCommand(this, row_, frameState(row_), after, text, merge_key));
}

double PoseInitPanel::jointAngle(int joint, int axis) const {
  const torch::Tensor pose = currentPose();
  if (!pose.defined()) return 0.0;
  const auto p = pose.contiguous();
  const PoseMatrix m = Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
  return poseToAnatomical(*model_, m)(joint, axis);
}

void PoseInitPanel::setJointAngle(int joint, int axis, double radians, bool merge) {
  if (joint < 1 || joint >= kNumJoints || axis < 0 || axis > 2) return;
  FrameState s = frameState(row_);
  if (!s.pose.defined() || !init_->frames[row_].fitted) return;
  const auto [lo, hi] = limits_[joint][axis];
  const auto p = s.pose.contiguous();
  PoseMatrix pose = Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
  PoseMatrix angles = poseToAnatomical(*model_, pose);
  angles(joint, axis) = static_cast<float>(std::clamp(radians, lo, hi));
  PoseMatrix edited = anatomicalToPose(*model_, angles);
  edited.row(0) = pose.row(0);  // the global rotation stays
  // Only the edited joint changes; the others keep their exact values.
  pose.row(joint) = edited.row(joint);
  s.pose = torch::from_blob(pose.data(), {kNumJoints, 3}, torch::kFloat32).clone();
  s.corrected = true;
  pushFrameEdit(
      s,
      tr("Adjust %1 %2 %3")
          .arg(fingerLabel((joint - 1) / 3), segmentLabel((joint - 1) / 3, (joint - 1) % 3), axisLabel(axis)),
      merge ? (gesture_ % 1000000) * 128 + joint * 3 + axis : -1);
}

std::array<double, 3> PoseInitPanel::globalAngles() const {
  const torch::Tensor pose = currentPose();
  if (!pose.defined()) return {0, 0, 0};
  const Eigen::Matrix3d r = rotationOf(pose[0]);
  // R = Rz(c) Ry(b) Rx(a)
  const double b = std::asin(std::clamp(-r(2, 0), -1.0, 1.0));
  const double a = std::atan2(r(2, 1), r(2, 2));
  const double c = std::atan2(r(1, 0), r(0, 0));
  return {a, b, c};
}

void PoseInitPanel::setGlobalAngles(const std::array<double, 3>& radians, bool merge) {
  FrameState s = frameState(row_);
  if (!s.pose.defined() || !init_->frames[row_].fitted) return;
  const Eigen::Matrix3d r = (Eigen::AngleAxisd(radians[2], Eigen::Vector3d::UnitZ()) *
                             Eigen::AngleAxisd(radians[1], Eigen::Vector3d::UnitY()) *
                             Eigen::AngleAxisd(radians[0], Eigen::Vector3d::UnitX()))
                                .toRotationMatrix();
  s.pose[0].copy_(axisAngleOf(r));
  s.corrected = true;
  pushFrameEdit(s, tr("Rotate hand"), merge ? (gesture_ % 1000000) * 128 + 100 : -1);
}

void PoseInitPanel::flipPalm() {
  FrameState s = frameState(row_);
  if (!s.pose.defined() || !init_->frames[row_].fitted) return;
  // The long axis: wrist to the middle finger's knuckle, posed. The global rotation turns about the
  // wrist (SkinningParams), so the wrist and the translation stay as they are.
  torch::NoGradGuard no_grad;
  const Rig rig = makeRig(*model_);
  SkinningParams p;
  p.pose = s.pose.unsqueeze(0);
  p.translation = s.translation.unsqueeze(0);
  const int64_t k = std::min<int64_t>(init_->shape.numel(), rig.numShapes());
  if (k > 0) p.shape = init_->shape.slice(0, 0, k).unsqueeze(0);
  const auto joints = skin(rig, p).joints[0].to(torch::kDouble);
  const auto d = (joints[jointIndex(kMiddle, 0)] - joints[0]).contiguous();
  Eigen::Vector3d axis(d[0].item<double>(), d[1].item<double>(), d[2].item<double>());
  if (axis.norm() < 1e-9) return;
  axis.normalize();
  const Eigen::Matrix3d r = Eigen::AngleAxisd(kPi, axis).toRotationMatrix() * rotationOf(s.pose[0]);
  s.pose[0].copy_(axisAngleOf(r));
  s.corrected = true;
  pushFrameEdit(s, tr("Flip palm"), -1);
}

torch::Tensor PoseInitPanel::currentPose() const {
  if (!init_ || row_ < 0 || row_ >= init_->numRows() || !init_->frames[row_].fitted) return {};
  return init_->pose[row_].clone();
}

torch::Tensor PoseInitPanel::currentTranslation() const {
  if (!init_ || row_ < 0 || row_ >= init_->numRows() || !init_->frames[row_].fitted) return {};
  return init_->translation[row_].clone();
}

// ---- Views ----

void PoseInitPanel::setCurrentRow(int row) {
  if (doc_->frameCount() > 0) row = std::clamp(row, 0, doc_->frameCount() - 1);
  row_ = std::max(0, row);
  refreshControls();
  if (error_list_->currentRow() != row_ && row_ < error_list_->count()) {
    error_list_->blockSignals(true);
    error_list_->setCurrentRow(row_);
    error_list_->blockSignals(false);
  }
  if (overlay_ && doc_->isOpen() && row_ < doc_->frameCount()) {
    overlay_->setFrame(doc_->frameImage(row_));
    overlay_->setFrameKeypoints(doc_->keypoints().frame(row_));
    const torch::Tensor pose = currentPose();
    if (pose.defined())
      overlay_->setHandPose(pose, currentTranslation(), init_->shape);
    else
      overlay_->clearHand();
  }
}

void PoseInitPanel::attachOverlay(HandOverlayView* view) {
  overlay_ = view;
  if (!view) return;
  view->setModel(*model_);
  if (doc_->isOpen()) view->setIntrinsics(doc_->project().intrinsics);
  setCurrentRow(row_);
}

void PoseInitPanel::updateLimits() {
  const HandModel& model = *model_;
  const float s = model.handedness == Handedness::Left ? -1.0f : 1.0f;
  for (int j = 1; j < kNumJoints; ++j)
    for (int a = 0; a < 3; ++a) {
      // Limits live in the model's frame; anatomical spread and twist flip sign on a left hand.
      const double l = model.joint_limits[j].lower[a], u = model.joint_limits[j].upper[a];
      double lo = a == 0 || s > 0 ? l : -u;
      double hi = a == 0 || s > 0 ? u : -l;
      lo = std::max(lo, -kPi);
      hi = std::min(hi, kPi);
      limits_[j][a] = {lo, hi};
      QSlider* slider = sliders_[j][a];
      updating_ = true;
      slider->setRange(static_cast<int>(std::ceil(lo / kDeg * kTicksPerDegree - 1e-6)),
                       static_cast<int>(std::floor(hi / kDeg * kTicksPerDegree + 1e-6)));
      updating_ = false;
    }
}

void PoseInitPanel::refreshControls() {
  fit_button_->setText(init_ ? tr("Re-fit") : tr("Fit initialisation"));
  fit_button_->setEnabled(doc_->isOpen() && !isFitting());
  const torch::Tensor pose = currentPose();
  const bool editable = pose.defined() && !isFitting();
  editors_->setEnabled(editable);
  const int source = doc_->isOpen() && row_ < doc_->frameCount() ? doc_->project().frames[row_].index : 0;
  if (!doc_->isOpen())
    frame_label_->setText(tr("No project"));
  else if (!init_)
    frame_label_->setText(tr("Frame %1: fit the initialisation to edit its pose.").arg(source));
  else if (!pose.defined())
    frame_label_->setText(
        tr("Frame %1 has too few keypoints; it is not part of the reconstruction.").arg(source));
  else
    frame_label_->setText(init_->frames[row_].user_corrected ? tr("Frame %1 (corrected by hand)").arg(source)
                                                             : tr("Frame %1").arg(source));
  updating_ = true;
  PoseMatrix angles = PoseMatrix::Zero();
  if (pose.defined()) {
    const auto p = pose.contiguous();
    angles = poseToAnatomical(*model_, Eigen::Map<const PoseMatrix>(p.data_ptr<float>()));
  }
  for (int j = 1; j < kNumJoints; ++j)
    for (int a = 0; a < 3; ++a) {
      sliders_[j][a]->setValue(static_cast<int>(std::lround(angles(j, a) / kDeg * kTicksPerDegree)));
      double degrees = angles(j, a) / kDeg;
      if (std::abs(degrees) < 0.05) degrees = 0.0;
      values_[j][a]->setText(tr("%1°").arg(degrees, 0, 'f', 1));
    }
  const std::array<double, 3> global = globalAngles();
  for (int a = 0; a < 3; ++a) {
    global_sliders_[a]->setValue(static_cast<int>(std::lround(global[a] / kDeg * kTicksPerDegree)));
    double degrees = global[a] / kDeg;
    if (std::abs(degrees) < 0.05) degrees = 0.0;
    global_values_[a]->setText(tr("%1°").arg(degrees, 0, 'f', 1));
  }
  updating_ = false;
}

void PoseInitPanel::refreshErrors() {
  error_list_->blockSignals(true);
  error_list_->clear();
  if (init_ && doc_->isOpen() && init_->numRows() == doc_->frameCount()) {
    // Errors above 1.5 % of the frame's diagonal (at least 5 px) are marked: the hand is likely
    // misplaced there.
    const double warn = std::max(5.0, 0.015 * std::hypot(doc_->frameWidth(), doc_->frameHeight()));
    for (int r = 0; r < init_->numRows(); ++r) {
      const fit::ProjectInitFrame& f = init_->frames[r];
      QString text;
      if (!f.fitted)
        text = tr("Frame %1: not fitted (too few keypoints)").arg(f.source_frame);
      else if (std::isnan(f.error_px))
        text = tr("Frame %1: no keypoints to compare").arg(f.source_frame);
      else
        text = tr("Frame %1: %2 px").arg(f.source_frame).arg(f.error_px, 0, 'f', 1);
      if (f.user_corrected) text += tr(" (corrected)");
      auto* item = new QListWidgetItem(text, error_list_);
      item->setData(Qt::UserRole, r);
      if (f.fitted && std::isfinite(f.error_px) && f.error_px > warn)
        item->setForeground(QColor(200, 60, 40));
      if (!f.fitted) item->setForeground(QColor(130, 130, 130));
    }
    if (row_ < error_list_->count()) error_list_->setCurrentRow(row_);
  }
  error_list_->blockSignals(false);
}

void PoseInitPanel::refreshStatus() {
  if (isFitting()) return;
  if (!doc_->isOpen()) {
    status_->setText(tr("No project is open."));
  } else if (!load_error_.isEmpty()) {
    status_->setText(tr("The saved initialisation could not be read: %1").arg(load_error_));
  } else if (!init_) {
    status_->setText(tr("No initialisation yet: Fit initialisation places the 3D hand on every frame."));
  } else if (isStale()) {
    status_->setText(
        tr("The keypoints changed since the fit: Re-fit to update the initialisation "
           "(the reconstruction would fit it again from the keypoints)."));
  } else {
    double sum = 0.0;
    int n = 0;
    for (const fit::ProjectInitFrame& f : init_->frames)
      if (f.fitted && std::isfinite(f.error_px)) {
        sum += f.error_px;
        ++n;
      }
    status_->setText(tr("Initialisation of %1 frames, mean error %2 px, %3 corrected by hand.")
                         .arg(n)
                         .arg(n > 0 ? sum / n : 0.0, 0, 'f', 1)
                         .arg(init_->correctedCount()));
  }
}

}  // namespace palma
