#include "json/item.h"

#include "json/entry.h"

namespace tenk {
namespace {

using nlohmann::json;

json hours_or_null(const std::optional<Minutes>& m) { return m ? json(to_hours(*m)) : json(nullptr); }

json neighbours(const std::vector<ItemView::Neighbour>& list) {
  json out = json::array();
  for (const auto& [id, state] : list) out.push_back({{"id", id}, {"state", state}});
  return out;
}

json choice_json(const ItemView& v) {
  if (!v.choice) return nullptr;
  json options = json::array();
  for (const auto& o : v.choice->options) options.push_back(o.id);
  return {{"id", v.choice->id}, {"title", v.choice->title}, {"picked", v.picked}, {"options", options}};
}

}  // namespace

json item_json(const Curriculum& c, const ItemView& v) {
  json leads_to = json::array();
  for (int m : v.leads_to) leads_to.push_back(c.resources[static_cast<std::size_t>(m)].id);
  json entries = json::array();
  for (const JournalEntry* e : v.entries) entries.push_back(entry_json(*e));
  return {{"id", v.id},
          {"type", v.type},
          {"title", v.title},
          {"url", v.url.empty() ? json(nullptr) : json(v.url)},
          {"kind", v.kind.empty() ? json(nullptr) : json(v.kind)},
          {"topics", v.topics},
          {"state", v.state},
          {"estimate", hours_or_null(v.estimate)},
          {"estimate_at_your_pace", hours_or_null(v.at_your_pace)},
          {"logged", to_hours(v.logged)},
          {"remaining", hours_or_null(v.remaining)},
          {"week_hours", hours_or_null(v.week)},
          {"requires", neighbours(v.requires_)},
          {"unlocks", neighbours(v.unlocks)},
          {"start", v.start ? json(v.start->str()) : json(nullptr)},
          {"end", v.end ? json(v.end->str()) : json(nullptr)},
          {"choice", choice_json(v)},
          {"milestone", v.milestone},
          {"leads_to", leads_to},
          {"track", v.track ? json(v.track->id) : json(nullptr)},
          {"entries", entries}};
}

}  // namespace tenk
