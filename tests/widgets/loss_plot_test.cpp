// LossPlot: values map to a log-scale y axis, non-drawable values are refused, stage boundaries and the
// legend are drawn where they belong, clicking a legend entry hides its curve, and the hover read-out
// names the nearest iteration and every shown value there. Also FitPreviewView's three modes.
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>
#include <cmath>

#include "widgets/fit_preview_view.h"
#include "widgets/loss_plot.h"

using namespace palma;

namespace {

QString screenshotPath(const QString& name) {
  const QString dir = qEnvironmentVariable("PALMA_SCREENSHOT_DIR", QDir::currentPath());
  QDir().mkpath(dir);
  return QDir(dir).filePath(name);
}

// Colour distance of a pixel to a reference.
int distance(QRgb a, const QColor& b) {
  return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue());
}

}  // namespace

class LossPlotTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void logScaleMapping() {
    LossPlot plot;
    plot.resize(600, 300);
    QVERIFY(plot.addPoint("silhouette", 0, 1.0));
    QVERIFY(plot.addPoint("silhouette", 10, 0.01));
    QVERIFY(!plot.addPoint("silhouette", 11, 0.0));   // log scale: not drawable
    QVERIFY(!plot.addPoint("silhouette", 12, -1.0));  // negative
    QVERIFY(!plot.addPoint("silhouette", 13, std::nan("")));
    QCOMPARE(plot.pointCount("silhouette"), 2);
    QCOMPARE(plot.decadeRange(), std::make_pair(-2, 0));
    const QRectF a = plot.plotArea();
    // 1 at the top, 0.01 at the bottom, 0.1 exactly halfway (log scale), x linear.
    QCOMPARE(plot.toWidget(0, 1.0).y(), a.top());
    QCOMPARE(plot.toWidget(10, 0.01).y(), a.bottom());
    QVERIFY(std::abs(plot.toWidget(5, 0.1).y() - a.center().y()) < 1e-6);
    QVERIFY(std::abs(plot.toWidget(5, 0.1).x() - a.center().x()) < 1e-6);
    // A wider range widens the axis to whole decades.
    plot.addPoint("total", 10, 35.0);
    QCOMPARE(plot.decadeRange(), std::make_pair(-2, 2));
    // Hiding a curve takes it out of the range.
    plot.setSeriesVisible("total", false);
    QCOMPARE(plot.decadeRange(), std::make_pair(-2, 0));
  }

  void drawsCurvesStagesAndLegend() {
    LossPlot plot;
    plot.resize(640, 300);
    plot.addStageBoundary(1, "geometry");
    plot.addStageBoundary(51, "appearance");
    for (int i = 1; i <= 100; ++i)
      plot.addPoints(
          i, {{"silhouette", 2.0 * std::exp(-0.03 * i)}, {"photometric", 0.3 + 0.1 * std::sin(i * 0.2)}});
    QCOMPARE(plot.seriesNames(), QStringList({"silhouette", "photometric"}));
    QCOMPARE(plot.stageBoundaryCount(), 2);
    QCOMPARE(plot.stageName(1), QString("appearance"));
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const QImage img = plot.grab().toImage();
    img.save(screenshotPath("loss_plot.png"));
    // The silhouette curve passes through its point at iteration 30 (within a pixel or two).
    const QPointF p = plot.toWidget(30, 2.0 * std::exp(-0.9));
    const QColor sil = plot.seriesColor("silhouette");
    int best = 1000;
    for (int dy = -2; dy <= 2; ++dy)
      for (int dx = -2; dx <= 2; ++dx)
        best = std::min(best, distance(img.pixel(int(p.x()) + dx, int(p.y()) + dy), sil));
    QVERIFY2(best < 80, qPrintable(QString::number(best)));
    // Nothing of that colour far away from the curve (an empty corner of the plot area).
    const QRectF a = plot.plotArea();
    QVERIFY(distance(img.pixel(int(a.left()) + 4, int(a.bottom()) - 4), sil) > 150);

    // Hover read-out: the nearest iteration and both values there.
    const QPoint at = plot.toWidget(40.2, 1.0).toPoint();
    const QString text = plot.readoutAt(at);
    QVERIFY2(text.startsWith("iteration 40 (geometry)"), qPrintable(text));
    QVERIFY(text.contains(QString("silhouette: %1").arg(2.0 * std::exp(-1.2), 0, 'g', 4)));
    QVERIFY(text.contains("photometric: "));
    QVERIFY(plot.readoutAt(QPoint(2, 2)).isEmpty());  // outside the plot area
    QTest::mouseMove(&plot, plot.toWidget(60, 1.0).toPoint());
    QTRY_VERIFY(plot.currentReadout().startsWith("iteration 60 (appearance)"));

    // Clicking the first legend entry hides the silhouette curve; its values leave the read-out.
    const QPoint legend = plot.legendEntryRect(0).center().toPoint();
    QTest::mouseClick(&plot, Qt::LeftButton, {}, legend);
    QVERIFY(!plot.seriesVisible("silhouette"));
    QVERIFY(!plot.readoutAt(at).contains("silhouette"));
    QTest::mouseClick(&plot, Qt::LeftButton, {}, legend);
    QVERIFY(plot.seriesVisible("silhouette"));
    plot.clear();
    QCOMPARE(plot.seriesNames().size(), 0);
    QCOMPARE(plot.stageBoundaryCount(), 0);
  }

  void previewModes() {
    FitPreviewView view;
    QVERIFY(view.displayedImage().isNull());
    // Input: grey 100; render: grey 140 on the left half of the render, 100 elsewhere.
    QImage both(8, 4, QImage::Format_RGB888);
    both.fill(QColor(100, 100, 100));
    for (int y = 0; y < 4; ++y)
      for (int x = 4; x < 6; ++x) both.setPixelColor(x, y, QColor(140, 140, 140));
    view.setPreview(both);
    QVERIFY(view.hasPreview());
    QCOMPARE(view.inputImage().size(), QSize(4, 4));
    QCOMPARE(view.displayedImage().size(), QSize(8, 4));
    QCOMPARE(view.meanDifference(), 40.0 / 255.0 / 2.0);
    view.setMode(FitPreviewView::Mode::Overlay);
    view.setBlend(0.25);
    QCOMPARE(view.displayedImage().size(), QSize(4, 4));
    QCOMPARE(qRed(view.displayedImage().pixel(0, 0)), 110);  // 0.75 * 100 + 0.25 * 140
    QCOMPARE(qRed(view.displayedImage().pixel(3, 0)), 100);
    view.setMode(FitPreviewView::Mode::Difference);
    QCOMPARE(qRed(view.displayedImage().pixel(0, 0)), 160);  // 4 x 40
    QCOMPARE(qRed(view.displayedImage().pixel(3, 0)), 0);
    view.setPreview(QImage(7, 4, QImage::Format_RGB888));  // odd width: not a preview
    QVERIFY(!view.hasPreview());
  }
};

QTEST_MAIN(LossPlotTest)
#include "loss_plot_test.moc"
