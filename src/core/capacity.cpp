#include "core/capacity.h"

#include <algorithm>

namespace tenk {

Minutes week_capacity(const Schedule& s) {
  Minutes total = 0;
  for (Minutes m : s.week) total += std::max<Minutes>(0, m);
  return total;
}

std::optional<Date> date_covering(const Schedule& s, Date start, Minutes minutes,
                                  std::optional<Minutes> first_day_capacity) {
  if (minutes <= 0) return start;
  const Date last = Date::max();
  if (start > last) return std::nullopt;
  Minutes need = minutes - std::max<Minutes>(0, first_day_capacity.value_or(s.capacity(start)));
  if (need <= 0) return start;

  const Minutes week = week_capacity(s);
  auto off = std::upper_bound(s.off.begin(), s.off.end(), start);
  Date d = start + 1;
  // Between two off dates every run of 7 days holds exactly `week` minutes,
  // so whole weeks are skipped by division; then at most 7 days are walked
  // one by one. E.g. 2 h every day, need 100 h: skip (6000-1)/840 = 7 weeks
  // (5880 min), then walk 1 more day: the 50th day after start.
  while (d <= last) {
    while (off != s.off.end() && *off < d) ++off;  // tolerate unsorted or repeated dates
    const Date segment_end = off == s.off.end() ? last + 1 : *off;  // exclusive
    if (week > 0) {
      std::int64_t weeks = std::min<std::int64_t>((need - 1) / week, (segment_end - d) / 7);
      if (weeks > 0) {
        need -= weeks * week;
        d = d + static_cast<std::int32_t>(weeks * 7);
      }
    } else {
      d = segment_end;  // nothing to gain before the next off date
    }
    for (; d < segment_end && d <= last; ++d) {
      need -= s.week[static_cast<std::size_t>(d.weekday())];
      if (need <= 0) return d;
    }
    if (d == segment_end && off != s.off.end()) {
      ++d;  // the off date itself gives nothing
      ++off;
    }
  }
  return std::nullopt;
}

}  // namespace tenk
