#include "core/plan_graph.h"

#include <algorithm>
#include <functional>
#include <queue>

#include <boost/graph/adjacency_list.hpp>

#include "core/error.h"

namespace tenk {

// Vertices are positions in in_plan_list_ (so vertex order is file order);
// an edge runs from a requirement to its dependent. bidirectionalS gives
// in_degree() for Kahn's algorithm without a second pass.
struct PlanGraph::Impl {
  // Edges kept in a vector (not Boost's default std::list): one allocation
  // per edge would dominate building a 100k-resource graph.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                      boost::no_property, boost::no_property, boost::vecS>;
  Graph graph;
  std::vector<int> vertex_of;  ///< per resource: its vertex, or -1 outside the plan
};

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// The resource a choice stands for: its pick when that is a real resource,
// else its first option that is (a defensive default; callers pass valid picks).
int pick_of(const Curriculum& c, const Picks& picks, int choice) {
  const int n = static_cast<int>(c.resources.size());
  if (idx(choice) < picks.size() && picks[idx(choice)] >= 0 && picks[idx(choice)] < n)
    return picks[idx(choice)];
  for (const auto& ref : c.choices[idx(choice)].options)
    if (ref.target.is_resource()) return ref.target.index;
  return -1;
}

}  // namespace

Picks first_options(const Curriculum& c) {
  Picks picks(c.choices.size(), -1);
  for (std::size_t ch = 0; ch < c.choices.size(); ++ch)
    for (const auto& ref : c.choices[ch].options)
      if (ref.target.is_resource()) {
        picks[ch] = ref.target.index;
        break;
      }
  return picks;
}

PlanGraph::PlanGraph(const Curriculum& c, const Picks& picks)
    : curriculum_(&c), picks_(picks), impl_(std::make_unique<Impl>()) {
  const std::size_t n = c.resources.size();
  in_plan_.assign(n, false);

  // Requirements of every resource, choices resolved to their picks. Kept for
  // resources outside the plan too: cheap, and it is what they would require.
  for (std::size_t r = 0; r < n; ++r) {
    for (const auto& ref : c.resources[r].prerequisites) {
      int q = -1;
      if (ref.target.is_resource()) q = ref.target.index;
      else if (ref.target.is_choice()) q = pick_of(c, picks_, ref.target.index);
      auto so_far = requirements_.open_list();
      if (q < 0 || idx(q) == r || std::find(so_far.begin(), so_far.end(), q) != so_far.end()) continue;
      requirements_.push(q);
    }
    requirements_.close();
  }

  // Seeds: every resource that is not an option, and each choice's pick;
  // then everything they require (iterative DFS: no recursion depth limit).
  std::vector<int> stack;
  auto option_of = c.option_of();
  auto seed = [&](int r) {
    if (r >= 0 && !in_plan_[idx(r)]) {
      in_plan_[idx(r)] = true;
      stack.push_back(r);
    }
  };
  for (std::size_t r = 0; r < n; ++r)
    if (option_of[r] < 0) seed(static_cast<int>(r));
  for (std::size_t ch = 0; ch < c.choices.size(); ++ch) seed(pick_of(c, picks_, static_cast<int>(ch)));
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    for (int q : requirements_[idx(r)]) seed(q);
  }

  impl_->vertex_of.assign(n, -1);
  for (std::size_t r = 0; r < n; ++r)
    if (in_plan_[r]) {
      impl_->vertex_of[r] = static_cast<int>(in_plan_list_.size());
      in_plan_list_.push_back(static_cast<int>(r));
    }
  // Dependents: count them, then walk the dependents in file order, which
  // fills each list in file order.
  std::vector<std::size_t> starts(n + 1, 0);
  std::vector<std::pair<std::size_t, std::size_t>> edges;
  for (int r : in_plan_list_)
    for (int q : requirements_[idx(r)]) {
      ++starts[idx(q) + 1];
      edges.emplace_back(idx(impl_->vertex_of[idx(q)]), idx(impl_->vertex_of[idx(r)]));
    }
  for (std::size_t i = 0; i < n; ++i) starts[i + 1] += starts[i];
  std::vector<int> items(edges.size());
  std::vector<std::size_t> next(starts.begin(), starts.end() - 1);
  for (int r : in_plan_list_)
    for (int q : requirements_[idx(r)]) items[next[idx(q)]++] = r;
  dependents_ = IndexLists(std::move(starts), std::move(items));
  impl_->graph = Impl::Graph(edges.begin(), edges.end(), in_plan_list_.size(), edges.size());
}

