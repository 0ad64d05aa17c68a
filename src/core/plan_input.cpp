#include "core/plan_input.h"

#include <algorithm>

namespace tenk {

PlanInput current_input(const PlanGraph& graph, const Progress& progress, const Journal& journal, Date today) {
  const Curriculum& c = graph.curriculum();
  PlanInput input;
  input.start = today;
  input.remaining.resize(c.resources.size());
  input.started.resize(c.resources.size());
  input.done.resize(c.resources.size());
  for (std::size_t r = 0; r < c.resources.size(); ++r) {
    const auto& rp = progress.resources[r];
    input.remaining[r] = rp.done ? 0 : rp.remaining;
    input.done[r] = rp.done;
    input.started[r] = !rp.done && rp.logged > 0;
  }
  // Hours already studied today come off today's capacity, what was
  // studied counts toward today's max_per_day, and practice logged today
  // counts against that item's reservation first.
  input.practice_used_on_start.assign(c.practice.size(), 0);
  for (const auto& e : journal) {
    if (e.date != today || e.is_pick() || !e.studied_minutes) continue;
    input.used_on_start += *e.studied_minutes;
    auto ref = c.find(e.id);
    if (ref.is_practice()) input.practice_used_on_start[static_cast<std::size_t>(ref.index)] += *e.studied_minutes;
    if (!ref.is_resource() || !graph.in_plan(ref.index)) continue;
    if (std::find(input.touched_on_start.begin(), input.touched_on_start.end(), ref.index) ==
        input.touched_on_start.end())
      input.touched_on_start.push_back(ref.index);
  }
  return input;
}

PlanInput baseline_input(const Curriculum& c, Date start) {
  PlanInput in;
  in.start = start;
  in.remaining.reserve(c.resources.size());
  for (const auto& r : c.resources) in.remaining.push_back(r.minutes);
  in.started.assign(c.resources.size(), false);
  in.done.assign(c.resources.size(), false);
  return in;
}

Date baseline_start(const Curriculum& c, const Journal& journal, Date today) {
  if (c.start) return *c.start;
  std::optional<Date> first;
  for (const auto& e : journal)
    if (e.date <= today && (!first || e.date < *first)) first = e.date;
  return first ? *first : today;
}

}  // namespace tenk
