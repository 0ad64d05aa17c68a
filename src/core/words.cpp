#include "core/words.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

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

std::string end_text(const Summary& s, Date today, const std::string& bold, const std::string& reset) {
  if (s.finished)
    return "every planned resource done, the last on " + bold + s.end.str() + reset + " (" + relative_days(today, s.end) +
           "); baseline " + s.baseline_end.str();
  return end_change_text(s.end_change, s.end, today) + "; baseline " + s.baseline_end.str();
}

std::string streak_text(const Streaks& streaks) {
  return count(static_cast<std::size_t>(streaks.current), "day") + " (longest " + std::to_string(streaks.longest) + ")";
}

std::string goal_text(const Summary& s) {
  return s.goal_eta ? s.goal_eta->str() + " if you study every scheduled hour"
                    : std::string("not before 9999-12-31 at the scheduled hours");
}

namespace {

std::string one_decimal(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::vector<std::string> pace_sentences(const Summary& s) {
  std::vector<std::string> rows;
  if (auto pace = median_pace(s.evidence.pace))
    rows.push_back("you take about " + one_decimal(*pace) + "× the estimates, from " +
                   std::to_string(s.evidence.pace.size()) + " finished resources");
  // The rhythm as a week of zero hours shows in it: the last full week
  // first, then the median and the spread (SPEC 3.4: not only a median).
  if (auto rhythm = median_rhythm(s.evidence.rhythm)) {
    const auto& weeks = s.evidence.rhythm;
    const auto [low, high] = std::minmax_element(
        weeks.begin(), weeks.end(), [](const RhythmSample& a, const RhythmSample& b) { return a.rhythm < b.rhythm; });
    rows.push_back("you studied " + percent_text(weeks.back().rhythm) + " of the scheduled hours last week");
    rows.push_back("over the last " + std::to_string(weeks.size()) + " weeks: " + percent_text(*rhythm) +
                   " (median), from " + percent_text(low->rhythm) + " to " + percent_text(high->rhythm));
  }
  if (!s.forecast && !s.forecast_needs.empty()) rows.push_back("after " + s.forecast_needs + " tenk learns your pace");
  return rows;
}

}  // namespace tenk
