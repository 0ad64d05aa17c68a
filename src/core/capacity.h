#pragma once
// Capacity arithmetic over dates (SPEC 3.1).

#include <optional>

#include "core/curriculum.h"

namespace tenk {

/// The first date d >= start such that the capacity of start..d (inclusive)
/// adds up to at least `minutes`; start itself when minutes <= 0.
/// `first_day_capacity` overrides the capacity of `start` (today, after hours
/// already logged today). nullopt if that date would be after Date::max().
/// Cost: O(weeks) with whole weeks skipped arithmetically, plus off dates.
std::optional<Date> date_covering(const Schedule& s, Date start, Minutes minutes,
                                  std::optional<Minutes> first_day_capacity = std::nullopt);

/// Minutes in a whole week (7 days, no off dates).
Minutes week_capacity(const Schedule& s);

}  // namespace tenk
