#include "core/post.h"

#include <algorithm>
#include <map>

#include "core/effort.h"
#include "core/progress.h"

namespace tenk {

PostContent gather_post(const Curriculum& c, const Journal& journal, const Plan& current, Date day1, Date date,
                        bool week, Date today) {
  PostContent p;
  p.week = week;
  p.from = week ? date - date.weekday() : date;
  p.to = week ? std::min(p.from + 6, today) : date;
  p.day_from = day_number(day1, p.from);
  p.day_to = day_number(day1, p.to);

  // Finished in the period: done by its end and not the day before it.
  const Progress before = apply_journal(c, journal, p.from - 1);
  const Progress after = apply_journal(c, journal, p.to);
  std::map<Date, Minutes> by_day;
  std::map<std::string, std::size_t> item_of;  // id -> index in p.items
  for (const auto& e : journal) {
    if (e.is_pick() || e.date < p.from || e.date > p.to) continue;
    if (e.studied_minutes) {
      p.minutes += *e.studied_minutes;
      by_day[e.date] += *e.studied_minutes;
    }
    auto [at, fresh_id] = item_of.try_emplace(e.id, p.items.size());
    if (!e.note.empty() && !e.is_private) p.notes.push_back({e.date, at->second, e.note});
    if (fresh_id) {
      PostItem fresh;
      fresh.id = e.id;
      const NodeRef ref = c.find(e.id);
      if (ref.is_resource()) fresh.resource = ref.index;
      if (ref.is_practice()) fresh.practice = ref.index;
      if (fresh.resource >= 0) {
        const auto r = static_cast<std::size_t>(fresh.resource);
        fresh.finished = after.resources[r].done && !before.resources[r].done;
      }
      p.items.push_back(fresh);
    }
    if (e.studied_minutes) p.items[at->second].minutes += *e.studied_minutes;
  }
  for (const auto& [d, m] : by_day)
    if (m > 0) ++p.days_studied;

  p.streak = compute_streaks(c.schedule, minutes_by_date(journal, p.to), p.to);
  p.next_milestone = next_planned_milestone(c, current);
  for (const auto& span : current.spans) {
    if (p.next.size() == 3) break;
    if (std::find(p.next.begin(), p.next.end(), span.resource) == p.next.end()) p.next.push_back(span.resource);
  }
  return p;
}

}  // namespace tenk
