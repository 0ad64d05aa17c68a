#pragma once
// Choices as JSON: an option with its hours, and a change of pick with
// what it does to the end date, the same shape in `swap` and `log` (SPEC 4).

#include <nlohmann/json.hpp>

#include "core/progress.h"
#include "core/standing.h"

namespace tenk {

/// {"id", "title", "estimate", "logged", "remaining"} of resource `r`, in hours.
nlohmann::json option_json(const Curriculum& c, const Progress& p, int r);

/// {"choice", "picked", "previous", "end_before", "end_after", "delta_days"}.
nlohmann::json pick_change_json(const Curriculum& c, const PickChange& change);

/// `swap --json` without a choice: {"choices": [{"id", "title", "picked",
/// "options": [option_json...]}]}.
nlohmann::json choices_json(const Curriculum& c, const Progress& p);

/// `swap CHOICE --json`: the choice, its pick, the end now, and each option
/// with "picked", "end_after" and "delta_days" (`changes` from
/// Standing::option_changes: one per option, and a choice has at least two).
nlohmann::json options_json(const Curriculum& c, const Progress& p, const std::vector<PickChange>& changes);

}  // namespace tenk
