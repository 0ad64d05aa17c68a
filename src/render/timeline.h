#pragma once
// `tenk render timeline`: the current plan as a Gantt chart, SVG.

#include <string>

#include "core/planner.h"
#include "core/journal.h"
#include "core/progress.h"

namespace tenk {

/// One row per resource in plan order (logged/done work first, greyed), bars
/// for its blocks on a date axis with weeks marked and today marked.
std::string render_timeline(const Curriculum& c, const Plan& plan, const Progress& progress,
                            const Journal& journal, Date today);

}  // namespace tenk
