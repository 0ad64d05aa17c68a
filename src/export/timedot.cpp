#include "export/timedot.h"

#include "core/utf8.h"

namespace tenk {
namespace {

// A note on one line: hledger reads a comment to the end of its line.
std::string one_line(const std::string& text) {
  std::string out = valid_utf8(text);
  for (char& ch : out)
    if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ch = ' ';
  return out;
}

}  // namespace

std::string timedot_text(const std::string& curriculum_id, const std::vector<LedgerRow>& rows) {
  std::string out = "# tenk journal of curriculum " + curriculum_id + ", hours as hledger timedot\n";
  const LedgerRow* previous = nullptr;
  for (const auto& r : rows) {
    if (!previous || previous->date != r.date) out += "\n" + r.date.str() + "\n";
    out += "tenk:" + curriculum_id + ":" + r.id + "  " + format_hundredths(r.hundredths);
    if (!r.note.empty()) out += "  ; " + one_line(r.note);
    out += '\n';
    previous = &r;
  }
  return out;
}

}  // namespace tenk
