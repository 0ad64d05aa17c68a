#pragma once
// One journal entry as JSON, the same shape in every command that shows
// entries (`show`, `history`, `undo`; SPEC 4).

#include <nlohmann/json.hpp>

#include "core/entry_effect.h"
#include "core/journal.h"

namespace tenk {

/// {"date", "id", "hours", "note"}, then "left", "done" and "private" when
/// the entry has them. A pick is {"date", "id": its choice, "choice",
/// "pick", "hours": null, "note"}. Hours in hours; null when the entry
/// logs none (a re-estimate, done, a pick).
nlohmann::json entry_json(const JournalEntry& e);

/// What a new log entry did (`log --json`, `done --json`): {"id",
/// "practice", "date", "hours", "remaining", "done", "logged_on_date",
/// "still_requires"}, and "not_picked" and "pick_changed" when they apply.
nlohmann::json effect_json(const Curriculum& c, const JournalEntry& entry, const EntryEffect& effect);

}  // namespace tenk
