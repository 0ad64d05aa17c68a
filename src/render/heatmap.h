#pragma once
// `tenk render heatmap`: logged hours per day over the last 52 weeks,
// calendar grid SVG.

#include <map>
#include <string>

#include "core/curriculum.h"
#include "core/journal.h"

namespace tenk {

/// Weeks as columns (Monday at top), month labels, the total, and a legend
/// naming each colour step. `details` adds lines to a day's tooltip (what was
/// studied, the notes: heatmap_details). Days before the first date with
/// hours are drawn paler and labelled "before you started".
std::string render_heatmap(const std::map<Date, Minutes>& by_date, Date today, const std::string& title,
                           const std::map<Date, std::string>& details = {});

/// Per date up to `today`, the lines of its tooltip: each entry's title,
/// id and hours, then its note when `notes` (so `report --no-notes` leaves
/// them out) and the note is not private (never drawn: pictures are
/// published). Titles and notes are cut to kMaxTooltipChars; not escaped.
std::map<Date, std::string> heatmap_details(const Curriculum& c, const Journal& journal, Date today, bool notes);

}  // namespace tenk
