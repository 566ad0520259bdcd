// Projects in the studio: the File menu's New Project, Open Project, Save, Save As, Close Project and
// Open Recent Project over a ProjectDocument (widgets/project_document.h); preparing a new project from
// a video or image folder in a worker thread (palma::prepareCapture, the function `palma prepare`
// calls) with a progress dialog that can cancel; asking to save unsaved edits before they would be
// lost; and offering the autosaved edits back when a project is opened after a crash.
//
// New projects go to projectsRoot() (QSettings "projects/root", by default "Palma Studio" in the
// user's documents folder) as <video name>.palma, numbered when the name is taken; Save As moves a
// project anywhere.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

#include "core/capture/prepare.h"

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace palma {

class ProjectDocument;
class RecentFolders;

class ProjectController : public QObject {
  Q_OBJECT

 public:
  static constexpr int kMaxRecentProjects = 8;
  // What to do with autosaved edits found when a project opens.
  enum class Recovery { Ask, Recover, Discard };

  // `window` parents the dialogs.
  ProjectController(ProjectDocument* project, QWidget* window);
  ~ProjectController() override;

  ProjectDocument* project() const { return project_; }
  QAction* newAction() const { return new_action_; }
  QAction* openAction() const { return open_action_; }
  QAction* saveAction() const { return save_action_; }
  QAction* saveAsAction() const { return save_as_action_; }
  QAction* closeAction() const { return close_action_; }
  QMenu* recentMenu() const { return recent_menu_; }

  // Opens a project folder (after asking to save the current one's edits). When the folder holds
  // autosaved edits newer than the saved project, `recovery` decides (Ask: a dialog). Errors are
  // reported in a message box and on stderr; false when nothing was opened.
  bool openProject(const QString& folder, Recovery recovery = Recovery::Ask);
  // Save: writes the edits (false and a message on failure). Save As asks for a new folder.
  bool save();
  bool saveAs();
  bool saveAs(const QString& folder);
  // Closes the project (after asking to save its edits); false when the user cancelled.
  bool closeProject();
  // When the project has unsaved edits: asks Save / Discard / Cancel. true to go on.
  bool maybeSave();

  // Prepares `source` into a new project folder (`folder`, or a new one under projectsRoot()) in a
  // worker thread, then opens it. Returns at once; preparingChanged and prepared() follow.
  void prepare(const QString& source, const PrepareOptions& options, const QString& folder = {});
  bool isPreparing() const { return worker_.joinable(); }
  void cancelPrepare();
  // The last preparation's report (valid after prepared(true, ...)).
  const PrepareReport& lastReport() const { return report_; }

  static QString projectsRoot();
  static void setProjectsRoot(const QString& folder);
  // <projects root>/<source name>.palma, or <name>-2.palma ... when taken.
  static QString newProjectFolder(const QString& source);
  QStringList recentProjects() const;

 Q_SIGNALS:
  // New Project was chosen: the window shows the Capture page.
  void newProjectRequested();
  void preparingChanged(bool preparing);
  // A preparation ended: ok with the project opened, or the error (or "cancelled").
  void prepared(bool ok, const QString& message);
  void projectOpened(const QString& folder);

 private:
  void chooseProject();
  void addRecent(const QString& folder);
  void updateActions();
  void reportError(const QString& title, const QString& message);
  void onPrepareProgress(double fraction, const QString& detail);
  void onPrepareDone(bool ok, const QString& folder, const QString& message);

  ProjectDocument* project_;
  QWidget* window_;
  QAction* new_action_ = nullptr;
  QAction* open_action_ = nullptr;
  QAction* save_action_ = nullptr;
  QAction* save_as_action_ = nullptr;
  QAction* close_action_ = nullptr;
  QMenu* recent_menu_ = nullptr;
  RecentFolders* recent_ = nullptr;
  QProgressDialog* progress_ = nullptr;
  std::thread worker_;
  std::shared_ptr<CancelToken> cancel_;
  PrepareReport report_;
};

}  // namespace palma
