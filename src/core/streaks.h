#pragma once
// Daily-habit figures: streaks, hours per day, the goal projection.

#include <map>
#include <optional>

#include "core/curriculum.h"
#include "core/journal.h"

namespace tenk {

/// Minutes logged per date (dates with none are absent), entries up to `until`.
std::map<Date, Minutes> minutes_by_date(const Journal& journal, Date until);

struct Streaks {
  int current = 0;  ///< study days in a row with hours, counting back from today
  int longest = 0;  ///< the longest such run in the whole journal
};

/// SPEC 4 streaks: only study days (capacity > 0) count; days without
/// capacity neither break nor extend a run; today not logged yet does not
/// break the current streak (but a logged today extends it). A day without
/// capacity that has hours anyway does extend the run. Dates after `today`
/// are ignored; `longest` counts the same way over all earlier dates.
/// Example: Mon-Fri study, logged Thu, Fri, Mon: current 3 on Monday.
Streaks compute_streaks(const Schedule& schedule, const std::map<Date, Minutes>& by_date, Date today);

}  // namespace tenk
