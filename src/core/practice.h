#pragma once
// How practice items take their time from a date (SPEC 3.1). The planner
// calls these for every date it plans; resources get what is left.

#include <vector>

#include "core/curriculum.h"
#include "core/planner.h"

namespace tenk {

/// The practice blocks of a date while resources remain: each unlocked item
/// takes its week[weekday] minutes, in file order, never more than is
/// `left`, which shrinks by what they take. `logged` (the start day only;
/// else empty) holds the minutes already logged on each item that date:
/// they count against that item's reservation first, and the caller has
/// already taken all of them off `left`.
///
/// Example: left 180, items a (mon 60) and b (mon 150) on a Monday, nothing
/// logged: a 60, b 120, left 0.
std::vector<Block> reserve_practice(const Curriculum& c, const std::vector<bool>& unlocked, Date date,
                                    const std::vector<Minutes>& logged, Minutes& left);

/// The practice blocks of a date after the last resource is finished: the
/// date's whole `capacity` shared among the unlocked items in proportion
/// to their weekly minutes, whole minutes, the rest of the split to the
/// first in file order; `logged` and `left` as for reserve_practice.
///
/// Example: capacity 100, a (7 h a week) and b (14 h): a 34, b 66.
std::vector<Block> share_practice(const Curriculum& c, const std::vector<bool>& unlocked, Minutes capacity,
                                  const std::vector<Minutes>& logged, Minutes& left);

}  // namespace tenk
