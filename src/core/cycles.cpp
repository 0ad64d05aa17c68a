#include "core/cycles.h"

#include <algorithm>
#include <set>

namespace tenk {
namespace {

using Vertex = std::size_t;

// The requirement graph in compressed rows: the targets of vertex v are
// targets[first[v] .. first[v + 1]), in the order they were written. Two
// arrays instead of one vector per vertex (what boost::adjacency_list kept:
// 100k allocations on a 100k-resource file).
struct Rows {
  std::vector<std::size_t> first;
  std::vector<Vertex> targets;
};

// Depth-first search in vertex order, each vertex's edges in written order
// (the order boost::depth_first_search used, so the same cycles come out
// in the same order). Keeps the tree parent of every discovered vertex; on a
// back edge u -> v (v is an ancestor of u, still on the DFS stack) the
// cycle is the tree path v .. u plus the edge back to v. Only that path is
// printed, not how the search got to v: "report a -> c -> a, not b -> c -> a"
// (ninja's VerifyDAG). An explicit stack: a 100k-long chain cannot overflow.
std::vector<std::vector<Vertex>> back_edge_paths(const Rows& g, std::size_t limit) {
  enum Color : unsigned char { White, Gray, Black };
  const std::size_t n = g.first.size() - 1;
  std::vector<Color> color(n, White);
  std::vector<Vertex> parent(n);
  std::vector<std::pair<Vertex, std::size_t>> stack;  // vertex, its next edge
  std::vector<std::vector<Vertex>> found;
  for (Vertex root = 0; root < n; ++root) {
    if (color[root] != White) continue;
    color[root] = Gray;
    stack.push_back({root, g.first[root]});
    while (!stack.empty()) {
      auto& [u, e] = stack.back();
      if (e == g.first[u + 1]) {
        color[u] = Black;
        stack.pop_back();
        continue;
      }
      Vertex v = g.targets[e++];
      if (color[v] == White) {
        parent[v] = u;
        color[v] = Gray;
        stack.push_back({v, g.first[v]});  // invalidates u and e: not used after
      } else if (color[v] == Gray) {
        std::vector<Vertex> path{u};
        while (path.back() != v) path.push_back(parent[path.back()]);
        std::reverse(path.begin(), path.end());  // v ... u
        path.push_back(v);
        found.push_back(std::move(path));
        if (found.size() >= limit) return found;
      }
    }
  }
  return found;
}

}  // namespace

std::vector<Cycle> find_cycles(const Curriculum& c, std::size_t limit) {
  if (limit == 0) return {};
  // Vertices: resources 0..R-1 in file order, then choices R..R+C-1.
  const std::size_t r_count = c.resources.size();
  const std::size_t n = r_count + c.choices.size();
  Rows g;
  g.first.reserve(n + 1);
  std::size_t edges = 0;
  for (const auto& r : c.resources) edges += r.prerequisites.size();
  for (const auto& ch : c.choices) edges += ch.options.size();
  g.targets.reserve(edges);
  auto add_edges = [&](Vertex from, const std::vector<Ref>& refs) {
    g.first.push_back(g.targets.size());
    for (const auto& ref : refs) {
      std::size_t to;
      if (ref.target.is_resource()) to = static_cast<std::size_t>(ref.target.index);
      else if (ref.target.is_choice()) to = r_count + static_cast<std::size_t>(ref.target.index);
      else continue;
      // A resource requiring itself is reported by validate() in its own
      // words; as a cycle it would be said twice.
      if (to != from) g.targets.push_back(to);
    }
  };
  for (std::size_t i = 0; i < r_count; ++i) add_edges(i, c.resources[i].prerequisites);
  for (std::size_t i = 0; i < c.choices.size(); ++i) add_edges(r_count + i, c.choices[i].options);
  g.first.push_back(g.targets.size());

  auto name = [&](Vertex v) -> const std::string& {
    return v < r_count ? c.resources[v].id : c.choices[v - r_count].id;
  };
  std::vector<Cycle> cycles;
  std::set<std::vector<Vertex>> seen;
  for (auto& path : back_edge_paths(g, limit)) {
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
