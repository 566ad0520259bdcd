// The studio's main window: the workflow pages (Capture, Prepare, Reconstruct, Inspect, Export) in a
// list on the left; one ProjectDocument (the capture project) that Capture, Prepare and Reconstruct
// work on and one AvatarDocument that Inspect and Export share; the File menu with the project commands
// (ProjectController), Open Avatar, Open Recent and Export; drag-and-drop of videos, project and avatar
// folders; a toolbar; the project and the avatar in the status bar; dark and light themes and the
// interface language. Window geometry, theme, language, last page and recent avatars persist in QSettings.
#pragma once

#include <QLocale>
#include <QMainWindow>
#include <QString>
#include <QStringList>
#include <utility>

class QAction;
class QActionGroup;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTranslator;
class QUndoGroup;
class QUndoStack;

namespace palma {

class AvatarDocument;
class AvatarViewport;
class CapturePage;
class PoseInitPanel;
class PreparePage;
class ProjectController;
class ReconstructPage;
class RecentFolders;
class ProjectDocument;
class ExportPage;
class FrameCompareView;
class InspectPage;
class GuideWindow;
class PoseTimeline;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  enum class Theme { Dark, Light };
  // The pages in the order of the list (Ctrl+1 .. Ctrl+5).
  enum class Page { Capture, Prepare, Reconstruct, Inspect, Export };
  static constexpr int kMaxRecentAvatars = 8;
  // The size of a first start's window on a screen with `available` room (its available geometry, without
  // panels and docks): 1280 x 800, less on a smaller screen so that the window and its frame fit.
  static QSize defaultWindowSize(const QSize& available);

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens an avatar folder (NAME.palma-avatar), shows the Inspect page and remembers it in Open Recent.
  // On failure the previous avatar stays, the error goes to stderr and to a non-blocking message box,
  // and the result is false.
  bool openAvatar(const QString& folder);
  void closeAvatar();
  AvatarDocument* document() const { return document_; }
  // The capture project of the Capture, Prepare and Reconstruct pages, and the File menu's project
  // actions over it.
  ProjectDocument* project() const { return project_; }
  ProjectController* projects() const { return projects_; }

  void setPage(Page page);
  Page page() const;
  QListWidget* pageList() const { return page_list_; }
  InspectPage* inspectPage() const { return inspect_page_; }
  // Help > Palma Studio Guide (F1): the guide window at the section about the current page (created on
  // first use; the window keeps it).
  void showGuide();
  // The guide at `document`'s `heading` (empty: its top).
  void showGuideTopic(const QString& document, const QString& heading = {});
  GuideWindow* guideWindow() const { return guide_; }
  // The text of Help > About Palma Studio: version, what it does, the licence and the main libraries.
  static QString aboutText();
  // The guide's section about what the window shows now: {document, heading}.
  std::pair<QString, QString> guideTopic() const;
  ExportPage* exportPage() const { return export_page_; }
  ReconstructPage* reconstructPage() const { return reconstruct_page_; }
  CapturePage* capturePage() const { return capture_page_; }
  PreparePage* preparePage() const { return prepare_page_; }
  PoseInitPanel* poseInitPanel() const { return pose_init_panel_; }
  // The edits of the Inspect page's panels (lighting); cleared when another avatar opens.
  QUndoStack* undoStack() const { return undo_stack_; }
  // Edit > Undo/Redo act on the project's edits on the Capture, Prepare and Reconstruct pages and on
  // the avatar's (undoStack()) on the Inspect and Export pages.
  QUndoGroup* undoGroup() const { return undo_group_; }
  AvatarViewport* avatarView() const { return avatar_view_; }
  PoseTimeline* poseTimeline() const { return timeline_; }
  FrameCompareView* compareView() const { return compare_view_; }
  // File > Export… (Ctrl+E): the export page in a dialog of its own (created on first use).
  QDialog* showExportDialog();

  // Most recent first; at most kMaxRecentAvatars.
  QStringList recentAvatars() const;
  QMenu* recentMenu() const { return recent_menu_; }

  void setTheme(Theme theme);
  Theme theme() const { return theme_; }

  // The interface language: "" (the system's), "en", "de", "fr", "ja" or "zh_CN". Stored in QSettings;
  // it takes effect when Palma Studio starts next (the menu says so).
  void setLanguage(const QString& code);
  static QString language();
  static QStringList languages();
  // Installs the translator for `locale` from the embedded :/i18n/palma_<lang>.qm into the application
  // (which owns it); nullptr when there is no translation for that locale. Qt's own translation
  // (qtbase_<lang>.qm from Qt's translations folder, when installed) comes with it, as a child of the
  // returned translator: deleting that one uninstalls both.
  static QTranslator* installTranslator(const QLocale& locale);
  // The translator for the stored language (the system's locale when none is stored).
  static QTranslator* installConfiguredTranslator();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void createPages();
  void createActions();
  void connectReconstruction();
  void addRecent(const QString& folder);
  void chooseAvatar();
  void onAvatarChanged();
  void updateTitle();
  void reportError(const QString& title, const QString& message);
  void showAbout();

  AvatarDocument* document_ = nullptr;
  QUndoStack* undo_stack_ = nullptr;
  QUndoGroup* undo_group_ = nullptr;
  ProjectDocument* project_ = nullptr;
  ProjectController* projects_ = nullptr;
  AvatarViewport* avatar_view_ = nullptr;
  PoseTimeline* timeline_ = nullptr;
  FrameCompareView* compare_view_ = nullptr;
  QAction* render_action_ = nullptr;
  QListWidget* page_list_ = nullptr;
  QStackedWidget* pages_ = nullptr;
  InspectPage* inspect_page_ = nullptr;
  GuideWindow* guide_ = nullptr;
  ExportPage* export_page_ = nullptr;
  ReconstructPage* reconstruct_page_ = nullptr;
  CapturePage* capture_page_ = nullptr;
  PreparePage* prepare_page_ = nullptr;
  PoseInitPanel* pose_init_panel_ = nullptr;
  QDialog* export_dialog_ = nullptr;
  QMenu* recent_menu_ = nullptr;
  RecentFolders* recent_avatars_ = nullptr;
  QAction* close_action_ = nullptr;
  QAction* export_action_ = nullptr;
  QActionGroup* theme_group_ = nullptr;
  QActionGroup* language_group_ = nullptr;
  QLabel* status_label_ = nullptr;
  QLabel* project_status_ = nullptr;
  Theme theme_ = Theme::Dark;
};

// The folder an avatar drop means: a dropped folder, or the folder of a file dropped from inside an
// avatar folder ("" for anything else). Project folders (with a project.json) are not avatars.
QString avatarFolderOfDrop(const QString& local_path);
// True for a video file (mp4, mov, m4v, avi, mkv, webm): a drop that starts a project on the Capture page.
bool isCaptureSourceDrop(const QString& local_path);

}  // namespace palma
