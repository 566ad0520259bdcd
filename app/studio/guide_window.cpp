#include "app/studio/guide_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextFragment>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>
#include <vector>

namespace palma {

namespace {

QUrl documentUrl(const QString& document) { return QUrl("qrc:/" + document); }

// The document path of a qrc URL ("docs/studio.md"), or "" for another URL.
QString documentOf(const QUrl& url) {
  if (url.scheme() != "qrc") return {};
  QString path = url.path();
  while (path.startsWith('/')) path.remove(0, 1);
  return path;
}

QString readText(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(file.readAll());
}

}  // namespace

GuideBrowser::GuideBrowser(QWidget* parent) : QTextBrowser(parent) {
  setOpenExternalLinks(true);  // web links go to the browser; the guide's own stay here
  setOpenLinks(true);
  // (Also emitted when back and forward restore a page, which doSetSource() does not see; the new page is
  // in the document by then.)
  connect(this, &QTextBrowser::sourceChanged, this, &GuideBrowser::formatDocument);
}

QString GuideBrowser::linkDocumentMentions(const QString& markdown) {
  // docs/NAME.md or README.md not preceded by a character that makes it part of a link, a path or code.
  // (Not after "](": that is a link's target already.)
  static const QRegularExpression mention(
      R"((?<![\w/\[`.-])(?<!\]\()(docs/[a-z0-9-]+\.md|README\.md)(?![\w`\]]))");
  QString out;
  out.reserve(markdown.size() + 256);
  // Leave fenced code blocks alone.
  bool fenced = false;
  const QStringList lines = markdown.split('\n');
  for (int i = 0; i < lines.size(); ++i) {
    QString line = lines[i];
    if (line.trimmed().startsWith("```")) fenced = !fenced;
    if (!fenced) {
      // Only outside inline code spans: split on backticks and replace in the even parts.
      QStringList parts = line.split('`');
      for (int p = 0; p < parts.size(); p += 2) parts[p].replace(mention, QStringLiteral("[\\1](qrc:/\\1)"));
      line = parts.join('`');
    }
    out += line;
    if (i + 1 < lines.size()) out += '\n';
  }
  return out;
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name) {
  const QUrl url = name.isRelative() ? source().resolved(name) : name;
  if (type == QTextDocument::MarkdownResource || url.path().endsWith(".md")) {
    const QString text = readText(":/" + documentOf(url));
    if (!text.isNull()) return linkDocumentMentions(text);
  }
  return QTextBrowser::loadResource(type, url);
}

void GuideBrowser::resizeEvent(QResizeEvent* event) {
  QTextBrowser::resizeEvent(event);
  fitImages();
}

int GuideBrowser::imageWidthLimit() const {
  // The text width less the document's margins and a little for a list's indent.
  return std::max(64, viewport()->width() - 2 * int(document()->documentMargin()) - 8);
}

void GuideBrowser::formatDocument() {
  document()->setUndoRedoEnabled(false);
  images_.clear();
  // Qt's Markdown reader makes code blocks non-breaking: one long command line would widen the whole
  // page and scroll it sideways. They wrap instead (copying still gives the original lines), on a
  // background that sets them apart from the text.
  const QColor code_background = palette().color(QPalette::AlternateBase);
  for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
    QTextBlockFormat format = block.blockFormat();
    if (format.nonBreakableLines()) {
      format.setNonBreakableLines(false);
      format.setBackground(code_background);
      QTextCursor(block).setBlockFormat(format);
    }
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const QTextFragment fragment = it.fragment();
      if (!fragment.charFormat().isImageFormat()) continue;
      QString name = fragment.charFormat().toImageFormat().name();
      if (name.endsWith("#fitted")) name.chop(7);
      const QVariant data = document()->resource(QTextDocument::ImageResource, QUrl(name));
      QImage image;
      if (data.canConvert<QImage>())
        image = data.value<QImage>();
      else if (data.canConvert<QPixmap>())
        image = data.value<QPixmap>().toImage();
      else if (data.canConvert<QByteArray>())
        image = QImage::fromData(data.toByteArray());
      if (image.isNull()) continue;
      // One fragment per image character.
      for (int i = 0; i < fragment.length(); ++i) images_.push_back({fragment.position() + i, name, image});
    }
  }
  fitImages();
}

