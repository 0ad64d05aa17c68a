#pragma once
// `tenk undo` (SPEC 2): the one change to the journal that is not an
// append. Under the journal's exclusive lock, the last line that is an entry
// is cut off, but only when nothing but blank lines follows it: a comment or
// a line tenk cannot read after it means a person edited the file, and tenk
// will not guess which line they meant.

#include <functional>
#include <string>

#include "core/curriculum.h"
#include "core/journal.h"

namespace tenk {

/// What undo_last_entry removed.
struct UndoneEntry {
  JournalEntry entry;  ///< the entry as read back
  std::string line;    ///< the line as it was in the file, without its newline
  int line_number = 0;  ///< 1-based
};

/// Removes the journal's last entry: truncates `path` at the start of its
/// last non-blank line, which must be an entry, then fsyncs. Throws
/// InputError, leaving the file byte-identical, when the file is missing or
/// not a regular file, when it has no non-blank line, when its last
/// non-blank line is a comment or any line the readers skip
/// (read_journal_line, with `curriculum` when given, decides), or when
/// the blank lines after it are longer than any entry could be.
///
/// `confirm`, when given, is asked under the lock, once the entry is known
/// and before anything is cut: returning false (or throwing) leaves the file
/// byte-identical. It may ask a person, so the lock is held while they think:
/// a `tenk log` meanwhile waits rather than slipping a line in after it.
using ConfirmUndo = std::function<bool(const UndoneEntry&)>;
UndoneEntry undo_last_entry(const std::string& path, const Curriculum* curriculum, const ConfirmUndo& confirm = {});

}  // namespace tenk
