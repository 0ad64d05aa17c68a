#pragma once
// The progress figures of SPEC 4 `status` (also the one-line summary under
// `today`): the journal against the baseline and the current plan.

#include <optional>

#include "core/journal.h"
#include "core/planner.h"
#include "core/streaks.h"

namespace tenk {

struct Summary {
  Minutes logged = 0;            ///< all minutes logged up to today (inclusive)
  Minutes logged_to_date = 0;    ///< before today
  Minutes baseline_to_date = 0;  ///< what the baseline scheduled before today
  Minutes delta = 0;             ///< logged_to_date - baseline_to_date
  Streaks streaks;
  Date baseline_end, end;
  double goal_hours = 10000;
  std::optional<Date> goal_eta;
  /// When the goal is reached if every scheduled hour from today is studied.
  std::optional<Date> goal_eta_at_schedule;
  double average_28 = 0;  ///< hours per day over the last 28 days
};

/// The figures for `today`, entries dated after it ignored. `goal_hours`
/// defaults to 10,000 when the curriculum sets none.
Summary summarize(const Curriculum& c, const Journal& journal, const Plan& baseline, const Plan& current, Date today);

}  // namespace tenk
