// LibTorch before Qt (see avatar_document.h).
#include <torch/torch.h>

#include "widgets/frame_compare_view.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "core/avatar/avatar_ops.h"
#include "core/capture/prepare.h"
#include "core/capture/project.h"
#include "core/eval/synthetic_capture_io.h"
#include "core/render/camera.h"
#include "widgets/avatar_document.h"
#include "widgets/tensor_image.h"

namespace palma {

struct FrameCompareView::Result {
  int row = -1;
  int64_t generation = 0;
  QImage input, render, composite, difference;
  double mean_difference = -1;
  double ms = 0;
  QString error;
};

// What the worker renders: the avatar (immutable snapshot) at one pose through one camera, over one
// input frame.
struct FrameCompareView::Worker {
  struct Scene {
    Rig rig;
    HandModel tmpl;
    Avatar avatar;
  };
  struct Job {
    std::shared_ptr<const Scene> scene;
    int row = -1;
    torch::Tensor pose, translation, intrinsics, input;  // [16,3], [3], [4] at the render size, [h,w,3]
    int width = 0, height = 0;
    int64_t generation = 0;  // the request's number: only the newest request is sure to be rendered
  };

  explicit Worker(FrameCompareView* view) : view(view), thread([this] { run(); }) {}
  ~Worker() {
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
    }
    wake.notify_all();
    thread.join();
  }
  // Replaces any job not yet started.
  void submit(Job job) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      next = std::move(job);
    }
    wake.notify_all();
  }

  void run() {
    render::Renderer renderer;
    for (;;) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait(lock, [this] { return stop || next.has_value(); });
        if (stop) return;
        job = std::move(*next);
        next.reset();
      }
      auto result = std::make_shared<Result>();
      result->row = job.row;
      result->generation = job.generation;
      const auto start = std::chrono::steady_clock::now();
      try {
        torch::NoGradGuard no_grad;
        render::CameraBatch cameras;
        cameras.intrinsics = job.intrinsics.unsqueeze(0);
        cameras.width = job.width;
        cameras.height = job.height;
        render::RenderSettings settings;
        settings.geometry_outputs = false;
        const auto out = renderAvatar(renderer, job.scene->rig, job.scene->tmpl, job.scene->avatar,
                                      job.pose.unsqueeze(0), job.translation.unsqueeze(0), cameras, settings);
        const auto image = out.image[0].clamp(0.0, 1.0);
        const auto mask = out.mask[0].clamp(0.0, 1.0);
        const auto composite = mask * image + (1 - mask) * job.input;
        const auto diff = (composite - job.input).abs();
        const double covered = mask.sum().item<double>();
        result->mean_difference = covered > 0 ? diff.sum().item<double>() / (3.0 * covered) : -1.0;
        result->input = rgbImage(job.input);
        result->render = rgbImage(image * mask);
        result->composite = rgbImage(0.5 * mask * image + (1 - 0.5 * mask) * job.input);
        result->difference = rgbImage(diff * 4.0);
      } catch (const std::exception& e) {
        result->error = QString::fromStdString(e.what());
      }
      result->ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      QMetaObject::invokeMethod(
          view, [view = this->view, result] { view->deliver(result); }, Qt::QueuedConnection);
    }
  }

  FrameCompareView* view;
  std::shared_ptr<const Scene> scene;
  std::mutex mutex;
  std::condition_variable wake;
  std::optional<Job> next;
  bool stop = false;
  std::thread thread;
};

FrameCompareView::FrameCompareView(AvatarDocument* document, QWidget* parent)
    : QWidget(parent), doc_(document), worker_(std::make_unique<Worker>(this)) {
  setMinimumSize(200, 100);
  connect(doc_, &AvatarDocument::avatarChanged, this, [this] {
    updateScene();
    requestRender();
  });
  connect(doc_, &AvatarDocument::poseChanged, this, &FrameCompareView::requestRender);
  updateScene();
  status_ = tr("Open the capture or project folder the avatar was made from");
}

FrameCompareView::~FrameCompareView() { worker_.reset(); }

void FrameCompareView::updateScene() {
  if (!doc_->hasAvatar()) {
    worker_->scene.reset();
    return;
  }
  auto scene = std::make_shared<Worker::Scene>(
      Worker::Scene{makeRig(doc_->templateModel()), doc_->templateModel(), doc_->avatar()});
  worker_->scene = std::move(scene);
}

bool FrameCompareView::openCapture(const QString& folder, QString* error) {
  try {
    const std::string path = folder.toStdString();
    PreparedCapture capture;
    if (isProjectFolder(path))
      capture = loadProjectCapture(path);
    else if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("capture.json"))))
      capture = eval::loadCaptureFolder(path);
    else
      throw InputError("'" + path +
                       "' is neither a capture folder (capture.json) nor a project (project.json)");
    setCapture(capture);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

void FrameCompareView::setCapture(const PreparedCapture& capture) {
  capture.validate();
  capture_ = std::make_unique<PreparedCapture>(capture);
  Q_EMIT captureChanged();
  requestRender();
}

bool FrameCompareView::hasCapture() const { return capture_ != nullptr; }

int FrameCompareView::captureFrames() const { return capture_ ? static_cast<int>(capture_->numFrames()) : 0; }

