#pragma once
// Appending to the journal safely (SPEC 2): one whole line, one write(2),
// under flock, then fsync. A crash can lose the new line but never damage
// the lines before it; a failed write (a full disk, a file-size limit, an
// I/O error) is undone before the lock is let go.

#include <functional>
#include <string>
#include <string_view>

#include "core/curriculum.h"
#include "core/journal.h"
#include "journal/reader.h"

namespace tenk {

/// The entry as one journal line, newline-terminated, e.g.
/// `- {date: 2024-06-08, id: linalg-3b1b, hours: 1.5, note: "chapters 1-3"}`
/// (`, private: true` last when the entry is private).
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
/// refused before anything is written. A symbolic link to a file not there
/// yet is followed and the file it names created, as an editor would; when
/// that file's folder is missing, or the links loop, it is an InputError. Throws InputError naming the file
/// and the reason on any failure; exceptions from `check` pass through.
void append_line(const std::string& path, const std::string& line, const AppendCheck& check = {});

/// Refuses, with an InputError, an entry no writer may append (SPEC 2):
/// one dated after `today` (the journal records what happened), or with a
/// note longer than 64 KB (its line must stay readable). The other
/// rules of an entry's values are the reader's (a writer cannot produce
/// them from format_entry) or need the journal (check_day_total).
void check_new_entry(const JournalEntry& entry, Date today);

/// The 24-hour rule (SPEC 2): refuses, with an InputError, hours that would
/// make more than 24 h logged on the entry's date, counting every entry of
/// `before` on that date.
void check_day_total(const Journal& before, const JournalEntry& entry);

/// Run by append_entry under the journal's lock with the journal as it is
/// then, every entry before the new one (read with the curriculum given, so
/// with the usual warnings): the caller may keep it, and throws to refuse.
using EntryCheck = std::function<void(JournalReadResult& before)>;

/// The one way commands write an entry: check_new_entry; then, under the
/// journal's lock, when the entry has hours or a `check` is given, the
/// journal is read as it is then, check_day_total applied and `check` run
/// (two processes can never both add 4 h to a day holding 20 h); then
/// append_line(path, format_entry(entry)). Nothing is written when any of
/// them refuses.
void append_entry(const std::string& path, const JournalEntry& entry, Date today, const Curriculum* curriculum,
                  const EntryCheck& check = {});

namespace detail {
/// True for the code points format_entry always escapes inside quotes
/// (controls, line and paragraph separators, the byte-order mark). The
/// reader's fast path relies on it: such a character written raw is left
/// to yaml-cpp.
bool must_escape(unsigned cp);
}  // namespace detail

}  // namespace tenk
