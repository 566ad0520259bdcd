// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>
#include <torch/version.h>

#include "app/studio/main_window.h"

#include <vtkVersion.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTranslator>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <iostream>

#include "app/studio/capture_page.h"
#include "app/studio/export_page.h"
#include "app/studio/guide_window.h"
#include "app/studio/inspect_page.h"
#include "app/studio/prepare_page.h"
#include "app/studio/project_controller.h"
#include "app/studio/recent_folders.h"
#include "app/studio/reconstruct_page.h"
#include "palma/config.h"
#include "widgets/avatar_document.h"
#include "widgets/avatar_viewport.h"
#include "widgets/frame_compare_view.h"
#include "widgets/hand_overlay.h"
#include "widgets/lighting_panel.h"
#include "widgets/map_inspector.h"
#include "widgets/pose_init_panel.h"
#include "widgets/pose_panel.h"
#include "widgets/pose_timeline.h"
#include "widgets/project_document.h"
#include "widgets/render_dialog.h"

// Resources compiled into the static palma_resources library must be registered explicitly.
static void initPalmaResources() { Q_INIT_RESOURCE(resources); }

namespace palma {
namespace {

// Viewport backgrounds that go with the two style sheets (resources/styles/*.qss).
const QColor kDarkBackground(40, 44, 52);
const QColor kLightBackground(214, 218, 226);

const char* kRecentKey = "recentAvatars";
const char* kLanguageKey = "mainWindow/language";

}  // namespace

QString avatarFolderOfDrop(const QString& local_path) {
  const QFileInfo info(local_path);
  if (info.isDir() && QFileInfo(QDir(local_path).filePath("project.json")).isFile()) return {};
  if (info.isDir()) return QDir::cleanPath(info.absoluteFilePath());
  if (info.isFile() && info.absolutePath().endsWith(".palma-avatar"))
    return QDir::cleanPath(info.absolutePath());
  return {};
}

bool isCaptureSourceDrop(const QString& local_path) {
  const QFileInfo info(local_path);
  static const QStringList videos = {"mp4", "mov", "m4v", "avi", "mkv", "webm"};
  return info.isFile() && videos.contains(info.suffix().toLower());
}

QTranslator* MainWindow::installTranslator(const QLocale& locale) {
  initPalmaResources();
  auto* translator = new QTranslator(qApp);
  if (!translator->load(locale, "palma", "_", ":/i18n")) {
    delete translator;
    return nullptr;
  }
  // Qt's own texts (standard buttons, file dialogs, text field menus) come from Qt's translations
  // (Debian: qt6-translations-l10n) when they are installed. A child of ours: deleting ours removes it.
  auto* qt = new QTranslator(translator);
  if (qt->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  else
    delete qt;
  QCoreApplication::installTranslator(translator);  // searched first
  return translator;
}

QString MainWindow::language() { return QSettings().value(kLanguageKey).toString(); }

QStringList MainWindow::languages() { return {"", "en", "de", "fr", "ja", "zh_CN"}; }

QTranslator* MainWindow::installConfiguredTranslator() {
  const QString code = language();
  if (code == "en") return nullptr;  // the source strings are English
  return installTranslator(code.isEmpty() ? QLocale() : QLocale(code));
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  initPalmaResources();
  setWindowIcon(QIcon(":/icons/palma.svg"));
  setAcceptDrops(true);
  document_ = new AvatarDocument(this);
  undo_stack_ = new QUndoStack(this);
  connect(document_, &AvatarDocument::avatarChanged, undo_stack_, &QUndoStack::clear);
  project_ = new ProjectDocument(this);
  projects_ = new ProjectController(project_, this);
  undo_group_ = new QUndoGroup(this);
  undo_group_->addStack(undo_stack_);
  undo_group_->addStack(project_->undoStack());
  connect(project_, &ProjectDocument::projectChanged, this, &MainWindow::updateTitle);
  connect(project_, &ProjectDocument::dirtyChanged, this, &MainWindow::updateTitle);
  connect(project_, &ProjectDocument::keypointsChanged, this, &MainWindow::updateTitle);
  connect(projects_, &ProjectController::newProjectRequested, this, [this] { setPage(Page::Capture); });
  connect(projects_, &ProjectController::projectOpened, this, [this] { setPage(Page::Prepare); });

  createPages();
  createActions();
  connectReconstruction();
  project_status_ = new QLabel(this);
  project_status_->setObjectName("projectStatus");
  statusBar()->addPermanentWidget(project_status_);
  status_label_ = new QLabel(this);
  status_label_->setObjectName("avatarStatus");
  status_label_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  statusBar()->addPermanentWidget(status_label_, 1);
  connect(document_, &AvatarDocument::avatarChanged, this, &MainWindow::onAvatarChanged);
  onAvatarChanged();

  QSettings settings;
  restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
  restoreState(settings.value("mainWindow/state").toByteArray());
  setTheme(settings.value("mainWindow/theme").toString() == "light" ? Theme::Light : Theme::Dark);
  if (!settings.contains("mainWindow/geometry"))
    resize(defaultWindowSize(screen() ? screen()->availableGeometry().size() : QSize()));
  // A first start shows where the workflow begins.
  const int page = settings.value("mainWindow/page", int(Page::Capture)).toInt();
  setPage(page >= 0 && page < pages_->count() ? static_cast<Page>(page) : Page::Capture);
}

MainWindow::~MainWindow() = default;

QSize MainWindow::defaultWindowSize(const QSize& available) {
  const QSize preferred(1280, 800);
  if (!available.isValid() || available.isEmpty()) return preferred;
  // Room for the window frame and title bar, which lie outside the window's geometry.
  const QSize frame(16, 48);
  return preferred.boundedTo(available - frame).expandedTo(QSize(1, 1));
}

// The Reconstruct page follows the open project; its edits are saved before a run; the avatar a run
// writes is opened for the Inspect and Export pages (a finished run shows Inspect).
void MainWindow::connectReconstruction() {
  auto follow = [this] {
    reconstruct_page_->setProjectFolder(project_->isOpen() ? project_->folder() : QString());
  };
  connect(project_, &ProjectDocument::projectChanged, this, follow);
  connect(project_, &ProjectDocument::saved, this, follow);
  reconstruct_page_->setBeforeStart([this] { return !project_->isDirty() || projects_->save(); });
  reconstruct_page_->setProjectSource([this]() -> std::optional<CaptureProject> {
    if (!project_->isOpen() || project_->folder() != reconstruct_page_->projectFolder()) return std::nullopt;
    return project_->project();
  });
  connect(page_list_, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row == int(Page::Reconstruct)) reconstruct_page_->refresh();
  });
  connect(project_, &ProjectDocument::dirtyChanged, reconstruct_page_, &ReconstructPage::refresh);
  connect(reconstruct_page_, &ReconstructPage::avatarReady, this, [this](const QString& folder) {
    const bool finished = reconstruct_page_->state() == ReconstructPage::State::Finished;
    QString error;
    if (!document_->load(folder, &error)) {
      reportError(tr("Cannot open the avatar"),
                  tr("Cannot open the avatar '%1': %2").arg(QDir::toNativeSeparators(folder), error));
      return;
    }
    addRecent(folder);
    statusBar()->showMessage(tr("The avatar is ready: %1").arg(QDir::toNativeSeparators(folder)), 10000);
    if (finished) setPage(Page::Inspect);
  });
  // No other project while a run is using this one.
  connect(reconstruct_page_, &ReconstructPage::runningChanged, this, [this](bool running) {
    for (QAction* a : {projects_->newAction(), projects_->openAction(), projects_->closeAction()})
      a->setEnabled(!running && (a != projects_->closeAction() || project_->isOpen()));
    projects_->recentMenu()->setEnabled(!running);
  });
}

