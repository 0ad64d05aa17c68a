#pragma once
// `tenk render heatmap`: logged hours per day over the last 52 weeks,
// calendar grid SVG.

#include <map>
#include <string>

#include "core/curriculum.h"

namespace tenk {

/// Weeks as columns (Monday at top), month labels, a colour scale, the total.
std::string render_heatmap(const std::map<Date, Minutes>& by_date, Date today, const std::string& title);

}  // namespace tenk
