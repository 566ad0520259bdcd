#include "widgets/vtk_viewport.h"

#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkMath.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkRenderer.h>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QSurfaceFormat>
#include <QWheelEvent>
#include <cmath>

namespace palma {

void VtkViewport::configurePlatform() {
  qputenv("QT_QPA_PLATFORM", "xcb");
  qputenv("QT_XCB_GL_INTEGRATION", "xcb_glx");
}

void VtkViewport::setDefaultSurfaceFormat() {
  // What QVTKOpenGLNativeWidget::defaultFormat() asks for: VTK needs a 3.2 core context; it renders
  // into its own (optionally multisampled) framebuffer, so the widget's needs no samples or stencil.
  QSurfaceFormat format;
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 2);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
  format.setRedBufferSize(8);
  format.setGreenBufferSize(8);
  format.setBlueBufferSize(8);
  format.setAlphaBufferSize(8);
  format.setDepthBufferSize(8);
  format.setStencilBufferSize(0);
  format.setSamples(0);
  QSurfaceFormat::setDefaultFormat(format);
}

VtkViewport::VtkViewport(QWidget* parent)
    : QOpenGLWidget(parent),
      render_window_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()),
      renderer_(vtkSmartPointer<vtkRenderer>::New()) {
  setFocusPolicy(Qt::StrongFocus);
  setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
  setMinimumSize(64, 64);

  render_window_->SetReadyForRendering(false);  // until initializeGL() has a context
  render_window_->SetFrameBlitModeToNoBlit();   // paintGL() blits into the widget's framebuffer
  render_window_->SetMultiSamples(4);           // antialiasing inside VTK's own framebuffer
  render_window_->AddRenderer(renderer_);
  renderer_->SetBackground(background_.redF(), background_.greenF(), background_.blueF());

  for (unsigned long id :
       {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent, vtkCommand::WindowFrameEvent})
    observer_ids_.push_back(render_window_->AddObserver(id, this, &VtkViewport::onRenderWindowEvent));
}

VtkViewport::~VtkViewport() {
  // Release VTK's GL objects while the context still exists, and stop listening to the context: the
  // base class destroys it after this object is gone.
  makeCurrent();
  releaseContext();
  if (context()) disconnect(context(), nullptr, this, nullptr);
  for (unsigned long id : observer_ids_) render_window_->RemoveObserver(id);
}

vtkRenderer* VtkViewport::renderer() const { return renderer_; }
vtkGenericOpenGLRenderWindow* VtkViewport::renderWindow() const { return render_window_; }

vtkRenderer* VtkViewport::overlayRenderer() {
  if (!overlay_) {
    overlay_ = vtkSmartPointer<vtkRenderer>::New();
    overlay_->SetLayer(1);  // layers above 0 keep the colour buffer and clear only depth
    overlay_->SetActiveCamera(renderer_->GetActiveCamera());
    overlay_->InteractiveOff();
    render_window_->SetNumberOfLayers(2);
    render_window_->AddRenderer(overlay_);
  }
  return overlay_;
}

void VtkViewport::setBackground(const QColor& color) {
  background_ = color;
  renderer_->SetBackground(color.redF(), color.greenF(), color.blueF());
  render();
}

void VtkViewport::onRenderWindowEvent(vtkObject*, unsigned long event_id, void* call_data) {
  switch (event_id) {
    case vtkCommand::WindowMakeCurrentEvent:
      // Not QOpenGLWidget::makeCurrent(): that also binds the widget's framebuffer, under VTK's feet.
      if (context() && surface_) context()->makeCurrent(surface_);
      break;
    case vtkCommand::WindowIsCurrentEvent: {
      const QOpenGLContext* current = QOpenGLContext::currentContext();
      *static_cast<bool*>(call_data) = current && current == context() && current->surface() == surface_;
      break;
    }
    case vtkCommand::WindowFrameEvent:
      // Someone called Render() outside paintGL(): show the new frame.
      if (!in_paint_) update();
      break;
    default:
      break;
  }
}

