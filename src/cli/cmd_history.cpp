// `tenk history [--from D] [--to D] [--id ID] [--by day|week|month]`: the
// journal read back, with the notes, the days studied and the gaps between
// them, or hours per resource a week or a month (like `hledger bal -W`).

#include <ostream>

#include "cli/commands.h"
#include "cli/names.h"
#include "cli/text.h"
#include "core/effort.h"
#include "core/error.h"
#include "core/history.h"
#include "json/history.h"
#include "json/output.h"

namespace tenk {
namespace {

HistoryBy by_option(const std::string& text) {
  if (text.empty() || text == "day") return HistoryBy::Day;
  if (text == "week") return HistoryBy::Week;
  if (text == "month") return HistoryBy::Month;
  throw InputError("--by must be day, week or month, got '" + shorten(text, 40) + "'");
}

std::string note_lines(const std::string& note) {
  // A note may hold newlines (escaped in the file); each goes on its own
  // line, indented under its entry, every line made printable.
  std::string out, line;
  for (char ch : note + "\n") {
    if (ch != '\n') {
      line += ch;
      continue;
    }
    out += "            " + printable(line) + "\n";
    line.clear();
  }
  return out;
}

void print_entry(Context& ctx, const JournalEntry& e) {
  const auto& c = ctx.curriculum();
  const auto& s = ctx.style();
  if (e.is_pick()) {
    ctx.out << "            " << s.dim << "picked " << printable(e.pick) << " for " << printable(e.choice) << s.reset
            << '\n';
    return;
  }
  std::string what = e.studied_minutes ? format_hm(*e.studied_minutes) : "";
  ctx.out << "    " << right(what, 6) << "  " << printable(title_for_id(c, e.id)) << "  " << s.dim << printable(e.id);
  if (e.left_minutes) ctx.out << " · " << format_hours(*e.left_minutes) << " left";
  if (e.done) ctx.out << " · done";
  ctx.out << s.reset << '\n';
  if (!e.note.empty()) ctx.out << note_lines(e.note);
}

// The days between two days studied, as a person reads a gap: each one
// when there are two or fewer, else one line for the run.
void print_gap(Context& ctx, Date from, Date to) {
  if (to < from) return;
  const auto& sched = ctx.curriculum().schedule;
  const auto& s = ctx.style();
  const auto [study, rest] = gap_days(sched, from, to);
  if (to - from < 2) {
    for (Date d = from; d <= to; ++d)
      ctx.out << "  " << s.dim << day_label(d) << "  "
              << (d == ctx.today() ? "nothing logged yet today" : sched.capacity(d) > 0 ? "no study" : "rest day")
              << s.reset << '\n';
    return;
  }
  ctx.out << "  " << s.dim << day_label(from) << " to " << day_label(to) << "  ";
  if (study == 0) ctx.out << count(static_cast<std::size_t>(rest), "rest day");
  else ctx.out << "no study on " << count(static_cast<std::size_t>(study), "study day") << (rest ? ", " + count(static_cast<std::size_t>(rest), "rest day") : "");
  ctx.out << s.reset << '\n';
}

void print_by_day(Context& ctx, const std::vector<const JournalEntry*>& entries, Date from, Date to, Date day1) {
  const auto& s = ctx.style();
  std::optional<Date> shown;
  Date next = from;  // the first day not yet shown
  for (std::size_t i = 0; i < entries.size();) {
    const Date d = entries[i]->date;
    print_gap(ctx, next, d - 1);
    Minutes total = 0;
    std::size_t j = i;
    for (; j < entries.size() && entries[j]->date == d; ++j)
      if (entries[j]->studied_minutes) total += *entries[j]->studied_minutes;
    // "Day 10 · Wed 2026-11-25", as `today` heads the day (SPEC 3.3).
    const auto number = day_number(day1, d);
    ctx.out << "  " << s.bold << (number ? "Day " + std::to_string(*number) + " · " : std::string()) << day_label(d)
            << s.reset << "  " << (total > 0 ? format_hours(total) : "") << '\n';
    for (; i < j; ++i) print_entry(ctx, *entries[i]);
    next = d + 1;
    shown = d;
  }
  if (shown || next <= to) print_gap(ctx, next, to);
}

void print_by_period(Context& ctx, const std::vector<HistoryPeriod>& periods, HistoryBy by) {
  const auto& c = ctx.curriculum();
  const auto& s = ctx.style();
  for (const auto& p : periods) {
    // Named by the whole period it belongs to, even when --from cuts it.
    std::string label = by == HistoryBy::Week ? "Week of " + (p.start - p.start.weekday()).str() : p.start.str().substr(0, 7);
    ctx.out << "  " << s.bold << fit(label, 18) << s.reset << right(format_hours(p.minutes), 9) << '\n';
    for (const auto& [id, minutes] : p.by_id)
      ctx.out << "    " << right(format_hours(minutes), 8) << "  " << printable(title_for_id(c, id)) << "  " << s.dim
              << printable(id) << s.reset << '\n';
  }
  if (periods.empty()) ctx.out << "  " << s.dim << "nothing logged" << s.reset << '\n';
}

}  // namespace

int cmd_history(Context& ctx, const HistoryOptions& opts) {
  const Date today = ctx.today();
  const HistoryBy by = by_option(opts.by);
  std::string id;
  if (!opts.id.empty()) {
    // An id of the curriculum (or a title), or one the journal still has.
    auto entries = entries_between(ctx.journal(), Date::min(), Date::max(), opts.id);
    id = entries.empty() ? resolve_name(ctx, opts.id, "id").id : opts.id;
  }
  // By default, from the first entry shown to today.
  const auto all = entries_between(ctx.journal(), Date::min(), today, id);
  const Date to = date_option(ctx, opts.to, "--to").value_or(today);
  const Date from = date_option(ctx, opts.from, "--from").value_or(std::min(all.empty() ? today : all.front()->date, to));
  if (to < from) throw InputError("--from " + from.str() + " is after --to " + to.str());
  // Entries after today have not happened yet (docs/spec-notes.md).
  const auto entries = entries_between(ctx.journal(), from, std::min(to, today), id);
  const auto periods = history_periods(entries, from, to, by);
  // Day N counts from the whole journal's Day 1, whatever --from or --id.
  const Date day1 = day_one(ctx.curriculum(), ctx.journal(), today);

  if (ctx.json()) {
    ctx.out << json_text(history_json(ctx.curriculum(), entries, periods, from, to, by, day1)) << '\n';
    return 0;
  }
  const HistoryTotals totals = history_totals(entries);
  const auto& s = ctx.style();
  ctx.out << s.bold << "History" << s.reset << " " << from.str() << " to " << to.str();
  if (!id.empty()) ctx.out << " · " << printable(id);
  ctx.out << ": " << format_hours(totals.minutes) << " logged on " << count(totals.days, "day") << "\n\n";
  if (by == HistoryBy::Day) print_by_day(ctx, entries, from, std::min(to, today), day1);
  else print_by_period(ctx, periods, by);
  return 0;
}

}  // namespace tenk
