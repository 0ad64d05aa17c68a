#include "json/history.h"

#include "core/effort.h"
#include "json/effort.h"
#include "json/entry.h"

namespace tenk {

using nlohmann::json;

json history_json(const Curriculum& c, const std::vector<const JournalEntry*>& entries,
                  const std::vector<HistoryPeriod>& periods, Date from, Date to, HistoryBy by, Date day1) {
  json list = json::array();
  for (const JournalEntry* e : entries) {
    json j = entry_json(*e);
    j["day"] = day_json(day_number(day1, e->date));
    j["title"] = title_for_id(c, j["id"].get<std::string>());
    list.push_back(j);
  }
  json ps = json::array();
  for (const auto& p : periods) {
    json by_id = json::object();
    for (const auto& [id, minutes] : p.by_id) by_id[id] = to_hours(minutes);
    ps.push_back({{"start", p.start.str()},
                  {"day", day_json(day_number(day1, p.start))},
                  {"end", p.end.str()},
                  {"hours", to_hours(p.minutes)},
                  {"by_id", by_id}});
  }
  return {{"from", from.str()}, {"to", to.str()}, {"by", history_by_name(by)}, {"entries", list}, {"periods", ps}};
}

}  // namespace tenk
