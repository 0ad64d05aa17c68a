#include "render/graph_model.h"

#include <algorithm>
#include <queue>
#include <set>
#include <string_view>

#include "core/error.h"
#include "render/graph_select.h"
#include "render/palette.h"
#include "render/svg_writer.h"

namespace tenk {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// Colours from the one palette (render/palette.h): state by fill lightness
// and border style, topic on the border, the critical path black.
using colour::kCritical;
constexpr const char* kMuted = colour::kFaint;
constexpr const char* kEdge = colour::kEdge;
constexpr const char* kDoneEdge = colour::kDoneEdge;
constexpr std::size_t kLabelWidth = 22, kLabelLines = 3;
/// At most this many boxes side by side (see the ranks in build_graph_model):
/// with the long edges between them, about 1,500 pt, which reads at 1600 px.
constexpr int kLayerWidth = 4;
/// Topic boxes side by side in an overview.
constexpr std::size_t kOverviewColumns = 4;

const char* fill_of(ResourceState s) {
  switch (s) {
    case ResourceState::Done: return colour::kDoneFill;
    case ResourceState::Active: return colour::kActiveFill;
    case ResourceState::Ready: return colour::kReadyFill;
    default: return colour::kBlockedFill;
  }
}

/// The topic colours of what is drawn: the curriculum's one palette, and
/// which first topics the legend lists.
struct TopicColours {
  const Curriculum& c;
  Palette palette;
  std::set<std::string> drawn;  ///< first topics of drawn resources
  bool other = false;           ///< something drawn in "other" grey

