#include "core/streaks.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tenk {
namespace {

constexpr int kAverageDays = 28;

// True if some date strictly between a and b is a study day (capacity > 0):
// an unlogged study day there breaks a run. Stops at the first study day,
// so it looks at most at 7 days plus the off dates in the gap.
bool study_day_between(const Schedule& s, Date a, Date b) {
  auto has_study = [](const std::array<Minutes, 7>& week) {
    return std::any_of(week.begin(), week.end(), [](Minutes m) { return m > 0; });
  };
  bool any_study_weekday = has_study(s.week) || std::any_of(s.periods.begin(), s.periods.end(),
                                                            [&](const SchedulePeriod& p) { return has_study(p.week); });
  if (!any_study_weekday) return false;
  for (Date d = a + 1; d < b; ++d)
    if (s.capacity(d) > 0) return true;
  return false;
}

// Dates with hours on or before `today`, ascending. A date with hours
// counts whatever its capacity: studying on a rest day extends the run
// (it would be odd to log an hour on Sunday and see the streak ignore it),
// while a rest day without hours is skipped.
std::vector<Date> logged_dates(const std::map<Date, Minutes>& by_date, Date today) {
  std::vector<Date> out;
  for (const auto& [date, minutes] : by_date)
    if (date <= today && minutes > 0) out.push_back(date);
  return out;
}

}  // namespace

std::map<Date, Minutes> minutes_by_date(const Journal& journal, Date until) {
  std::map<Date, Minutes> out;
  for (const auto& e : journal)
    if (e.date <= until && !e.is_pick() && e.hours && *e.hours > 0) out[e.date] += *e.hours;
  return out;
}

Streaks compute_streaks(const Schedule& schedule, const std::map<Date, Minutes>& by_date, Date today) {
  Streaks s;
  auto dates = logged_dates(by_date, today);
  if (dates.empty()) return s;

  // Longest: walk the logged dates forward; a run breaks only where an
  // unlogged study day lies between two logged dates.
  int run = 0;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    run = (i > 0 && !study_day_between(schedule, dates[i - 1], dates[i])) ? run + 1 : 1;
    s.longest = std::max(s.longest, run);
  }

  // Current: the run ending at the last logged date, if nothing breaks it
  // between then and today. Today itself is excluded from that check (not
  // logged yet is not a break), hence the open interval (last, today).
  if (study_day_between(schedule, dates.back(), today)) return s;
  s.current = run;
  return s;
}

int average_window(const std::map<Date, Minutes>& by_date, Date today) {
  auto first = std::find_if(by_date.begin(), by_date.end(), [](const auto& kv) { return kv.second > 0; });
  if (first == by_date.end() || first->first > today) return kAverageDays;
  return std::clamp(today - first->first + 1, 1, kAverageDays);
}

std::optional<Date> goal_eta(const std::map<Date, Minutes>& by_date, double goal_hours, Date today) {
  if (!(goal_hours > 0) || !std::isfinite(goal_hours)) return std::nullopt;
  // SPEC 4: the last 28 days, or the days since the first entry if fewer
  // (a learner who started a week ago has a week's average, not a quarter of it).
  const int window = average_window(by_date, today);
  Minutes total = 0, recent = 0;
  Date window_start = today - (window - 1);
  for (const auto& [date, minutes] : by_date) {
    if (date > today) break;
    total += minutes;
    if (date >= window_start) recent += minutes;
  }
  // Whole minutes keep the division exact (no 10.0000001 -> 11 days). A goal
  // past 1e12 hours cannot be reached before 9999-12-31 at any pace.
  if (goal_hours > 1e12) return std::nullopt;
  Minutes left = static_cast<Minutes>(std::llround(goal_hours * 60.0)) - total;
  if (left <= 0) return today;
  if (recent <= 0) return std::nullopt;
  // ceil(left / (recent / window)) days, e.g. 10 h left at 28 h per 28 days -> 10 days.
  Minutes days = (left * window + recent - 1) / recent;
  if (days > static_cast<Minutes>(Date::max() - today)) return std::nullopt;
  return today + static_cast<std::int32_t>(days);
}

}  // namespace tenk
