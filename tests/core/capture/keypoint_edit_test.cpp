// Keypoint editing: every command's redo/undo restores the track exactly (positions, confidence and
// origin), drags merge into one undo step, macros undo as one step, the redo branch goes away after a
// new push, interpolation and propagation values, the clean state and the undo limit.
#include <cmath>
#include <cstring>
#include <vector>

#include "core/capture/keypoint_edit.h"
#include "core/common/error.h"
#include "tests/support/palma_test.h"

using namespace palma;

namespace {

// 6 frames with a mix of origins and confidences, so a command that forgot to restore a field shows.
KeypointTrack sampleTrack() {
  KeypointTrack t;
  t.frames.resize(6);
  for (int f = 0; f < 6; ++f) {
    for (int j = 0; j < kHandKeypoints; ++j) {
      Keypoint2D& p = t.frames[f][j];
      if ((f + j) % 5 == 0) continue;  // absent
      p.x = 10.0f * j + f + 0.25f;
      p.y = 5.0f * j - f + 0.5f;
      p.confidence = 0.3f + 0.03f * j;
      p.origin = (j % 3 == 0) ? KeypointOrigin::Imported : KeypointOrigin::Tracked;
    }
  }
  t.handedness = Handedness::Left;
  t.handedness_known = false;
  return t;
}

bool samePoint(const Keypoint2D& a, const Keypoint2D& b) {
  return a.x == b.x && a.y == b.y && a.confidence == b.confidence && a.origin == b.origin;
}

bool sameTrack(const KeypointTrack& a, const KeypointTrack& b) {
  if (a.numFrames() != b.numFrames() || a.handedness != b.handedness ||
      a.handedness_known != b.handedness_known)
    return false;
  for (int f = 0; f < a.numFrames(); ++f)
    for (int j = 0; j < kHandKeypoints; ++j)
      if (!samePoint(a.frames[f][j], b.frames[f][j])) return false;
  return true;
}

// Pushes the command, then checks undo gives `before` back and redo gives the pushed state again.
void checkUndoRedo(KeypointDocument& doc, UndoStack& stack, std::unique_ptr<UndoCommand> command) {
  const KeypointTrack before = doc.track();
  stack.push(std::move(command));
  const KeypointTrack after = doc.track();
  PALMA_CHECK(!sameTrack(before, after));
  stack.undo();
  PALMA_CHECK(sameTrack(doc.track(), before));
  stack.redo();
  PALMA_CHECK(sameTrack(doc.track(), after));
  stack.undo();
  PALMA_CHECK(sameTrack(doc.track(), before));
}

Keypoint2D user(float x, float y) {
  Keypoint2D p;
  p.x = x;
  p.y = y;
  p.confidence = 1.0f;
  p.origin = KeypointOrigin::User;
  return p;
}

}  // namespace

PALMA_TEST(setPointMakesAUserPointAndUndoRestoresOriginAndConfidence) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  const Keypoint2D old = doc.point(2, 4);
  stack.push(std::make_unique<SetPointCommand>(doc, 2, 4, 12.5f, 7.25f));
  PALMA_CHECK(samePoint(doc.point(2, 4), user(12.5f, 7.25f)));
  PALMA_CHECK(stack.undoText() == "Set keypoint");
  stack.undo();
  PALMA_CHECK(samePoint(doc.point(2, 4), old));
  PALMA_CHECK(old.origin == KeypointOrigin::Tracked && old.confidence != 1.0f);
  checkUndoRedo(doc, stack, std::make_unique<SetPointCommand>(doc, 0, 0, 1.0f, 2.0f));  // absent before
}

