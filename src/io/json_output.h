#pragma once
// JSON shapes of SPEC 4 shared by several commands.

#include <nlohmann/json.hpp>
#include <optional>

#include "core/diagnostic.h"
#include "core/planner.h"

namespace tenk {

/// {"file","line","col","severity","message"}; line/col are null when unknown.
nlohmann::json diagnostic_json(const Diagnostic& d);

/// SPEC 4 `plan` object: curriculum, start, end, lower_bound_end, days,
/// resources, choices. With `until`, `days` lists only dates before it.
nlohmann::json plan_json(const PlanGraph& graph, const Plan& plan, std::optional<Date> until = std::nullopt);

}  // namespace tenk