void VtkViewport::initializeGL() {
  // Called again with a new context when the widget moves to another top-level window.
  surface_ = context()->surface();
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkViewport::releaseContext,
          Qt::UniqueConnection);
  render_window_->SetForceMaximumHardwareLineWidth(1);
  render_window_->SetReadyForRendering(true);
  render_window_->SetOwnContext(0);
  render_window_->OpenGLInitContext();
  gl_ready_ = true;
}

void VtkViewport::releaseContext() {
  if (!gl_ready_) return;
  render_window_->Finalize();
  render_window_->SetReadyForRendering(false);
  gl_ready_ = false;
}

void VtkViewport::resizeGL(int w, int h) {
  const qreal dpr = devicePixelRatioF();
  render_window_->SetSize(static_cast<int>(w * dpr), static_cast<int>(h * dpr));
}

void VtkViewport::paintGL() {
  QOpenGLExtraFunctions* f = context()->extraFunctions();
  if (!gl_ready_) {
    f->glClearColor(background_.redF(), background_.greenF(), background_.blueF(), 1.0f);
    f->glClear(GL_COLOR_BUFFER_BIT);
    return;
  }
  in_paint_ = true;
  render_window_->Render();
  in_paint_ = false;

  // Rendering may have made another context current (progress updates of other widgets).
  makeCurrent();
  const int w = static_cast<int>(width() * devicePixelRatioF());
  const int h = static_cast<int>(height() * devicePixelRatioF());
  f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  const GLenum draw_buffer = GL_COLOR_ATTACHMENT0;
  f->glDrawBuffers(1, &draw_buffer);
  const GLboolean scissor = f->glIsEnabled(GL_SCISSOR_TEST);
  if (scissor) f->glDisable(GL_SCISSOR_TEST);
  const int* size = render_window_->GetRenderFramebuffer()->GetLastSize();
  render_window_->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, w, h, GL_COLOR_BUFFER_BIT,
                                         GL_LINEAR);

  // Force alpha to 1: VTK leaves the background's alpha at 0, and the compositor (or grabFramebuffer)
  // would then show the widget as transparent.
  f->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
  f->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  f->glViewport(0, 0, w, h);
  f->glClear(GL_COLOR_BUFFER_BIT);
  f->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  if (scissor) f->glEnable(GL_SCISSOR_TEST);
}

QImage VtkViewport::grabImage() {
  QImage image = grabFramebuffer();
  return image.convertToFormat(QImage::Format_RGB32);
}

void VtkViewport::render() { update(); }

// vtkRenderer::ResetCamera() fits the bounding sphere of the scene, which leaves a tall, thin object
// such as a hand small in a wide view. This fits the eight corners of the bounding box instead: the
// camera keeps its direction and moves back until every corner is inside the view with a 7% margin.
void VtkViewport::frameAll() {
  double bounds[6];
  renderer_->ComputeVisiblePropBounds(bounds);
  if (!vtkMath::AreBoundsInitialized(bounds)) return;
  renderer_->ResetCamera(bounds);  // focal point at the centre, view direction kept
  vtkCamera* camera = renderer_->GetActiveCamera();
  double focal[3], up[3], direction[3];
  camera->GetFocalPoint(focal);
  camera->GetViewUp(up);
  camera->GetDirectionOfProjection(direction);
  double right[3];
  vtkMath::Cross(direction, up, right);
  vtkMath::Normalize(right);
  vtkMath::Cross(right, direction, up);

  const double aspect = static_cast<double>(std::max(1, width())) / std::max(1, height());
  const double tan_half = std::tan(camera->GetViewAngle() * M_PI / 360.0) * 0.93;
  double distance = 0, half_height = 0;
  for (int corner = 0; corner < 8; ++corner) {
    const double p[3] = {bounds[corner & 1 ? 1 : 0] - focal[0], bounds[corner & 2 ? 3 : 2] - focal[1],
                         bounds[corner & 4 ? 5 : 4] - focal[2]};
    const double x = std::abs(vtkMath::Dot(p, right)), y = std::abs(vtkMath::Dot(p, up));
    const double toward_camera = -vtkMath::Dot(p, direction);
    const double extent = std::max(y, x / aspect);
    distance = std::max(distance, toward_camera + extent / tan_half);
    half_height = std::max(half_height, extent / 0.93);
  }
  if (camera->GetParallelProjection()) {
    camera->SetParallelScale(half_height);
  } else if (distance > 0) {
    camera->SetPosition(focal[0] - distance * direction[0], focal[1] - distance * direction[1],
                        focal[2] - distance * direction[2]);
  }
  cameraMoved();
}

