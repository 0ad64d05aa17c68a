#include "export/csv.h"

#include "core/utf8.h"

namespace tenk {
namespace {

// A spreadsheet runs a cell starting with one of these as a formula (or,
// for tab and CR, after trimming them): `=HYPERLINK(...)` in a title from
// someone else's curriculum must stay text.
bool looks_like_formula(std::string_view s) {
  return !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
}

// A text cell: `'` before what would be a formula (SPEC 6), then quoted
// where RFC 4180 needs it.
std::string field(std::string_view raw) {
  std::string s = valid_utf8(raw);
  if (looks_like_formula(s)) s.insert(0, 1, '\'');
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char ch : s) {
    if (ch == '"') q += '"';
    q += ch;
  }
  return q + "\"";
}

}  // namespace

std::string csv_text(const std::vector<LedgerRow>& rows) {
  std::string out = "date,id,title,hours,note\r\n";
  for (const auto& r : rows)
    out += r.date.str() + "," + field(r.id) + "," + field(r.title) + "," + format_hundredths(r.hundredths) + "," +
           field(r.note) + "\r\n";
  return out;
}

}  // namespace tenk
