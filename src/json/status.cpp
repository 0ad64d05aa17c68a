#include "json/status.h"

#include "json/effort.h"
#include "json/forecast.h"
#include "json/output.h"

namespace tenk {

using nlohmann::json;

json items_json(Standing& s) {
  const Curriculum& c = s.curriculum();
  const Progress& p = s.progress();
  const auto& states = s.resource_states();
  json items = json::array();
  for (std::size_t r = 0; r < c.resources.size(); ++r)
    items.push_back({{"id", c.resources[r].id},
                     {"type", "resource"},
                     {"title", c.resources[r].title},
                     {"estimate", to_hours(c.resources[r].minutes)},
                     {"logged", to_hours(p.resources[r].logged)},
                     {"remaining", to_hours(p.resources[r].remaining)},
                     {"state", state_name(states[r])}});
  const auto& unlocked = s.practice_unlocked();
  for (std::size_t i = 0; i < c.practice.size(); ++i)
    items.push_back({{"id", c.practice[i].id},
                     {"type", "practice"},
                     {"title", c.practice[i].title},
                     {"estimate", nullptr},
                     {"logged", to_hours(p.practice_logged[i])},
                     {"remaining", nullptr},
                     {"week_hours", to_hours(c.practice[i].week_minutes())},
                     {"state", unlocked[i] ? "practice" : "locked"}});
  return items;
}

json status_json(Standing& s, const std::string& journal) {
  const Summary& sum = s.summary();
  json j = {{"today", s.today().str()},
            {"curriculum", s.curriculum().id},
            {"day", day_json(sum.day)},
            {"day_one", sum.day1.str()},
            {"effort", effort_json(sum.effort)},
            {"end_change", end_change_json(sum.end_change)},
            {"logged_hours", to_hours(sum.logged)},
            {"goal_hours", sum.goal_hours},
            {"streak_days", sum.streaks.current},
            {"longest_streak_days", sum.streaks.longest},
            {"baseline_hours_to_date", to_hours(sum.baseline_to_date)},
            {"logged_hours_to_date", to_hours(sum.logged_to_date)},
            {"delta_hours", to_hours(sum.delta)},
            {"baseline_start", s.baseline_start().str()},
            {"baseline_end", sum.baseline_end.str()},
            {"end", sum.end.str()},
            {"finished", sum.finished},
            {"goal_eta", sum.goal_eta ? json(sum.goal_eta->str()) : json(nullptr)},
            {"journal", journal},
            {"next_milestone", next_milestone_json(s.curriculum(), s.current_plan())},
            {"resources", items_json(s)}};
  add_forecast_keys(j, sum);
  return j;
}

}  // namespace tenk
