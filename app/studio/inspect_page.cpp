// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include "app/studio/inspect_page.h"

#include <vtkCamera.h>
#include <vtkLightKit.h>
#include <vtkNew.h>
#include <vtkRenderer.h>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <iostream>

#include "widgets/avatar_document.h"
#include "widgets/hand_actor.h"
#include "widgets/pinhole_view.h"
#include "widgets/render_preview.h"
#include "widgets/side_panel_scroll.h"
#include "widgets/vtk_viewport.h"

namespace palma {
namespace {

// vertices: [N,3] or [1,N,3] float -> Eigen
MatrixX3f toEigenVertices(const torch::Tensor& vertices) {
  const torch::Tensor v = vertices.reshape({-1, 3}).to(torch::kFloat32).contiguous();
  return Eigen::Map<const MatrixX3f>(v.data_ptr<float>(), v.size(0), 3);
}

// faces: [F,3] integer -> Eigen
MatrixX3i toEigenFaces(const torch::Tensor& faces) {
  const torch::Tensor f = faces.to(torch::kInt32).contiguous();
  return Eigen::Map<const MatrixX3i>(f.data_ptr<int>(), f.size(0), 3);
}

}  // namespace

QString avatarName(const AvatarDocument& document) {
  if (!document.hasAvatar()) return {};
  QString name = QFileInfo(QDir::cleanPath(document.folder())).fileName();
  const QString suffix = ".palma-avatar";
  if (name.endsWith(suffix)) name.chop(suffix.size());
  return name.isEmpty() ? InspectPage::tr("Untitled avatar") : name;
}

QString avatarSummary(const AvatarDocument& document) {
  if (!document.hasAvatar()) return InspectPage::tr("No avatar open");
  const Avatar& avatar = document.avatar();
  const int texture = avatar.albedo.defined() && avatar.albedo.dim() == 3 ? int(avatar.albedo.size(1)) : 0;
  return InspectPage::tr("%1: %2 vertices, %3×%4 texture, %5 captured frames")
      .arg(avatarName(document))
      .arg(document.templateModel().numVertices())
      .arg(texture)
      .arg(avatar.albedo.defined() && avatar.albedo.dim() == 3 ? int(avatar.albedo.size(0)) : 0)
      .arg(avatar.motion.numFrames());
}

InspectPage::InspectPage(AvatarDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), hand_(std::make_unique<HandActor>()) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  splitter_ = new QSplitter(Qt::Horizontal, this);
  splitter_->setObjectName("inspectSplitter");
  layout->addWidget(splitter_);

  view_stack_ = new QStackedWidget(splitter_);
  hint_ = new QLabel(tr("No avatar is open.\n\nOpen one with File > Open Avatar… (Ctrl+O) or drop an avatar "
                        "folder (NAME.palma-avatar) onto this window."),
                     view_stack_);
  hint_->setObjectName("inspectHint");
  hint_->setAlignment(Qt::AlignCenter);
  hint_->setWordWrap(true);
  view_stack_->addWidget(hint_);

  default_viewport_ = new VtkViewport(view_stack_);
  default_viewport_->setObjectName("inspectViewport");
  hand_->addTo(default_viewport_->renderer());
  vtkNew<vtkLightKit> lights;  // key, fill and back lights read better than a headlight
  lights->AddLightsToRenderer(default_viewport_->renderer());
  viewport_ = default_viewport_;
  view_stack_->addWidget(viewport_);

  // The engine's render of the same pose beside the view (hidden until View > Show rendered preview).
  preview_ = new RenderPreview(splitter_);
  preview_->setObjectName("renderPreview");
  preview_->hide();
  preview_action_ = new QAction(tr("Show rendered preview"), this);
  preview_action_->setObjectName("renderPreviewAction");
  preview_action_->setCheckable(true);
  preview_action_->setShortcut(Qt::Key_R);
  preview_action_->setToolTip(
      tr("Show the pose as the engine's differentiable renderer draws it, beside the 3D view, through the "
         "same camera"));
  connect(preview_action_, &QAction::toggled, this, [this](bool on) {
    preview_->setVisible(on);
    if (on) updatePreviewCamera();
  });

  panels_ = new QTabWidget(splitter_);
  panels_->setObjectName("inspectPanels");
  info_ = new QLabel(panels_);
  info_->setObjectName("avatarInfo");
  info_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  info_->setWordWrap(true);
  info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  info_->setMargin(8);
  addPanel(info_, tr("Avatar"));

  splitter_->setStretchFactor(0, 3);
  splitter_->setStretchFactor(1, 2);
  splitter_->setStretchFactor(2, 1);
  splitter_->setSizes({760, 480, 520});
  watchViewport();

  connect(document_, &AvatarDocument::avatarChanged, this, &InspectPage::onAvatarChanged);
  connect(document_, &AvatarDocument::poseChanged, this, &InspectPage::onPoseChanged);
  onAvatarChanged();
}

InspectPage::~InspectPage() = default;

void InspectPage::setViewport(QWidget* viewport) {
  if (!viewport || viewport == viewport_) return;
  view_stack_->addWidget(viewport);
  view_stack_->removeWidget(viewport_);
  delete viewport_;
  viewport_ = viewport;
  if (default_viewport_) {
    default_viewport_ = nullptr;
    hand_.reset();
  }
  watchViewport();
  onAvatarChanged();
}

