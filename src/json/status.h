#pragma once
// `status --json` (SPEC 4): the summary's figures, the next milestone, and
// every resource and practice item with its hours and state.

#include <nlohmann/json.hpp>
#include <string>

#include "core/standing.h"

namespace tenk {

/// Each resource, then each practice item (no estimate: it never
/// finishes), as {"id", "type", "title", "estimate", "logged",
/// "remaining", "state"}, practice items with "week_hours" too.
nlohmann::json items_json(Standing& s);

/// The whole of `status --json`; `journal` is the journal's path.
nlohmann::json status_json(Standing& s, const std::string& journal);

}  // namespace tenk
