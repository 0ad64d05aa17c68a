#pragma once
// The tenk command that writes a journal entry again: what `undo` prints so
// the learner can add back what it removed.

#include <string>
#include <string_view>

#include "core/journal.h"

namespace tenk {

/// `s` as one word for a POSIX shell (dash included), pasted whole.
std::string shell_word(std::string_view s);

/// The command (`tenk log ...` or `tenk swap ...`) that writes the same
/// entry again, as the readers read it (SPEC 2), or "" for an entry that
/// records nothing a command can say (`done: false` alone).
std::string command_for(const JournalEntry& e);

}  // namespace tenk
