#pragma once
// The journal as CSV (RFC 4180), for spreadsheets: `tenk export csv`.

#include <string>
#include <vector>

#include "export/ledger_rows.h"

namespace tenk {

/// The rows as CSV: the header `date,id,title,hours,note`, then one record
/// per row, each ended by CRLF. A field holding `,` `"` CR or LF is quoted,
/// with `"` doubled; text is kept exactly as logged (a note may span lines)
/// except bytes that are not UTF-8, which become U+FFFD, and a text cell
/// (id, title, note) starting with `=` `+` `-` `@` tab or CR, which gets a
/// leading `'` so that a spreadsheet never runs it as a formula. Hours are the
/// row's hundredths, H.HH (see ledger_rows), so a spreadsheet's sums match
/// tenk's.
/// Example: {2024-06-08, python, "Python", 90 min, "a, b"} ->
/// "date,id,title,hours,note\r\n2024-06-08,python,Python,1.50,\"a, b\"\r\n".
std::string csv_text(const std::vector<LedgerRow>& rows);

}  // namespace tenk
