#include "json/entry.h"

#include "core/duration.h"

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

}  // namespace tenk
