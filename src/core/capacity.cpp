// TODO(owner): not written yet.
#include "core/capacity.h"
#include "core/capacity.h"
