#pragma once
// The one graph type of tenk: a Boost.Graph compressed sparse row graph,
// bidirectional so that both the edges out of a vertex and the edges into
// it are flat lists. Built once from an edge list and never changed, which
// is how tenk uses graphs: the requirement DAG of a plan (core/plan_graph.h)
// and the curriculum graph that cycles are looked for in (core/cycles.h).

#include <cstdint>
#include <utility>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/range/iterator_range.hpp>

namespace tenk {

using Vertex = std::uint32_t;
using Digraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, boost::no_property,
                                                   boost::no_property, Vertex, Vertex>;

/// A graph on `vertices` vertices with the given edges (source, target).
/// Out-edges of a vertex keep the order in which they are given, and
/// in-edges come in order of their source vertex.
Digraph make_digraph(std::size_t vertices, const std::vector<std::pair<Vertex, Vertex>>& edges);

/// A vertex as the int index callers use.
struct VertexIndex {
  int operator()(Vertex v) const { return static_cast<int>(v); }
};
/// The source of an edge, as an int index.
struct EdgeSource {
  const Digraph* g;
  int operator()(const Digraph::edge_descriptor& e) const { return static_cast<int>(boost::source(e, *g)); }
};

/// The targets of v's out-edges, as int indices (a range for `for`).
using Successors = boost::iterator_range<boost::transform_iterator<VertexIndex, Digraph::adjacency_iterator>>;
/// The sources of v's in-edges, as int indices.
using Predecessors = boost::iterator_range<boost::transform_iterator<EdgeSource, Digraph::in_edge_iterator>>;

Successors successors(const Digraph& g, Vertex v);
Predecessors predecessors(const Digraph& g, Vertex v);

}  // namespace tenk
