#include "core/capacity.h"

#include <algorithm>

namespace tenk {

namespace {

Minutes week_total(const std::array<Minutes, 7>& week) {
  Minutes total = 0;
  for (Minutes m : week) total += std::max<Minutes>(0, m);
  return total;
}

}  // namespace

Minutes week_capacity(const Schedule& s) { return week_total(s.week); }

std::optional<Date> date_covering(const Schedule& s, Date start, Minutes minutes,
                                  std::optional<Minutes> first_day_capacity) {
  if (minutes <= 0) return start;
  const Date last = Date::max();
  if (start > last) return std::nullopt;
  Minutes need = minutes - std::max<Minutes>(0, first_day_capacity.value_or(s.capacity(start)));
  if (need <= 0) return start;

  auto off = std::upper_bound(s.off.begin(), s.off.end(), start);
  // The schedule changes (SPEC 3.1) cut the calendar into periods, each
  // with its own week; `next_period` is the first change after d.
  auto next_period = std::upper_bound(s.periods.begin(), s.periods.end(), start,
                                      [](Date d, const SchedulePeriod& p) { return d < p.from; });
  Date d = start + 1;
  // Between two off dates (and changes) every run of 7 days holds exactly
  // `week` minutes, so whole weeks are skipped by division; then at most 7
  // days are walked one by one. E.g. 2 h every day, need 100 h: skip
  // (6000-1)/840 = 7 weeks (5880 min), then walk 1 more day: the 50th day after start.
  while (d <= last) {
    while (off != s.off.end() && *off < d) ++off;  // tolerate unsorted or repeated dates
    while (next_period != s.periods.end() && next_period->from <= d) ++next_period;
    const std::array<Minutes, 7>& days = s.week_on(d);
    const Minutes week = week_total(days);
    Date segment_end = off == s.off.end() ? last + 1 : *off;  // exclusive
    const bool change_first = next_period != s.periods.end() && next_period->from < segment_end;
    if (change_first) segment_end = next_period->from;
    if (week > 0) {
      std::int64_t weeks = std::min<std::int64_t>((need - 1) / week, (segment_end - d) / 7);
      if (weeks > 0) {
        need -= weeks * week;
        d = d + static_cast<std::int32_t>(weeks * 7);
      }
    } else {
      d = segment_end;  // nothing to gain before the next off date or change
    }
    for (; d < segment_end && d <= last; ++d) {
      need -= days[static_cast<std::size_t>(d.weekday())];
      if (need <= 0) return d;
    }
    if (change_first) continue;  // the change's date is an ordinary day of the next period
    if (d == segment_end && off != s.off.end()) {
      ++d;  // the off date itself gives nothing
      ++off;
    }
  }
  return std::nullopt;
}

}  // namespace tenk
