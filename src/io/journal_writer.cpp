// TODO(owner): not written yet.
#include "io/journal_writer.h"
