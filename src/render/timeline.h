#pragma once
// `tenk render timeline`: the current plan as a Gantt chart, SVG.

#include <optional>
#include <string>

#include "core/planner.h"
#include "core/journal.h"
#include "core/progress.h"
#include "core/window.h"
#include "render/picture.h"

namespace tenk {

/// One row per resource in plan order (logged/done work first, greyed), bars
/// for its blocks on a date axis with weeks marked and today marked, over
/// `window` (SPEC 5), with the resources the plan starts after it counted
/// in words; nullopt: everything logged and planned.
Picture render_timeline(const Curriculum& c, const Plan& plan, const Progress& progress,
                            const Journal& journal, Date today, const std::optional<DateWindow>& window);

}  // namespace tenk
