// `tenk plan [--days N] [--baseline]`: the plan day by day, with week
// separators and a mark where a resource finishes.

#include <algorithm>
#include <map>
#include <ostream>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "cli/text.h"
#include "core/milestones.h"
#include "json/output.h"

namespace tenk {
namespace {

void print_header(Context& ctx, const PlanGraph& g, const Plan& plan, bool baseline) {
  const auto& c = g.curriculum();
  const auto& s = ctx.style();
  ctx.out << s.bold << printable(c.title) << s.reset << " — " << (baseline ? "baseline" : "plan");
  if (plan.empty()) {
    ctx.out << ": nothing left to plan. Every resource in the plan is done.\n";
    return;
  }
  ctx.out << " from " << day_label(plan.start) << " to " << s.bold << day_label(plan.end) << s.reset << " ("
          << relative_days(ctx.today(), plan.end) << ")\n"
          << plan.spans.size() << " resources, " << format_hours(plan.resource_minutes()) << " to go";
  if (plan.end == plan.lower_bound_end)
    ctx.out << "; no day is left short, so this is the earliest possible end.\n";
  else
    ctx.out << "; the earliest conceivable end is " << plan.lower_bound_end.str()
            << " (max_per_day and min_block leave some hours unused).\n";
}

// The columns of a plan line: the title gets what the terminal leaves
// after the date, the hours, the id and the mark, counted in display
// columns (CJK titles take two a character).
struct Columns {
  std::size_t title = 20, id = 0;
  std::size_t track = 0;  ///< with tracks, each block's track id in a column of its own
};

Columns columns_for(const Curriculum& c, const PlanDays& days, Date until) {
  std::size_t longest_title = 0, longest_id = 0;
  for (const auto& day : days) {
    if (day.date >= until) break;
    for (const auto& b : day.blocks) {
      longest_title = std::max(longest_title, display_width(printable(block_title(c, b))));
      longest_id = std::max(longest_id, display_width(printable(block_id(c, b))));
    }
  }
  constexpr std::size_t kFixed = 2 + 14 + 2 + 5 + 2;  // indent, date, hours
  constexpr std::size_t kMark = 2 + 10;                // "  ✓ finishes"
  Columns cols;
  cols.id = std::min<std::size_t>(longest_id, 32);
  if (c.tracks.size() > 1)
    for (const auto& t : c.tracks) cols.track = std::max(cols.track, std::min<std::size_t>(display_width(printable(t.id)), 16));
  const std::size_t fixed = kFixed + (cols.track ? cols.track + 2 : 0);
  const std::size_t width = output_width();
  const std::size_t room = width > fixed + 2 + cols.id + kMark ? width - fixed - 2 - cols.id - kMark : 0;
  cols.title = std::clamp<std::size_t>(std::min(room, longest_title), std::min<std::size_t>(20, longest_title),
                                       std::max<std::size_t>(20, longest_title));
  return cols;
}

void print_day(Context& ctx, const Curriculum& c, const PlanDay& day, const std::map<int, Date>& ends,
               const Columns& cols) {
  const auto& s = ctx.style();
  bool first = true;
  for (const auto& b : day.blocks) {
    auto end = b.is_practice() ? ends.end() : ends.find(b.resource);
    bool finishes = end != ends.end() && end->second == day.date;
    bool marked = finishes || b.is_practice();
    ctx.out << "  " << (first ? day_label(day.date) : std::string(14, ' ')) << "  " << right(format_hm(b.minutes), 5)
            << "  ";
    if (cols.track) {
      const Track* t = b.is_practice() ? nullptr : track_of(c, b.resource);
      ctx.out << s.cyan << fit(t ? t->id : std::string("practice"), cols.track) << s.reset << "  ";
    }
    ctx.out << fit(block_title(c, b), cols.title) << "  " << s.dim;
    // A plan is what will happen: a resource "finishes" on its last day.
    if (marked)
      ctx.out << fit(block_id(c, b), cols.id) << s.reset << "  "
              << (finishes ? s.green + "✓ finishes" : s.dim + "practice") << s.reset;
    else
      ctx.out << printable(block_id(c, b)) << s.reset;
    ctx.out << '\n';
    first = false;
  }
}

}  // namespace

int cmd_plan(Context& ctx, const PlanOptions& opts) {
  const PlanGraph& g = opts.baseline ? ctx.baseline_graph() : ctx.graph();
  const Plan& planned = opts.baseline ? ctx.baseline_plan() : ctx.current_plan();
  // `plan` lists the days to the end; `--days N` the next N calendar days,
  // the practice-only days after the end included (SPEC 3.1). Past
  // 9999-12-31 nothing is ever planned; the clamp keeps the date arithmetic
  // in range for absurd values such as --days 2147483647.
  Date until = planned.end + 1;
  if (opts.days > 0) until = planned.start + std::min(opts.days, Date::max() - planned.start + 1);
  const Plan plan = opts.days > 0 ? ctx.plan_until(opts.baseline, until) : planned;

  if (ctx.json()) {
    write_plan_json(ctx.out, g, plan, opts.baseline, until);
    return 0;
  }

  const auto& c = g.curriculum();
  const auto& s = ctx.style();
  print_header(ctx, g, plan, opts.baseline);
  std::map<int, Date> ends;
  for (const auto& span : plan.spans) ends[span.resource] = span.end;

  const Columns cols = columns_for(c, plan.days, until);
  std::optional<Date> week;
  std::size_t shown = 0;
  for (const auto& day : plan.days) {
    if (day.date >= until) break;
    Date monday = day.date - day.date.weekday();
    if (week != monday) {
      week = monday;
      std::string rule;
      for (int i = 0; i < 56; ++i) rule += "─";
      ctx.out << '\n' << s.dim << "── week of " << monday.str() << " " << rule << s.reset << '\n';
    }
    print_day(ctx, c, day, ends, cols);
    ++shown;
  }
  std::size_t to_end = 0;
  for (const auto& day : plan.days) to_end += day.date <= plan.end;
  if (opts.days > 0 && shown < to_end)
    ctx.out << '\n' << s.dim << "… " << to_end - shown << " more study days to " << plan.end.str()
            << " (tenk plan without --days shows all)" << s.reset << '\n';
  return 0;
}

}  // namespace tenk
