#include "json/post.h"

namespace tenk {

using nlohmann::json;

json post_json(const Curriculum& c, const PostContent& p, const std::string& text, bool short_form) {
  auto day = [](const std::optional<int>& d) { return d ? json(*d) : json(nullptr); };
  auto title = [&](const PostItem& i) {
    return i.resource >= 0 ? c.resources[static_cast<std::size_t>(i.resource)].title
           : i.practice >= 0 ? c.practice[static_cast<std::size_t>(i.practice)].title
                             : std::string();
  };
  json items = json::array(), notes = json::array(), next = json::array();
  for (const auto& i : p.items)
    items.push_back({{"id", i.id}, {"title", title(i)}, {"hours", to_hours(i.minutes)}, {"finished", i.finished}});
  for (const auto& n : p.notes) notes.push_back({{"date", n.date.str()}, {"id", p.items[n.item].id}, {"note", n.text}});
  for (int r : p.next) {
    const auto& res = c.resources[static_cast<std::size_t>(r)];
    next.push_back({{"id", res.id}, {"title", res.title}});
  }
  json milestone = nullptr;
  if (p.next_milestone) {
    const auto& m = c.resources[static_cast<std::size_t>(p.next_milestone->resource)];
    milestone = {{"id", m.id}, {"title", m.title}, {"end", p.next_milestone->end.str()}};
  }
  return {{"curriculum", c.id},  {"week", p.week},          {"from", p.from.str()},
          {"to", p.to.str()},    {"day", day(p.day_to)},     {"day_from", day(p.day_from)},
          {"hours", to_hours(p.minutes)}, {"days_studied", p.days_studied}, {"streak_days", p.streak.current},
          {"items", items},      {"notes", notes},           {"next", next},
          {"next_milestone", milestone}, {"short", short_form}, {"text", text}};
}

}  // namespace tenk
