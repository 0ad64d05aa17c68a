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

}  // namespace tenk
