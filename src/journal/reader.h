#pragma once
// Journal text -> entries (SPEC 2). One entry per line; bad lines are
// reported as warnings and skipped, never fatal: the journal is the user's
// record and must stay usable when one line is damaged.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/curriculum.h"
#include "core/diagnostic.h"
#include "core/journal.h"

namespace tenk {

/// The longest journal line read: tenk writes notes of at most 64 KB, which
/// YAML escaping may make a few times longer. A longer line is skipped
/// unread, with a warning, so no parser ever sees it.
constexpr std::size_t kMaxJournalLine = std::size_t{1} << 20;

/// What the readers make of one line of the journal. Every reader and
/// `tenk undo` classify lines through read_journal_line, so they cannot
/// disagree on which lines count.
struct JournalLine {
  enum class Kind { Blank, Comment, Entry, Skipped };
  Kind kind = Kind::Blank;
  JournalEntry entry;       ///< Entry only: as read, with its line number
  bool unknown_id = false;  ///< Entry only: logs on an id the curriculum does not have (kept: its hours count)
  std::string problem;      ///< Skipped only: why, e.g. "missing 'date'"
};

/// Classifies line `line_number` (1-based) of a journal; `raw` is the line
/// without its '\n'. A UTF-8 byte-order mark is ignored at the start of
/// line 1 only (where editors put it); anywhere else it makes the line
/// unreadable. Blank lines and `#` comments are not entries; a line longer
/// than kMaxJournalLine bytes, or one parse_journal's rules refuse (with
/// `curriculum`: also an unknown choice or option, `done`/`left` on a
/// practice item), is Skipped with the reason. Never throws.
JournalLine read_journal_line(std::string_view raw, int line_number, const Curriculum* curriculum);

/// The reason given for a line of `bytes` bytes, longer than kMaxJournalLine.
std::string too_long_problem(std::size_t bytes);

struct JournalReadResult {
  Journal entries;
  /// Warnings `FILE:LINE: warning: ...`, the first kMaxDiagnostics of them.
  Diagnostics diagnostics;
  std::size_t warnings_not_kept = 0;  ///< warnings past the first kMaxDiagnostics, counted only
};

/// Parses journal text. Each non-blank, non-`#` line must be
/// `- {date: D, id: X[, hours: H][, left: H][, done: true][, note: "..."][, private: true]}`
/// (at least one of hours, left, done; 0 < hours <= 24, 0 <= left <= 10000)
/// or `- {date: D, choice: C, pick: O[, note: "..."]}`. Any other line
/// (cut mid-write, bad YAML or date, unknown or repeated key, bad value) is
/// a warning `FILE:LINE: warning: ...; line skipped`, and so is a line
/// longer than kMaxJournalLine. With a curriculum, log entries on ids it
/// does not have are kept (SPEC 2: their hours still count) and summed up
/// in one warning at the first of them; choices or options it does not
/// know are warned about (with a suggestion) and skipped. Never throws on
/// any text.
/// Example: parse_journal("- {date: 2024-06-08, id: a, hours: 1.5}\n", "j")
/// gives one entry with hours == 90 minutes and line == 1.
JournalReadResult parse_journal(std::string_view text, const std::string& file,
                                const Curriculum* curriculum = nullptr);

/// The journal file at `path`, read as parse_journal reads text but a line
/// at a time, so memory stays flat whatever the file holds. A missing file
/// is an empty journal. Throws InputError when it cannot be read at all
/// (not a regular file, unreadable).
JournalReadResult read_journal(const std::string& path, const Curriculum* curriculum);

namespace detail {
/// One value of an entry's mapping, before its meaning is checked.
struct RawValue {
  enum class Kind { Null, Scalar, Other };
  Kind kind = Kind::Scalar;
  std::string text;    ///< the scalar's text (Scalar only)
  bool plain = false;  ///< written without quotes
  bool operator==(const RawValue&) const = default;
};
/// The keys and values of one entry line, in line order (duplicates kept).
using RawEntry = std::vector<std::pair<std::string, RawValue>>;

/// The fast path: reads lines in the simple shape format_entry writes,
/// `- {key: plain, key: "quoted"}`. nullopt when the line has any other
/// shape; then scan_yaml_line decides. Where both read a line they agree.
std::optional<RawEntry> scan_simple_line(std::string_view line);

/// yaml-cpp (yaml/parse.h) on one line, with tight nesting and size limits. Throws std::runtime_error with the reason when the
/// line is not YAML or not one `- {...}` mapping.
RawEntry scan_yaml_line(std::string_view line);
}  // namespace detail

}  // namespace tenk
