#pragma once
// The learner's figures in words: one sentence per figure, so that the
// commands, the pictures, the report and the post say them the same way
// (effort, why the end moved, how far a date is). Plain text, no colour:
// callers add their own emphasis.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/effort.h"
#include "core/summary.h"

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
/// The end in words: end_change_text and the baseline's end, or, once every
/// planned resource is done, when the last was (that date between `bold`
/// and `reset`, for a terminal).
std::string end_text(const Summary& s, Date today, const std::string& bold = "", const std::string& reset = "");
/// "3 days (longest 12)".
std::string streak_text(const Streaks& streaks);
/// When the goal is reached at the scheduled hours: "2036-03-02 if you
/// study every scheduled hour", or "not before 9999-12-31 at the scheduled
/// hours".
std::string goal_text(const Summary& s);
/// What the journal says about the learner's pace, one sentence a row:
/// "you take about 1.4× the estimates, from 7 finished resources", the
/// rhythm last week and over the weeks, and with too little history what
/// is still needed ("after 3 more finished resources tenk learns your pace").
std::vector<std::string> pace_sentences(const Summary& s);

}  // namespace tenk
