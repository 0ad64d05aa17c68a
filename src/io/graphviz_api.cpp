#include "io/graphviz_api.h"

#include <dlfcn.h>

#include <string>

#include "core/error.h"

// The sonames come from the libraries found at build time (src/CMakeLists.txt).
#ifndef TENK_CGRAPH_SONAME
#error "TENK_CGRAPH_SONAME must name libcgraph's soname, e.g. libcgraph.so.6"
#endif
#ifndef TENK_GVC_SONAME
#error "TENK_GVC_SONAME must name libgvc's soname, e.g. libgvc.so.6"
#endif

namespace tenk {
namespace {

// Never closed: Graphviz keeps state for the whole process (see
// render_graph.cpp), and leak reports need its symbols until exit.
void* open_library(const char* soname) {
  // RTLD_LOCAL is enough: gvc's plugins (dot layout, SVG) name cgraph and
  // gvc as their own dependencies and find these copies by soname.
  void* library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    const char* why = dlerror();
    throw InputError(std::string("cannot load Graphviz (") + soname + "): " + (why ? why : "unknown error") +
                     "; drawing the graph needs Graphviz (Debian package libgvc6)");
  }
  return library;
}

template <typename Pointer>
void find(void* library, const char* soname, const char* name, Pointer& out) {
  // POSIX guarantees that dlsym's void* converts to a function pointer.
  out = reinterpret_cast<Pointer>(dlsym(library, name));
  if (!out) throw InputError(std::string("Graphviz (") + soname + ") has no " + name + ": a version tenk does not know");
}

GraphvizApi load() {
  GraphvizApi api{};
  const char* cg = TENK_CGRAPH_SONAME;
  void* cgraph = open_library(cg);
  find(cgraph, cg, "agopen", api.agopen);
  find(cgraph, cg, "agclose", api.agclose);
  find(cgraph, cg, "agsubg", api.agsubg);
  find(cgraph, cg, "agnode", api.agnode);
  find(cgraph, cg, "agedge", api.agedge);
  find(cgraph, cg, "agattr", api.agattr);
  find(cgraph, cg, "agsafeset", api.agsafeset);
  find(cgraph, cg, "agstrdup_html", api.agstrdup_html);
  find(cgraph, cg, "agstrfree", api.agstrfree);
  find(cgraph, cg, "agwrite", api.agwrite);
  find(cgraph, cg, "agseterrf", api.agseterrf);
  find(cgraph, cg, "Agdirected", api.directed);
  find(cgraph, cg, "AgIoDisc", api.io_disc);
  find(cgraph, cg, "AgMemDisc", api.mem_disc);
  find(cgraph, cg, "AgIdDisc", api.id_disc);

  const char* gv = TENK_GVC_SONAME;
  void* gvc = open_library(gv);
  find(gvc, gv, "gvContext", api.gvContext);
  find(gvc, gv, "gvFreeContext", api.gvFreeContext);
  find(gvc, gv, "gvLayout", api.gvLayout);
  find(gvc, gv, "gvFreeLayout", api.gvFreeLayout);
  find(gvc, gv, "gvRenderData", api.gvRenderData);
  find(gvc, gv, "gvFreeRenderData", api.gvFreeRenderData);
  return api;
}

}  // namespace

const GraphvizApi& graphviz() {
  static const GraphvizApi api = load();  // a throw leaves it unset: the next call tries again
  return api;
}

}  // namespace tenk
