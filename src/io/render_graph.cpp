// TODO(owner): not written yet.
#include "io/render_graph.h"
