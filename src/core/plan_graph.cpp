#include "core/plan_graph.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <queue>

#include "core/error.h"

namespace tenk {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

using Edges = std::vector<std::pair<Vertex, Vertex>>;

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

// Every resource's requirements as edges r -> q, choices resolved to their
// picks, in `requires` order, without self-loops or repeats.
Edges requirement_edges(const Curriculum& c, const Picks& picks) {
  Edges edges;
  std::vector<std::size_t> added_for(c.resources.size(), SIZE_MAX);  // per q: the last r that required it
  for (std::size_t r = 0; r < c.resources.size(); ++r)
    for (const auto& ref : c.resources[r].prerequisites) {
      int q = ref.target.is_resource() ? ref.target.index
              : ref.target.is_choice() ? pick_of(c, picks, ref.target.index)
                                       : -1;
      if (q < 0 || idx(q) == r || added_for[idx(q)] == r) continue;
      added_for[idx(q)] = r;
      edges.emplace_back(static_cast<Vertex>(r), static_cast<Vertex>(q));
    }
  return edges;
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

PlanGraph::PlanGraph(const Curriculum& c, const Picks& picks) : curriculum_(&c), picks_(picks) {
  const std::size_t n = c.resources.size();
  Edges edges = requirement_edges(c, picks_);

  // Seeds: every resource that is not an option, and each choice's pick;
  // then everything they require, found on the graph of all requirements
  // (an explicit stack: no recursion depth limit).
  const Digraph all = make_digraph(n, edges);
  in_plan_.assign(n, false);
  std::vector<int> stack;
  auto seed = [&](int r) {
    if (r >= 0 && !in_plan_[idx(r)]) {
      in_plan_[idx(r)] = true;
      stack.push_back(r);
    }
  };
  auto option_of = c.option_of();
  for (std::size_t r = 0; r < n; ++r)
    if (option_of[r] < 0) seed(static_cast<int>(r));
  for (std::size_t ch = 0; ch < c.choices.size(); ++ch) seed(pick_of(c, picks_, static_cast<int>(ch)));
  practice_requires_.resize(c.practice.size());
  for (std::size_t p = 0; p < c.practice.size(); ++p) {
    auto& reqs = practice_requires_[p];
    for (const auto& ref : c.practice[p].prerequisites) {
      int q = ref.target.is_resource() ? ref.target.index
              : ref.target.is_choice() ? pick_of(c, picks_, ref.target.index)
                                       : -1;
      if (q >= 0 && std::find(reqs.begin(), reqs.end(), q) == reqs.end()) reqs.push_back(q);
    }
    for (int q : reqs) seed(q);
  }
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    for (int q : successors(all, static_cast<Vertex>(r))) seed(q);
  }
  for (std::size_t r = 0; r < n; ++r)
    if (in_plan_[r]) in_plan_list_.push_back(static_cast<int>(r));

  // The plan's graph keeps the edges of in-plan resources only: what they
  // require is in the plan too, so no edge leaves it.
  std::erase_if(edges, [&](const auto& e) { return !in_plan_[e.first]; });
  graph_ = make_digraph(n, edges);
}

std::vector<int> PlanGraph::topological_order() const {
  // Kahn's algorithm with a min-heap of resource indices: among the
  // resources free to go next the earliest in the file wins. (Boost's
  // topological_sort would give reverse DFS finish order instead.)
  std::vector<std::size_t> waiting(in_plan_.size(), 0);
  std::priority_queue<int, std::vector<int>, std::greater<>> free;
  for (int r : in_plan_list_)
    if ((waiting[idx(r)] = boost::out_degree(static_cast<Vertex>(r), graph_)) == 0) free.push(r);
  std::vector<int> order;
  order.reserve(in_plan_list_.size());
  while (!free.empty()) {
    int r = free.top();
    free.pop();
    order.push_back(r);
    for (int d : dependents(r))
      if (--waiting[idx(d)] == 0) free.push(d);
  }
  if (order.size() != in_plan_list_.size()) throw InputError("the requirements form a cycle (run `tenk check`)");
  return order;
}

std::vector<int> PlanGraph::closure(int resource) const {
  std::vector<int> out;
  if (idx(resource) >= in_plan_.size()) return out;
  std::vector<bool> seen(in_plan_.size(), false);
  std::vector<int> stack{resource};
  seen[idx(resource)] = true;
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    out.push_back(r);
    for (int q : requirements(r))
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
  // Any order with dependents first will do, so a plain stack (O(V + E)).
  std::vector<Minutes> chain(in_plan_.size(), 0);
  std::vector<std::size_t> waiting(in_plan_.size(), 0);
  std::vector<int> stack;
  for (int r : in_plan_list_)
    if ((waiting[idx(r)] = boost::in_degree(static_cast<Vertex>(r), graph_)) == 0) stack.push_back(r);
  std::size_t seen = 0;
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    ++seen;
    for (int q : requirements(r))
      if (--waiting[idx(q)] == 0) stack.push_back(q);
    Minutes own = idx(r) < remaining.size() ? std::max<Minutes>(0, remaining[idx(r)]) : 0;
    if (own == 0) continue;
    Minutes behind = 0;
    for (int d : dependents(r)) behind = std::max(behind, chain[idx(d)]);
    chain[idx(r)] = own + behind;
  }
  if (seen != in_plan_list_.size()) throw InputError("the requirements form a cycle (run `tenk check`)");
  return chain;
}

std::vector<int> PlanGraph::effective_priority() const {
  // Dependents before requirements, as in chain_behind: a resource's value is
  // final once every resource requiring it has passed its own on. Finished
  // work passes it on too: "anything in the plan that requires it" (SPEC 3.2).
  const auto& resources = curriculum_->resources;
  std::vector<int> priority(in_plan_.size(), 0);
  std::vector<std::size_t> waiting(in_plan_.size(), 0);
  std::vector<int> stack;
  for (int r : in_plan_list_) {
    priority[idx(r)] = resources[idx(r)].priority;
    if ((waiting[idx(r)] = boost::in_degree(static_cast<Vertex>(r), graph_)) == 0) stack.push_back(r);
  }
  std::size_t seen = 0;
  while (!stack.empty()) {
    int r = stack.back();
    stack.pop_back();
    ++seen;
    for (int q : requirements(r)) {
      priority[idx(q)] = std::max(priority[idx(q)], priority[idx(r)]);
      if (--waiting[idx(q)] == 0) stack.push_back(q);
    }
  }
  if (seen != in_plan_list_.size()) throw InputError("the requirements form a cycle (run `tenk check`)");
  return priority;
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
    for (int d : dependents(at))
      if (chain[idx(d)] > 0 && (next < 0 || chain[idx(d)] > chain[idx(next)])) next = d;
    at = next;
  }
  return path;
}

Minutes PlanGraph::estimate_minutes() const {
  Minutes total = 0;
  for (int r : resources()) total += curriculum().resources[static_cast<std::size_t>(r)].minutes;
  return total;
}

}  // namespace tenk
