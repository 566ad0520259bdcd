// LightingPanel: SH sliders (per channel and linked), presets, the light direction gizmo, undo/redo
// and reset, checked on the document's lighting and on renders of a test avatar through the engine's
// Renderer. Screenshots go to /work/shared-out/studio/light/ when that folder can be made.
// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/torch.h>

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

#include "core/avatar/avatar_ops.h"
#include "core/avatar/lighting_presets.h"
#include "core/model/model_spec.h"
#include "core/render/camera.h"
#include "core/render/sh_environment.h"
#include "core/render/shading.h"
#include "widgets/avatar_document.h"
#include "widgets/light_direction_gizmo.h"
#include "widgets/lighting_panel.h"
#include "widgets/sh_preview.h"

using namespace palma;

namespace {

const QString kShotDir = QStringLiteral("/work/shared-out/studio/light");

// Mean colour [3] over the hand's pixels of a 64x64 render of the document's avatar, pose and lighting.
Eigen::Vector3d renderMean(const AvatarDocument& doc) {
  Avatar a = doc.avatar();
  a.lighting = doc.lighting();
  render::Renderer renderer;
  const auto cams = render::CameraBatch::repeat(render::Camera::fromFieldOfView(45.0, 64, 64), 1);
  const auto out = renderAvatar(renderer, doc.rig(), doc.templateModel(), a, doc.pose().unsqueeze(0),
                                doc.translation().unsqueeze(0), cams);
  const double covered = out.mask.sum().item<double>();
  if (covered < 100.0) qFatal("the test avatar covers only %f pixels", covered);
  const auto sum = out.image.sum({0, 1, 2});
  return Eigen::Vector3d(sum[0].item<double>(), sum[1].item<double>(), sum[2].item<double>()) / covered;
}

void drag(QSlider* slider, std::initializer_list<int> values) {
  slider->setSliderDown(true);
  for (int v : values) slider->setValue(v);
  slider->setSliderDown(false);
}

void mouse(QWidget* w, QEvent::Type type, QPointF pos) {
  const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
  QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
  QCoreApplication::sendEvent(w, &e);
}

void saveShot(QWidget* w, const QString& name) {
  if (!QDir().mkpath(kShotDir)) return;
  QVERIFY(w->grab().save(kShotDir + "/" + name));
}

}  // namespace

class LightingPanelTest : public QObject {
  Q_OBJECT

 private:
  HandModel tmpl_ = loadHandModel("builtin:right");
  Avatar avatar_;

  // A document showing the default avatar with a distinct capture lighting.
  void setUp(AvatarDocument& doc) {
    avatar_ = makeDefaultAvatar(tmpl_, "builtin:right", 0, SubdivisionScheme::Loop, 32);
    avatar_.lighting.ambient = 0.55f;
    avatar_.lighting.light_position = Eigen::Vector3f(-0.3f, -0.4f, 0.1f);
    doc.setAvatar(avatar_, tmpl_);
  }

 private Q_SLOTS:
  void dcSliderBrightensTheRender() {
    AvatarDocument doc;
    setUp(doc);
    LightingPanel panel(&doc);
    panel.findChild<QCheckBox*>("use_sh")->setChecked(true);
    QVERIFY(doc.lighting().use_sh);
    // Switching SH on from all-zero coefficients keeps the flat ambient's level.
    QCOMPARE(doc.lighting().sh(0, 1), static_cast<float>(render::shConstant(0.55)));
    const AvatarLighting before = doc.lighting();
    const Eigen::Vector3d dim = renderMean(doc);
    const float preview_dim = panel.preview()->centreIrradiance().x();

    // The red DC slider moves red only.
    const int steps = panel.undoStack()->count();
    QSlider* red = panel.coefficientSlider(0, 0);
    drag(red, {red->value() + 100, red->value() + 300, red->value() + 500});
    QCOMPARE(panel.undoStack()->count(), steps + 1);  // one drag, one step
    QVERIFY(std::abs(doc.lighting().sh(0, 0) - (before.sh(0, 0) + 0.5f)) < 1e-3f);
    QCOMPARE(doc.lighting().sh(0, 1), before.sh(0, 1));
    QCOMPARE(doc.lighting().sh(0, 2), before.sh(0, 2));
    const Eigen::Vector3d redder = renderMean(doc);
    QVERIFY2(redder.x() > dim.x() * 1.2, qPrintable(QString("%1 -> %2").arg(dim.x()).arg(redder.x())));
    QVERIFY(std::abs(redder.y() - dim.y()) < 1e-4 * dim.y());
    QVERIFY(panel.preview()->centreIrradiance().x() > preview_dim + 0.4f);

    // The linked DC slider raises all three channels; the render brightens in each.
    panel.setLinkedRgb(true);
    QSlider* linked = panel.coefficientSlider(0, LightingPanel::kLinked);
    QVERIFY(linked->isVisibleTo(&panel) && !red->isVisibleTo(&panel));
    drag(linked, {linked->value() + 400});
    for (int c = 0; c < 3; ++c) QVERIFY(doc.lighting().sh(0, c) > before.sh(0, c) + 0.2f);
    const Eigen::Vector3d bright = renderMean(doc);
    for (int c = 0; c < 3; ++c) QVERIFY(bright[c] > dim[c] * 1.2);
  }

