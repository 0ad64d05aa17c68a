#include "render/graph.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.h"
#include "render/graph_model.h"

// Last, and only here: gvc.h defines macros such as MIN, MAX and TRUE.
#include <graphviz/gvc.h>

namespace tenk {
namespace {

// Graphviz reports problems through a global callback; collect them while we
// render so they reach our error or note instead of a stray stderr line.
std::string* g_messages = nullptr;

int collect_message(char* message) {
  if (g_messages && message) g_messages->append(message);
  return 0;
}

class MessageCapture {
 public:
  MessageCapture() : previous_(agseterrf(collect_message)) { g_messages = &text_; }
  ~MessageCapture() {
    agseterrf(previous_);
    g_messages = nullptr;
  }
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;
  std::string text() const {
    std::string t = text_;
    while (!t.empty() && (t.back() == '\n' || t.back() == ' ')) t.pop_back();
    return t;
  }

 private:
  std::string text_;
  agusererrf previous_;
};

// agwrite() writes through the graph's I/O discipline: this one appends to a
// std::string, so the DOT text never touches a file.
int put_string(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int flush_nothing(void*) { return 0; }

// The gvc API takes char* everywhere although it does not write through it.
char* cs(const std::string& s) { return const_cast<char*>(s.c_str()); }

void set_attr(Agraph_t* root, void* obj, const std::string& name, const std::string& value) {
  if (is_html_attr(name)) {
    // An HTML-like label is a string flagged as such in cgraph's string pool:
    // make the flagged copy, set it (agsafeset finds the same pooled string),
    // then drop our reference.
    char* html = agstrdup_html(root, cs(value));
    agsafeset(obj, cs(name), html, cs(std::string()));
    agstrfree(root, html);
  } else {
    agsafeset(obj, cs(name), cs(value), cs(std::string()));
  }
}

void set_defaults(Agraph_t* g, int kind, const DotAttrs& attrs) {
  for (const auto& [name, value] : attrs) agattr(g, kind, cs(name), cs(value));
}

// Graphviz keeps, lays out and writes subgraphs in the order of their IDs.
// Its own ID discipline (AgIdDisc) makes a name's ID the address of its
// copy on the heap, so the same model could come out as a different picture
// after any change to what was allocated before (seen: rank subgraphs
// written in another order, the overview's topic boxes laid out apart).
// These IDs count up as names are first seen instead: objects keep the
// order of the model. Named IDs are even and anonymous ones odd, as in
// AgIdDisc, and names are kept in the graph's string pool as there:
// Graphviz reads flags stored in front of a name it is given back.
struct NameIds {
  Agraph_t* root = nullptr;
  std::unordered_map<std::string, IDTYPE> ids;
  std::vector<char*> names;  ///< names[k], pooled, has ID 2 * (k + 1)
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* g, Agdisc_t*) {
  auto* s = new NameIds;
  s->root = g;
  return s;
}

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  NameIds& s = *static_cast<NameIds*>(state);
  if (!name) {
    *id = s.next_anonymous;
    s.next_anonymous += 2;
    return 1;
  }
  if (auto it = s.ids.find(name); it != s.ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  s.names.push_back(agstrdup(s.root, name));  // freed with the graph's pool
  *id = 2 * static_cast<IDTYPE>(s.names.size());
  s.ids.emplace(name, *id);
  return 1;
}

// No ID may be asked for by number (as in AgIdDisc): one given out here
// and again by ids_map would name two objects.
long ids_alloc(void*, int, IDTYPE) { return 0; }
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
  const NameIds& s = *static_cast<NameIds*>(state);
  if (id % 2 == 1 || id == 0 || id / 2 > s.names.size()) return nullptr;
  return s.names[id / 2 - 1];
}

void ids_close(void* state) { delete static_cast<NameIds*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t name_ids = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextCloser {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

/// One Graphviz context for the whole process, freed at exit. Graphviz 2.42's
/// pango plugin caches a pointer to the last font name, which lives in the
/// context's font dictionary: freeing the context and making a new one for
/// the next picture leaves that pointer dangling (a use-after-free that
/// AddressSanitizer reports on the second render in one process).
GVC_t* shared_context() {
  static std::unique_ptr<GVC_t, ContextCloser> gvc(gvContext());
  return gvc.get();
}

}  // namespace

RenderedGraph render_graph(const GraphPicture& picture, GraphFormat format) {
  if (!picture.graph) throw InputError("render graph: no plan to draw");
  const DotModel model = build_graph_model(picture);
  MessageCapture messages;

  Agiodisc_t io = {AgIoDisc.afread, put_string, flush_nothing};
  Agdisc_t disc = {&AgMemDisc, &name_ids, &io};
  std::unique_ptr<Agraph_t, GraphCloser> g(agopen(cs("plan"), Agdirected, &disc));
  if (!g) throw InputError("graphviz: cannot create a graph");
  Agraph_t* root = g.get();

  // Graph attributes on the root only (agsafeset keeps the default ""), so
  // clusters do not inherit the legend as their label.
  for (const auto& [name, value] : model.graph_attrs) set_attr(root, root, name, value);
  set_defaults(root, AGNODE, model.node_defaults);
  set_defaults(root, AGEDGE, model.edge_defaults);

  std::vector<Agraph_t*> clusters;
  for (const auto& cl : model.clusters) {
    Agraph_t* sub = agsubg(root, cs(cl.name), 1);
    for (const auto& [name, value] : cl.attrs) set_attr(root, sub, name, value);
    clusters.push_back(sub);
  }
  for (const auto& n : model.nodes) {
    Agraph_t* parent = n.cluster >= 0 ? clusters[static_cast<std::size_t>(n.cluster)] : root;
    Agnode_t* node = agnode(parent, cs(n.name), 1);
    for (const auto& [name, value] : n.attrs) set_attr(root, node, name, value);
  }
  for (const auto& e : model.edges) {
    Agnode_t* tail = agnode(root, cs(e.tail), 0);
    Agnode_t* head = agnode(root, cs(e.head), 0);
    if (!tail || !head) continue;
    Agedge_t* edge = agedge(root, tail, head, nullptr, 1);
    for (const auto& [name, value] : e.attrs) set_attr(root, edge, name, value);
  }

  RenderedGraph out;
  out.note = model.note;
  if (format == GraphFormat::Dot) {
    if (agwrite(root, &out.text) != 0) throw InputError("graphviz: cannot write DOT: " + messages.text());
    return out;
  }

  GVC_t* gvc = shared_context();
  if (!gvc) throw InputError("graphviz: cannot start (plugins not configured?)");
  if (gvLayout(gvc, root, "dot") != 0) {
    gvFreeLayout(gvc, root);
    throw InputError("graphviz: layout failed: " + messages.text());
  }
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(gvc, root, "svg", &data, &length);
  if (rc == 0 && data) out.text.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, root);
  if (rc != 0) throw InputError("graphviz: rendering SVG failed: " + messages.text());
  if (!messages.text().empty()) out.note += (out.note.empty() ? "" : "; ") + ("graphviz: " + messages.text());
  return out;
}

}  // namespace tenk
