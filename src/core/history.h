#pragma once
// The journal read back over a stretch of dates (SPEC 4 `history`): the
// entries, and hours per id and in total per day, week or month.

#include <string>
#include <string_view>
#include <vector>

#include "core/curriculum.h"
#include "core/journal.h"

namespace tenk {

enum class HistoryBy { Day, Week, Month };

/// "day", "week", "month".
const char* history_by_name(HistoryBy by);

struct HistoryPeriod {
  Date start;           ///< the day, the week's Monday, or the month's first day
  Date end;             ///< its last day, within `to`
  Minutes minutes = 0;  ///< hours logged in it, in all
  /// Minutes per id, in order of the id's first entry in the period.
  std::vector<std::pair<std::string, Minutes>> by_id;
};

/// The entries dated from `from` to `to` (inclusive), only those about `id`
/// when it is not empty (a log entry's id or a pick entry's choice), in date
/// order, file order within a date.
std::vector<const JournalEntry*> entries_between(const Journal& journal, Date from, Date to, std::string_view id = {});

/// The periods of the kind `by` within from..to that have hours logged, in
/// order (the first and last cut to from and to); the empty ones between
/// them are left for the reader to see as gaps. `entries` as
/// entries_between returns them. Linear in the entries, whatever the span.
std::vector<HistoryPeriod> history_periods(const std::vector<const JournalEntry*>& entries, Date from, Date to,
                                           HistoryBy by);

/// What `entries` log in all: minutes, and the days with study time.
struct HistoryTotals {
  Minutes minutes = 0;
  std::size_t days = 0;
};
HistoryTotals history_totals(const std::vector<const JournalEntry*>& entries);

/// A gap between days studied, as the schedule sees it: how many of its
/// days were study days and how many rest days. Counted up to 100,000 days.
struct GapDays {
  int study = 0;
  int rest = 0;
};
GapDays gap_days(const Schedule& schedule, Date from, Date to);

}  // namespace tenk
