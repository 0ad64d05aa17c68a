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
    if (e.date <= until && !e.is_pick() && e.studied_minutes && *e.studied_minutes > 0) out[e.date] += *e.studied_minutes;
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

}  // namespace tenk