PALMA_TEST(eachCommandUndoesAndRedoesExactly) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  checkUndoRedo(doc, stack, std::make_unique<MovePointCommand>(doc, 1, 3, 40.0f, 41.0f));
  checkUndoRedo(doc, stack, std::make_unique<DeletePointCommand>(doc, 3, 7));
  checkUndoRedo(doc, stack, std::make_unique<ClearFrameCommand>(doc, 4));
  checkUndoRedo(doc, stack, std::make_unique<SetHandednessCommand>(doc, Handedness::Right, true));
  std::vector<FrameKeypoints> positions(2);
  for (auto& frame : positions) frame[6] = user(3.0f, 4.0f);
  checkUndoRedo(doc, stack, std::make_unique<PropagatePointsCommand>(doc, 2, -2, positions));
  // Interpolation needs user keyframes.
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 8, 0.0f, 0.0f));
  stack.push(std::make_unique<SetPointCommand>(doc, 5, 8, 10.0f, 20.0f));
  checkUndoRedo(doc, stack, std::make_unique<InterpolateKeyframesCommand>(doc, 0, 5));
}

PALMA_TEST(deleteAndClearMarkPointsAbsentByTheUser) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  stack.push(std::make_unique<DeletePointCommand>(doc, 1, 1));
  PALMA_CHECK(!doc.point(1, 1).present() && doc.point(1, 1).origin == KeypointOrigin::User);
  stack.push(std::make_unique<ClearFrameCommand>(doc, 2));
  for (int j = 0; j < kHandKeypoints; ++j)
    PALMA_CHECK(!doc.point(2, j).present() && doc.point(2, j).origin == KeypointOrigin::User);
  PALMA_CHECK(doc.point(3, 1).present());
}

PALMA_TEST(setConfidenceKeepsThePositionMakesAUserPointAndUndoes) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  const Keypoint2D before = doc.point(1, 2);  // present, Tracked, confidence 0.36
  PALMA_CHECK(before.present() && before.origin == KeypointOrigin::Tracked);
  checkUndoRedo(doc, stack, std::make_unique<SetConfidenceCommand>(doc, 1, 2, kOccludedConfidence));
  stack.redo();
  const Keypoint2D& occluded = doc.point(1, 2);
  PALMA_CHECK(occluded.x == before.x && occluded.y == before.y);
  PALMA_CHECK(occluded.confidence == 0.5f && occluded.origin == KeypointOrigin::User);
  // A user point with reduced confidence is a keyframe point: propagation does not overwrite it.
  FrameKeypoints moved = doc.frame(0);
  for (Keypoint2D& p : moved) {
    p.x += 50.0f;
    p.confidence = 1.0f;
  }
  stack.push(std::make_unique<PropagatePointsCommand>(doc, 0, 1, std::vector<FrameKeypoints>{moved}));
  PALMA_CHECK(doc.point(1, 2).x == before.x && doc.point(1, 2).confidence == 0.5f);
  stack.push(std::make_unique<SetConfidenceCommand>(doc, 1, 2, 1.0f));
  PALMA_CHECK(doc.point(1, 2).confidence == 1.0f);
  // Absent points and confidences outside (0, 1] are refused.
  PALMA_CHECK_THROWS(SetConfidenceCommand(doc, 0, 0, 0.5f), InputError, "absent");
  PALMA_CHECK_THROWS(SetConfidenceCommand(doc, 1, 2, 0.0f), InputError, "outside");
  PALMA_CHECK_THROWS(SetConfidenceCommand(doc, 1, 2, 1.5f), InputError, "outside");
}

