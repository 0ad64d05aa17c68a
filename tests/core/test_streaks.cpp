#include <catch2/catch.hpp>

#include "core/streaks.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::test::day;
using tenk::test::log_entry;

namespace {

// Monday to Friday 2 h, weekends off. 2024-06-03 is a Monday.
Schedule weekdays() {
  Schedule s;
  s.week = {120, 120, 120, 120, 120, 0, 0};
  return s;
}

std::map<Date, Minutes> logged(std::initializer_list<const char*> dates) {
  std::map<Date, Minutes> m;
  for (auto d : dates) m[day(d)] = 60;
  return m;
}

}  // namespace

TEST_CASE("minutes_by_date: sums per date up to `until`, only hours") {
  Journal j = {log_entry("2024-06-08", "a", 60), log_entry("2024-06-08", "b", 30),
               log_entry("2024-06-09", "a", std::nullopt, 10), log_entry("2024-06-10", "a", 15),
               tenk::test::pick_entry("2024-06-08", "c", "x")};
  auto m = minutes_by_date(j, day("2024-06-09"));
  REQUIRE(m.size() == 1);
  CHECK(m.at(day("2024-06-08")) == 90);
  CHECK(minutes_by_date(j, day("2024-06-10")).size() == 2);
}

TEST_CASE("compute_streaks: nothing logged, no streak") {
  auto s = compute_streaks(weekdays(), {}, day("2024-06-12"));
  CHECK(s.current == 0);
  CHECK(s.longest == 0);
}

TEST_CASE("compute_streaks: rest days (capacity 0 weekdays) neither break nor extend") {
  // Thu, Fri, (Sat, Sun rest), Mon, Tue.
  auto m = logged({"2024-06-06", "2024-06-07", "2024-06-10", "2024-06-11"});
  auto s = compute_streaks(weekdays(), m, day("2024-06-11"));
  CHECK(s.current == 4);
  CHECK(s.longest == 4);
}

TEST_CASE("compute_streaks: off dates are skipped like rest days") {
  auto sch = weekdays();
  sch.off = {day("2024-06-05")};  // Wednesday off
  auto m = logged({"2024-06-03", "2024-06-04", "2024-06-06"});
  auto s = compute_streaks(sch, m, day("2024-06-06"));
  CHECK(s.current == 3);
  // Without the off date, the Wednesday breaks it.
  s = compute_streaks(weekdays(), m, day("2024-06-06"));
  CHECK(s.current == 1);
  CHECK(s.longest == 2);
}

TEST_CASE("compute_streaks: today not logged yet does not break the current streak") {
  auto m = logged({"2024-06-03", "2024-06-04"});
  auto s = compute_streaks(weekdays(), m, day("2024-06-05"));
  CHECK(s.current == 2);
  // But a whole unlogged study day before today does.
  s = compute_streaks(weekdays(), m, day("2024-06-06"));
  CHECK(s.current == 0);
  CHECK(s.longest == 2);
  // Over a weekend, Monday not yet logged: Friday's streak still stands.
  m = logged({"2024-06-06", "2024-06-07"});
  CHECK(compute_streaks(weekdays(), m, day("2024-06-10")).current == 2);
}

TEST_CASE("compute_streaks: a gap breaks — longest and current are counted apart") {
  // Mon-Fri of one week (5), Wednesday missed in the next, then Thu-Fri.
  auto m = logged({"2024-06-03", "2024-06-04", "2024-06-05", "2024-06-06", "2024-06-07", "2024-06-10",
                   "2024-06-11", "2024-06-13", "2024-06-14"});
  auto s = compute_streaks(weekdays(), m, day("2024-06-14"));
  CHECK(s.longest == 7);
  CHECK(s.current == 2);
}

TEST_CASE("compute_streaks: hours on a rest day extend the run") {
  auto m = logged({"2024-06-07", "2024-06-08", "2024-06-10"});  // Fri, Sat (rest, logged), Mon
  auto s = compute_streaks(weekdays(), m, day("2024-06-10"));
  CHECK(s.current == 3);
}

TEST_CASE("compute_streaks: entries after today are not counted") {
  auto m = logged({"2024-06-03", "2024-06-04", "2024-06-05"});
  auto s = compute_streaks(weekdays(), m, day("2024-06-04"));
  CHECK(s.current == 2);
  CHECK(s.longest == 2);
}

TEST_CASE("goal_eta: average of the 28 days ending today") {
  std::map<Date, Minutes> m;
  Date today = day("2024-06-28");
  // 28 h over the last 28 days (1 h a day) and 100 h long before.
  for (int i = 0; i < 28; ++i) m[today - i] = 60;
  m[day("2023-01-01")] = 100 * 60;
  CHECK(goal_eta(m, 138, today) == today + 10);   // 10 h left at 1 h/day
  CHECK(goal_eta(m, 137.5, today) == today + 10);  // ceil(9.5)
  CHECK(goal_eta(m, 128, today) == today);         // reached exactly
  CHECK(goal_eta(m, 50, today) == today);          // passed
}

TEST_CASE("goal_eta: fewer than 28 days since the first entry, the average of those days") {
  Date today = day("2024-06-28");
  // Started 7 days ago (today included), 2 h a day: 14 h; 10 h more take 5 days.
  std::map<Date, Minutes> m;
  for (int i = 0; i < 7; ++i) m[today - i] = 120;
  CHECK(average_window(m, today) == 7);
  CHECK(goal_eta(m, 24, today) == today + 5);
  // Started today: today's hours are the average.
  CHECK(goal_eta({{today, 28 * 60}}, 38, today) == today + 1);
  CHECK(average_window({}, today) == 28);
  CHECK(average_window({{today - 100, 60}}, today) == 28);
}

TEST_CASE("goal_eta: nullopt without a goal or without recent hours") {
  std::map<Date, Minutes> m = {{day("2024-01-01"), 600}};
  CHECK(!goal_eta(m, 100, day("2024-06-28")));  // nothing in the last 28 days
  CHECK(!goal_eta(m, 0, day("2024-06-28")));
  CHECK(!goal_eta({}, 100, day("2024-06-28")));
  // Today's hours count; yesterday's 28th-day-back boundary too.
  Date today = day("2024-06-28");
  CHECK(goal_eta({{today - 27, 28 * 60}}, 38, today) == today + 10);
  CHECK(!goal_eta({{today - 28, 28 * 60}, {today - 60, 60}}, 38, today));
  // A goal too far to reach before 9999-12-31.
  CHECK(!goal_eta({{today, 1}}, 1e9, today));
}
