// AvatarViewport: the studio's 3D view of an avatar (AvatarDocument). It draws the document's posed mesh
// with the avatar's albedo and tangent-space normal map and shades it exactly as Palma's Renderer does
// (core/render/renderer.h): colour = albedo * (ambient or SH irradiance + (1 - a) * light colour *
// max(0, n . l) * V), with the albedo used as stored (sRGB-encoded, as renderAvatar uses it) and no
// transfer function on the result, so the viewport and renderAvatar show the same colours for the same
// lights. The shading runs in a GLSL fragment shader spliced into VTK's polydata shader; the normals,
// tangents and soft-shadow visibility come from the engine's own functions (vertexNormals, uvTangents,
// renderShadowMap + shadowVisibility), evaluated per mesh vertex on the CPU whenever the pose or the
// light changes, and interpolated across triangles (the Renderer evaluates the shadow per pixel).
//
// Pose changes update the point coordinates and vertex attributes in place (no new actors or shaders);
// lighting changes only set shader uniforms (plus the shadow visibility when the light moved).
//
// Overlays (each a checkable QAction with a shortcut, added to the widget for the host's menus): wireframe,
// vertex normals, skeleton (joints and bones of the rig in the current pose), joint axes (RGB = x, y, z of
// each joint's frame), a reference floor grid under the hand. Background: dark, light, gradient or a custom
// colour. Orbit, pan and zoom come from VtkViewport; F frames the hand.
#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <memory>

#include "widgets/vtk_viewport.h"

class QAction;
class QActionGroup;

namespace palma {

class AvatarDocument;

class AvatarViewport : public VtkViewport {
  Q_OBJECT

 public:
  enum class Overlay { Wireframe, Normals, Skeleton, JointAxes, Floor };
  enum class Background { Dark, Light, Gradient, Custom };

  explicit AvatarViewport(AvatarDocument* document, QWidget* parent = nullptr);
  ~AvatarViewport() override;

  AvatarDocument* document() const { return document_; }

  bool overlayVisible(Overlay overlay) const;
  // The checkable action of an overlay (W wireframe, N normals, K skeleton, J joint axes, G floor).
  QAction* overlayAction(Overlay overlay) const;
  // F: frames the hand (the floor is left out of the bounds).
  QAction* frameAllAction() const { return frame_action_; }
  // The background choices as one exclusive group; "Custom..." asks for a colour.
  QActionGroup* backgroundActions() const { return background_group_; }

  Background backgroundMode() const { return background_mode_; }
  QColor customBackground() const { return custom_background_; }

  // Soft shadows in the live view (on by default; the lighting's own `shadows` flag must be on too).
  // Off skips the shadow map on pose and light changes.
  bool shadowsEnabled() const { return shadows_enabled_; }

  // Whether the framebuffer is multisampled (false on software OpenGL; known once the widget is shown).
  bool multisampled() const;

  // Milliseconds of the last pose update (skinning, normals, tangents, shadows, VTK arrays) and of the
  // shadow visibility part of it.
  double lastPoseUpdateMs() const { return last_pose_ms_; }
  double lastShadowMs() const { return last_shadow_ms_; }
  // Vertices the viewport draws (UV-split: seams duplicate vertices), 0 without an avatar.
  int drawnVertexCount() const;

 public Q_SLOTS:
  void setOverlayVisible(palma::AvatarViewport::Overlay overlay, bool visible);
  void setBackgroundMode(palma::AvatarViewport::Background mode);
  // Sets the custom colour and switches to it.
  void setCustomBackground(const QColor& color);
  void setShadowsEnabled(bool enabled);
  // Looks at the hand from the capture camera's side (OpenCV: looking down +z, image up = -y) and
  // frames it; places the floor under the hand.
  void viewFromCapture();
  // Rotates the view about the hand's vertical (image up) axis by `degrees`, then frames it.
  void turnAround(double degrees);

  // Reactions to the document (connected in the constructor; public for tests).
  void rebuild();         // avatarChanged: new mesh, textures, overlays
  void updatePose();      // poseChanged: new coordinates and attributes
  void updateLighting();  // lightingChanged: uniforms (and shadows)

 protected:
  // Software OpenGL (Mesa's llvmpipe/softpipe, e.g. under Xvfb or remote desktops) renders without
  // multisampling: 4x MSAA there costs about three times the frame time (docs/performance.md).
  void initializeGL() override;

 private:
  struct Scene;  // VTK and LibTorch state (LibTorch stays out of this header)
  void applyBackground();
  void updateOverlays();
  void placeFloor();

  AvatarDocument* document_;
  std::unique_ptr<Scene> scene_;
  QAction* overlay_actions_[5] = {};
  QAction* frame_action_ = nullptr;
  QActionGroup* background_group_ = nullptr;
  Background background_mode_ = Background::Dark;
  QColor custom_background_{90, 90, 96};
  bool shadows_enabled_ = true;
  double last_pose_ms_ = 0;
  double last_shadow_ms_ = 0;
};

}  // namespace palma