PlanGraph::~PlanGraph() = default;
PlanGraph::PlanGraph(PlanGraph&&) noexcept = default;
PlanGraph& PlanGraph::operator=(PlanGraph&&) noexcept = default;

std::span<const int> PlanGraph::requirements(int resource) const {
  return idx(resource) < requirements_.size() ? requirements_[idx(resource)] : std::span<const int>();
}

std::span<const int> PlanGraph::dependents(int resource) const {
  return idx(resource) < dependents_.size() ? dependents_[idx(resource)] : std::span<const int>();
}

std::vector<int> PlanGraph::topological_order() const {
  // Kahn's algorithm with a min-heap of vertices: vertex order is file order,
  // so among the resources free to go next the earliest in the file wins.
  // (Boost's topological_sort would give reverse DFS finish order instead.)
  const auto& g = impl_->graph;
  const std::size_t nv = boost::num_vertices(g);
  std::vector<std::size_t> indegree(nv);
  std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> free;
  for (std::size_t v = 0; v < nv; ++v)
    if ((indegree[v] = boost::in_degree(v, g)) == 0) free.push(v);
  std::vector<int> order;
  order.reserve(nv);
  while (!free.empty()) {
    std::size_t v = free.top();
    free.pop();
    order.push_back(in_plan_list_[v]);
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
      if (--indegree[boost::target(*e, g)] == 0) free.push(boost::target(*e, g));
  }
  if (order.size() != nv) throw InputError("the requirements form a cycle (run `tenk check`)");
  return order;
}

std::vector<int> PlanGraph::closure(int resource) const {
  std::vector<int> out;
  if (idx(resource) >= requirements_.size()) return out;
  std::vector<bool> seen(requirements_.size(), false);
  std::vector<int> stack{resource};
  seen[idx(resource)] = true;
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    out.push_back(r);
    for (int q : requirements_[idx(r)])
      if (!seen[idx(q)]) {
        seen[idx(q)] = true;
        stack.push_back(q);
      }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Minutes> PlanGraph::chain_behind(const std::vector<Minutes>& remaining) const {
  // Dependents before requirements: chain[r] = own + the best chain among the
  // resources that directly depend on r. E.g. a -> b (3), a -> c (5), c -> d (1),
  // a = 2: chain[d] = 1, chain[c] = 6, chain[b] = 3, chain[a] = 2 + 6 = 8.
  // Finished work (nothing remaining) has chain 0 and passes nothing on:
  // with a -> b -> c and b done, c no longer waits for a. Passing c's chain
  // through b would also break the planner's stability (SPEC 3.2 #8): once c
  // is worked on, a's chain would shrink although a has not moved.
  // Any topological order will do here, so a plain stack (O(V + E)) rather
  // than the file-order heap of topological_order(): dependents first.
  std::vector<Minutes> chain(requirements_.size(), 0);
  std::vector<int> waiting(requirements_.size(), 0), stack;
  for (int r : in_plan_list_)
    if ((waiting[idx(r)] = static_cast<int>(dependents_[idx(r)].size())) == 0) stack.push_back(r);
  std::size_t seen = 0;
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    ++seen;
    for (int q : requirements_[idx(r)])
      if (--waiting[idx(q)] == 0) stack.push_back(q);
    Minutes own = idx(r) < remaining.size() ? std::max<Minutes>(0, remaining[idx(r)]) : 0;
    if (own == 0) continue;
    Minutes behind = 0;
    for (int d : dependents_[idx(r)]) behind = std::max(behind, chain[idx(d)]);
    chain[idx(r)] = own + behind;
  }
  if (seen != in_plan_list_.size()) throw InputError("the requirements form a cycle (run `tenk check`)");
  return chain;
}

std::vector<int> PlanGraph::critical_path(const std::vector<Minutes>& remaining) const {
  auto chain = chain_behind(remaining);
  auto own = [&](int r) { return idx(r) < remaining.size() ? std::max<Minutes>(0, remaining[idx(r)]) : 0; };
  // Start at the longest chain among resources with work left (file order on
  // ties); a requirement with nothing left would only repeat the same chain.
  int at = -1;
  for (int r : in_plan_list_)
    if (own(r) > 0 && (at < 0 || chain[idx(r)] > chain[idx(at)])) at = r;
  std::vector<int> path;
  while (at >= 0) {
    path.push_back(at);
    int next = -1;
    for (int d : dependents_[idx(at)])
      if (chain[idx(d)] > 0 && (next < 0 || chain[idx(d)] > chain[idx(next)])) next = d;
    at = next;
  }
  return path;
}

}  // namespace tenk
