#pragma once
// One resource, choice or practice item as `show` presents it: what it is,
// where it stands, what it waits for and opens, when the plan has it, and
// what the journal says about it. Gathered once, for text and JSON alike.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/standing.h"

namespace tenk {

struct ItemView {
  /// An item another item requires or opens, with its state (SPEC 4 names).
  using Neighbour = std::pair<std::string, std::string>;  // (id, state)

  NodeRef ref;
  std::string id, type, title, url, kind, state;
  std::vector<std::string> topics;
  std::optional<Minutes> estimate, remaining;
  /// The estimate times the learner's median pace (SPEC 3.4), once tenk
  /// knows it.
  std::optional<Minutes> at_your_pace;
  Minutes logged = 0;
  std::optional<Minutes> week;  ///< practice: minutes a week
  std::vector<Neighbour> requires_, unlocks;
  std::optional<Date> start, end;
  const Choice* choice = nullptr;  ///< the choice it is an option of, or itself
  std::string picked;              ///< that choice's pick
  std::vector<const JournalEntry*> entries;  ///< about it, up to today, by date
  bool milestone = false;
  std::vector<int> leads_to;  ///< the milestones in the plan that require it
  const Track* track = nullptr;
};

/// The view of `item` (a choice is seen through its pick) as `s` stands.
ItemView view_of(Standing& s, NodeRef item);

}  // namespace tenk
