#include "json/entry.h"

#include "core/duration.h"

namespace tenk {

nlohmann::json entry_json(const JournalEntry& e) {
  using nlohmann::json;
  json j = {{"date", e.date.str()},
            {"id", e.is_pick() ? e.choice : e.id},
            {"hours", e.hours ? json(to_hours(*e.hours)) : json(nullptr)},
            {"note", e.note}};
  if (e.is_pick()) {
    j["choice"] = e.choice;
    j["pick"] = e.pick;
  }
  if (e.left) j["left"] = to_hours(*e.left);
  if (e.done) j["done"] = true;
  if (e.is_private) j["private"] = true;
  return j;
}

}  // namespace tenk
