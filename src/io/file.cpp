// TODO(owner): not written yet.
#include "io/file.h"