void FrameCompareView::setMode(Mode mode) {
  mode_ = mode;
  update();
}

void FrameCompareView::setMaxResolution(int pixels) {
  max_resolution_ = std::clamp(pixels, 32, 4096);
  requestRender();
}

void FrameCompareView::requestRender() {
  capture_row_ = -1;
  if (!capture_) {
    status_ = tr("Open the capture or project folder the avatar was made from");
    update();
    return;
  }
  const int row = doc_->hasAvatar() ? doc_->capturedFrame() : -1;
  if (row < 0 || !worker_->scene) {
    status_ = tr("The pose shown is not a captured one: pick a captured frame on the timeline");
    update();
    return;
  }
  const CapturedMotion& motion = doc_->avatar().motion;
  const int source_frame = motion.frame_indices.empty() ? row : motion.frame_indices[row];
  int found = -1;
  if (!capture_->frame_indices.empty()) {
    for (size_t i = 0; i < capture_->frame_indices.size(); ++i)
      if (capture_->frame_indices[i] == source_frame) found = static_cast<int>(i);
  } else if (source_frame < capture_->numFrames()) {
    found = source_frame;
  }
  if (found < 0) {
    status_ = tr("The capture has no frame %1 (the avatar's captured row %2)").arg(source_frame).arg(row);
    update();
    return;
  }
  capture_row_ = found;
  // Render at the capture's aspect ratio, longest side at most maxResolution().
  const int cw = capture_->width, ch = capture_->height;
  const double scale = std::min(1.0, static_cast<double>(max_resolution_) / std::max(cw, ch));
  const int w = std::max(1, static_cast<int>(std::lround(cw * scale)));
  const int h = std::max(1, static_cast<int>(std::lround(ch * scale)));
  torch::NoGradGuard no_grad;
  const auto k = motion.intrinsics[row].to(torch::kFloat64).contiguous();
  render::Camera camera;
  camera.fx = k[0].item<double>();
  camera.fy = k[1].item<double>();
  camera.cx = k[2].item<double>();
  camera.cy = k[3].item<double>();
  camera.width = motion.width > 0 ? motion.width : cw;
  camera.height = motion.height > 0 ? motion.height : ch;
  camera = camera.resized(w, h);
  Worker::Job job;
  job.scene = worker_->scene;
  job.row = found;
  job.pose = doc_->pose().to(torch::kFloat32).clone();
  job.translation = doc_->translation().to(torch::kFloat32).clone();
  job.intrinsics = torch::tensor({static_cast<float>(camera.fx), static_cast<float>(camera.fy),
                                  static_cast<float>(camera.cx), static_cast<float>(camera.cy)});
  auto input = capture_->images[found].to(torch::kFloat32);
  if (w != cw || h != ch)
    input = torch::nn::functional::interpolate(input.permute({2, 0, 1}).unsqueeze(0),
                                               torch::nn::functional::InterpolateFuncOptions()
                                                   .size(std::vector<int64_t>{h, w})
                                                   .mode(torch::kArea))[0]
                .permute({1, 2, 0});
  job.input = input.contiguous();
  job.width = w;
  job.height = h;
  job.generation = ++requested_;
  worker_->submit(std::move(job));
}

void FrameCompareView::deliver(const std::shared_ptr<Result>& result) {
  delivered_ = std::max(delivered_, result->generation);
  if (!result->error.isEmpty()) {
    status_ = tr("Cannot render the avatar: %1").arg(result->error);
  } else {
    input_ = result->input;
    render_ = result->render;
    composite_ = result->composite;
    difference_image_ = result->difference;
    mean_difference_ = result->mean_difference;
    last_render_ms_ = result->ms;
    ++render_count_;
    status_ = tr("Capture frame %1: mean difference %2 (%3 ms)")
                  .arg(result->row)
                  .arg(mean_difference_, 0, 'f', 3)
                  .arg(last_render_ms_, 0, 'f', 0);
  }
  update();
  Q_EMIT rendered();
}

bool FrameCompareView::waitForRenders(int timeout_ms) {
  QElapsedTimer clock;
  clock.start();
  while (delivered_ < requested_ && clock.elapsed() < timeout_ms)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return delivered_ >= requested_;
}

void FrameCompareView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().window());
  const int text_h = fontMetrics().height() + 6;
  const QRect area = rect().adjusted(4, 4, -4, -text_h);
  painter.drawText(rect().adjusted(6, 0, -6, -2), Qt::AlignBottom | Qt::AlignLeft, status_);
  if (input_.isNull() || capture_row_ < 0) return;
  painter.setRenderHint(QPainter::SmoothPixmapTransform);
  const auto draw = [&](const QImage& image, const QRect& box) {
    const QSize s = image.size().scaled(box.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRect(box.center() - QPoint(s.width() / 2, s.height() / 2), s), image);
  };
  if (mode_ == Mode::SideBySide) {
    const int half = area.width() / 2;
    draw(input_, QRect(area.left(), area.top(), half - 2, area.height()));
    draw(render_, QRect(area.left() + half + 2, area.top(), area.width() - half - 2, area.height()));
  } else {
    draw(mode_ == Mode::Overlay ? composite_ : difference_image_, area);
  }
}

}  // namespace palma
