#include "core/planner.h"

#include <algorithm>

#include "core/capacity.h"
#include "core/error.h"
#include "core/practice.h"
#include "core/ready_queue.h"

// How the plan is made, and why it holds SPEC 3.2.
//
// Greedy, one day at a time from input.start. A day has `left` minutes; while
// left > 0 and fewer than max_per_day distinct resources are on the day, take
// the most preferred ready resource r:
//   - rem(r) <= left: r's last block, rem(r) minutes (any size); r finishes,
//     and what waited only for r becomes ready at once, the same day;
//   - else if left >= min_block: a block of `left`; the day is full;
//   - else r cannot go today: place the most preferred ready resource that
//     *finishes* within left (rem <= left < min_block), or end the day.
// Example, 2 h a day, min_block 30, max_per_day 3, a (50) -> b (100), c (40):
//   day 1: a 50 (b unlocks), b 70 (day full)   day 2: b 30, c 40
// (b before c on day 1: b has the longer chain, 100 against 40.)
//
// Invariants:
// 1 a resource leaves the plan only when its remaining minutes reach 0, and
//   blocks are carved from rem only: each gets exactly its remaining minutes.
// 2 blocks are at most `left`, which starts at the day's capacity.
// 3 a resource enters the ready set only when its last unfinished in-plan
//   requirement has placed its last block (earlier in the same day at the
//   latest); blocks are listed in study order.
// 4 a new resource is taken only while distinct < max_per_day (resources
//   touched on the start day count from the start).
// 5 a block shorter than its resource's remaining minutes is `left` with
//   left >= min_block; every other block is the resource's last.
// 6 the day ends only when left == 0, or distinct == max_per_day, or nothing
//   is ready, or left < min_block and no ready resource has rem <= left — the
//   cases where nothing more is allowed (ready work only grows by finishing,
//   which the loop has already tried).
// 7 no hashing, no clocks, a total order on ready work (file index last).
// 8 the ready order depends only on what the journal shows before day k:
//   started (logged hours), priority, file order and a chain value that work
//   done before day k cannot change. chain_behind(r) is computed once; for an
//   unstarted r nothing behind it can have started (it all waits for r; the
//   chain stops at finished work, whose dependents wait for nothing), so the
//   value replanning computes is the same. A started r's own remaining
//   minutes shrink as it is worked on, so started work is ranked by the chain
//   strictly behind it (chain - own), which stays fixed. Ranking started work
//   by chain with its own minutes would let two started resources trade
//   places after a day of work, and replanning would reshuffle the plan.
// Lower bound: work is serial, so the end is at least the date when capacity
// covers all remaining minutes (which is at least the longest chain). Every
// day before the last is full unless max_per_day or min_block forbade more,
// so when they do not bite the end is exactly that date.
//
// Practice (SPEC 3.1) comes off each date first: an unlocked item takes its
// weekday's minutes, and resources are planned into what is left, which is
// the capacity of every invariant above and of the lower bound. An item
// unlocks the day after its last requirement places its last block, so
// what it takes depends only on the plan before that day: following the
// plan and replanning finds the same unlock dates (#8). After the last
// resource, practice-only days share the whole capacity.

namespace tenk {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

template <class T>
T at_or(const std::vector<T>& v, int i, T fallback) {
  return idx(i) < v.size() ? v[idx(i)] : fallback;
}

// What the scheduler tracks per resource, in one place: the planner visits
// resources in no particular memory order, so one struct beats six vectors.
struct Node {
  Minutes rem = 0;    ///< minutes not yet placed; 0 = finished (or not to plan)
  Minutes chain = 0;  ///< chain_behind from the input, computed once
  Minutes tail = 0;   ///< chain - own remaining at the start: the chain strictly behind
  int waiting = 0;    ///< unfinished in-plan requirements
  int priority = 0;
  int span = -1;      ///< index into Plan::spans once placed
  bool started = false, in_queue = false, touched = false;
};

// The day-by-day state of one make_plan call.
class Scheduler {
 public:
  Scheduler(const PlanGraph& graph, const PlanInput& input)
      : graph_(graph), input_(input), schedule_(graph.curriculum().schedule),
        n_(graph.curriculum().resources.size()), queue_(schedule_.min_block) {}

  Plan run();

 private:
  ReadyKey key(int r) const {
    const Node& x = node_[idx(r)];
    return {x.started, x.priority, x.started ? x.tail : x.chain, r};
  }
  void setup();
  void enqueue(int r) {
    queue_.insert(key(r), node_[idx(r)].rem);
    node_[idx(r)].in_queue = true;
  }
  void plan_day(PlanDay& day, bool first);
  void unlock_practice_after(int finished);
  int choose(Minutes left, int distinct, bool first) const;
  int best_touched(Minutes left) const;
  void place(PlanDay& day, int r, Minutes minutes);
  [[noreturn]] void too_long(const std::string& why) const;

