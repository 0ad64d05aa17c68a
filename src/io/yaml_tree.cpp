// TODO(owner): not written yet.
#include "io/yaml_tree.h"
