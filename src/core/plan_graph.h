#pragma once
// The prerequisite DAG of the resources in the plan, for one set of picks.
// The planner, the critical path and the renderers all read it.

#include <vector>

#include "core/curriculum.h"
#include "core/digraph.h"
#include "core/duration.h"

namespace tenk {

/// For each choice, the index of the picked resource.
using Picks = std::vector<int>;

/// The default picks: the first option of every choice.
Picks first_options(const Curriculum& c);

/// Which resources are in the plan (SPEC 1): every resource that is not an
/// option of a choice, the pick of every choice, and everything those and
/// the practice items require, transitively. Requirements naming a choice
/// mean its pick.
/// A vertex per curriculum resource (same index); an edge r -> q for each
/// in-plan resource r that requires q. `c` must be valid (resolved,
/// acyclic) and outlive the graph.
class PlanGraph {
 public:
  PlanGraph(const Curriculum& c, const Picks& picks);

  const Curriculum& curriculum() const { return *curriculum_; }
  const Picks& picks() const { return picks_; }

  /// In-plan resource indices, in file order.
  const std::vector<int>& resources() const { return in_plan_list_; }
  /// The estimates of the resources in the plan, in all: the curriculum's
  /// hours for these picks (`check`).
  Minutes estimate_minutes() const;
  bool in_plan(int resource) const { return in_plan_[static_cast<std::size_t>(resource)]; }
  /// Direct requirements of an in-plan resource (choices resolved to their
  /// pick, duplicates removed, in the order of its `requires`); empty for a
  /// resource outside the plan.
  Successors requirements(int resource) const { return successors(graph_, static_cast<Vertex>(resource)); }
  /// In-plan resources that directly require `resource`, in file order.
  Predecessors dependents(int resource) const { return predecessors(graph_, static_cast<Vertex>(resource)); }
  /// What practice item `p` requires: resource indices (choices resolved to
  /// their pick, duplicates removed), all in the plan. Practice items are
  /// not vertices of the graph: nothing may require them, so they only ever
  /// wait, at the edge of the DAG.
  const std::vector<int>& practice_requirements(int p) const { return practice_requires_[static_cast<std::size_t>(p)]; }

  /// In-plan resources, every requirement before its dependents; among
  /// those free to go next, file order first.
  std::vector<int> topological_order() const;
  /// `resource` and everything it transitively requires, in file order.
  std::vector<int> closure(int resource) const;
  /// For each resource index (size = all resources; 0 outside the plan):
  /// remaining[r] plus the longest chain of remaining minutes among the
  /// resources that transitively depend on r ("the work behind r").
  /// A resource with nothing remaining has 0 and passes nothing on (what
  /// follows finished work does not wait for what came before it).
  std::vector<Minutes> chain_behind(const std::vector<Minutes>& remaining) const;
  /// For each resource index (size = all resources; 0 outside the plan): its
  /// effective priority (SPEC 3.2), its own `priority` or, if higher, the
  /// effective priority of any in-plan resource requiring it (a requirement
  /// naming a choice counts for the pick). O(V + E).
  std::vector<int> effective_priority() const;
  /// The longest chain of remaining minutes through the plan, as resource
  /// indices from first requirement to last dependent. Ties: file order.
  std::vector<int> critical_path(const std::vector<Minutes>& remaining) const;

 private:
  const Curriculum* curriculum_;
  Picks picks_;
  std::vector<bool> in_plan_;
  std::vector<int> in_plan_list_;
  std::vector<std::vector<int>> practice_requires_;
  Digraph graph_;
};

}  // namespace tenk
