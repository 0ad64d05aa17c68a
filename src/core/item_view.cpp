#include "core/item_view.h"

#include <algorithm>

#include "core/forecast.h"
#include "core/milestones.h"

namespace tenk {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

std::vector<ItemView::Neighbour> with_states(Standing& s, const std::vector<Ref>& refs) {
  std::vector<ItemView::Neighbour> out;
  for (const auto& ref : refs)
    if (ref.target) out.emplace_back(ref.id, s.state_of(ref.target));
  return out;
}

// What directly requires resource `r` (or its choice), with states.
std::vector<ItemView::Neighbour> unlocks_of(Standing& s, int r) {
  const Curriculum& c = s.curriculum();
  std::vector<ItemView::Neighbour> out;
  for (NodeRef item : s.required_by(r))
    out.emplace_back(item.is_practice() ? c.practice[idx(item.index)].id : c.resources[idx(item.index)].id,
                     s.state_of(item));
  return out;
}

// The fields of resource `r` itself (or of the pick a choice is seen through).
void view_resource(Standing& s, int r, ItemView& v) {
  const Resource& res = s.curriculum().resources[idx(r)];
  const ResourceProgress& rp = s.progress().resources[idx(r)];
  v.url = res.url, v.estimate = res.minutes;
  v.logged = rp.logged, v.remaining = rp.remaining;
  v.requires_ = with_states(s, res.prerequisites);
  v.milestone = res.milestone;
  v.leads_to = milestones_led_to(s.graph(), r);
  v.track = track_of(s.curriculum(), r);
  v.unlocks = unlocks_of(s, r);
  for (const auto& span : s.current_plan().spans)
    if (span.resource == r) v.start = span.start, v.end = span.end;
}

void view_practice(Standing& s, int i, ItemView& v) {
  const Practice& pr = s.curriculum().practice[idx(i)];
  v.type = "practice";
  v.title = pr.title, v.url = pr.url, v.topics = pr.topics;
  v.logged = s.progress().practice_logged[idx(i)];
  v.week = pr.week_minutes();
  v.requires_ = with_states(s, pr.prerequisites);
  v.start = s.current_plan().practice_from[idx(i)];
}

}  // namespace

ItemView view_of(Standing& s, NodeRef item) {
  const Curriculum& c = s.curriculum();
  const Progress& p = s.progress();
  ItemView v;
  v.ref = item;
  v.state = s.state_of(item);
  const std::size_t i = idx(item.index);
  int resource = -1, choice = -1;
  if (item.is_resource()) {
    const Resource& r = c.resources[i];
    v.type = "resource", v.id = r.id, v.title = r.title;
    v.kind = std::string(kind_name(r.kind)), v.topics = r.topics;
    resource = item.index;
    choice = c.option_of()[i];
  } else if (item.is_choice()) {
    v.type = "choice", v.id = c.choices[i].id, v.title = c.choices[i].title;
    choice = item.index;
    resource = p.picks[i];
  } else {
    v.id = c.practice[i].id;
    view_practice(s, item.index, v);
  }
  if (resource >= 0) view_resource(s, resource, v);
  if (choice >= 0) {
    v.choice = &c.choices[idx(choice)];
    v.picked = c.resources[idx(p.picks[idx(choice)])].id;
  }
  if (v.estimate) v.at_your_pace = at_your_pace(*v.estimate, learn_pace(c, p));
  const std::string* resource_id = resource >= 0 ? &c.resources[idx(resource)].id : nullptr;
  for (const auto& e : s.journal())
    if (e.date <= s.today() && (e.id == v.id || e.choice == v.id || (resource_id && e.id == *resource_id)))
      v.entries.push_back(&e);
  std::stable_sort(v.entries.begin(), v.entries.end(),
                   [](const JournalEntry* a, const JournalEntry* b) { return a->date < b->date; });
  return v;
}

}  // namespace tenk
