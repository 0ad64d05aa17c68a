#pragma once
// An independent checker of the SPEC 3.2 plan invariants, and the random
// curricula the property tests feed the planner.

#include <cstdint>
#include <string>

#include "core/plan_graph.h"
#include "core/planner.h"

namespace tenk::test {

/// Checks invariants 1-6 and 9 of SPEC 3.2, and the priority order (on the
/// day a resource starts, no ready unstarted resource of its track has a
/// higher effective priority) (and the plan's own bookkeeping: spans,
/// end, capacities, lower bound) by replaying the plan from scratch. Returns
/// "" when all hold, else a description of the first violation.
std::string check_invariants(const PlanGraph& g, const PlanInput& in, const Plan& p);

/// The input a journal gives after following the first `k` days of `p`
/// exactly: remaining reduced, worked resources started, finished ones done;
/// planning starts the day after day k.
PlanInput after_days(const PlanGraph& g, const PlanInput& in, const Plan& p, std::size_t k);

/// A random valid curriculum with picks and a journal-like input.
struct RandomCase {
  Curriculum curriculum;
  Picks picks;
  PlanInput input;
};

struct RandomOptions {
  int max_resources = 60;
  /// Everything (estimates, remaining, capacities) a multiple of min_block,
  /// max_per_day unbounded, nothing touched: the end must be the lower bound.
  bool aligned = false;
  bool journal = true;  ///< random started/done/used_on_start/touched_on_start
  bool practice = true;  ///< up to 3 practice items, some with requirements
  /// List the practice-only days after the end, up to this many days after the start.
  int list_days = 0;
  bool tracks = false;   ///< 2 or 3 tracks with random shares, resources spread among them
  bool changes = false;  ///< up to 3 schedule changes (week, max_per_day, min_block)
};

/// Deterministic for a seed. The curriculum lives in the result: build the
/// PlanGraph from `result.curriculum` after the result has its final address.
RandomCase random_case(std::uint32_t seed, const RandomOptions& options = {});

}  // namespace tenk::test
