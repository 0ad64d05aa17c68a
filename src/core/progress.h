#pragma once
// Where the learner stands: the journal applied to the curriculum (SPEC 2
// remaining hours, SPEC 1 picks, SPEC 4 states).

#include <array>
#include <vector>

#include "core/curriculum.h"
#include "core/journal.h"
#include "core/plan_graph.h"

namespace tenk {

enum class ResourceState { Unpicked, Done, Active, Ready, Blocked };

/// "unpicked", "done", "active", "ready", "blocked".
const char* state_name(ResourceState s);

/// How many resources are in each state, indexed by the state.
std::array<int, 5> state_counts(const std::vector<ResourceState>& states);

struct ResourceProgress {
  Minutes logged = 0;     ///< all hours logged (entries counted, see below)
  /// SPEC 2: latest `left` minus hours after it, else estimate minus logged;
  /// never below 0, and 0 once done (a `done: true` ends it whatever was left).
  Minutes remaining = 0;
  bool done = false;  ///< marked done (sticky), or remaining reached 0
};

struct Progress {
  std::vector<ResourceProgress> resources;  ///< one per curriculum resource
  std::vector<Minutes> practice_logged;     ///< one per practice item: all minutes logged on it
  Picks picks;                              ///< one per choice
  /// For each choice: 0-based index in its option list of the pick.
  std::vector<int> pick_option;
};

/// Applies the entries dated on or before `until` (entries after it are
/// ignored, so `--today` in the past shows the past), in date order, file
/// order within a date. Hours on practice items are tallied per item; ids
/// that name nothing in the curriculum are skipped here (their hours still
/// count in minutes_by_date).
/// Picks per SPEC 1: the latest `pick` entry naming a valid option; else the
/// option with the most logged hours (ties: earlier option), not counting
/// options that some resource requires by their own id (they are studied
/// whatever the pick); else the first.
Progress apply_journal(const Curriculum& c, const Journal& journal, Date until);

/// The state of each resource (SPEC 4 `status`): the first that applies of
/// unpicked (not in the plan), done, active (has logged hours), ready (all
/// it requires is done), blocked.
std::vector<ResourceState> resource_states(const PlanGraph& graph, const Progress& progress);

/// Per practice item: whether everything it requires is done, so that it
/// takes its time from the plan's first day (SPEC 3.1); else it is locked.
std::vector<bool> practice_unlocked(const PlanGraph& graph, const Progress& progress);

/// Minutes logged on `date` in total, over all resources.
Minutes logged_on(const Journal& journal, Date date);

}  // namespace tenk
