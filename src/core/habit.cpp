#include "core/habit.h"

#include <cmath>

namespace tenk {

double habit_decay() { return std::pow(0.5, 1.0 / 13.0); }

double habit_strength(const Schedule& schedule, const std::map<Date, Minutes>& by_date, Date today) {
  const double m = habit_decay();
  double score = 0;
  auto it = by_date.begin();
  while (it != by_date.end() && it->second <= 0) ++it;
  if (it == by_date.end() || it->first > today) return 0;
  // One pass over the calendar, the logged dates consumed in step with it.
  for (Date d = it->first; d <= today; ++d) {
    while (it != by_date.end() && it->first < d) ++it;
    const bool studied = it != by_date.end() && it->first == d && it->second > 0;
    if (!studied && (d == today || schedule.capacity(d) <= 0)) continue;
    score = score * m + (studied ? 1.0 - m : 0.0);
  }
  return score;
}

}  // namespace tenk
