#pragma once
// `tenk render graph` and `render path`: the plan's DAG laid out by Graphviz
// (cgraph + gvc, dot engine) in-process.

#include <optional>
#include <string>
#include <vector>

#include "core/plan_graph.h"
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
  /// Above this many nodes the picture is cut down (see render_graph.cpp);
  /// the note says so.
  std::size_t max_nodes = 600;
};

struct RenderedGraph {
  std::string text;  ///< SVG or DOT
  std::string note;  ///< for stderr, e.g. "showing 600 of 4000 resources ..."; may be empty
};

/// Throws InputError on a Graphviz failure.
RenderedGraph render_graph(const GraphPicture& picture, GraphFormat format);

}  // namespace tenk
