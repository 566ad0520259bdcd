// Progress reporting and cancellation for long work (the one callback interface the CLI, the studio
// and the tests all use).
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "core/common/error.h"

namespace palma {

struct ProgressEvent {
  double fraction = 0.0;  // overall progress in [0, 1]
  std::string stage;      // short stage name ("geometry", "export", ...)
  std::string message;    // one human-readable line
};

using ProgressCallback = std::function<void(const ProgressEvent&)>;

// Shared between the thread doing the work and the one that may cancel it.
class CancelToken {
 public:
  void cancel() { cancelled_.store(true); }
  bool isCancelled() const { return cancelled_.load(); }
  // Throws palma::Cancelled when cancel() was called.
  void check() const {
    if (isCancelled()) throw Cancelled();
  }

 private:
  std::atomic<bool> cancelled_{false};
};

}  // namespace palma
