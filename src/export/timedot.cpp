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

// hledger ends an account name at two spaces (any Unicode space counts) or
// a tab, splits it at colons and reads `;` or `#` after a space as a
// comment; an id from a hand-edited journal may hold any of these. Letters,
// digits, `.`, `_` and `-` are kept (a valid id is all of them, so it is
// written as it is); every other byte is written %XX, `%` included, so two
// ids never share an account. Example: "old  9999 ;" -> "old%20%209999%20%3B".
std::string account_part(std::string_view id) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : id) {
    auto b = static_cast<unsigned char>(ch);
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
                ch == '_' || ch == '-';
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    }
  }
  return out;
}

}  // namespace

std::string timedot_text(const std::string& curriculum_id, const std::vector<LedgerRow>& rows) {
  const std::string prefix = "tenk:" + account_part(curriculum_id) + ":";
  std::string out = "# tenk journal of curriculum " + account_part(curriculum_id) + ", hours as hledger timedot\n";
  const LedgerRow* previous = nullptr;
  for (const auto& r : rows) {
    if (!previous || previous->date != r.date) out += "\n" + r.date.str() + "\n";
    out += prefix + account_part(r.id) + "  " + format_hundredths(r.hundredths);
    if (!r.note.empty()) out += "  ; " + one_line(r.note);
    out += '\n';
    previous = &r;
  }
  return out;
}

}  // namespace tenk
