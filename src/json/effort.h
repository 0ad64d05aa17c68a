#pragma once
// The keys of SPEC 3.3 in `status` and `today`: `day`, `effort` and, in
// `status`, `end_change`.

#include <nlohmann/json.hpp>

#include "core/summary.h"

namespace tenk {

/// {"offered_hours", "logged_hours", "delta_hours", "state",
/// "delta_study_days"}; delta_study_days is null when the schedule offers
/// no study day.
nlohmann::json effort_json(const Effort& e);

/// {"picks_days", "other_days"}: days, positive = later.
nlohmann::json end_change_json(const EndChange& e);

/// A day number (SPEC 3.3), or null before Day 1.
nlohmann::json day_json(std::optional<int> day);

}  // namespace tenk
