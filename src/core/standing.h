#pragma once
// Where the learner stands: everything derived from the curriculum, the
// journal and today (progress, the plan graphs, the current plan and the
// baseline, the summary), each worked out once, when first asked for.
// Every command, picture and report reads it through cli/Context, and the
// stability test reads the same object, so the property it checks is the
// one users run.

#include <optional>
#include <string>
#include <vector>

#include "core/plan_graph.h"
#include "core/plan_input.h"
#include "core/planner.h"
#include "core/progress.h"
#include "core/summary.h"

namespace tenk {

/// Changing one choice's pick (by `swap`, or by hours logged on an option):
/// which resource was picked, which is, and the end of the current plan
/// before and after. Only the pick differs between the two plans.
struct PickChange {
  int choice = -1;
  int previous = -1;  ///< resource index
  int picked = -1;    ///< resource index
  Date end_before, end_after;

  bool changed() const { return picked != previous; }
  int delta_days() const { return end_after - end_before; }
};

class Standing {
 public:
  /// `c` and `journal` must outlive the standing.
  Standing(const Curriculum& c, const Journal& journal, Date today);

  const Curriculum& curriculum() const { return c_; }
  const Journal& journal() const { return journal_; }
  Date today() const { return today_; }

  /// The journal applied up to today.
  const Progress& progress();
  /// The plan graph with the current picks.
  const PlanGraph& graph();
  /// What the current plan is made from: the work left, from today.
  const PlanInput& current_input();
  /// The current plan (SPEC 3.3): from today, journal applied, with the
  /// practice-only days after its end for the next kPracticeHorizon days.
  const Plan& current_plan();
  /// How far the current plan lists practice-only days: far enough for
  /// `today` to find the next study day after a long break.
  static constexpr int kPracticeHorizon = 60;

  /// The first options' graph and the day the baseline starts (SPEC 3.3).
  const PlanGraph& baseline_graph();
  Date baseline_start() const;
  /// The baseline; its practice-only days run to today, so that "planned
  /// before today" counts them.
  const Plan& baseline_plan();
  /// The current plan or the baseline with its practice-only days listed
  /// up to `until` (exclusive), for `plan --days N` and exports.
  Plan plan_until(bool baseline, Date until);
  /// What picking resource `option` for choice `choice` does to the end:
  /// the current state planned again with that one pick changed.
  PickChange repick(int choice, int option);
  /// repick for each option of `choice`, in the choice's order (what
  /// `swap CHOICE` shows); the current pick's is no change.
  std::vector<PickChange> option_changes(int choice);

  /// The figures of `status`, `today`, the pictures, the report and `post`.
  const Summary& summary();

  /// Each resource's state (done, active, ready, blocked, unpicked).
  const std::vector<ResourceState>& resource_states();
  /// Whether each practice item is unlocked (everything it requires done).
  const std::vector<bool>& practice_unlocked();
  /// The state of a resource, a choice (its pick's) or a practice item
  /// ("practice" or "locked"), as SPEC 4 names it.
  std::string state_of(NodeRef item);
  /// What directly requires resource `r`, or the choice it is an option
  /// of: resources, then practice items, in file order.
  std::vector<NodeRef> required_by(int r);

  /// Minutes the current plan leaves on resource `r` after today's block.
  Minutes left_after_today(int r);
  /// Resources in the current plan that become startable because
  /// something they require finishes today.
  std::vector<int> unlocked_today();

 private:
  const Curriculum& c_;
  const Journal& journal_;
  Date today_;
  std::optional<Progress> progress_;
  std::optional<PlanGraph> graph_, baseline_graph_;
  std::optional<PlanInput> current_input_;
  std::optional<Plan> current_plan_, baseline_plan_;
  std::optional<Summary> summary_;
  std::optional<std::vector<ResourceState>> states_;
  std::optional<std::vector<bool>> practice_unlocked_;
};

}  // namespace tenk
