#pragma once
// What the journal means for the planner (SPEC 3.3): the input of the
// current plan and of the baseline. The CLI and the property tests build
// plans through these same functions.

#include "core/journal.h"
#include "core/plan_graph.h"
#include "core/planner.h"
#include "core/progress.h"

namespace tenk {

/// The current plan's input: from `today`, with the journal applied
/// (`progress` = apply_journal(..., today)): remaining minutes, done and
/// started work; the minutes logged on `today` come off its capacity, and
/// the in-plan resources studied on `today` count toward its max_per_day.
PlanInput current_input(const PlanGraph& graph, const Progress& progress, const Journal& journal, Date today);

/// The baseline's input: from `start`, original estimates, nothing done
/// or started.
PlanInput baseline_input(const Curriculum& c, Date start);

/// Where the baseline starts: the curriculum's `start`, else the earliest
/// journal entry dated on or before `today` (later ones have not happened
/// yet), else `today`.
Date baseline_start(const Curriculum& c, const Journal& journal, Date today);

}  // namespace tenk
