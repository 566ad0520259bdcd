// The layouts that keep side panels readable: FlowLayout (rows that wrap) and SidePanelScrollArea (a
// vertical scroll area as wide as its panel needs), alone and in a splitter squeezed by the window.
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTest>
#include <QVBoxLayout>
#include <vector>

#include "tests/support/clipped_controls.h"
#include "widgets/flow_layout.h"
#include "widgets/side_panel_scroll.h"

using palma::FlowLayout;
using palma::SidePanelScrollArea;

namespace {

// Eight fixed-size 50 x 20 boxes in a flow with 10 px spacing and no margins.
struct Flow {
  QWidget host;
  FlowLayout* layout = new FlowLayout(&host, 10, 5);
  std::vector<QWidget*> boxes;
  Flow() {
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 8; ++i) {
      auto* box = new QWidget(&host);
      box->setFixedSize(50, 20);
      layout->addWidget(box);
      boxes.push_back(box);
    }
  }
};

}  // namespace

class SidePanelLayoutTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void flowKeepsOneRowWhenThereIsRoom() {
    Flow f;
    QCOMPARE(f.layout->sizeHint(), QSize(8 * 50 + 7 * 10, 20));
    QCOMPARE(f.layout->rowsAt(470), 1);
    QCOMPARE(f.layout->heightForWidth(470), 20);
    f.layout->setGeometry(QRect(0, 0, 470, 20));
    for (int i = 0; i < 8; ++i) QCOMPARE(f.boxes[i]->geometry(), QRect(60 * i, 0, 50, 20));
  }

  void flowWrapsWhenNarrow() {
    Flow f;
    // 3 boxes per row at 170 px (3 x 50 + 2 x 10), 2 per row at 169.
    QCOMPARE(f.layout->rowsAt(170), 3);
    QCOMPARE(f.layout->heightForWidth(170), 3 * 20 + 2 * 5);
    QCOMPARE(f.layout->rowsAt(169), 4);
    QCOMPARE(f.layout->rowsAt(50), 8);
    // Narrower than one box: still one box per row, never squeezed below its size.
    QCOMPARE(f.layout->rowsAt(30), 8);
    QCOMPARE(f.layout->minimumSize(), QSize(50, 20));
    f.layout->setGeometry(QRect(0, 0, 170, 70));
    QCOMPARE(f.boxes[2]->geometry(), QRect(120, 0, 50, 20));
    QCOMPARE(f.boxes[3]->geometry(), QRect(0, 25, 50, 20));
    QCOMPARE(f.boxes[7]->geometry(), QRect(60, 50, 50, 20));
    // Hidden items take no room.
    f.boxes[0]->hide();
    QCOMPARE(f.layout->rowsAt(170), 3);
    f.layout->setGeometry(QRect(0, 0, 170, 70));
    QCOMPARE(f.boxes[1]->geometry(), QRect(0, 0, 50, 20));
    QCOMPARE(f.boxes[7]->geometry(), QRect(0, 50, 50, 20));
  }

  void flowGrowsItsWidgetTallerWhenNarrower() {
    QWidget window;
    auto* column = new QVBoxLayout(&window);
    auto* flow = new FlowLayout(nullptr, 6, 6);
    column->addLayout(flow);
    for (int i = 0; i < 6; ++i) flow->addWidget(new QPushButton(QString("Button number %1").arg(i)));
    column->addStretch(1);
    window.resize(1200, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(flow->rowsAt(flow->geometry().width()), 1);
    window.resize(window.minimumSizeHint().width(), 300);
    QApplication::processEvents();
    QVERIFY(flow->rowsAt(flow->geometry().width()) >= 3);
    QVERIFY2(palma::test::clippedControls(&window).isEmpty(),
             qPrintable(palma::test::clippedControls(&window).join('\n')));
    // No two buttons overlap.
    const auto buttons = window.findChildren<QPushButton*>();
    for (int i = 0; i < buttons.size(); ++i)
      for (int j = i + 1; j < buttons.size(); ++j)
        QVERIFY(!buttons[i]->geometry().intersects(buttons[j]->geometry()));
  }

  void scrollAreaIsAsWideAsItsPanelNeeds() {
    auto* panel = new QWidget;
    auto* column = new QVBoxLayout(panel);
    auto* check = new QCheckBox("A check box with a rather long text that does not wrap");
    column->addWidget(check);
    for (int i = 0; i < 40; ++i) column->addWidget(new QPushButton(QString("Row %1").arg(i)));
    SidePanelScrollArea area(panel);
    QVERIFY(area.horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    const int bar = area.verticalScrollBar()->sizeHint().width();
    QCOMPARE(area.minimumSizeHint().width(), panel->minimumSizeHint().width() + bar);
    // A preferred width when the panel needs less; never less than it needs.
    area.setPreferredWidth(1000);
    QCOMPARE(area.sizeHint().width(), 1000);
    area.setPreferredWidth(10);
    QCOMPARE(area.sizeHint().width(), area.minimumSizeHint().width());
  }

  // In a splitter whose window gets narrow, the panel keeps its width and the view beside it gives way;
  // the panel scrolls up and down and nothing in it is cut off.
  void splitterGivesThePanelItsWidth() {
    QSplitter splitter;
    auto* view = new QWidget;
    view->setMinimumWidth(100);
    splitter.addWidget(view);
    auto* panel = new QWidget;
    auto* column = new QVBoxLayout(panel);
    auto* check = new QCheckBox("After placing, go to the next missing joint", panel);
    column->addWidget(check);
    for (int i = 0; i < 30; ++i) column->addWidget(new QPushButton(QString("Button %1").arg(i)));
    auto* area = new SidePanelScrollArea(panel);
    splitter.addWidget(area);
    splitter.resize(1000, 300);
    splitter.setSizes({900, 100});  // asks for less than the panel needs
    splitter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&splitter));
    QApplication::processEvents();
    QVERIFY(area->width() >= area->minimumSizeHint().width());
    QVERIFY(area->verticalScrollBar()->isVisible());
    QVERIFY(panel->width() <= area->viewport()->width());
    QVERIFY2(palma::test::clippedControls(&splitter).isEmpty(),
             qPrintable(palma::test::clippedControls(&splitter).join('\n')));
    // A longer text later (a language switch, a status): the area asks for more and gets it.
    const int before = area->width();
    check->setText("After placing a point, go on to the next joint that is still missing in this frame");
    QApplication::processEvents();
    QApplication::processEvents();
    QVERIFY(area->width() > before);
    QVERIFY2(palma::test::clippedControls(&splitter).isEmpty(),
             qPrintable(palma::test::clippedControls(&splitter).join('\n')));
  }
};

QTEST_MAIN(SidePanelLayoutTest)
#include "side_panel_layout_test.moc"
