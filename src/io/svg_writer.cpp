// TODO(owner): not written yet.
#include "io/svg_writer.h"
