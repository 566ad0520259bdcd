// Editing 2D keypoints with undo/redo: a document holding the KeypointTrack, and one command class per
// edit. Each command stores the old and new values of everything it changes (position, confidence and
// origin), so undo and redo restore the track exactly. Commands are pushed on an UndoStack
// (core/common/undo_stack.h), which executes them; the studio wraps each in a QUndoCommand.
//
// Semantics shared with the tracker (core/capture/keypoint_tracking.h):
//   - a point the user placed or moved has origin User and confidence 1;
//   - a point the user deleted is absent (confidence 0) with origin User: tracking and interpolation
//     leave it absent instead of filling it again;
//   - computed points (Tracked, Interpolated, Propagated) never overwrite User points.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/capture/capture_types.h"
#include "core/common/undo_stack.h"

namespace palma {

// What changed: frames [first_frame, last_frame] (inclusive; empty when first_frame > last_frame) and
// whether the handedness changed.
struct KeypointChange {
  int first_frame = 0;
  int last_frame = -1;
  bool handedness = false;
};

class KeypointDocument {
 public:
  using ChangeCallback = std::function<void(const KeypointChange&)>;

  KeypointDocument() = default;
  explicit KeypointDocument(KeypointTrack track) : track_(std::move(track)) {}

  const KeypointTrack& track() const { return track_; }
  int numFrames() const { return track_.numFrames(); }
  const FrameKeypoints& frame(int f) const;
  const Keypoint2D& point(int f, int joint) const;
  Handedness handedness() const { return track_.handedness; }
  bool handednessKnown() const { return track_.handedness_known; }

  // Direct changes (the commands use these; the studio calls them only through commands so that every
  // change can be undone). Each notifies the change callback. Throw palma::InputError for a frame or
  // joint out of range.
  void setPoint(int f, int joint, const Keypoint2D& point);
  void setFrame(int f, const FrameKeypoints& points);
  // Sets frames[i] to values[i] and notifies once for the range they span.
  void setFrames(const std::vector<int>& frames, const std::vector<FrameKeypoints>& values);
  void setHandedness(Handedness handedness, bool known);
  // Replaces the whole track (a new import or a tracking run): notifies every frame.
  void reset(KeypointTrack track);

  // Called after every change, e.g. to repaint the frames of the timeline. One callback; setting a new
  // one replaces the old.
  void setChangeCallback(ChangeCallback callback) { callback_ = std::move(callback); }

  // Throws palma::InputError naming the frame or joint when it is out of range.
  void checkFrame(int f) const;
  void checkJoint(int joint) const;

 private:
  void notify(const KeypointChange& change) const;

  KeypointTrack track_;
  ChangeCallback callback_;
};

// Ids of the mergeable commands (UndoCommand::id).
enum KeypointCommandId { kMovePointCommandId = 1001 };

// Base of the commands that replace whole frames: keeps the old and new FrameKeypoints of each frame
// it touches. Subclasses compute the new frames in compute(), which runs on the first redo() against
// the document's state at that moment.
class FrameEditCommand : public UndoCommand {
 public:
  void redo() override;
  void undo() override;

 protected:
  FrameEditCommand(KeypointDocument& document, std::string text)
      : UndoCommand(std::move(text)), doc_(document) {}
  // Fills frames_, old_ and new_ from the current document.
  virtual void compute() = 0;
  void record(int f, const FrameKeypoints& new_points);

  KeypointDocument& doc_;
  std::vector<int> frames_;
  std::vector<FrameKeypoints> old_, new_;

 private:
  bool computed_ = false;
};

// Places `joint` of frame `frame` at (x, y): origin User, confidence 1.
class SetPointCommand : public FrameEditCommand {
 public:
  SetPointCommand(KeypointDocument& document, int frame, int joint, float x, float y);

 protected:
  void compute() override;
  int frame_, joint_;
  float x_, y_;
};

// Like SetPoint, but consecutive moves of the same point with the same gesture number merge into one
// undo step (the studio passes a new gesture number per mouse press; 0 merges every consecutive move
// of the point).
class MovePointCommand : public SetPointCommand {
 public:
  MovePointCommand(KeypointDocument& document, int frame, int joint, float x, float y, uint64_t gesture = 0);
  int id() const override { return kMovePointCommandId; }
  bool mergeWith(const UndoCommand& next) override;

 private:
  uint64_t gesture_;
};

// The confidence the studio gives a point the user marks as occluded (hidden behind the hand or an
// object, its position guessed): such a point keeps its place but counts half in the keypoint term of
// the fit, which weights each keypoint by its confidence.
inline constexpr float kOccludedConfidence = 0.5f;

// Sets the confidence of the present point `joint` of `frame` to `confidence` in (0, 1], keeping its
// position; the point becomes the user's (origin User), so tracking and interpolation keep it. The
// studio marks a point occluded with kOccludedConfidence and visible again with 1. Throws
// palma::InputError for an absent point or a confidence outside (0, 1].
class SetConfidenceCommand : public FrameEditCommand {
 public:
  SetConfidenceCommand(KeypointDocument& document, int frame, int joint, float confidence);

 protected:
  void compute() override;

 private:
  int frame_, joint_;
  float confidence_;
};

// Marks `joint` of `frame` as absent by the user's decision (confidence 0, origin User).
class DeletePointCommand : public FrameEditCommand {
 public:
  DeletePointCommand(KeypointDocument& document, int frame, int joint);

 protected:
  void compute() override;

 private:
  int frame_, joint_;
};

// Deletes every point of `frame` (as DeletePoint does for one).
class ClearFrameCommand : public FrameEditCommand {
 public:
  ClearFrameCommand(KeypointDocument& document, int frame);

 protected:
  void compute() override;

 private:
  int frame_;
};

// Writes points computed by the caller (a tracking step, a copy of the source frame) into the |k|
// frames after `from_frame` (k > 0) or before it (k < 0): positions[i] belongs to frame
// from_frame + (i + 1) * sign(k). Present points get origin Propagated; absent ones leave the target
// point as it was, and User points in the targets are kept.
class PropagatePointsCommand : public FrameEditCommand {
 public:
  PropagatePointsCommand(KeypointDocument& document, int from_frame, int k,
                         std::vector<FrameKeypoints> positions);

 protected:
  void compute() override;

 private:
  int from_, k_;
  std::vector<FrameKeypoints> positions_;
};

// Linear interpolation between user keyframes in [first, last]: for each joint, between two
// consecutive frames where the user placed it (origin User, present), every frame in between whose
// point is not the user's gets the linear blend of position and confidence, origin Interpolated.
// User points (placed or deleted) are never changed.
class InterpolateKeyframesCommand : public FrameEditCommand {
 public:
  InterpolateKeyframesCommand(KeypointDocument& document, int first, int last);

 protected:
  void compute() override;

 private:
  int first_, last_;
};

class SetHandednessCommand : public UndoCommand {
 public:
  SetHandednessCommand(KeypointDocument& document, Handedness handedness, bool known = true);
  void redo() override;
  void undo() override;

 private:
  KeypointDocument& doc_;
  Handedness new_handedness_, old_handedness_ = Handedness::Right;
  bool new_known_, old_known_ = false;
};

}  // namespace palma
