// `tenk status`: am I on track? Hours against the baseline, streaks, the end
// date, the 10,000-hour projection and where each resource stands.

#include <ostream>

#include "cli/commands.h"
#include "core/forecast.h"
#include "core/milestones.h"
#include "cli/text.h"
#include "core/words.h"
#include "json/output.h"
#include "json/status.h"

namespace tenk {
namespace {

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
            << fit(format_hours(res.minutes), 8) << s.dim << fit(format_hours(rp.remaining) + " left", 12) << "  "
            << printable(res.id) << s.reset << '\n';
  }
  if (rows.size() > limit) ctx.out << "    " << s.dim << "… and " << rows.size() - limit << " more" << s.reset << '\n';
}

// Practice items: hours a week, hours logged, and when a locked one starts.
void print_practice(Context& ctx) {
  const auto& c = ctx.curriculum();
  if (c.practice.empty()) return;
  const auto& p = ctx.progress();
  const auto& plan = ctx.current_plan();
  const auto& s = ctx.style();
  ctx.out << '\n' << "  " << s.bold << "Practice" << s.reset << '\n';
  for (std::size_t i = 0; i < c.practice.size(); ++i) {
    const auto& item = c.practice[i];
    const auto& from = plan.practice_from[i];
    std::string when = !from ? "after the plan" : *from <= ctx.today() ? "" : "from " + from->str();
    ctx.out << "    " << fit(item.title, 46) << right(format_hours(p.practice_logged[i]), 8) << "   "
            << format_hours(item.week_minutes()) << " a week" << s.dim << (when.empty() ? "" : ", " + when) << "  "
            << printable(item.id) << s.reset << '\n';
  }
}

}  // namespace

int cmd_status(Context& ctx) {
  const Summary& s = ctx.summary();
  const auto& states = ctx.standing().resource_states();
  if (ctx.json()) {
    ctx.out << json_text(status_json(ctx.standing(), ctx.journal_path())) << '\n';
    return 0;
  }
  const auto& c = ctx.curriculum();
  const auto& st = ctx.style();
  ctx.out << st.bold << printable(c.title) << st.reset << " — status on " << day_label(ctx.today());
  if (s.day) ctx.out << " · Day " << *s.day;
  ctx.out << "\n\n";

  // Effort first (SPEC 3.3): how the learner kept the habit. The end date
  // comes after it, moved by its causes, never said as "behind": a swap to
  // a longer course is a choice, not a lapse.
  const auto& e = s.effort;
  const std::string& colour = e.state == EffortState::Behind                                      ? st.yellow
                              : e.state == EffortState::Ahead || e.state == EffortState::Finished ? st.green
                                                                                                  : st.reset;
  print_row(ctx, "Effort", colour + effort_text(e, s.day1, ctx.today()) + st.reset);
  print_row(ctx, "End", end_text(s, ctx.today(), st.bold, st.reset));
  const Minutes today_logged = s.logged - s.logged_to_date;
  print_row(ctx, "Logged", format_hours(s.logged) + " in total, " + format_hours(today_logged) + " of it today");
  print_row(ctx, "Streak", streak_text(s.streaks) + " · habit strength " + percent_text(s.habit_strength));
  if (s.forecast) print_row(ctx, "", "at your pace: " + p50_p85(s.forecast->p50, s.forecast->p85));
  auto pace_rows = pace_sentences(s);
  for (std::size_t i = 0; i < pace_rows.size(); ++i) print_row(ctx, i == 0 ? "Your pace" : "", pace_rows[i]);
  // SPEC 3.4: the goal's two figures and no other projection.
  print_row(ctx, "Goal", format_hours(to_minutes(s.goal_hours)) + ": " + goal_text(s));
  if (s.goal_forecast) print_row(ctx, "", "at your pace: " + p50_p85(s.goal_forecast->p50, s.goal_forecast->p85));

  const auto counts = state_counts(states);
  print_row(ctx, "Resources", std::to_string(counts[1]) + " done · " + std::to_string(counts[2]) + " active · " +
                                  std::to_string(counts[3]) + " ready · " + std::to_string(counts[4]) + " blocked · " +
                                  std::to_string(counts[0]) + " not picked");
  if (auto m = next_planned_milestone(c, ctx.current_plan()))
    print_row(ctx, "Milestone", milestone_sentence(c, m->resource, m->end, ctx.today(), ctx.style().dim, ctx.style().reset));
  print_resources(ctx, states, ResourceState::Active, "In progress", 10);
  print_resources(ctx, states, ResourceState::Ready, "Ready next", 5);
  print_resources(ctx, states, ResourceState::Done, "Done", 5);
  print_practice(ctx);
  ctx.out << '\n' << "  " << st.dim << "journal " << printable(ctx.journal_path()) << st.reset << '\n';
  return 0;
}

}  // namespace tenk
