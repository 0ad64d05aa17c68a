#pragma once
// Curriculum YAML text -> Curriculum, with every problem of SPEC 1
// "Validation" reported at once.

#include <string>
#include <string_view>

#include "core/curriculum.h"
#include "core/diagnostic.h"

namespace tenk {

struct LoadResult {
  Curriculum curriculum;  ///< resolved; only usable when !diagnostics.has_errors()
  Diagnostics diagnostics;
};

/// Parses and validates curriculum text. `file` names it in messages and
/// gives the default id (file name without directories and .yaml/.yml).
/// Runs the loader's per-value checks and core/validate's whole-file checks.
LoadResult load_curriculum(std::string_view text, const std::string& file);

}  // namespace tenk
