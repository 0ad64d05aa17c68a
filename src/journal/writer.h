#pragma once
// Appending to the journal safely (SPEC 2): one whole line, one write(2),
// under flock, then fsync. A crash can lose the new line but never damage
// the lines before it.

#include <string>
#include <string_view>

#include "core/journal.h"

namespace tenk {

/// The entry as one journal line, newline-terminated, e.g.
/// `- {date: 2024-06-08, id: linalg-3b1b, hours: 1.5, note: "chapters 1-3"}`.
/// Strings are double-quoted with YAML escapes, so any note round-trips.
std::string format_entry(const JournalEntry& entry);

/// Appends `line` (one newline-terminated line) to `path`, creating the file
/// and its folder if needed. If the file does not end in a newline (a line
/// cut by a crash), a newline is written first so the new entry starts on
/// its own line. Throws InputError naming the file on any failure.
void append_line(const std::string& path, const std::string& line);

namespace detail {
/// True for the code points format_entry always escapes inside quotes
/// (controls, line and paragraph separators, the byte-order mark). The
/// reader's fast path relies on it: such a character written raw is left
/// to yaml-cpp.
bool must_escape(unsigned cp);
}  // namespace detail

}  // namespace tenk