// The preview follows the view's camera and size.
void InspectPage::watchViewport() {
  viewport_->installEventFilter(this);
  if (auto* vtk = qobject_cast<VtkViewport*>(viewport_))
    connect(vtk, &VtkViewport::cameraChanged, this, &InspectPage::updatePreviewCamera);
}

bool InspectPage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == viewport_ && event->type() == QEvent::Resize) updatePreviewCamera();
  return QWidget::eventFilter(watched, event);
}

void InspectPage::updatePreviewCamera() {
  auto* vtk = qobject_cast<VtkViewport*>(viewport_);
  if (!vtk || !preview_->isVisible()) return;
  try {
    preview_->setView(pinholeFromVtkCamera(vtk->renderer()->GetActiveCamera(), std::max(1, vtk->width()),
                                           std::max(1, vtk->height())));
  } catch (const std::exception& e) {
    std::cerr << "palma-studio: the rendered preview cannot follow the camera: " << e.what() << std::endl;
  }
}

int InspectPage::addPanel(QWidget* panel, const QString& title) {
  // In a scroll area that scrolls up and down: a tall panel scrolls, and the splitter gives the panels
  // the width their controls need (the 3D view takes the rest).
  return panels_->addTab(new SidePanelScrollArea(panel, panels_), title);
}

void InspectPage::frameAll() {
  if (viewport_ && viewport_->metaObject()->indexOfMethod("frameAll()") >= 0)
    QMetaObject::invokeMethod(viewport_, "frameAll");
}

void InspectPage::setBackground(const QColor& color) {
  if (auto* vtk = qobject_cast<VtkViewport*>(viewport_)) vtk->setBackground(color);
  preview_->setBackground(color);
}

void InspectPage::onAvatarChanged() {
  updateInfo();
  view_stack_->setCurrentWidget(document_->hasAvatar() ? viewport_ : static_cast<QWidget*>(hint_));
  if (!document_->hasAvatar()) return;
  try {
    const render::RenderMesh mesh = document_->posedMesh();
    const MatrixX3f vertices = toEigenVertices(mesh.vertices);
    const MatrixX3i faces = toEigenFaces(mesh.faces);
    preview_->setMesh(vertices, faces);
    if (default_viewport_) hand_->setMesh(vertices, faces);
  } catch (const std::exception& e) {
    std::cerr << "palma-studio: cannot show the avatar's mesh: " << e.what() << std::endl;
    return;
  }
  if (!default_viewport_) {
    updatePreviewCamera();
    return;
  }
  // Look from the capture camera (OpenCV axes: y down, z forward) at the hand, then fit it.
  vtkCamera* camera = default_viewport_->renderer()->GetActiveCamera();
  const double* bounds = hand_->actor()->GetBounds();
  camera->SetFocalPoint((bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2,
                        (bounds[4] + bounds[5]) / 2);
  camera->SetPosition(0, 0, 0);
  camera->SetViewUp(0, -1, 0);
  camera->OrthogonalizeViewUp();
  default_viewport_->frameAll();
}

void InspectPage::onPoseChanged() {
  if (!document_->hasAvatar()) return;
  try {
    const MatrixX3f vertices = toEigenVertices(document_->posedMesh().vertices);
    preview_->setVertices(vertices);
    if (!default_viewport_) return;
    hand_->updateVertices(vertices);
  } catch (const std::exception& e) {
    std::cerr << "palma-studio: cannot pose the avatar's mesh: " << e.what() << std::endl;
    return;
  }
  default_viewport_->render();
}

void InspectPage::updateInfo() {
  if (!document_->hasAvatar()) {
    info_->setText(tr("No avatar open."));
    return;
  }
  const Avatar& avatar = document_->avatar();
  const HandModel& tmpl = document_->templateModel();
  auto mapSize = [](const torch::Tensor& map) {
    return map.defined() && map.dim() == 3 ? QString("%1×%2").arg(map.size(1)).arg(map.size(0))
                                           : QString("–");
  };
  QString text = QString("<b>%1</b><br><br>").arg(avatarName(*document_).toHtmlEscaped());
  text += tr("Folder: %1").arg(document_->folder().toHtmlEscaped()) + "<br>";
  text += tr("Hand model: %1").arg(QString::fromStdString(avatar.model_spec).toHtmlEscaped()) + "<br>";
  text += tr("Side: %1").arg(tmpl.handedness == Handedness::Left ? tr("left") : tr("right")) + "<br>";
  text += tr("Subdivision levels: %1").arg(avatar.subdivision_levels) + "<br>";
  text += tr("Vertices: %1, faces: %2").arg(tmpl.numVertices()).arg(tmpl.numFaces()) + "<br>";
  text += tr("Albedo: %1, normal map: %2").arg(mapSize(avatar.albedo), mapSize(avatar.normal_map)) + "<br>";
  text += tr("Captured frames: %1").arg(avatar.motion.numFrames()) + "<br>";
  if (!avatar.notes.empty())
    text += "<br>" + tr("Notes: %1").arg(QString::fromStdString(avatar.notes).toHtmlEscaped());
  info_->setText(text);
}

}  // namespace palma