  void linkedModeKeepsTheTint() {
    AvatarDocument doc;
    setUp(doc);
    LightingPanel panel(&doc);
    AvatarLighting l = doc.lighting();
    l.use_sh = true;
    l.sh.row(1) << 0.2f, 0.4f, 0.6f;
    l.sh.row(2) << 0.1f, -0.1f, 0.0f;
    doc.setLighting(l);
    panel.setLinkedRgb(true);
    QCOMPARE(panel.coefficientSpinBox(1, LightingPanel::kLinked)->value(), 0.4);  // the mean
    panel.coefficientSpinBox(1, LightingPanel::kLinked)->setValue(0.8);
    const Eigen::Vector3f scaled = doc.lighting().sh.row(1).transpose();
    QVERIFY((scaled - Eigen::Vector3f(0.4f, 0.8f, 1.2f)).cwiseAbs().maxCoeff() < 1e-6f);
    // Channels of opposite sign (or all zero) have no ratio to keep: linked sets them equal.
    panel.coefficientSpinBox(2, LightingPanel::kLinked)->setValue(-0.25);
    QVERIFY((doc.lighting().sh.row(2).array() == -0.25f).all());
    QVERIFY(doc.lighting().sh.row(1).isApprox(scaled.transpose()));
  }

  void presetsSetTheirLighting() {
    AvatarDocument doc;
    setUp(doc);
    LightingPanel panel(&doc);
    const Eigen::Vector3f centre = panel.handCentre();
    const float distance = (doc.lighting().light_position - centre).norm();
    for (const LightingPreset p : allLightingPresets()) {
      const AvatarLighting before = doc.lighting();
      panel.findChild<QPushButton*>(QStringLiteral("preset_%1").arg(lightingPresetName(p)))->click();
      const AvatarLighting& l = doc.lighting();
      // The light keeps its distance from the hand.
      QVERIFY(l == lightingPresetLighting(p, before, centre, (before.light_position - centre).norm()));
      QVERIFY(l.use_sh);
      QVERIFY((l.sh - render::projectEnvironment(lightingPresetEnvironment(p))).isZero());
      QVERIFY(std::abs((l.light_position - centre).norm() - distance) < 1e-5f);
      QCOMPARE(panel.findChild<QCheckBox*>("use_sh")->isChecked(), true);
    }
    QCOMPARE(doc.lighting().light_colour, Eigen::Vector3f(1.0f, 0.74f, 0.48f));  // warm: tungsten
    panel.findChild<QPushButton*>("preset_capture")->click();
    QVERIFY(doc.lighting() == avatar_.lighting);
    QCOMPARE(panel.undoStack()->count(), 4);
  }

  void gizmoDragAimsTheLight() {
    AvatarDocument doc;
    setUp(doc);
    LightingPanel panel(&doc);
    panel.resize(540, 1240);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Eigen::Vector3f centre = panel.handCentre();
    AvatarLighting l = doc.lighting();
    l.light_position = centre + Eigen::Vector3f(0.0f, 0.0f, -0.6f);  // straight in front of the hand
    doc.setLighting(l);
    LightDirectionGizmo* gizmo = panel.gizmo();
    const QPointF mid = gizmo->pointOf(Eigen::Vector3f(0.0f, 0.0f, -1.0f));
    QVERIFY(std::abs(mid.x() - 0.5 * gizmo->width()) < 1.0);
    const int steps = panel.undoStack()->count();
    mouse(gizmo, QEvent::MouseButtonPress, mid);
    mouse(gizmo, QEvent::MouseMove, mid + QPointF(10, 0));
    mouse(gizmo, QEvent::MouseMove, mid + QPointF(25, 0));
    mouse(gizmo, QEvent::MouseButtonRelease, mid + QPointF(30, 0));
    QCOMPARE(panel.undoStack()->count(), steps + 1);
    Eigen::Vector3f offset = doc.lighting().light_position - centre;
    QVERIFY2(offset.x() > 0.15f, qPrintable(QString::number(offset.x())));  // right: towards +x
    QVERIFY(std::abs(offset.y()) < 1e-5f && offset.z() < 0.0f);
    QVERIFY(std::abs(offset.norm() - 0.6f) < 1e-5f);  // the distance is kept
    QVERIFY(panel.findChild<QDoubleSpinBox*>("azimuth")->value() > 10.0);
    // Dragging down moves the light down (+y, the camera's y axis), elevation below 0.
    mouse(gizmo, QEvent::MouseButtonPress, mid);
    mouse(gizmo, QEvent::MouseButtonRelease, mid + QPointF(0, 30));
    offset = doc.lighting().light_position - centre;
    QVERIFY(offset.y() > 0.15f && std::abs(offset.x()) < 1e-5f);
    QVERIFY(panel.findChild<QDoubleSpinBox*>("elevation")->value() < -10.0);
    // Azimuth and elevation typed in agree with the gizmo's convention.
    panel.findChild<QDoubleSpinBox*>("elevation")->setValue(90.0);
    offset = (doc.lighting().light_position - centre).normalized();
    QVERIFY(offset.y() < -0.999f);  // straight up: -y
    saveShot(&panel, "lighting_panel.png");
    panel.findChild<QPushButton*>("preset_outdoor")->click();
    panel.setLinkedRgb(true);
    saveShot(&panel, "lighting_panel_linked_outdoor.png");
    saveShot(panel.preview(), "sh_preview_outdoor.png");
    panel.findChild<QPushButton*>("preset_warm")->click();
    saveShot(panel.preview(), "sh_preview_warm.png");
    saveShot(panel.gizmo(), "light_gizmo.png");
  }

