#include "core/cycles.h"

#include <algorithm>
#include <optional>
#include <set>

#include <boost/graph/depth_first_search.hpp>

#include "core/digraph.h"

namespace tenk {
namespace {

using Graph = Digraph;
using EdgeT = Digraph::edge_descriptor;

struct EnoughCycles {};  // thrown by the visitor to end the search at `limit`

// Keeps the tree parent of every discovered vertex; on a back edge u -> v
// (v is an ancestor of u, still on the DFS stack) the cycle is the tree path
// v .. u plus the edge back to v. Only that path is printed, not how the
// search got to v: "report a -> c -> a, not b -> c -> a" (ninja's VerifyDAG).
class CycleVisitor : public boost::default_dfs_visitor {
 public:
  CycleVisitor(std::vector<Vertex>& parent, std::vector<std::vector<Vertex>>& found, std::size_t limit)
      : parent_(&parent), found_(&found), limit_(limit) {}

  void tree_edge(EdgeT e, const Graph& g) { (*parent_)[boost::target(e, g)] = boost::source(e, g); }

  void back_edge(EdgeT e, const Graph& g) {
    Vertex u = boost::source(e, g), v = boost::target(e, g);
    std::vector<Vertex> path{u};
    while (path.back() != v) path.push_back((*parent_)[path.back()]);
    std::reverse(path.begin(), path.end());  // v ... u
    path.push_back(v);
    found_->push_back(std::move(path));
    if (found_->size() >= limit_) throw EnoughCycles{};
  }

 private:
  std::vector<Vertex>* parent_;
  std::vector<std::vector<Vertex>>* found_;
  std::size_t limit_;
};

}  // namespace

std::vector<Cycle> find_cycles(const Curriculum& c, std::size_t limit) {
  if (limit == 0) return {};
  // Vertices: resources 0..R-1 in file order, then choices R..R+C-1.
  const std::size_t r_count = c.resources.size();
  auto vertex_of = [&](const NodeRef& ref) -> std::optional<Vertex> {
    if (ref.is_resource()) return static_cast<Vertex>(ref.index);
    if (ref.is_choice()) return static_cast<Vertex>(r_count + static_cast<std::size_t>(ref.index));
    return std::nullopt;
  };
  std::vector<std::pair<Vertex, Vertex>> edges;
  auto add_edges = [&](Vertex from, const std::vector<Ref>& refs) {
    for (const auto& ref : refs) {
      auto to = vertex_of(ref.target);
      // A resource requiring itself is reported by validate() in its own
      // words; as a cycle it would be said twice.
      if (to && *to != from) edges.emplace_back(from, *to);
    }
  };
  for (std::size_t i = 0; i < r_count; ++i) add_edges(static_cast<Vertex>(i), c.resources[i].prerequisites);
  for (std::size_t i = 0; i < c.choices.size(); ++i)
    add_edges(static_cast<Vertex>(r_count + i), c.choices[i].options);
  const Graph g = make_digraph(r_count + c.choices.size(), edges);

  std::vector<Vertex> parent(boost::num_vertices(g));
  std::vector<std::vector<Vertex>> found;
  try {
    // Boost's DFS keeps its own stack (not recursion), and starts new trees
    // in vertex order, so the cycles come out in file order.
    boost::depth_first_search(g, boost::visitor(CycleVisitor(parent, found, limit)));
  } catch (const EnoughCycles&) {
  }

  auto name = [&](Vertex v) -> const std::string& {
    return v < r_count ? c.resources[v].id : c.choices[v - r_count].id;
  };
  std::vector<Cycle> cycles;
  std::set<std::vector<Vertex>> seen;
  for (auto& path : found) {
    if (!seen.insert(path).second) continue;
    Cycle cycle;
    cycle.reserve(path.size());
    for (Vertex v : path) cycle.push_back(name(v));
    cycles.push_back(std::move(cycle));
  }
  return cycles;
}

std::string format_cycle(const Cycle& cycle) {
  std::string out;
  for (std::size_t i = 0; i < cycle.size(); ++i) {
    if (i) out += " -> ";
    out += cycle[i];
  }
  return out;
}

}  // namespace tenk
