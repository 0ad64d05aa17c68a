#pragma once
// The limits on what a learner enters, each defined once and used by every
// reader that checks it: the curriculum loader, the journal reader, `tenk log`.

#include "core/duration.h"

namespace tenk {

/// A day has 24 hours: the most a day's schedule holds, one journal entry
/// logs, and all of one date's entries add up to.
inline constexpr double kHoursPerDay = 24;
inline constexpr Minutes kMinutesPerDay = 24 * 60;

/// The most hours one resource can take: its estimate (`hours`) and a
/// re-estimate of what is left (`left`, `tenk log --left`).
inline constexpr double kMaxResourceHours = 10'000;

/// The most resources a day may be planned with (the schedule's max_per_day).
inline constexpr long long kMaxResourcesPerDay = 1'000;

}  // namespace tenk
