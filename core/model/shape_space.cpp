#include "core/model/shape_space.h"

#include <functional>

#include "core/common/error.h"

namespace palma {

namespace {

// Standard deviations of the components, relative to the average adult hand. Hand length over adult
// men and women has a standard deviation of about 6 % of its mean (anthropometric surveys), palm
// breadth about 6 %, finger lengths 5-7 %; finger girth about 5 %. The thumb's base
// moves along the palm by a few millimetres between people.
constexpr float kSizeSigma = 0.055f;
constexpr float kPalmWidthSigma = 0.05f;
constexpr float kPalmLengthSigma = 0.05f;
constexpr float kFingerLengthSigma = 0.05f;
constexpr float kThicknessSigma = 0.05f;
constexpr float kThumbPlacementSigma = 0.006f;  // metres

// A component's effect on one joint's segment: the joint moves by `joint_offset`, and a point x that
// the segment carries moves by joint_offset + local(x).
struct SegmentDeformation {
  Eigen::Vector3f joint_offset = Eigen::Vector3f::Zero();
  std::function<Eigen::Vector3f(const Eigen::Vector3f&)> local;  // empty = rigid
};

using Deformation = std::array<SegmentDeformation, kNumJoints>;

float positivePart(float x) { return x > 0.0f ? x : 0.0f; }

}  // namespace

std::vector<std::string> genericShapeNames() {
  return {"size",        "palm_width",   "palm_length",  "index_length",     "middle_length",
          "ring_length", "pinky_length", "thumb_length", "finger_thickness", "thumb_placement"};
}

void buildGenericShapeSpace(HandModel& model) {
  const int n = model.numVertices();
  if (n == 0 || model.joints.rows() != kNumJoints || model.skin_weights.rows() != n)
    throw Error("buildGenericShapeSpace: the model needs vertices, 16 joints and skinning weights first");

  auto joint = [&](int j) -> Eigen::Vector3f { return model.joints.row(j).transpose(); };
  const Eigen::Vector3f wrist = joint(0);
  const Eigen::Vector3f along = (joint(jointIndex(kMiddle, 0)) - wrist).normalized();  // palm axis
  Eigen::Vector3f across = joint(jointIndex(kPinky, 0)) - joint(jointIndex(kIndex, 0));
  across = (across - across.dot(along) * along).normalized();  // palm width axis
  auto bone = [&](int j) -> Eigen::Vector3f { return model.joint_frames[j].col(2); };

  std::vector<Deformation> comps;

  {  // size: uniform scale about the wrist
    Deformation d;
    for (int j = 0; j < kNumJoints; ++j) {
      d[j].joint_offset = kSizeSigma * (joint(j) - wrist);
      const Eigen::Vector3f jj = joint(j);
      d[j].local = [jj](const Eigen::Vector3f& x) { return Eigen::Vector3f(kSizeSigma * (x - jj)); };
    }
    comps.push_back(d);
  }
  // palm width / length: the palm stretches (only distal of the wrist, the forearm keeps its shape) and
  // the finger chains move with their base joints.
  struct PalmStretch {
    Eigen::Vector3f axis;
    float sigma;
    bool distal_only;  // palm length stretches only beyond the wrist, so the forearm keeps its length
  };
  for (const PalmStretch& ps :
       {PalmStretch{across, kPalmWidthSigma, false}, PalmStretch{along, kPalmLengthSigma, true}}) {
    Deformation d;
    d[0].local = [ps, wrist](const Eigen::Vector3f& x) {
      const float t = ps.axis.dot(x - wrist);
      return Eigen::Vector3f(ps.sigma * (ps.distal_only ? positivePart(t) : t) * ps.axis);
    };
    for (int f = 0; f < kNumFingers; ++f) {
      const float t = ps.axis.dot(joint(jointIndex(f, 0)) - wrist);
      const Eigen::Vector3f offset = ps.sigma * (ps.distal_only ? positivePart(t) : t) * ps.axis;
      for (int s = 0; s < 3; ++s) {
        const int j = jointIndex(f, s);
        d[j].joint_offset = offset;
        // Broader palms come with thicker fingers (and narrower with thinner), which also keeps the
        // gaps between neighbouring fingers proportional.
        if (!ps.distal_only) {
          const Eigen::Vector3f jj = joint(j), b = bone(j);
          const float sigma = ps.sigma;
          d[j].local = [jj, b, sigma](const Eigen::Vector3f& x) {
            const Eigen::Vector3f r = x - jj;
            return Eigen::Vector3f(sigma * (r - b.dot(r) * b));
          };
        }
      }
    }
    comps.push_back(d);
  }
  // finger lengths: each bone of the finger stretches along itself, distal joints follow.
  for (int f = 0; f < kNumFingers; ++f) {
    Deformation d;
    Eigen::Vector3f cumulative = Eigen::Vector3f::Zero();
    for (int s = 0; s < 3; ++s) {
      const int j = jointIndex(f, s);
      d[j].joint_offset = cumulative;
      const Eigen::Vector3f jj = joint(j), b = bone(j);
      d[j].local = [jj, b](const Eigen::Vector3f& x) {
        return Eigen::Vector3f(kFingerLengthSigma * positivePart(b.dot(x - jj)) * b);
      };
      if (s < 2) cumulative += kFingerLengthSigma * (joint(j + 1) - jj);
    }
    comps.push_back(d);
  }
  // the index..pinky and thumb order above matches genericShapeNames() (kIndex..kThumb).
  {  // finger thickness: radial scaling about each finger bone; the finger bases move apart by the same
     // fraction so that thicker fingers do not run into each other
    Deformation d;
    for (int f = 0; f < kNumFingers; ++f) {
      const float t = across.dot(joint(jointIndex(f, 0)) - wrist);
      for (int s = 0; s < 3; ++s) d[jointIndex(f, s)].joint_offset = kThicknessSigma * t * across;
    }
    for (int j = 1; j < kNumJoints; ++j) {
      const Eigen::Vector3f jj = joint(j), b = bone(j);
      d[j].local = [jj, b](const Eigen::Vector3f& x) {
        const Eigen::Vector3f r = x - jj;
        return Eigen::Vector3f(kThicknessSigma * (r - b.dot(r) * b));
      };
    }
    comps.push_back(d);
  }
  {  // thumb placement: the thumb's base slides along the palm
    Deformation d;
    for (int s = 0; s < 3; ++s) d[jointIndex(kThumb, s)].joint_offset = kThumbPlacementSigma * along;
    comps.push_back(d);
  }

  const int k = static_cast<int>(comps.size());
  model.shape_dirs = MatrixXfR::Zero(3 * n, k);
  model.joint_shape_dirs = MatrixXfR::Zero(3 * kNumJoints, k);
  for (int c = 0; c < k; ++c) {
    for (int j = 0; j < kNumJoints; ++j)
      model.joint_shape_dirs.block<3, 1>(3 * j, c) = comps[c][j].joint_offset;
    for (int i = 0; i < n; ++i) {
      const Eigen::Vector3f x = model.vertices.row(i).transpose();
      Eigen::Vector3f dv = Eigen::Vector3f::Zero();
      for (int j = 0; j < kNumJoints; ++j) {
        const float w = model.skin_weights(i, j);
        if (w == 0.0f) continue;
        Eigen::Vector3f dj = comps[c][j].joint_offset;
        if (comps[c][j].local) dj += comps[c][j].local(x);
        dv += w * dj;
      }
      model.shape_dirs.block<3, 1>(3 * i, c) = dv;
    }
  }
  model.shape_names = genericShapeNames();
}

}  // namespace palma
