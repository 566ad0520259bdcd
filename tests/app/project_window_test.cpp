// Projects in the studio window: a new project prepared from a video in the background, the unsaved
// mark in the title, Save, Undo following the page, the question before unsaved edits are lost,
// recovery after the studio was killed with SIGKILL, recent projects, and bad input.
#include <torch/torch.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>
#include <memory>

#include "app/studio/main_window.h"
#include "app/studio/project_controller.h"
#include "core/capture/prepare.h"
#include "core/eval/synthetic_capture_io.h"
#include "tests/app/studio_layout.h"
#include "tests/core/eval/small_capture.h"
#include "tests/support/clipped_controls.h"
#include "tests/support/small_project.h"
#include "widgets/project_document.h"
#include "widgets/vtk_viewport.h"

using palma::MainWindow;
using palma::ProjectController;
using palma::ProjectDocument;

namespace {

// Clicks the button with `text` of the next message box named `name` that opens (from inside its exec()).
void answerNextBox(const QString& name, const QString& text, QString* seen = nullptr) {
  auto* timer = new QTimer;
  timer->setInterval(20);
  QObject::connect(timer, &QTimer::timeout, [timer, name, text, seen] {
    for (QWidget* w : QApplication::topLevelWidgets()) {
      auto* box = qobject_cast<QMessageBox*>(w);
      if (!box || box->objectName() != name || !box->isVisible()) continue;
      if (seen) *seen = box->text();
      for (QAbstractButton* b : box->buttons())
        if (b->text().remove('&') == text) {
          timer->stop();
          timer->deleteLater();
          b->click();
          return;
        }
    }
  });
  timer->start();
}

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR");
  if (dir.isEmpty()) return QDir::temp().filePath(name);
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

}  // namespace

class ProjectWindowTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(dir_.isValid());
    const palma::test::WrittenClip clip =
        palma::test::writeClip(palma::eval::makeSyntheticCapture(palma::test::smallClipSettings(9)),
                               dir_.filePath("clip").toStdString());
    video_ = QString::fromStdString(clip.video);
    keypoints_ = QString::fromStdString(clip.keypoints);
  }

  void init() {
    QSettings().clear();
    ProjectController::setProjectsRoot(dir_.filePath(QString("projects-%1").arg(++run_)));
    window_ = std::make_unique<MainWindow>();
    window_->resize(1200, 760);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
  }
  void cleanup() {
    if (window_ && window_->project()->isDirty()) window_->project()->undoStack()->setClean();
    window_.reset();
  }

  // New project → prepared in the background → opened on the Prepare page, remembered in the menu.
  QString prepareNew() {
    palma::PrepareOptions options;
    options.working_size = 64;
    options.keypoints_path = keypoints_.toStdString();
    options.hand = palma::Handedness::Right;
    ProjectController* projects = window_->projects();
    QSignalSpy done(projects, &ProjectController::prepared);
    QSignalSpy busy(projects, &ProjectController::preparingChanged);
    projects->prepare(video_, options);
    if (!projects->isPreparing()) qFatal("the preparation did not start");
    if (!done.wait(60000)) qFatal("the preparation did not finish");
    if (!done.first().at(0).toBool()) qFatal("%s", qPrintable(done.first().at(1).toString()));
    if (busy.count() != 2) qFatal("preparingChanged was not emitted twice");
    return window_->project()->folder();
  }

  void newProjectIsPreparedAndOpened() {
    const QString folder = prepareNew();
    QCOMPARE(QFileInfo(folder).fileName(), QFileInfo(video_).completeBaseName() + ".palma");
    QVERIFY(folder.startsWith(ProjectController::projectsRoot()));
    QVERIFY(window_->project()->isOpen());
    QCOMPARE(window_->project()->frameCount(), 6);
    QCOMPARE(window_->page(), MainWindow::Page::Prepare);
    QCOMPARE(window_->windowTitle(), QString("video[*] — Palma Studio"));
    QVERIFY(!window_->isWindowModified());
    QCOMPARE(window_->projects()->recentProjects().value(0), folder);
    QCOMPARE(window_->projects()->lastReport().frames, 6);
    QCOMPARE(window_->findChild<QLabel*>("projectStatus")->text(),
             QString("Project video: 6 frames, 6 with keypoints"));
    // A second project from the same video gets a numbered folder.
    QCOMPARE(QFileInfo(ProjectController::newProjectFolder(video_)).fileName(), QString("video-2.palma"));
  }

  void editsMarkTheWindowAndSaveClearsIt() {
    const QString folder = prepareNew();
    ProjectDocument* project = window_->project();
    auto* save = window_->findChild<QAction*>("saveProjectAction");
    QVERIFY(!save->isEnabled());
    project->push(std::make_unique<palma::SetPointCommand>(project->keypoints(), 2, 4, 50.0f, 40.0f));
    QVERIFY(window_->isWindowModified());
    QVERIFY(window_->findChild<QLabel*>("projectStatus")->text().endsWith("(unsaved edits)"));
    QVERIFY(save->isEnabled());
    // Undo follows the page: the project's edit on Prepare, the avatar's stack on Inspect.
    auto* undo = window_->findChild<QAction*>("undoAction");
    QVERIFY(undo->isEnabled());
    window_->setPage(MainWindow::Page::Inspect);
    QVERIFY(!undo->isEnabled());
    window_->setPage(MainWindow::Page::Prepare);
    QVERIFY(undo->isEnabled());
    save->trigger();
    QVERIFY(!window_->isWindowModified());
    QVERIFY(!save->isEnabled());
    QCOMPARE(palma::loadProject(folder.toStdString()).keypoints.frames[2][4].x, 50.0f);
    undo->trigger();  // undo after a save makes the project dirty again
    QVERIFY(window_->isWindowModified());
    QVERIFY(window_->grab().save(screenshotPath("studio-project-modified.png")));
  }

  void closingAsksBeforeLosingEdits() {
    prepareNew();
    ProjectDocument* project = window_->project();
    project->push(std::make_unique<palma::DeletePointCommand>(project->keypoints(), 0, 3));
    QString text;
    answerNextBox("unsavedBox", "Cancel", &text);
    QVERIFY(!window_->close());
    QVERIFY(text.contains("video"));
    QVERIFY(window_->isVisible());
    QVERIFY(project->isDirty());
    answerNextBox("unsavedBox", "Discard");
    QVERIFY(window_->close());
  }

  void saveAsMovesTheProject() {
    prepareNew();
    ProjectDocument* project = window_->project();
    project->push(std::make_unique<palma::DeletePointCommand>(project->keypoints(), 1, 3));
    const QString target = dir_.filePath("moved.palma");
    QVERIFY(window_->projects()->saveAs(target));
    QCOMPARE(project->folder(), QDir::cleanPath(target));
    QCOMPARE(window_->windowTitle(), QString("moved[*] — Palma Studio"));
    QCOMPARE(window_->projects()->recentProjects().value(0), QDir::cleanPath(target));
    QVERIFY(!palma::loadProject(target.toStdString()).keypoints.frames[1][3].present());
  }

  // The studio is killed with SIGKILL after an autosave; the next start offers the edit back.
  void recoversEditsAfterKill9() {
    const QString folder = prepareNew();
    window_.reset();
    QProcess crasher;
    crasher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    crasher.start(PALMA_CRASH_HELPER_PATH, {folder});
    QVERIFY(crasher.waitForStarted());
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("autosaved") && timer.elapsed() < 60000) {
      crasher.waitForReadyRead(200);
      out += crasher.readAllStandardOutput();
      QVERIFY2(crasher.state() == QProcess::Running, "the crash helper stopped by itself");
    }
    QVERIFY(out.contains("autosaved"));
    crasher.kill();  // SIGKILL: no clean-up, no save
    QVERIFY(crasher.waitForFinished());
    QCOMPARE(crasher.exitStatus(), QProcess::CrashExit);
    QVERIFY(ProjectDocument::hasRecovery(folder));
    QVERIFY(palma::loadProject(folder.toStdString()).keypoints.frames[1][8].x != 21.5f);

    window_ = std::make_unique<MainWindow>();
    window_->show();
    QString text;
    answerNextBox("recoveryBox", "Recover", &text);
    QVERIFY(window_->projects()->openProject(folder));
    QVERIFY(text.contains("not saved"));
    QCOMPARE(window_->project()->keypoints().point(1, 8).x, 21.5f);
    QCOMPARE(window_->project()->keypoints().point(1, 8).y, 31.5f);
    QVERIFY(window_->isWindowModified());
    QVERIFY(window_->projects()->save());
    QVERIFY(!ProjectDocument::hasRecovery(folder));
    QCOMPARE(palma::loadProject(folder.toStdString()).keypoints.frames[1][8].x, 21.5f);
  }

  void discardedRecoveryIsRemoved() {
    const QString folder = prepareNew();
    ProjectDocument* project = window_->project();
    project->push(std::make_unique<palma::DeletePointCommand>(project->keypoints(), 4, 4));
    QVERIFY(project->autosave());
    project->undoStack()->setClean();
    window_.reset();
    window_ = std::make_unique<MainWindow>();
    answerNextBox("recoveryBox", "Discard");
    QVERIFY(window_->projects()->openProject(folder));
    QVERIFY(window_->project()->keypoints().point(4, 4).present());
    QVERIFY(!ProjectDocument::hasRecovery(folder));
  }

  void badInputIsReported() {
    ProjectController* projects = window_->projects();
    // A source that does not exist: the preparation fails with the path in the message.
    QSignalSpy done(projects, &ProjectController::prepared);
    projects->prepare(dir_.filePath("nothing.mp4"), {});
    QVERIFY(done.wait(30000));
    QVERIFY(!done.first().at(0).toBool());
    QVERIFY(done.first().at(1).toString().contains("nothing.mp4"));
    QVERIFY(!window_->project()->isOpen());
    auto* box = window_->findChild<QMessageBox*>("projectErrorBox");
    QVERIFY(box);
    box->close();
    QCoreApplication::processEvents();
    // A folder that is not a project, and a recent project that went away.
    QVERIFY(!projects->openProject(dir_.path()));
    QVERIFY(window_->findChild<QMessageBox*>("projectErrorBox")->text().contains("project.json"));
    QSettings().setValue("recentProjects", QStringList{dir_.filePath("gone.palma")});
    ProjectController fresh(window_->project(), window_.get());
    fresh.recentMenu()->actions().first()->trigger();
    QVERIFY(fresh.recentProjects().isEmpty());
  }

  void dropsAProjectFolderOntoTheWindow() {
    const QString folder = prepareNew();
    window_->projects()->closeProject();
    QVERIFY(!window_->project()->isOpen());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &drop);
    QVERIFY(window_->project()->isOpen());
    QCOMPARE(window_->project()->folder(), folder);
  }

  // At the default window size, and at a small laptop's, no page of a project cuts off a control on the
  // right: the side panels (the Prepare page's Frame tab, the Capture page's column) ask for the width
  // their controls need.
  void controlsFitTheWindowOnEveryProjectPage() {
    prepareNew();
    using Page = MainWindow::Page;
    const QList<Page> pages = {Page::Capture, Page::Prepare, Page::Reconstruct};
    palma::test::checkPagesFit(*window_, "en", pages, [this](Page page, QSize size) {
      QVERIFY(window_->grab().save(screenshotPath(QString("studio-page%1-%2x%3.png")
                                                      .arg(static_cast<int>(page))
                                                      .arg(size.width())
                                                      .arg(size.height()))));
    });
    if (QTest::currentTestFailed()) return;
    // The same in every shipped language, on a window opened on the project.
    const QString folder = window_->project()->folder();
    palma::test::forEachTranslation([&](MainWindow& translated, const QString& code) {
      QVERIFY(translated.projects()->openProject(folder, ProjectController::Recovery::Discard));
      palma::test::checkPagesFit(translated, code, pages);
      QVERIFY(translated.grab().save(screenshotPath(QString("studio-reconstruct-%1.png").arg(code))));
      translated.setPage(Page::Prepare);
      QApplication::processEvents();
      QVERIFY(translated.grab().save(screenshotPath(QString("studio-prepare-%1.png").arg(code))));
    });
    if (QTest::currentTestFailed()) return;
    // The check itself: a panel squeezed below what its controls need is reported.
    auto* panel = window_->findChild<QWidget*>("prepareSidePanel");
    QVERIFY(panel);
    window_->setPage(MainWindow::Page::Prepare);
    panel->setMinimumWidth(10);
    panel->setMaximumWidth(120);
    QApplication::processEvents();
    QVERIFY(!palma::test::clippedControls(window_.get()).isEmpty());
  }

 private:
  QTemporaryDir dir_;
  QString video_, keypoints_;
  int run_ = 0;
  std::unique_ptr<MainWindow> window_;
};

int main(int argc, char** argv) {
  palma::VtkViewport::configurePlatform();
  palma::VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Palma");
  QApplication::setApplicationName("Palma Studio Project Window Test");
  ProjectWindowTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "project_window_test.moc"
