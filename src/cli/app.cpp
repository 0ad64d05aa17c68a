// TODO(owner): not written yet.
#include "cli/app.h"
