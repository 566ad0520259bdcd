// Undo/redo in the shape of Qt's QUndoStack, without Qt: commands know how to redo and undo
// themselves, the stack executes a command when it is pushed, merges consecutive commands of the same
// id (a mouse drag becomes one step), groups commands into macros and tracks a clean state (the
// state last saved). The studio wraps each command in a QUndoCommand; the engine tests drive the
// stack directly.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace palma {

class UndoCommand {
 public:
  explicit UndoCommand(std::string text = {}) : text_(std::move(text)) {}
  virtual ~UndoCommand() = default;
  UndoCommand(const UndoCommand&) = delete;
  UndoCommand& operator=(const UndoCommand&) = delete;

  // Applies the command. Called by UndoStack::push (first execution) and by UndoStack::redo.
  virtual void redo() = 0;
  // Reverts exactly what the last redo() did.
  virtual void undo() = 0;
  // Commands with the same id >= 0 may merge; -1 never merges.
  virtual int id() const { return -1; }
  // Called on the command on top of the stack with a newer, already executed command of the same
  // id: returns true when this command absorbed `next` (its redo now includes next's effect and its
  // undo restores the state before both); the stack then discards `next`.
  virtual bool mergeWith(const UndoCommand& /*next*/) { return false; }

  const std::string& text() const { return text_; }
  void setText(std::string text) { text_ = std::move(text); }

 private:
  std::string text_;
};

// A command made of child commands, redone in order and undone in reverse order (one undo step).
class CompoundCommand : public UndoCommand {
 public:
  explicit CompoundCommand(std::string text = {}) : UndoCommand(std::move(text)) {}
  // Adds a child that has not been executed yet; it runs with the compound's redo().
  void add(std::unique_ptr<UndoCommand> child) { children_.push_back(std::move(child)); }
  int childCount() const { return static_cast<int>(children_.size()); }
  void redo() override;
  void undo() override;

 private:
  friend class UndoStack;
  std::vector<std::unique_ptr<UndoCommand>> children_;
};

class UndoStack {
 public:
  UndoStack() = default;
  UndoStack(const UndoStack&) = delete;
  UndoStack& operator=(const UndoStack&) = delete;

  // Executes `command` (redo()), then either merges it into the command before it (same id, not
  // across the clean state) or appends it; commands that could have been redone are discarded. Inside
  // beginMacro/endMacro the command joins the open macro instead.
  void push(std::unique_ptr<UndoCommand> command);
  void undo();
  void redo();

  bool canUndo() const;
  bool canRedo() const;
  std::string undoText() const;  // empty when nothing can be undone
  std::string redoText() const;
  // Number of commands on the stack, and the position of the current state: commands [0, index()) are
  // applied, [index(), count()) can be redone.
  int count() const { return static_cast<int>(commands_.size()); }
  int index() const { return index_; }
  const UndoCommand* command(int i) const { return commands_.at(static_cast<size_t>(i)).get(); }

  // The clean state is the one last saved. isClean() is true while index() equals the index at the
  // last setClean(); after undoing past it and pushing something new it is unreachable (-1).
  void setClean();
  bool isClean() const { return clean_index_ == index_; }
  int cleanIndex() const { return clean_index_; }

  // Commands pushed between beginMacro and endMacro form one undo step named `text`; they are
  // executed as they are pushed. Macros nest; undo/redo are not allowed while one is open.
  void beginMacro(const std::string& text);
  void endMacro();
  bool isMacroOpen() const { return !open_macros_.empty(); }

  // Removes every command without undoing or redoing anything; the state becomes clean.
  void clear();

  // The most undo steps kept (0 = unlimited); the oldest are dropped when more are pushed.
  void setUndoLimit(int limit);
  int undoLimit() const { return limit_; }

 private:
  void append(std::unique_ptr<UndoCommand> command);
  void enforceLimit();

  std::vector<std::unique_ptr<UndoCommand>> commands_;
  std::vector<std::unique_ptr<CompoundCommand>> open_macros_;
  int index_ = 0;
  int clean_index_ = 0;
  int limit_ = 0;
};

}  // namespace palma
