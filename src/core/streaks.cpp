// TODO(owner): not written yet.
#include "core/streaks.h"
