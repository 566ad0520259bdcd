// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include "app/studio/project_controller.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QWidget>
#include <iostream>

#include "app/studio/recent_folders.h"
#include "core/common/error.h"
#include "widgets/project_document.h"

namespace palma {
namespace {

const char* kRecentProjectsKey = "recentProjects";
const char* kProjectsRootKey = "projects/root";

}  // namespace

ProjectController::ProjectController(ProjectDocument* project, QWidget* window)
    : QObject(window), project_(project), window_(window) {
  QStyle* style = window->style();
  new_action_ = new QAction(style->standardIcon(QStyle::SP_FileIcon), tr("New Project…"), this);
  new_action_->setObjectName("newProjectAction");
  new_action_->setShortcut(QKeySequence::New);
  new_action_->setToolTip(tr("Start a project from a video, an image folder or the webcam (Ctrl+N)"));
  connect(new_action_, &QAction::triggered, this, [this] {
    if (maybeSave()) Q_EMIT newProjectRequested();
  });
  open_action_ = new QAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("Open Project…"), this);
  open_action_->setObjectName("openProjectAction");
  open_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  open_action_->setToolTip(tr("Open a project folder (NAME.palma) (Ctrl+Shift+O)"));
  connect(open_action_, &QAction::triggered, this, &ProjectController::chooseProject);
  save_action_ = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("Save Project"), this);
  save_action_->setObjectName("saveProjectAction");
  save_action_->setShortcut(QKeySequence::Save);
  save_action_->setToolTip(tr("Save the project's edits (Ctrl+S)"));
  connect(save_action_, &QAction::triggered, this, [this] { save(); });
  save_as_action_ = new QAction(tr("Save Project As…"), this);
  save_as_action_->setObjectName("saveProjectAsAction");
  save_as_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  connect(save_as_action_, &QAction::triggered, this, [this] { saveAs(); });
  close_action_ = new QAction(tr("Close Project"), this);
  close_action_->setObjectName("closeProjectAction");
  connect(close_action_, &QAction::triggered, this, [this] { closeProject(); });
  recent_menu_ = new QMenu(tr("Open Recent Project"), window);
  recent_menu_->setObjectName("recentProjectsMenu");
  recent_ = new RecentFolders(
      recent_menu_, kRecentProjectsKey, kMaxRecentProjects, tr("No recent projects"),
      [this](const QString& folder) { openProject(folder); },
      [this](const QString& folder) {
        reportError(tr("Project not found"),
                    tr("The project folder '%1' no longer exists; it was removed from Open Recent Project.")
                        .arg(QDir::toNativeSeparators(folder)));
      });
  connect(project_, &ProjectDocument::projectChanged, this, &ProjectController::updateActions);
  connect(project_, &ProjectDocument::dirtyChanged, this, &ProjectController::updateActions);
  connect(project_, &ProjectDocument::saved, this, [this](const QString& folder) { addRecent(folder); });
  updateActions();
}

ProjectController::~ProjectController() {
  if (cancel_) cancel_->cancel();
  if (worker_.joinable()) worker_.join();
}

void ProjectController::updateActions() {
  const bool open = project_->isOpen();
  save_action_->setEnabled(open && project_->isDirty());
  save_as_action_->setEnabled(open);
  close_action_->setEnabled(open);
}

// ---- Opening, saving, closing ----

