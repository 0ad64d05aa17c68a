// TODO(owner): not written yet.
#include "io/curriculum_loader.h"
