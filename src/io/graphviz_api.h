#pragma once
// Graphviz's C API (cgraph + gvc), loaded with dlopen when the first picture
// is drawn. Linked the usual way, its seven shared libraries were loaded on
// every run of tenk, `today` and `plan` included: 1.5-2 ms of each
// (docs/performance.md). Only `render graph` and `render path` need it.
//
// The libraries are found by soname through the dynamic loader's usual
// search (ld.so.cache, LD_LIBRARY_PATH), as a linked library would be. The
// SVG path (core, dot layout, pango plugins) is C; Graphviz plugins written in
// C++ (neato's, visio) would bring their own libstdc++ beside tenk's static
// one, which is safe as long as no C++ object crosses between them.
//
// Include only where Graphviz is called: gvc.h defines macros such as MIN,
// MAX and TRUE.

#include <graphviz/gvc.h>

namespace tenk {

/// The functions and objects render_graph uses, each with the type of its
/// declaration in the Graphviz headers.
struct GraphvizApi {
  // cgraph
  decltype(&::agopen) agopen;
  decltype(&::agclose) agclose;
  decltype(&::agsubg) agsubg;
  decltype(&::agnode) agnode;
  decltype(&::agedge) agedge;
  decltype(&::agattr) agattr;
  decltype(&::agsafeset) agsafeset;
  decltype(&::agstrdup_html) agstrdup_html;
  decltype(&::agstrfree) agstrfree;
  decltype(&::agwrite) agwrite;
  decltype(&::agseterrf) agseterrf;
  const Agdesc_t* directed;  // Agdirected
  const Agiodisc_t* io_disc;  // AgIoDisc
  Agmemdisc_t* mem_disc;      // AgMemDisc
  Agiddisc_t* id_disc;        // AgIdDisc
  // gvc
  decltype(&::gvContext) gvContext;
  decltype(&::gvFreeContext) gvFreeContext;
  decltype(&::gvLayout) gvLayout;
  decltype(&::gvFreeLayout) gvFreeLayout;
  decltype(&::gvRenderData) gvRenderData;
  decltype(&::gvFreeRenderData) gvFreeRenderData;
};

/// Graphviz, loaded on the first call and kept for the rest of the process.
/// Throws InputError naming the library when it cannot be loaded.
const GraphvizApi& graphviz();

}  // namespace tenk