  const PlanGraph& graph_;
  const PlanInput& input_;
  const Schedule& schedule_;
  std::size_t n_;
  ReadyQueue queue_;
  std::vector<Node> node_;
  std::vector<int> touched_list_;
  // Practice: which items take time today, how many requirements each still
  // waits for, the items waiting on each resource, and those that unlock
  // tomorrow.
  std::vector<bool> unlocked_;
  std::vector<int> practice_waiting_;
  std::vector<std::vector<int>> practice_on_;
  std::vector<int> unlock_tomorrow_;
  std::size_t unfinished_ = 0;
  Minutes total_ = 0, longest_ = 0, unplanned_ = 0;
  Plan plan_;
};

void Scheduler::setup() {
  node_.assign(n_, Node{});
  std::vector<Minutes> rem(n_, 0);
  for (int r : graph_.resources()) {
    Minutes m = at_or<Minutes>(input_.remaining, r, 0);
    if (at_or<bool>(input_.done, r, false) || m <= 0) continue;  // finished already
    rem[idx(r)] = m;
    ++unfinished_;
    total_ += m;
  }
  unplanned_ = total_;
  auto chain = graph_.chain_behind(rem);
  for (int r : graph_.resources()) {
    Node& x = node_[idx(r)];
    x.rem = rem[idx(r)];
    x.chain = chain[idx(r)];
    x.tail = x.chain - x.rem;
    x.priority = graph_.curriculum().resources[idx(r)].priority;
    x.started = x.rem > 0 && at_or<bool>(input_.started, r, false);
    longest_ = std::max(longest_, x.chain);
  }
  for (int t : input_.touched_on_start)
    if (idx(t) < n_ && !node_[idx(t)].touched) {
      node_[idx(t)].touched = true;
      touched_list_.push_back(t);
    }
  for (int r : graph_.resources()) {
    if (rem[idx(r)] == 0) continue;
    for (int q : graph_.requirements(r))
      if (rem[idx(q)] > 0) ++node_[idx(r)].waiting;
    if (node_[idx(r)].waiting == 0) enqueue(r);
  }
  const std::size_t practice = graph_.curriculum().practice.size();
  unlocked_.assign(practice, false);
  practice_waiting_.assign(practice, 0);
  practice_on_.assign(n_, {});
  plan_.practice_from.assign(practice, std::nullopt);
  for (std::size_t p = 0; p < practice; ++p) {
    for (int q : graph_.practice_requirements(static_cast<int>(p)))
      if (rem[idx(q)] > 0) {
        ++practice_waiting_[p];
        practice_on_[idx(q)].push_back(static_cast<int>(p));
      }
    if (practice_waiting_[p] == 0) {
      unlocked_[p] = true;
      plan_.practice_from[p] = input_.start;
    }
  }
}

// `finished` has placed its last block: what waited only for it unlocks the
// day after.
void Scheduler::unlock_practice_after(int finished) {
  for (int p : practice_on_[idx(finished)])
    if (--practice_waiting_[idx(p)] == 0) unlock_tomorrow_.push_back(p);
}

// Among resources touched on the start day (they add nothing to the day's
// distinct count), the most preferred ready one that may take a block now.
int Scheduler::best_touched(Minutes left) const {
  int found = -1;
  for (int t : touched_list_) {
    const Node& x = node_[idx(t)];
    if (!x.in_queue || (left < schedule_.min_block && x.rem > left)) continue;
    if (found < 0 || ReadyOrder{}(key(t), key(found))) found = t;
  }
  return found;
}

// The resource to study next with `left` minutes free, or -1 when nothing
// more is allowed today.
int Scheduler::choose(Minutes left, int distinct, bool first) const {
  if (distinct >= schedule_.max_per_day) return first ? best_touched(left) : -1;
  if (queue_.empty()) return -1;
  if (left >= schedule_.min_block) return queue_.best().index;
  const ReadyKey* k = queue_.best_fitting(left);
  return k ? k->index : -1;
}

void Scheduler::place(PlanDay& day, int r, Minutes minutes) {
  Node& x = node_[idx(r)];
  queue_.erase(key(r), x.rem);
  x.in_queue = false;
  x.rem -= minutes;
  unplanned_ -= minutes;
  day.blocks.push_back({r, minutes});
  if (x.span < 0) {
    x.span = static_cast<int>(plan_.spans.size());
    plan_.spans.push_back({r, day.date, day.date, 0});
  }
  auto& span = plan_.spans[idx(x.span)];
  span.end = day.date;
  span.minutes += minutes;
  if (x.rem > 0) {  // partial block: the day is full, r goes on tomorrow
    x.started = true;
    enqueue(r);
    return;
  }
  --unfinished_;
  for (int d : graph_.dependents(r))
    if (node_[idx(d)].rem > 0 && --node_[idx(d)].waiting == 0) enqueue(d);
  unlock_practice_after(r);
}

// Fills `day` (whose capacity is what practice left) with resource blocks.
void Scheduler::plan_day(PlanDay& day, bool first) {
  Minutes left = day.capacity;
  int distinct = first ? static_cast<int>(touched_list_.size()) : 0;
  while (left > 0) {
    int r = choose(left, distinct, first);
    if (r < 0) break;
    if (!(first && node_[idx(r)].touched)) ++distinct;
    Minutes minutes = std::min(node_[idx(r)].rem, left);
    left -= minutes;
    place(day, r, minutes);
  }
}

void Scheduler::too_long(const std::string& why) const {
  throw InputError("the plan would end after 9999-12-31: " + why + " (" + format_hours(unplanned_) +
                   " left to plan in '" + graph_.curriculum().file + "')");
}

Plan Scheduler::run() {
  setup();
  const Curriculum& c = graph_.curriculum();
  const Date start = input_.start;
  const Date last = Date::max();
  const Minutes first_capacity = std::max<Minutes>(0, schedule_.capacity(start) - input_.used_on_start);
  // The most a day ever leaves for resources once all practice has unlocked.
  Minutes best_day = 0;
  for (std::size_t d = 0; d < 7; ++d) {
    Minutes reserved = 0;
    for (const auto& p : c.practice) reserved += p.week[d];
    best_day = std::max(best_day, schedule_.week[d] - reserved);
  }
  plan_.start = start;
  plan_.spans.reserve(unfinished_);

  // Past the calendar, no plan can fit even without practice (and walking
  // 8,000 years of days to find out would be slow).
  if (!date_covering(schedule_, start, total_, first_capacity))
    too_long("the schedule has too few hours for the work");

  // The lower bound is counted as the days go: what practice leaves of a
  // day depends on when its requirements finish.
  Minutes covered = 0;
  std::optional<Date> covers_total, covers_chain;
  static const std::vector<Minutes> kNothingLogged;
  plan_.end = start;
  for (Date date = start; unfinished_ > 0; ++date) {
    if (date > last) too_long("the schedule has too few hours for the work");
    if (queue_.empty()) throw InputError("the requirements form a cycle (run `tenk check`)");
    // With no day ever leaving min_block once practice has unlocked, only
    // resources that fit whole in a day can be placed; when none is ready
    // nothing will ever change.
    bool all_unlocked = std::all_of(unlocked_.begin(), unlocked_.end(), [](bool u) { return u; });
    if (date > start && all_unlocked && best_day < schedule_.min_block &&
        !(queue_.smallest_small() >= 0 && queue_.smallest_small() <= best_day))
      too_long("no day of the week has room for a block of " + format_hours(schedule_.min_block));
    const bool first = date == start;
    Minutes left = first ? first_capacity : schedule_.capacity(date);
    auto practice = reserve_practice(c, unlocked_, date, first ? input_.practice_used_on_start : kNothingLogged, left);
    covered += left;
    if (!covers_total && covered >= total_) covers_total = date;
    if (!covers_chain && covered >= longest_) covers_chain = date;
    PlanDay day{date, left, {}};
    if (left > 0) plan_day(day, first);
    if (!day.blocks.empty()) plan_.end = date;
    day.blocks.insert(day.blocks.end(), practice.begin(), practice.end());
    if (!day.blocks.empty()) plan_.days.push_back(std::move(day));
    for (int p : unlock_tomorrow_) {
      unlocked_[idx(p)] = true;
      plan_.practice_from[idx(p)] = date + 1;
    }
    unlock_tomorrow_.clear();
  }
  plan_.lower_bound_end = std::max(covers_total.value_or(start), covers_chain.value_or(start));

  if (input_.list_until) extend_with_practice(c, input_, plan_, *input_.list_until);
  return std::move(plan_);
}

}  // namespace