bool ProjectController::openProject(const QString& folder, Recovery recovery) {
  const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  if (project_->isOpen() && clean == project_->folder() && !ProjectDocument::hasRecovery(clean)) return true;
  if (!maybeSave()) return false;
  QString error;
  if (!project_->open(clean, &error)) {
    reportError(tr("Cannot open the project"),
                tr("Cannot open the project '%1': %2").arg(QDir::toNativeSeparators(clean), error));
    return false;
  }
  if (ProjectDocument::hasRecovery(clean)) {
    bool take = recovery == Recovery::Recover;
    if (recovery == Recovery::Ask) {
      const QDateTime when =
          QFileInfo(QDir(ProjectDocument::autosaveFolder(clean)).filePath("project.json")).lastModified();
      QMessageBox box(QMessageBox::Question, tr("Recover unsaved edits?"),
                      tr("The project '%1' has edits from %2 that were not saved (Palma Studio did not "
                         "close normally). Recover them?")
                          .arg(project_->name(), QLocale().toString(when, QLocale::ShortFormat)),
                      QMessageBox::NoButton, window_);
      box.setObjectName("recoveryBox");
      QPushButton* recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
      box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
      box.setDefaultButton(recover);
      box.exec();
      take = box.clickedButton() == recover;
    }
    if (take) {
      if (!project_->recover(&error))
        reportError(tr("Cannot recover the edits"),
                    tr("The autosaved edits of '%1' cannot be read: %2").arg(project_->name(), error));
    } else {
      project_->discardRecovery();
    }
  }
  addRecent(clean);
  Q_EMIT projectOpened(clean);
  return true;
}

void ProjectController::chooseProject() {
  const QStringList recent = recentProjects();
  const QString start = recent.isEmpty() ? projectsRoot() : QFileInfo(recent.first()).path();
  const QString folder =
      QFileDialog::getExistingDirectory(window_, tr("Open a project folder (NAME.palma)"), start);
  if (!folder.isEmpty()) openProject(folder);
}

bool ProjectController::save() {
  if (!project_->isOpen()) return false;
  QString error;
  if (!project_->save(&error)) {
    reportError(tr("Cannot save the project"),
                tr("Cannot save the project '%1': %2 — your edits are still here; try Save Project As.")
                    .arg(QDir::toNativeSeparators(project_->folder()), error));
    return false;
  }
  return true;
}

bool ProjectController::saveAs() {
  if (!project_->isOpen()) return false;
  const QString folder = QFileDialog::getSaveFileName(
      window_, tr("Save the project as (a new folder)"),
      QDir(QFileInfo(project_->folder()).path()).filePath(project_->name() + "-copy.palma"));
  if (folder.isEmpty()) return false;
  return saveAs(folder.endsWith(".palma") ? folder : folder + ".palma");
}

bool ProjectController::saveAs(const QString& folder) {
  QString error;
  if (!project_->saveAs(folder, &error)) {
    reportError(tr("Cannot save the project"),
                tr("Cannot save the project as '%1': %2").arg(QDir::toNativeSeparators(folder), error));
    return false;
  }
  return true;
}

bool ProjectController::closeProject() {
  if (!project_->isOpen()) return true;
  if (!maybeSave()) return false;
  project_->discardRecovery();
  project_->close();
  return true;
}

bool ProjectController::maybeSave() {
  if (!project_->isOpen() || !project_->isDirty()) return true;
  QMessageBox box(QMessageBox::Warning, tr("Unsaved edits"),
                  tr("The project '%1' has edits that are not saved.").arg(project_->name()),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window_);
  box.setObjectName("unsavedBox");
  box.setInformativeText(tr("Save them before going on?"));
  box.setDefaultButton(QMessageBox::Save);
  const int answer = box.exec();
  if (answer == QMessageBox::Save) return save();
  if (answer == QMessageBox::Discard) {
    project_->discardRecovery();
    return true;
  }
  return false;
}

// ---- Preparing a new project ----

QString ProjectController::projectsRoot() {
  const QString stored = QSettings().value(kProjectsRootKey).toString();
  if (!stored.isEmpty()) return stored;
  return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath("Palma Studio");
}

void ProjectController::setProjectsRoot(const QString& folder) {
  QSettings().setValue(kProjectsRootKey, folder);
}

