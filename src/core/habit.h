#pragma once
// Habit strength: a streak that forgives. Loop Habit Tracker's score, an
// exponentially smoothed share of study days studied (docs/forecast.md).

#include <map>

#include "core/curriculum.h"

namespace tenk {

/// Loop's factor per study day, 0.5^(1/13): a day's weight halves after 13
/// study days, so a perfect month (30 days) reaches about 0.8.
double habit_decay();

/// Habit strength in [0, 1] on `today`: from the first date with hours, for
/// each date up to today, score = score * m + studied * (1 - m), with m =
/// habit_decay() and studied 1 when the date has hours. Dates without
/// capacity (rest days, days off) are skipped when nothing was logged, and
/// count as studied when something was (as the streak does). Today counts
/// only once it has hours: not logged yet does not lower it. 0 when nothing
/// was logged. `by_date` is minutes per date (streaks.h minutes_by_date).
double habit_strength(const Schedule& schedule, const std::map<Date, Minutes>& by_date, Date today);

}  // namespace tenk
