#pragma once
// `tenk render graph` and `render path`: the plan's DAG laid out by Graphviz
// (cgraph + gvc, dot engine) in-process.

#include <optional>
#include <string>
#include <vector>

#include "core/plan_graph.h"
#include "core/planner.h"
#include "core/progress.h"

namespace tenk {

enum class GraphFormat { Svg, Dot };

struct GraphPicture {
  const PlanGraph* graph = nullptr;
  const Progress* progress = nullptr;
  std::vector<ResourceState> states;  ///< per curriculum resource
  /// `path --to`: only this resource and what it transitively requires.
  std::optional<int> path_to;
  /// `path --to` a practice item: only it and what it transitively requires.
  std::optional<int> path_to_practice;
  /// The current plan: its order decides which rank a box goes to (the
  /// picture reads top to bottom in about the order of study). Optional.
  const Plan* plan = nullptr;
  /// Above this many resources the whole picture becomes an overview: done
  /// work in one box, the front of the plan drawn in full, grouped by first
  /// topic, the rest counted in one box (graph_select.h); the note says so.
  std::size_t max_nodes = 150;
  /// The curriculum's title and the legend above the graph; false inside a
  /// page that has its own (the report's path card).
  bool framed = true;
};

struct RenderedGraph {
  std::string text;  ///< SVG or DOT
  std::string note;  ///< for stderr, e.g. "showing 600 of 4000 resources ..."; may be empty
};

/// Throws InputError on a Graphviz failure.
RenderedGraph render_graph(const GraphPicture& picture, GraphFormat format);

}  // namespace tenk
