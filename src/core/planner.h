#pragma once
// The scheduler: remaining minutes of the in-plan resources into blocks on
// days (SPEC 3.2). Greedy day by day; see planner.cpp for why it meets the
// invariants and the lower bound.

#include <array>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <vector>

#include "core/curriculum.h"
#include "core/date.h"
#include "core/plan_graph.h"

namespace tenk {

/// A piece of study: `minutes` of resource `resource` (curriculum index),
/// or of practice item `practice`.
struct Block {
  int resource = -1;  ///< -1 for a practice block
  Minutes minutes = 0;
  int practice = -1;  ///< the practice item's index for a practice block, else -1

  bool is_practice() const { return practice >= 0; }
  static Block of_practice(int p, Minutes m) { return {-1, m, p}; }
  bool operator==(const Block&) const = default;
};

struct PlanDay {
  Date date;
  /// Minutes available for resources on this date: what is left after the
  /// practice reservations (and, on the start day, after what was logged).
  /// The "capacity" of invariants 2 and 6.
  Minutes capacity = 0;
  /// Resource blocks in order of study (one per resource), then practice
  /// blocks in file order (one per item).
  std::vector<Block> blocks;
  bool operator==(const PlanDay&) const = default;
};

/// The listed days of a plan, in date order, stored as runs: a run is a
/// stretch of dates over which the days repeat week after week (the same
/// capacity and blocks on the same weekday, nothing on the others). A
/// resource studied a little every day for years is one run, not millions
/// of days, so a plan's memory follows its changes, not its span. Read it
/// as a sequence of PlanDay (each made when the iterator reaches it).
class PlanDays {
  struct Slot {
    Minutes capacity = 0;
    std::vector<Block> blocks;  ///< empty: nothing listed on this weekday
    bool operator==(const Slot&) const = default;
  };
  struct Run {
    Date first, last;           ///< the first and the last listed day
    std::size_t count = 0;      ///< listed days in the run
    std::array<Slot, 7> week;   ///< by weekday, Monday first; set for the weekdays the run has reached
  };

 public:
  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = PlanDay;
    using difference_type = std::ptrdiff_t;
    using pointer = const PlanDay*;
    using reference = const PlanDay&;

    const_iterator() = default;
    const PlanDay& operator*() const { return day_; }
    const PlanDay* operator->() const { return &day_; }
    const_iterator& operator++();
    bool operator==(const const_iterator& o) const { return run_ == o.run_ && day_.date == o.day_.date; }

   private:
    friend class PlanDays;
    // The first listed day of `run` on or after `from`.
    const_iterator(const std::vector<Run>* runs, std::size_t run, std::optional<Date> from = std::nullopt);
    void load(Date from);
    const std::vector<Run>* runs_ = nullptr;
    std::size_t run_ = 0;
    PlanDay day_;
  };

  PlanDays() = default;
  /// From days in date order (tests build plans by hand this way).
  PlanDays(std::initializer_list<PlanDay> days);
  explicit PlanDays(const std::vector<PlanDay>& days);

  /// Appends a day with blocks, after every day already listed (a day
  /// without blocks is not listed and is ignored).
  void push_back(PlanDay day);
  bool empty() const { return runs_.empty(); }
  /// The number of listed days.
  std::size_t size() const { return size_; }
  PlanDay front() const { return *begin(); }
  PlanDay back() const;
  const_iterator begin() const { return const_iterator(&runs_, 0); }
  const_iterator end() const { return const_iterator(&runs_, runs_.size()); }
  /// Every listed day as one vector: memory in proportion to the days, for
  /// tests and for callers that have bounded the dates first.
  std::vector<PlanDay> to_vector() const { return {begin(), end()}; }
  /// The first listed day on or after `from` (end() when none is): runs
  /// before it are skipped whole.
  const_iterator lower_bound(Date from) const;
  /// The number of runs (for tests of the compact form).
  std::size_t runs() const { return runs_.size(); }
  bool operator==(const PlanDays& o) const { return to_vector() == o.to_vector(); }

 private:
  static bool extends(Run& run, const PlanDay& day);
  std::vector<Run> runs_;
  std::size_t size_ = 0;
};

/// Where each planned resource falls.
struct ResourceSpan {
  int resource = -1;
  Date start, end;
  Minutes minutes = 0;  ///< minutes planned (its remaining minutes)
};

/// What the planner starts from.
struct PlanInput {
  Date start;  ///< first day to plan (today, or the baseline start)
  /// Remaining minutes per curriculum resource (all resources; entries for
  /// resources outside the plan or done are ignored / 0).
  std::vector<Minutes> remaining;
  /// Per resource: work already started (logged hours, not done). Started
  /// work goes first among ready work.
  std::vector<bool> started;
  /// Per resource: done (counts as finished for its dependents).
  std::vector<bool> done;
  /// Minutes already logged on the start day: taken off its capacity.
  Minutes used_on_start = 0;
  /// Resources already studied on the start day: they count toward
  /// max_per_day there.
  std::vector<int> touched_on_start;
  /// Per practice item, minutes already logged on it on the start day: they
  /// count against its reservation there first (SPEC 3.1).
  std::vector<Minutes> practice_used_on_start;
  /// List practice-only days after the end up to this date (exclusive):
  /// `plan --days N` and `today` show them; `plan` alone stops at the end.
  std::optional<Date> list_until;
};

struct Plan {
  Date start;
  Date end;              ///< the day the last resource is finished; == start when none is left
  Date lower_bound_end;  ///< SPEC 3.2 lower bound, on the capacity practice leaves
  /// Only days with blocks, in date order: up to `end`, then practice-only
  /// days up to PlanInput::list_until.
  PlanDays days;
  std::vector<ResourceSpan> spans;   ///< planned resources, in order of their start
  /// Per practice item: the first date it takes time (the day after what it
  /// requires is finished, or the start), or nullopt when that is after
  /// the last date planned.
  std::vector<std::optional<Date>> practice_from;
  /// Whether any resource is left to plan.
  bool has_resources() const { return !spans.empty(); }
  /// Minutes the plan schedules for its resources: what is left to study.
  Minutes resource_minutes() const;
  bool empty() const { return days.empty(); }
};

/// Plans every in-plan resource that is not done and has remaining minutes,
/// into the capacity the unlocked practice items leave (SPEC 3.1), then the
/// practice-only days to input.list_until. Deterministic. Throws InputError
/// if the plan would end after Date::max() (a schedule too thin for the work).
/// Cost: O((resources + requirements) log resources + days x practice items).
Plan make_plan(const PlanGraph& graph, const PlanInput& input);

/// Appends to `plan` (made by make_plan from `input`) its practice-only days
/// up to `until` (exclusive), after those it already lists: once the last
/// resource is finished every practice item has unlocked, and each date's
/// whole capacity is shared among them (SPEC 3.1).
void extend_with_practice(const Curriculum& c, const PlanInput& input, Plan& plan, Date until);

/// The id and the title of what a block studies: a resource or a practice item.
const std::string& block_id(const Curriculum& c, const Block& b);
const std::string& block_title(const Curriculum& c, const Block& b);

}  // namespace tenk
