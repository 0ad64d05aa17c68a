#include "render/graph_model.h"

#include <algorithm>
#include <set>

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
constexpr std::size_t kLabelWidth = 24, kLabelLines = 3;

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
      if (palette.of(topics) == colour::kOtherTopic) other = true;
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

std::string node_label(const Resource& res, const std::string& detail, const char* detail_colour, bool faded) {
  std::string title;
  for (const auto& line : wrap_text(res.title, kLabelWidth, kLabelLines))
    title += (title.empty() ? "" : "<BR/>") + label_text(line);
  std::string body = "<B>" + title + "</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"" + detail_colour + "\">" +
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
void add_tooltip(DotAttrs& attrs, const Resource& res) {
  std::string tip;
  for (char ch : xml_clean(tooltip_text(res.title))) {
    if (ch == '\\') tip += "\\\\\\";
    if (ch == '&') tip += "&amp;";
    else tip += ch;
  }
  attrs.push_back({"tooltip", tip});
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
  if (has_unpicked) states += cell("<FONT COLOR=\"" + std::string(kMuted) + "\">not picked</FONT>", " BORDER=\"1\" COLOR=\"#b0b7bf\" STYLE=\"dashed\"");
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
    rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\" COLOR=\"#57606a\">Only the next part of the plan "
            "is drawn; see tenk render path --to ID</FONT></TD></TR>";
  return "<TABLE BORDER=\"0\" CELLSPACING=\"0\">" + rows + "</TABLE>";
}

// Practice items: ongoing work, drawn as ellipses after what they require
// (all of them in the whole picture; the target alone in a path to one).
void add_practice(DotModel& m, const GraphPicture& picture, const Selection& sel, const TopicColours& topics) {
  const PlanGraph& graph = *picture.graph;
  const Curriculum& c = graph.curriculum();
  if (picture.path_to) return;
  auto is_shown = [&](int r) { return std::binary_search(sel.shown.begin(), sel.shown.end(), r); };
  for (std::size_t p = 0; p < c.practice.size(); ++p) {
    if (picture.path_to_practice && *picture.path_to_practice != static_cast<int>(p)) continue;
    const Practice& item = c.practice[p];
    std::string detail = "practice \xC2\xB7 " + format_hours(item.week_minutes()) + " a week";
    std::string title;
    for (const auto& line : wrap_text(item.title, kLabelWidth, kLabelLines))
      title += (title.empty() ? "" : "<BR/>") + label_text(line);
    DotNode n{item.id,
              {{"label", "<B>" + title + "</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444d56\">" + label_text(detail) +
                             "</FONT>"},
               {"shape", "ellipse"}, {"style", "filled"}, {"fillcolor", "#ffffff"},
               {"color", topics.palette.of(item.topics)},
               {"class", "practice"}},
              -1};
    std::string url = safe_url(item.url);
    if (!url.empty()) n.attrs.insert(n.attrs.end(), {{"URL", url}, {"target", "_blank"}, {"tooltip", url}});
    m.nodes.push_back(std::move(n));
    for (int q : graph.practice_requirements(static_cast<int>(p)))
      if (is_shown(q)) m.edges.push_back({c.resources[idx(q)].id, item.id, {{"style", "dashed"}}});
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

  DotModel m;
  m.note = sel.note;
  m.graph_attrs = {{"rankdir", "LR"}, {"fontname", "Helvetica"}, {"bgcolor", "white"},
                   {"pad", "0.3"}, {"nodesep", "0.25"}, {"ranksep", "0.45"},
                   {"labelloc", "t"}, {"labeljust", "l"}, {"outputorder", "edgesfirst"},
                   {"label", legend(c, topics, !sel.unpicked.empty(), !sel.note.empty())}};
  m.node_defaults = {{"shape", "box"}, {"style", "rounded,filled"}, {"fontname", "Helvetica"},
                     {"fontsize", "11"}, {"margin", "0.12,0.05"}, {"penwidth", "1.6"}};
  m.edge_defaults = {{"color", kEdge}, {"arrowsize", "0.7"}, {"penwidth", "1.1"}};

  // Clusters: one per choice whose pick is drawn, holding all its drawn options.
  std::vector<int> cluster_of(c.resources.size(), -1);
  for (std::size_t ch = 0; ch < c.choices.size(); ++ch) {
    const Choice& choice = c.choices[ch];
    int pick = ch < graph.picks().size() ? graph.picks()[ch] : -1;
    if (pick < 0 || !std::binary_search(drawn.begin(), drawn.end(), pick)) continue;
    const int cl = static_cast<int>(m.clusters.size());
    bool any = false;
    for (const auto& ref : choice.options)
      if (ref.target.is_resource() && cluster_of[idx(ref.target.index)] < 0 &&
          std::binary_search(drawn.begin(), drawn.end(), ref.target.index)) {
        cluster_of[idx(ref.target.index)] = cl;
        any = true;
      }
    if (!any) continue;
    std::string title = choice.title.empty() ? choice.id : choice.title;
    m.clusters.push_back({"cluster_" + choice.id,
                          {{"label", "<FONT POINT-SIZE=\"10\" COLOR=\"#57606a\"><I>choose one: </I>" +
                                         label_text(truncate_text(title, 48)) + "</FONT>"},
                           {"style", "rounded,filled"}, {"fillcolor", "#fbfbfc"}, {"color", "#c5ccd3"},
                           {"fontname", "Helvetica"}, {"class", "choice"}, {"margin", "10"}}});
  }

  for (int r : drawn) {
    const Resource& res = c.resources[idx(r)];
    const ResourceState st = states[idx(r)];
    const bool unpicked = !graph.in_plan(r);
    const bool picked = !unpicked && cluster_of[idx(r)] >= 0 &&
                        std::find(graph.picks().begin(), graph.picks().end(), r) != graph.picks().end();
    DotNode n{res.id, {}, cluster_of[idx(r)]};
    std::string cls = unpicked ? "resource unpicked" : std::string("resource ") + state_name(st);
    if (unpicked) {
      n.attrs = {{"label", node_label(res, format_hours(res.minutes) + " \xC2\xB7 not picked", kMuted, true)},
                 {"style", "rounded,dashed"}, {"color", "#b0b7bf"}, {"fillcolor", "white"}};
    } else {
      std::string detail = hours_line(res, progress.resources[idx(r)], st == ResourceState::Done);
      if (picked) detail += "  \xE2\x9C\x93 picked";
      n.attrs = {{"label", node_label(res, detail, picked ? "#1a7f37" : "#444d56", false)},
                 {"fillcolor", fill_of(st)}, {"color", topics.colour(r)}};
      // State in greyscale too: done text faded, active bold-bordered,
      // blocked dashed (ready is the plain box).
      if (st == ResourceState::Done) n.attrs.push_back({"fontcolor", colour::kMuted});
      if (st == ResourceState::Blocked) n.attrs.push_back({"style", "rounded,filled,dashed"});
      if (picked) cls += " picked";
      if (on_path.count(r)) {
        n.attrs.push_back({"penwidth", "3.4"});
        cls += " critical";
      } else if (picked || st == ResourceState::Active) {
        n.attrs.push_back({"penwidth", "2.6"});
      }
      if (picture.path_to && *picture.path_to == r) {
        n.attrs.push_back({"peripheries", "2"});
        cls += " target";
      }
    }
    n.attrs.push_back({"class", cls});
    add_tooltip(n.attrs, res);
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
      m.edges.push_back(std::move(e));
    }
  add_practice(m, picture, sel, topics);
  add_summaries(m, graph, sel, colour::kDoneFill);
  return m;
}

}  // namespace tenk
