// TODO(owner): not written yet.
#include "core/progress.h"
