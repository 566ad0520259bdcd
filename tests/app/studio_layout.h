// Layout checks on the whole studio window for the GUI tests: every page shown at the default size
// (1280 x 800) and at the narrowest the window allows, with no control cut off on the right
// (tests/support/clipped_controls.h), and the same on a new window in every shipped translation.
// Failures go to the running Qt Test function (check QTest::currentTestFailed() after a call).
#pragma once

#include <QApplication>
#include <QList>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QTest>
#include <QTranslator>
#include <functional>

#include "app/studio/main_window.h"
#include "tests/support/clipped_controls.h"

namespace palma::test {

// Shows each of `pages` at 1280 x 800 and at the narrowest size (asking for 1024 x 640) and fails the
// running test, naming the controls, when one is cut off on the right. `shown(page, size)` runs after each
// page is laid out (for screenshots).
inline void checkPagesFit(MainWindow& window, const QString& language, const QList<MainWindow::Page>& pages,
                          const std::function<void(MainWindow::Page, QSize)>& shown = {}) {
  for (const QSize size : {QSize(1280, 800), QSize(1024, 640)}) {
    window.resize(size);
    for (const MainWindow::Page page : pages) {
      window.setPage(page);
      QApplication::processEvents();
      const QStringList clipped = clippedControlsInEveryTab(&window);
      QVERIFY2(clipped.isEmpty(), qPrintable(QString("%1, page %2, asked for %3 x %4:\n%5")
                                                 .arg(language)
                                                 .arg(static_cast<int>(page))
                                                 .arg(size.width())
                                                 .arg(size.height())
                                                 .arg(clipped.join("\n"))));
      if (shown) shown(page, size);
    }
  }
}

// Runs `check(window, code)` on a new, shown MainWindow in each shipped translation (de, fr, ja, zh_CN),
// removing the translation after each; stops at the first failure.
inline void forEachTranslation(const std::function<void(MainWindow&, const QString&)>& check) {
  for (const char* code : {"de", "fr", "ja", "zh_CN"}) {
    QTranslator* translator = MainWindow::installTranslator(QLocale(code));
    QVERIFY2(translator != nullptr, code);
    {
      MainWindow window;
      window.show();
      if (!QTest::qWaitForWindowExposed(&window)) QFAIL("the translated window was not shown");
      check(window, code);
    }
    QCoreApplication::removeTranslator(translator);
    delete translator;
    if (QTest::currentTestFailed()) return;
  }
}

}  // namespace palma::test
