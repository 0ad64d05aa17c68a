#pragma once
// JSON documents of SPEC 4 shared by several commands, all written with
// nlohmann::json.

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
/// not UTF-8 (a Latin-1 curriculum) become U+FFFD instead of an exception.
std::string json_text(const nlohmann::json& j);
std::string json_text(const nlohmann::ordered_json& j);

/// The `track` key of a block: the id of resource `r`'s track, or null when
/// the curriculum has no tracks (or for a practice block, r = -1).
nlohmann::json track_json(const Curriculum& c, int r);

/// `next_milestone` of today and status (SPEC 4): {"id", "title", "end"}, the
/// milestone the plan finishes first, or null.
nlohmann::json next_milestone_json(const Curriculum& c, const Plan& plan);

/// Writes the SPEC 4 `plan` object to `out`: curriculum, title, baseline,
/// start, end, lower_bound_end, days (practice blocks marked
/// `"practice": true`), resources (resources only), choices. Laid out exactly
/// as json_text would, but streamed one day object at a time, so memory
/// stays flat however long the plan. With `until`, `days` lists only dates
/// before it.
void write_plan_json(std::ostream& out, const PlanGraph& graph, const Plan& plan, bool baseline,
                     std::optional<Date> until = std::nullopt);

}  // namespace tenk
