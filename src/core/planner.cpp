// TODO(owner): not written yet.
#include "core/planner.h"
