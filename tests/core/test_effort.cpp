#include <catch2/catch.hpp>

#include "core/effort.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::test::day;
using tenk::test::log_entry;
using tenk::test::pick_entry;

namespace {

// small_curriculum() offers 2 h every day (the default schedule), min_block 30 min.
Effort effort_on(const Curriculum& c, const Journal& j, const char* today) {
  auto p = apply_journal(c, j, day(today));
  PlanGraph g(c, p.picks);
  return compute_effort(c, j, g, p, day(today));
}

}  // namespace

TEST_CASE("day_one and day_number: the earlier of start and the first entry — none before Day 1") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-10", "linalg", 60), log_entry("2024-06-08", "linalg", 60),
               log_entry("2024-07-30", "linalg", 60)};  // after today: not yet happened
  CHECK(day_one(c, j, day("2024-06-20")) == day("2024-06-08"));
  CHECK(day_one(c, {}, day("2024-06-20")) == day("2024-06-20"));
  c.start = day("2024-06-01");
  CHECK(day_one(c, j, day("2024-06-20")) == day("2024-06-01"));
  c.start = day("2024-06-09");
  CHECK(day_one(c, j, day("2024-06-20")) == day("2024-06-08"));
  CHECK(day_number(day("2024-06-08"), day("2024-06-08")) == 1);
  CHECK(day_number(day("2024-06-08"), day("2024-07-12")) == 35);
  CHECK_FALSE(day_number(day("2024-06-08"), day("2024-06-07")));
}

TEST_CASE("compute_effort: ahead or behind once the difference reaches min_block, from Day 1 to yesterday") {
  auto c = tenk::test::small_curriculum();
  // Day 1 = 06-08; to 06-10 that is two days offered, 240 min.
  Journal j = {log_entry("2024-06-08", "linalg", 120), log_entry("2024-06-09", "linalg", 91),
               log_entry("2024-06-10", "linalg", 600)};  // today: not counted yet
  auto e = effort_on(c, j, "2024-06-10");
  CHECK(e.offered == 240);
  CHECK(e.logged == 211);
  CHECK(e.delta == -29);
  CHECK(e.state == EffortState::OnSchedule);
  j[1].studied_minutes = 90;
  CHECK(effort_on(c, j, "2024-06-10").state == EffortState::Behind);
  j[1].studied_minutes = 150;
  CHECK(effort_on(c, j, "2024-06-10").state == EffortState::Ahead);
  // A pick, a re-estimate and hours on an id no longer in the curriculum.
  const auto before = effort_on(c, j, "2024-06-10");
  j.push_back(pick_entry("2024-06-09", "first-dl-course", "d2l"));
  j.push_back(log_entry("2024-06-09", "linalg", std::nullopt, 30));
  CHECK(effort_on(c, j, "2024-06-10").delta == before.delta);
  j.push_back(log_entry("2024-06-09", "gone", 60));
  CHECK(effort_on(c, j, "2024-06-10").logged == before.logged + 60);
  // Days off offer nothing.
  c.schedule.off = {day("2024-06-09")};
  CHECK(effort_on(c, j, "2024-06-10").offered == 120);
}

TEST_CASE("compute_effort: finished when every planned resource is done — not started before Day 1") {
  auto c = tenk::test::small_curriculum();
  Journal j;
  for (const char* id : {"linalg", "calculus", "ml-basics", "fastai", "project"})
    j.push_back(log_entry("2024-06-08", id, std::nullopt, std::nullopt, true));
  CHECK(effort_on(c, j, "2024-07-30").state == EffortState::Finished);
  j.pop_back();
  CHECK(effort_on(c, j, "2024-07-30").state == EffortState::Behind);
  c.start = day("2025-01-01");
  CHECK(effort_on(c, {}, "2024-12-01").state == EffortState::NotStarted);
  CHECK(effort_on(c, {}, "2024-12-01").offered == 0);
}
