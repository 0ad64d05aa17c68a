#pragma once
// Small text helpers for human output: widths, spans of time, titles.

#include <string>
#include <string_view>
#include <vector>

#include "core/curriculum.h"
#include "core/effort.h"
#include "core/quote.h"
#include "core/words.h"

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
/// The title of resource `r`.
const std::string& title_of(const Curriculum& c, int r);
/// "Title (id), Title (id) and 3 more": the first `shown` resources by title,
/// each id between `dim` and `reset`, the rest counted ("and 3 more", or
/// with `noun` "and 3 more milestones").
std::string resource_names(const Curriculum& c, const std::vector<int>& resources, std::size_t shown,
                           const std::string& dim = "", const std::string& reset = "", std::string_view noun = {});
/// "Tue 2026-11-24".
std::string day_label(Date d);
/// "GPT from scratch (gpt-from-scratch): the plan reaches it Tue 2026-11-24 (in 3 weeks)".
std::string milestone_sentence(const Curriculum& c, int resource, Date end, Date today, const std::string& dim,
                               const std::string& reset);

}  // namespace tenk
