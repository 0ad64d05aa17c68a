#pragma once
// The forecast figures of SPEC 4 `status`: `forecast` (or null),
// `forecast_needs`, `habit_strength`, `schedule_delta_days`.

#include <nlohmann/json.hpp>

#include "core/summary.h"

namespace tenk {

/// {"p50", "p85", "runs", "pace": [..], "rhythm": [..], "goal_p50",
/// "goal_p85", "median_pace", "median_rhythm", "seed"} or null without a
/// forecast. A date beyond the forecast's horizon is null.
nlohmann::json forecast_json(const Summary& s);

/// Adds `forecast`, `forecast_needs` (a sentence, null with a forecast),
/// `habit_strength` and `schedule_delta_days` to `j`.
void add_forecast_keys(nlohmann::json& j, const Summary& s);

}  // namespace tenk
