// LibTorch before Qt (see avatar_document.h).
#include <torch/torch.h>

#include "widgets/render_dialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/model/skinning.h"
#include "widgets/avatar_document.h"
#include "widgets/pose_timeline.h"

namespace palma {

namespace {

bool isVideoPath(const QString& path) {
  const QString ext = QFileInfo(path).suffix().toLower();
  return ext == QLatin1String("mp4") || ext == QLatin1String("m4v") || ext == QLatin1String("mov") ||
         ext == QLatin1String("avi");
}

}  // namespace

RenderDialog::RenderDialog(AvatarDocument* document, PoseTimeline* timeline, QWidget* parent)
    : QDialog(parent), doc_(document), timeline_(timeline) {
  setWindowTitle(tr("Render images"));
  what_ = new QComboBox(this);
  what_->addItem(tr("Current pose"), static_cast<int>(What::CurrentPose));
  what_->addItem(tr("Turntable of the current pose"), static_cast<int>(What::Turntable));
  what_->addItem(tr("Timeline sequence"), static_cast<int>(What::TimelineSequence));
  what_->addItem(tr("Captured motion (capture cameras)"), static_cast<int>(What::CapturedMotion));
  view_ = new QComboBox(this);
  view_->addItem(tr("Palm"), static_cast<int>(RenderView::Palm));
  view_->addItem(tr("Back"), static_cast<int>(RenderView::Back));
  view_->addItem(tr("Side (thumb)"), static_cast<int>(RenderView::Side));
  width_ = new QSpinBox(this);
  height_ = new QSpinBox(this);
  for (QSpinBox* s : {width_, height_}) {
    s->setRange(16, 4096);
    s->setValue(512);
    s->setSuffix(tr(" px"));
  }
  frames_ = new QSpinBox(this);
  frames_->setRange(1, 3600);
  frames_->setValue(36);
  fps_ = new QDoubleSpinBox(this);
  fps_->setRange(1, 240);
  fps_->setValue(30);
  output_ = new QLineEdit(this);
  output_->setPlaceholderText(tr("A folder for PNG frames, or a video file (.mp4, .avi)"));
  auto* browse = new QToolButton(this);
  browse->setText(tr("…"));
  browse->setToolTip(tr("Choose a folder for PNG frames"));
  auto* out_row = new QHBoxLayout;
  out_row->addWidget(output_, 1);
  out_row->addWidget(browse);
  auto* size_row = new QHBoxLayout;
  size_row->addWidget(width_);
  size_row->addWidget(new QLabel(QStringLiteral("×"), this));
  size_row->addWidget(height_);

  auto* form = new QFormLayout;
  form->addRow(tr("What"), what_);
  form->addRow(tr("View"), view_);
  form->addRow(tr("Size"), size_row);
  form->addRow(tr("Turntable frames"), frames_);
  form->addRow(tr("Video frame rate"), fps_);
  form->addRow(tr("Output"), out_row);
  progress_ = new QProgressBar(this);
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  render_ = new QPushButton(tr("Render"), this);
  render_->setDefault(true);
  cancel_ = new QPushButton(tr("Cancel"), this);
  auto* close = new QPushButton(tr("Close"), this);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(render_);
  buttons->addWidget(cancel_);
  buttons->addWidget(close);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addLayout(buttons);

  connect(what_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] { updateFields(); });
  connect(render_, &QPushButton::clicked, this, [this] { start(); });
  connect(cancel_, &QPushButton::clicked, this, &RenderDialog::cancel);
  connect(close, &QPushButton::clicked, this, &QDialog::reject);
  connect(browse, &QToolButton::clicked, this, [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for the PNG frames"), output_->text());
    if (!dir.isEmpty()) output_->setText(dir);
  });
  connect(doc_, &AvatarDocument::avatarChanged, this, [this] { updateFields(); });
  updateFields();
}

RenderDialog::~RenderDialog() {
  if (token_) token_->cancel();
  if (thread_.joinable()) thread_.join();
}

void RenderDialog::setWhat(What what) { what_->setCurrentIndex(what_->findData(static_cast<int>(what))); }

RenderDialog::What RenderDialog::what() const { return static_cast<What>(what_->currentData().toInt()); }

void RenderDialog::setView(RenderView view) {
  view_->setCurrentIndex(view_->findData(static_cast<int>(view)));
}

void RenderDialog::setImageSize(int width, int height) {
  width_->setValue(width);
  height_->setValue(height);
}

void RenderDialog::setTurntableFrames(int frames) { frames_->setValue(frames); }

void RenderDialog::setOutput(const QString& path) { output_->setText(path); }

QString RenderDialog::output() const { return output_->text(); }

