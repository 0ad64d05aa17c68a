#include "export/csv.h"

#include "core/utf8.h"

namespace tenk {
namespace {

std::string field(std::string_view raw) {
  std::string s = valid_utf8(raw);
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
