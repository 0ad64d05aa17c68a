#pragma once
// What one new log entry does to where the learner stands: what `log` and
// `done` report after the append (SPEC 4), worked out here so the command
// only prints it.

#include <optional>
#include <vector>

#include "core/journal.h"
#include "core/standing.h"

namespace tenk {

struct EntryEffect {
  NodeRef target;
  Minutes remaining = 0;        ///< left on the resource after the entry (0 for practice)
  bool done = false;            ///< the resource is done after the entry
  Minutes practice_logged = 0;  ///< practice: every minute on it so far
  Minutes logged_on_date = 0;   ///< logged on the entry's date, on everything
  /// Resources the target still requires that are not done: hours on a
  /// resource that is not ready yet are logged, with a warning (SPEC 2).
  /// Empty unless the entry logs study time.
  std::vector<int> still_requires;
  /// The choice the target is an option of when it is not that choice's
  /// pick after the entry (SPEC 1: only hours or a pick entry make an option
  /// the pick, so `done` alone leaves it out of the plan); -1 otherwise.
  int not_picked_choice = -1;
  int picked_instead = -1;  ///< that choice's pick (a resource index)
  /// Hours on an option that was not the pick make it the pick (SPEC 1):
  /// the change, with what it does to the end, as `swap` shows it.
  std::optional<PickChange> pick_change;
};

/// The effect of `entry`, on `target`, appended to `before`'s journal.
EntryEffect effect_of(Standing& before, const JournalEntry& entry, NodeRef target);

}  // namespace tenk
