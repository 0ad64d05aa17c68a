// TODO(owner): not written yet.
#include "io/journal_reader.h"
