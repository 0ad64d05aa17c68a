#pragma once
// JSON shapes of SPEC 4 shared by several commands.

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"
#include "core/planner.h"

namespace tenk {

/// {"file","line","col","severity","message"}; line/col are null when unknown.
nlohmann::json diagnostic_json(const Diagnostic& d);

/// SPEC 4 `plan` object: curriculum, start, end, lower_bound_end, days,
/// resources, choices. `max_days` limits `days` (0 = all).
nlohmann::json plan_json(const PlanGraph& graph, const Plan& plan, std::size_t max_days = 0);

}  // namespace tenk
