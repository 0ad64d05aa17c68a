#pragma once
// `today --json` (SPEC 4).

#include <nlohmann/json.hpp>

#include "core/today_view.h"

namespace tenk {

/// {"date", "day", "effort", "curriculum", "capacity", "logged_today",
/// "blocks", "unlocks", "next_study_day", "next_milestone", "summary"}.
nlohmann::json today_json(Standing& s, const TodayView& v);

}  // namespace tenk
