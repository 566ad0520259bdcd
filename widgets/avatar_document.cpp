// LibTorch before Qt (see avatar_document.h).
#include <torch/torch.h>

#include "widgets/avatar_document.h"

#include "core/avatar/avatar_io.h"
#include "core/avatar/avatar_ops.h"
#include "core/common/error.h"
#include "core/model/model_spec.h"

namespace palma {

AvatarDocument::AvatarDocument(QObject* parent) : QObject(parent) {}

AvatarDocument::~AvatarDocument() = default;

bool AvatarDocument::load(const QString& folder, QString* error) {
  try {
    Avatar avatar = loadAvatar(folder.toStdString());
    const HandModel tmpl = avatarTemplate(loadHandModel(avatar.model_spec), avatar);
    validateAvatar(avatar, tmpl);
    setAvatar(avatar, tmpl, folder);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

void AvatarDocument::setAvatar(const Avatar& avatar, const HandModel& tmpl, const QString& folder) {
  avatar_ = avatar;
  tmpl_ = tmpl;
  rig_ = std::make_unique<Rig>(makeRig(tmpl_));
  folder_ = folder;
  has_avatar_ = true;
  lighting_ = avatar_.lighting;
  if (avatar_.motion.numFrames() > 0) {
    captured_frame_ = 0;
    pose_ = avatar_.motion.pose[0].clone();
    translation_ = avatar_.motion.translation[0].clone();
  } else {
    captured_frame_ = -1;
    pose_ = torch::zeros({kNumJoints, 3});
    translation_ = torch::tensor({0.0f, 0.0f, 0.5f});
  }
  Q_EMIT avatarChanged();
  Q_EMIT poseChanged();
  Q_EMIT lightingChanged();
}

void AvatarDocument::clear() {
  has_avatar_ = false;
  avatar_ = Avatar{};
  tmpl_ = HandModel{};
  rig_.reset();
  folder_.clear();
  pose_ = torch::Tensor();
  translation_ = torch::Tensor();
  captured_frame_ = -1;
  Q_EMIT avatarChanged();
}

void AvatarDocument::setPose(const torch::Tensor& pose, const torch::Tensor& translation) {
  if (!has_avatar_) return;
  if (pose.dim() != 2 || pose.size(0) != kNumJoints || pose.size(1) != 3)
    throw InputError("a pose must be [16,3] axis-angle values");
  pose_ = pose.to(torch::kFloat32).clone();
  if (translation.defined()) translation_ = translation.to(torch::kFloat32).reshape({3}).clone();
  captured_frame_ = -1;
  Q_EMIT poseChanged();
}

void AvatarDocument::setCapturedFrame(int row) {
  if (!has_avatar_ || row < 0 || row >= avatar_.motion.numFrames()) return;
  pose_ = avatar_.motion.pose[row].clone();
  translation_ = avatar_.motion.translation[row].clone();
  captured_frame_ = row;
  Q_EMIT poseChanged();
}

void AvatarDocument::setLighting(const AvatarLighting& lighting) {
  lighting_ = lighting;
  Q_EMIT lightingChanged();
}

void AvatarDocument::resetLighting() { setLighting(avatar_.lighting); }

render::RenderMesh AvatarDocument::posedMesh() const {
  if (!has_avatar_) return {};
  torch::NoGradGuard no_grad;
  render::RenderMesh mesh = poseAvatar(*rig_, tmpl_, avatar_, pose_.unsqueeze(0), translation_.unsqueeze(0));
  mesh.vertices = mesh.vertices[0];
  if (mirrored_) {
    mesh.vertices = mesh.vertices * torch::tensor({-1.0f, 1.0f, 1.0f});
    // Reflection turns the triangles inside out: swap two corners to keep them counter-clockwise.
    mesh.faces = mesh.faces.index_select(1, torch::tensor({0, 2, 1}, torch::kInt64)).contiguous();
    if (mesh.uv_faces.defined())
      mesh.uv_faces = mesh.uv_faces.index_select(1, torch::tensor({0, 2, 1}, torch::kInt64)).contiguous();
  }
  return mesh;
}

void AvatarDocument::setMirrored(bool mirrored) {
  if (mirrored == mirrored_) return;
  mirrored_ = mirrored;
  Q_EMIT sideChanged();
  Q_EMIT poseChanged();
}

Handedness AvatarDocument::displaySide() const {
  const Handedness own = tmpl_.handedness;
  if (!mirrored_) return own;
  return own == Handedness::Right ? Handedness::Left : Handedness::Right;
}

}  // namespace palma
