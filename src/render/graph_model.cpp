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

std::string node_label(const Resource& res, const std::string& detail, const char* detail_colour, bool faded) {
  std::string title = title_lines(res.title);
  std::string body = "<B>" + title + "</B><BR/><FONT POINT-SIZE=\"10\" COLOR=\"" + detail_colour + "\">" +
                     label_text(detail) + "</FONT>";
  if (faded) body = "<FONT COLOR=\"" + std::string(kMuted) + "\">" + body + "</FONT>";
  return body;
}

// The whole title on hover, as the label may cut it. Graphviz writes the
// bytes it is given, so the text is made valid XML characters first. It
// escapes < > " itself, and & too unless it starts an entity, so `&foo;`
// would pass as an undefined entity: every & is given as &amp;. It also
// reads backslashes in a tooltip twice, once as escapes (\x -> x) and once
// for \N, \G and friends: each is written four times to come out as one.

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

// Practice items: ongoing work, drawn as ellipses after what they require
// (all of them in the whole picture; the target alone in a path to one).
void add_practice(DotModel& m, const GraphPicture& picture, const Selection& sel, const TopicColours& topics,
                  const std::vector<int>& layer, const std::vector<int>& practice_layer) {
  const PlanGraph& graph = *picture.graph;
  const Curriculum& c = graph.curriculum();
  if (picture.path_to) return;
  auto is_shown = [&](int r) { return std::binary_search(sel.shown.begin(), sel.shown.end(), r); };
  for (std::size_t p = 0; p < c.practice.size(); ++p) {
    if (picture.path_to_practice && *picture.path_to_practice != static_cast<int>(p)) continue;
    const Practice& item = c.practice[p];
    std::string detail = "practice \xC2\xB7 " + format_hours(item.week_minutes()) + " a week";
    std::string title = title_lines(item.title);
    DotNode n{item.id,
              {{"label", "<B>" + title + "</B><BR/><FONT POINT-SIZE=\"10\" COLOR=\"" + colour::kInkLight + "\">" +
                             label_text(detail) + "</FONT>"},
               {"shape", "ellipse"}, {"style", "filled"}, {"fillcolor", colour::kPaper},
               {"color", topics.palette.of(item.topics)},
               {"class", "practice"}},
              -1};
    std::string url = safe_url(item.url);
    if (!url.empty()) n.attrs.insert(n.attrs.end(), {{"URL", url}, {"target", "_blank"}});
    n.attrs.push_back({"tooltip", tooltip_attr(tooltip_text(item.title) + "\npractice, " + detail)});
    m.nodes.push_back(std::move(n));
    for (int q : graph.practice_requirements(static_cast<int>(p)))
      if (is_shown(q))
        m.edges.push_back({c.resources[idx(q)].id, item.id,
                           {{"style", "dashed"},
                            {"minlen", std::to_string(std::max(1, practice_layer[p] - layer[idx(q)]))},
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
  const PlanGraph& graph = *picture.graph;
  const Curriculum& c = graph.curriculum();
  Progress empty_progress;
  if (!picture.progress) {
    empty_progress.resources.resize(c.resources.size());
    for (std::size_t r = 0; r < c.resources.size(); ++r) empty_progress.resources[r].remaining = c.resources[r].minutes;
  }
  const Progress& progress = picture.progress ? *picture.progress : empty_progress;
  std::vector<ResourceState> states = picture.states;
  if (states.size() != c.resources.size()) states = resource_states(graph, progress);

  std::optional<std::vector<int>> roots;
  if (picture.path_to) roots = std::vector<int>{*picture.path_to};
  if (picture.path_to_practice) roots = graph.practice_requirements(*picture.path_to_practice);
  const Selection sel = select_nodes(graph, states, progress, roots, picture.max_nodes);
  std::vector<int> drawn = sel.shown;
  drawn.insert(drawn.end(), sel.unpicked.begin(), sel.unpicked.end());
  std::sort(drawn.begin(), drawn.end());
  const TopicColours topics(c, drawn);

  // The critical path over what is left: bold nodes and edges between them.
  // For a path, the longest chain toward the target: weights outside the
  // drawn closure are 0, and since the closure holds every requirement the
  // chain can only leave it at its end, where nothing is drawn.
  std::vector<Minutes> remaining(c.resources.size(), 0);
  for (int r : sel.shown)
    if (states[idx(r)] != ResourceState::Done) remaining[idx(r)] = progress.resources[idx(r)].remaining;
  std::vector<int> critical;
  if (std::any_of(remaining.begin(), remaining.end(), [](Minutes m) { return m > 0; }))
    critical = graph.critical_path(remaining);
  std::set<int> on_path(critical.begin(), critical.end());
  std::set<std::pair<int, int>> critical_edges;
  for (std::size_t i = 1; i < critical.size(); ++i) critical_edges.insert({critical[i - 1], critical[i]});

  // Ranks chosen here rather than by dot: dot puts each box one rank below
  // its lowest requirement, so twenty resources unlocked by one course share
  // a rank and the picture grows wider than any screen. In the order of the
  // plan (done work first), each box goes to the first rank below all its
  // requirements that has room for it (kLayerWidth boxes), and each edge
  // asks dot for exactly that distance (minlen). The picture then grows
  // down, not wide, and reads top to bottom in about the order of study.
  std::vector<int> layer(c.resources.size(), 0), practice_layer(c.practice.size(), 0);
  {
    const std::size_t n = c.resources.size();
    std::vector<std::size_t> position(n, n);
    if (picture.plan)
      for (std::size_t i = 0; i < picture.plan->spans.size(); ++i)
        position[idx(picture.plan->spans[i].resource)] = std::min(position[idx(picture.plan->spans[i].resource)], i + 1);
    for (std::size_t r = 0; r < n; ++r)
      if (states[r] == ResourceState::Done) position[r] = 0;
    auto is_shown = [&](int r) { return std::binary_search(sel.shown.begin(), sel.shown.end(), r); };
    std::vector<int> waiting(n, 0);
    using Key = std::pair<std::size_t, int>;
    std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
    for (int r : sel.shown) {
      for (int q : graph.requirements(r))
        if (is_shown(q)) ++waiting[idx(r)];
      if (waiting[idx(r)] == 0) ready.push({position[idx(r)], r});
    }
    std::vector<int> used;  // boxes per rank
    auto place = [&](int lowest) {
      while (idx(lowest) < used.size() && used[idx(lowest)] >= kLayerWidth) ++lowest;
      if (used.size() <= idx(lowest)) used.resize(idx(lowest) + 1, 0);
      ++used[idx(lowest)];
      return lowest;
    };
    while (!ready.empty()) {
      const int r = ready.top().second;
      ready.pop();
      int lowest = 0;
      for (int q : graph.requirements(r))
        if (is_shown(q)) lowest = std::max(lowest, layer[idx(q)] + 1);
      layer[idx(r)] = place(lowest);
      for (int d : graph.dependents(r))
        if (is_shown(d) && --waiting[idx(d)] == 0) ready.push({position[idx(d)], d});
    }
    if (!picture.path_to)
      for (std::size_t p = 0; p < c.practice.size(); ++p) {
        int lowest = 0;
        for (int q : graph.practice_requirements(static_cast<int>(p)))
          if (is_shown(q)) lowest = std::max(lowest, layer[idx(q)] + 1);
        practice_layer[p] = place(lowest);
      }
  }

  DotModel m;
  m.note = sel.note;
  const bool overview = sel.later_hidden > 0;
  m.graph_attrs = {{"rankdir", "TB"}, {"fontname", "Helvetica"}, {"bgcolor", colour::kPaperByName},
                   {"pad", "0.3"}, {"nodesep", "0.1"}, {"ranksep", "0.35"},
                   {"labelloc", "t"}, {"labeljust", "l"}, {"outputorder", "edgesfirst"},
                   {"tooltip", tooltip_attr(tooltip_text(c.title) + (picture.path_to || picture.path_to_practice ? ": the path" : ": the plan"))}};
  if (picture.framed) m.graph_attrs.push_back({"label", legend(c, topics, false, overview)});
  m.node_defaults = {{"shape", "box"}, {"style", "rounded,filled"}, {"fontname", "Helvetica"},
                     {"fontsize", "12"}, {"margin", "0.1,0.05"}, {"penwidth", "1.6"}};
  // Weight 0: dot would otherwise spread each rank's boxes apart to keep
  // long edges straight, making the picture twice as wide as it needs.
  m.edge_defaults = {{"color", kEdge}, {"arrowsize", "0.7"}, {"penwidth", "1.1"}, {"weight", "0"}};

  // An overview groups what it draws by first topic, one cluster each.
  std::vector<int> cluster_of(c.resources.size(), -1);
  if (overview) {
    std::vector<std::string> names;
    for (int r : sel.shown) {
      const auto& t = c.resources[idx(r)].topics;
      const std::string name = t.empty() ? std::string("other") : t.front();
      auto it = std::find(names.begin(), names.end(), name);
      if (it == names.end()) {
        names.push_back(name);
        m.clusters.push_back({"cluster_topic_" + std::to_string(names.size() - 1),
                              {{"label", "<FONT POINT-SIZE=\"14\" COLOR=\"" + std::string(topics.palette.topic(name)) +
                                             "\">\xE2\x96\xA0</FONT> <FONT POINT-SIZE=\"14\"><B>" +
                                             label_text(truncate_text(name, 40)) + "</B></FONT>"},
                               {"style", "rounded"}, {"color", colour::kRule}, {"fontname", "Helvetica"},
                               {"labeljust", "l"}, {"class", "topic"}, {"margin", "10"},
                               {"tooltip", tooltip_attr("first topic: " + name)}}});
        it = names.end() - 1;
      }
      cluster_of[idx(r)] = static_cast<int>(it - names.begin());
    }
  }

  // The whole plan: each rank a subgraph of rank=same, which holds dot to
  // the ranks chosen above (a box without requirements would otherwise
  // drift down beside its dependents, widening their rank).
  std::vector<int> rank_subgraph;
  auto rank_of = [&](int l) {
    if (overview) return -1;
    if (rank_subgraph.size() <= idx(l)) rank_subgraph.resize(idx(l) + 1, -1);
    if (rank_subgraph[idx(l)] < 0) {
      rank_subgraph[idx(l)] = static_cast<int>(m.clusters.size());
      m.clusters.push_back({"rank_" + std::to_string(l), {{"rank", "same"}}});
    }
    return rank_subgraph[idx(l)];
  };
  if (!overview)
    for (int r : sel.shown) cluster_of[idx(r)] = rank_of(layer[idx(r)]);

  // An overview: topic boxes in rows of kOverviewColumns, each holding its
  // resources two abreast, in the order of the plan; invisible edges make
  // that grid, and the requirements are drawn without moving anything.
  std::vector<std::pair<std::string, std::string>> grid_edges;
  if (overview) {
    std::vector<std::vector<int>> members(m.clusters.size());
    std::vector<int> order = sel.shown;
    std::vector<std::size_t> position(c.resources.size(), c.resources.size());
    if (picture.plan)
      for (std::size_t i = 0; i < picture.plan->spans.size(); ++i)
        position[idx(picture.plan->spans[i].resource)] = std::min(position[idx(picture.plan->spans[i].resource)], i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return position[idx(a)] < position[idx(b)]; });
    for (int r : order) members[idx(cluster_of[idx(r)])].push_back(r);
    for (std::size_t k = 0; k < members.size(); ++k) {
      const auto& mem = members[k];
      for (std::size_t i = 2; i < mem.size(); ++i) grid_edges.push_back({c.resources[idx(mem[i - 2])].id, c.resources[idx(mem[i])].id});
      if (k + kOverviewColumns < members.size() && !mem.empty())
        grid_edges.push_back({c.resources[idx(mem.back())].id, c.resources[idx(members[k + kOverviewColumns].front())].id});
    }
  }

  for (int r : sel.shown) {
    const Resource& res = c.resources[idx(r)];
    const ResourceState st = states[idx(r)];
    const bool picked = std::find(graph.picks().begin(), graph.picks().end(), r) != graph.picks().end();
    DotNode n{res.id, {}, cluster_of[idx(r)]};
    std::string cls = std::string("resource ") + state_name(st);
    std::string detail = hours_line(res, progress.resources[idx(r)], st == ResourceState::Done);
    std::string label = node_label(res, detail, st == ResourceState::Done ? colour::kFaint : colour::kInkLight, false);
    std::string tip = tooltip_text(res.title) + " (" + res.id + ")\n" + detail;
    if (picked) {
      // A choice drawn as one box: "choose one", the pick, and the options
      // not picked, faded, so that no edge runs through a group of them.
      cls += " picked";
      std::size_t ch = 0;
      while (ch < graph.picks().size() && graph.picks()[ch] != r) ++ch;
      const Choice& choice = c.choices[ch];
      std::string rows = "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(colour::kMuted) +
                         "\"><I>choose one: </I>" + label_text(truncate_text(choice.title.empty() ? choice.id : choice.title, 34)) +
                         "</FONT></TD></TR>";
      rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + label + "<FONT POINT-SIZE=\"10\" COLOR=\"" + colour::kPicked +
              "\">\xC2\xA0\xC2\xB7 \xE2\x9C\x93 picked</FONT></TD></TR>";
      tip += "\npicked for: " + tooltip_text(choice.title.empty() ? choice.id : choice.title);
      for (const auto& ref : choice.options) {
        if (!ref.target.is_resource() || ref.target.index == r || graph.in_plan(ref.target.index)) continue;
        const Resource& other = c.resources[idx(ref.target.index)];
        rows += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(kMuted) + "\">or " +
                title_lines(other.title, kLabelWidth, 1) + " \xC2\xB7 " + label_text(format_hours(other.minutes)) +
                " \xC2\xB7 not picked</FONT></TD></TR>";
        tip += "\nor: " + truncate_text(other.title, 80) + " (" + other.id + "), not picked: tenk swap " + choice.id + " " +
               other.id;
      }
      label = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows + "</TABLE>";
    }
    n.attrs = {{"label", label}, {"fillcolor", fill_of(st)}, {"color", topics.colour(r)}};
    // State in greyscale too: done text faded, active bold-bordered,
    // blocked dashed (ready is the plain box).
    if (st == ResourceState::Done) n.attrs.push_back({"fontcolor", colour::kMuted});
    if (st == ResourceState::Blocked) n.attrs.push_back({"style", "rounded,filled,dashed"});
    if (on_path.count(r)) {
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
    m.nodes.push_back(std::move(n));
  }

  auto is_shown = [&](int r) { return std::binary_search(sel.shown.begin(), sel.shown.end(), r); };
  for (int r : sel.shown)
    for (int q : graph.requirements(r)) {
      if (!is_shown(q)) continue;
      DotEdge e{c.resources[idx(q)].id, c.resources[idx(r)].id, {}};
      if (critical_edges.count({q, r}))
        e.attrs = {{"color", kCritical}, {"penwidth", "3"}, {"arrowsize", "0.8"}, {"class", "critical"}};
      else if (states[idx(q)] == ResourceState::Done)
        e.attrs = {{"color", kDoneEdge}};
      if (overview) e.attrs.push_back({"constraint", "false"});
      else e.attrs.push_back({"minlen", std::to_string(std::max(1, layer[idx(r)] - layer[idx(q)]))});
      e.attrs.push_back({"tooltip", tooltip_attr(truncate_text(c.resources[idx(r)].title, 60) + " requires " +
                                                 truncate_text(c.resources[idx(q)].title, 60))});
      m.edges.push_back(std::move(e));
    }
  for (const auto& [from, to] : grid_edges) m.edges.push_back({from, to, {{"style", "invis"}}});
  add_practice(m, picture, sel, topics, layer, practice_layer);
  // Practice items on their ranks too.
  if (!overview)
    for (auto& n : m.nodes)
      if (NodeRef ref = c.find(n.name); ref.is_practice()) n.cluster = rank_of(practice_layer[idx(ref.index)]);
  add_summaries(m, graph, sel, colour::kDoneFill);
  return m;
}

}  // namespace tenk
