#include "core/progress.h"

#include <algorithm>
#include <optional>

namespace tenk {
namespace {

// The entries that count, in the order they happened: date first, file
// order within a date (stable sort keeps it).
std::vector<const JournalEntry*> in_date_order(const Journal& journal, Date until) {
  std::vector<const JournalEntry*> out;
  for (const auto& e : journal)
    if (e.date <= until) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(),
                   [](const JournalEntry* a, const JournalEntry* b) { return a->date < b->date; });
  return out;
}

// Per resource while replaying: a `left` re-estimate resets the count, and
// hours after it come off it. Example: estimate 10; log 3 (7 left); log 1
// with left 4 (4 left: the left is as of after that entry's hour); log 1.5
// -> 2.5 left, 5.5 logged.
struct Tally {
  Minutes logged = 0;
  std::optional<Minutes> left;
  bool marked_done = false;
};

}  // namespace

const char* state_name(ResourceState s) {
  switch (s) {
    case ResourceState::Unpicked: return "unpicked";
    case ResourceState::Done: return "done";
    case ResourceState::Active: return "active";
    case ResourceState::Ready: return "ready";
    case ResourceState::Blocked: return "blocked";
  }
  return "blocked";
}

Progress apply_journal(const Curriculum& c, const Journal& journal, Date until) {
  std::vector<Tally> tally(c.resources.size());
  std::vector<Minutes> practice(c.practice.size(), 0);
  // For each choice, the option index named by the latest valid pick.
  std::vector<std::optional<int>> picked(c.choices.size());

  for (const JournalEntry* e : in_date_order(journal, until)) {
    if (e->is_pick()) {
      auto ref = c.find(e->choice);
      if (!ref.is_choice()) continue;
      const auto& options = c.choices[static_cast<std::size_t>(ref.index)].options;
      for (std::size_t i = 0; i < options.size(); ++i)
        if (options[i].id == e->pick && options[i].target.is_resource()) picked[static_cast<std::size_t>(ref.index)] = static_cast<int>(i);
      continue;
    }
    auto ref = c.find(e->id);
    if (ref.is_practice() && e->studied_minutes) practice[static_cast<std::size_t>(ref.index)] += *e->studied_minutes;
    if (!ref.is_resource()) continue;
    Tally& t = tally[static_cast<std::size_t>(ref.index)];
    if (e->studied_minutes) {
      t.logged += *e->studied_minutes;
      if (t.left) *t.left -= *e->studied_minutes;
    }
    if (e->left_minutes) t.left = *e->left_minutes;  // after this entry's own hours
    if (e->done) t.marked_done = true;
  }

  Progress p;
  p.practice_logged = std::move(practice);
  p.resources.resize(c.resources.size());
  for (std::size_t r = 0; r < c.resources.size(); ++r) {
    const Tally& t = tally[r];
    ResourceProgress& rp = p.resources[r];
    rp.logged = t.logged;
    rp.remaining = std::max<Minutes>(0, t.left ? *t.left : c.resources[r].minutes - t.logged);
    rp.done = t.marked_done || rp.remaining == 0;
    // "Done whatever the hours": nothing is left to plan for it.
    if (rp.done) rp.remaining = 0;
  }

  // An option that some resource requires by its own id is studied whatever
  // the pick, so hours on it say nothing about the learner's preference. If
  // they counted, following a plan that schedules it (as a requirement)
  // would flip the pick and reshuffle the plan, breaking SPEC 3.2 #8.
  std::vector<bool> required_by_id(c.resources.size(), false);
  for (const auto& r : c.resources)
    for (const auto& ref : r.prerequisites)
      if (ref.target.is_resource()) required_by_id[static_cast<std::size_t>(ref.target.index)] = true;

  p.picks.assign(c.choices.size(), -1);
  p.pick_option.assign(c.choices.size(), -1);
  for (std::size_t ch = 0; ch < c.choices.size(); ++ch) {
    const auto& options = c.choices[ch].options;
    int option = -1;
    if (picked[ch]) {
      option = *picked[ch];
    } else {
      // Most logged hours wins; strict '>' keeps the earlier option on ties
      // and leaves -1 when nobody has hours.
      Minutes best = 0;
      for (std::size_t i = 0; i < options.size(); ++i) {
        if (!options[i].target.is_resource() || required_by_id[static_cast<std::size_t>(options[i].target.index)])
          continue;
        Minutes logged = p.resources[static_cast<std::size_t>(options[i].target.index)].logged;
        if (logged > best) best = logged, option = static_cast<int>(i);
      }
      for (std::size_t i = 0; option < 0 && i < options.size(); ++i)
        if (options[i].target.is_resource()) option = static_cast<int>(i);
    }
    if (option < 0) continue;  // no resource among the options (invalid curriculum)
    p.pick_option[ch] = option;
    p.picks[ch] = options[static_cast<std::size_t>(option)].target.index;
  }
  return p;
}

std::vector<ResourceState> resource_states(const PlanGraph& graph, const Progress& progress) {
  const Curriculum& c = graph.curriculum();
  std::vector<ResourceState> states(c.resources.size(), ResourceState::Unpicked);
  for (std::size_t r = 0; r < c.resources.size(); ++r) {
    int ri = static_cast<int>(r);
    if (!graph.in_plan(ri)) continue;
    const ResourceProgress& rp = progress.resources[r];
    if (rp.done) {
      states[r] = ResourceState::Done;
    } else if (rp.logged > 0) {
      states[r] = ResourceState::Active;
    } else {
      // A requirement naming a choice means its pick: graph.requirements()
      // has already resolved that.
      const auto& reqs = graph.requirements(ri);
      bool ready = std::all_of(reqs.begin(), reqs.end(), [&](int q) {
        return progress.resources[static_cast<std::size_t>(q)].done;
      });
      states[r] = ready ? ResourceState::Ready : ResourceState::Blocked;
    }
  }
  return states;
}

std::vector<bool> practice_unlocked(const PlanGraph& graph, const Progress& progress) {
  const std::size_t n = graph.curriculum().practice.size();
  std::vector<bool> out(n, true);
  for (std::size_t p = 0; p < n; ++p)
    for (int q : graph.practice_requirements(static_cast<int>(p)))
      if (!progress.resources[static_cast<std::size_t>(q)].done) out[p] = false;
  return out;
}

Minutes logged_on(const Journal& journal, Date date) {
  Minutes total = 0;
  for (const auto& e : journal)
    if (e.date == date && !e.is_pick() && e.studied_minutes) total += *e.studied_minutes;
  return total;
}

std::array<int, 5> state_counts(const std::vector<ResourceState>& states) {
  std::array<int, 5> counts{};
  for (ResourceState state : states) ++counts[static_cast<std::size_t>(state)];
  return counts;
}

}  // namespace tenk
