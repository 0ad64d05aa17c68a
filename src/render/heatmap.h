#pragma once
// `tenk render heatmap`: logged hours per day, a calendar grid SVG, over
// the window of SPEC 5 (by default from Day 1's week, at most 53 weeks).

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "core/curriculum.h"
#include "core/journal.h"
#include "core/window.h"
#include "render/picture.h"

namespace tenk {

/// Weeks as columns (Monday at top) over `window` (SPEC 5; nullopt, the
/// --all of the CLI: from the first date with hours to today), never past
/// today; month labels, the total, and a legend naming each colour step.
/// `details` adds lines to a day's tooltip (what was studied, the notes:
/// heatmap_details). Days before the first date with hours are drawn paler
/// ("before you started"); days `capacity` offers no study and that have no
/// hours are drawn as days off, apart from missed study days. InputError
/// for a window wider than ten years.
Picture render_heatmap(const std::map<Date, Minutes>& by_date, const std::optional<DateWindow>& window, Date today,
                       const std::string& title, const std::function<Minutes(Date)>& capacity,
                       const std::map<Date, std::string>& details = {});

/// Per date up to `today`, the lines of its tooltip: each entry's title,
/// id and hours, then its note when `notes` (so `report --no-notes` leaves
/// them out) and the note is not private (never drawn: pictures are
/// published). Titles and notes are cut to kMaxTooltipChars; not escaped.
std::map<Date, std::string> heatmap_details(const Curriculum& c, const Journal& journal, Date today, bool notes);

}  // namespace tenk