PALMA_TEST(consecutiveMovesOfOnePointMergeIntoOneUndoStep) {
  KeypointDocument doc(sampleTrack());
  const KeypointTrack original = doc.track();
  UndoStack stack;
  for (int i = 1; i <= 10; ++i)
    stack.push(std::make_unique<MovePointCommand>(doc, 2, 5, 1.0f * i, 2.0f * i, 7));
  PALMA_CHECK(stack.count() == 1);
  PALMA_CHECK(samePoint(doc.point(2, 5), user(10.0f, 20.0f)));
  stack.undo();
  PALMA_CHECK(sameTrack(doc.track(), original));
  stack.redo();
  PALMA_CHECK(samePoint(doc.point(2, 5), user(10.0f, 20.0f)));
  // Another point, another gesture or another kind of command starts a new step.
  stack.push(std::make_unique<MovePointCommand>(doc, 2, 6, 1.0f, 1.0f, 7));
  stack.push(std::make_unique<MovePointCommand>(doc, 2, 6, 2.0f, 1.0f, 8));
  stack.push(std::make_unique<SetPointCommand>(doc, 2, 6, 3.0f, 1.0f));
  stack.push(std::make_unique<MovePointCommand>(doc, 3, 6, 3.0f, 1.0f, 8));
  PALMA_CHECK(stack.count() == 5);
}

PALMA_TEST(movesDoNotMergeIntoTheCleanState) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  stack.push(std::make_unique<MovePointCommand>(doc, 0, 1, 1.0f, 1.0f));
  stack.setClean();
  stack.push(std::make_unique<MovePointCommand>(doc, 0, 1, 2.0f, 2.0f));
  PALMA_CHECK(stack.count() == 2 && !stack.isClean());
  stack.undo();
  PALMA_CHECK(stack.isClean());
  PALMA_CHECK(samePoint(doc.point(0, 1), user(1.0f, 1.0f)));
}

PALMA_TEST(macroUndoesAsOneStep) {
  KeypointDocument doc(sampleTrack());
  const KeypointTrack original = doc.track();
  UndoStack stack;
  stack.beginMacro("Place hand");
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 0, 1.0f, 1.0f));
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 1, 2.0f, 2.0f));
  stack.beginMacro("inner");
  stack.push(std::make_unique<DeletePointCommand>(doc, 1, 2));
  stack.push(std::make_unique<SetHandednessCommand>(doc, Handedness::Right));
  stack.endMacro();
  PALMA_CHECK(!stack.canUndo());
  PALMA_CHECK_THROWS(stack.undo(), Error, "macro");
  stack.endMacro();
  const KeypointTrack edited = doc.track();
  PALMA_CHECK(stack.count() == 1 && stack.undoText() == "Place hand");
  PALMA_CHECK(samePoint(doc.point(0, 1), user(2.0f, 2.0f)) && !doc.point(1, 2).present());
  stack.undo();
  PALMA_CHECK(sameTrack(doc.track(), original));
  PALMA_CHECK(stack.redoText() == "Place hand");
  stack.redo();
  PALMA_CHECK(sameTrack(doc.track(), edited));
}

PALMA_TEST(pushAfterUndoDiscardsTheRedoBranch) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 0, 1.0f, 1.0f));
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 1, 2.0f, 2.0f));
  stack.setClean();
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 2, 3.0f, 3.0f));
  stack.undo();
  stack.undo();
  PALMA_CHECK(stack.index() == 1 && stack.canRedo());
  stack.push(std::make_unique<DeletePointCommand>(doc, 0, 3));
  PALMA_CHECK(stack.count() == 2 && stack.index() == 2 && !stack.canRedo());
  PALMA_CHECK(stack.redoText().empty() && stack.undoText() == "Delete keypoint");
  // The saved state was in the discarded branch: no state is clean any more.
  PALMA_CHECK(stack.cleanIndex() == -1 && !stack.isClean());
  PALMA_CHECK(doc.point(0, 1).origin != KeypointOrigin::User || doc.point(0, 1).x != 2.0f);
}

PALMA_TEST(cleanStateFollowsUndoAndRedo) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  PALMA_CHECK(stack.isClean());
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 0, 1.0f, 1.0f));
  PALMA_CHECK(!stack.isClean());
  stack.setClean();
  stack.push(std::make_unique<SetPointCommand>(doc, 0, 1, 1.0f, 1.0f));
  PALMA_CHECK(!stack.isClean());
  stack.undo();
  PALMA_CHECK(stack.isClean());
  stack.undo();
  PALMA_CHECK(!stack.isClean());
  stack.clear();
  PALMA_CHECK(stack.isClean() && stack.count() == 0 && !stack.canUndo());
}

