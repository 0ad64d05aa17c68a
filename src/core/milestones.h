#pragma once
// Milestones and tracks as the commands show them (SPEC 1, 4): which
// milestone comes next in the plan, which milestones a resource leads to,
// and a resource's track.

#include <optional>
#include <vector>

#include "core/plan_graph.h"
#include "core/planner.h"

namespace tenk {

/// A milestone and the day the plan finishes it.
struct MilestoneEta {
  int resource = -1;
  Date end;
};

/// The milestone the plan finishes first (file order on ties), or nullopt
/// when no milestone is left in the plan.
std::optional<MilestoneEta> next_planned_milestone(const Curriculum& c, const Plan& plan);

/// The in-plan milestones that require `resource`, directly or not (choices
/// through their pick), in file order; `resource` itself is not listed.
std::vector<int> milestones_led_to(const PlanGraph& g, int resource);

/// The track of resource `r`, or nullptr when the curriculum has no tracks.
const Track* track_of(const Curriculum& c, int r);

}  // namespace tenk
