// The one exception type of the project. Its message is written for the user: what is wrong and,
// where possible, what to do. The CLI prints it and exits non-zero; the studio shows it in a dialog.
#pragma once

#include <stdexcept>
#include <string>

namespace palma {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Raised for input the user handed in (a file, an argument) that cannot be used.
class InputError : public Error {
 public:
  using Error::Error;
};

// Raised when an operation was cancelled through a CancelToken.
class Cancelled : public Error {
 public:
  Cancelled() : Error("cancelled by the user") {}
};

}  // namespace palma