  TopicColours(const Curriculum& cur, const std::vector<int>& shown) : c(cur), palette(cur) {
    for (int r : shown) {
      const auto& topics = c.resources[idx(r)].topics;
      // Colours compare as text: the same literal may sit at different
      // addresses in different files.
      if (topics.empty() || std::string_view(palette.of(topics)) == colour::kOtherTopic) other = true;
      else drawn.insert(topics.front());
    }
  }
  const char* colour(int r) const { return palette.of(c.resources[idx(r)].topics); }
  const char* colour_of_topic(const std::string& topic) const { return palette.topic(topic); }
};

std::string hours_line(const Resource& res, const ResourceProgress& p, bool done) {
  if (done) return p.logged > 0 ? "done \xC2\xB7 " + format_hours(p.logged) + " logged" : "done";
  if (p.remaining != res.minutes) return format_hours(p.remaining) + " left of " + format_hours(res.minutes);
  return format_hours(res.minutes);
}

/// The title, then shorter forms of it: without a subtitle after " -- " or
/// ": ", then also without a trailing parenthesis (the author).
std::vector<std::string_view> shorter_forms(std::string_view title) {
  std::vector<std::string_view> forms{title};
  std::string_view t = title;
  for (std::string_view sep : {" -- ", " \xE2\x80\x94 "})
    if (auto at = t.find(sep); at != std::string_view::npos && at > 0) forms.push_back(t = t.substr(0, at));
  if (!t.empty() && t.back() == ')')
    if (auto open = t.rfind(" ("); open != std::string_view::npos && open > 0) forms.push_back(t = t.substr(0, open));
  return forms;
}

/// A title in at most kLabelLines lines: whole if it fits, else the first
/// shorter form that fits, else the shortest cut with "…". Escaped.
std::string title_lines(std::string_view title, std::size_t width = kLabelWidth, std::size_t lines = kLabelLines) {
  auto forms = shorter_forms(title.substr(0, utf8_prefix_bytes(title, 4 * kMaxTooltipChars)));
  std::vector<std::string> best;
  for (auto form : forms) {
    best = wrap_text(form, width, lines + 1);
    if (best.size() <= lines) break;
  }
  if (best.size() > lines) best = wrap_text(forms.back(), width, lines);
  std::string out;
  for (const auto& line : best) out += (out.empty() ? "" : "<BR/>") + label_text(line);
  return out;
}

/// Text for a Graphviz `tooltip` attribute. Graphviz writes the bytes it is
/// given, so the text is made valid XML characters first. It escapes < > "
/// itself, and & too unless it starts an entity, so `&foo;` would pass as
/// an undefined entity: every & is given as &amp;. It also reads
/// backslashes in a tooltip twice, once as escapes (\x -> x) and once for
/// \N, \G and friends: each is written four times to come out as one.
std::string tooltip_attr(std::string_view text) {
  std::string tip;
  // A bound on the whole: its titles are cut to kMaxTooltipChars each.
  for (char ch : xml_clean(truncate_text(text, 4 * kMaxTooltipChars))) {
    if (ch == '\\') tip += "\\\\\\";
    if (ch == '&') tip += "&amp;";
    else tip += ch;
  }
  return tip;
}

/// A box's label: its title in bold, in at most kLabelLines lines, and a
/// line of detail (hours, state) in `detail_colour`.
std::string node_label(std::string_view title, const std::string& detail, const char* detail_colour) {
  return "<B>" + title_lines(title) + "</B><BR/><FONT POINT-SIZE=\"10\" COLOR=\"" + detail_colour + "\">" +
         label_text(detail) + "</FONT>";
}

void add_link(DotAttrs& attrs, const Resource& res) {
  std::string url = safe_url(res.url);
  if (url.empty()) return;
  attrs.push_back({"URL", url});
  attrs.push_back({"target", "_blank"});
}

std::string legend(const Curriculum& c, const TopicColours& topics, bool has_unpicked, bool cut) {
  auto cell = [](const std::string& text, const std::string& extra) {
    return "<TD" + extra + " CELLPADDING=\"5\"><FONT POINT-SIZE=\"13\">" + text + "</FONT></TD>";
  };
  std::string states;
  states += cell("<FONT COLOR=\"" + std::string(colour::kMuted) + "\">done</FONT>",
                 std::string(" BGCOLOR=\"") + colour::kDoneFill + "\" BORDER=\"1\"");
  states += cell("<B>in progress</B>", std::string(" BGCOLOR=\"") + colour::kActiveFill + "\" BORDER=\"3\"");
  states += cell("ready", std::string(" BGCOLOR=\"") + colour::kReadyFill + "\" BORDER=\"1\"");
  states += cell("blocked", std::string(" BGCOLOR=\"") + colour::kBlockedFill + "\" BORDER=\"1\" STYLE=\"dashed\"");
  states += cell("<B><FONT COLOR=\"" + std::string(kCritical) + "\">\xE2\x94\x81\xE2\x94\x81 critical path</FONT></B>", "");
  if (has_unpicked)
    states += cell("<FONT COLOR=\"" + std::string(kMuted) + "\">not picked</FONT>",
                   std::string(" BORDER=\"1\" COLOR=\"") + colour::kFaded + "\" STYLE=\"dashed\"");
  std::string rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"26\"><B>" + label_text(truncate_text(c.title, 80)) +
                     "</B></FONT></TD></TR>";
  rows += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"4\"><TR>" + states + "</TR></TABLE></TD></TR>";
  if (!topics.drawn.empty() || topics.other) {
    std::string cells = cell("first topic:", "");
    for (const auto& t : topics.palette.coloured())
      if (topics.drawn.count(t))
        cells += cell(label_text(truncate_text(t, 24)),
                      std::string(" BORDER=\"2\" COLOR=\"") + topics.palette.topic(t) + "\"");
    if (topics.other)
      cells += cell("other", std::string(" BORDER=\"2\" COLOR=\"") + colour::kOtherTopic + "\"");
    rows += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"4\"><TR>" + cells + "</TR></TABLE></TD></TR>";
  }
  if (cut)
    rows += std::string("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\" COLOR=\"") + colour::kMuted +
            "\">Only the next part of the plan is drawn; see tenk render path --to ID</FONT></TD></TR>";
  return "<TABLE BORDER=\"0\" CELLSPACING=\"0\">" + rows + "</TABLE>";
}

// ---- The figures: what is drawn, in which state, and the critical path. ----

/// Nothing done: every resource at its estimate, for a picture drawn
/// without a journal.
Progress untouched_progress(const Curriculum& c) {
  Progress p;
  p.resources.resize(c.resources.size());
  for (std::size_t r = 0; r < c.resources.size(); ++r) p.resources[r].remaining = c.resources[r].minutes;
  return p;
}

/// The critical path over what is left: bold boxes and edges between them.
struct CriticalPath {
  std::set<int> nodes;
  std::set<std::pair<int, int>> edges;  ///< {requirement, dependent}
};

/// For a path, the longest chain toward the target: weights outside the
/// drawn closure are 0, and since the closure holds every requirement the
/// chain can only leave it at its end, where nothing is drawn.
CriticalPath critical_path_of(const PlanGraph& graph, const std::vector<ResourceState>& states,
                              const Progress& progress, const Selection& sel) {
  std::vector<Minutes> remaining(graph.curriculum().resources.size(), 0);
  for (int r : sel.shown)
    if (states[idx(r)] != ResourceState::Done) remaining[idx(r)] = progress.resources[idx(r)].remaining;
  std::vector<int> chain;
  if (std::any_of(remaining.begin(), remaining.end(), [](Minutes m) { return m > 0; }))
    chain = graph.critical_path(remaining);
  CriticalPath path;
  path.nodes.insert(chain.begin(), chain.end());
  for (std::size_t i = 1; i < chain.size(); ++i) path.edges.insert({chain[i - 1], chain[i]});
  return path;
}

/// What the graph picture shows, decided before anything is placed.
struct GraphFigures {
  const PlanGraph& graph;
  const Curriculum& c;
  const Progress& progress;
  std::vector<ResourceState> states;  ///< per curriculum resource
  Selection sel;                      ///< the resources drawn (graph_select.h)
  TopicColours topics;
  CriticalPath critical;

