#pragma once
// Small text helpers for human output: widths, spans of time, titles.

#include <string>
#include <string_view>

#include "core/curriculum.h"
#include "core/effort.h"
#include "core/quote.h"

namespace tenk {

/// `text` made safe for a terminal: C0 controls and DEL in caret notation
/// (ESC -> `^[`), C1 controls and the bidirectional controls (U+202A-E,
/// U+2066-9) as `<U+202E>`, bytes that are not UTF-8 as U+FFFD. Every text
/// that did not come from tenk itself (titles, ids, notes, paths, values
/// echoed in messages) goes through this before it reaches a terminal;
/// JSON keeps the exact text instead.
std::string printable(std::string_view text);
/// A whole document (CSV, iCalendar, SVG, HTML) made safe for a terminal:
/// each line through printable(), its end (LF, or CR LF) a newline.
/// Example: "a,\x1b[2J\r\nb\r\n" -> "a,^[[2J\nb\n".
std::string printable_lines(std::string_view text);
/// Columns a terminal gives code point `cp`: 2 for East Asian wide and
/// fullwidth characters and emoji, 0 for combining marks and zero-width
/// characters, else 1.
std::size_t char_width(unsigned cp);
/// Columns a terminal gives UTF-8 text (bytes that are not UTF-8 count 1).
std::size_t display_width(std::string_view s);
/// `s` made printable, cut to `width` columns with "…", then padded with
/// spaces to `width`.
std::string fit(std::string_view s, std::size_t width);
/// `s` made printable and padded on the left to `width` columns.
std::string right(std::string_view s, std::size_t width);
/// "1 choice", "3 choices", "1 practice item": `n` and the noun, plural
/// when n != 1 (`plural_form` when the plural is not noun + "s").
std::string count(std::size_t n, std::string_view noun, std::string_view plural_form = {});
/// "today", "tomorrow", "in 5 days", "in 3 weeks", "in 2 years 4 months",
/// "3 days ago" — how far `to` is from `from`.
std::string relative_days(Date from, Date to);
/// "+12 days", "-3 days", "no change".
std::string signed_days(int days);
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
/// The title of resource `r`.
const std::string& title_of(const Curriculum& c, int r);
/// "Tue 2026-11-24".
std::string day_label(Date d);
/// "GPT from scratch (gpt-from-scratch): the plan reaches it Tue 2026-11-24 (in 3 weeks)".
std::string milestone_sentence(const Curriculum& c, int resource, Date end, Date today, const std::string& dim,
                               const std::string& reset);

}  // namespace tenk
