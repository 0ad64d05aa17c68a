#pragma once
// JSON shapes of SPEC 4 shared by several commands.

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

#include "core/diagnostic.h"
#include "core/planner.h"

namespace tenk {

/// {"file","line","col","severity","message"}; line/col are null when unknown.
nlohmann::json diagnostic_json(const Diagnostic& d);

/// `j` as text, indented by 2 like every tenk JSON document. Bytes that are
/// not UTF-8 (yaml-cpp passes them through from a Latin-1 curriculum)
/// become U+FFFD, as in write_plan_json, instead of nlohmann's exception.
std::string json_text(const nlohmann::json& j);

/// Writes the SPEC 4 `plan` object to `out`, streamed (a plan can have
/// 100k days): curriculum, title, start, end, lower_bound_end, days,
/// resources, choices, baseline. With `until`, `days` lists only dates
/// before it.
void write_plan_json(std::ostream& out, const PlanGraph& graph, const Plan& plan, bool baseline,
                     std::optional<Date> until = std::nullopt);

}  // namespace tenk