void MainWindow::createPages() {
  auto* central = new QWidget(this);
  auto* layout = new QHBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  page_list_ = new QListWidget(central);
  page_list_->setObjectName("pageList");
  page_list_->setFixedWidth(160);
  page_list_->setSpacing(2);
  pages_ = new QStackedWidget(central);
  pages_->setObjectName("pages");
  layout->addWidget(page_list_);
  layout->addWidget(pages_, 1);
  setCentralWidget(central);

  const QString names[] = {tr("Capture"), tr("Prepare"), tr("Reconstruct"), tr("Inspect"), tr("Export")};
  for (int i = 0; i < 5; ++i) {
    auto* item = new QListWidgetItem(names[i], page_list_);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(names[i]).arg(i + 1));
    item->setSizeHint(QSize(150, 40));
  }

  capture_page_ = new CapturePage(pages_);
  pages_->addWidget(capture_page_);
  connect(capture_page_, &CapturePage::prepareRequested, this,
          [this] { projects_->prepare(capture_page_->source(), capture_page_->prepareOptions()); });
  prepare_page_ = new PreparePage(project_, pages_);
  pages_->addWidget(prepare_page_);
  // The pose initialisation: its panel in the side tabs, the frame with the fitted 3D hand in place of
  // the keypoint view while that tab is shown.
  pose_init_panel_ = new PoseInitPanel(project_);
  auto* hand_overlay = new HandOverlayView;
  pose_init_panel_->attachOverlay(hand_overlay);
  prepare_page_->addPanel(pose_init_panel_, tr("3D Hand"), hand_overlay);
  connect(prepare_page_, &PreparePage::currentRowChanged, pose_init_panel_, &PoseInitPanel::setCurrentRow);
  connect(pose_init_panel_, &PoseInitPanel::rowActivated, prepare_page_, &PreparePage::setCurrentRow);
  reconstruct_page_ = new ReconstructPage(pages_);
  pages_->addWidget(reconstruct_page_);
  inspect_page_ = new InspectPage(document_, pages_);
  avatar_view_ = new AvatarViewport(document_);
  inspect_page_->setViewport(avatar_view_);
  inspect_page_->addPanel(new LightingPanel(document_, undo_stack_), tr("Lighting"));
  inspect_page_->addPanel(new MapInspector(document_), tr("Maps"));
  // Pose: the timeline over captured poses, presets and animations, with the per-joint sliders below.
  auto* pose = new QWidget;
  auto* pose_layout = new QVBoxLayout(pose);
  timeline_ = new PoseTimeline(document_, pose);
  pose_layout->addWidget(timeline_);
  pose_layout->addWidget(new PosePanel(document_, pose), 1);
  inspect_page_->addPanel(pose, tr("Pose"));
  // Compare: the capture's frame beside the avatar rendered at that frame's pose.
  auto* compare = new QWidget;
  auto* compare_layout = new QVBoxLayout(compare);
  auto* compare_bar = new QHBoxLayout;
  auto* open_capture = new QPushButton(tr("Open Capture…"), compare);
  open_capture->setObjectName("openCaptureButton");
  open_capture->setToolTip(tr("The capture or project folder the avatar was made from"));
  auto* compare_mode = new QComboBox(compare);
  compare_mode->setObjectName("compareMode");
  compare_mode->addItems({tr("Side by side"), tr("Overlay"), tr("Difference")});
  compare_bar->addWidget(open_capture);
  compare_bar->addWidget(compare_mode);
  compare_bar->addStretch(1);
  compare_layout->addLayout(compare_bar);
  compare_view_ = new FrameCompareView(document_, compare);
  compare_layout->addWidget(compare_view_, 1);
  connect(compare_mode, qOverload<int>(&QComboBox::currentIndexChanged), compare_view_,
          [this](int i) { compare_view_->setMode(static_cast<FrameCompareView::Mode>(i)); });
  connect(open_capture, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open the capture or project folder"));
    if (folder.isEmpty()) return;
    QString error;
    if (!compare_view_->openCapture(folder, &error)) reportError(tr("Cannot open the capture"), error);
  });
  inspect_page_->addPanel(compare, tr("Compare"));
  pages_->addWidget(inspect_page_);
  export_page_ = new ExportPage(document_, pages_);
  connect(export_page_, &ExportPage::guideRequested, this,
          [this](const QString& doc) { showGuideTopic(doc); });
  pages_->addWidget(export_page_);

  connect(page_list_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
  // Undo follows the page: the project's edits before the avatar exists, the avatar's after.
  connect(page_list_, &QListWidget::currentRowChanged, this, [this](int row) {
    undo_group_->setActiveStack(row <= int(Page::Reconstruct) ? project_->undoStack() : undo_stack_);
  });
}