  void undoRedoRestoresExactValues() {
    AvatarDocument doc;
    setUp(doc);
    QUndoStack stack;  // the owner's stack
    LightingPanel panel(&doc, &stack);
    QCOMPARE(panel.undoStack(), &stack);
    std::vector<AvatarLighting> states{doc.lighting()};
    panel.applyPreset(LightingPreset::Studio);
    states.push_back(doc.lighting());
    drag(panel.coefficientSlider(3, 2), {123, 456, 789});
    states.push_back(doc.lighting());
    panel.findChild<QDoubleSpinBox*>("ambient_spin")->setValue(0.3);
    states.push_back(doc.lighting());
    panel.findChild<QCheckBox*>("shadows")->setChecked(false);
    states.push_back(doc.lighting());
    panel.findChild<QDoubleSpinBox*>("light_colour_1")->setValue(0.5);
    states.push_back(doc.lighting());
    QCOMPARE(stack.count(), 5);
    for (int i = 4; i >= 0; --i) {
      stack.undo();
      QVERIFY2(doc.lighting() == states[i], qPrintable(QString::number(i)));
    }
    QCOMPARE(panel.findChild<QCheckBox*>("use_sh")->isChecked(), false);
    for (int i = 1; i <= 5; ++i) {
      stack.redo();
      QVERIFY2(doc.lighting() == states[i], qPrintable(QString::number(i)));
    }
    QCOMPARE(panel.findChild<QCheckBox*>("shadows")->isChecked(), false);
    QVERIFY(std::abs(panel.coefficientSpinBox(3, 2)->value() - 0.789) < 1e-9);
  }

  void resetRestoresTheCaptureLighting() {
    AvatarDocument doc;
    setUp(doc);
    LightingPanel panel(&doc);
    panel.applyPreset(LightingPreset::Warm);
    const AvatarLighting warm = doc.lighting();
    QVERIFY(!(warm == avatar_.lighting));
    panel.findChild<QPushButton*>("reset")->click();
    QVERIFY(doc.lighting() == avatar_.lighting);
    panel.undoStack()->undo();
    QVERIFY(doc.lighting() == warm);
    // SH off without a flat ambient: the ratio takes the SH's mean level, which the renderer accepts.
    AvatarLighting sh_only = warm;
    sh_only.ambient = 0.0f;
    doc.setLighting(sh_only);
    panel.findChild<QCheckBox*>("use_sh")->setChecked(false);
    QVERIFY(doc.lighting().ambient > 0.1f && doc.lighting().ambient < 1.0f);
    QVERIFY(toRenderLighting(doc.lighting()).ambient_logit.defined());
    // A new avatar starts a new history on the panel's own stack.
    doc.setAvatar(avatar_, tmpl_);
    QCOMPARE(panel.undoStack()->count(), 0);
  }

  void withoutAnAvatarNothingIsEdited() {
    AvatarDocument doc;
    LightingPanel panel(&doc);
    QVERIFY(!panel.isEnabled());
    panel.applyPreset(LightingPreset::Studio);
    panel.coefficientSpinBox(0, 0)->setValue(1.0);
    QCOMPARE(panel.undoStack()->count(), 0);
    QVERIFY(doc.lighting() == AvatarLighting{});
  }
};

QTEST_MAIN(LightingPanelTest)
#include "lighting_panel_test.moc"
