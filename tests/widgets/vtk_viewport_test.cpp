// The VTK viewport draws a VTK scene inside Qt 6 (under Xvfb), frames it, follows resizes and the mouse.
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>
#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWheelEvent>

#include "widgets/vtk_viewport.h"

using palma::VtkViewport;

namespace {

struct Coverage {
  double fraction = 0;  // of pixels that differ from the background
  QPointF centroid;     // of those pixels, in pixels
};

Coverage coverage(const QImage& image, const QColor& background) {
  Coverage c;
  long count = 0;
  double sx = 0, sy = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor p = image.pixelColor(x, y);
      const int diff = std::abs(p.red() - background.red()) + std::abs(p.green() - background.green()) +
                       std::abs(p.blue() - background.blue());
      if (diff > 24) {
        ++count;
        sx += x;
        sy += y;
      }
    }
  c.fraction =
      static_cast<double>(count) / std::max(1LL, static_cast<long long>(image.width()) * image.height());
  if (count > 0) c.centroid = QPointF(sx / count, sy / count);
  return c;
}

void sendMouse(QWidget* w, QEvent::Type type, Qt::MouseButton button, Qt::MouseButtons buttons, QPoint pos) {
  QMouseEvent event(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
  QApplication::sendEvent(w, &event);
}

}  // namespace

class VtkViewportTest : public QObject {
  Q_OBJECT

 private slots:
  void init() {
    viewport_ = std::make_unique<VtkViewport>();
    auto sphere = vtkSmartPointer<vtkSphereSource>::New();
    sphere->SetThetaResolution(48);
    sphere->SetPhiResolution(24);
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputConnection(sphere->GetOutputPort());
    actor_ = vtkSmartPointer<vtkActor>::New();
    actor_->SetMapper(mapper);
    actor_->GetProperty()->SetColor(0.9, 0.6, 0.4);
    viewport_->renderer()->AddActor(actor_);
    viewport_->resize(320, 240);
    viewport_->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewport_.get()));
    viewport_->frameAll();
  }
  void cleanup() { viewport_.reset(); }

  void rendersNonBackgroundPixels() {
    const QImage image = viewport_->grabImage();
    image.save("vtk-viewport-sphere.png");  // in the build directory, for a look
    QCOMPARE(image.size(), QSize(320, 240) * viewport_->devicePixelRatio());
    const Coverage c = coverage(image, viewport_->background());
    QVERIFY2(c.fraction > 0.15 && c.fraction < 0.8, qPrintable(QString::number(c.fraction)));
    // The sphere is centred.
    QVERIFY(std::abs(c.centroid.x() - image.width() / 2.0) < 4);
    QVERIFY(std::abs(c.centroid.y() - image.height() / 2.0) < 4);
    // The alpha channel is forced to opaque, so the grab is not transparent.
    QCOMPARE(viewport_->grabFramebuffer().pixelColor(0, 0).alpha(), 255);
  }

  void backgroundColourIsUsed() {
    viewport_->setBackground(QColor(10, 200, 30));
    const QImage image = viewport_->grabImage();
    QCOMPARE(image.pixelColor(2, 2), QColor(10, 200, 30));
  }

  void frameAllBringsTheSceneBackIntoView() {
    actor_->SetPosition(50, 0, 0);  // far outside the current view
    QVERIFY(coverage(viewport_->grabImage(), viewport_->background()).fraction < 0.001);
    viewport_->frameAll();
    QVERIFY(coverage(viewport_->grabImage(), viewport_->background()).fraction > 0.15);
  }

  void resizeRendersAtTheNewSize() {
    const double fraction_before = coverage(viewport_->grabImage(), viewport_->background()).fraction;
    viewport_->resize(500, 200);
    QTest::qWait(50);
    const QImage image = viewport_->grabImage();
    QCOMPARE(image.size(), QSize(500, 200) * viewport_->devicePixelRatio());
    const Coverage c = coverage(image, viewport_->background());
    // The sphere stays a circle whose size follows the view height (VTK's view angle is vertical), so
    // its area scales by (200/240)^2 and the fraction by that over the pixel-count ratio.
    const double expected = fraction_before * (200.0 / 240) * (200.0 / 240) * (320.0 * 240) / (500.0 * 200);
    QVERIFY2(std::abs(c.fraction / expected - 1) < 0.05,
             qPrintable(QString("%1, expected %2").arg(c.fraction).arg(expected)));
    QVERIFY(std::abs(c.centroid.x() - image.width() / 2.0) < 4);
  }

  void wheelZoomsIn() {
    const double before = coverage(viewport_->grabImage(), viewport_->background()).fraction;
    const QPointF centre(160, 120);
    QWheelEvent wheel(centre, viewport_->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport_.get(), &wheel);
    const double after = coverage(viewport_->grabImage(), viewport_->background()).fraction;
    QVERIFY2(after > before * 1.2, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
  }

  void middleDragPansWithTheCursor() {
    const QPointF before = coverage(viewport_->grabImage(), viewport_->background()).centroid;
    sendMouse(viewport_.get(), QEvent::MouseButtonPress, Qt::MiddleButton, Qt::MiddleButton, {160, 120});
    sendMouse(viewport_.get(), QEvent::MouseMove, Qt::NoButton, Qt::MiddleButton, {200, 140});
    sendMouse(viewport_.get(), QEvent::MouseButtonRelease, Qt::MiddleButton, Qt::NoButton, {200, 140});
    const QPointF after = coverage(viewport_->grabImage(), viewport_->background()).centroid;
    // The sphere follows the cursor: 40 px right, 20 px down (within a few pixels of clipping).
    QVERIFY2(
        std::abs(after.x() - before.x() - 40) < 4 && std::abs(after.y() - before.y() - 20) < 4,
        qPrintable(
            QString("(%1,%2) -> (%3,%4)").arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
  }

  void leftDragOrbitsTheCamera() {
    double before[3];
    viewport_->renderer()->GetActiveCamera()->GetPosition(before);
    sendMouse(viewport_.get(), QEvent::MouseButtonPress, Qt::LeftButton, Qt::LeftButton, {100, 120});
    sendMouse(viewport_.get(), QEvent::MouseMove, Qt::NoButton, Qt::LeftButton, {180, 120});
    sendMouse(viewport_.get(), QEvent::MouseButtonRelease, Qt::LeftButton, Qt::NoButton, {180, 120});
    double after[3], focal[3];
    viewport_->renderer()->GetActiveCamera()->GetPosition(after);
    viewport_->renderer()->GetActiveCamera()->GetFocalPoint(focal);
    // 80 of 320 px is 50 degrees about the focal point, at the same distance.
    auto dist = [&](const double* p) {
      return std::sqrt(std::pow(p[0] - focal[0], 2) + std::pow(p[1] - focal[1], 2) +
                       std::pow(p[2] - focal[2], 2));
    };
    QVERIFY(std::abs(dist(after) - dist(before)) < 1e-6 * dist(before));
    double dot = 0;
    for (int i = 0; i < 3; ++i) dot += (before[i] - focal[i]) * (after[i] - focal[i]);
    const double angle = std::acos(dot / (dist(before) * dist(after))) * 180 / M_PI;
    QVERIFY2(std::abs(angle - 50) < 1, qPrintable(QString::number(angle)));
  }

 private:
  std::unique_ptr<VtkViewport> viewport_;
  vtkSmartPointer<vtkActor> actor_;
};

int main(int argc, char** argv) {
  VtkViewport::configurePlatform();
  VtkViewport::setDefaultSurfaceFormat();
  QApplication app(argc, argv);
  VtkViewportTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "vtk_viewport_test.moc"