void MainWindow::createActions() {
  QStyle* style = QApplication::style();
  QMenu* file_menu = menuBar()->addMenu(tr("&File"));
  file_menu->addAction(projects_->newAction());
  file_menu->addAction(projects_->openAction());
  file_menu->addMenu(projects_->recentMenu());
  file_menu->addAction(projects_->saveAction());
  file_menu->addAction(projects_->saveAsAction());
  file_menu->addAction(projects_->closeAction());
  file_menu->addSeparator();
  QAction* open = file_menu->addAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("Open Avatar…"),
                                       this, &MainWindow::chooseAvatar);
  open->setObjectName("openAction");
  open->setShortcut(QKeySequence::Open);
  open->setToolTip(tr("Open an avatar folder (NAME.palma-avatar) (Ctrl+O)"));
  recent_menu_ = file_menu->addMenu(tr("Open Recent"));
  recent_menu_->setObjectName("recentMenu");
  recent_avatars_ = new RecentFolders(
      recent_menu_, kRecentKey, kMaxRecentAvatars, tr("No recent avatars"),
      [this](const QString& folder) { openAvatar(folder); },
      [this](const QString& folder) {
        reportError(tr("Avatar not found"),
                    tr("The avatar folder '%1' no longer exists; it was removed from Open "
                       "Recent.")
                        .arg(QDir::toNativeSeparators(folder)));
      });
  export_action_ = file_menu->addAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), this,
                                        &MainWindow::showExportDialog);
  export_action_->setObjectName("exportAction");
  export_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  export_action_->setToolTip(tr("Export the avatar as glTF, FBX or OBJ (Ctrl+E)"));
  close_action_ = file_menu->addAction(tr("Close Avatar"), this, &MainWindow::closeAvatar);
  close_action_->setObjectName("closeAction");
  close_action_->setShortcut(QKeySequence::Close);
  file_menu->addSeparator();
  QAction* quit = file_menu->addAction(tr("Quit"), this, &QWidget::close);
  quit->setObjectName("quitAction");
  quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

  QMenu* edit_menu = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = undo_group_->createUndoAction(this, tr("Undo"));
  undo->setObjectName("undoAction");
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = undo_group_->createRedoAction(this, tr("Redo"));
  redo->setObjectName("redoAction");
  redo->setShortcut(QKeySequence::Redo);
  edit_menu->addAction(undo);
  edit_menu->addAction(redo);

  QMenu* view_menu = menuBar()->addMenu(tr("&View"));
  render_action_ = view_menu->addAction(tr("Render Images…"), this, [this] {
    auto* dialog = new RenderDialog(document_, timeline_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
  });
  render_action_->setObjectName("renderAction");
  QMenu* overlays = view_menu->addMenu(tr("Overlays"));
  for (const auto overlay : {AvatarViewport::Overlay::Wireframe, AvatarViewport::Overlay::Normals,
                             AvatarViewport::Overlay::Skeleton, AvatarViewport::Overlay::JointAxes,
                             AvatarViewport::Overlay::Floor})
    overlays->addAction(avatar_view_->overlayAction(overlay));
  QMenu* backgrounds = view_menu->addMenu(tr("Background"));
  backgrounds->addActions(avatar_view_->backgroundActions()->actions());
  view_menu->addAction(tr("View from the Capture Camera"), avatar_view_, &AvatarViewport::viewFromCapture);
  render_action_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
  render_action_->setToolTip(
      tr("Render the current pose, a turntable or the timeline to PNGs or a video (Ctrl+R)"));
  QMenu* page_menu = view_menu->addMenu(tr("Page"));
  for (int i = 0; i < page_list_->count(); ++i) {
    QAction* go =
        page_menu->addAction(page_list_->item(i)->text(), this, [this, i] { setPage(static_cast<Page>(i)); });
    go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    go->setObjectName(QString("pageAction%1").arg(i + 1));
  }
  QAction* frame_all = view_menu->addAction(tr("Frame all"), this, [this] { inspect_page_->frameAll(); });
  frame_all->setObjectName("frameAction");
  frame_all->setShortcut(Qt::Key_F);
  frame_all->setToolTip(tr("Fit the avatar into the view (F)"));
  view_menu->addAction(inspect_page_->renderPreviewAction());
  view_menu->addSeparator();
  QMenu* theme_menu = view_menu->addMenu(tr("Theme"));
  theme_group_ = new QActionGroup(this);
  QAction* dark = theme_menu->addAction(tr("Dark"), this, [this] { setTheme(Theme::Dark); });
  QAction* light = theme_menu->addAction(tr("Light"), this, [this] { setTheme(Theme::Light); });
  for (QAction* a : {dark, light}) {
    a->setCheckable(true);
    theme_group_->addAction(a);
  }
  QMenu* language_menu = view_menu->addMenu(tr("Language"));
  language_menu->setObjectName("languageMenu");
  QAction* note = language_menu->addAction(tr("Takes effect when Palma Studio restarts"));
  note->setEnabled(false);
  language_menu->addSeparator();
  language_group_ = new QActionGroup(this);
  // Each language in its own name, so that it can be found whatever the current language is.
  const QString names[] = {tr("System default"), "English", "Deutsch", "Français", "日本語", "简体中文"};
  const QStringList codes = languages();
  const QString current = language();
  for (int i = 0; i < codes.size(); ++i) {
    QAction* a = language_menu->addAction(names[i], this, [this, code = codes[i]] { setLanguage(code); });
    a->setCheckable(true);
    a->setData(codes[i]);
    a->setChecked(codes[i] == current);
    language_group_->addAction(a);
  }

  QMenu* help_menu = menuBar()->addMenu(tr("&Help"));
  QAction* guide = help_menu->addAction(tr("Palma Studio Guide"), this, &MainWindow::showGuide);
  guide->setObjectName("guideAction");
  guide->setShortcut(QKeySequence::HelpContents);  // F1
  guide->setToolTip(tr("The user guide, at the section about this page (F1)"));
  help_menu->addSeparator();
  help_menu->addAction(tr("About Palma Studio"), this, &MainWindow::showAbout);
  help_menu->addAction(tr("About Qt"), qApp, &QApplication::aboutQt);

  QToolBar* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName("mainToolBar");
  toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toolbar->addAction(projects_->newAction());
  toolbar->addAction(projects_->openAction());
  toolbar->addAction(projects_->saveAction());
  toolbar->addSeparator();
  toolbar->addAction(open);
  toolbar->addAction(export_action_);
  toolbar->addAction(frame_all);
}

