// TODO(owner): not written yet.
#include "core/plan_graph.h"
