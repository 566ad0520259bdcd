// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include "widgets/project_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <filesystem>
#include <system_error>

#include "core/capture/frame_source.h"
#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "widgets/tensor_image.h"

namespace fs = std::filesystem;

namespace palma {
namespace {

// An engine command (core/common/undo_stack.h) on a QUndoStack: QUndoStack::push calls redo() once,
// as the engine's UndoStack does, and merging is delegated to the engine command.
class EngineCommand : public QUndoCommand {
 public:
  explicit EngineCommand(std::unique_ptr<UndoCommand> command)
      : QUndoCommand(QString::fromStdString(command->text())), command_(std::move(command)) {}
  void redo() override { command_->redo(); }
  void undo() override { command_->undo(); }
  int id() const override { return command_->id(); }
  bool mergeWith(const QUndoCommand* other) override {
    const auto* next = dynamic_cast<const EngineCommand*>(other);
    return next != nullptr && command_->mergeWith(*next->command_);
  }

 private:
  std::unique_ptr<UndoCommand> command_;
};

}  // namespace

// Replaces one mask; undo restores the old mask and the project's mask origin.
class MaskEditCommand : public QUndoCommand {
 public:
  MaskEditCommand(ProjectDocument& doc, int row, torch::Tensor mask, const QString& text)
      : QUndoCommand(text),
        doc_(doc),
        row_(row),
        new_(std::move(mask)),
        old_(doc.mask(row)),
        old_origin_(doc.maskOrigin()) {}
  void redo() override { doc_.applyMask(row_, new_, MaskOrigin::Edited); }
  void undo() override { doc_.applyMask(row_, old_, old_origin_); }

 private:
  ProjectDocument& doc_;
  int row_;
  torch::Tensor new_, old_;
  MaskOrigin old_origin_;
};

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent) {
  undo_stack_ = new QUndoStack(this);
  connect(undo_stack_, &QUndoStack::cleanChanged, this, [this] { updateDirty(); });
  connect(undo_stack_, &QUndoStack::indexChanged, this, [this] {
    updateDirty();
    // Every edit restarts the autosave countdown, so a burst of edits autosaves once.
    if (isDirty() && autosave_interval_ms_ > 0) autosave_timer_->start();
  });
  autosave_timer_ = new QTimer(this);
  autosave_timer_->setSingleShot(true);
  autosave_timer_->setInterval(autosave_interval_ms_);
  connect(autosave_timer_, &QTimer::timeout, this, [this] { autosave(); });
  keypoints_.setChangeCallback([this](const KeypointChange& change) {
    Q_EMIT keypointsChanged(change.first_frame, change.last_frame);
  });
}

ProjectDocument::~ProjectDocument() { stopDecoding(); }

QString ProjectDocument::name() const {
  QString n = QFileInfo(folder_).fileName();
  if (n.endsWith(".palma")) n.chop(6);
  return n;
}

CaptureProject ProjectDocument::project() const {
  CaptureProject p = project_;
  p.keypoints = keypoints_.track();
  p.masks = mask_origin_;
  return p;
}