PALMA_TEST(undoLimitDropsTheOldestSteps) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  stack.setUndoLimit(3);
  for (int j = 0; j < 5; ++j) stack.push(std::make_unique<SetPointCommand>(doc, 1, j, 1.0f * j, 0.0f));
  PALMA_CHECK(stack.count() == 3 && stack.index() == 3);
  for (int i = 0; i < 5; ++i) stack.undo();
  // The first two points stay set: their commands were dropped.
  PALMA_CHECK(samePoint(doc.point(1, 1), user(1.0f, 0.0f)));
  PALMA_CHECK(!samePoint(doc.point(1, 2), user(2.0f, 0.0f)));
}

PALMA_TEST(interpolationIsLinearBetweenUserKeyframesAndKeepsUserPoints) {
  KeypointTrack t;
  t.frames.resize(7);
  t.frames[3][0] = user(99.0f, 99.0f);  // user point of joint 0 in the middle
  t.frames[3][1].x = 50.0f;             // a tracked point of joint 1 in between: replaced
  t.frames[3][1].confidence = 0.2f;
  t.frames[3][1].origin = KeypointOrigin::Tracked;
  t.frames[2][1].origin = KeypointOrigin::User;  // deleted by the user: stays absent
  KeypointDocument doc(t);
  UndoStack stack;
  for (int j = 0; j < 2; ++j) {
    stack.push(std::make_unique<SetPointCommand>(doc, 1, j, 10.0f, 20.0f));
    stack.push(std::make_unique<SetPointCommand>(doc, 5, j, 30.0f, 0.0f));
  }
  stack.push(std::make_unique<SetPointCommand>(doc, 5, 2, 1.0f, 1.0f));  // joint 2 only at one end
  stack.push(std::make_unique<InterpolateKeyframesCommand>(doc, 0, 6));
  // Joint 1: frames 3 and 4 interpolated between frames 1 and 5; frame 2 is the user's deletion.
  PALMA_CHECK(!doc.point(2, 1).present() && doc.point(2, 1).origin == KeypointOrigin::User);
  PALMA_CHECK_NEAR(doc.point(3, 1).x, 20.0, 1e-6);
  PALMA_CHECK_NEAR(doc.point(3, 1).y, 10.0, 1e-6);
  PALMA_CHECK_NEAR(doc.point(4, 1).x, 25.0, 1e-6);
  PALMA_CHECK_NEAR(doc.point(4, 1).y, 5.0, 1e-6);
  PALMA_CHECK(doc.point(4, 1).origin == KeypointOrigin::Interpolated && doc.point(4, 1).confidence == 1.0f);
  // Joint 0: the user's point at frame 3 splits the interval and stays.
  PALMA_CHECK(samePoint(doc.point(3, 0), user(99.0f, 99.0f)));
  PALMA_CHECK_NEAR(doc.point(2, 0).x, 0.5 * (10.0 + 99.0), 1e-5);
  PALMA_CHECK_NEAR(doc.point(4, 0).y, 0.5 * (99.0 + 0.0), 1e-5);
  // Outside the keyframes and for a joint set at one end only, nothing changes.
  PALMA_CHECK(!doc.point(0, 1).present() && !doc.point(6, 1).present());
  PALMA_CHECK(!doc.point(3, 2).present());
  // A range that holds only one of the keyframes interpolates nothing.
  KeypointDocument other(t);
  other.setPoint(1, 1, user(10.0f, 20.0f));
  other.setPoint(5, 1, user(30.0f, 0.0f));
  stack.push(std::make_unique<InterpolateKeyframesCommand>(other, 2, 6));
  PALMA_CHECK(other.point(4, 1).origin == KeypointOrigin::None);
}