  /// Too much to draw it all: the front of the plan, grouped by first topic.
  bool overview() const { return sel.later_hidden > 0; }
  bool is_shown(int r) const { return std::binary_search(sel.shown.begin(), sel.shown.end(), r); }
};

/// Throws InputError when `path_to` is not a resource in the plan.
GraphFigures count_figures(const GraphPicture& picture, const Progress& progress) {
  const PlanGraph& graph = *picture.graph;
  const Curriculum& c = graph.curriculum();
  std::vector<ResourceState> states = picture.states;
  if (states.size() != c.resources.size()) states = resource_states(graph, progress);
  std::optional<std::vector<int>> roots;
  if (picture.path_to) roots = std::vector<int>{*picture.path_to};
  if (picture.path_to_practice) roots = graph.practice_requirements(*picture.path_to_practice);
  Selection sel = select_nodes(graph, states, progress, roots, picture.max_nodes);
  // The options drawn faded count for the legend's topics too.
  std::vector<int> drawn = sel.shown;
  drawn.insert(drawn.end(), sel.unpicked.begin(), sel.unpicked.end());
  std::sort(drawn.begin(), drawn.end());
  CriticalPath critical = critical_path_of(graph, states, progress, sel);
  return GraphFigures{graph, c, progress, std::move(states), std::move(sel), TopicColours(c, drawn),
                      std::move(critical)};
}

// ---- The layout: ranks, and the clusters that hold boxes together. ----

/// Where each resource first comes in the plan (the index of its first
/// span); `n` for a resource the plan does not hold.
std::vector<std::size_t> plan_order(const Plan* plan, std::size_t n) {
  std::vector<std::size_t> first(n, n);
  if (plan)
    for (std::size_t i = 0; i < plan->spans.size(); ++i) {
      std::size_t& f = first[idx(plan->spans[i].resource)];
      f = std::min(f, i);
    }
  return first;
}

/// Ranks that take at most kLayerWidth boxes each.
class Ranks {
 public:
  /// The first rank from `lowest` down that has room; takes a place in it.
  int place(int lowest) {
    while (idx(lowest) < used_.size() && used_[idx(lowest)] >= kLayerWidth) ++lowest;
    if (used_.size() <= idx(lowest)) used_.resize(idx(lowest) + 1, 0);
    ++used_[idx(lowest)];
    return lowest;
  }

