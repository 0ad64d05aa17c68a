#pragma once
// The one error type that reaches main: bad input or bad usage, with the
// exit code it means (SPEC 4: 1 invalid input, 2 usage).

#include <stdexcept>
#include <string>

namespace tenk {

class Error : public std::runtime_error {
 public:
  Error(std::string message, int exit_code) : std::runtime_error(std::move(message)), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

/// Invalid input (curriculum, journal, argument values): exit 1.
class InputError : public Error {
 public:
  explicit InputError(std::string message) : Error(std::move(message), 1) {}
};

/// Unknown command or option: exit 2.
class UsageError : public Error {
 public:
  explicit UsageError(std::string message) : Error(std::move(message), 2) {}
};

}  // namespace tenk
