// TODO(owner): not written yet.
#include "io/render_timeline.h"
