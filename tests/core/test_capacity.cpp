#include <catch2/catch.hpp>

#include <random>

#include "support/builders.h"
#include "core/capacity.h"

using namespace tenk;
using namespace tenk::test;

namespace {

// The obvious day-by-day walk, to check the arithmetic one against.
std::optional<Date> naive_covering(const Schedule& s, Date start, Minutes need, std::optional<Minutes> first) {
  if (need <= 0) return start;
  for (Date d = start; d <= Date::max(); ++d) {
    need -= d == start && first ? *first : s.capacity(d);
    if (need <= 0) return d;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("capacity: weekday hours, zero on off dates") {
  Schedule s;
  s.week = {60, 60, 60, 60, 30, 300, 0};
  s.off = {day("2024-01-02")};
  CHECK(s.capacity(day("2024-01-01")) == 60);   // Monday
  CHECK(s.capacity(day("2024-01-02")) == 0);    // off
  CHECK(s.capacity(day("2024-01-05")) == 30);   // Friday
  CHECK(s.capacity(day("2024-01-06")) == 300);  // Saturday
  CHECK(s.capacity(day("2024-01-07")) == 0);    // Sunday
  CHECK(week_capacity(s) == 570);
}

TEST_CASE("capacity: date_covering finds the first date whose cumulative capacity suffices") {
  Schedule s;  // 2 h every day
  Date start = day("2024-01-01");
  CHECK(date_covering(s, start, 0) == start);
  CHECK(date_covering(s, start, -5) == start);
  CHECK(date_covering(s, start, 120) == start);
  CHECK(date_covering(s, start, 121) == start + 1);
  CHECK(date_covering(s, start, 6000) == start + 49);  // 100 h: the 50th day
  SECTION("the start day's capacity can be overridden") {
    CHECK(date_covering(s, start, 120, Minutes{30}) == start + 1);
    CHECK(date_covering(s, start, 30, Minutes{30}) == start);
    CHECK(date_covering(s, start, 1, Minutes{0}) == start + 1);
  }
  SECTION("off dates and empty weekdays give nothing") {
    s.off = {start + 1, start + 2};
    CHECK(date_covering(s, start, 240) == start + 3);
    s.week = {0, 0, 0, 0, 0, 0, 60};  // Sundays only
    CHECK(date_covering(s, start, 60) == day("2024-01-07"));
    CHECK(date_covering(s, start, 61) == day("2024-01-14"));
  }
}

TEST_CASE("capacity: date_covering is nullopt past 9999-12-31") {
  Schedule s;
  s.week = {0, 0, 0, 0, 0, 0, 1};
  CHECK_FALSE(date_covering(s, day("2024-01-01"), 1'000'000).has_value());
  s.week.fill(0);
  CHECK_FALSE(date_covering(s, day("2024-01-01"), 1).has_value());
  CHECK(date_covering(s, day("2024-01-01"), 0) == day("2024-01-01"));
  Schedule t;
  CHECK(date_covering(t, Date::max(), 120) == Date::max());
  CHECK_FALSE(date_covering(t, Date::max(), 121).has_value());
}

TEST_CASE("capacity: date_covering agrees with a day-by-day walk on random schedules") {
  std::mt19937 rng(7);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  for (int trial = 0; trial < 300; ++trial) {
    Schedule s;
    for (auto& m : s.week) m = pick(0, 3) == 0 ? 0 : pick(1, 300);
    Date start = day("2024-01-01") + pick(0, 400);
    int offs = pick(0, 40);
    for (int i = 0; i < offs; ++i) s.off.push_back(start + pick(-10, 200));
    std::sort(s.off.begin(), s.off.end());
    s.off.erase(std::unique(s.off.begin(), s.off.end()), s.off.end());
    Minutes need = pick(0, 60000);
    std::optional<Minutes> first;
    if (pick(0, 1)) first = pick(0, 200);
    INFO("trial " << trial);
    CHECK(date_covering(s, start, need, first) == naive_covering(s, start, need, first));
  }
}

TEST_CASE("capacity: a schedule change applies from its date — the past keeps the schedule it had") {
  Schedule s;  // 2 h every day
  ScheduleChange ch;
  ch.from = day("2024-01-08");
  ch.hours_per_day = 60;
  s.changes.push_back(ch);
  s.settle();
  CHECK(s.capacity(day("2024-01-07")) == 120);
  CHECK(s.capacity(day("2024-01-08")) == 60);
  // 7 days at 2 h = 14 h to 2024-01-07, then 1 h a day: 20 h on 2024-01-13.
  CHECK(date_covering(s, day("2024-01-01"), 20 * 60) == day("2024-01-13"));
  // The whole-week skip stops at the change: 100 h from 2023 would be 50 days at 2 h.
  CHECK(date_covering(s, day("2023-12-01"), 100 * 60) == day("2024-01-08") + (100 * 60 - 38 * 120) / 60 - 1);
  // It agrees with walking the days one by one, off dates and several changes included.
  ScheduleChange more;
  more.from = day("2024-03-01");
  more.week[5] = 0;
  more.week[6] = 300;
  s.changes.push_back(more);
  s.off = {day("2024-01-09"), day("2024-02-14"), day("2024-03-02")};
  s.settle();
  for (Minutes need : {1, 500, 3000, 6000, 9000, 20000}) {
    Date d = day("2023-12-20");
    Minutes sum = 0;
    for (;; ++d) {
      sum += s.capacity(d);
      if (sum >= need) break;
    }
    INFO(need);
    CHECK(date_covering(s, day("2023-12-20"), need) == d);
  }
}