 private:
  std::vector<int> used_;  ///< boxes per rank
};

/// The rank of each box.
struct Layers {
  std::vector<int> resource;  ///< per curriculum resource (drawn ones)
  std::vector<int> practice;  ///< per practice item
};

/// Ranks chosen here rather than by dot: dot puts each box one rank below
/// its lowest requirement, so twenty resources unlocked by one course share
/// a rank and the picture grows wider than any screen. In the order of the
/// plan (done work first), each box goes to the first rank below all its
/// requirements that has room for it (kLayerWidth boxes), and each edge
/// asks dot for exactly that distance (minlen). The picture then grows
/// down, not wide, and reads top to bottom in about the order of study.
/// A topological order: a box is placed once all its drawn requirements are.
Layers assign_layers(const GraphPicture& picture, const GraphFigures& fig) {
  const std::size_t n = fig.c.resources.size();
  Layers layers{std::vector<int>(n, 0), std::vector<int>(fig.c.practice.size(), 0)};
  std::vector<std::size_t> position = plan_order(picture.plan, n);
  for (std::size_t r = 0; r < n; ++r)
    position[r] = fig.states[r] == ResourceState::Done ? 0 : std::min(n, position[r] + 1);
  std::vector<int> waiting(n, 0);  // drawn requirements not yet placed
  using Key = std::pair<std::size_t, int>;
  std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
  for (int r : fig.sel.shown) {
    for (int q : fig.graph.requirements(r))
      if (fig.is_shown(q)) ++waiting[idx(r)];
    if (waiting[idx(r)] == 0) ready.push({position[idx(r)], r});
  }
  // The rank just below the lowest of `requirements` drawn.
  auto below = [&](const auto& requirements) {
    int lowest = 0;
    for (int q : requirements)
      if (fig.is_shown(q)) lowest = std::max(lowest, layers.resource[idx(q)] + 1);
    return lowest;
  };
  Ranks ranks;
  while (!ready.empty()) {
    const int r = ready.top().second;
    ready.pop();
    layers.resource[idx(r)] = ranks.place(below(fig.graph.requirements(r)));
    for (int d : fig.graph.dependents(r))
      if (fig.is_shown(d) && --waiting[idx(d)] == 0) ready.push({position[idx(d)], d});
  }
  if (!picture.path_to)
    for (std::size_t p = 0; p < fig.c.practice.size(); ++p)
      layers.practice[p] = ranks.place(below(fig.graph.practice_requirements(static_cast<int>(p))));
  return layers;
}

/// The whole plan: each rank a subgraph of rank=same, which holds dot to
/// the ranks chosen above (a box without requirements would otherwise
/// drift down beside its dependents, widening their rank). Each subgraph
/// is made when a box first needs it.
class RankSubgraphs {
 public:
  /// The index in m.clusters of the subgraph of rank `layer`.
  int of(DotModel& m, int layer) {
    if (index_.size() <= idx(layer)) index_.resize(idx(layer) + 1, -1);
    if (index_[idx(layer)] < 0) {
      index_[idx(layer)] = static_cast<int>(m.clusters.size());
      m.clusters.push_back({"rank_" + std::to_string(layer), {{"rank", "same"}}});
    }
    return index_[idx(layer)];
  }

 private:
  std::vector<int> index_;  ///< per rank; -1 until made
};

/// An overview groups what it draws by first topic, one cluster each.
/// Returns each resource's cluster (-1 when not drawn).
std::vector<int> add_topic_clusters(DotModel& m, const GraphFigures& fig) {
  std::vector<int> cluster_of(fig.c.resources.size(), -1);
  std::vector<std::string> names;
  for (int r : fig.sel.shown) {
    const auto& t = fig.c.resources[idx(r)].topics;
    const std::string name = t.empty() ? std::string("other") : t.front();
    auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end()) {
      names.push_back(name);
      m.clusters.push_back({"cluster_topic_" + std::to_string(names.size() - 1),
                            {{"label", "<FONT POINT-SIZE=\"14\" COLOR=\"" + std::string(fig.topics.palette.topic(name)) +
                                           "\">\xE2\x96\xA0</FONT> <FONT POINT-SIZE=\"14\"><B>" +
                                           label_text(truncate_text(name, 40)) + "</B></FONT>"},
                             {"style", "rounded"}, {"color", colour::kRule}, {"fontname", "Helvetica"},
                             {"labeljust", "l"}, {"class", "topic"}, {"margin", "10"},
                             {"tooltip", tooltip_attr("first topic: " + name)}}});
      it = names.end() - 1;
    }
    cluster_of[idx(r)] = static_cast<int>(it - names.begin());
  }
  return cluster_of;
}