QString ProjectController::newProjectFolder(const QString& source) {
  const QFileInfo info(source);
  QString stem = info.isDir() ? info.fileName() : info.completeBaseName();
  if (stem.isEmpty()) stem = "hand";
  const QDir root(projectsRoot());
  QString folder = root.filePath(stem + ".palma");
  for (int n = 2; QFileInfo::exists(folder); ++n)
    folder = root.filePath(QString("%1-%2.palma").arg(stem).arg(n));
  return folder;
}

void ProjectController::prepare(const QString& source, const PrepareOptions& options, const QString& folder) {
  if (isPreparing()) return;
  if (!maybeSave()) return;
  const QString target = folder.isEmpty() ? newProjectFolder(source) : folder;
  progress_ = new QProgressDialog(tr("Preparing '%1'…").arg(QFileInfo(source).fileName()), tr("Cancel"), 0,
                                  1000, window_);
  progress_->setObjectName("prepareProgress");
  progress_->setWindowTitle(tr("Preparing the project"));
  progress_->setWindowModality(Qt::WindowModal);
  progress_->setMinimumDuration(300);
  progress_->setAutoClose(false);
  progress_->setAutoReset(false);
  progress_->setValue(0);
  connect(progress_, &QProgressDialog::canceled, this, &ProjectController::cancelPrepare);
  cancel_ = std::make_shared<CancelToken>();
  auto cancel = cancel_;
  QPointer<ProjectController> self(this);
  const std::string src = source.toStdString(), dst = target.toStdString();
  worker_ = std::thread([self, cancel, src, dst, options, target] {
    auto progress = [self](const ProgressEvent& e) {
      const double fraction = e.fraction;
      const QString detail = QString::fromStdString(e.message.empty() ? e.stage : e.message);
      QMetaObject::invokeMethod(
          self,
          [self, fraction, detail] {
            if (self) self->onPrepareProgress(fraction, detail);
          },
          Qt::QueuedConnection);
    };
    bool ok = false;
    QString message;
    PrepareReport report;
    try {
      report = prepareCapture(src, dst, options, progress, cancel.get());
      ok = true;
    } catch (const Cancelled&) {
      message = ProjectController::tr("cancelled");
    } catch (const std::exception& e) {
      message = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        self,
        [self, ok, target, message, report] {
          if (!self) return;
          self->report_ = report;
          self->onPrepareDone(ok, target, message);
        },
        Qt::QueuedConnection);
  });
  Q_EMIT preparingChanged(true);
}

void ProjectController::cancelPrepare() {
  if (cancel_) cancel_->cancel();
}

void ProjectController::onPrepareProgress(double fraction, const QString& detail) {
  if (!progress_) return;
  // The label first: setValue() of a modal progress dialog processes events, and the preparation may
  // finish (onPrepareDone) inside it, which lets go of the dialog.
  progress_->setLabelText(detail);
  progress_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 1000));
}

void ProjectController::onPrepareDone(bool ok, const QString& folder, const QString& message) {
  if (worker_.joinable()) worker_.join();
  cancel_.reset();
  if (progress_) {
    progress_->deleteLater();
    progress_ = nullptr;
  }
  QString error = message;
  if (ok) {
    // The preparation wrote the project; a failed open (a full disk in between) is still reported.
    if (!project_->open(folder, &error)) ok = false;
  }
  if (ok) {
    addRecent(project_->folder());
    Q_EMIT projectOpened(project_->folder());
  } else if (message != tr("cancelled")) {
    reportError(tr("Cannot prepare the project"), error);
  }
  Q_EMIT preparingChanged(false);
  Q_EMIT prepared(ok, ok ? QString() : error);
}

// ---- Recent projects ----

QStringList ProjectController::recentProjects() const { return recent_->folders(); }

void ProjectController::addRecent(const QString& folder) { recent_->add(folder); }

// Errors go to stderr (for logs and scripts) and to a window-modal box that does not block the caller.
void ProjectController::reportError(const QString& title, const QString& message) {
  std::cerr << "palma-studio: error: " << message.toStdString() << std::endl;
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, window_);
  box->setObjectName("projectErrorBox");
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

}  // namespace palma
