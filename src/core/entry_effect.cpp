#include "core/entry_effect.h"

namespace tenk {
namespace {

std::vector<int> not_done_requirements(Standing& s, int resource) {
  std::vector<int> out;
  for (int q : s.graph().closure(resource))
    if (q != resource && !s.progress().resources[static_cast<std::size_t>(q)].done) out.push_back(q);
  return out;
}

}  // namespace

EntryEffect effect_of(Standing& before, const JournalEntry& entry, NodeRef target) {
  const Curriculum& c = before.curriculum();
  Journal journal = before.journal();
  journal.push_back(entry);
  Standing after(c, journal, before.today());
  const Progress& p = after.progress();

  EntryEffect e;
  e.target = target;
  e.logged_on_date = logged_on(journal, entry.date);
  const auto i = static_cast<std::size_t>(target.index);
  if (target.is_practice()) {
    e.practice_logged = p.practice_logged[i];
    return e;
  }
  if (!target.is_resource()) return e;
  e.remaining = p.resources[i].remaining;
  e.done = p.resources[i].done;
  if (entry.studied_minutes) e.still_requires = not_done_requirements(after, target.index);
  const int owner = c.option_of()[i];
  if (owner < 0) return e;
  const auto o = static_cast<std::size_t>(owner);
  if (p.picks[o] != target.index) {
    e.not_picked_choice = owner;
    e.picked_instead = p.picks[o];
  }
  if (p.picks[o] != before.progress().picks[o]) e.pick_change = before.repick(owner, p.picks[o]);
  return e;
}

}  // namespace tenk
