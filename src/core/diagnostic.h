#pragma once
// One problem found in an input file, with its position. The loader, the
// journal reader and `tenk check` all speak in these.

#include <cstddef>
#include <string>
#include <vector>

#include "core/quote.h"

namespace tenk {

enum class Severity { Error, Warning };

/// Readers stop keeping diagnostics once a file has more than this many
/// (and say so): a mangled file can hold millions of problems and nobody
/// reads past the first screens (compilers stop early for the same reason).
constexpr std::size_t kMaxDiagnostics = 1000;

/// The longest message kept, in code points: messages quote values
/// shortened already (core/quote.h); this bounds the rest (a long cycle
/// path), so a thousand kept diagnostics stay a few megabytes at most.
constexpr std::size_t kMaxMessageChars = 4096;

/// A position in a source file, 1-based. 0 means "not known" (then it is
/// left out of messages).
struct SourcePos {
  int line = 0;
  int col = 0;
  bool operator==(const SourcePos&) const = default;
};

struct Diagnostic {
  std::string file;
  SourcePos pos;
  Severity severity = Severity::Error;
  std::string message;
};

/// `FILE:LINE:COL: error: MESSAGE`; `:COL` and `:LINE` are left out when unknown.
std::string format_diagnostic(const Diagnostic& d);

/// "error" or "warning".
const char* severity_name(Severity s);

/// The problems found in one file, in the order found.
class Diagnostics {
 public:
  explicit Diagnostics(std::string file = {}) : file_(std::move(file)) {}

  void error(SourcePos pos, std::string message) { add(pos, Severity::Error, std::move(message)); }
  void warning(SourcePos pos, std::string message) { add(pos, Severity::Warning, std::move(message)); }
  /// Adds one; a message over kMaxMessageChars code points is cut (see there).
  void add(SourcePos pos, Severity severity, std::string message) {
    if (message.size() > kMaxMessageChars) message = shorten(message, kMaxMessageChars);
    items_.push_back({file_, pos, severity, std::move(message)});
  }
  void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }

  bool has_errors() const;
  std::size_t error_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  const std::string& file() const { return file_; }
  /// Sorts by line and column, keeping the order of equal positions, so that
  /// a user reads them from the top of the file down.
  void sort_by_position();

 private:
  std::string file_;
  std::vector<Diagnostic> items_;
};

}  // namespace tenk
