#pragma once
// The journal as data: what the learner logged. Read and written by
// journal/reader and journal/writer; interpreted by core/progress.

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/duration.h"

namespace tenk {

/// One line of the journal: either a log entry (`id` with hours, `left`,
/// `done`, `note`, `private`) or a pick entry (`choice` and `pick`).
struct JournalEntry {
  Date date;
  std::string id;                ///< resource id (log entry)
  std::optional<Minutes> hours;  ///< study time logged
  std::optional<Minutes> left;   ///< re-estimate of what is left, as of this entry
  bool done = false;
  std::string note;
  std::string choice;  ///< choice id (pick entry)
  std::string pick;    ///< the option picked (pick entry)
  int line = 0;        ///< 1-based line in the journal file, 0 if not from a file
  /// `private: true`: the note stays out of what is published (SPEC 2).
  /// Last, so that the positional initializers written before it still fit.
  bool is_private = false;

  bool is_pick() const { return !choice.empty(); }
};

/// The entries in file order.
using Journal = std::vector<JournalEntry>;

}  // namespace tenk
