#include "core/history.h"

#include <algorithm>
#include <optional>

namespace tenk {
namespace {

// The first day of the period holding `d`.
Date period_start(Date d, HistoryBy by) {
  switch (by) {
    case HistoryBy::Day: return d;
    case HistoryBy::Week: return d - d.weekday();
    case HistoryBy::Month: return Date::from_ymd(d.year(), d.month(), 1);
  }
  return d;
}

// The first day of the period after the one starting at `start`, or
// nullopt past 9999-12-31.
std::optional<Date> next_start(Date start, HistoryBy by) {
  if (by == HistoryBy::Month) {
    if (start.year() == 9999 && start.month() == 12) return std::nullopt;
    return start.month() == 12 ? Date::from_ymd(start.year() + 1, 1, 1) : Date::from_ymd(start.year(), start.month() + 1, 1);
  }
  const int step = by == HistoryBy::Day ? 1 : 7;
  if (Date::max() - start < step) return std::nullopt;
  return start + step;
}

}  // namespace

const char* history_by_name(HistoryBy by) {
  switch (by) {
    case HistoryBy::Day: return "day";
    case HistoryBy::Week: return "week";
    case HistoryBy::Month: return "month";
  }
  return "day";
}

std::vector<const JournalEntry*> entries_between(const Journal& journal, Date from, Date to, std::string_view id) {
  std::vector<const JournalEntry*> out;
  for (const auto& e : journal)
    if (e.date >= from && e.date <= to && (id.empty() || e.id == id || e.choice == id)) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](const JournalEntry* a, const JournalEntry* b) { return a->date < b->date; });
  return out;
}

std::vector<HistoryPeriod> history_periods(const std::vector<const JournalEntry*>& entries, Date from, Date to,
                                           HistoryBy by) {
  std::vector<HistoryPeriod> out;
  for (const JournalEntry* e : entries) {
    if (e->is_pick() || !e->studied_minutes || e->date < from || e->date > to) continue;
    const Date start = std::max(period_start(e->date, by), from);
    if (out.empty() || out.back().start != start) {
      auto next = next_start(period_start(e->date, by), by);
      out.push_back({start, next && *next - 1 < to ? *next - 1 : to, 0, {}});
    }
    HistoryPeriod& p = out.back();
    p.minutes += *e->studied_minutes;
    auto it = std::find_if(p.by_id.begin(), p.by_id.end(), [&](const auto& kv) { return kv.first == e->id; });
    if (it == p.by_id.end()) p.by_id.emplace_back(e->id, *e->studied_minutes);
    else it->second += *e->studied_minutes;
  }
  return out;
}

HistoryTotals history_totals(const std::vector<const JournalEntry*>& entries) {
  HistoryTotals t;
  std::optional<Date> counted;
  for (const JournalEntry* e : entries) {
    if (!e->studied_minutes) continue;
    t.minutes += *e->studied_minutes;
    if (counted != e->date) ++t.days, counted = e->date;
  }
  return t;
}

GapDays gap_days(const Schedule& schedule, Date from, Date to) {
  GapDays g;
  for (Date d = from; d <= to && (g.study + g.rest) < 100000; ++d) (schedule.capacity(d) > 0 ? g.study : g.rest)++;
  return g;
}

}  // namespace tenk
