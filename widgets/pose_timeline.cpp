// LibTorch before Qt (see avatar_document.h).
#include <torch/torch.h>

#include "widgets/pose_timeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <initializer_list>

#include "core/model/pose_animations.h"
#include "widgets/avatar_document.h"
#include "widgets/flow_layout.h"

namespace palma {

namespace {

PoseMatrix toMatrix(const torch::Tensor& pose) {
  const auto p = pose.to(torch::kFloat32).contiguous();
  return Eigen::Map<const PoseMatrix>(p.data_ptr<float>());
}

Eigen::Vector3f toVector(const torch::Tensor& t) {
  const auto v = t.to(torch::kFloat32).contiguous();
  return Eigen::Map<const Eigen::Vector3f>(v.data_ptr<float>());
}

}  // namespace

PoseTimeline::PoseTimeline(AvatarDocument* document, QWidget* parent) : QWidget(parent), doc_(document) {
  setFocusPolicy(Qt::StrongFocus);
  source_box_ = new QComboBox(this);
  source_box_->setToolTip(
      tr("What the timeline plays: the captured poses, the pose presets or an animation"));
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setFocusPolicy(Qt::NoFocus);
  label_ = new QLabel(this);
  label_->setMinimumWidth(160);
  const auto button = [this](QStyle::StandardPixmap icon, const QString& tip) {
    auto* b = new QToolButton(this);
    b->setIcon(style()->standardIcon(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);  // an icon alone says nothing to a screen reader
    b->setFocusPolicy(Qt::NoFocus);
    b->setAutoRaise(true);
    return b;
  };
  first_ = button(QStyle::SP_MediaSkipBackward, tr("First frame (Home)"));
  prev_ = button(QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"));
  play_ = button(QStyle::SP_MediaPlay, tr("Play or pause (Space)"));
  next_ = button(QStyle::SP_MediaSeekForward, tr("Next frame (Right)"));
  last_ = button(QStyle::SP_MediaSkipForward, tr("Last frame (End)"));
  loop_ = new QCheckBox(tr("Loop"), this);
  loop_->setChecked(looping_);
  loop_->setFocusPolicy(Qt::NoFocus);
  speed_box_ = new QComboBox(this);
  speed_box_->setFocusPolicy(Qt::NoFocus);
  speed_box_->setToolTip(tr("Playback speed"));
  for (double s : {0.25, 0.5, 1.0, 2.0, 4.0}) speed_box_->addItem(tr("%1x").arg(s), s);
  speed_box_->setCurrentIndex(2);

  // The controls wrap onto a second row in a narrow panel; the transport buttons stay together.
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* controls = new FlowLayout(nullptr, 8, 4);
  layout->addLayout(controls);
  const auto group = [this, controls](std::initializer_list<QWidget*> widgets) {
    QHBoxLayout* row = controls->addGroup(this, 2);
    for (QWidget* w : widgets) row->addWidget(w);
  };
  group({source_box_});
  group({first_, prev_, play_, next_, last_});
  group({loop_, speed_box_});
  group({label_});
  layout->addWidget(slider_);

  timer_.setInterval(15);
  connect(&timer_, &QTimer::timeout, this, &PoseTimeline::advance);
  connect(source_box_, QOverload<int>::of(&QComboBox::activated), this,
          [this](int i) { setSource(source_box_->itemData(i).toString()); });
  connect(slider_, &QSlider::valueChanged, this, [this](int v) {
    if (v != frame_) setFrame(v);
  });
  connect(first_, &QToolButton::clicked, this, [this] { setFrame(0); });
  connect(last_, &QToolButton::clicked, this, [this] { setFrame(frameCount() - 1); });
  connect(prev_, &QToolButton::clicked, this, &PoseTimeline::stepBackward);
  connect(next_, &QToolButton::clicked, this, &PoseTimeline::stepForward);
  connect(play_, &QToolButton::clicked, this, &PoseTimeline::togglePlay);
  connect(loop_, &QCheckBox::toggled, this, &PoseTimeline::setLooping);
  connect(speed_box_, QOverload<int>::of(&QComboBox::activated), this,
          [this](int i) { setSpeed(speed_box_->itemData(i).toDouble()); });
  connect(doc_, &AvatarDocument::avatarChanged, this, [this] {
    pause();
    rebuildSources();
    source_.clear();
    setSource(sources().isEmpty() ? QString() : sources().front());
  });
  connect(doc_, &AvatarDocument::poseChanged, this, [this] {
    // A pose set elsewhere (a joint slider, another view) is not this timeline's frame any more.
    if (!applying_ && isPlaying()) pause();
  });
  rebuildSources();
  if (doc_->hasAvatar()) setSource(sources().front());
  updateControls();
}

PoseTimeline::~PoseTimeline() = default;

QStringList PoseTimeline::sources() const {
  QStringList ids;
  if (!doc_->hasAvatar()) return ids;
  if (doc_->avatar().motion.numFrames() > 0) ids << QStringLiteral("captured");
  ids << QStringLiteral("presets");
  for (const auto& name : poseAnimationNames()) ids << QString::fromStdString(name);
  return ids;
}

void PoseTimeline::rebuildSources() {
  source_box_->clear();
  for (const QString& id : sources()) {
    QString text;
    if (id == QLatin1String("captured"))
      text = tr("Captured poses");
    else if (id == QLatin1String("presets"))
      text = tr("Pose presets");
    else
      text = tr("Animation: %1").arg(id);
    source_box_->addItem(text, id);
  }
}

bool PoseTimeline::setSource(const QString& id) {
  if (!sources().contains(id)) return false;
  pause();
  source_ = id;
  source_box_->setCurrentIndex(source_box_->findData(id));
  loadSource();
  frame_ = -1;
  setFrame(0);
  Q_EMIT sourceChanged(id);
  return true;
}

void PoseTimeline::loadSource() {
  poses_.clear();
  translations_.clear();
  labels_.clear();
  fps_ = 30.0;
  if (!doc_->hasAvatar()) return;
  torch::NoGradGuard no_grad;
  const CapturedMotion& motion = doc_->avatar().motion;
  const HandModel& model = doc_->templateModel();
  if (source_ == QLatin1String("captured")) {
    for (int64_t i = 0; i < motion.numFrames(); ++i) {
      poses_.push_back(toMatrix(motion.pose[i]));
      translations_.push_back(toVector(motion.translation[i]));
      labels_.push_back(tr("frame %1 (source frame %2)").arg(i).arg(motion.frame_indices[i]));
    }
    return;
  }
  // Presets and animations keep the captured orientation and position (first row) of the hand.
  Eigen::Vector3f global = Eigen::Vector3f::Zero();
  Eigen::Vector3f translation = toVector(doc_->translation());
  if (motion.numFrames() > 0) {
    global = toMatrix(motion.pose[0]).row(0).transpose();
    translation = toVector(motion.translation[0]);
  }
  if (source_ == QLatin1String("presets")) {
    fps_ = 1.0;
    for (const auto& name : posePresetNames()) {
      PoseMatrix p = posePreset(model, name);
      p.row(0) = global.transpose();
      poses_.push_back(p);
      translations_.push_back(translation);
      labels_.push_back(QString::fromStdString(name));
    }
    return;
  }
  const PoseClip clip = poseAnimationClip(model, source_.toStdString(), fps_);
  for (int i = 0; i < clip.numFrames(); ++i) {
    poses_.push_back(withGlobalRotation(clip.poses[i], global));
    translations_.push_back(translation);
    labels_.push_back(tr("%1 %2 s").arg(source_).arg(clip.times[i], 0, 'f', 2));
  }
}

void PoseTimeline::setFrame(int index) {
  if (poses_.empty()) {
    frame_ = 0;
    updateControls();
    return;
  }
  index = std::clamp(index, 0, frameCount() - 1);
  const bool changed = index != frame_;
  frame_ = index;
  position_ = index;
  applyFrame();
  updateControls();
  if (changed) Q_EMIT frameChanged(frame_);
}

void PoseTimeline::applyFrame() {
  applying_ = true;
  if (source_ == QLatin1String("captured")) {
    doc_->setCapturedFrame(frame_);
  } else {
    const PoseMatrix& p = poses_[frame_];
    const Eigen::Vector3f& t = translations_[frame_];
    doc_->setPose(torch::from_blob(const_cast<float*>(p.data()), {kNumJoints, 3}, torch::kFloat32).clone(),
                  torch::tensor({t.x(), t.y(), t.z()}));
  }
  applying_ = false;
}

QString PoseTimeline::frameLabel(int index) const {
  if (index < 0 || index >= static_cast<int>(labels_.size())) return {};
  return labels_[index];
}

void PoseTimeline::setLooping(bool loop) {
  looping_ = loop;
  if (loop_->isChecked() != loop) loop_->setChecked(loop);
}

void PoseTimeline::setSpeed(double factor) {
  speed_ = std::clamp(factor, 0.1, 4.0);
  const int i = speed_box_->findData(speed_);
  if (i >= 0) speed_box_->setCurrentIndex(i);
}

void PoseTimeline::play() {
  if (isPlaying() || frameCount() < 2) return;
  if (!looping_ && frame_ >= frameCount() - 1) setFrame(0);
  position_ = frame_;
  clock_.start();
  timer_.start();
  updateControls();
  Q_EMIT playingChanged(true);
}

void PoseTimeline::pause() {
  if (!isPlaying()) return;
  timer_.stop();
  updateControls();
  Q_EMIT playingChanged(false);
}

void PoseTimeline::togglePlay() { isPlaying() ? pause() : play(); }

void PoseTimeline::stepForward() {
  pause();
  if (frame_ + 1 < frameCount())
    setFrame(frame_ + 1);
  else if (looping_)
    setFrame(0);
}

void PoseTimeline::stepBackward() {
  pause();
  if (frame_ > 0)
    setFrame(frame_ - 1);
  else if (looping_)
    setFrame(frameCount() - 1);
}

void PoseTimeline::advance() {
  // Frames follow the clock (not the timer's ticks), so a slow view drops frames instead of slowing
  // the animation down.
  const double seconds = clock_.restart() / 1000.0;
  position_ += seconds * fps_ * speed_;
  int next = static_cast<int>(std::floor(position_));
  if (next >= frameCount()) {
    if (looping_) {
      position_ = std::fmod(position_, frameCount());
      next = static_cast<int>(std::floor(position_));
    } else {
      const double keep = position_;
      setFrame(frameCount() - 1);
      position_ = keep;
      pause();
      return;
    }
  }
  if (next != frame_) {
    const double keep = position_;
    setFrame(next);
    position_ = keep;
  }
}

void PoseTimeline::updateControls() {
  const bool any = frameCount() > 0;
  for (QWidget* w :
       {static_cast<QWidget*>(slider_), static_cast<QWidget*>(first_), static_cast<QWidget*>(prev_),
        static_cast<QWidget*>(play_), static_cast<QWidget*>(next_), static_cast<QWidget*>(last_)})
    w->setEnabled(any);
  slider_->blockSignals(true);
  slider_->setRange(0, std::max(0, frameCount() - 1));
  slider_->setValue(frame_);
  slider_->blockSignals(false);
  play_->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  label_->setText(any ? tr("%1 / %2  %3").arg(frame_ + 1).arg(frameCount()).arg(frameLabel(frame_))
                      : tr("No avatar"));
}

void PoseTimeline::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Space:
      togglePlay();
      break;
    case Qt::Key_Left:
      stepBackward();
      break;
    case Qt::Key_Right:
      stepForward();
      break;
    case Qt::Key_Home:
      pause();
      setFrame(0);
      break;
    case Qt::Key_End:
      pause();
      setFrame(frameCount() - 1);
      break;
    default:
      QWidget::keyPressEvent(event);
      return;
  }
  event->accept();
}

}  // namespace palma
