#include "json/today.h"

#include "json/effort.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

json url_or_null(const std::string& url) { return url.empty() ? json(nullptr) : json(url); }

json block_json(const Curriculum& c, const Block& b, Minutes left_after) {
  if (b.is_practice()) {
    const auto& p = c.practice[static_cast<std::size_t>(b.practice)];
    return {{"id", p.id},          {"title", p.title}, {"hours", to_hours(b.minutes)}, {"url", url_or_null(p.url)},
            {"remaining", nullptr}, {"track", nullptr}, {"practice", true}};
  }
  const auto& r = c.resources[static_cast<std::size_t>(b.resource)];
  return {{"id", r.id},
          {"title", r.title},
          {"hours", to_hours(b.minutes)},
          {"url", url_or_null(r.url)},
          {"remaining", to_hours(left_after)},
          {"track", track_json(c, b.resource)},
          {"kind", std::string(kind_name(r.kind))}};
}

// The one-line summary's figures.
json summary_json(const Summary& s) {
  auto date = [](const std::optional<Date>& d) { return d ? json(d->str()) : json(nullptr); };
  return {{"logged_hours", to_hours(s.logged)},
          {"delta_hours", to_hours(s.delta)},
          {"streak_days", s.streaks.current},
          {"habit_strength", s.habit_strength},
          {"end", s.end.str()},
          {"finished", s.finished},
          {"baseline_end", s.baseline_end.str()},
          {"forecast_p50", s.forecast ? date(s.forecast->p50) : json(nullptr)},
          {"forecast_p85", s.forecast ? date(s.forecast->p85) : json(nullptr)}};
}

}  // namespace

json today_json(Standing& s, const TodayView& v) {
  const Curriculum& c = s.curriculum();
  json blocks = json::array();
  if (v.day)
    for (std::size_t i = 0; i < v.day->blocks.size(); ++i) blocks.push_back(block_json(c, v.day->blocks[i], v.left_after[i]));
  json unlocks = json::array();
  for (int r : v.unlocks) unlocks.push_back(c.resources[static_cast<std::size_t>(r)].id);
  const Summary& summary = s.summary();
  return {{"date", s.today().str()},
          {"day", day_json(summary.day)},
          {"effort", effort_json(summary.effort)},
          {"curriculum", c.id},
          {"capacity", to_hours(v.capacity)},
          {"logged_today", to_hours(v.logged_today)},
          {"blocks", blocks},
          {"unlocks", unlocks},
          {"next_study_day", v.next ? json(v.next->date.str()) : json(nullptr)},
          {"next_milestone", next_milestone_json(c, s.current_plan())},
          {"summary", summary_json(summary)}};
}

}  // namespace tenk
