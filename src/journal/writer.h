#pragma once
// Appending to the journal safely (SPEC 2): one whole line, one write(2),
// under flock, then fsync. A crash can lose the new line but never damage
// the lines before it; a failed write (a full disk, a file-size limit, an
// I/O error) is undone before the lock is let go.

#include <functional>
#include <string>
#include <string_view>

#include "core/journal.h"

namespace tenk {

/// The entry as one journal line, newline-terminated, e.g.
/// `- {date: 2024-06-08, id: linalg-3b1b, hours: 1.5, note: "chapters 1-3"}`.
/// Strings are double-quoted with YAML escapes, so any note round-trips.
std::string format_entry(const JournalEntry& entry);

/// Run by append_line once it holds the journal's lock and before it writes
/// anything: it may read the journal, which no other writer can change
/// meanwhile, and throws (an InputError) to refuse the append.
using AppendCheck = std::function<void()>;

/// Appends `line` (one newline-terminated line) to `path`, creating the file
/// and its folders if needed (and flushing the folders that now name them).
/// If the file does not end in a newline (a line cut by a crash), a newline
/// is written first so the new entry starts on its own line. `check`, when
/// given, runs under the lock first (the 24-hour rule reads the journal
/// there). If the write or its fsync fails, the file is cut back to its
/// length before the append, still under the lock, so it stays
/// byte-identical. Only a regular file is appended to: a FIFO or a device is
/// refused before anything is written. Throws InputError naming the file
/// and the reason on any failure; exceptions from `check` pass through.
void append_line(const std::string& path, const std::string& line, const AppendCheck& check = {});

namespace detail {
/// True for the code points format_entry always escapes inside quotes
/// (controls, line and paragraph separators, the byte-order mark). The
/// reader's fast path relies on it: such a character written raw is left
/// to yaml-cpp.
bool must_escape(unsigned cp);
}  // namespace detail

}  // namespace tenk
