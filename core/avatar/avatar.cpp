#include "core/avatar/avatar.h"

#include <torch/torch.h>

#include <cmath>

#include "core/common/error.h"

namespace palma {
namespace {

[[noreturn]] void fail(const std::string& field, const std::string& what) {
  throw InputError("avatar." + field + " " + what);
}

std::string sizesOf(const torch::Tensor& t) {
  if (!t.defined()) return "undefined";
  std::string s = "[";
  for (int64_t d = 0; d < t.dim(); ++d) s += (d ? "," : "") + std::to_string(t.size(d));
  return s + "]";
}

// A defined CPU float32 tensor of rank `dims` with finite values; `expected` describes the layout for
// the message ("[H,W,3]").
void checkTensor(const torch::Tensor& t, const std::string& field, int64_t dims,
                 const std::string& expected) {
  if (!t.defined()) fail(field, "is missing (expected " + expected + ")");
  if (t.scalar_type() != torch::kFloat32)
    fail(field, std::string("must be float32, got ") + c10::toString(t.scalar_type()));
  if (!t.device().is_cpu()) fail(field, "must be on the CPU");
  if (t.dim() != dims) fail(field, "must have shape " + expected + ", got " + sizesOf(t));
  if (t.numel() > 0 && !torch::isfinite(t).all().item<bool>()) fail(field, "contains NaN or infinite values");
}

void checkMap(const torch::Tensor& t, const std::string& field) {
  checkTensor(t, field, 3, "[H,W,3]");
  if (t.size(2) != 3 || t.size(0) < 1 || t.size(1) < 1)
    fail(field, "must have shape [H,W,3] with H, W >= 1, got " + sizesOf(t));
}

// A tensor of `frames` rows; when there are no frames an undefined tensor is accepted too.
void checkMotionTensor(const torch::Tensor& t, const std::string& field, int64_t frames,
                       const std::vector<int64_t>& row, const std::string& expected) {
  if (frames == 0 && !t.defined()) return;
  checkTensor(t, field, static_cast<int64_t>(row.size()) + 1, expected);
  bool ok = t.size(0) == frames;
  for (size_t d = 0; d < row.size(); ++d) ok = ok && t.size(static_cast<int64_t>(d) + 1) == row[d];
  if (!ok)
    fail(field, "must have shape " + expected + " with F = " + std::to_string(frames) + " frames, got " +
                    sizesOf(t));
}

void checkLighting(const AvatarLighting& l) {
  if (!l.light_position.allFinite()) fail("lighting.light_position", "contains NaN or infinite values");
  if (!l.light_colour.allFinite() || (l.light_colour.array() < 0.0f).any())
    fail("lighting.light_colour", "must be finite and non-negative");
  if (!l.sh.allFinite()) fail("lighting.sh", "contains NaN or infinite values");
  const bool ratio = std::isfinite(l.ambient) && l.ambient > 0.0f && l.ambient < 1.0f;
  if (!ratio && !(l.use_sh && l.ambient == 0.0f))
    fail("lighting.ambient",
         "must lie strictly between 0 and 1 (or be 0 with SH lighting), got " + std::to_string(l.ambient));
}

bool sameTensor(const torch::Tensor& a, const torch::Tensor& b) {
  const bool a_empty = !a.defined() || a.numel() == 0;
  const bool b_empty = !b.defined() || b.numel() == 0;
  if (a_empty || b_empty) return a_empty && b_empty;
  return a.scalar_type() == b.scalar_type() && a.sizes().equals(b.sizes()) && torch::equal(a, b);
}

}  // namespace

bool AvatarLighting::operator==(const AvatarLighting& other) const {
  return point_light == other.point_light && light_position == other.light_position &&
         light_colour == other.light_colour && ambient == other.ambient && use_sh == other.use_sh &&
         sh == other.sh && shadows == other.shadows;
}

void validateAvatarFields(const Avatar& avatar) {
  if (avatar.model_spec.empty()) fail("model_spec", "is empty (expected e.g. \"builtin:right\")");
  if (avatar.subdivision_levels < 0 || avatar.subdivision_levels > kMaxSubdivisionLevels)
    fail("subdivision_levels", "must be 0.." + std::to_string(kMaxSubdivisionLevels) + ", got " +
                                   std::to_string(avatar.subdivision_levels));
  checkTensor(avatar.shape, "shape", 1, "[K]");
  checkTensor(avatar.displacement, "displacement", 1, "[N]");
  if (avatar.displacement.size(0) < 1) fail("displacement", "is empty (expected one value per vertex)");
  checkMap(avatar.albedo, "albedo");
  checkMap(avatar.normal_map, "normal_map");
  checkLighting(avatar.lighting);

  const CapturedMotion& m = avatar.motion;
  const int64_t frames = m.numFrames();
  if (m.pose.defined()) checkTensor(m.pose, "motion.pose", 3, "[F,16,3]");
  checkMotionTensor(m.pose, "motion.pose", frames, {kNumJoints, 3}, "[F,16,3]");
  checkMotionTensor(m.translation, "motion.translation", frames, {3}, "[F,3]");
  checkMotionTensor(m.intrinsics, "motion.intrinsics", frames, {4}, "[F,4]");
  if (static_cast<int64_t>(m.frame_indices.size()) != frames)
    fail("motion.frame_indices", "has " + std::to_string(m.frame_indices.size()) + " entries for " +
                                     std::to_string(frames) + " frames");
  if (frames > 0) {
    if (m.width < 1 || m.width > 16384 || m.height < 1 || m.height > 16384)
      fail("motion.width/height",
           "must be 1..16384, got " + std::to_string(m.width) + " x " + std::to_string(m.height));
    if (!(m.intrinsics.narrow(1, 0, 2) > 0).all().item<bool>())
      fail("motion.intrinsics", "must have positive focal lengths fx, fy");
  }
}

void validateAvatar(const Avatar& avatar, const HandModel& subdivided_template) {
  validateAvatarFields(avatar);
  const int n = subdivided_template.numVertices();
  if (avatar.displacement.size(0) != n)
    fail("displacement", "has " + std::to_string(avatar.displacement.size(0)) + " values but the template (" +
                             avatar.model_spec + ", " + std::to_string(avatar.subdivision_levels) +
                             " subdivision level(s)) has " + std::to_string(n) + " vertices");
  const int k = subdivided_template.numShapes();
  if (avatar.shape.size(0) > k)
    fail("shape", "has " + std::to_string(avatar.shape.size(0)) + " coefficients but the template has only " +
                      std::to_string(k));
}

HandModel avatarTemplate(const HandModel& loaded_model, const Avatar& avatar) {
  if (avatar.subdivision_levels < 0 || avatar.subdivision_levels > kMaxSubdivisionLevels)
    fail("subdivision_levels", "must be 0.." + std::to_string(kMaxSubdivisionLevels) + ", got " +
                                   std::to_string(avatar.subdivision_levels));
  return subdivide(loaded_model, avatar.subdivision_scheme, avatar.subdivision_levels);
}

Avatar makeDefaultAvatar(const HandModel& subdivided_template, const std::string& model_spec, int levels,
                         SubdivisionScheme scheme, int texture_size) {
  if (texture_size < 1 || texture_size > 16384)
    throw InputError("avatar texture size must be 1..16384 texels, got " + std::to_string(texture_size));
  Avatar a;
  a.model_spec = model_spec;
  a.subdivision_levels = levels;
  a.subdivision_scheme = scheme;
  const auto options = torch::TensorOptions().dtype(torch::kFloat32);
  a.shape = torch::zeros({subdivided_template.numShapes()}, options);
  a.displacement = torch::zeros({subdivided_template.numVertices()}, options);
  a.albedo = torch::tensor({kDefaultSkinColour[0], kDefaultSkinColour[1], kDefaultSkinColour[2]}, options)
                 .view({1, 1, 3})
                 .expand({texture_size, texture_size, 3})
                 .contiguous();
  a.normal_map = torch::tensor({0.5f, 0.5f, 1.0f}, options)
                     .view({1, 1, 3})
                     .expand({texture_size, texture_size, 3})
                     .contiguous();
  validateAvatar(a, subdivided_template);
  return a;
}

bool identical(const Avatar& a, const Avatar& b) {
  const CapturedMotion& ma = a.motion;
  const CapturedMotion& mb = b.motion;
  return a.model_spec == b.model_spec && a.subdivision_levels == b.subdivision_levels &&
         a.subdivision_scheme == b.subdivision_scheme && sameTensor(a.shape, b.shape) &&
         sameTensor(a.displacement, b.displacement) && sameTensor(a.albedo, b.albedo) &&
         sameTensor(a.normal_map, b.normal_map) && a.lighting == b.lighting && a.notes == b.notes &&
         ma.frame_indices == mb.frame_indices && ma.width == mb.width && ma.height == mb.height &&
         sameTensor(ma.pose, mb.pose) && sameTensor(ma.translation, mb.translation) &&
         sameTensor(ma.intrinsics, mb.intrinsics);
}

const char* subdivisionSchemeName(SubdivisionScheme scheme) {
  return scheme == SubdivisionScheme::Loop ? "loop" : "midpoint";
}

SubdivisionScheme parseSubdivisionScheme(const std::string& name) {
  if (name == "midpoint") return SubdivisionScheme::Midpoint;
  if (name == "loop") return SubdivisionScheme::Loop;
  throw InputError("unknown subdivision scheme '" + name + "' (expected \"midpoint\" or \"loop\")");
}

}  // namespace palma
