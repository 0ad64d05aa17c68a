#include "core/planner.h"

#include <algorithm>
#include <cmath>

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
// Tracks (SPEC 3.2 #9), when the curriculum has more than one: each track
// has its own ready queue, and a day goes in three passes. The tracks with
// ready work at the start of the day (R) get parts of the day's capacity by
// their shares, rounded down to whole minutes.
//   1 each track of R takes its first resource within its part, then fills
//     its part: a whole resource when it fits, else a block of the rest of
//     the part when that is at least min_block, else a resource that fits;
//     so a track stops less than min_block short of its part, or with no
//     ready work left, or with the day at max_per_day. A track takes a
//     second resource only while every track of R has one.
//   2 a track of R still without a resource takes one from what is left
//     (at most max(its part, min_block)); then the tracks fill their parts
//     again, as second resources may now be allowed;
//   3 what is left goes first to the resources on the day that are not
//     finished (a rest smaller than min_block included: invariant 6), then
//     to new resources, the track furthest below its part first.
// The parts depend only on the date's capacity and which tracks have ready
// work: no balance is carried over, so following the plan replans the same
// days (#8). With one track the day is planned as described above.
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
  int priority = 0;   ///< the effective priority (SPEC 3.2)
  int track = 0;
  int span = -1;      ///< index into Plan::spans once placed
  int block = -1;     ///< index of its block in the day being planned, or -1
  bool started = false, in_queue = false, touched = false;
};

// A track's state on the day being planned.
struct TrackDay {
  bool ready = false;  ///< had ready work at the start of the day (in R)
  Minutes part = 0, used = 0;
  int count = 0;  ///< resources of the track on the day (touched ones included)
};

// The day-by-day state of one make_plan call.
class Scheduler {
 public:
  Scheduler(const PlanGraph& graph, const PlanInput& input)
      : graph_(graph), input_(input), schedule_(graph.curriculum().schedule),
        n_(graph.curriculum().resources.size()), tracks_(graph.curriculum().track_count()),
        queues_(static_cast<std::size_t>(tracks_), ReadyQueue(schedule_.largest_min_block())) {}

  Plan run();

 private:
  ReadyKey key(int r) const {
    const Node& x = node_[idx(r)];
    return {x.started, x.priority, x.started ? x.tail : x.chain, r};
  }
  void setup();
  ReadyQueue& queue_of(int r) { return queues_[idx(node_[idx(r)].track)]; }
  void enqueue(int r) {
    queue_of(r).insert(key(r), node_[idx(r)].rem);
    node_[idx(r)].in_queue = true;
  }
  bool nothing_ready() const {
    return std::all_of(queues_.begin(), queues_.end(), [](const ReadyQueue& q) { return q.empty(); });
  }
  void plan_day(PlanDay& day, bool first);
  void unlock_practice_after(int finished);
  int choose(Minutes left, int distinct, bool first) const;
  int best_touched(Minutes left, int track = -1) const;
  void place(PlanDay& day, int r, Minutes minutes);
  // Tracks (#9).
  void plan_day_tracks(PlanDay& day, bool first);
  int pick(int t, Minutes room, bool first) const;
  bool may_add(int t) const;
  Minutes give(PlanDay& day, int t, Minutes budget, bool first, bool one);
  void add(PlanDay& day, int r, Minutes minutes, bool first);
  [[noreturn]] void too_long(const std::string& why) const;

