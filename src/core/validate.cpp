// TODO(owner): not written yet.
#include "core/validate.h"
