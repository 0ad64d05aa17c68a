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