/// An overview: topic boxes in rows of kOverviewColumns, each holding its
/// resources two abreast, in the order of the plan; invisible edges make
/// that grid, and the requirements are drawn without moving anything.
std::vector<std::pair<std::string, std::string>> overview_grid(const GraphPicture& picture, const GraphFigures& fig,
                                                               const std::vector<int>& cluster_of,
                                                               std::size_t clusters) {
  const Curriculum& c = fig.c;
  std::vector<int> order = fig.sel.shown;
  const std::vector<std::size_t> position = plan_order(picture.plan, c.resources.size());
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return position[idx(a)] < position[idx(b)]; });
  std::vector<std::vector<int>> members(clusters);
  for (int r : order) members[idx(cluster_of[idx(r)])].push_back(r);
  auto id = [&](int r) { return c.resources[idx(r)].id; };
  std::vector<std::pair<std::string, std::string>> edges;
  for (std::size_t k = 0; k < members.size(); ++k) {
    const auto& mem = members[k];
    for (std::size_t i = 2; i < mem.size(); ++i) edges.push_back({id(mem[i - 2]), id(mem[i])});
    if (k + kOverviewColumns < members.size() && !mem.empty())
      edges.push_back({id(mem.back()), id(members[k + kOverviewColumns].front())});
  }
  return edges;
}

// ---- The DOT model: attributes, boxes and edges. ----

/// The graph's attributes and its nodes' and edges' defaults; framed, the
/// title and the legend above it.
void set_attributes(DotModel& m, const GraphPicture& picture, const GraphFigures& fig) {
  const bool path = picture.path_to || picture.path_to_practice;
  m.graph_attrs = {{"rankdir", "TB"}, {"fontname", "Helvetica"}, {"bgcolor", colour::kPaperByName},
                   {"pad", "0.3"}, {"nodesep", "0.1"}, {"ranksep", "0.35"},
                   {"labelloc", "t"}, {"labeljust", "l"}, {"outputorder", "edgesfirst"},
                   {"tooltip", tooltip_attr(tooltip_text(fig.c.title) + (path ? ": the path" : ": the plan"))}};
  if (picture.framed) m.graph_attrs.push_back({"label", legend(fig.c, fig.topics, false, fig.overview())});
  m.node_defaults = {{"shape", "box"}, {"style", "rounded,filled"}, {"fontname", "Helvetica"},
                     {"fontsize", "12"}, {"margin", "0.1,0.05"}, {"penwidth", "1.6"}};
  // Weight 0: dot would otherwise spread each rank's boxes apart to keep
  // long edges straight, making the picture twice as wide as it needs.
  m.edge_defaults = {{"color", kEdge}, {"arrowsize", "0.7"}, {"penwidth", "1.1"}, {"weight", "0"}};
}

/// A choice drawn as one box: "choose one", the pick (`label`), and the
/// options not picked, faded, so that no edge runs through a group of them.
/// Adds the options, and how to swap to one, to `tip`.
std::string choice_box(const GraphFigures& fig, int r, const std::string& label, std::string& tip) {
  const Curriculum& c = fig.c;
  const Picks& picks = fig.graph.picks();
  const std::size_t ch = static_cast<std::size_t>(std::find(picks.begin(), picks.end(), r) - picks.begin());
  const Choice& choice = c.choices[ch];
  const std::string& name = choice.title.empty() ? choice.id : choice.title;
  std::string rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(colour::kMuted) +
                     "\"><I>choose one: </I>" + label_text(truncate_text(name, 34)) + "</FONT></TD></TR>";
  rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + label + "<FONT POINT-SIZE=\"10\" COLOR=\"" + colour::kPicked +
          "\">\xC2\xA0\xC2\xB7 \xE2\x9C\x93 picked</FONT></TD></TR>";
  tip += "\npicked for: " + tooltip_text(name);
  for (const auto& ref : choice.options) {
    if (!ref.target.is_resource() || ref.target.index == r || fig.graph.in_plan(ref.target.index)) continue;
    const Resource& other = c.resources[idx(ref.target.index)];
    rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(kMuted) + "\">or " +
            title_lines(other.title, kLabelWidth, 1) + " \xC2\xB7 " + label_text(format_hours(other.minutes)) +
            " \xC2\xB7 not picked</FONT></TD></TR>";
    tip += "\nor: " + truncate_text(other.title, 80) + " (" + other.id + "), not picked: tenk swap " + choice.id + " " +
           other.id;
  }
  return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows + "</TABLE>";
}