bool ProjectDocument::open(const QString& folder, QString* error) {
  CaptureProject project;
  std::vector<torch::Tensor> masks;
  try {
    project = loadProject(folder.toStdString());
    if (project.masks != MaskOrigin::None) masks = loadProjectMasks(folder.toStdString(), project);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  const bool same_frames = open_ && project.source_path == project_.source_path &&
                           project.numFrames() == project_.numFrames() && frames_loaded_ && [&] {
                             for (int i = 0; i < project.numFrames(); ++i)
                               if (project.frames[i].index != project_.frames[i].index) return false;
                             return true;
                           }();
  if (!same_frames) stopDecoding();
  folder_ = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  project_ = std::move(project);
  masks_ = std::move(masks);
  masks_.resize(project_.frames.size());
  mask_origin_ = project_.masks;
  keypoints_.reset(project_.keypoints);
  open_ = true;
  extra_dirty_ = false;
  undo_stack_->clear();
  undo_stack_->setClean();
  autosave_timer_->stop();
  for (const Participant& p : participants_)
    if (p.load) p.load(folder_.toStdString());
  if (!same_frames) startDecoding();
  updateDirty();
  Q_EMIT projectChanged();
  return true;
}

bool ProjectDocument::reload(QString* error) {
  if (!open_) {
    if (error) *error = tr("No project is open.");
    return false;
  }
  return open(folder_, error);
}

void ProjectDocument::close() {
  stopDecoding();
  open_ = false;
  folder_.clear();
  project_ = CaptureProject();
  masks_.clear();
  mask_origin_ = MaskOrigin::None;
  keypoints_.reset(KeypointTrack());
  images_.clear();
  rgb_.clear();
  frames_loaded_ = false;
  extra_dirty_ = false;
  undo_stack_->clear();
  autosave_timer_->stop();
  updateDirty();
  Q_EMIT projectChanged();
}

// ---- Frames ----

void ProjectDocument::startDecoding() {
  images_.assign(project_.frames.size(), QImage());
  rgb_.assign(project_.frames.size(), torch::Tensor());
  frames_loaded_ = false;
  frame_error_.clear();
  const uint64_t generation = ++generation_;
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  decoder_cancel_ = cancel;
  const std::string source = project_.source_path;
  const FrameSelection selection = project_.selection;
  std::vector<int> indices;
  for (const ProjectFrame& f : project_.frames) indices.push_back(f.index);
  const int width = project_.width, height = project_.height;
  QPointer<ProjectDocument> self(this);
  decoder_ = std::thread([self, generation, cancel, source, selection, indices, width, height] {
    auto fail = [&](const QString& message) {
      QMetaObject::invokeMethod(
          self,
          [self, generation, message] {
            if (!self || generation != self->generation_) return;
            self->frame_error_ = message;
            Q_EMIT self->frameLoadFailed(message);
          },
          Qt::QueuedConnection);
    };
    try {
      if (!fs::exists(source)) {
        fail(ProjectDocument::tr("The project's source '%1' is missing: put it back where it was.")
                 .arg(QString::fromStdString(source)));
        return;
      }
      std::unique_ptr<FrameSource> src = openFrameSource(source, selection);
      if (src->info().width != width || src->info().height != height) {
        fail(ProjectDocument::tr(
                 "The project's source '%1' changed since the project was made: prepare it again.")
                 .arg(QString::fromStdString(source)));
        return;
      }
      Frame frame;
      size_t row = 0;
      while (row < indices.size() && src->next(frame)) {
        if (*cancel) return;
        if (frame.index != indices[row]) continue;
        const QImage image = rgbImage(frame.rgb);
        const torch::Tensor rgb = frame.rgb;
        const int r = static_cast<int>(row);
        QMetaObject::invokeMethod(
            self,
            [self, generation, r, image, rgb] {
              if (self && generation == self->generation_) self->onFrameDecoded(r, image, rgb);
            },
            Qt::QueuedConnection);
        ++row;
      }
      if (row < indices.size())
        fail(ProjectDocument::tr(
                 "The project's source '%1' ended after %2 of its %3 frames: prepare it again.")
                 .arg(QString::fromStdString(source))
                 .arg(row)
                 .arg(indices.size()));
    } catch (const std::exception& e) {
      fail(QString::fromStdString(e.what()));
    }
  });
}

void ProjectDocument::stopDecoding() {
  ++generation_;
  if (decoder_cancel_) *decoder_cancel_ = true;
  if (decoder_.joinable()) decoder_.join();
  decoder_cancel_.reset();
}

void ProjectDocument::onFrameDecoded(int row, const QImage& image, const torch::Tensor& rgb) {
  if (row < 0 || row >= static_cast<int>(images_.size())) return;
  images_[row] = image;
  rgb_[row] = rgb;
  Q_EMIT frameLoaded(row);
  for (const QImage& i : images_)
    if (i.isNull()) return;
  frames_loaded_ = true;
  Q_EMIT framesLoaded();
}

QImage ProjectDocument::frameImage(int row) const {
  return row >= 0 && row < static_cast<int>(images_.size()) ? images_[row] : QImage();
}

torch::Tensor ProjectDocument::frameRgb(int row) const {
  return row >= 0 && row < static_cast<int>(rgb_.size()) ? rgb_[row] : torch::Tensor();
}

bool ProjectDocument::waitForFrames(int timeout_ms) {
  QElapsedTimer timer;
  timer.start();
  while (open_ && !frames_loaded_ && frame_error_.isEmpty() && timer.elapsed() < timeout_ms)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  return frames_loaded_;
}

// ---- Edits ----

void ProjectDocument::push(std::unique_ptr<UndoCommand> command) {
  undo_stack_->push(new EngineCommand(std::move(command)));
}

torch::Tensor ProjectDocument::mask(int row) const {
  return row >= 0 && row < static_cast<int>(masks_.size()) ? masks_[row] : torch::Tensor();
}

void ProjectDocument::setMask(int row, const torch::Tensor& mask, const QString& text) {
  if (row < 0 || row >= frameCount())
    throw InputError("mask row " + std::to_string(row) + " is outside the project's " +
                     std::to_string(frameCount()) + " frames");
  if (mask.dim() != 2 || mask.size(0) != project_.height || mask.size(1) != project_.width)
    throw InputError("a mask for this project must be " + std::to_string(project_.width) + " x " +
                     std::to_string(project_.height));
  undo_stack_->push(new MaskEditCommand(*this, row, mask.to(torch::kUInt8).contiguous(), text));
}

void ProjectDocument::applyMask(int row, const torch::Tensor& mask, MaskOrigin origin) {
  masks_[row] = mask;
  mask_origin_ = origin;
  Q_EMIT maskChanged(row);
}

// ---- Dirty state and saving ----

bool ProjectDocument::isDirty() const { return open_ && (extra_dirty_ || !undo_stack_->isClean()); }

void ProjectDocument::markDirty() {
  extra_dirty_ = true;
  updateDirty();
  if (autosave_interval_ms_ > 0) autosave_timer_->start();
}

void ProjectDocument::updateDirty() {
  const bool dirty = isDirty();
  if (dirty == last_dirty_) return;
  last_dirty_ = dirty;
  Q_EMIT dirtyChanged(dirty);
}

void ProjectDocument::writeTo(const std::string& folder, bool autosave) const {
  ensureFolder(folder);
  CaptureProject p = project();
  // Masks the segmentation computed are re-derived from the source; only edited or imported ones
  // need writing (an autosave writes only edits).
  const bool write_masks = p.masks == MaskOrigin::Edited || (!autosave && p.masks == MaskOrigin::Imported);
  if (write_masks) {
    std::vector<torch::Tensor> masks = masks_;
    for (size_t i = 0; i < masks.size(); ++i)
      if (!masks[i].defined()) masks[i] = torch::zeros({p.height, p.width}, torch::kUInt8);
    saveProjectMasks(folder, p, masks);
  }
  for (const Participant& participant : participants_)
    if (participant.save) participant.save(folder);
  // project.json last: a folder with a project.json is complete.
  saveProject(folder, p);
}

bool ProjectDocument::save(QString* error) {
  if (!open_) {
    if (error) *error = tr("No project is open.");
    return false;
  }
  try {
    writeTo(folder_.toStdString(), false);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  project_ = project();
  discardRecovery();
  extra_dirty_ = false;
  undo_stack_->setClean();
  autosave_timer_->stop();
  updateDirty();
  Q_EMIT saved(folder_);
  return true;
}

bool ProjectDocument::saveAs(const QString& folder, QString* error) {
  auto failWith = [&](const QString& message) {
    if (error) *error = message;
    return false;
  };
  if (!open_) return failWith(tr("No project is open."));
  const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  if (target == folder_) return save(error);
  if (target.startsWith(folder_ + "/"))
    return failWith(tr("'%1' is inside the project: choose a folder outside it.").arg(target));
  const QFileInfo info(target);
  if (info.exists() && !info.isDir())
    return failWith(tr("'%1' is a file: choose a folder name.").arg(target));
  if (info.isDir() && !QDir(target).isEmpty())
    return failWith(tr("The folder '%1' is not empty: choose a new or empty folder.").arg(target));
  try {
    std::error_code ec;
    fs::create_directories(target.toStdString(), ec);
    if (ec) throw Error("cannot create '" + target.toStdString() + "': " + ec.message());
    for (const fs::directory_entry& entry : fs::directory_iterator(folder_.toStdString())) {
      if (entry.path().filename() == "autosave") continue;
      fs::copy(entry.path(), fs::path(target.toStdString()) / entry.path().filename(),
               fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
      if (ec)
        throw Error("cannot copy '" + entry.path().string() + "' to '" + target.toStdString() +
                    "': " + ec.message());
    }
    writeTo(target.toStdString(), false);
  } catch (const std::exception& e) {
    return failWith(QString::fromStdString(e.what()));
  }
  folder_ = target;
  project_ = project();
  extra_dirty_ = false;
  undo_stack_->setClean();
  autosave_timer_->stop();
  updateDirty();
  Q_EMIT saved(folder_);
  return true;
}

// ---- Autosave and recovery ----

void ProjectDocument::setAutosaveInterval(int ms) {
  autosave_interval_ms_ = std::max(0, ms);
  autosave_timer_->setInterval(autosave_interval_ms_);
  if (autosave_interval_ms_ == 0)
    autosave_timer_->stop();
  else if (isDirty())
    autosave_timer_->start();
}

QString ProjectDocument::autosaveFolder(const QString& project_folder) {
  return QDir(project_folder).filePath("autosave");
}

bool ProjectDocument::autosave(QString* error) {
  if (!isDirty()) return true;
  try {
    writeTo(autosaveFolder(folder_).toStdString(), true);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  Q_EMIT autosaved();
  return true;
}

bool ProjectDocument::hasRecovery(const QString& project_folder) {
  const QFileInfo autosaved(QDir(autosaveFolder(project_folder)).filePath("project.json"));
  const QFileInfo saved(QDir(project_folder).filePath("project.json"));
  return autosaved.isFile() && (!saved.isFile() || autosaved.lastModified() >= saved.lastModified());
}

bool ProjectDocument::recover(QString* error) {
  if (!open_) {
    if (error) *error = tr("No project is open.");
    return false;
  }
  const std::string from = autosaveFolder(folder_).toStdString();
  CaptureProject recovered;
  std::vector<torch::Tensor> masks;
  try {
    recovered = loadProject(from);
    if (recovered.numFrames() != project_.numFrames() || recovered.source_path != project_.source_path)
      throw InputError("the autosave in '" + from + "' belongs to another preparation of this project");
    if (recovered.masks == MaskOrigin::Edited) masks = loadProjectMasks(from, recovered);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  undo_stack_->clear();
  keypoints_.reset(recovered.keypoints);
  if (!masks.empty()) {
    masks_ = std::move(masks);
    mask_origin_ = MaskOrigin::Edited;
  }
  for (const Participant& p : participants_)
    if (p.load) p.load(from);
  extra_dirty_ = true;
  updateDirty();
  Q_EMIT projectChanged();
  return true;
}

void ProjectDocument::discardRecovery() {
  if (!folder_.isEmpty()) QDir(autosaveFolder(folder_)).removeRecursively();
}

void ProjectDocument::addParticipant(Participant participant) {
  participants_.push_back(std::move(participant));
}

}  // namespace palma
