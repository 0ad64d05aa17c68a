#pragma once
// One item as `show --json` gives it (SPEC 4).

#include <nlohmann/json.hpp>

#include "core/item_view.h"

namespace tenk {

/// {"id", "type", "title", "url", "kind", "topics", "state", "estimate",
/// "estimate_at_your_pace", "logged", "remaining", "week_hours", "requires",
/// "unlocks", "start", "end", "choice", "milestone", "leads_to", "track",
/// "entries"}; hours in hours, null where the item has none.
nlohmann::json item_json(const Curriculum& c, const ItemView& v);

}  // namespace tenk
