#include "core/words.h"

#include <cmath>

#include "core/duration.h"

namespace tenk {

std::string count(std::size_t n, std::string_view noun, std::string_view plural_form) {
  std::string out = std::to_string(n) + " ";
  if (n == 1) return out.append(noun);
  if (!plural_form.empty()) return out.append(plural_form);
  return out.append(noun).append("s");
}

std::string relative_days(Date from, Date to) {
  int d = to - from;
  if (d == 0) return "today";
  if (d == 1) return "tomorrow";
  if (d == -1) return "yesterday";
  auto plural = [](int n, const char* unit) { return std::to_string(n) + " " + unit + (n == 1 ? "" : "s"); };
  int a = d < 0 ? -d : d;
  std::string span;
  if (a < 14) span = plural(a, "day");
  else if (a < 60) span = plural(a / 7, "week");
  else if (a < 730) span = plural(a * 12 / 365, "month");
  else {
    int months = a * 12 / 365;
    span = plural(months / 12, "year");
    if (months % 12) span += " " + plural(months % 12, "month");
  }
  return d > 0 ? "in " + span : span + " ago";
}

std::string signed_days(int days) {
  if (days == 0) return "no change";
  std::string s = (days > 0 ? "+" : "") + std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
  return s;
}

std::string percent_text(double share) { return std::to_string(static_cast<long>(std::lround(share * 100))) + "%"; }

std::string effort_text(const Effort& e, Date day1, Date today) {
  switch (e.state) {
    case EffortState::Finished: return "finished: every resource in your plan is done";
    case EffortState::NotStarted: return "not started: Day 1 is " + day1.str() + " (" + relative_days(today, day1) + ")";
    default: break;
  }
  const std::string tally = format_hours(e.logged) + " logged of the " + format_hours(e.offered) +
                            " your schedule offered since Day 1";
  if (e.state == EffortState::OnSchedule)
    return "on schedule: " + (day1 == today ? std::string("today is Day 1") : tally);
  const Minutes gap = e.delta < 0 ? -e.delta : e.delta;
  std::string line = (e.state == EffortState::Ahead ? "ahead by " : "behind by ") + format_hours(gap);
  if (e.study_day > 0) {
    // Whole study days of the schedule's average one: what a person
    // catches up by.
    const long days = std::lround(static_cast<double>(gap) / static_cast<double>(e.study_day));
    line += days == 0 ? " (under a study day)" : " (about " + count(static_cast<std::size_t>(days), "study day") + ")";
  }
  return line + ": " + tally;
}

std::string end_change_text(const EndChange& change, Date end, Date today) {
  std::string line = "plan ends " + end.str() + " (" + relative_days(today, end) + ")";
  if (change.picks == 0 && change.other == 0) return line + ", the baseline's end";
  line += ":";
  if (change.picks != 0) line += " " + signed_days(change.picks) + " from your picks";
  if (change.picks != 0 && change.other != 0) line += ",";
  if (change.other != 0) line += " " + signed_days(change.other) + " from your pace and re-estimates";
  return line;
}

}  // namespace tenk
