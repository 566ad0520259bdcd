// LibTorch first: its headers use the identifier `slots`, which Qt's headers turn into a macro.
#include "core/model/skinning.h"

#include "app/studio/main_window.h"

#include <vtkCamera.h>
#include <vtkLightKit.h>
#include <vtkNew.h>
#include <vtkRenderer.h>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTranslator>
#include <algorithm>
#include <iostream>

#include "core/model/model_spec.h"
#include "core/model/pose_presets.h"
#include "palma/config.h"
#include "widgets/hand_actor.h"
#include "widgets/pinhole_view.h"
#include "widgets/render_preview.h"
#include "widgets/vtk_viewport.h"

// Resources compiled into the static palma_resources library must be registered explicitly.
static void initPalmaResources() { Q_INIT_RESOURCE(resources); }

namespace palma {
namespace {

// Viewport backgrounds that go with the two style sheets (resources/styles/*.qss).
const QColor kDarkBackground(40, 44, 52);
const QColor kLightBackground(214, 218, 226);
// The skin colour of the rendered preview (sRGB; the Renderer gets it in linear RGB).
const QColor kPreviewSkin(232, 190, 172);

// "thumbs_up" -> "Thumbs up"
QString displayName(const std::string& preset) {
  QString text = QString::fromStdString(preset).replace('_', ' ');
  if (!text.isEmpty()) text[0] = text[0].toUpper();
  return text;
}

}  // namespace

QTranslator* MainWindow::installTranslator(const QLocale& locale) {
  initPalmaResources();
  auto* translator = new QTranslator(qApp);
  if (translator->load(locale, "palma", "_", ":/i18n")) {
    QCoreApplication::installTranslator(translator);
    return translator;
  }
  delete translator;
  return nullptr;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), hand_(std::make_unique<HandActor>()) {
  initPalmaResources();
  setWindowTitle("Palma Studio");
  setWindowIcon(QIcon(":/icons/palma.svg"));

  viewport_ = new VtkViewport(this);
  setCentralWidget(viewport_);
  hand_->addTo(viewport_->renderer(), viewport_->overlayRenderer());
  vtkNew<vtkLightKit> lights;  // key, fill and back lights: the hand reads better than under a headlight
  lights->AddLightsToRenderer(viewport_->renderer());

  // The Renderer's image of the same pose and camera, in a dock beside the viewport (hidden at first).
  preview_dock_ = new QDockWidget(tr("Rendered preview"), this);
  preview_dock_->setObjectName("renderPreviewDock");
  preview_ = new RenderPreview(preview_dock_);
  preview_->setAlbedo(kPreviewSkin);
  preview_dock_->setWidget(preview_);
  addDockWidget(Qt::RightDockWidgetArea, preview_dock_);
  preview_dock_->hide();
  connect(viewport_, &VtkViewport::cameraChanged, this, &MainWindow::updatePreviewCamera);
  viewport_->installEventFilter(this);  // resizes change the view's aspect ratio

  createActions();
  status_label_ = new QLabel(this);
  statusBar()->addPermanentWidget(status_label_);

  QSettings settings;
  restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
  restoreState(settings.value("mainWindow/state").toByteArray());
  setTheme(settings.value("mainWindow/theme").toString() == "light" ? Theme::Light : Theme::Dark);
  if (!settings.contains("mainWindow/geometry")) resize(1200, 800);
  preview_action_->setChecked(!preview_dock_->isHidden());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  QMenu* file_menu = menuBar()->addMenu(tr("&File"));
  QAction* quit = file_menu->addAction(tr("Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QAction* frame_all = new QAction(tr("Frame all"), this);
  frame_all->setShortcut(Qt::Key_F);
  frame_all->setToolTip(tr("Fit the hand into the view (F)"));
  connect(frame_all, &QAction::triggered, viewport_, &VtkViewport::frameAll);
  addAction(frame_all);

  skeleton_action_ = new QAction(tr("Show skeleton"), this);
  skeleton_action_->setCheckable(true);
  skeleton_action_->setShortcut(Qt::Key_S);
  connect(skeleton_action_, &QAction::toggled, this, [this](bool on) {
    hand_->setSkeletonVisible(on);
    viewport_->render();
  });

  preview_action_ = new QAction(tr("Show rendered preview"), this);
  preview_action_->setCheckable(true);
  preview_action_->setShortcut(Qt::Key_R);
  preview_action_->setToolTip(
      tr("Show the pose as the engine's renderer draws it, through the viewport's camera (R)"));
  connect(preview_action_, &QAction::toggled, preview_dock_, &QDockWidget::setVisible);
  // Closing the dock with its own button unchecks the action.
  connect(preview_dock_->toggleViewAction(), &QAction::toggled, preview_action_, &QAction::setChecked);

  QMenu* view_menu = menuBar()->addMenu(tr("&View"));
  view_menu->addAction(frame_all);
  view_menu->addAction(skeleton_action_);
  view_menu->addAction(preview_action_);
  QMenu* theme_menu = view_menu->addMenu(tr("Theme"));
  theme_group_ = new QActionGroup(this);
  QAction* dark = theme_menu->addAction(tr("Dark"), this, [this] { setTheme(Theme::Dark); });
  QAction* light = theme_menu->addAction(tr("Light"), this, [this] { setTheme(Theme::Light); });
  for (QAction* a : {dark, light}) {
    a->setCheckable(true);
    theme_group_->addAction(a);
  }

  QMenu* help_menu = menuBar()->addMenu(tr("&Help"));
  help_menu->addAction(tr("About Palma Studio"), this, &MainWindow::showAbout);

  QToolBar* toolbar = addToolBar(tr("Pose"));
  toolbar->setObjectName("poseToolBar");
  toolbar->addWidget(new QLabel(tr("Pose:"), toolbar));
  pose_combo_ = new QComboBox(toolbar);
  pose_combo_->setObjectName("poseCombo");
  pose_combo_->setToolTip(tr("Pose preset"));
  for (const std::string& name : posePresetNames())
    pose_combo_->addItem(displayName(name), QString::fromStdString(name));
  toolbar->addWidget(pose_combo_);
  toolbar->addAction(frame_all);
  connect(pose_combo_, qOverload<int>(&QComboBox::currentIndexChanged), this, &MainWindow::onPoseSelected);
}

bool MainWindow::loadModel(const QString& spec) {
  try {
    HandModel model = loadHandModel(spec.toStdString());
    auto rig = std::make_unique<Rig>(makeRig(model));
    model_ = std::move(model);
    rig_ = std::move(rig);
    model_spec_ = spec;
    hand_->setMesh(model_.vertices, model_.faces);
    preview_->setMesh(model_.vertices, model_.faces);
  } catch (const std::exception& e) {
    reportError(tr("Cannot load the hand model"),
                tr("Cannot load the hand model '%1': %2").arg(spec, QString::fromUtf8(e.what())));
    return false;
  }
  updateMesh();
  resetView();
  updateStatus();
  return true;
}

// Errors go to stderr (for logs and scripts) and to a window-modal box that does not block the caller.
void MainWindow::reportError(const QString& title, const QString& message) {
  std::cerr << "palma-studio: error: " << message.toStdString() << std::endl;
  auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

void MainWindow::setPose(const QString& preset) {
  const int index = pose_combo_->findData(preset);
  if (index >= 0) pose_combo_->setCurrentIndex(index);
}

QString MainWindow::currentPose() const { return pose_combo_->currentData().toString(); }

void MainWindow::onPoseSelected(int) { updateMesh(); }

// Re-skins the model with the selected preset and updates the actor in place.
void MainWindow::updateMesh() {
  if (!rig_) return;
  try {
    torch::NoGradGuard no_grad;
    PoseMatrix pose = posePreset(model_, currentPose().toStdString());
    SkinningParams params;
    params.pose = torch::from_blob(pose.data(), {1, kNumJoints, 3}, torch::kFloat32).clone();
    const SkinningResult result = skin(*rig_, params);
    const torch::Tensor v = result.vertices[0].contiguous();
    const torch::Tensor j = result.joints[0].contiguous();
    const MatrixX3f vertices = Eigen::Map<const MatrixX3f>(v.data_ptr<float>(), v.size(0), 3);
    hand_->updateVertices(vertices);
    preview_->setVertices(vertices);
    hand_->setSkeleton(Eigen::Map<const MatrixX3f>(j.data_ptr<float>(), j.size(0), 3), model_.parents,
                       model_.tips(vertices));
  } catch (const std::exception& e) {
    reportError(tr("Cannot pose the hand"),
                tr("Cannot pose the hand as '%1': %2").arg(currentPose(), QString::fromUtf8(e.what())));
  }
  viewport_->render();
}

// A three-quarter view of the back of the hand, fingers up (the built-in hand's fingers point along +y,
// its back faces +z).
void MainWindow::resetView() {
  vtkCamera* camera = viewport_->renderer()->GetActiveCamera();
  camera->SetFocalPoint(0, 0, 0);
  camera->SetPosition(0, 0, 1);
  camera->SetViewUp(0, 1, 0);
  camera->Azimuth(model_.handedness == Handedness::Right ? -30 : 30);
  camera->Elevation(15);
  camera->OrthogonalizeViewUp();
  viewport_->frameAll();
}

// The viewport's vtkCamera as the OpenCV pinhole the Renderer takes, at the viewport's size.
void MainWindow::updatePreviewCamera() {
  try {
    preview_->setView(pinholeFromVtkCamera(viewport_->renderer()->GetActiveCamera(),
                                           std::max(1, viewport_->width()),
                                           std::max(1, viewport_->height())));
  } catch (const std::exception& e) {
    std::cerr << "palma-studio: the rendered preview cannot follow the camera: " << e.what() << std::endl;
  }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  if (watched == viewport_ && event->type() == QEvent::Resize) updatePreviewCamera();
  return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateStatus() {
  status_label_->setText(
      tr("%1: %2 vertices, %3 faces").arg(model_spec_).arg(model_.numVertices()).arg(model_.numFaces()));
}

void MainWindow::setTheme(Theme theme) {
  theme_ = theme;
  QFile qss(theme == Theme::Dark ? ":/styles/dark.qss" : ":/styles/light.qss");
  if (qss.open(QIODevice::ReadOnly)) qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
  viewport_->setBackground(theme == Theme::Dark ? kDarkBackground : kLightBackground);
  preview_->setBackground(viewport_->background());
  theme_group_->actions().at(theme == Theme::Dark ? 0 : 1)->setChecked(true);
}

void MainWindow::showAbout() {
  QMessageBox::about(this, tr("About Palma Studio"),
                     tr("<h3>Palma Studio %1</h3>"
                        "<p>Personalised, rigged, relightable hand avatars from a short video.</p>"
                        "<p>Drag with the left mouse button to orbit, the right button or the wheel to zoom, "
                        "the middle button to pan; F frames the hand.</p>")
                         .arg(PALMA_VERSION_STRING));
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue("mainWindow/geometry", saveGeometry());
  settings.setValue("mainWindow/state", saveState());
  settings.setValue("mainWindow/theme", theme_ == Theme::Light ? "light" : "dark");
  QMainWindow::closeEvent(event);
}

}  // namespace palma
