#include "core/summary.h"

#include <algorithm>

#include "core/capacity.h"
#include "core/habit.h"
#include "core/plan_input.h"

namespace tenk {

ForecastInput forecast_input(const Curriculum& c, const Journal& journal, const Plan& current,
                             const Evidence& evidence, Minutes logged, double goal_hours, Date today) {
  ForecastInput in;
  in.start = today;
  for (const auto& span : current.spans) in.remaining.push_back(span.minutes);
  const Minutes left_today = std::max<Minutes>(0, c.schedule.capacity(today) - logged_on(journal, today));
  const Schedule* schedule = &c.schedule;
  in.capacity = [schedule, today, left_today](Date d) { return d == today ? left_today : schedule->capacity(d); };
  // Practice items reserve their weekly hours from the date the plan
  // unlocks them (SPEC 3.1) for as long as resources remain, which in a
  // slow run is past the plan's end: the work gets what they leave.
  std::vector<const Practice*> reserving;
  std::vector<Date> from;
  Minutes practice_today = 0;  // today's reservations still open
  for (std::size_t p = 0; p < c.practice.size() && p < current.practice_from.size(); ++p) {
    if (!current.practice_from[p]) continue;
    reserving.push_back(&c.practice[p]);
    from.push_back(*current.practice_from[p]);
    if (*current.practice_from[p] <= today) {
      Minutes used = 0;
      for (const auto& e : journal)
        if (e.date == today && e.id == c.practice[p].id && e.studied_minutes) used += *e.studied_minutes;
      practice_today += std::max<Minutes>(0, c.practice[p].week[static_cast<std::size_t>(today.weekday())] - used);
    }
  }
  if (!reserving.empty()) {
    in.work_capacity = [schedule, today, left_today, practice_today, reserving, from](Date d) {
      if (d == today) return std::max<Minutes>(0, left_today - practice_today);
      Minutes reserved = 0;
      for (std::size_t i = 0; i < reserving.size(); ++i)
        if (from[i] <= d) reserved += reserving[i]->week[static_cast<std::size_t>(d.weekday())];
      return std::max<Minutes>(0, schedule->capacity(d) - reserved);
    };
  }
  in.logged = logged;
  in.goal = goal_hours > 0 && goal_hours <= 1e12 ? to_minutes(goal_hours) : 0;
  for (const auto& p : evidence.pace) in.pace.push_back(p.pace);
  for (const auto& r : evidence.rhythm) in.rhythm.push_back(r.rhythm);
  return in;
}

Summary summarize(const Curriculum& c, const Journal& journal, const Progress& progress, const Plan& baseline,
                  const Plan& current, Date today) {
  Summary s;
  auto by_date = minutes_by_date(journal, today);
  for (const auto& [date, minutes] : by_date) {
    s.logged += minutes;
    if (date < today) s.logged_to_date += minutes;
  }
  for (const auto& day : baseline.days) {
    if (day.date >= today) break;
    for (const auto& b : day.blocks) s.baseline_to_date += b.minutes;
  }
  s.delta = s.logged_to_date - s.baseline_to_date;
  s.streaks = compute_streaks(c.schedule, by_date, today);
  s.baseline_end = baseline.end;
  s.end = current.end;
  // Nothing left to plan: the current plan "ends" today whatever day today
  // is, so the end is when the work did, the last entry on a resource
  // (SPEC 3.3: finished, never behind).
  s.finished = !current.has_resources();
  if (s.finished) {
    std::optional<Date> last;
    for (const auto& e : journal)
      if (!e.is_pick() && e.date <= today && c.find(e.id).is_resource() && (!last || e.date > *last)) last = e.date;
    if (last) s.end = *last;
  }
  // SPEC leaves goal_hours optional; the product is about the 10,000 hours,
  // so that is the default target (docs/spec-notes.md).
  s.goal_hours = c.goal_hours.value_or(10000.0);
  Minutes goal_left = to_minutes(s.goal_hours) - s.logged;
  s.goal_eta = date_covering(c.schedule, today, goal_left,
                             std::max<Minutes>(0, c.schedule.capacity(today) - logged_on(journal, today)));
  s.schedule_delta_days = baseline.end - s.end;
  s.day1 = day_one(c, journal, today);
  s.day = day_number(s.day1, today);
  const PlanGraph graph(c, progress.picks);
  s.effort = compute_effort(c, journal, graph, progress, today);
  // The baseline made again with today's picks: its end against the
  // baseline's is what the picks did. With the baseline's own picks that is
  // nothing, and no second plan is made.
  if (progress.picks != first_options(c))
    s.end_change.picks = make_plan(graph, baseline_input(c, baseline_start(c, journal, today))).end - baseline.end;
  s.end_change.other = (s.end - baseline.end) - s.end_change.picks;
  s.habit_strength = habit_strength(c.schedule, by_date, today);

  s.evidence.pace = learn_pace(c, progress);
  s.evidence.rhythm = learn_rhythm(by_date, [&c](Date d) { return c.schedule.capacity(d); }, today);
  if (s.evidence.enough()) {
    s.forecast_from = forecast_input(c, journal, current, s.evidence, s.logged, s.goal_hours, today);
    s.forecast = run_forecast(s.forecast_from);
    if (s.goal_hours > 0) s.goal_forecast = Summary::GoalForecast{s.forecast->goal_p50, s.forecast->goal_p85};
  } else {
    s.forecast_needs = forecast_needs(s.evidence);
    if (s.goal_hours > 0 && s.evidence.rhythm.size() >= static_cast<std::size_t>(kMinRhythmSamples)) {
      // The goal needs only the rhythm: any pace will do, the runs' goal
      // dates do not read it.
      Evidence rhythm_only = s.evidence;
      rhythm_only.pace = {PaceSample{-1, 60, 60, 1.0}};
      const Forecast goal =
          run_forecast(forecast_input(c, journal, current, rhythm_only, s.logged, s.goal_hours, today));
      s.goal_forecast = Summary::GoalForecast{goal.goal_p50, goal.goal_p85};
    }
  }
  return s;
}

}  // namespace tenk
