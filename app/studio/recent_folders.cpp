#include "app/studio/recent_folders.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace palma {

RecentFolders::RecentFolders(QMenu* menu, QString settings_key, int max, QString empty_text,
                             std::function<void(const QString&)> open,
                             std::function<void(const QString&)> missing)
    : QObject(menu),
      menu_(menu),
      key_(std::move(settings_key)),
      max_(max),
      empty_text_(std::move(empty_text)),
      open_(std::move(open)),
      missing_(std::move(missing)) {
  rebuild();
}

QStringList RecentFolders::folders() const { return QSettings().value(key_).toStringList(); }

void RecentFolders::add(const QString& folder) {
  QStringList recent = folders();
  recent.removeAll(folder);
  recent.prepend(folder);
  while (recent.size() > max_) recent.removeLast();
  QSettings().setValue(key_, recent);
  rebuild();
}

void RecentFolders::remove(const QString& folder) {
  QStringList recent = folders();
  recent.removeAll(folder);
  QSettings().setValue(key_, recent);
  rebuild();
}

void RecentFolders::rebuild() {
  // deleteLater: the menu is rebuilt from inside the triggered() of one of its own actions.
  for (QAction* a : menu_->actions()) {
    menu_->removeAction(a);
    a->deleteLater();
  }
  const QStringList recent = folders();
  for (int i = 0; i < recent.size(); ++i) {
    const QString folder = recent[i];
    QAction* a = menu_->addAction(QString("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(folder)), this,
                                  [this, folder] { choose(folder); });
    a->setData(folder);
  }
  if (recent.isEmpty()) menu_->addAction(empty_text_)->setEnabled(false);
  menu_->addSeparator();
  QAction* clear = menu_->addAction(tr("Clear Menu"), this, [this] {
    QSettings().remove(key_);
    rebuild();
  });
  clear->setEnabled(!recent.isEmpty());
}

void RecentFolders::choose(const QString& folder) {
  if (QFileInfo(folder).isDir()) {
    open_(folder);
    return;
  }
  remove(folder);
  if (missing_) missing_(folder);
}

}  // namespace palma