void VtkViewport::cameraMoved() {
  renderer_->ResetCameraClippingRange();
  update();
  emit cameraChanged();
}

// Same feel as vtkInteractorStyleTrackballCamera: a drag across the whole widget turns 200 degrees.
void VtkViewport::orbit(double dx, double dy) {
  vtkCamera* camera = renderer_->GetActiveCamera();
  camera->Azimuth(-200.0 * dx / std::max(1, width()));
  camera->Elevation(200.0 * dy / std::max(1, height()));
  camera->OrthogonalizeViewUp();
  cameraMoved();
}

void VtkViewport::zoom(double factor) {
  vtkCamera* camera = renderer_->GetActiveCamera();
  if (camera->GetParallelProjection())
    camera->SetParallelScale(camera->GetParallelScale() / factor);
  else
    camera->Dolly(factor);
  cameraMoved();
}

// Moves the camera in its view plane so that the point under the cursor follows it.
void VtkViewport::pan(double dx, double dy) {
  vtkCamera* camera = renderer_->GetActiveCamera();
  double focal[3], position[3], up[3], direction[3];
  camera->GetFocalPoint(focal);
  camera->GetPosition(position);
  camera->GetViewUp(up);
  camera->GetDirectionOfProjection(direction);
  const double right[3] = {direction[1] * up[2] - direction[2] * up[1],
                           direction[2] * up[0] - direction[0] * up[2],
                           direction[0] * up[1] - direction[1] * up[0]};
  const double half_height = camera->GetParallelProjection()
                                 ? camera->GetParallelScale()
                                 : camera->GetDistance() * std::tan(camera->GetViewAngle() * M_PI / 360.0);
  const double per_pixel = 2.0 * half_height / std::max(1, height());
  for (int i = 0; i < 3; ++i) {
    const double shift = (-dx * right[i] + dy * up[i]) * per_pixel;
    focal[i] += shift;
    position[i] += shift;
  }
  camera->SetFocalPoint(focal);
  camera->SetPosition(position);
  cameraMoved();
}

void VtkViewport::mousePressEvent(QMouseEvent* event) {
  last_pos_ = event->position().toPoint();
  if (event->button() == Qt::LeftButton)
    drag_ = (event->modifiers() & Qt::ShiftModifier) ? Drag::Pan : Drag::Orbit;
  else if (event->button() == Qt::RightButton)
    drag_ = Drag::Zoom;
  else if (event->button() == Qt::MiddleButton)
    drag_ = Drag::Pan;
  event->accept();
}

void VtkViewport::mouseMoveEvent(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  const QPoint delta = pos - last_pos_;
  last_pos_ = pos;
  switch (drag_) {
    case Drag::Orbit:
      orbit(delta.x(), delta.y());
      break;
    case Drag::Zoom:
      zoom(std::pow(1.01, -delta.y()));  // drag up zooms in
      break;
    case Drag::Pan:
      pan(delta.x(), delta.y());
      break;
    case Drag::None:
      break;
  }
  event->accept();
}

void VtkViewport::mouseReleaseEvent(QMouseEvent* event) {
  drag_ = Drag::None;
  event->accept();
}

void VtkViewport::wheelEvent(QWheelEvent* event) {
  const double steps = event->angleDelta().y() / 120.0;  // one notch = 120
  if (steps != 0) zoom(std::pow(1.1, steps));
  event->accept();
}

}  // namespace palma
