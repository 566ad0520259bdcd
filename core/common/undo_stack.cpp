#include "core/common/undo_stack.h"

#include "core/common/error.h"

namespace palma {

void CompoundCommand::redo() {
  for (auto& child : children_) child->redo();
}

void CompoundCommand::undo() {
  for (auto it = children_.rbegin(); it != children_.rend(); ++it) (*it)->undo();
}

namespace {

bool canMerge(const UndoCommand* top, const UndoCommand& next) {
  return top != nullptr && top->id() >= 0 && top->id() == next.id();
}

}  // namespace

void UndoStack::push(std::unique_ptr<UndoCommand> command) {
  if (!command) throw Error("UndoStack::push: no command");
  command->redo();
  if (!open_macros_.empty()) {
    // Inside a macro the command merges with the macro's last child or joins the macro.
    auto& children = open_macros_.back()->children_;
    UndoCommand* last = children.empty() ? nullptr : children.back().get();
    if (canMerge(last, *command) && last->mergeWith(*command)) return;
    children.push_back(std::move(command));
    return;
  }
  // Commands that could have been redone are gone; a clean state among them becomes unreachable.
  if (index_ < count()) {
    commands_.erase(commands_.begin() + index_, commands_.end());
    if (clean_index_ > index_) clean_index_ = -1;
  }
  UndoCommand* top = index_ > 0 ? commands_[static_cast<size_t>(index_ - 1)].get() : nullptr;
  // Merging into the clean state would make the saved state unreachable by undo.
  if (index_ != clean_index_ && canMerge(top, *command) && top->mergeWith(*command)) return;
  append(std::move(command));
}

void UndoStack::append(std::unique_ptr<UndoCommand> command) {
  commands_.push_back(std::move(command));
  index_ = count();
  enforceLimit();
}

void UndoStack::enforceLimit() {
  if (limit_ <= 0) return;
  while (count() > limit_ && index_ > 0) {
    commands_.erase(commands_.begin());
    --index_;
    clean_index_ = clean_index_ > 0 ? clean_index_ - 1 : -1;
  }
}

void UndoStack::undo() {
  if (isMacroOpen()) throw Error("cannot undo while a macro is open");
  if (!canUndo()) return;
  --index_;
  commands_[static_cast<size_t>(index_)]->undo();
}

void UndoStack::redo() {
  if (isMacroOpen()) throw Error("cannot redo while a macro is open");
  if (!canRedo()) return;
  commands_[static_cast<size_t>(index_)]->redo();
  ++index_;
}

bool UndoStack::canUndo() const { return !isMacroOpen() && index_ > 0; }
bool UndoStack::canRedo() const { return !isMacroOpen() && index_ < count(); }

std::string UndoStack::undoText() const {
  return canUndo() ? commands_[static_cast<size_t>(index_ - 1)]->text() : std::string();
}

std::string UndoStack::redoText() const {
  return canRedo() ? commands_[static_cast<size_t>(index_)]->text() : std::string();
}

void UndoStack::setClean() {
  if (isMacroOpen()) throw Error("cannot mark the clean state while a macro is open");
  clean_index_ = index_;
}

void UndoStack::beginMacro(const std::string& text) {
  open_macros_.push_back(std::make_unique<CompoundCommand>(text));
}

void UndoStack::endMacro() {
  if (open_macros_.empty()) throw Error("UndoStack::endMacro without beginMacro");
  std::unique_ptr<CompoundCommand> macro = std::move(open_macros_.back());
  open_macros_.pop_back();
  if (!open_macros_.empty()) {
    open_macros_.back()->children_.push_back(std::move(macro));
    return;
  }
  // The children ran when they were pushed: the macro joins the stack without a second redo().
  if (index_ < count()) {
    commands_.erase(commands_.begin() + index_, commands_.end());
    if (clean_index_ > index_) clean_index_ = -1;
  }
  append(std::move(macro));
}

void UndoStack::clear() {
  commands_.clear();
  open_macros_.clear();
  index_ = 0;
  clean_index_ = 0;
}

void UndoStack::setUndoLimit(int limit) {
  limit_ = limit < 0 ? 0 : limit;
  enforceLimit();
}

}  // namespace palma
