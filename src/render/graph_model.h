#pragma once
// What the graph picture shows, decided in plain C++ before Graphviz sees
// it: which nodes, their labels and styles, clusters and edges. render_graph
// copies this model into cgraph; keeping the choices here keeps Graphviz's
// C API (and its macros) in one file, and lets tests read the model.

#include <string>
#include <utility>
#include <vector>

#include "render/graph.h"

namespace tenk {

/// Attribute name and value, in the order they are set.
using DotAttrs = std::vector<std::pair<std::string, std::string>>;

/// A node. Attribute values are final Graphviz strings: `label` is the body
/// of an HTML-like label (without the outer `<>`), already escaped.
struct DotNode {
  std::string name;  ///< resource id, or "_done" / "_later" for summaries (not valid ids)
  DotAttrs attrs;
  int cluster = -1;  ///< index into DotModel::clusters, or -1 for the root graph
};

struct DotEdge {
  std::string tail, head;
  DotAttrs attrs;
};

struct DotCluster {
  std::string name;  ///< "cluster_<choice id>"
  DotAttrs attrs;
};

struct DotModel {
  DotAttrs graph_attrs, node_defaults, edge_defaults;
  std::vector<DotCluster> clusters;
  std::vector<DotNode> nodes;
  std::vector<DotEdge> edges;
  std::string note;  ///< what was left out, for stderr; "" when everything is drawn
};

/// Attribute names whose values are HTML-like labels.
inline bool is_html_attr(const std::string& name) { return name == "label"; }

/// Decides the picture: every in-plan resource (or the path closure), choice
/// clusters with all their options, state colours, critical path, topic
/// colours, legend; cut down above `picture.max_nodes`.
/// Throws InputError when `path_to` is not a resource in the plan.
DotModel build_graph_model(const GraphPicture& picture);

/// Text made safe for an HTML-like label: XML-escaped, and backslashes
/// doubled because Graphviz expands `\N`, `\G`, `\n`, `\l` even there.
std::string label_text(std::string_view text);

/// `text` broken into lines of at most `width` code points at spaces (a
/// longer word is cut), at most `max_lines` lines, the last ending in "…"
/// when text was left out. Not escaped.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width, std::size_t max_lines);

}  // namespace tenk
