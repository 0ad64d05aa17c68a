#pragma once
// The learner's figures in words: one sentence per figure, so that the
// commands, the pictures, the report and the post say them the same way
// (effort, why the end moved, how far a date is). Plain text, no colour:
// callers add their own emphasis.

#include <cstddef>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/effort.h"

namespace tenk {

/// "1 choice", "3 choices", "1 practice item": `n` and the noun, plural
/// when n != 1 (`plural_form` when the plural is not noun + "s").
std::string count(std::size_t n, std::string_view noun, std::string_view plural_form = {});
/// "today", "tomorrow", "in 5 days", "in 3 weeks", "in 2 years 4 months",
/// "3 days ago" — how far `to` is from `from`.
std::string relative_days(Date from, Date to);
/// "+12 days", "-3 days", "no change".
std::string signed_days(int days);
/// A share as a whole percentage: 0.766 is "77%" (habit strength, rhythm).
std::string percent_text(double share);
/// Effort in words (SPEC 3.3), the headline of `today` and `status`:
/// "behind by 6 h (about 3 study days): 11 h logged of the 17 h your
/// schedule offered since Day 1", "on schedule: ...", "finished: every
/// resource in your plan is done", "not started: Day 1 is 2027-01-04 (in 4
/// weeks)".
std::string effort_text(const Effort& e, Date day1, Date today);
/// Why the end moved, in words: "plan ends 2030-06-22 (in 3 years): +36 days
/// from your picks, -4 days from your pace and re-estimates"; never
/// "behind".
std::string end_change_text(const EndChange& change, Date end, Date today);

}  // namespace tenk
