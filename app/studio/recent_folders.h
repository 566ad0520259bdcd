// A "recent" list of folders kept in QSettings and shown as a menu (File > Open Recent, File > Open
// Recent Project): most recent first, at most `max` entries, "&1 path" … entries, a disabled line
// when empty and Clear Menu. Choosing an entry whose folder has gone removes it and reports it through
// `missing`; otherwise `open` is called.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QMenu;

namespace palma {

class RecentFolders : public QObject {
  Q_OBJECT

 public:
  RecentFolders(QMenu* menu, QString settings_key, int max, QString empty_text,
                std::function<void(const QString&)> open, std::function<void(const QString&)> missing);

  QStringList folders() const;
  void add(const QString& folder);
  void remove(const QString& folder);
  // Rebuilds the menu from the settings (after another window changed them).
  void rebuild();
  QMenu* menu() const { return menu_; }

 private:
  void choose(const QString& folder);

  QMenu* menu_;
  QString key_;
  int max_;
  QString empty_text_;
  std::function<void(const QString&)> open_, missing_;
};

}  // namespace palma
