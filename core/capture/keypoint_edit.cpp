#include "core/capture/keypoint_edit.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/common/error.h"

namespace palma {

// ---- KeypointDocument ------------------------------------------------------------------------------

void KeypointDocument::checkFrame(int f) const {
  if (f < 0 || f >= numFrames())
    throw InputError("frame " + std::to_string(f) + " is out of range (the keypoints have " +
                     std::to_string(numFrames()) + " frames)");
}

void KeypointDocument::checkJoint(int joint) const {
  if (joint < 0 || joint >= kHandKeypoints)
    throw InputError("keypoint " + std::to_string(joint) + " is out of range (0.." +
                     std::to_string(kHandKeypoints - 1) + ")");
}

const FrameKeypoints& KeypointDocument::frame(int f) const {
  checkFrame(f);
  return track_.frames[static_cast<size_t>(f)];
}

const Keypoint2D& KeypointDocument::point(int f, int joint) const {
  checkJoint(joint);
  return frame(f)[static_cast<size_t>(joint)];
}

void KeypointDocument::setPoint(int f, int joint, const Keypoint2D& point) {
  checkFrame(f);
  checkJoint(joint);
  track_.frames[static_cast<size_t>(f)][static_cast<size_t>(joint)] = point;
  notify({f, f, false});
}

void KeypointDocument::setFrame(int f, const FrameKeypoints& points) {
  checkFrame(f);
  track_.frames[static_cast<size_t>(f)] = points;
  notify({f, f, false});
}

void KeypointDocument::setFrames(const std::vector<int>& frames, const std::vector<FrameKeypoints>& values) {
  if (frames.size() != values.size())
    throw Error("KeypointDocument::setFrames: frames and values differ in count");
  if (frames.empty()) return;
  for (int f : frames) checkFrame(f);
  for (size_t i = 0; i < frames.size(); ++i) track_.frames[static_cast<size_t>(frames[i])] = values[i];
  const auto [lo, hi] = std::minmax_element(frames.begin(), frames.end());
  notify({*lo, *hi, false});
}

void KeypointDocument::setHandedness(Handedness handedness, bool known) {
  track_.handedness = handedness;
  track_.handedness_known = known;
  notify({0, -1, true});
}

void KeypointDocument::reset(KeypointTrack track) {
  track_ = std::move(track);
  notify({0, numFrames() - 1, true});
}

void KeypointDocument::notify(const KeypointChange& change) const {
  if (callback_) callback_(change);
}

// ---- FrameEditCommand ------------------------------------------------------------------------------

void FrameEditCommand::record(int f, const FrameKeypoints& new_points) {
  frames_.push_back(f);
  old_.push_back(doc_.frame(f));
  new_.push_back(new_points);
}

void FrameEditCommand::redo() {
  if (!computed_) {
    compute();
    computed_ = true;
  }
  doc_.setFrames(frames_, new_);
}

void FrameEditCommand::undo() { doc_.setFrames(frames_, old_); }

namespace {

Keypoint2D userPoint(float x, float y) {
  Keypoint2D p;
  p.x = x;
  p.y = y;
  p.confidence = 1.0f;
  p.origin = KeypointOrigin::User;
  return p;
}

Keypoint2D deletedPoint() {
  Keypoint2D p;
  p.origin = KeypointOrigin::User;
  return p;
}

bool isUserPoint(const Keypoint2D& p) { return p.origin == KeypointOrigin::User; }

}  // namespace

// ---- Point commands --------------------------------------------------------------------------------

SetPointCommand::SetPointCommand(KeypointDocument& document, int frame, int joint, float x, float y)
    : FrameEditCommand(document, "Set keypoint"), frame_(frame), joint_(joint), x_(x), y_(y) {
  document.checkFrame(frame);
  document.checkJoint(joint);
  if (!std::isfinite(x) || !std::isfinite(y))
    throw InputError("keypoint position (" + std::to_string(x) + ", " + std::to_string(y) +
                     ") is not finite");
}

void SetPointCommand::compute() {
  FrameKeypoints points = doc_.frame(frame_);
  points[static_cast<size_t>(joint_)] = userPoint(x_, y_);
  record(frame_, points);
}

MovePointCommand::MovePointCommand(KeypointDocument& document, int frame, int joint, float x, float y,
                                   uint64_t gesture)
    : SetPointCommand(document, frame, joint, x, y), gesture_(gesture) {
  setText("Move keypoint");
}

bool MovePointCommand::mergeWith(const UndoCommand& next) {
  const auto* move = dynamic_cast<const MovePointCommand*>(&next);
  if (move == nullptr || move->frame_ != frame_ || move->joint_ != joint_ || move->gesture_ != gesture_ ||
      &move->doc_ != &doc_ || move->new_.size() != 1 || new_.size() != 1)
    return false;
  // The merged command goes from this command's old state to the newer command's new state.
  x_ = move->x_;
  y_ = move->y_;
  new_[0] = move->new_[0];
  return true;
}

SetConfidenceCommand::SetConfidenceCommand(KeypointDocument& document, int frame, int joint, float confidence)
    : FrameEditCommand(document, "Set keypoint confidence"),
      frame_(frame),
      joint_(joint),
      confidence_(confidence) {
  document.checkFrame(frame);
  document.checkJoint(joint);
  if (!(confidence > 0.0f && confidence <= 1.0f))
    throw InputError("keypoint confidence " + std::to_string(confidence) + " is outside (0, 1]");
  if (!document.point(frame, joint).present())
    throw InputError("keypoint " + std::to_string(joint) + " of frame " + std::to_string(frame) +
                     " is absent: place it before setting its confidence");
}

void SetConfidenceCommand::compute() {
  FrameKeypoints points = doc_.frame(frame_);
  Keypoint2D& p = points[static_cast<size_t>(joint_)];
  p.confidence = confidence_;
  p.origin = KeypointOrigin::User;
  record(frame_, points);
}

DeletePointCommand::DeletePointCommand(KeypointDocument& document, int frame, int joint)
    : FrameEditCommand(document, "Delete keypoint"), frame_(frame), joint_(joint) {
  document.checkFrame(frame);
  document.checkJoint(joint);
}

void DeletePointCommand::compute() {
  FrameKeypoints points = doc_.frame(frame_);
  points[static_cast<size_t>(joint_)] = deletedPoint();
  record(frame_, points);
}

ClearFrameCommand::ClearFrameCommand(KeypointDocument& document, int frame)
    : FrameEditCommand(document, "Clear frame"), frame_(frame) {
  document.checkFrame(frame);
}

void ClearFrameCommand::compute() {
  FrameKeypoints points;
  points.fill(deletedPoint());
  record(frame_, points);
}

// ---- Propagation and interpolation -----------------------------------------------------------------

PropagatePointsCommand::PropagatePointsCommand(KeypointDocument& document, int from_frame, int k,
                                               std::vector<FrameKeypoints> positions)
    : FrameEditCommand(document, "Propagate keypoints"),
      from_(from_frame),
      k_(k),
      positions_(std::move(positions)) {
  document.checkFrame(from_frame);
  if (k == 0) throw InputError("propagating keypoints needs at least one target frame");
  document.checkFrame(from_frame + k);
  if (positions_.size() != static_cast<size_t>(std::abs(k)))
    throw InputError("propagating keypoints to " + std::to_string(std::abs(k)) +
                     " frames needs as many sets of " + "positions, got " +
                     std::to_string(positions_.size()));
  for (const FrameKeypoints& points : positions_)
    for (const Keypoint2D& p : points)
      if (p.present() && (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.confidence)))
        throw InputError("propagated keypoint positions must be finite");
}

