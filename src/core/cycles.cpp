// TODO(owner): not written yet.
#include "core/cycles.h"
