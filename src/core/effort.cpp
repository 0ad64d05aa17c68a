#include "core/effort.h"

#include <algorithm>

namespace tenk {

Date day_one(const Curriculum& c, const Journal& journal, Date today) {
  std::optional<Date> first = c.start;
  for (const auto& e : journal)
    if (e.date <= today && (!first || e.date < *first)) first = e.date;
  return first ? *first : today;
}

std::optional<int> day_number(Date day1, Date date) {
  if (date < day1) return std::nullopt;
  return date - day1 + 1;
}

const char* effort_state_name(EffortState s) {
  switch (s) {
    case EffortState::NotStarted: return "not_started";
    case EffortState::Behind: return "behind";
    case EffortState::OnSchedule: return "on_schedule";
    case EffortState::Ahead: return "ahead";
    case EffortState::Finished: return "finished";
  }
  return "on_schedule";
}

Effort compute_effort(const Curriculum& c, const Journal& journal, const PlanGraph& graph, const Progress& progress,
                      Date today) {
  Effort e;
  const Date first = day_one(c, journal, today);
  int study_days = 0;
  // One pass over the dates from Day 1 to yesterday: a journal reaches back
  // years at most, and capacity() is a lookup.
  for (Date d = first; d < today; ++d) {
    const Minutes offered = c.schedule.capacity(d);
    e.offered += offered;
    if (offered > 0) ++study_days;
  }
  for (const auto& entry : journal)
    if (entry.studied_minutes && entry.date >= first && entry.date < today) e.logged += *entry.studied_minutes;
  e.delta = e.logged - e.offered;
  if (study_days > 0) {
    e.study_day = e.offered / study_days;
  } else {
    Minutes week = 0;
    int days = 0;
    for (Date d = today; d < today + 7; ++d)
      if (Minutes m = c.schedule.capacity(d); m > 0) week += m, ++days;
    e.study_day = days ? week / days : 0;
  }

  bool all_done = true;
  for (int r : graph.resources())
    if (!progress.resources[static_cast<std::size_t>(r)].done) all_done = false;
  // Ahead or behind once the difference is a block's worth; a min_block of
  // 0 still needs a minute of difference.
  const Minutes threshold = std::max<Minutes>(1, c.schedule.min_block);
  if (all_done)
    e.state = EffortState::Finished;
  else if (today < first)
    e.state = EffortState::NotStarted;
  else if (e.delta >= threshold)
    e.state = EffortState::Ahead;
  else if (-e.delta >= threshold)
    e.state = EffortState::Behind;
  else
    e.state = EffortState::OnSchedule;
  return e;
}

}  // namespace tenk