  const PlanGraph& graph_;
  const PlanInput& input_;
  const Schedule& schedule_;
  std::size_t n_;
  int tracks_;
  std::vector<ReadyQueue> queues_;  ///< one per track; queues_[0] is the only one without tracks
  ReadyQueue& queue_ = queues_[0];
  std::vector<Node> node_;
  // The day being planned: its max_per_day and min_block (SPEC 3.1 changes),
  // and, with tracks, each track's part and what it got.
  int max_today_ = 2;
  Minutes min_block_today_ = 30;
  std::vector<TrackDay> track_day_;
  Minutes left_ = 0;
  int distinct_ = 0;
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
  auto priority = graph_.effective_priority();
  for (int r : graph_.resources()) {
    Node& x = node_[idx(r)];
    x.rem = rem[idx(r)];
    x.chain = chain[idx(r)];
    x.tail = x.chain - x.rem;
    x.priority = priority[idx(r)];
    x.started = x.rem > 0 && at_or<bool>(input_.started, r, false);
    longest_ = std::max(longest_, x.chain);
  }
  // Every resource's track, planned or not: one touched on the start day
  // counts for its track there whether it is still to plan or not.
  if (tracks_ > 1)
    for (std::size_t r = 0; r < n_; ++r) node_[r].track = std::max(0, graph_.curriculum().resources[r].track);
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
int Scheduler::best_touched(Minutes left, int track) const {
  int found = -1;
  for (int t : touched_list_) {
    const Node& x = node_[idx(t)];
    if (!x.in_queue || (left < min_block_today_ && x.rem > left)) continue;
    if (track >= 0 && x.track != track) continue;
    if (found < 0 || ReadyOrder{}(key(t), key(found))) found = t;
  }
  return found;
}

// The resource to study next with `left` minutes free, or -1 when nothing
// more is allowed today.
int Scheduler::choose(Minutes left, int distinct, bool first) const {
  if (distinct >= max_today_) return first ? best_touched(left) : -1;
  if (queue_.empty()) return -1;
  if (left >= min_block_today_) return queue_.best().index;
  const ReadyKey* k = queue_.best_fitting(left);
  return k ? k->index : -1;
}

void Scheduler::place(PlanDay& day, int r, Minutes minutes) {
  Node& x = node_[idx(r)];
  queue_of(r).erase(key(r), x.rem);
  x.in_queue = false;
  x.rem -= minutes;
  unplanned_ -= minutes;
  if (x.block >= 0) {
    day.blocks[idx(x.block)].minutes += minutes;  // more of a block already on the day (tracks only)
  } else {
    if (tracks_ > 1) x.block = static_cast<int>(day.blocks.size());
    day.blocks.push_back({r, minutes});
  }
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

// --- tracks (SPEC 3.2 #9) ---------------------------------------------------

// Whether track t may take a resource not yet on the day: the day has room
// for one more, and t has none yet or every track of R has one.
bool Scheduler::may_add(int t) const {
  if (distinct_ >= max_today_) return false;
  if (track_day_[idx(t)].count == 0) return true;
  return std::none_of(track_day_.begin(), track_day_.end(), [](const TrackDay& d) { return d.ready && d.count == 0; });
}

// The resource of track t to give a block of at most `room` minutes, or -1:
// its most preferred ready one when room >= min_block (a block of room if it
// does not fit), else its most preferred one that fits in room.
int Scheduler::pick(int t, Minutes room, bool first) const {
  const ReadyQueue& q = queues_[idx(t)];
  if (room <= 0 || q.empty()) return -1;
  if (!may_add(t)) return first ? best_touched(room, t) : -1;
  if (room >= min_block_today_) return q.best().index;
  const ReadyKey* k = q.best_fitting(room);
  return k ? k->index : -1;
}

void Scheduler::add(PlanDay& day, int r, Minutes minutes, bool first) {
  Node& x = node_[idx(r)];
  TrackDay& td = track_day_[idx(x.track)];
  if (x.block < 0 && !(first && x.touched)) {
    ++distinct_;
    ++td.count;
  }
  td.used += minutes;
  left_ -= minutes;
  place(day, r, minutes);
}

// Track t takes blocks within `budget` minutes (and what is left of the
// day): whole resources while they fit, then a last block of the rest of
// the budget if that is at least min_block. `one`: a single resource.
// Returns what it took.
Minutes Scheduler::give(PlanDay& day, int t, Minutes budget, bool first, bool one) {
  Minutes given = 0;
  while (given < budget && left_ > 0) {
    const Minutes room = std::min(budget - given, left_);
    int r = pick(t, room, first);
    if (r < 0) break;
    const Minutes minutes = std::min(node_[idx(r)].rem, room);
    add(day, r, minutes, first);
    given += minutes;
    if (one || node_[idx(r)].rem > 0) break;  // a partial block: the budget is used up
  }
  return given;
}

void Scheduler::plan_day_tracks(PlanDay& day, bool first) {
  const Curriculum& c = graph_.curriculum();
  left_ = day.capacity;
  distinct_ = first ? static_cast<int>(touched_list_.size()) : 0;
  track_day_.assign(idx(tracks_), TrackDay{});
  if (first)
    for (int t : touched_list_) ++track_day_[idx(node_[idx(t)].track)].count;
  double shares = 0;
  for (int t = 0; t < tracks_; ++t)
    if (!queues_[idx(t)].empty()) {
      track_day_[idx(t)].ready = true;
      shares += c.tracks[idx(t)].share;
    }
  for (int t = 0; t < tracks_; ++t)
    if (track_day_[idx(t)].ready)
      track_day_[idx(t)].part = static_cast<Minutes>(
          std::floor(static_cast<double>(day.capacity) * c.tracks[idx(t)].share / shares));
  auto rest_of_part = [&](int t) { return std::max<Minutes>(0, track_day_[idx(t)].part - track_day_[idx(t)].used); };

  // 1: first resources, then each part filled.
  for (int t = 0; t < tracks_; ++t)
    if (track_day_[idx(t)].ready) give(day, t, rest_of_part(t), first, true);
  for (int t = 0; t < tracks_; ++t)
    if (track_day_[idx(t)].ready) give(day, t, rest_of_part(t), first, false);
  // 2: a track of R still without a resource takes one from what is left.
  for (int t = 0; t < tracks_; ++t)
    if (track_day_[idx(t)].ready && track_day_[idx(t)].count == 0)
      give(day, t, std::max(track_day_[idx(t)].part, min_block_today_), first, true);
  // ... which may let the others fill their parts with second resources now.
  for (int t = 0; t < tracks_; ++t)
    if (track_day_[idx(t)].ready) give(day, t, rest_of_part(t), first, false);
  // 3: what is left: the resources on the day first, then new ones.
  while (left_ > 0) {
    bool placed = false;
    for (std::size_t b = 0; b < day.blocks.size() && left_ > 0; ++b) {
      int r = day.blocks[b].resource;
      if (node_[idx(r)].rem > 0) {
        add(day, r, std::min(node_[idx(r)].rem, left_), first);
        placed = true;
      }
    }
    if (left_ <= 0) break;
    // The track furthest below its part first (tracks that were not ready
    // at the start of the day have no part), then track order.
    int best = -1, chosen = -1;
    for (int t = 0; t < tracks_; ++t) {
      if (queues_[idx(t)].empty()) continue;
      int r = pick(t, left_, first);
      if (r < 0) continue;
      if (best < 0 || track_day_[idx(t)].part - track_day_[idx(t)].used >
                          track_day_[idx(best)].part - track_day_[idx(best)].used) {
        best = t;
        chosen = r;
      }
    }
    if (chosen >= 0) {
      add(day, chosen, std::min(node_[idx(chosen)].rem, left_), first);
      placed = true;
    }
    if (!placed) break;
  }
  for (const Block& b : day.blocks) node_[idx(b.resource)].block = -1;
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
  // The most a day ever leaves for resources once all practice has unlocked,
  // in the schedule in force from the last change on.
  const auto& last_week = schedule_.periods.empty() ? schedule_.week : schedule_.periods.back().week;
  const Minutes last_min_block = schedule_.periods.empty() ? schedule_.min_block : schedule_.periods.back().min_block;
  const Date last_change = schedule_.periods.empty() ? start : schedule_.periods.back().from;
  Minutes best_day = 0;
  for (std::size_t d = 0; d < 7; ++d) {
    Minutes reserved = 0;
    for (const auto& p : c.practice) reserved += p.week[d];
    best_day = std::max(best_day, last_week[d] - reserved);
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
    if (nothing_ready()) throw InputError("the requirements form a cycle (run `tenk check`)");
    // With no day ever leaving min_block once practice has unlocked, only
    // resources that fit whole in a day can be placed; when none is ready
    // nothing will ever change.
    bool all_unlocked = std::all_of(unlocked_.begin(), unlocked_.end(), [](bool u) { return u; });
    if (date > start && date >= last_change && all_unlocked && best_day < last_min_block &&
        std::none_of(queues_.begin(), queues_.end(), [&](const ReadyQueue& q) {
          return q.smallest_small() >= 0 && q.smallest_small() <= best_day;
        }))
      too_long("no day of the week has room for a block of " + format_hours(last_min_block));
    const bool first = date == start;
    max_today_ = schedule_.max_per_day_on(date);
    min_block_today_ = schedule_.min_block_on(date);
    Minutes left = first ? first_capacity : schedule_.capacity(date);
    auto practice = reserve_practice(c, unlocked_, date, first ? input_.practice_used_on_start : kNothingLogged, left);
    covered += left;
    if (!covers_total && covered >= total_) covers_total = date;
    if (!covers_chain && covered >= longest_) covers_chain = date;
    PlanDay day{date, left, {}};
    if (left > 0) {
      if (tracks_ > 1) plan_day_tracks(day, first);
      else plan_day(day, first);
    }
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

Minutes Plan::resource_minutes() const {
  Minutes total = 0;
  for (const auto& span : spans) total += span.minutes;
  return total;
}

}  // namespace tenk