void PropagatePointsCommand::compute() {
  const int step = k_ > 0 ? 1 : -1;
  for (int i = 0; i < std::abs(k_); ++i) {
    const int f = from_ + (i + 1) * step;
    FrameKeypoints points = doc_.frame(f);
    for (int j = 0; j < kHandKeypoints; ++j) {
      const Keypoint2D& source = positions_[static_cast<size_t>(i)][static_cast<size_t>(j)];
      Keypoint2D& target = points[static_cast<size_t>(j)];
      if (!source.present() || isUserPoint(target)) continue;
      target = source;
      target.confidence = std::min(source.confidence, 1.0f);
      target.origin = KeypointOrigin::Propagated;
    }
    record(f, points);
  }
}

InterpolateKeyframesCommand::InterpolateKeyframesCommand(KeypointDocument& document, int first, int last)
    : FrameEditCommand(document, "Interpolate keyframes"), first_(first), last_(last) {
  document.checkFrame(first);
  document.checkFrame(last);
  if (first > last)
    throw InputError("interpolation range " + std::to_string(first) + ".." + std::to_string(last) +
                     " is empty (first must not exceed last)");
}

void InterpolateKeyframesCommand::compute() {
  std::vector<FrameKeypoints> frames;
  for (int f = first_; f <= last_; ++f) frames.push_back(doc_.frame(f));
  bool changed_any = false;
  std::vector<bool> changed(frames.size(), false);
  for (int j = 0; j < kHandKeypoints; ++j) {
    int previous = -1;  // index into `frames` of the last user keyframe of this joint
    for (int i = 0; i < static_cast<int>(frames.size()); ++i) {
      const Keypoint2D& p = frames[static_cast<size_t>(i)][static_cast<size_t>(j)];
      if (!isUserPoint(p) || !p.present()) continue;
      if (previous >= 0) {
        const Keypoint2D a = frames[static_cast<size_t>(previous)][static_cast<size_t>(j)];
        for (int m = previous + 1; m < i; ++m) {
          Keypoint2D& q = frames[static_cast<size_t>(m)][static_cast<size_t>(j)];
          if (isUserPoint(q)) continue;
          const float t = static_cast<float>(m - previous) / static_cast<float>(i - previous);
          q.x = a.x + t * (p.x - a.x);
          q.y = a.y + t * (p.y - a.y);
          q.confidence = a.confidence + t * (p.confidence - a.confidence);
          q.origin = KeypointOrigin::Interpolated;
          changed[static_cast<size_t>(m)] = true;
          changed_any = true;
        }
      }
      previous = i;
    }
  }
  if (!changed_any) return;
  for (size_t i = 0; i < frames.size(); ++i)
    if (changed[i]) record(first_ + static_cast<int>(i), frames[i]);
}

// ---- Handedness ------------------------------------------------------------------------------------

SetHandednessCommand::SetHandednessCommand(KeypointDocument& document, Handedness handedness, bool known)
    : UndoCommand(handedness == Handedness::Right ? "Set right hand" : "Set left hand"),
      doc_(document),
      new_handedness_(handedness),
      new_known_(known) {}

void SetHandednessCommand::redo() {
  old_handedness_ = doc_.handedness();
  old_known_ = doc_.handednessKnown();
  doc_.setHandedness(new_handedness_, new_known_);
}

void SetHandednessCommand::undo() { doc_.setHandedness(old_handedness_, old_known_); }

}  // namespace palma
