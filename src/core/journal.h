#pragma once
// The journal as data: what the learner logged. Read and written by
// journal/reader and journal/writer; interpreted by core/progress.

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/duration.h"

namespace tenk {

/// One line of the journal, of one of two kinds (SPEC 2):
///  - a log entry names a resource or practice item by `id` and says one or
///    more of: time studied (`studied_minutes`), a re-estimate of what is
///    left (`left_minutes`), that it is `done`; with an optional `note`;
///  - a pick entry (`choice` and `pick`) chooses an option of a choice.
/// The file writes hours; in memory every duration is whole minutes, and the
/// field names say so.
struct JournalEntry {
  Date date;
  std::string id;                          ///< resource id (log entry)
  std::optional<Minutes> studied_minutes;  ///< `hours:` — time studied
  std::optional<Minutes> left_minutes;     ///< `left:` — re-estimate as of this entry
  bool done = false;
  std::string note;
  std::string choice;  ///< choice id (pick entry)
  std::string pick;    ///< the option picked (pick entry)
  int line = 0;        ///< 1-based line in the journal file, 0 if not from a file
  /// `private: true`: the note stays out of what is published (SPEC 2).
  /// Last, so that the positional initializers written before it still fit.
  bool is_private = false;

  bool is_pick() const { return !choice.empty(); }
  /// Study time this entry adds (0 for a pick or a bare re-estimate).
  Minutes studied() const { return studied_minutes.value_or(0); }
};

/// The entries in file order.
using Journal = std::vector<JournalEntry>;

}  // namespace tenk
