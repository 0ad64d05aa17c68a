// `tenk today`: what to study today, how long, with links, and whether the
// learner is on track. Never asks anything: choices are already picked.

#include <ostream>

#include "cli/commands.h"
#include "cli/text.h"
#include "core/milestones.h"
#include "core/today_view.h"
#include "json/output.h"
#include "json/today.h"

namespace tenk {
namespace {

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

// A line of today's block: its time, its title cut to the width, and its
// id, kind and track beside it.
void print_block_line(Context& ctx, Minutes minutes, const std::string& title, const std::string& meta,
                      const std::string& url) {
  const auto& s = ctx.style();
  ctx.out << "  " << s.cyan << s.bold << right(format_hm(minutes), 5) << s.reset << "  " << s.bold
          << title_within(title, 9 + display_width(meta)) << s.reset << s.dim << meta << s.reset << '\n';
  if (!url.empty()) ctx.out << "         " << s.blue << printable(url) << s.reset << '\n';
}

void print_blocks(Context& ctx, const TodayView& v) {
  const auto& c = ctx.curriculum();
  const auto& s = ctx.style();
  for (std::size_t i = 0; i < v.day->blocks.size(); ++i) {
    const Block& b = v.day->blocks[i];
    if (b.is_practice()) {
      const auto& p = c.practice[static_cast<std::size_t>(b.practice)];
      print_block_line(ctx, b.minutes, p.title, "  " + printable(p.id) + " · practice", p.url);
      continue;
    }
    const auto& r = c.resources[static_cast<std::size_t>(b.resource)];
    std::string meta = "  " + printable(r.id);
    if (r.kind != Kind::Unspecified && r.kind != Kind::Other) meta += std::string(" · ") + std::string(kind_name(r.kind));
    if (const Track* t = track_of(c, b.resource)) meta += " · " + printable(t->title);
    print_block_line(ctx, b.minutes, r.title, meta, r.url);
    ctx.out << "         " << s.dim
            << (v.left_after[i] == 0 ? std::string("finishes today") : format_hours(v.left_after[i]) + " left after today")
            << s.reset << '\n';
  }
  if (v.logged_today > 0)
    ctx.out << "  " << s.dim << "(" << format_hours(v.logged_today) << " already logged today)" << s.reset << '\n';
  if (v.unlocks.empty()) return;
  ctx.out << "\n  Unlocks next: " << resource_names(c, v.unlocks, 3, s.dim, s.reset) << '\n';
}

// A day without a block: why, and the next study day's blocks.
void print_no_block(Context& ctx, const TodayView& v) {
  const auto& c = ctx.curriculum();
  const auto& s = ctx.style();
  if (v.capacity == 0)
    ctx.out << "  No study planned today: it is a rest day in your schedule.\n";
  else
    ctx.out << "  Done for today: " << format_hours(v.logged_today) << " logged of the " << format_hours(v.capacity)
            << " your schedule has today. Well done.\n";
  const PlanDay& next = *v.next;
  ctx.out << "  Next study day: " << s.bold << day_label(next.date) << s.reset << " ("
          << relative_days(ctx.today(), next.date) << "): ";
  for (std::size_t i = 0; i < next.blocks.size(); ++i)
    ctx.out << (i ? ", " : "") << format_hm(next.blocks[i].minutes) << " " << printable(block_title(c, next.blocks[i]))
            << s.dim << " (" << printable(block_id(c, next.blocks[i])) << ")" << s.reset;
  ctx.out << '\n';
}

}  // namespace

int cmd_today(Context& ctx) {
  const TodayView v = today_view(ctx.standing());
  if (ctx.json()) {
    ctx.out << json_text(today_json(ctx.standing(), v)) << '\n';
    return 0;
  }
  const auto& c = ctx.curriculum();
  const Summary& summary = ctx.summary();
  const auto& s = ctx.style();
  // "Day 36 · Mon 2026-12-07"; before Day 1 there is no number (SPEC 3.3).
  ctx.out << s.bold << (summary.day ? "Day " + std::to_string(*summary.day) : std::string("Today")) << " · "
          << day_label(ctx.today()) << s.reset << "  " << s.dim << printable(c.title) << s.reset << "\n\n";
  if (v.day)
    print_blocks(ctx, v);
  else if (v.next)
    print_no_block(ctx, v);
  else
    ctx.out << "  Everything in the plan is done. Add resources to " << printable(c.id)
            << " or swap a choice to keep going.\n";
  if (auto m = next_planned_milestone(c, ctx.current_plan()))
    ctx.out << "\n  Next milestone: " << milestone_sentence(c, m->resource, m->end, ctx.today(), s.dim, s.reset)
            << '\n';
  ctx.out << '\n' << "  " << summary_line(summary, s, ctx.today()) << '\n';
  return 0;
}

}  // namespace tenk