void RenderDialog::updateFields() {
  const What w = what();
  const bool has = doc_->hasAvatar();
  view_->setEnabled(w != What::CapturedMotion);
  frames_->setEnabled(w == What::Turntable);
  render_->setEnabled(has && !running_);
  cancel_->setEnabled(running_);
  if (!has) status_->setText(tr("Open an avatar first"));
}

RenderPlan RenderDialog::makePlan() const {
  const Avatar& avatar = doc_->avatar();
  const HandModel& tmpl = doc_->templateModel();
  ShotSettings shot;
  shot.width = width_->value();
  shot.height = height_->value();
  const auto view = static_cast<RenderView>(view_->currentData().toInt());
  const auto p = doc_->pose().to(torch::kFloat32).contiguous();
  const PoseMatrix pose = Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
  switch (what()) {
    case What::CurrentPose:
      return posesRenderPlan(doc_->rig(), tmpl, avatar, {pose}, {view}, shot);
    case What::Turntable:
      return turntableRenderPlan(doc_->rig(), tmpl, avatar, {pose}, view, frames_->value(), shot);
    case What::TimelineSequence: {
      if (!timeline_ || timeline_->poses().empty())
        throw InputError(tr("there is no timeline sequence to render").toStdString());
      shot.keep_wrist_rotation = timeline_->sourceMovesWrist();
      return posesRenderPlan(doc_->rig(), tmpl, avatar, timeline_->poses(), {view}, shot);
    }
    case What::CapturedMotion:
      return capturedRenderPlan(avatar, width_->value(), height_->value());
  }
  return {};
}

bool RenderDialog::start() {
  if (running_) {
    error_ = tr("a render is already running");
    return false;
  }
  error_.clear();
  if (!doc_->hasAvatar()) {
    error_ = tr("no avatar to render");
    status_->setText(error_);
    return false;
  }
  const QString out = output_->text().trimmed();
  if (out.isEmpty()) {
    error_ = tr("choose where to write the frames (a folder or a video file)");
    status_->setText(error_);
    return false;
  }
  RenderPlan plan;
  try {
    torch::NoGradGuard no_grad;
    plan = makePlan();
  } catch (const std::exception& e) {
    error_ = QString::fromStdString(e.what());
    status_->setText(error_);
    return false;
  }
  if (thread_.joinable()) thread_.join();
  token_ = std::make_unique<CancelToken>();
  FrameOutput output;
  if (isVideoPath(out))
    output.video_path = out.toStdString();
  else
    output.png_dir = out.toStdString();
  output.fps = fps_->value();
  output.cancel = token_.get();
  output.progress = [this](const ProgressEvent& event) {
    const double fraction = event.fraction;
    const QString message = QString::fromStdString(event.message);
    QMetaObject::invokeMethod(
        this,
        [this, fraction, message] {
          progress_->setValue(static_cast<int>(fraction * 1000));
          status_->setText(message);
          Q_EMIT progressed(fraction);
        },
        Qt::QueuedConnection);
  };
  // The worker gets its own copies: the document may change while it runs.
  auto job = std::make_shared<std::tuple<Rig, HandModel, Avatar, RenderPlan, FrameOutput>>(
      makeRig(doc_->templateModel()), doc_->templateModel(), doc_->avatar(), std::move(plan),
      std::move(output));
  running_ = true;
  progress_->setValue(0);
  status_->setText(tr("Rendering…"));
  updateFields();
  thread_ = std::thread([this, job] {
    FramesWritten written;
    QString error;
    try {
      auto& [rig, tmpl, avatar, plan, output] = *job;
      written = renderAvatarFrames(rig, tmpl, avatar, plan, output);
    } catch (const Cancelled&) {
      error = tr("cancelled");
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        this, [this, written, error] { finish(written, error); }, Qt::QueuedConnection);
  });
  return true;
}

void RenderDialog::cancel() {
  if (token_) token_->cancel();
}

void RenderDialog::finish(const FramesWritten& written, const QString& error) {
  if (thread_.joinable()) thread_.join();
  running_ = false;
  result_ = written;
  error_ = error;
  if (error.isEmpty()) {
    progress_->setValue(1000);
    const QString where = !written.video_file.empty() ? QString::fromStdString(written.video_file)
                                                      : QString::fromStdString(written.png_files.front());
    status_->setText(
        tr("Rendered %1 frames (%2 ms per frame): %3")
            .arg(written.frames)
            .arg(1000.0 * written.render_seconds / std::max<int64_t>(1, written.frames), 0, 'f', 0)
            .arg(where));
  } else {
    status_->setText(tr("Render stopped: %1").arg(error));
  }
  updateFields();
  Q_EMIT finished(error.isEmpty());
}

bool RenderDialog::waitForFinished(int timeout_ms) {
  QElapsedTimer clock;
  clock.start();
  while (running_ && clock.elapsed() < timeout_ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return !running_;
}

}  // namespace palma
