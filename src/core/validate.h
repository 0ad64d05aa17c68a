#pragma once
// The semantic rules of SPEC 1 "Validation" that need the whole curriculum:
// duplicate ids, unknown references, choices, cycles, a schedule that can
// never finish. (Per-value rules — types, ids, hours, URLs, unknown keys —
// are checked by the loader, which knows the YAML.)

#include "core/curriculum.h"
#include "core/diagnostic.h"

namespace tenk {

/// Adds every problem found to `out` (until it holds more than kMaxDiagnostics).
/// `c` must have been resolve()d.
void validate(const Curriculum& c, Diagnostics& out);

}  // namespace tenk
