#pragma once
// One journal entry as JSON, the same shape in every command that shows
// entries (`show`, `history`, `undo`; SPEC 4).

#include <nlohmann/json.hpp>

#include "core/journal.h"

namespace tenk {

/// {"date", "id", "hours", "note"}, then "left", "done" and "private" when
/// the entry has them. A pick is {"date", "id": its choice, "choice",
/// "pick", "hours": null, "note"}. Hours in hours; null when the entry
/// logs none (a re-estimate, done, a pick).
nlohmann::json entry_json(const JournalEntry& e);

}  // namespace tenk