bool MainWindow::openAvatar(const QString& folder) {
  QString error;
  const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
  if (!document_->load(clean, &error)) {
    reportError(tr("Cannot open the avatar"),
                tr("Cannot open the avatar '%1': %2").arg(QDir::toNativeSeparators(clean), error));
    return false;
  }
  addRecent(clean);
  setPage(Page::Inspect);
  return true;
}

void MainWindow::closeAvatar() { document_->clear(); }

void MainWindow::chooseAvatar() {
  const QString start =
      recentAvatars().isEmpty() ? QDir::homePath() : QFileInfo(recentAvatars().first()).path();
  const QString folder =
      QFileDialog::getExistingDirectory(this, tr("Open an avatar folder (NAME.palma-avatar)"), start);
  if (!folder.isEmpty()) openAvatar(folder);
}

void MainWindow::onAvatarChanged() {
  const bool has = document_->hasAvatar();
  status_label_->setText(avatarSummary(*document_));
  updateTitle();
  close_action_->setEnabled(has);
  export_action_->setEnabled(has);
  render_action_->setEnabled(has);
}

// The project when one is open (with the unsaved-edits mark), else the avatar.
void MainWindow::updateTitle() {
  if (project_->isOpen()) {
    int with_points = 0;
    for (const FrameKeypoints& k : project_->keypoints().track().frames)
      with_points += std::any_of(k.begin(), k.end(), [](const Keypoint2D& p) { return p.present(); }) ? 1 : 0;
    project_status_->setText(tr("Project %1: %2 frames, %3 with keypoints%4")
                                 .arg(project_->name())
                                 .arg(project_->frameCount())
                                 .arg(with_points)
                                 .arg(project_->isDirty() ? tr(" (unsaved edits)") : QString()));
  } else {
    project_status_->setText(tr("No project open"));
  }
  if (project_->isOpen())
    setWindowTitle(tr("%1[*] — Palma Studio").arg(project_->name()));
  else if (document_->hasAvatar())
    setWindowTitle(tr("%1 — Palma Studio").arg(avatarName(*document_)));
  else
    setWindowTitle(tr("Palma Studio"));
  setWindowModified(project_->isDirty());
}