PALMA_TEST(propagationWritesPresentPointsAndKeepsUserPoints) {
  KeypointDocument doc(sampleTrack());
  UndoStack stack;
  stack.push(std::make_unique<SetPointCommand>(doc, 3, 4, 7.0f, 7.0f));
  const Keypoint2D untouched = doc.point(3, 5);
  std::vector<FrameKeypoints> positions(3);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 5; ++j) {
      positions[i][j].x = 100.0f + i;
      positions[i][j].y = 200.0f + j;
      positions[i][j].confidence = 0.5f;
      positions[i][j].origin = KeypointOrigin::Tracked;
    }
  }
  stack.push(std::make_unique<PropagatePointsCommand>(doc, 0, 3, positions));
  PALMA_CHECK(doc.point(1, 2).origin == KeypointOrigin::Propagated);
  PALMA_CHECK(doc.point(1, 2).x == 100.0f && doc.point(2, 2).x == 101.0f && doc.point(3, 2).x == 102.0f);
  PALMA_CHECK(doc.point(2, 3).y == 203.0f && doc.point(2, 3).confidence == 0.5f);
  PALMA_CHECK(samePoint(doc.point(3, 4), user(7.0f, 7.0f)));  // the user's point stays
  PALMA_CHECK(samePoint(doc.point(3, 5), untouched));         // absent in positions: unchanged
  PALMA_CHECK(doc.point(4, 2).origin != KeypointOrigin::Propagated);
  PALMA_CHECK_THROWS(PropagatePointsCommand(doc, 4, 3, positions), InputError, "frame 7");
  PALMA_CHECK_THROWS(PropagatePointsCommand(doc, 0, 2, positions), InputError, "got 3");
}

PALMA_TEST(documentNotifiesTheChangedFrames) {
  KeypointDocument doc(sampleTrack());
  std::vector<KeypointChange> changes;
  doc.setChangeCallback([&](const KeypointChange& c) { changes.push_back(c); });
  UndoStack stack;
  stack.push(std::make_unique<SetPointCommand>(doc, 4, 0, 1.0f, 1.0f));
  PALMA_CHECK(changes.size() == 1 && changes[0].first_frame == 4 && changes[0].last_frame == 4);
  stack.undo();
  PALMA_CHECK(changes.size() == 2 && changes[1].first_frame == 4);
  stack.push(std::make_unique<SetHandednessCommand>(doc, Handedness::Right));
  PALMA_CHECK(changes.back().handedness);
  // A command over many frames notifies once for the whole range.
  stack.push(std::make_unique<SetPointCommand>(doc, 1, 2, 0.0f, 0.0f));
  stack.push(std::make_unique<SetPointCommand>(doc, 4, 2, 3.0f, 0.0f));
  changes.clear();
  stack.push(std::make_unique<InterpolateKeyframesCommand>(doc, 0, 5));
  PALMA_CHECK(changes.size() == 1 && changes[0].first_frame == 2 && changes[0].last_frame == 3);
  PALMA_CHECK_NEAR(doc.point(2, 2).x, 1.0, 1e-6);
}

PALMA_TEST(outOfRangeEditsAreRejected) {
  KeypointDocument doc(sampleTrack());
  PALMA_CHECK_THROWS(SetPointCommand(doc, 6, 0, 1.0f, 1.0f), InputError, "frame 6");
  PALMA_CHECK_THROWS(MovePointCommand(doc, 0, 21, 1.0f, 1.0f), InputError, "keypoint 21");
  PALMA_CHECK_THROWS(SetPointCommand(doc, 0, 0, std::nanf(""), 1.0f), InputError, "not finite");
  PALMA_CHECK_THROWS(InterpolateKeyframesCommand(doc, 4, 2), InputError, "empty");
  PALMA_CHECK_THROWS(ClearFrameCommand(doc, -1), InputError, "frame -1");
}
