#include "json/entry.h"

#include "core/duration.h"
#include "json/choice.h"

namespace tenk {

nlohmann::json entry_json(const JournalEntry& e) {
  using nlohmann::json;
  json j = {{"date", e.date.str()},
            {"id", e.is_pick() ? e.choice : e.id},
            {"hours", e.studied_minutes ? json(to_hours(*e.studied_minutes)) : json(nullptr)},
            {"note", e.note}};
  if (e.is_pick()) {
    j["choice"] = e.choice;
    j["pick"] = e.pick;
  }
  if (e.left_minutes) j["left"] = to_hours(*e.left_minutes);
  if (e.done) j["done"] = true;
  if (e.is_private) j["private"] = true;
  return j;
}

nlohmann::json effect_json(const Curriculum& c, const JournalEntry& entry, const EntryEffect& effect) {
  using nlohmann::json;
  const bool practice = effect.target.is_practice();
  json j = {{"id", entry.id},
            {"practice", practice},
            {"date", entry.date.str()},
            {"hours", entry.studied_minutes ? json(to_hours(*entry.studied_minutes)) : json(nullptr)},
            {"remaining", practice ? json(nullptr) : json(to_hours(effect.remaining))},
            {"done", effect.done},
            {"logged_on_date", to_hours(effect.logged_on_date)}};
  json requires_ids = json::array();
  for (int q : effect.still_requires) requires_ids.push_back(c.resources[static_cast<std::size_t>(q)].id);
  j["still_requires"] = requires_ids;
  if (effect.not_picked_choice >= 0) {
    const auto o = static_cast<std::size_t>(effect.not_picked_choice);
    j["not_picked"] = {{"choice", c.choices[o].id}, {"picked", c.resources[static_cast<std::size_t>(effect.picked_instead)].id}};
  }
  if (effect.pick_change) j["pick_changed"] = pick_change_json(c, *effect.pick_change);
  return j;
}

}  // namespace tenk
