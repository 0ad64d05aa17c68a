#pragma once
// Which resources the graph picture draws: all of the plan, or one path,
// cut down to something Graphviz lays out quickly when it is too big.

#include <optional>
#include <string>
#include <vector>

#include "core/plan_graph.h"
#include "core/progress.h"
#include "render/graph_model.h"

namespace tenk {

struct Selection {
  std::vector<int> shown;     ///< in-plan resources drawn, file order
  std::vector<int> unpicked;  ///< options outside the plan drawn faded, file order
  int done_hidden = 0;        ///< done resources collapsed into the "_done" node
  Minutes done_logged = 0;
  int later_hidden = 0;       ///< not-done resources left out ("_later" node)
  Minutes later_minutes = 0;
  std::vector<int> after_done;    ///< shown resources with a collapsed done requirement
  std::vector<int> before_later;  ///< shown resources with a left-out dependent
  std::string note;               ///< "" when nothing was left out
};

/// The whole plan, or the resources of `path_to` and their closure, with the unpicked options
/// of the choices drawn. Above `max_nodes` the unpicked options go first;
/// then done work is collapsed and only the not-done resources nearest the
/// front of the plan are kept (whole layers of "what it requires is shown").
/// Throws InputError when `path_to` is not a resource in the plan.
Selection select_nodes(const PlanGraph& graph, const std::vector<ResourceState>& states,
                       const Progress& progress, const std::optional<std::vector<int>>& path_to,
                       std::size_t max_nodes);

/// Adds the "_done" and "_later" summary nodes of a cut picture, and their
/// dashed edges, to `m`.
void add_summaries(DotModel& m, const PlanGraph& graph, const Selection& sel, const char* done_fill);

}  // namespace tenk
