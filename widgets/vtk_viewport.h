// VtkViewport: a QOpenGLWidget that hosts a VTK scene through vtkGenericOpenGLRenderWindow, the way
// VTK's own QVTKOpenGLNativeWidget does it (Debian's VTK Qt module is built for Qt 5, so we cannot link
// it; see ARCHITECTURE.md, platform notes). VTK renders into its own framebuffer inside the widget's
// GL context; paintGL() blits the result into the widget's framebuffer.
//
// Mouse: left-drag orbits around the focal point, right-drag and the wheel zoom, middle-drag (or
// shift + left-drag) pans. The camera moves are done here directly, not through a VTK interactor.
#pragma once

#include <vtkSmartPointer.h>
#include <QColor>
#include <QImage>
#include <QOpenGLWidget>
#include <QPoint>
#include <vector>

class QSurface;
class vtkGenericOpenGLRenderWindow;
class vtkRenderer;
class vtkObject;

namespace palma {

class VtkViewport : public QOpenGLWidget {
  Q_OBJECT

 public:
  explicit VtkViewport(QWidget* parent = nullptr);
  ~VtkViewport() override;

  // Call both before constructing the QApplication: the platform (X11 + GLX, which Debian's VTK needs
  // to initialise GLEW; EGL and the offscreen platform fail) and the OpenGL 3.2 core default format.
  static void configurePlatform();
  static void setDefaultSurfaceFormat();

  vtkRenderer* renderer() const;
  // A second layer drawn over the scene with the same camera, for overlays that must stay visible
  // (skeletons, markers). Created on first use.
  vtkRenderer* overlayRenderer();
  vtkGenericOpenGLRenderWindow* renderWindow() const;

  void setBackground(const QColor& color);
  QColor background() const { return background_; }

  // Renders the scene and returns the framebuffer as an opaque image (for tests and screenshots).
  QImage grabImage();

  QSize sizeHint() const override { return {800, 600}; }

 public slots:
  // Fits the camera to the bounds of all visible actors, keeping the view direction.
  void frameAll();
  // Schedules a re-render (call after changing actors or the camera).
  void render();

 signals:
  void cameraChanged();

 protected:
  void initializeGL() override;
  void resizeGL(int w, int h) override;
  void paintGL() override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private slots:
  void releaseContext();

 private:
  enum class Drag { None, Orbit, Zoom, Pan };
  void onRenderWindowEvent(vtkObject* caller, unsigned long event_id, void* call_data);
  void orbit(double dx, double dy);
  void zoom(double factor);
  void pan(double dx, double dy);
  void cameraMoved();

  vtkSmartPointer<vtkGenericOpenGLRenderWindow> render_window_;
  vtkSmartPointer<vtkRenderer> renderer_;
  vtkSmartPointer<vtkRenderer> overlay_;
  QSurface* surface_ = nullptr;  // the surface of context() that VTK must render with
  bool gl_ready_ = false;
  bool in_paint_ = false;
  std::vector<unsigned long> observer_ids_;
  QColor background_{40, 44, 52};
  Drag drag_ = Drag::None;
  QPoint last_pos_;
};

}  // namespace palma
