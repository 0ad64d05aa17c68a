#include "core/diagnostic.h"

#include <algorithm>

namespace tenk {

const char* severity_name(Severity s) { return s == Severity::Error ? "error" : "warning"; }

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.line > 0) {
    out += ':' + std::to_string(d.pos.line);
    if (d.pos.col > 0) out += ':' + std::to_string(d.pos.col);
  }
  if (!out.empty()) out += ": ";
  out += severity_name(d.severity);
  out += ": ";
  out += d.message;
  return out;
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

void Diagnostics::sort_by_position() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
}

}  // namespace tenk
