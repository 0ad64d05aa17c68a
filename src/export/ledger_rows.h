#pragma once
// The journal's study time as the ledger exports write it (timedot, CSV):
// one row per entry with hours, each in hundredths of an hour chosen so that
// the sums a ledger makes of them match tenk's own figures.

#include <cstdint>
#include <string>
#include <vector>

#include "core/curriculum.h"
#include "core/journal.h"

namespace tenk {

/// One journal entry with hours, ready to be written as a ledger line.
struct LedgerRow {
  Date date;
  std::string id;
  std::string title;  ///< the resource's title; the id when the curriculum no longer has it
  std::string note;
  Minutes minutes = 0;           ///< exactly as logged
  std::int64_t hundredths = 0;   ///< the hours as written, times 100 (see ledger_rows)
};

/// The entries of `journal` that log hours, dated on or before `until`
/// (later ones are ignored, as every command ignores them), by date, in
/// file order within a date. Pick entries and entries without hours (a bare
/// `done`) are not study time and have no row.
///
/// SPEC 6 writes hours with two decimals, but m minutes are 5m/3 hundredths:
/// rounding each entry alone makes three 20-minute entries 0.99 h where tenk
/// says 1 h. So the hundredths are apportioned by largest remainder: the
/// total is tenk's total rounded to the nearest hundredth; each resource
/// gets its exact hours rounded down or up so that they add up to that
/// total; each entry gets its own rounded down or up so that they add up to
/// its resource's. Every entry, every resource and the total is then within
/// a hundredth of the exact figure, and the total is the nearest.
/// Ties go to the earlier row. Example: three 20-minute entries on one
/// resource -> 0.34, 0.33, 0.33 (total 1.00).
std::vector<LedgerRow> ledger_rows(const Curriculum& c, const Journal& journal, Date until);

/// `hundredths` as hours with two decimals: 150 -> "1.50", 5 -> "0.05".
std::string format_hundredths(std::int64_t hundredths);

}  // namespace tenk