void GuideBrowser::fitImages() {
  const int limit = imageWidthLimit();
  const qreal ratio = devicePixelRatioF();
  for (const Image& image : images_) {
    const int width = std::min(image.image.width(), limit);
    if (image.position + 1 >= document()->characterCount()) continue;  // another page meanwhile
    QTextCursor cursor(document());
    cursor.setPosition(image.position);
    cursor.setPosition(image.position + 1, QTextCursor::KeepAnchor);
    QTextImageFormat format = cursor.charFormat().toImageFormat();
    // The image itself at its own width; narrower, a smoothly scaled copy (the text layout would scale
    // the original without filtering, which makes the screenshots' text jagged).
    const QString fitted = image.name + "#fitted";
    if (!format.isValid() || (format.name() != image.name && format.name() != fitted) ||
        qRound(format.width()) == width)
      continue;
    if (width < image.image.width()) {
      QPixmap scaled =
          QPixmap::fromImage(image.image.scaledToWidth(qRound(width * ratio), Qt::SmoothTransformation));
      scaled.setDevicePixelRatio(ratio);
      // (Looked up resolved against the page's URL, stored as given.)
      document()->addResource(QTextDocument::ImageResource, document()->baseUrl().resolved(QUrl(fitted)),
                              scaled);
      format.setName(fitted);
    } else {
      format.setName(image.name);
    }
    format.setWidth(width);
    format.setHeight(double(image.image.height()) * width / image.image.width());
    cursor.setCharFormat(format);
  }
}

GuideWindow::GuideWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
  setWindowTitle(tr("Palma Studio Guide"));
  resize(1100, 760);

  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  auto* back = new QToolButton(this);
  back->setText(tr("Back"));
  back->setToolTip(tr("Back (Alt+Left)"));
  back->setShortcut(QKeySequence::Back);
  back->setEnabled(false);
  auto* forward = new QToolButton(this);
  forward->setText(tr("Forward"));
  forward->setToolTip(tr("Forward (Alt+Right)"));
  forward->setShortcut(QKeySequence::Forward);
  forward->setEnabled(false);
  find_ = new QLineEdit(this);
  find_->setObjectName("guideFind");
  find_->setPlaceholderText(tr("Find in page (Ctrl+F)"));
  find_->setClearButtonEnabled(true);
  find_status_ = new QLabel(this);
  bar->addWidget(back);
  bar->addWidget(forward);
  bar->addStretch(1);
  bar->addWidget(find_status_);
  bar->addWidget(find_);
  layout->addLayout(bar);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  // Each document with its sections ("## " headings) below it, folded.
  contents_ = new QTreeWidget(splitter);
  contents_->setObjectName("guideContents");
  contents_->setHeaderHidden(true);
  for (const QString& document : documents()) {
    auto* item = new QTreeWidgetItem(contents_, {documentTitle(document)});
    item->setData(0, Qt::UserRole, document);
    item->setToolTip(0, document);
    for (const QString& heading : sectionHeadings(document)) {
      auto* section = new QTreeWidgetItem(item, {heading});
      section->setData(0, Qt::UserRole, document);
      section->setData(0, Qt::UserRole + 1, heading);
      section->setToolTip(0, heading);  // long headings are elided in the list
    }
  }
  browser_ = new GuideBrowser(splitter);
  browser_->setObjectName("guideBrowser");
  splitter->addWidget(contents_);
  splitter->addWidget(browser_);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({220, 880});
  layout->addWidget(splitter, 1);

  connect(back, &QToolButton::clicked, browser_, &QTextBrowser::backward);
  connect(forward, &QToolButton::clicked, browser_, &QTextBrowser::forward);
  connect(browser_, &QTextBrowser::backwardAvailable, back, &QToolButton::setEnabled);
  connect(browser_, &QTextBrowser::forwardAvailable, forward, &QToolButton::setEnabled);
  // (source() still gives the old document while this is emitted.)
  connect(browser_, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
    current_heading_.clear();
    syncContents(documentOf(url));
  });
  const auto open = [this](QTreeWidgetItem* item) {
    showTopic(item->data(0, Qt::UserRole).toString(), item->data(0, Qt::UserRole + 1).toString());
  };
  connect(contents_, &QTreeWidget::itemActivated, this, open);
  connect(contents_, &QTreeWidget::itemClicked, this, open);
  connect(find_, &QLineEdit::returnPressed, this, [this] { findText(find_->text()); });
  connect(find_, &QLineEdit::textChanged, this, [this] { find_status_->clear(); });
  auto* find_action = new QAction(this);
  find_action->setShortcut(QKeySequence::Find);
  connect(find_action, &QAction::triggered, this, [this] {
    find_->setFocus();
    find_->selectAll();
  });
  addAction(find_action);
  auto* find_next = new QAction(this);
  find_next->setShortcut(QKeySequence::FindNext);
  connect(find_next, &QAction::triggered, this, [this] { findText(find_->text()); });
  addAction(find_next);
  auto* find_previous = new QAction(this);
  find_previous->setShortcut(QKeySequence::FindPrevious);
  connect(find_previous, &QAction::triggered, this, [this] { findText(find_->text(), true); });
  addAction(find_previous);

  showTopic("docs/studio.md");
}

