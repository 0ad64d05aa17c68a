#include "core/summary.h"

#include <algorithm>

#include "core/capacity.h"
#include "core/progress.h"

namespace tenk {

Summary summarize(const Curriculum& c, const Journal& journal, const Plan& baseline, const Plan& current, Date today) {
  Summary s;
  auto by_date = minutes_by_date(journal, today);
  for (const auto& [date, minutes] : by_date) {
    s.logged += minutes;
    if (date < today) s.logged_to_date += minutes;
  }
  for (const auto& day : baseline.days) {
    if (day.date >= today) break;
    for (const auto& b : day.blocks) s.baseline_to_date += b.minutes;
  }
  s.delta = s.logged_to_date - s.baseline_to_date;
  s.streaks = compute_streaks(c.schedule, by_date, today);
  s.baseline_end = baseline.end;
  s.end = current.end;
  // SPEC leaves goal_hours optional; the product is about the 10,000 hours,
  // so that is the default target (docs/spec-notes.md).
  s.goal_hours = c.goal_hours.value_or(10000.0);
  s.goal_eta = goal_eta(by_date, s.goal_hours, today);
  Minutes goal_left = to_minutes(s.goal_hours) - s.logged;
  s.goal_eta_at_schedule = date_covering(c.schedule, today, goal_left,
                                         std::max<Minutes>(0, c.schedule.capacity(today) - logged_on(journal, today)));
  Minutes recent = 0;
  for (auto it = by_date.lower_bound(today - 27); it != by_date.end() && it->first <= today; ++it)
    recent += it->second;
  s.average_28 = static_cast<double>(recent) / 60.0 / 28.0;
  return s;
}

}  // namespace tenk
