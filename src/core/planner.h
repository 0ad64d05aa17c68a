#pragma once
// The scheduler: remaining minutes of the in-plan resources into blocks on
// days (SPEC 3.2). Greedy day by day; see planner.cpp for why it meets the
// invariants and the lower bound.

#include <optional>
#include <vector>

#include "core/curriculum.h"
#include "core/date.h"
#include "core/plan_graph.h"

namespace tenk {

/// A piece of study: `minutes` of resource `resource` (curriculum index).
struct Block {
  int resource = -1;
  Minutes minutes = 0;
};

struct PlanDay {
  Date date;
  Minutes capacity = 0;  ///< minutes available for planning on this date
  std::vector<Block> blocks;  ///< in order of study; one block per resource per day
};

/// Where each planned resource falls.
struct ResourceSpan {
  int resource = -1;
  Date start, end;
  Minutes minutes = 0;  ///< minutes planned (its remaining minutes)
};

/// What the planner starts from.
struct PlanInput {
  Date start;  ///< first day to plan (today, or the baseline start)
  /// Remaining minutes per curriculum resource (all resources; entries for
  /// resources outside the plan or done are ignored / 0).
  std::vector<Minutes> remaining;
  /// Per resource: work already started (logged hours, not done). Started
  /// work goes first among ready work.
  std::vector<bool> started;
  /// Per resource: done (counts as finished for its dependents).
  std::vector<bool> done;
  /// Minutes already logged on the start day: taken off its capacity.
  Minutes used_on_start = 0;
  /// Resources already studied on the start day: they count toward
  /// max_per_day there.
  std::vector<int> touched_on_start;
};

struct Plan {
  Date start;
  Date end;              ///< last day with a block; == start when nothing to plan
  Date lower_bound_end;  ///< SPEC 3.2 lower bound
  std::vector<PlanDay> days;         ///< only days with blocks, in date order
  std::vector<ResourceSpan> spans;   ///< planned resources, in order of their start
  bool empty() const { return days.empty(); }
};

/// Plans every in-plan resource that is not done and has remaining minutes.
/// Deterministic. Throws InputError if the plan would end after Date::max()
/// (a schedule too thin for the work).
/// Cost: O((resources + requirements) log resources + days).
Plan make_plan(const PlanGraph& graph, const PlanInput& input);

}  // namespace tenk
