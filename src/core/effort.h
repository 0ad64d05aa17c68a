#pragma once
// Where the learner stands, apart from the plan (SPEC 3.3): Day N, effort
// (the hours the learner gave against the hours the schedule offered) and
// why the end date moved (the learner's picks, and the rest).

#include <optional>

#include "core/curriculum.h"
#include "core/journal.h"
#include "core/plan_graph.h"
#include "core/progress.h"

namespace tenk {

/// Day 1 (SPEC 3.3): the earlier of the curriculum's `start` and the date of
/// the first journal entry dated on or before `today` (later entries have
/// not happened yet); either alone if only one exists; else `today`.
Date day_one(const Curriculum& c, const Journal& journal, Date today);

/// The day number of `date` counted from `day1` (Day 1 is 1), or nullopt
/// before Day 1. Every place that shows "Day N" calls this.
std::optional<int> day_number(Date day1, Date date);

enum class EffortState { NotStarted, Behind, OnSchedule, Ahead, Finished };

/// "not_started", "behind", "on_schedule", "ahead", "finished".
const char* effort_state_name(EffortState s);

/// Effort (SPEC 3.3): hours logged from Day 1 to yesterday against the hours
/// the schedule offered on those days (practice included, days off none).
struct Effort {
  EffortState state = EffortState::NotStarted;
  Minutes offered = 0;  ///< capacity of the dates from Day 1 to yesterday
  Minutes logged = 0;   ///< minutes logged on those dates
  Minutes delta = 0;    ///< logged - offered
  /// The schedule's average study day over those dates (minutes on a date
  /// that offers any), or, when none offered anything, over the week from
  /// today; 0 when the schedule offers nothing at all. "About N study days".
  Minutes study_day = 0;
};

/// The learner's effort as of `today`. `graph` is the plan graph with the
/// current picks and `progress` = apply_journal(c, journal, today): when
/// every resource in the plan is done the state is Finished. Only the
/// schedule and the hours logged count: swaps, re-estimates, `done` (short
/// of the last one) and edits to the resources never change it.
Effort compute_effort(const Curriculum& c, const Journal& journal, const PlanGraph& graph, const Progress& progress,
                      Date today);

/// Why the end moved (SPEC 3.3), in days, positive = later: `picks` is the
/// end of the baseline made with today's picks minus the baseline's end;
/// `other` the rest of current end minus baseline end (hours logged,
/// re-estimates, `done`).
struct EndChange {
  int picks = 0;
  int other = 0;
};

}  // namespace tenk
