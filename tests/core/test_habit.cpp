#include <catch2/catch.hpp>

#include <cmath>

#include "core/habit.h"
#include "support/builders.h"

using namespace tenk;
using tenk::test::day;

namespace {

Schedule every_day() {
  Schedule s;
  s.week.fill(120);
  return s;
}

// Monday to Friday 2 h, weekends off. 2024-06-03 is a Monday.
Schedule weekdays() {
  Schedule s;
  s.week = {120, 120, 120, 120, 120, 0, 0};
  return s;
}

std::map<Date, Minutes> studied(Date from, Date to, bool (*keep)(Date) = nullptr) {
  std::map<Date, Minutes> m;
  for (Date d = from; d <= to; ++d)
    if (!keep || keep(d)) m[d] = 60;
  return m;
}

}  // namespace

TEST_CASE("habit_strength: Loop's factor halves a day's weight in 13 study days") {
  CHECK(std::pow(habit_decay(), 13) == Approx(0.5));
}

TEST_CASE("habit_strength: a perfect month reaches about 0.8") {
  auto m = studied(day("2024-06-01"), day("2024-06-30"));
  double s = habit_strength(every_day(), m, day("2024-06-30"));
  CHECK(s == Approx(1 - std::pow(0.5, 30.0 / 13)));
  CHECK(s == Approx(0.8).margin(0.01));
  CHECK(habit_strength(every_day(), {}, day("2024-06-30")) == 0);
}

TEST_CASE("habit_strength: rest days are skipped — a study on one counts as studied") {
  // Six weeks of weekdays studied: 30 study days, the weekends skipped.
  auto m = studied(day("2024-06-03"), day("2024-07-12"), [](Date d) { return d.weekday() < 5; });
  const double month = 1 - std::pow(0.5, 30.0 / 13);
  CHECK(habit_strength(weekdays(), m, day("2024-07-12")) == Approx(month));
  // The weekend after changes nothing; a Saturday study raises it.
  CHECK(habit_strength(weekdays(), m, day("2024-07-14")) == Approx(month));
  m[day("2024-07-13")] = 30;
  CHECK(habit_strength(weekdays(), m, day("2024-07-14")) == Approx(1 - std::pow(0.5, 31.0 / 13)));
  // Days off in the schedule are skipped like weekends.
  auto off = weekdays();
  off.off = {day("2024-07-15")};
  CHECK(habit_strength(off, m, day("2024-07-16")) == habit_strength(weekdays(), m, day("2024-07-15")));
}

TEST_CASE("habit_strength: a missed day lowers it a little, it does not reset it") {
  auto m = studied(day("2024-06-01"), day("2024-06-30"));
  double before = habit_strength(every_day(), m, day("2024-06-30"));
  m.erase(day("2024-06-20"));
  double after = habit_strength(every_day(), m, day("2024-06-30"));
  CHECK(after < before);
  CHECK(after > 0.7);
}

TEST_CASE("habit_strength: today not logged yet does not lower it — logged today raises it") {
  auto m = studied(day("2024-06-01"), day("2024-06-29"));
  double yesterday = habit_strength(every_day(), m, day("2024-06-29"));
  CHECK(habit_strength(every_day(), m, day("2024-06-30")) == Approx(yesterday));
  // A whole missed study day does lower it.
  CHECK(habit_strength(every_day(), m, day("2024-07-01")) < yesterday);
  m[day("2024-06-30")] = 15;
  CHECK(habit_strength(every_day(), m, day("2024-06-30")) > yesterday);
  // Dates after today are ignored.
  CHECK(habit_strength(every_day(), m, day("2024-06-29")) == Approx(yesterday));
}
