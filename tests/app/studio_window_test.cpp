// The studio's main window: the workflow pages and their shortcuts, opening avatars (menu, command
// line API, recent list, drag-and-drop), errors that keep the open avatar, themes, the language setting
// and the settings that persist. Screenshots of every page go to $PALMA_SCREENSHOT_DIR (default: the
// working folder).
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWheelEvent>
#include <memory>

#include "app/studio/export_page.h"
#include "app/studio/inspect_page.h"
#include "app/studio/main_window.h"
#include "app/studio/reconstruct_page.h"
#include "core/avatar/avatar_io.h"
#include "core/model/model_spec.h"
#include "palma/config.h"
#include "tests/app/studio_layout.h"
#include "tests/app/studio_test_avatar.h"
#include "tests/support/clipped_controls.h"
#include "widgets/avatar_document.h"
#include "widgets/avatar_viewport.h"
#include "widgets/pose_timeline.h"
#include "widgets/render_preview.h"
#include "widgets/vtk_viewport.h"

using palma::MainWindow;
using Page = palma::MainWindow::Page;

namespace {

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

bool differs(const QColor& a, const QColor& b) {
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) > 24;
}

// Fraction of pixels that differ from the background colour (the hand's share of the view).
double foregroundFraction(const QImage& image, const QColor& background) {
  long count = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) count += differs(image.pixelColor(x, y), background);
  return static_cast<double>(count) / (static_cast<double>(image.width()) * image.height());
}

// The text of the window's message box, which is then closed ("" when there is none).
QString takeMessageText(QWidget* window) {
  QMessageBox* box = window->findChild<QMessageBox*>();
  if (!box) return {};
  const QString text = box->text();
  box->close();  // deletes it
  QCoreApplication::processEvents();
  return text;
}

}  // namespace

class StudioWindowTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // keep QSettings out of ~/.config
    QSettings().clear();
    QVERIFY(dir_.isValid());
    const palma::HandModel tmpl = palma::loadHandModel("builtin:right");
    hand_ = dir_.filePath("hand.palma-avatar");
    palma::saveAvatar(palma::test::makeStudioTestAvatar(tmpl), hand_.toStdString());
    // A second avatar without captured motion and a larger texture.
    other_ = dir_.filePath("other.palma-avatar");
    palma::saveAvatar(
        palma::makeDefaultAvatar(tmpl, "builtin:right", 0, palma::SubdivisionScheme::Midpoint, 64),
        other_.toStdString());
  }

  void init() {
    QSettings().clear();
    window_ = std::make_unique<MainWindow>();
    window_->resize(1200, 760);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->activateWindow();  // shortcuts only reach the active window
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
  }
  void cleanup() { window_.reset(); }

  void startsWithTheFivePagesAndNoAvatar() {
    QCOMPARE(window_->windowTitle(), QString("Palma Studio"));
    QCOMPARE(window_->pageList()->count(), 5);
    QStringList names;
    for (int i = 0; i < 5; ++i) names << window_->pageList()->item(i)->text();
    QCOMPARE(names, QStringList({"Capture", "Prepare", "Reconstruct", "Inspect", "Export"}));
    QCOMPARE(window_->page(), Page::Capture);  // a first start begins with the workflow
    QCOMPARE(window_->findChild<QLabel*>("avatarStatus")->text(), QString("No avatar open"));
    window_->setPage(Page::Inspect);
    QVERIFY(window_->findChild<QLabel*>("inspectHint")->isVisible());
    QVERIFY(!window_->exportPage()->exportButton()->isEnabled());
    QVERIFY(!window_->findChild<QAction*>("exportAction")->isEnabled());
    window_->grab().save(screenshotPath("studio-inspect-empty.png"));
  }

  // Help > About names the version, the licence and the libraries with their versions; About Qt is there.
  void aboutSaysVersionLicenceAndLibraries() {
    const QString about = MainWindow::aboutText();
    QVERIFY(about.contains(PALMA_VERSION_STRING));
    QVERIFY(about.contains("Apache License 2.0"));
    QVERIFY2(about.contains(QString("Qt ") + qVersion()), qPrintable(about));
    QVERIFY(about.contains("VTK 9.") && about.contains("LibTorch "));
    QMenu* help = nullptr;
    for (QAction* a : window_->menuBar()->actions())
      if (a->text() == "&Help") help = a->menu();
    QVERIFY(help != nullptr);
    QStringList items;
    for (QAction* a : help->actions())
      if (!a->isSeparator()) items << a->text();
    QCOMPARE(items, QStringList({"Palma Studio Guide", "About Palma Studio", "About Qt"}));
  }

  // A first start opens at 1280 x 800, smaller on a screen without room for that and its frame.
  void firstStartFitsTheScreen() {
    QCOMPARE(MainWindow::defaultWindowSize(QSize(1920, 1040)), QSize(1280, 800));
    QCOMPARE(MainWindow::defaultWindowSize(QSize(1296, 848)), QSize(1280, 800));
    QCOMPARE(MainWindow::defaultWindowSize(QSize(1366, 728)), QSize(1280, 680));  // a 1366 x 768 laptop
    QCOMPARE(MainWindow::defaultWindowSize(QSize(1024, 600)), QSize(1008, 552));
    QCOMPARE(MainWindow::defaultWindowSize(QSize()), QSize(1280, 800));  // no screen known
    QSettings().clear();
    MainWindow fresh;
    QVERIFY(fresh.screen() != nullptr);
    const QSize available = fresh.screen()->availableGeometry().size();
    QCOMPARE(fresh.size(), MainWindow::defaultWindowSize(available).expandedTo(fresh.minimumSizeHint()));
  }

  void opensAnAvatarIntoTheInspectPage() {
    window_->setPage(Page::Capture);
    QVERIFY(window_->openAvatar(hand_));
    QCOMPARE(window_->page(), Page::Inspect);
    QCOMPARE(window_->windowTitle(), QString("hand — Palma Studio"));
    const int vertices = window_->document()->templateModel().numVertices();
    QCOMPARE(window_->findChild<QLabel*>("avatarStatus")->text(),
             QString("hand: %1 vertices, 32×32 texture, 3 captured frames").arg(vertices));
    QVERIFY(window_->findChild<QLabel*>("avatarInfo")->text().contains("builtin:right"));
    palma::AvatarViewport* view = window_->avatarView();
    QVERIFY(view && view->isVisible());
    const QImage image = view->grabImage();
    const double fraction = foregroundFraction(image, view->background());
    qInfo("avatar's share of the view: %.4f", fraction);
    QVERIFY2(fraction > 0.05 && fraction < 0.85,
             qPrintable(QString::number(fraction)));  // 0.66 beside the panels
    // A new captured frame moves the mesh in the view.
    window_->document()->setCapturedFrame(2);
    const QImage posed = view->grabImage();
    long changed = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x)
        changed += differs(image.pixelColor(x, y), posed.pixelColor(x, y));
    QVERIFY2(changed > image.width() * image.height() / 100, qPrintable(QString::number(changed)));
    window_->grab().save(screenshotPath("studio-inspect.png"));
    // Each side-panel tab, for the documentation and for looking at.
    QTabWidget* tabs = window_->inspectPage()->panels();
    for (int i = 0; i < tabs->count(); ++i) {
      tabs->setCurrentIndex(i);
      QCoreApplication::processEvents();
      window_->grab().save(screenshotPath(QString("studio-inspect-%1.png").arg(tabs->tabText(i).toLower())));
    }
    tabs->setCurrentIndex(0);
  }

  void shortcutsSwitchPages() {
    QVERIFY(window_->openAvatar(hand_));
    const char* files[] = {"studio-capture.png", "studio-prepare.png", "studio-reconstruct.png",
                           "studio-inspect-page.png", "studio-export.png"};
    for (int i = 4; i >= 0; --i) {
      QTest::keyClick(window_.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
      QCOMPARE(int(window_->page()), i);
      QCOMPARE(window_->pageList()->currentRow(), i);
      window_->grab().save(screenshotPath(files[i]));
    }
    // Without a project the Reconstruct page says why it cannot start.
    window_->setPage(Page::Reconstruct);
    QVERIFY(!window_->reconstructPage()->startButton()->isEnabled());
    QVERIFY(window_->reconstructPage()->blockedReason().contains("No project is open"));
  }

  void badFolderKeepsTheOpenAvatar() {
    QVERIFY(window_->openAvatar(hand_));
    QTemporaryDir empty;
    QVERIFY(!window_->openAvatar(empty.path()));
    QCOMPARE(window_->document()->folder(), QDir::cleanPath(hand_));
    QCOMPARE(window_->windowTitle(), QString("hand — Palma Studio"));
    QMessageBox* box = window_->findChild<QMessageBox*>();
    QVERIFY(box != nullptr);
    QVERIFY(box->isVisible());  // open(), not exec(): the call above returned with the box showing
    QVERIFY2(box->text().contains(QDir::toNativeSeparators(QDir::cleanPath(empty.path()))),
             qPrintable(box->text()));
    window_->grab().save(screenshotPath("studio-open-error.png"));
    takeMessageText(window_.get());
    QCOMPARE(window_->recentAvatars(), QStringList({QDir::cleanPath(hand_)}));  // failures are not recent
  }

  void recentAvatarsAreKeptTrimmedAndPruned() {
    QVERIFY(window_->openAvatar(hand_));
    QVERIFY(window_->openAvatar(other_));
    QCOMPARE(window_->recentAvatars(), QStringList({QDir::cleanPath(other_), QDir::cleanPath(hand_)}));
    QVERIFY(window_->openAvatar(hand_));
    QCOMPARE(window_->recentAvatars().first(), QDir::cleanPath(hand_));
    QCOMPARE(window_->recentAvatars().size(), 2);

    // At most 8, newest first.
    QStringList many;
    for (int i = 0; i < 10; ++i) many << dir_.filePath(QString("gone%1.palma-avatar").arg(i));
    QSettings().setValue("recentAvatars", many);
    QVERIFY(window_->openAvatar(other_));
    QCOMPARE(window_->recentAvatars().size(), MainWindow::kMaxRecentAvatars);
    QCOMPARE(window_->recentAvatars().first(), QDir::cleanPath(other_));

    // A folder that no longer exists is removed from the menu when chosen, with a message.
    window_ = std::make_unique<MainWindow>();  // the menu is built from the settings
    QAction* gone = nullptr;
    for (QAction* a : window_->recentMenu()->actions())
      if (a->data().toString() == many[0]) gone = a;
    QVERIFY(gone != nullptr);
    gone->trigger();
    QVERIFY(!window_->recentAvatars().contains(many[0]));
    QCOMPARE(window_->recentAvatars().size(), MainWindow::kMaxRecentAvatars - 1);
    const QString message = takeMessageText(window_.get());
    QVERIFY2(message.contains("removed from Open Recent"), qPrintable(message));
    QVERIFY(!window_->document()->hasAvatar());
    // An existing one opens.
    for (QAction* a : window_->recentMenu()->actions())
      if (a->data().toString() == QDir::cleanPath(other_)) {
        a->trigger();
        break;
      }
    QCOMPARE(window_->document()->folder(), QDir::cleanPath(other_));
  }

  void droppedFolderOpens() {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(hand_)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(window_->document()->folder(), QDir::cleanPath(hand_));

    // A file from inside an avatar folder means the folder.
    QMimeData file_mime;
    file_mime.setUrls(
        {QUrl::fromLocalFile(QDir(other_).filePath(QDir(other_).entryList(QDir::Files).first()))});
    QDragEnterEvent file_enter(QPoint(300, 300), Qt::CopyAction, &file_mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &file_enter);
    QVERIFY(file_enter.isAccepted());
    QDropEvent file_drop(QPointF(300, 300), Qt::CopyAction, &file_mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window_.get(), &file_drop);
    QVERIFY(file_drop.isAccepted());
    QCOMPARE(window_->document()->folder(), QDir::cleanPath(other_));

    // Anything else is refused at the door.
    QMimeData text;
    text.setUrls({QUrl("https://example.org/hand.palma-avatar")});
    QDragEnterEvent refused(QPoint(300, 300), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(window_.get(), &refused);
    QVERIFY(!refused.isAccepted());
  }

  void frameShortcutRefitsTheView() {
    QVERIFY(window_->openAvatar(hand_));
    palma::AvatarViewport* view = window_->avatarView();
    const double before = foregroundFraction(view->grabImage(), view->background());
    const QPointF centre(100, 100);
    QWheelEvent wheel(centre, view->mapToGlobal(centre), QPoint(), QPoint(0, -1200), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);  // zoom far out
    QVERIFY(foregroundFraction(view->grabImage(), view->background()) < before / 4);
    QTest::keyClick(view, Qt::Key_F);
    const double after = foregroundFraction(view->grabImage(), view->background());
    QVERIFY2(std::abs(after - before) < 0.02, qPrintable(QString("%1 vs %2").arg(after).arg(before)));
  }

  void ctrlEOpensTheExportDialog() {
    QVERIFY(window_->openAvatar(hand_));
    QTest::keyClick(window_.get(), Qt::Key_E, Qt::ControlModifier);
    auto* dialog = window_->findChild<QDialog*>("exportDialog");
    QVERIFY(dialog != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* page = dialog->findChild<palma::ExportPage*>();
    QVERIFY(page != nullptr);
    QVERIFY(page->exportButton()->isEnabled());
    QVERIFY(page->outputPath().endsWith("hand.glb"));
    dialog->grab().save(screenshotPath("studio-export-dialog.png"));
    dialog->close();
  }

  void inspectPageTakesAViewportAndPanels() {
    palma::InspectPage* inspect = window_->inspectPage();
    // The avatar information, lighting, maps, pose (timeline + joints) and the frame comparison.
    QStringList tabs;
    for (int i = 0; i < inspect->panels()->count(); ++i) tabs << inspect->panels()->tabText(i);
    QCOMPARE(tabs, QStringList({"Avatar", "Lighting", "Maps", "Pose", "Compare"}));
    auto* panel = new QLabel("more");
    QCOMPARE(inspect->addPanel(panel, "More"), 5);
    QCOMPARE(inspect->panels()->tabText(5), QString("More"));
    auto* replacement = new QLabel("another view");
    inspect->setViewport(replacement);
    QCOMPARE(inspect->viewport(), static_cast<QWidget*>(replacement));
    QVERIFY(inspect->defaultViewport() == nullptr);
    QVERIFY(window_->openAvatar(hand_));
    QVERIFY(replacement->isVisible());
    inspect->frameAll();  // no frameAll() slot: nothing to do, and no crash
  }

  // View > Show rendered preview: the engine's Renderer draws the pose beside the VTK view, through the
  // view's camera, and follows pose changes.
  void renderedPreviewShowsThePoseBesideTheView() {
    QVERIFY(window_->openAvatar(hand_));
    auto* action = window_->findChild<QAction*>("renderPreviewAction");
    QVERIFY(action && action->isCheckable() && !action->isChecked());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_R));
    bool in_view_menu = false;
    for (QAction* menu : window_->menuBar()->actions())
      if (menu->menu() && menu->menu()->actions().contains(action)) in_view_menu = menu->text() == "&View";
    QVERIFY(in_view_menu);
    palma::RenderPreview* preview = window_->inspectPage()->renderPreview();
    QVERIFY(preview && !preview->isVisible());
    action->trigger();
    QVERIFY(preview->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(preview->renderCount() > 0, 20000);
    QVERIFY2(preview->lastError().isEmpty(), qPrintable(preview->lastError()));
    palma::AvatarViewport* view = window_->avatarView();
    QCOMPARE(preview->view().width, view->width());
    QCOMPARE(preview->view().height, view->height());
    // The same hand through the same camera covers about as much of the picture in both (the theme gives
    // both the same background). Measured under Xvfb/llvmpipe: 0.297 of the preview, 0.291 of the view
    // (2 % apart: the preview's skin is lit differently, so some edge pixels are close to the
    // background); 10 % allows for other GL drivers, a wrong camera or size is far outside it.
    const double rendered = foregroundFraction(preview->image(), view->background());
    const double shown = foregroundFraction(view->grabImage(), view->background());
    window_->grab().save(screenshotPath("studio-render-preview.png"));
    std::printf("  foreground: rendered preview %.4f, viewport %.4f\n", rendered, shown);
    QVERIFY2(shown > 0.02 && std::abs(rendered - shown) < 0.10 * shown,
             qPrintable(QString("rendered %1, viewport %2").arg(rendered).arg(shown)));
    // A pose change renders again.
    const int before = preview->renderCount();
    window_->poseTimeline()->setSource("fist");
    window_->poseTimeline()->setFrame(10);
    QTRY_VERIFY_WITH_TIMEOUT(preview->renderCount() > before, 20000);
    action->trigger();
    QVERIFY(!preview->isVisible());
  }

  void lightingEditsUndoFromTheEditMenu() {
    QVERIFY(window_->openAvatar(hand_));
    const palma::AvatarLighting before = window_->document()->lighting();
    auto* preset = window_->findChild<QAbstractButton*>("preset_outdoor");
    QVERIFY(preset);
    preset->click();
    QVERIFY(!(window_->document()->lighting() == before));
    QAction* undo = window_->findChild<QAction*>("undoAction");
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QVERIFY(window_->document()->lighting() == before);
    window_->findChild<QAction*>("redoAction")->trigger();
    QVERIFY(!(window_->document()->lighting() == before));
    // Another avatar starts a fresh history.
    QVERIFY(window_->openAvatar(other_));
    QVERIFY(!undo->isEnabled());
  }

  void poseTabScrubsAndRenderDialogOpens() {
    QVERIFY(window_->openAvatar(hand_));
    window_->poseTimeline()->setSource("captured");
    window_->poseTimeline()->setFrame(2);
    QCOMPARE(window_->document()->capturedFrame(), 2);
    window_->poseTimeline()->setSource("fist");
    window_->poseTimeline()->setFrame(10);
    QCOMPARE(window_->document()->capturedFrame(), -1);
    QAction* render = window_->findChild<QAction*>("renderAction");
    QVERIFY(render && render->isEnabled());
    render->trigger();
    QDialog* dialog = window_->findChild<QDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->close();
  }

  void raisingTheShDcTermBrightensTheViewport() {
    QVERIFY(window_->openAvatar(hand_));
    palma::AvatarViewport* view = window_->avatarView();
    auto* use_sh = window_->findChild<QAbstractButton*>("use_sh");
    QVERIFY(use_sh);
    if (!use_sh->isChecked()) use_sh->click();
    QVERIFY(window_->document()->lighting().use_sh);
    auto brightness = [&] {
      const QImage image = view->grabImage();
      const QColor bg = view->background();
      double sum = 0;
      long n = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
          const QColor p = image.pixelColor(x, y);
          if (!differs(p, bg)) continue;
          sum += p.red() + p.green() + p.blue();
          ++n;
        }
      return n > 0 ? sum / (3.0 * n) : 0.0;
    };
    const double before = brightness();
    for (const char* c : {"r", "g", "b"}) {
      auto* spin = window_->findChild<QDoubleSpinBox*>(QString("sh_spin_0_%1").arg(c));
      QVERIFY(spin);
      spin->setValue(spin->value() + 0.4);
    }
    const double after = brightness();
    qInfo("mean level of the hand: %.1f -> %.1f", before, after);
    QVERIFY2(after > before + 5, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
  }

  void themesSwitchAndPersist() {
    QVERIFY(window_->openAvatar(hand_));
    palma::AvatarViewport* view = window_->avatarView();
    const QColor dark = view->background();
    const QString dark_sheet = qApp->styleSheet();
    window_->setTheme(MainWindow::Theme::Light);
    QVERIFY(view->background() != dark);
    QVERIFY(qApp->styleSheet() != dark_sheet);
    QCOMPARE(view->grabImage().pixelColor(2, 2), view->background());
    window_->grab().save(screenshotPath("studio-inspect-light.png"));
    window_->setPage(Page::Export);
    window_->grab().save(screenshotPath("studio-export-light.png"));
    window_->close();  // stores theme and page
    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->theme(), MainWindow::Theme::Light);
    QCOMPARE(window_->page(), Page::Export);
    window_->setTheme(MainWindow::Theme::Dark);
  }

  void languageIsStoredAndTranslatesTheNextWindow() {
    QMenu* menu = window_->findChild<QMenu*>("languageMenu");
    QVERIFY(menu != nullptr);
    QAction* german = nullptr;
    for (QAction* a : menu->actions())
      if (a->text() == "Deutsch") german = a;
    QVERIFY(german != nullptr);
    QVERIFY(menu->actions().first()->text().contains("restarts"));
    german->trigger();
    QCOMPARE(MainWindow::language(), QString("de"));
    QVERIFY(german->isChecked());
    QVERIFY(window_->statusBar()->currentMessage().contains("restarts"));

    QTranslator* translator = MainWindow::installConfiguredTranslator();
    QVERIFY(translator != nullptr);
    MainWindow translated;
    const auto menus = translated.menuBar()->actions();
    QVERIFY(std::any_of(menus.begin(), menus.end(), [](QAction* a) { return a->text() == "&Datei"; }));
    QCOMPARE(translated.pageList()->item(0)->text(), QString("Aufnahme"));
    QCOMPARE(translated.exportPage()->exportButton()->text(), QString("Exportieren"));
    translated.resize(1200, 760);
    translated.setPage(Page::Export);
    translated.show();
    QVERIFY(QTest::qWaitForWindowExposed(&translated));
    translated.grab().save(screenshotPath("studio-export-de.png"));
    QCoreApplication::removeTranslator(translator);
    delete translator;

    // Every shipped language translates the menu; English and unknown languages have no translator.
    const std::pair<const char*, const char*> expected[] = {
        {"fr", "&Fichier"}, {"ja", "ファイル(&F)"}, {"zh_CN", "文件(&F)"}};
    for (const auto& [code, file] : expected) {
      QTranslator* t = MainWindow::installTranslator(QLocale(code));
      QVERIFY2(t != nullptr, code);
      QCOMPARE(QCoreApplication::translate("palma::MainWindow", "&File"), QString(file));
      // Qt's own texts too (the standard Close button): from qt6-translations-l10n, which
      // scripts/install-deps.sh installs.
      QVERIFY2(QCoreApplication::translate("QPlatformTheme", "Close") != "Close",
               qPrintable(
                   QString("%1: Qt's own translation is missing (install qt6-translations-l10n)").arg(code)));
      QCoreApplication::removeTranslator(t);
      delete t;  // and Qt's translator with it
      QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QString("Close"));
    }
    window_->setLanguage("en");
    QVERIFY(MainWindow::installConfiguredTranslator() == nullptr);
    QVERIFY(MainWindow::installTranslator(QLocale(QLocale::Icelandic)) == nullptr);
  }

  // No page cuts off a control on the right, at the default size (1280 × 800) and at the smallest the
  // window allows, in English and in every shipped language (whose texts are mostly longer); and the
  // default size is possible in every language.
  void controlsFitTheWindowOnEveryPage() {
    const auto check = [this](MainWindow& window, const QString& language) {
      QVERIFY(window.openAvatar(hand_));
      QVERIFY2(
          window.minimumSizeHint().width() <= 1280,
          qPrintable(QString("%1: at least %2 px wide").arg(language).arg(window.minimumSizeHint().width())));
      palma::test::checkPagesFit(
          window, language, {Page::Capture, Page::Prepare, Page::Reconstruct, Page::Inspect, Page::Export},
          [&](Page page, QSize size) {
            if (size.width() == 1024)
              window.grab().save(screenshotPath(
                  QString("studio-fit-%1-page%2.png").arg(language).arg(static_cast<int>(page))));
          });
      if (QTest::currentTestFailed()) return;
      // The Reconstruct page's Advanced panel, open.
      window.resize(1280, 800);
      window.setPage(Page::Reconstruct);
      window.reconstructPage()->advancedToggle()->click();
      QApplication::processEvents();
      QVERIFY(window.reconstructPage()->advancedTable()->isVisible());
      QStringList clipped = palma::test::clippedControlsInEveryTab(&window);
      QVERIFY2(clipped.isEmpty(), qPrintable(language + ", Advanced:\n" + clipped.join("\n")));
      window.grab().save(screenshotPath(QString("studio-fit-%1-advanced.png").arg(language)));
      window.reconstructPage()->advancedToggle()->click();
      // The export and render dialogs at the size they open with.
      for (const char* action : {"exportAction", "renderAction"}) {
        window.findChild<QAction*>(action)->trigger();
        QDialog* dialog = nullptr;
        for (QDialog* d : window.findChildren<QDialog*>())
          if (d->isVisible()) dialog = d;
        QVERIFY2(dialog, action);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QApplication::processEvents();
        clipped = palma::test::clippedControlsInEveryTab(dialog);
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(QString("%1, %2:\n%3").arg(language, action, clipped.join("\n"))));
        dialog->grab().save(screenshotPath(QString("studio-fit-%1-%2.png").arg(language, action)));
        dialog->close();
      }
    };
    check(*window_, "en");
    if (QTest::currentTestFailed()) return;
    palma::test::forEachTranslation(check);
  }

  void closeAvatarEmptiesTheWindow() {
    QVERIFY(window_->openAvatar(hand_));
    QTest::keyClick(window_.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!window_->document()->hasAvatar());
    QCOMPARE(window_->windowTitle(), QString("Palma Studio"));
    QVERIFY(window_->findChild<QLabel*>("inspectHint")->isVisible());
  }

 private:
  QTemporaryDir dir_;
  QString hand_, other_;
  std::unique_ptr<MainWindow> window_;
};

int main(int argc, char** argv) {
  palma::VtkViewport::configurePlatform();
  palma::VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Palma");
  QApplication::setApplicationName("Palma Studio Test");
  StudioWindowTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "studio_window_test.moc"
