#pragma once
// `tenk render burnup`: cumulative hours against dates, SVG (SPEC 5).

#include <map>
#include <optional>
#include <string>

#include "core/curriculum.h"
#include "core/planner.h"
#include "core/summary.h"
#include "core/window.h"
#include "render/picture.h"

namespace tenk {

/// The baseline as the line to stay above (Beeminder's "road"), the hours
/// logged, the current plan from today and, with a forecast, its p50-p85
/// band up to the curriculum's hours; today, the plan's end and the goal
/// marked. The x axis runs from the first of the baseline start and the
/// first logged date to the latest of the baseline end, the plan end and
/// the forecast's p85; the goal is drawn on the chart when its date (the
/// forecast's goal p50, else the date at every scheduled hour) lengthens
/// that span by at most half, and named in a note otherwise.
/// With a `window` (SPEC 5), the x axis is the window and the y axis the
/// heights inside it; lines run on, clipped, and the plan's end past the
/// window is named in a note. `logged` is minutes per date up to `today`
/// (streaks.h minutes_by_date); `summary` gives the forecast and the goal.
Picture render_burnup(const Curriculum& c, const Plan& baseline, const Plan& current,
                      const std::map<Date, Minutes>& logged, const Summary& summary, Date today,
                      const std::optional<DateWindow>& window);

}  // namespace tenk