Plan make_plan(const PlanGraph& graph, const PlanInput& input) { return Scheduler(graph, input).run(); }

void extend_with_practice(const Curriculum& c, const PlanInput& input, Plan& plan, Date until) {
  static const std::vector<Minutes> kNothingLogged;
  const std::vector<bool> all(c.practice.size(), true);
  Date from = plan.has_resources() ? plan.end + 1 : plan.start;
  if (!plan.days.empty() && plan.days.back().date >= from) from = plan.days.back().date + 1;
  for (Date date = from; date < until && date <= Date::max(); ++date) {
    const bool first = date == input.start;
    const Minutes capacity = c.schedule.capacity(date);
    Minutes left = first ? std::max<Minutes>(0, capacity - input.used_on_start) : capacity;
    auto blocks = share_practice(c, all, capacity, first ? input.practice_used_on_start : kNothingLogged, left);
    if (!blocks.empty()) plan.days.push_back(PlanDay{date, 0, std::move(blocks)});
  }
}

const std::string& block_id(const Curriculum& c, const Block& b) {
  return b.is_practice() ? c.practice[idx(b.practice)].id : c.resources[idx(b.resource)].id;
}

const std::string& block_title(const Curriculum& c, const Block& b) {
  return b.is_practice() ? c.practice[idx(b.practice)].title : c.resources[idx(b.resource)].title;
}

}  // namespace tenk
