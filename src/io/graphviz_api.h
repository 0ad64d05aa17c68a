#pragma once
// Graphviz's C API (cgraph + gvc), loaded with dlopen when the first picture
// is drawn. Linked the usual way, its seven shared libraries were loaded on
// every run of tenk, `today` and `plan` included: 1.4 ms of a 9 ms run
// (docs/performance.md). Only `render graph` and `render path` need it.
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