/// A resource's box: title and hours, filled by state and bordered in its
/// first topic's colour; heavier on the critical path; linked to its URL.
DotNode resource_node(const GraphPicture& picture, const GraphFigures& fig, int r, int cluster) {
  const Resource& res = fig.c.resources[idx(r)];
  const ResourceState st = fig.states[idx(r)];
  const Picks& picks = fig.graph.picks();
  std::string cls = std::string("resource ") + state_name(st);
  std::string detail = hours_line(res, fig.progress.resources[idx(r)], st == ResourceState::Done);
  std::string label = node_label(res.title, detail, st == ResourceState::Done ? colour::kFaint : colour::kInkLight);
  std::string tip = tooltip_text(res.title) + " (" + res.id + ")\n" + detail;
  if (std::find(picks.begin(), picks.end(), r) != picks.end()) {
    cls += " picked";
    label = choice_box(fig, r, label, tip);
  }
  DotNode n{res.id, {{"label", label}, {"fillcolor", fill_of(st)}, {"color", fig.topics.colour(r)}}, cluster};
  // State in greyscale too: done text faded, active bold-bordered,
  // blocked dashed (ready is the plain box).
  if (st == ResourceState::Done) n.attrs.push_back({"fontcolor", colour::kMuted});
  if (st == ResourceState::Blocked) n.attrs.push_back({"style", "rounded,filled,dashed"});
  if (fig.critical.nodes.count(r)) {
    n.attrs.push_back({"penwidth", "3.4"});
    cls += " critical";
    tip += "\non the critical path";
  } else if (st == ResourceState::Active) {
    n.attrs.push_back({"penwidth", "2.8"});
  }
  if (picture.path_to && *picture.path_to == r) {
    n.attrs.push_back({"peripheries", "2"});
    cls += " target";
  }
  n.attrs.push_back({"class", cls});
  n.attrs.push_back({"tooltip", tooltip_attr(tip)});
  add_link(n.attrs, res);
  return n;
}

/// An edge from each drawn requirement: bold black on the critical path,
/// pale from done work. In an overview they leave its grid as it is; else
/// each asks dot for the distance between the two ranks.
void add_requirement_edges(DotModel& m, const GraphFigures& fig, const Layers& layers) {
  const Curriculum& c = fig.c;
  for (int r : fig.sel.shown)
    for (int q : fig.graph.requirements(r)) {
      if (!fig.is_shown(q)) continue;
      DotEdge e{c.resources[idx(q)].id, c.resources[idx(r)].id, {}};
      if (fig.critical.edges.count({q, r}))
        e.attrs = {{"color", kCritical}, {"penwidth", "3"}, {"arrowsize", "0.8"}, {"class", "critical"}};
      else if (fig.states[idx(q)] == ResourceState::Done)
        e.attrs = {{"color", kDoneEdge}};
      if (fig.overview())
        e.attrs.push_back({"constraint", "false"});
      else
        e.attrs.push_back({"minlen", std::to_string(std::max(1, layers.resource[idx(r)] - layers.resource[idx(q)]))});
      e.attrs.push_back({"tooltip", tooltip_attr(truncate_text(c.resources[idx(r)].title, 60) + " requires " +
                                                 truncate_text(c.resources[idx(q)].title, 60))});
      m.edges.push_back(std::move(e));
    }
}

// Practice items: ongoing work, drawn as ellipses after what they require
// (all of them in the whole picture; the target alone in a path to one).
void add_practice(DotModel& m, const GraphPicture& picture, const GraphFigures& fig, const Layers& layers) {
  const Curriculum& c = fig.c;
  if (picture.path_to) return;
  for (std::size_t p = 0; p < c.practice.size(); ++p) {
    if (picture.path_to_practice && *picture.path_to_practice != static_cast<int>(p)) continue;
    const Practice& item = c.practice[p];
    std::string detail = "practice \xC2\xB7 " + format_hours(item.week_minutes()) + " a week";
    DotNode n{item.id,
              {{"label", node_label(item.title, detail, colour::kInkLight)},
               {"shape", "ellipse"}, {"style", "filled"}, {"fillcolor", colour::kPaper},
               {"color", fig.topics.palette.of(item.topics)},
               {"class", "practice"}},
              -1};
    std::string url = safe_url(item.url);
    if (!url.empty()) n.attrs.insert(n.attrs.end(), {{"URL", url}, {"target", "_blank"}});
    n.attrs.push_back({"tooltip", tooltip_attr(tooltip_text(item.title) + "\npractice, " + detail)});
    m.nodes.push_back(std::move(n));
    for (int q : fig.graph.practice_requirements(static_cast<int>(p)))
      if (fig.is_shown(q))
        m.edges.push_back({c.resources[idx(q)].id, item.id,
                           {{"style", "dashed"},
                            {"minlen", std::to_string(std::max(1, layers.practice[p] - layers.resource[idx(q)]))},
                            {"tooltip", tooltip_attr(truncate_text(item.title, 60) + " starts after " +
                                                     truncate_text(c.resources[idx(q)].title, 60))}}});
  }
}

}  // namespace