void MainWindow::setPage(Page page) { page_list_->setCurrentRow(int(page)); }

MainWindow::Page MainWindow::page() const { return static_cast<Page>(pages_->currentIndex()); }

QDialog* MainWindow::showExportDialog() {
  if (!export_dialog_) {
    export_dialog_ = new QDialog(this);
    export_dialog_->setObjectName("exportDialog");
    export_dialog_->setWindowTitle(tr("Export Avatar"));
    auto* layout = new QVBoxLayout(export_dialog_);
    auto* page = new ExportPage(document_, export_dialog_);
    connect(page, &ExportPage::guideRequested, this, [this](const QString& doc) { showGuideTopic(doc); });
    layout->addWidget(page);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, export_dialog_);
    connect(buttons, &QDialogButtonBox::rejected, export_dialog_, &QDialog::reject);
    layout->addWidget(buttons);
    export_dialog_->resize(720, 620);
  }
  export_dialog_->show();
  export_dialog_->raise();
  export_dialog_->activateWindow();
  return export_dialog_;
}

QStringList MainWindow::recentAvatars() const { return recent_avatars_->folders(); }

void MainWindow::addRecent(const QString& folder) { recent_avatars_->add(folder); }

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  const QMimeData* mime = event->mimeData();
  if (!mime->hasUrls()) return;
  for (const QUrl& url : mime->urls())
    if (url.isLocalFile() &&
        (!avatarFolderOfDrop(url.toLocalFile()).isEmpty() ||
         isProjectFolder(url.toLocalFile().toStdString()) || isCaptureSourceDrop(url.toLocalFile()))) {
      event->acceptProposedAction();
      return;
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QMimeData* mime = event->mimeData();
  if (!mime->hasUrls()) return;
  for (const QUrl& url : mime->urls()) {
    if (url.isLocalFile() && isProjectFolder(url.toLocalFile().toStdString())) {
      event->acceptProposedAction();
      projects_->openProject(url.toLocalFile());
      return;
    }
    if (url.isLocalFile() && isCaptureSourceDrop(url.toLocalFile())) {
      event->acceptProposedAction();
      setPage(Page::Capture);
      capture_page_->setSource(url.toLocalFile());
      return;
    }
    const QString folder = url.isLocalFile() ? avatarFolderOfDrop(url.toLocalFile()) : QString();
    if (folder.isEmpty()) continue;
    event->acceptProposedAction();
    openAvatar(folder);
    return;
  }
}

