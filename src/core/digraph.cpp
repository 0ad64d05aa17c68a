#include "core/digraph.h"

namespace tenk {

Digraph make_digraph(std::size_t vertices, const std::vector<std::pair<Vertex, Vertex>>& edges) {
  // The multi-pass constructor counts the edges of each source, then places
  // them in input order: a stable bucket sort, O(vertices + edges).
  return Digraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), static_cast<Vertex>(vertices));
}

Successors successors(const Digraph& g, Vertex v) {
  auto [first, last] = boost::adjacent_vertices(v, g);
  return {boost::make_transform_iterator(first, VertexIndex{}), boost::make_transform_iterator(last, VertexIndex{})};
}

Predecessors predecessors(const Digraph& g, Vertex v) {
  auto [first, last] = boost::in_edges(v, g);
  return {boost::make_transform_iterator(first, EdgeSource{&g}), boost::make_transform_iterator(last, EdgeSource{&g})};
}

}  // namespace tenk
