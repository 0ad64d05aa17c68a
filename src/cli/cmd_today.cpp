// `tenk today`: what to study today, how long, with links, and whether the
// learner is on track. Never asks anything: choices are already picked.

#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/commands.h"
#include "core/milestones.h"
#include "cli/text.h"
#include "json/effort.h"
#include "json/output.h"

namespace tenk {
namespace {

using nlohmann::json;

std::optional<PlanDay> todays_day(const Plan& plan, Date today) {
  if (!plan.days.empty() && plan.days.front().date == today) return plan.days.front();
  return std::nullopt;
}

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

// The forecast earns a place on the one-line summary only when it tells the
// learner something the plan does not: its p50 more than a week off the end.
std::string forecast_note(const Summary& s) {
  if (!s.forecast) return "";
  if (!s.forecast->p50) return " · at your pace not within " + std::to_string(kForecastHorizonYears) + " years";
  int gap = *s.forecast->p50 - s.end;
  if (gap >= -7 && gap <= 7) return "";
  return " · at your pace " + s.forecast->p50->str();
}

std::string summary_line(const Summary& s, const Style& st, Date today) {
  // Effort first (SPEC 3.3): the habit, which no choice changes; then the
  // end date as it stands, and the streak.
  std::string line = effort_text(s.effort, s.day1, today);
  line += s.finished ? " (the last on " + s.end.str() + ")" : " · plan ends " + s.end.str() + forecast_note(s);
  line += " · streak " + count(static_cast<std::size_t>(s.streaks.current), "day");
  return st.dim + line + st.reset;
}

// A block's title cut so that its line, `used` columns beside it, fits the
// output width; never under 20 columns (the id beside it names the item).
std::string title_within(std::string_view title, std::size_t used) {
  const std::size_t width = output_width();
  const std::size_t room = width > used + 20 ? width - used : 20;
  const std::string shown = printable(title);
  return display_width(shown) > room ? fit(shown, room) : shown;
}

}  // namespace

int cmd_today(Context& ctx) {
  const auto& c = ctx.curriculum();
  const Date today = ctx.today();
  const Plan& plan = ctx.current_plan();
  const std::optional<PlanDay> day = todays_day(plan, today);
  const Summary& summary = ctx.summary();
  Minutes capacity = c.schedule.capacity(today);
  Minutes logged_today = logged_on(ctx.journal(), today);
  std::optional<Date> next = plan.empty() ? std::nullopt : std::optional<Date>(plan.days.front().date);
  if (next && day) {
    auto second = ++plan.days.begin();
    next = second != plan.days.end() ? std::optional<Date>(second->date) : std::nullopt;
  }

  if (ctx.json()) {
    json blocks = json::array();
    if (day)
      for (const auto& b : day->blocks) {
        if (b.is_practice()) {
          const auto& p = c.practice[static_cast<std::size_t>(b.practice)];
          blocks.push_back({{"id", p.id}, {"title", p.title}, {"hours", to_hours(b.minutes)},
                            {"url", p.url.empty() ? json(nullptr) : json(p.url)},
                            {"remaining", nullptr}, {"track", nullptr}, {"practice", true}});
          continue;
        }
        const auto& r = c.resources[static_cast<std::size_t>(b.resource)];
        blocks.push_back({{"id", r.id}, {"title", r.title}, {"hours", to_hours(b.minutes)},
                          {"url", r.url.empty() ? json(nullptr) : json(r.url)},
                          {"remaining", to_hours(ctx.standing().left_after_today(b.resource))},
                          {"track", track_json(c, b.resource)},
                          {"kind", std::string(kind_name(r.kind))}});
      }
    json unlocks = json::array();
    for (int r : ctx.standing().unlocked_today()) unlocks.push_back(c.resources[static_cast<std::size_t>(r)].id);
    json j = {{"date", today.str()},
              {"day", day_json(summary.day)},
              {"effort", effort_json(summary.effort)},
              {"curriculum", c.id},
              {"capacity", to_hours(capacity)},
              {"logged_today", to_hours(logged_today)},
              {"blocks", blocks},
              {"unlocks", unlocks},
              {"next_study_day", next ? json(next->str()) : json(nullptr)},
              {"next_milestone", next_milestone_json(c, plan)},
              {"summary", summary_json(summary)}};
    ctx.out << json_text(j) << '\n';
    return 0;
  }

  const auto& s = ctx.style();
  // "Day 36 · Mon 2026-12-07"; before Day 1 there is no number (SPEC 3.3).
  ctx.out << s.bold << (summary.day ? "Day " + std::to_string(*summary.day) : std::string("Today")) << " · "
          << day_label(today) << s.reset << "  " << s.dim << printable(c.title) << s.reset
          << "\n\n";
  if (plan.empty()) {
    ctx.out << "  Everything in the plan is done. Add resources to " << printable(c.id)
            << " or swap a choice to keep going.\n";
  } else if (!day) {
    if (capacity == 0)
      ctx.out << "  No study planned today: it is a rest day in your schedule.\n";
    else
      ctx.out << "  Done for today: " << format_hours(logged_today) << " logged of the " << format_hours(capacity)
              << " your schedule has today. Well done.\n";
    const auto& first = plan.days.front();
    ctx.out << "  Next study day: " << s.bold << day_label(first.date) << s.reset << " ("
            << relative_days(today, first.date) << "): ";
    for (std::size_t i = 0; i < first.blocks.size(); ++i)
      ctx.out << (i ? ", " : "") << format_hm(first.blocks[i].minutes) << " "
              << printable(block_title(c, first.blocks[i])) << s.dim << " (" << printable(block_id(c, first.blocks[i]))
              << ")" << s.reset;
    ctx.out << '\n';
  } else {
    for (const auto& b : day->blocks) {
      if (b.is_practice()) {
        const auto& p = c.practice[static_cast<std::size_t>(b.practice)];
        const std::string meta = "  " + printable(p.id) + " · practice";
        ctx.out << "  " << s.cyan << s.bold << right(format_hm(b.minutes), 5) << s.reset << "  " << s.bold
                << title_within(p.title, 9 + display_width(meta)) << s.reset << s.dim << meta << s.reset << '\n';
        if (!p.url.empty()) ctx.out << "         " << s.blue << printable(p.url) << s.reset << '\n';
        continue;
      }
      const auto& r = c.resources[static_cast<std::size_t>(b.resource)];
      Minutes left = ctx.standing().left_after_today(b.resource);
      std::string meta = "  " + printable(r.id);
      if (r.kind != Kind::Unspecified && r.kind != Kind::Other) meta += std::string(" · ") + std::string(kind_name(r.kind));
      if (const Track* t = track_of(c, b.resource)) meta += " · " + printable(t->title);
      ctx.out << "  " << s.cyan << s.bold << right(format_hm(b.minutes), 5) << s.reset << "  " << s.bold
              << title_within(r.title, 9 + display_width(meta)) << s.reset << s.dim << meta << s.reset << '\n';
      if (!r.url.empty()) ctx.out << "         " << s.blue << printable(r.url) << s.reset << '\n';
      ctx.out << "         " << s.dim
              << (left == 0 ? std::string("finishes today") : format_hours(left) + " left after today") << s.reset
              << '\n';
    }
    if (logged_today > 0)
      ctx.out << "  " << s.dim << "(" << format_hours(logged_today) << " already logged today)" << s.reset << '\n';
    auto unlocks = ctx.standing().unlocked_today();
    if (!unlocks.empty()) {
      ctx.out << "\n  Unlocks next: ";
      for (std::size_t i = 0; i < unlocks.size() && i < 3; ++i)
        ctx.out << (i ? ", " : "") << printable(title_of(c, unlocks[i])) << s.dim << " ("
                << printable(c.resources[static_cast<std::size_t>(unlocks[i])].id) << ")" << s.reset;
      if (unlocks.size() > 3) ctx.out << " and " << unlocks.size() - 3 << " more";
      ctx.out << '\n';
    }
  }
  if (auto m = next_planned_milestone(c, plan))
    ctx.out << "\n  Next milestone: "
            << milestone_sentence(c, m->resource, m->end, ctx.today(), ctx.style().dim, ctx.style().reset) << '\n';
  ctx.out << '\n' << "  " << summary_line(summary, s, today) << '\n';
  return 0;
}

}  // namespace tenk
