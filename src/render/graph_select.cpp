#include "render/graph_select.h"

#include <algorithm>

#include "core/error.h"
#include "render/palette.h"
#include "render/svg_writer.h"

namespace tenk {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

/// The most boxes an overview draws, its two summary boxes included.
constexpr std::size_t kOverviewNodes = 42;

bool contains(const std::vector<int>& sorted, int r) { return std::binary_search(sorted.begin(), sorted.end(), r); }

/// Keeps the not-done resources nearest the front of the plan. Depth is the
/// longest chain of not-done requirements below a resource, so taking
/// resources by increasing depth never shows one without what it requires.
/// Example: a (ready) -> b -> c, and d (ready): depths a 0, d 0, b 1, c 2;
/// with room for 3 the picture keeps a, d, b.
void cut(Selection& sel, const PlanGraph& graph, const std::vector<ResourceState>& states,
         const Progress& progress, std::size_t max_nodes) {
  const std::vector<int> candidates = sel.shown;
  const std::size_t n = graph.curriculum().resources.size();
  std::vector<int> depth(n, -1);
  std::vector<int> todo;
  for (int r : graph.topological_order()) {
    if (!contains(candidates, r)) continue;
    if (states[idx(r)] == ResourceState::Done) {
      ++sel.done_hidden;
      sel.done_logged += progress.resources[idx(r)].logged;
      continue;
    }
    int d = 0;
    for (int q : graph.requirements(r))
      if (depth[idx(q)] >= 0) d = std::max(d, depth[idx(q)] + 1);
    depth[idx(r)] = d;
    todo.push_back(r);
  }
  std::stable_sort(todo.begin(), todo.end(), [&](int a, int b) {
    return depth[idx(a)] != depth[idx(b)] ? depth[idx(a)] < depth[idx(b)] : a < b;
  });
  // An overview is for reading: the front of the plan, not as much as fits.
  const std::size_t room = std::min(max_nodes, kOverviewNodes);
  const std::size_t budget = std::max<std::size_t>(1, room > 2 ? room - 2 : 1);
  sel.shown.assign(todo.begin(), todo.begin() + static_cast<std::ptrdiff_t>(std::min(budget, todo.size())));
  std::sort(sel.shown.begin(), sel.shown.end());
  for (std::size_t i = sel.shown.size(); i < todo.size(); ++i) {
    ++sel.later_hidden;
    sel.later_minutes += progress.resources[idx(todo[i])].remaining;
  }
  for (int r : sel.shown) {
    const auto& reqs = graph.requirements(r);
    if (std::any_of(reqs.begin(), reqs.end(), [&](int q) { return states[idx(q)] == ResourceState::Done; }))
      sel.after_done.push_back(r);
    const auto& deps = graph.dependents(r);
    if (std::any_of(deps.begin(), deps.end(), [&](int d) { return contains(candidates, d) && !contains(sel.shown, d); }))
      sel.before_later.push_back(r);
  }
  sel.note = "showing " + std::to_string(sel.shown.size()) + " of " + std::to_string(candidates.size()) +
             " resources, the next ones to study (" + std::to_string(sel.done_hidden) + " done collapsed into one node, " +
             std::to_string(sel.later_hidden) + " later left out" +
             "); draw the way to one goal with `tenk render path --to ID`";
}

}  // namespace

Selection select_nodes(const PlanGraph& graph, const std::vector<ResourceState>& states,
                       const Progress& progress, const std::optional<std::vector<int>>& path_to, std::size_t max_nodes) {
  const Curriculum& c = graph.curriculum();
  Selection sel;
  if (path_to) {
    for (int r : *path_to) {
      if (r < 0 || idx(r) >= c.resources.size() || !graph.in_plan(r))
        throw InputError("render path: the target is not a resource in the plan");
      auto closure = graph.closure(r);
      sel.shown.insert(sel.shown.end(), closure.begin(), closure.end());
    }
    std::sort(sel.shown.begin(), sel.shown.end());
    sel.shown.erase(std::unique(sel.shown.begin(), sel.shown.end()), sel.shown.end());
  } else {
    sel.shown = graph.resources();
  }
  // Unpicked options of the choices whose pick is drawn: the alternatives.
  for (std::size_t ch = 0; ch < c.choices.size() && ch < graph.picks().size(); ++ch) {
    if (!contains(sel.shown, graph.picks()[ch])) continue;
    for (const auto& ref : c.choices[ch].options)
      if (ref.target.is_resource() && !graph.in_plan(ref.target.index)) sel.unpicked.push_back(ref.target.index);
  }
  std::sort(sel.unpicked.begin(), sel.unpicked.end());
  sel.unpicked.erase(std::unique(sel.unpicked.begin(), sel.unpicked.end()), sel.unpicked.end());

  // The unpicked options are named inside their pick's box: they do not
  // count toward the size of the picture.
  if (sel.shown.size() <= max_nodes) return sel;
  cut(sel, graph, states, progress, max_nodes);
  return sel;
}

void add_summaries(DotModel& m, const PlanGraph& graph, const Selection& sel, const char* done_fill) {
  const Curriculum& c = graph.curriculum();
  const char* summary_edge = colour::kFaded;
  if (sel.done_hidden > 0) {
    std::string label = "<B>" + std::to_string(sel.done_hidden) + " resources done</B><BR/><FONT POINT-SIZE=\"9\">" +
                        xml_escape(format_hours(sel.done_logged)) + " logged</FONT>";
    m.nodes.push_back({"_done",
                       {{"label", label}, {"fillcolor", done_fill}, {"class", "summary done"},
                        {"tooltip", std::to_string(sel.done_hidden) + " resources done, drawn as one box"}},
                       -1});
    for (int r : sel.after_done)
      m.edges.push_back({"_done", c.resources[idx(r)].id, {{"style", "dashed"}, {"color", summary_edge}}});
  }
  if (sel.later_hidden > 0) {
    std::string label = "<B>" + std::to_string(sel.later_hidden) + " more resources</B><BR/><FONT POINT-SIZE=\"9\">" +
                        xml_escape(format_hours(sel.later_minutes)) + " left, not drawn</FONT>";
    m.nodes.push_back({"_later",
                       {{"label", label}, {"style", "rounded,dashed"}, {"fillcolor", colour::kPaperByName}, {"class", "summary later"},
                        {"tooltip", std::to_string(sel.later_hidden) +
                                        " later resources, not drawn: tenk render path --to ID draws what one of them needs"}},
                       -1});
  }
}

}  // namespace tenk