std::string label_text(std::string_view text) {
  std::string escaped = xml_escape(text), out;
  out.reserve(escaped.size());
  for (char ch : escaped) {
    out += ch;
    if (ch == '\\') out += '\\';
  }
  return out;
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t width, std::size_t max_lines) {
  // One pass, each word measured once, and nothing read past the last line
  // that is kept: a title of megabytes without a space costs what its first
  // lines cost.
  std::vector<std::string> lines;
  if (width == 0) return lines;
  std::size_t pos = 0;
  std::string_view word;  // the next word not yet placed, and its length
  std::size_t len = 0;
  bool have = false;
  auto take = [&] {
    if (have) return true;
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos == text.size()) return false;
    std::size_t end = std::min(text.find(' ', pos), text.size());
    word = text.substr(pos, end - pos);
    len = utf8_length(word);
    pos = end;
    return have = true;
  };
  while (take()) {
    if (max_lines > 0 && lines.size() + 1 == max_lines) {
      // The last line: the rest of the text, with "…" when it does not fit.
      // Past width + 1 code points it is known not to fit; stop reading.
      std::string rest;
      std::size_t n = 0;
      while (n <= width && take()) {
        if (n > 0) rest += ' ', ++n;
        const std::size_t room = width + 1 - std::min(n, width + 1);
        rest.append(word.substr(0, utf8_prefix_bytes(word, room)));
        n += std::min(len, room);
        have = false;
      }
      lines.push_back(truncate_text(rest, width));
      return lines;
    }
    if (len > width) {  // a word longer than a line: cut it
      const std::size_t cut = utf8_prefix_bytes(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
      len -= width;
      have = len > 0;
      continue;
    }
    std::string line;
    std::size_t line_len = 0;
    while (take() && (line_len == 0 ? len : line_len + 1 + len) <= width) {
      if (line_len > 0) line += ' ', ++line_len;
      line += word;
      line_len += len;
      have = false;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

DotModel build_graph_model(const GraphPicture& picture) {
  const Curriculum& c = picture.graph->curriculum();
  // The figures: what is drawn and how it stands (nothing done without a journal).
  const Progress untouched = picture.progress ? Progress{} : untouched_progress(c);
  const GraphFigures fig = count_figures(picture, picture.progress ? *picture.progress : untouched);

  // The layout: the ranks, and the clusters that hold the boxes to them
  // (in an overview, to their topic's box in a grid).
  const Layers layers = assign_layers(picture, fig);
  DotModel m;
  m.note = fig.sel.note;
  set_attributes(m, picture, fig);
  RankSubgraphs ranks;
  std::vector<int> cluster_of(c.resources.size(), -1);
  std::vector<std::pair<std::string, std::string>> grid_edges;
  if (fig.overview()) {
    cluster_of = add_topic_clusters(m, fig);
    grid_edges = overview_grid(picture, fig, cluster_of, m.clusters.size());
  } else {
    for (int r : fig.sel.shown) cluster_of[idx(r)] = ranks.of(m, layers.resource[idx(r)]);
  }

  // Then the boxes and edges for Graphviz to draw.
  for (int r : fig.sel.shown) m.nodes.push_back(resource_node(picture, fig, r, cluster_of[idx(r)]));
  add_requirement_edges(m, fig, layers);
  for (const auto& [from, to] : grid_edges) m.edges.push_back({from, to, {{"style", "invis"}}});
  add_practice(m, picture, fig, layers);
  if (!fig.overview())  // practice items on their ranks too
    for (auto& n : m.nodes)
      if (NodeRef ref = c.find(n.name); ref.is_practice()) n.cluster = ranks.of(m, layers.practice[idx(ref.index)]);
  add_summaries(m, fig.graph, fig.sel, colour::kDoneFill);
  return m;
}

}  // namespace tenk
