#include <algorithm>

#include "core/planner.h"

// PlanDays: a plan's listed days as runs that repeat week after week.
//
// A day extends the last run when every date from the run's last day to it
// agrees with the run's week: a weekday the run has not reached yet (fewer
// than 7 days from its first) takes whatever that date holds; a weekday it
// has reached must hold the same again (nothing, for the dates between two
// listed days). E.g. 1 minute of `a` every day: one run whose seven
// weekdays hold {a, 1}; 1 minute on Mondays only: one run, Monday {a, 1},
// the other weekdays nothing. A new run starts where the pattern changes:
// a resource finishes, a practice item unlocks, a day off, the first day.

namespace tenk {
namespace {

std::size_t wd(Date d) { return static_cast<std::size_t>(d.weekday()); }

}  // namespace

bool PlanDays::extends(Run& run, const PlanDay& day) {
  static const PlanDay kNothing{};
  // What each weekday first reached here holds, before anything is changed.
  std::array<const PlanDay*, 7> fresh{};
  auto agrees = [&](Date e, const PlanDay& holds) {
    const std::size_t w = wd(e);
    if (e - run.first < 7) {  // a weekday the run had not reached
      fresh[w] = &holds;
      return true;
    }
    if (fresh[w]) return fresh[w]->blocks == holds.blocks && (holds.blocks.empty() || fresh[w]->capacity == holds.capacity);
    const Slot& slot = run.week[w];
    return slot.blocks == holds.blocks && (holds.blocks.empty() || slot.capacity == holds.capacity);
  };
  // The dates in between hold nothing; after seven of them every weekday
  // has been checked, and the rest only repeat them.
  const Date gap_end = std::min(day.date, run.last + 8);
  for (Date e = run.last + 1; e < gap_end; ++e)
    if (!agrees(e, kNothing)) return false;
  if (!agrees(day.date, day)) return false;
  for (std::size_t w = 0; w < 7; ++w)
    if (fresh[w]) run.week[w] = Slot{fresh[w]->capacity, fresh[w]->blocks};
  run.last = day.date;
  ++run.count;
  return true;
}

void PlanDays::push_back(PlanDay day) {
  if (day.blocks.empty()) return;
  ++size_;
  if (!runs_.empty() && day.date > runs_.back().last && extends(runs_.back(), day)) return;
  Run run;
  run.first = run.last = day.date;
  run.count = 1;
  run.week[wd(day.date)] = Slot{day.capacity, std::move(day.blocks)};
  runs_.push_back(std::move(run));
}

PlanDays::PlanDays(std::initializer_list<PlanDay> days) {
  for (const auto& d : days) push_back(d);
}

PlanDays::PlanDays(const std::vector<PlanDay>& days) {
  for (const auto& d : days) push_back(d);
}

PlanDay PlanDays::back() const {
  const Run& run = runs_.back();
  const Slot& slot = run.week[wd(run.last)];
  return PlanDay{run.last, slot.capacity, slot.blocks};
}

PlanDays::const_iterator PlanDays::lower_bound(Date from) const {
  auto it = std::partition_point(runs_.begin(), runs_.end(), [from](const Run& r) { return r.last < from; });
  return const_iterator(&runs_, static_cast<std::size_t>(it - runs_.begin()), from);
}

PlanDays::const_iterator::const_iterator(const std::vector<Run>* runs, std::size_t run, std::optional<Date> from)
    : runs_(runs), run_(run) {
  if (run_ < runs_->size()) load(std::max(from.value_or((*runs_)[run_].first), (*runs_)[run_].first));
}

// The run's first listed day on or after `from` (which is at most its last
// listed day): at most a week away, as the pattern repeats weekly.
void PlanDays::const_iterator::load(Date from) {
  const Run& run = (*runs_)[run_];
  for (Date e = from;; ++e) {
    const Slot& slot = run.week[wd(e)];
    if (slot.blocks.empty()) continue;
    day_.date = e;
    day_.capacity = slot.capacity;
    day_.blocks = slot.blocks;
    return;
  }
}

PlanDays::const_iterator& PlanDays::const_iterator::operator++() {
  const Run& run = (*runs_)[run_];
  if (day_.date >= run.last) {
    ++run_;
    if (run_ < runs_->size()) load((*runs_)[run_].first);
    else day_ = PlanDay{};
    return *this;
  }
  load(day_.date + 1);
  return *this;
}

}  // namespace tenk