// Errors go to stderr (for logs and scripts) and to a window-modal box that does not block the caller.
void MainWindow::reportError(const QString& title, const QString& message) {
  std::cerr << "palma-studio: error: " << message.toStdString() << std::endl;
  auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::setTheme(Theme theme) {
  theme_ = theme;
  QFile qss(theme == Theme::Dark ? ":/styles/dark.qss" : ":/styles/light.qss");
  if (qss.open(QIODevice::ReadOnly)) qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
  inspect_page_->setBackground(theme == Theme::Dark ? kDarkBackground : kLightBackground);
  theme_group_->actions().at(theme == Theme::Dark ? 0 : 1)->setChecked(true);
}

void MainWindow::setLanguage(const QString& code) {
  QSettings().setValue(kLanguageKey, code);
  for (QAction* a : language_group_->actions()) a->setChecked(a->data().toString() == code);
  statusBar()->showMessage(tr("The language changes when Palma Studio restarts."), 8000);
}

std::pair<QString, QString> MainWindow::guideTopic() const {
  const QString studio = QStringLiteral("docs/studio.md");
  switch (page()) {
    case Page::Capture:
      return {studio, QStringLiteral("Capture")};
    case Page::Prepare:
      return {studio, QStringLiteral("Prepare")};
    case Page::Reconstruct:
      return {studio, QStringLiteral("Reconstruct")};
    case Page::Inspect: {
      // The section about the side panel's open tab.
      const auto* scroll = qobject_cast<const QScrollArea*>(inspect_page_->panels()->currentWidget());
      const QWidget* panel = scroll ? scroll->widget() : inspect_page_->panels()->currentWidget();
      if (qobject_cast<const LightingPanel*>(panel)) return {studio, QStringLiteral("Relighting")};
      if (qobject_cast<const MapInspector*>(panel)) return {studio, QStringLiteral("Map inspector")};
      if (panel && panel->findChild<PoseTimeline*>())
        return {studio, QStringLiteral("Poses, timeline and rendering")};
      return {studio, QStringLiteral("3D viewport")};
    }
    case Page::Export:
      return {studio, QStringLiteral("Export page")};
  }
  return {studio, QString()};
}

void MainWindow::showGuide() {
  const auto [document, heading] = guideTopic();
  showGuideTopic(document, heading);
}

void MainWindow::showGuideTopic(const QString& document, const QString& heading) {
  if (!guide_) guide_ = new GuideWindow(this);
  guide_->show();
  guide_->raise();
  guide_->activateWindow();
  guide_->showTopic(document, heading);
}

QString MainWindow::aboutText() {
  return tr("<h3>Palma Studio %1</h3>"
            "<p>Personalised, rigged, relightable hand avatars from a short video.</p>"
            "<p>Open an avatar folder with File > Open Avatar… or drop it onto the window. In the "
            "3D view, drag with the left mouse button to orbit, the right button or the wheel to "
            "zoom, the middle button to pan; F frames the avatar.</p>")
             .arg(PALMA_VERSION_STRING) +
         tr("<p>The guide: Help > Palma Studio Guide (F1).</p>"
            "<p>Licensed under the Apache License 2.0. Built with Qt %1, VTK %2 and LibTorch %3 "
            "(Help > About Qt for Qt's licence).</p>")
             .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(vtkVersion::GetVTKVersion()),
                  QStringLiteral(TORCH_VERSION));
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About Palma Studio"), aboutText()); }

void MainWindow::closeEvent(QCloseEvent* event) {
  if (reconstruct_page_->isRunning()) {
    QMessageBox box(
        QMessageBox::Question, tr("Reconstruction running"),
        tr("A reconstruction is running. Stop it and quit? The last good avatar is saved, and the "
           "run can be resumed when the project is opened again."),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName("stopRunBox");
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes) {
      event->ignore();
      return;
    }
    reconstruct_page_->cancel();
  }
  if (!projects_->maybeSave()) {
    event->ignore();
    return;
  }
  projects_->cancelPrepare();
  QSettings settings;
  settings.setValue("mainWindow/geometry", saveGeometry());
  settings.setValue("mainWindow/state", saveState());
  settings.setValue("mainWindow/theme", theme_ == Theme::Light ? "light" : "dark");
  settings.setValue("mainWindow/page", int(page()));
  QMainWindow::closeEvent(event);
}

}  // namespace palma
