// Finds the controls of a window that are cut off on the left or right: a button, check box, label,
// combo box, spin box, slider or line edit that is shown but not wholly inside one of its ancestors
// horizontally. Vertical clipping is allowed (side panels scroll up and down), and so is horizontal
// clipping inside a scroll area that has a horizontal scroll bar to reach it. Header-only, for the
// studio's GUI tests.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

namespace palma::test {

inline bool isControl(const QWidget* w) {
  if (qobject_cast<const QScrollBar*>(w)) return false;  // part of its scroll area
  return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLabel*>(w) ||
         qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
         qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QLineEdit*>(w);
}

// A description of each control under `root` that is cut off horizontally, e.g.
// "QCheckBox 'After placing…' 0..331 in QWidget 'panel' of width 300"; empty when none is.
inline QStringList clippedControls(QWidget* root) {
  QStringList found;
  for (QWidget* w : root->findChildren<QWidget*>()) {
    if (!w->isVisible() || !isControl(w) || w->width() <= 0) continue;
    for (QWidget* a = w->parentWidget(); a && a != root->parentWidget(); a = a->parentWidget()) {
      const int left = w->mapTo(a, QPoint(0, 0)).x();
      const int right = left + w->width();
      // A scroll area that can scroll sideways reaches whatever is inside it: nothing above it counts.
      const auto* area = qobject_cast<const QAbstractScrollArea*>(a->parentWidget());
      const bool scrolls_sideways =
          area && area->viewport() == a && area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
      if (scrolls_sideways) break;
      if (left < 0 || right > a->width()) {
        QString text;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w)) text = b->text();
        if (const auto* l = qobject_cast<const QLabel*>(w)) text = l->text();
        found << QString("%1 '%2' (%3) %4..%5 in %6 '%7' of width %8")
                     .arg(w->metaObject()->className(), text.left(40), w->objectName())
                     .arg(left)
                     .arg(right)
                     .arg(a->metaObject()->className(), a->objectName())
                     .arg(a->width());
        break;
      }
    }
  }
  return found;
}

// clippedControls for every tab of every tab widget under `root` (each shown in turn, then the first
// one shown again), prefixed with the tab's title.
inline QStringList clippedControlsInEveryTab(QWidget* root) {
  QStringList found = clippedControls(root);
  for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
    if (!tabs->isVisible()) continue;
    const int was = tabs->currentIndex();
    for (int i = 0; i < tabs->count(); ++i) {
      tabs->setCurrentIndex(i);
      QApplication::processEvents();  // lays the shown tab out
      for (const QString& f : clippedControls(tabs->widget(i))) found << tabs->tabText(i) + ": " + f;
    }
    tabs->setCurrentIndex(was);
    QApplication::processEvents();
  }
  found.removeDuplicates();
  return found;
}

}  // namespace palma::test
