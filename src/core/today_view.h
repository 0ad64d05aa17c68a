#pragma once
// What `tenk today` shows (SPEC 4): today's blocks with what each leaves,
// what finishing them unlocks, how much of today's schedule is logged, and
// the next study day when today has no block.

#include <optional>
#include <vector>

#include "core/standing.h"

namespace tenk {

struct TodayView {
  /// Today in the current plan, when it has blocks today.
  std::optional<PlanDay> day;
  /// The plan's next study day after `day` (the first, when today has
  /// none); none once the plan is done.
  std::optional<PlanDay> next;
  /// For each of today's blocks, minutes its resource has left after
  /// today (0 for practice).
  std::vector<Minutes> left_after;
  Minutes capacity = 0;      ///< what the schedule offers today
  Minutes logged_today = 0;  ///< logged today, on everything
  /// Resources that become startable when today's blocks are done.
  std::vector<int> unlocks;
};

TodayView today_view(Standing& s);

}  // namespace tenk
