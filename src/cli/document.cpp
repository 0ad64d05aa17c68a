#include "cli/document.h"

#include <unistd.h>

#include "cli/text.h"

namespace tenk {

bool document_to_stdout(const std::string& path) {
  return path.empty() || output_descriptor(path) == STDOUT_FILENO;
}

void write_document(std::ostream& out, const std::string& path, std::string_view text, Existing existing) {
  if (!document_to_stdout(path)) return write_output(path, text, existing, printable_lines);
  // Through `out`, not descriptor 1 itself: what the command printed before
  // stays before it, and a failed write is reported as standard output's.
  if (::isatty(STDOUT_FILENO) == 1) out << printable_lines(text);
  else out << text;
}

}  // namespace tenk
