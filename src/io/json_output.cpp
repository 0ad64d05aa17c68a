// TODO(owner): not written yet.
#include "io/json_output.h"
