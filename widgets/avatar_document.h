// The avatar the studio's Inspect and Export pages work on: the loaded avatar, its template and rig,
// the pose being shown and the (editable) lighting, with change signals. Every view of the avatar
// (3D viewport, map inspector, lighting panel, pose timeline, export dialog) reads this one object and
// edits it through its setters, so they stay in step.
#pragma once

// LibTorch before Qt: Qt's `slots` keyword breaks LibTorch headers included after it.
#include <torch/types.h>

#include <QObject>
#include <QString>
#include <memory>

#include "core/avatar/avatar.h"
#include "core/model/hand_model.h"
#include "core/model/skinning.h"
#include "core/render/renderer.h"

namespace palma {

class AvatarDocument : public QObject {
  Q_OBJECT

 public:
  explicit AvatarDocument(QObject* parent = nullptr);
  ~AvatarDocument() override;

  // Loads an avatar folder (NAME.palma-avatar). On failure the current avatar stays, `error` (when
  // given) receives a one-line message, and the result is false.
  bool load(const QString& folder, QString* error = nullptr);
  // Shows an avatar that is already in memory (tests, a fit that just finished); `tmpl` must be its
  // subdivided template (avatarTemplate).
  void setAvatar(const Avatar& avatar, const HandModel& tmpl, const QString& folder = {});
  void clear();

  bool hasAvatar() const { return has_avatar_; }
  const Avatar& avatar() const { return avatar_; }
  const HandModel& templateModel() const { return tmpl_; }
  const Rig& rig() const { return *rig_; }
  QString folder() const { return folder_; }

  // The pose shown: [16,3] axis-angle (skinning convention) and the translation [3] (metres, the
  // capture camera's frame). setCapturedFrame(i) takes row i of the captured motion.
  const torch::Tensor& pose() const { return pose_; }
  const torch::Tensor& translation() const { return translation_; }
  void setPose(const torch::Tensor& pose, const torch::Tensor& translation = {});
  int capturedFrame() const { return captured_frame_; }  // -1 when the pose is not a captured one
  void setCapturedFrame(int row);

  // The lighting shown (starts as the avatar's own; resetLighting() goes back to it).
  const AvatarLighting& lighting() const { return lighting_; }
  void setLighting(const AvatarLighting& lighting);
  void resetLighting();

  // The avatar's mesh in the current pose (vertices [N,3] float32, faces, UVs), skinned with its shape
  // and displacement: what the 3D viewport draws.
  render::RenderMesh posedMesh() const;

  // Shows the avatar as its mirror image (x -> -x, triangle winding flipped): a right hand's avatar as
  // a left hand and vice versa, posed with the mirrored pose, as the exporter's `side` option writes
  // it. Poses stay in the avatar's own convention; only posedMesh() changes. Emits sideChanged (views
  // that cache the faces re-read them: the winding flips) and poseChanged.
  bool mirrored() const { return mirrored_; }
  void setMirrored(bool mirrored);
  // The side the views show: the avatar template's own handedness, or the other one when mirrored.
  Handedness displaySide() const;

 Q_SIGNALS:
  void avatarChanged();    // a new avatar (or none)
  void poseChanged();      // pose or translation
  void lightingChanged();  // lighting edited or reset
  void sideChanged();      // setMirrored switched the shown side

 private:
  bool has_avatar_ = false;
  Avatar avatar_;
  HandModel tmpl_;
  std::unique_ptr<Rig> rig_;
  QString folder_;
  torch::Tensor pose_;
  torch::Tensor translation_;
  int captured_frame_ = -1;
  AvatarLighting lighting_;
  bool mirrored_ = false;
};

}  // namespace palma
