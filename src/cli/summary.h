#pragma once
// The progress figures of SPEC 4 `status`, shared by `status` and the
// one-line summary under `today`.

#include <optional>

#include "cli/context.h"
#include "core/streaks.h"

namespace tenk {

struct Summary {
  Minutes logged = 0;            ///< all hours logged up to today (inclusive)
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

Summary summarize(Context& ctx);

/// "1.5 h ahead", "2 h behind", "on plan".
std::string delta_text(Minutes delta);

}  // namespace tenk
