// GuideWindow: the user documentation inside the studio (Help > Palma Studio Guide, F1). It shows the
// README and docs/*.md, compiled into the studio as resources (:/README.md, :/docs/...), rendered from
// their Markdown with images, tables and working links; contents on the left (documents and their
// sections), back and forward,
// and find in the page (Ctrl+F). F1 on a page opens the section about that page.
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>
#include <QTextBrowser>
#include <QWidget>
#include <vector>

class QLineEdit;
class QTreeWidget;
class QLabel;

namespace palma {

// A QTextBrowser for the guide's Markdown: mentions of other documents ("docs/capture.md") become links.
class GuideBrowser : public QTextBrowser {
  Q_OBJECT

 public:
  explicit GuideBrowser(QWidget* parent = nullptr);
  QVariant loadResource(int type, const QUrl& name) override;

  // The width images are shown at: their own, or less so that they fit the view (never more).
  int imageWidthLimit() const;

  // `markdown` with each plain mention of a guide document (docs/NAME.md, README.md) made a link to it;
  // mentions inside code spans and existing links are left alone.
  static QString linkDocumentMentions(const QString& markdown);

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  // Code blocks wrap and get a background; images are recorded for fitImages().
  void formatDocument();
  // Scales the images wider than imageWidthLimit() down to it, and the others back to their own size.
  void fitImages();

  struct Image {
    int position;
    QString name;  // in the document
    QImage image;  // at its own size
  };
  std::vector<Image> images_;
};

class GuideWindow : public QWidget {
  Q_OBJECT

 public:
  explicit GuideWindow(QWidget* parent = nullptr);

  // The guide's documents, as paths below its root: "README.md" first, then docs/*.md by title.
  static QStringList documents();
  // A heading's text as shown: without Markdown's inline marks (`code`, **bold**, [link](target)).
  static QString plainHeading(const QString& markdown);
  // The title of a document (its first "# " heading), or its file name.
  static QString documentTitle(const QString& document);
  // The document's section headings ("## "), in order.
  static QStringList sectionHeadings(const QString& document);

  // Shows `document` (one of documents()) scrolled to the heading whose text is `heading` (empty: the
  // top). False when there is no such document; a heading that is not there shows the top.
  bool showTopic(const QString& document, const QString& heading = {});
  QString currentDocument() const;
  // The heading at the top of the view after showTopic ("" at the top of the document).
  QString currentHeading() const { return current_heading_; }

  GuideBrowser* browser() const { return browser_; }
  // The contents: one top-level item per document, its "## " sections below it.
  QTreeWidget* contents() const { return contents_; }
  QLineEdit* findField() const { return find_; }
  // Finds `text` in the page from the cursor on (wrapping once); false when it is not there.
  bool findText(const QString& text, bool backward = false);

 private:
  void scrollToHeading(const QString& heading);
  // Selects `document` in the contents list.
  void syncContents(const QString& document);

  GuideBrowser* browser_ = nullptr;
  QTreeWidget* contents_ = nullptr;
  QLineEdit* find_ = nullptr;
  QLabel* find_status_ = nullptr;
  QString current_heading_;
};

}  // namespace palma
