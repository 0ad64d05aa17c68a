#pragma once
// Which dates a picture draws (SPEC 5): by default the learner's own work,
// visible from week one, rather than a five-year plan in which five weeks
// are a sliver. `--from`, `--until` and `--all` change it.

#include <optional>

#include "core/date.h"

namespace tenk {

/// Dates drawn, both inclusive.
struct DateWindow {
  Date from, until;
};

enum class WindowedPicture { Timeline, Heatmap, Burnup };

/// SPEC 5's default window. Before Day 1 (day1 > today) it starts today.
/// - heatmap: from the Monday of Day 1's week, at most the last 53 weeks, to today;
/// - burnup: from Day 1; timeline: from the later of Day 1 and 4 weeks before today;
///   both until today plus the longer of 8 weeks and the days since Day 1,
///   never past the plan's end (nor before today).
DateWindow default_window(WindowedPicture picture, Date day1, Date today, Date plan_end);

/// The window drawn: `all` gives nullopt (the whole plan, or for the
/// heatmap the whole journal); else the default with `from` and `until`
/// put in where given. InputError when from > until.
std::optional<DateWindow> choose_window(WindowedPicture picture, Date day1, Date today, Date plan_end,
                                        std::optional<Date> from, std::optional<Date> until, bool all);

}  // namespace tenk
