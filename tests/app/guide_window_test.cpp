// The studio's guide window: every document of README.md and docs/ is in it, each renders with its
// images, tables and working links (a link check of the docs), mentions of other documents become links,
// a topic opens at its heading, find in page, and F1 in the main window opens the section about the page
// (and the open Inspect tab).
#include <torch/torch.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeWidget>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <memory>

#include "app/studio/guide_window.h"
#include "app/studio/inspect_page.h"
#include "app/studio/main_window.h"
#include "core/avatar/avatar_io.h"
#include "core/model/model_spec.h"
#include "tests/app/studio_test_avatar.h"
#include "widgets/vtk_viewport.h"

using palma::GuideBrowser;
using palma::GuideWindow;
using palma::MainWindow;

namespace {

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

// The targets of every link and image in a rendered document.
void collectTargets(const QTextDocument& doc, QStringList* links, QStringList* images) {
  for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const QTextCharFormat f = it.fragment().charFormat();
      if (f.isImageFormat()) *images << f.toImageFormat().name();
      if (f.isAnchor()) *links << f.anchorHref();
    }
}

}  // namespace

class GuideWindowTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void everyDocumentIsInTheGuide() {
    const QStringList docs = GuideWindow::documents();
    QCOMPARE(docs.value(0), QString("README.md"));
    QCOMPARE(docs.value(1), QString("docs/studio.md"));
    const QStringList sources = QDir(QString(PALMA_SOURCE_DIR) + "/docs").entryList({"*.md"}, QDir::Files);
    QVERIFY(sources.size() >= 10);
    for (const QString& f : sources) QVERIFY2(docs.contains("docs/" + f), qPrintable(f));
    QCOMPARE(docs.size(), sources.size() + 1);
    QCOMPARE(GuideWindow::documentTitle("docs/studio.md"), QString("The studio"));
    QCOMPARE(GuideWindow::documentTitle("docs/capture.md"), QString("Capture and preparation"));
  }

  // A link check of the documentation: every image of every document loads, and every link to another
  // document of the guide leads to one.
  void everyImageAndLinkResolves() {
    GuideWindow guide;
    int images_seen = 0, links_seen = 0, tables_seen = 0;
    for (const QString& doc : GuideWindow::documents()) {
      QVERIFY(guide.showTopic(doc));
      QCOMPARE(guide.currentDocument(), doc);
      QTextDocument* rendered = guide.browser()->document();
      QVERIFY2(rendered->blockCount() > 3, qPrintable(doc));
      QStringList links, images;
      collectTargets(*rendered, &links, &images);
      for (const QString& image : images) {
        const QUrl url = guide.browser()->source().resolved(QUrl(image));
        const QVariant data = guide.browser()->loadResource(QTextDocument::ImageResource, url);
        QVERIFY2(data.isValid() && !data.toByteArray().isEmpty(),
                 qPrintable(QString("%1: image %2 does not load").arg(doc, image)));
        QVERIFY2(!QImage::fromData(data.toByteArray()).isNull(), qPrintable(image));
        ++images_seen;
      }
      for (const QString& link : links) {
        const QUrl url = guide.browser()->source().resolved(QUrl(link));
        if (url.scheme() != "qrc") continue;  // web links go to the browser
        QString path = url.path();
        while (path.startsWith('/')) path.remove(0, 1);
        QVERIFY2(GuideWindow::documents().contains(path) || QFileInfo::exists(":/" + path),
                 qPrintable(QString("%1: link %2 leads nowhere").arg(doc, link)));
        ++links_seen;
      }
      for (QTextFrame* frame : rendered->rootFrame()->childFrames())
        tables_seen += qobject_cast<QTextTable*>(frame) != nullptr;
    }
    qInfo("%d images, %d links to documents, %d tables", images_seen, links_seen, tables_seen);
    // Measured (November 2026): 13 images, 47 links, 37 tables; the bounds catch a guide that lost most.
    QVERIFY(images_seen >= 12);
    QVERIFY(links_seen >= 20);  // mostly the mentions made links
    QVERIFY(tables_seen >= 5);
  }

  void mentionsOfDocumentsBecomeLinks() {
    const auto link = &GuideBrowser::linkDocumentMentions;
    QCOMPARE(link("see docs/export.md for more"),
             QString("see [docs/export.md](qrc:/docs/export.md) for more"));
    QCOMPARE(link("(docs/capture.md)."), QString("([docs/capture.md](qrc:/docs/capture.md))."));
    QCOMPARE(link("the README.md says"), QString("the [README.md](qrc:/README.md) says"));
    // Already a link, a path, code: unchanged.
    QCOMPARE(link("[docs/x.md](docs/x.md)"), QString("[docs/x.md](docs/x.md)"));
    QCOMPARE(link("a `docs/export.md` span"), QString("a `docs/export.md` span"));
    QCOMPARE(link("../shared/docs/PRODUCT.md"), QString("../shared/docs/PRODUCT.md"));
    QCOMPARE(link("docs/images/a.png"), QString("docs/images/a.png"));
    QCOMPARE(link("```sh\ncat docs/export.md\n```\ndocs/export.md"),
             QString("```sh\ncat docs/export.md\n```\n[docs/export.md](qrc:/docs/export.md)"));
  }

  void topicsOpenAtTheirHeading() {
    GuideWindow guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QVERIFY(guide.showTopic("docs/studio.md", "Map inspector"));
    QCOMPARE(guide.currentHeading(), QString("Map inspector"));
    QCOMPARE(guide.browser()->textCursor().block().text(), QString("Map inspector"));
    // The heading is at the top of the view.
    const QRect cursor = guide.browser()->cursorRect();
    QVERIFY2(cursor.top() >= 0 && cursor.top() < 60, qPrintable(QString::number(cursor.top())));
    QVERIFY(guide.browser()->verticalScrollBar()->value() > 0);
    // The contents show the section.
    QCOMPARE(guide.contents()->currentItem()->data(0, Qt::UserRole).toString(), QString("docs/studio.md"));
    QCOMPARE(guide.contents()->currentItem()->text(0), QString("Map inspector"));
    guide.grab().save(screenshotPath("studio-guide.png"));
    // A heading that is not there: the top; a document that is not there: false, nothing changes.
    QVERIFY(guide.showTopic("docs/performance.md", "Against the quality bars"));
    guide.grab().save(screenshotPath("studio-guide-table.png"));
    QVERIFY(guide.showTopic("docs/studio.md", "No such heading"));
    QVERIFY(guide.currentHeading().isEmpty());
    QCOMPARE(guide.browser()->verticalScrollBar()->value(), 0);
    QVERIFY(!guide.showTopic("docs/missing.md"));
    QCOMPARE(guide.currentDocument(), QString("docs/studio.md"));
    // The contents list opens a document; a link to another document follows it, and Back returns.
    Q_EMIT guide.contents()->itemClicked(guide.contents()->topLevelItem(0), 0);
    QCOMPARE(guide.currentDocument(), QString("README.md"));
    guide.grab().save(screenshotPath("studio-guide-readme.png"));
    guide.browser()->setSource(QUrl("qrc:/docs/export.md"));
    QCOMPARE(guide.currentDocument(), QString("docs/export.md"));
    QCOMPARE(guide.contents()->currentItem()->data(0, Qt::UserRole).toString(), QString("docs/export.md"));
    guide.browser()->backward();
    QCOMPARE(guide.currentDocument(), QString("README.md"));
  }

  // Each document's "## " sections are listed under it and open at their heading.
  void contentsListSections() {
    const QStringList sections = GuideWindow::sectionHeadings("docs/studio.md");
    QVERIFY(sections.contains("Prepare") && sections.contains("Map inspector"));
    QVERIFY(sections.indexOf("Prepare") < sections.indexOf("Map inspector"));
    GuideWindow guide;
    QTreeWidgetItem* capture = nullptr;
    for (int i = 0; i < guide.contents()->topLevelItemCount(); ++i)
      if (guide.contents()->topLevelItem(i)->data(0, Qt::UserRole).toString() == "docs/capture.md")
        capture = guide.contents()->topLevelItem(i);
    QVERIFY(capture && capture->childCount() >= 3);
    QTreeWidgetItem* section = capture->child(2);
    QCOMPARE(section->toolTip(0), section->text(0));  // the whole heading where the list elides it
    Q_EMIT guide.contents()->itemClicked(section, 0);
    QCOMPARE(guide.currentDocument(), QString("docs/capture.md"));
    QCOMPARE(guide.currentHeading(), section->text(0));
    QCOMPARE(guide.browser()->textCursor().block().text(), section->text(0));
    QCOMPARE(guide.contents()->currentItem(), section);
  }

  // Headings with inline Markdown: the contents show their text, and open at them.
  void headingsWithInlineMarksOpen() {
    QCOMPARE(GuideWindow::plainHeading(" `palma bench render` "), QString("palma bench render"));
    QCOMPARE(GuideWindow::plainHeading("**Bold** and [a link](docs/x.md)"), QString("Bold and a link"));
    const QStringList sections = GuideWindow::sectionHeadings("docs/performance.md");
    QVERIFY2(sections.contains("palma bench render"), qPrintable(sections.join(" | ")));
    GuideWindow guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QVERIFY(guide.showTopic("docs/performance.md", "palma bench render"));
    QCOMPARE(guide.currentHeading(), QString("palma bench render"));
    QCOMPARE(guide.browser()->textCursor().block().text(), QString("palma bench render"));
  }

  // The page never scrolls sideways: code blocks wrap (on a background of their own) and images wider than
  // the view are scaled down to it, keeping their aspect; back at a wide view they are their own size again.
  void pagesFitTheWidthOfTheView() {
    GuideWindow guide;
    guide.resize(760, 700);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    const auto blocks = [&guide](auto&& visit) {
      for (QTextBlock b = guide.browser()->document()->begin(); b.isValid(); b = b.next()) visit(b);
    };
    const auto images = [&guide] {
      QList<QTextImageFormat> found;
      for (QTextBlock b = guide.browser()->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
          if (it.fragment().charFormat().isImageFormat()) found << it.fragment().charFormat().toImageFormat();
      return found;
    };
    for (const QString& document : {QString("README.md"), QString("docs/studio.md")}) {
      QVERIFY(guide.showTopic(document));
      QCoreApplication::processEvents();
      int code_blocks = 0;
      blocks([&code_blocks](const QTextBlock& b) {
        QVERIFY2(!b.blockFormat().nonBreakableLines(), qPrintable(b.text()));
        if (b.blockFormat().hasProperty(QTextFormat::BlockCodeFence)) {
          ++code_blocks;
          QVERIFY(b.blockFormat().background().style() != Qt::NoBrush);
        }
      });
      qInfo().noquote() << document << code_blocks << "lines of code blocks";
      // Measured: 30 lines of code blocks in README.md, 23 in docs/studio.md.
      QVERIFY2(code_blocks > 3, qPrintable(QString::number(code_blocks)));
      QCOMPARE(guide.browser()->horizontalScrollBar()->maximum(), 0);
      guide.grab().save(
          screenshotPath(QString("studio-guide-narrow-%1.png").arg(QFileInfo(document).baseName())));
    }
    // docs/studio.md: its screenshots are 540 to 1080 px wide, the view is narrower.
    const int limit = guide.browser()->imageWidthLimit();
    QVERIFY2(limit < 600, qPrintable(QString::number(limit)));  // measured: 482 px
    QList<QTextImageFormat> narrow = images();
    QVERIFY(narrow.size() >= 5);  // measured: 9
    int scaled = 0;
    for (const QTextImageFormat& image : narrow) {
      QVERIFY2(image.width() > 0 && image.width() <= limit, qPrintable(image.name()));
      const QImage own(":/docs/" + QString(image.name()).remove("#fitted"));
      QVERIFY2(!own.isNull(), qPrintable(image.name()));
      QCOMPARE(qRound(image.width()), std::min(own.width(), limit));
      QVERIFY(std::abs(image.height() / image.width() - double(own.height()) / own.width()) < 1e-3);
      // Narrower than its own size: shown from a copy scaled to the width with filtering (the layout's
      // own scaling does not filter).
      if (own.width() > limit) {
        ++scaled;
        QVERIFY2(image.name().endsWith("#fitted"), qPrintable(image.name()));
        const QVariant copy =
            guide.browser()->document()->resource(QTextDocument::ImageResource, QUrl(image.name()));
        QVERIFY(copy.canConvert<QPixmap>());
        const QPixmap pixmap = copy.value<QPixmap>();
        QCOMPARE(pixmap.width(), qRound(image.width() * pixmap.devicePixelRatio()));
      } else {
        QVERIFY(!image.name().endsWith("#fitted"));
      }
    }
    qInfo() << narrow.size() << "images," << scaled << "scaled down, at a width limit of" << limit << "px";
    QVERIFY2(scaled >= 5, qPrintable(QString::number(scaled)));  // measured: all 9
    QVERIFY(guide.showTopic("docs/studio.md", "Map inspector"));
    guide.grab().save(screenshotPath("studio-guide-narrow-image.png"));
    guide.resize(1900, 1000);
    QCoreApplication::processEvents();
    QVERIFY(guide.browser()->imageWidthLimit() > 1080);
    for (const QTextImageFormat& image : images())
      QCOMPARE(qRound(image.width()), QImage(":/docs/" + image.name()).width());  // the original again
    // Back and forward format the page they return to.
    guide.resize(760, 700);
    QVERIFY(guide.showTopic("README.md"));
    guide.browser()->backward();
    QCoreApplication::processEvents();
    QCOMPARE(guide.currentDocument(), QString("docs/studio.md"));
    for (const QTextImageFormat& image : images())
      QVERIFY(image.width() <= guide.browser()->imageWidthLimit());
    blocks([](const QTextBlock& b) { QVERIFY(!b.blockFormat().nonBreakableLines()); });
    QCOMPARE(guide.browser()->horizontalScrollBar()->maximum(), 0);
  }

  void findsInThePage() {
    GuideWindow guide;
    QVERIFY(guide.showTopic("docs/export.md"));
    QVERIFY(guide.findText("glTF"));
    QCOMPARE(guide.browser()->textCursor().selectedText().toLower(), QString("gltf"));  // any case
    const int first = guide.browser()->textCursor().position();
    QVERIFY(guide.findText("glTF"));
    QVERIFY(guide.browser()->textCursor().position() > first);
    QVERIFY(!guide.findText("zqxjv no such words"));
    QVERIFY(guide.findChildren<QLabel*>().size() > 0);
  }

  // F1 in the studio: the guide at the section about the page, and about the open Inspect tab.
  void f1OpensTheSectionAboutThePage() {
    QSettings().clear();
    QTemporaryDir dir;
    const QString avatar = dir.filePath("hand.palma-avatar");
    palma::saveAvatar(palma::test::makeStudioTestAvatar(palma::loadHandModel("builtin:right")),
                      avatar.toStdString());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPage(MainWindow::Page::Prepare);
    QAction* guide_action = window.findChild<QAction*>("guideAction");
    QVERIFY(guide_action);
    QCOMPARE(guide_action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide_action->trigger();
    GuideWindow* guide = window.guideWindow();
    QVERIFY(guide && guide->isVisible());
    QCOMPARE(guide->currentDocument(), QString("docs/studio.md"));
    QCOMPARE(guide->currentHeading(), QString("Prepare"));
    QVERIFY(window.openAvatar(avatar));
    window.setPage(MainWindow::Page::Inspect);
    const std::pair<QString, QString> lighting{"docs/studio.md", "Relighting"};
    QTabWidget* tabs = window.inspectPage()->panels();
    for (int i = 0; i < tabs->count(); ++i)
      if (tabs->tabText(i) == "Lighting") tabs->setCurrentIndex(i);
    QCOMPARE(window.guideTopic(), lighting);
    for (int i = 0; i < tabs->count(); ++i)
      if (tabs->tabText(i) == "Maps") tabs->setCurrentIndex(i);
    QCOMPARE(window.guideTopic().second, QString("Map inspector"));
    for (int i = 0; i < tabs->count(); ++i)
      if (tabs->tabText(i) == "Pose") tabs->setCurrentIndex(i);
    QCOMPARE(window.guideTopic().second, QString("Poses, timeline and rendering"));
    tabs->setCurrentIndex(0);
    QCOMPARE(window.guideTopic().second, QString("3D viewport"));
    window.setPage(MainWindow::Page::Export);
    guide_action->trigger();
    QCOMPARE(window.guideWindow(), guide);  // the same window, at the new topic
    QCOMPARE(guide->currentHeading(), QString("Export page"));
    // The Export page's mention of docs/export.md opens it in the guide.
    auto* intro = window.findChild<QLabel*>("exportIntro");
    QVERIFY(intro && intro->text().contains("href=\"guide:docs/export.md\""));
    Q_EMIT intro->linkActivated("guide:docs/export.md");
    QCOMPARE(guide->currentDocument(), QString("docs/export.md"));
    // Every page's heading exists in the guide.
    for (const auto page : {MainWindow::Page::Capture, MainWindow::Page::Reconstruct}) {
      window.setPage(page);
      guide_action->trigger();
      QCOMPARE(guide->currentHeading(), window.guideTopic().second);
    }
  }
};

int main(int argc, char** argv) {
  palma::VtkViewport::configurePlatform();
  palma::VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Palma");
  QApplication::setApplicationName("Palma Studio Guide Test");
  GuideWindowTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "guide_window_test.moc"