QStringList GuideWindow::documents() {
  // {title, path}: the studio's own guide first among the docs, then by title (each read once).
  std::vector<std::pair<QString, QString>> titled;
  for (const QString& f : QDir(":/docs").entryList({"*.md"}, QDir::Files))
    titled.emplace_back(documentTitle("docs/" + f), "docs/" + f);
  std::sort(titled.begin(), titled.end(), [](const auto& a, const auto& b) {
    if ((a.second == "docs/studio.md") != (b.second == "docs/studio.md")) return a.second == "docs/studio.md";
    return a.first.localeAwareCompare(b.first) < 0;
  });
  QStringList docs;
  if (QFileInfo::exists(":/README.md")) docs << "README.md";
  for (const auto& [title, path] : titled) docs << path;
  return docs;
}

QString GuideWindow::documentTitle(const QString& document) {
  const QString text = readText(":/" + document);
  for (const QString& line : text.split('\n'))
    if (line.startsWith("# ")) return plainHeading(line.mid(2));
  return QFileInfo(document).fileName();
}

QString GuideWindow::plainHeading(const QString& markdown) {
  static const QRegularExpression link(R"(\[([^\]]*)\]\([^)]*\))");
  QString text = markdown;
  text.replace(link, QStringLiteral("\\1"));
  text.remove('`');
  text.remove(QStringLiteral("**"));
  text.remove(QStringLiteral("__"));
  return text.trimmed();
}

QStringList GuideWindow::sectionHeadings(const QString& document) {
  QStringList headings;
  bool fenced = false;
  for (const QString& line : readText(":/" + document).split('\n')) {
    if (line.trimmed().startsWith("```")) fenced = !fenced;
    if (!fenced && line.startsWith("## ")) headings << plainHeading(line.mid(3));
  }
  return headings;
}

bool GuideWindow::showTopic(const QString& document, const QString& heading) {
  if (!QFileInfo::exists(":/" + document)) return false;
  if (documentOf(browser_->source()) != document)
    browser_->setSource(documentUrl(document), QTextDocument::MarkdownResource);
  scrollToHeading(heading);
  syncContents(document);
  return true;
}

QString GuideWindow::currentDocument() const { return documentOf(browser_->source()); }

void GuideWindow::scrollToHeading(const QString& heading) {
  current_heading_.clear();
  if (heading.isEmpty()) {
    browser_->moveCursor(QTextCursor::Start);
    browser_->verticalScrollBar()->setValue(0);
    return;
  }
  for (QTextBlock block = browser_->document()->begin(); block.isValid(); block = block.next()) {
    if (block.blockFormat().headingLevel() == 0 || block.text().trimmed() != heading) continue;
    QTextCursor cursor(block);
    browser_->setTextCursor(cursor);
    // The heading at the top of the view, not just somewhere in it.
    browser_->verticalScrollBar()->setValue(browser_->verticalScrollBar()->maximum());
    browser_->ensureCursorVisible();
    current_heading_ = heading;
    return;
  }
  browser_->verticalScrollBar()->setValue(0);
}

void GuideWindow::syncContents(const QString& document) {
  const QSignalBlocker blocker(contents_);
  for (int i = 0; i < contents_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = contents_->topLevelItem(i);
    if (item->data(0, Qt::UserRole).toString() != document) continue;
    item->setExpanded(true);
    QTreeWidgetItem* current = item;
    for (int c = 0; c < item->childCount(); ++c)
      if (!current_heading_.isEmpty() &&
          item->child(c)->data(0, Qt::UserRole + 1).toString() == current_heading_)
        current = item->child(c);
    contents_->setCurrentItem(current);
  }
}

bool GuideWindow::findText(const QString& text, bool backward) {
  if (text.isEmpty()) return false;
  const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
  bool found = browser_->find(text, flags);
  if (!found) {  // wrap around once
    browser_->moveCursor(backward ? QTextCursor::End : QTextCursor::Start);
    found = browser_->find(text, flags);
  }
  find_status_->setText(found ? QString() : tr("Not found"));
  return found;
}

}  // namespace palma
