#pragma once
// The journal as hledger timedot (SPEC 6), for `tenk export timedot`.

#include <string>
#include <vector>

#include "export/ledger_rows.h"

namespace tenk {

/// The rows as hledger timedot: a `#` comment naming the curriculum, then
/// per date a `YYYY-MM-DD` line and one line per entry,
/// `tenk:<curriculum-id>:<id>  H.HH` (two spaces, two decimals, see
/// ledger_rows), with the note as a `  ; note` comment (newlines and other
/// control characters become spaces: a comment is one line). A blank line
/// between dates. An id that is not a valid one (a hand-edited journal)
/// keeps its ASCII letters, digits, `.`, `_` and `-`; every other byte is
/// written %XX ("old  9999 ;" -> "old%20%209999%20%3B"), so that hledger
/// reads one account for it whatever it holds. `hledger -f FILE balance`
/// then gives tenk's totals.
/// Example: {2024-06-08, python, 90 min, "ch. 1"} ->
/// "2024-06-08\ntenk:cml:python  1.50  ; ch. 1\n".
std::string timedot_text(const std::string& curriculum_id, const std::vector<LedgerRow>& rows);

}  // namespace tenk
