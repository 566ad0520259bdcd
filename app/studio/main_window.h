// The studio's main window: the hand model in a VTK viewport, a pose-preset selector, theme and help, and
// an optional dock with the same pose rendered by the engine's Renderer through the viewport's camera.
// A client of the engine through the same calls the CLI uses (loadHandModel, posePreset, skin).
#pragma once

#include <QMainWindow>
#include <QString>
#include <memory>

#include "core/model/hand_model.h"

class QActionGroup;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QTranslator;

namespace palma {

class HandActor;
class RenderPreview;
class VtkViewport;
struct Rig;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  enum class Theme { Dark, Light };

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Loads a model spec ("builtin", "builtin:left", "mano:FILE", "template:FILE") and shows it in the
  // current pose. On failure the previous model stays, the error goes to stderr and to a (non-blocking)
  // message box, and the result is false.
  bool loadModel(const QString& spec);

  // Poses the hand with a preset name from posePresetNames() (also selects it in the toolbar).
  void setPose(const QString& preset);
  QString currentPose() const;

  void setTheme(Theme theme);
  Theme theme() const { return theme_; }

  const HandModel& model() const { return model_; }
  VtkViewport* viewport() const { return viewport_; }
  QComboBox* poseCombo() const { return pose_combo_; }
  RenderPreview* renderPreview() const { return preview_; }
  QDockWidget* renderPreviewDock() const { return preview_dock_; }
  // View > Show rendered preview (checkable; shows and hides the dock).
  QAction* renderPreviewAction() const { return preview_action_; }

  // Installs the translator for `locale` from the embedded :/i18n/palma_<lang>.qm into the application
  // (which owns it); nullptr when there is no translation for that locale.
  static QTranslator* installTranslator(const QLocale& locale);

 protected:
  void closeEvent(QCloseEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private slots:
  void onPoseSelected(int index);
  void showAbout();

 private:
  void createActions();
  void updateMesh();
  void updateStatus();
  void resetView();
  void updatePreviewCamera();
  void reportError(const QString& title, const QString& message);

  VtkViewport* viewport_ = nullptr;
  QComboBox* pose_combo_ = nullptr;
  QLabel* status_label_ = nullptr;
  QAction* skeleton_action_ = nullptr;
  QAction* preview_action_ = nullptr;
  QDockWidget* preview_dock_ = nullptr;
  RenderPreview* preview_ = nullptr;
  QActionGroup* theme_group_ = nullptr;
  std::unique_ptr<HandActor> hand_;
  HandModel model_;
  std::unique_ptr<Rig> rig_;
  QString model_spec_;
  Theme theme_ = Theme::Dark;
};

}  // namespace palma
