#pragma once
// The progress figures of SPEC 4 `status` (also the one-line summary under
// `today`): the journal against the baseline and the current plan.

#include <optional>

#include "core/effort.h"
#include "core/forecast.h"
#include "core/journal.h"
#include "core/planner.h"
#include "core/progress.h"
#include "core/streaks.h"

namespace tenk {

struct Summary {
  Minutes logged = 0;            ///< all minutes logged up to today (inclusive)
  Minutes logged_to_date = 0;    ///< before today
  Minutes baseline_to_date = 0;  ///< what the baseline scheduled before today
  Minutes delta = 0;             ///< logged_to_date - baseline_to_date
  Streaks streaks;
  /// The baseline's end; the current end: the current plan's, or once
  /// finished the date of the last entry on a resource (not today).
  Date baseline_end, end;
  /// Every planned resource is done (SPEC 3.3): the learner is finished,
  /// never ahead or behind.
  bool finished = false;
  double goal_hours = 10000;
  /// When the goal is reached if every scheduled hour from today is
  /// studied (SPEC 4's goal_eta); at the learner's pace, forecast->goal_p50
  /// and goal_p85 (SPEC 3.4: no other projection).
  std::optional<Date> goal_eta;
  /// Baseline end minus current end, in days: positive = earlier. Once
  /// finished it no longer changes from day to day.
  int schedule_delta_days = 0;
  /// Day 1 (SPEC 3.3) and today's day number, nullopt before Day 1.
  Date day1;
  std::optional<int> day;
  /// The headline: hours logged against hours offered (SPEC 3.3).
  Effort effort;
  /// Why the end moved from the baseline's: picks, and the rest.
  EndChange end_change;
  /// Habit strength, 0-1 (core/habit.h).
  double habit_strength = 0;
  /// The journal's pace and rhythm lists (SPEC 3.4).
  Evidence evidence;
  /// The forecast of the current plan's remaining work and of the goal, or
  /// nullopt with `forecast_needs` saying what history is missing.
  std::optional<Forecast> forecast;
  std::string forecast_needs;
  /// The goal at the learner's rhythm (SPEC 3.4: "from the rhythm alone"),
  /// so it comes with two full weeks even before three resources are
  /// finished; nullopt before that or without a goal. With a forecast,
  /// its goal_p50 and goal_p85.
  struct GoalForecast {
    std::optional<Date> p50, p85;
  };
  std::optional<GoalForecast> goal_forecast;
  /// What the forecast was made from (with a forecast), so that a picture
  /// can replay its runs (studied_band). Its capacity refers to the
  /// curriculum's schedule: valid while the curriculum is.
  ForecastInput forecast_from;
};

/// The figures for `today`, entries dated after it ignored. `goal_hours`
/// defaults to 10,000 when the curriculum sets none. `progress` is
/// apply_journal(c, journal, today); `current` the plan made from it.
Summary summarize(const Curriculum& c, const Journal& journal, const Progress& progress, const Plan& baseline,
                  const Plan& current, Date today);

/// The forecast's input for the current plan (SPEC 3.4): the remaining
/// minutes of each planned resource, the schedule's capacity from `today`
/// (today's less what is already logged on it), the minutes logged up to
/// today and the goal, with the evidence's lists.
ForecastInput forecast_input(const Curriculum& c, const Journal& journal, const Plan& current,
                             const Evidence& evidence, Minutes logged, double goal_hours, Date today);

}  // namespace tenk
