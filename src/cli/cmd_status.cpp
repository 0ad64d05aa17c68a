// `tenk status`: am I on track? Hours against the baseline, streaks, the end
// date, the 10,000-hour projection and where each resource stands.

#include <nlohmann/json.hpp>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "cli/commands.h"
#include "cli/text.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

json status_json(Context& ctx, const Summary& s, const std::vector<ResourceState>& states) {
  const auto& c = ctx.curriculum();
  const auto& p = ctx.progress();
  json resources = json::array();
  for (std::size_t r = 0; r < c.resources.size(); ++r)
    resources.push_back({{"id", c.resources[r].id},
                         {"title", c.resources[r].title},
                         {"estimate", to_hours(c.resources[r].minutes)},
                         {"logged", to_hours(p.resources[r].logged)},
                         {"remaining", to_hours(p.resources[r].remaining)},
                         {"state", state_name(states[r])}});
  return {{"today", ctx.today().str()},
          {"curriculum", c.id},
          {"logged_hours", to_hours(s.logged)},
          {"goal_hours", s.goal_hours},
          {"streak_days", s.streaks.current},
          {"longest_streak_days", s.streaks.longest},
          {"baseline_hours_to_date", to_hours(s.baseline_to_date)},
          {"logged_hours_to_date", to_hours(s.logged_to_date)},
          {"delta_hours", to_hours(s.delta)},
          {"baseline_start", ctx.baseline_start().str()},
          {"baseline_end", s.baseline_end.str()},
          {"end", s.end.str()},
          {"goal_eta", s.goal_eta ? json(s.goal_eta->str()) : json(nullptr)},
          {"goal_eta_at_schedule", s.goal_eta_at_schedule ? json(s.goal_eta_at_schedule->str()) : json(nullptr)},
          {"average_hours_per_day_28", std::round(s.average_28 * 100) / 100},
          {"resources", resources}};
}

void print_row(Context& ctx, const std::string& label, const std::string& value) {
  ctx.out << "  " << ctx.style().dim << fit(label, 12) << ctx.style().reset << "  " << value << '\n';
}

void print_resources(Context& ctx, const std::vector<ResourceState>& states, ResourceState which,
                     const std::string& heading, std::size_t limit) {
  const auto& c = ctx.curriculum();
  const auto& p = ctx.progress();
  std::vector<int> rows;
  if (which == ResourceState::Ready) {
    // Ready work in the order the plan takes it.
    for (const auto& span : ctx.current_plan().spans)
      if (states[static_cast<std::size_t>(span.resource)] == which) rows.push_back(span.resource);
  } else {
    for (std::size_t r = 0; r < states.size(); ++r)
      if (states[r] == which) rows.push_back(static_cast<int>(r));
  }
  if (rows.empty()) return;
  const auto& s = ctx.style();
  ctx.out << '\n' << "  " << s.bold << heading << s.reset << '\n';
  for (std::size_t i = 0; i < rows.size() && i < limit; ++i) {
    const auto& rp = p.resources[static_cast<std::size_t>(rows[i])];
    const auto& res = c.resources[static_cast<std::size_t>(rows[i])];
    ctx.out << "    " << fit(res.title, 46) << right(format_hours(rp.logged), 8) << " / "
            << fit(format_hours(res.minutes), 8) << s.dim << format_hours(rp.remaining) << " left" << s.reset << '\n';
  }
  if (rows.size() > limit) ctx.out << "    " << s.dim << "… and " << rows.size() - limit << " more" << s.reset << '\n';
}

}  // namespace

int cmd_status(Context& ctx) {
  const Summary& s = ctx.summary();
  auto states = resource_states(ctx.graph(), ctx.progress());
  if (ctx.json()) {
    ctx.out << json_text(status_json(ctx, s, states)) << '\n';
    return 0;
  }
  const auto& c = ctx.curriculum();
  const auto& st = ctx.style();
  ctx.out << st.bold << printable(c.title) << st.reset << " — status on " << day_label(ctx.today()) << "\n\n";

  std::string color = s.delta > 0 ? st.green : s.delta < 0 ? st.yellow : "";
  print_row(ctx, "Logged", format_hours(s.logged) + " in total; " + format_hours(s.logged_to_date) +
                               " before today against " + format_hours(s.baseline_to_date) + " planned → " + color +
                               delta_text(s.delta) + st.reset);
  print_row(ctx, "Streak", std::to_string(s.streaks.current) + (s.streaks.current == 1 ? " day" : " days") +
                               " (longest " + std::to_string(s.streaks.longest) + ")");
  int slip = s.end - s.baseline_end;
  print_row(ctx, "Plan ends", st.bold + s.end.str() + st.reset + " (" + relative_days(ctx.today(), s.end) +
                                  "); baseline " + s.baseline_end.str() + ", " + signed_days(slip));
  char avg[32];
  std::snprintf(avg, sizeof avg, "%.1f", s.average_28);
  print_row(ctx, "Goal", format_hours(to_minutes(s.goal_hours)) + ": " +
                             (s.goal_eta ? s.goal_eta->str() + " at your pace (" + avg + " h/day, last 28 days)"
                                         : std::string("log some hours to see when you reach it at your pace")));
  if (s.goal_eta_at_schedule)
    print_row(ctx, "", s.goal_eta_at_schedule->str() + " if you study every scheduled hour");

  int counts[5] = {0, 0, 0, 0, 0};
  for (auto state : states) ++counts[static_cast<int>(state)];
  print_row(ctx, "Resources", std::to_string(counts[1]) + " done · " + std::to_string(counts[2]) + " active · " +
                                  std::to_string(counts[3]) + " ready · " + std::to_string(counts[4]) + " blocked · " +
                                  std::to_string(counts[0]) + " not picked");
  print_resources(ctx, states, ResourceState::Active, "In progress", 10);
  print_resources(ctx, states, ResourceState::Ready, "Ready next", 5);
  print_resources(ctx, states, ResourceState::Done, "Done", 5);
  return 0;
}

}  // namespace tenk
