#pragma once
// Journal text -> entries (SPEC 2). One entry per line; bad lines are
// reported as warnings and skipped, never fatal: the journal is the user's
// record and must stay usable when one line is damaged.

#include <string>
#include <string_view>

#include "core/curriculum.h"
#include "core/diagnostic.h"
#include "core/journal.h"

namespace tenk {

struct JournalReadResult {
  Journal entries;
  Diagnostics diagnostics;  ///< warnings `FILE:LINE: warning: ...`
};

/// Parses journal text. Each non-blank, non-`#` line must be
/// `- {date: D, id: X, hours: H[, left: H][, done: true][, note: "..."]}` or
/// `- {date: D, choice: C, pick: O}`. With a curriculum, ids/choices/options
/// that it does not know are warned about (with a suggestion) and skipped.
JournalReadResult parse_journal(std::string_view text, const std::string& file,
                                const Curriculum* curriculum = nullptr);

}  // namespace tenk
