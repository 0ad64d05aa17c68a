#include "core/milestones.h"

#include <algorithm>

namespace tenk {

std::optional<MilestoneEta> next_planned_milestone(const Curriculum& c, const Plan& plan) {
  std::optional<MilestoneEta> best;
  for (const auto& span : plan.spans) {
    if (!c.resources[static_cast<std::size_t>(span.resource)].milestone) continue;
    if (!best || span.end < best->end || (span.end == best->end && span.resource < best->resource))
      best = MilestoneEta{span.resource, span.end};
  }
  return best;
}

std::vector<int> milestones_led_to(const PlanGraph& g, int resource) {
  const auto& c = g.curriculum();
  std::vector<int> out;
  if (resource < 0 || static_cast<std::size_t>(resource) >= c.resources.size() || !g.in_plan(resource)) return out;
  std::vector<bool> seen(c.resources.size(), false);
  std::vector<int> stack{resource};
  seen[static_cast<std::size_t>(resource)] = true;
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    for (int d : g.dependents(r))
      if (!seen[static_cast<std::size_t>(d)]) {
        seen[static_cast<std::size_t>(d)] = true;
        stack.push_back(d);
        if (c.resources[static_cast<std::size_t>(d)].milestone) out.push_back(d);
      }
  }
  std::sort(out.begin(), out.end());
  return out;
}

const Track* track_of(const Curriculum& c, int r) {
  if (c.tracks.empty() || r < 0 || static_cast<std::size_t>(r) >= c.resources.size()) return nullptr;
  int t = c.resources[static_cast<std::size_t>(r)].track;
  return t >= 0 && static_cast<std::size_t>(t) < c.tracks.size() ? &c.tracks[static_cast<std::size_t>(t)] : nullptr;
}

}  // namespace tenk
