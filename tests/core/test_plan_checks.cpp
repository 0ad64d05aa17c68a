#include <catch2/catch.hpp>

#include "support/builders.h"
#include "support/plan_checks.h"

using namespace tenk;
using namespace tenk::test;

// The property tests are only as good as the checker: each broken plan here
// must be caught, with the right complaint.
TEST_CASE("plan checks: the invariant checker rejects broken plans") {
  auto c = CurriculumBuilder()
               .max_per_day(2)
               .min_block(30)
               .resource("a", 60)
               .resource("b", 90, {"a"})
               .resource("c", 20)
               .build();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, day("2024-01-01"));
  auto good = make_plan(g, in);
  REQUIRE(layout(c, good) == "2024-01-01: a 60, b 60 | 2024-01-02: b 30, c 20");
  REQUIRE(check_invariants(g, in, good) == "");
  auto broken = good;
  auto days = good.days.to_vector();
  auto with_days = [&] { broken.days = PlanDays(days); return broken; };

  SECTION("1: minutes missing") {
    days[1].blocks[1].minutes = 10;
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("not fully planned"));
  }
  SECTION("2: over capacity") {
    days[0].blocks[1].minutes = 90;
    days[1].blocks.erase(days[1].blocks.begin());
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("over capacity"));
  }
  SECTION("3: starting before a requirement ends") {
    std::swap(days[0].blocks[0], days[0].blocks[1]);
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("starts before its requirements"));
  }
  SECTION("4: too many resources on a day") {
    days[0].blocks[1].minutes = 40;
    days[0].blocks.push_back({2, 20});
    days[1].blocks = {{1, 50}};
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("too many resources"));
  }
  SECTION("5: a short block that is not the last") {
    days[0].blocks[1].minutes = 20;
    days[1].blocks[0].minutes = 70;
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("short block"));
  }
  SECTION("6: capacity left unused while work could go") {
    days[1].blocks.pop_back();
    days.push_back({day("2024-01-03"), 120, {{2, 20}}});
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("unused while c could go"));
  }
  SECTION("bookkeeping: the end and the spans") {
    broken.end = day("2024-01-05");
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("end is not"));
    broken = good;
    broken.spans[0].minutes = 1;
    CHECK_THAT(check_invariants(g, in, with_days()), Catch::Contains("span of a"));
  }
}

TEST_CASE("plan checks: after_days turns followed days into a journal-like input") {
  auto c = CurriculumBuilder().resource("a", 60).resource("b", 90, {"a"}).resource("c", 20).build();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, day("2024-01-01"));
  auto p = make_plan(g, in);
  auto next = after_days(g, in, p, 1);
  CHECK(next.start == day("2024-01-02"));
  CHECK(next.remaining == std::vector<Minutes>{0, 30, 20});
  CHECK(next.done == std::vector<bool>{true, false, false});
  CHECK(next.started == std::vector<bool>{false, true, false});
}

TEST_CASE("plan checks: the checker rejects plans that break invariant 9 or the priority order") {
  // Two tracks, 2 h a day: build (share 3) 72 min, understand (share 2) 48 min.
  auto c = CurriculumBuilder()
               .hours_per_day(120)
               .max_per_day(3)
               .min_block(30)
               .resource("b1", 60)
               .resource("b2", 600)
               .resource("u1", 600)
               .resource("u2", 600, {}, 2)
               .build();
  c.tracks = {{"build", "Build", 3, {}, {}}, {"understand", "Understand", 2, {}, {}}};
  c.track_refs = {{2, "understand", {}}, {3, "understand", {}}};
  c.resolve();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, day("2024-01-01"));
  auto good = make_plan(g, in);
  REQUIRE(layout(c, good).substr(0, 26) == "2024-01-01: b2 72, u2 48 |");
  REQUIRE(check_invariants(g, in, good) == "");
  // `plan` with its first day's blocks replaced by `blocks`.
  auto first_day = [](Plan plan, std::vector<Block> blocks) {
    auto days = plan.days.to_vector();
    days[0].blocks = std::move(blocks);
    plan.days = PlanDays(days);
    return plan;
  };

  SECTION("a track more than min_block short of its part") {
    auto broken = first_day(good, {{3, 110}, {1, 10}});  // build gets 10 of its 72
    CHECK_THAT(check_invariants(g, in, broken), Catch::Contains("track build got 10 min"));
  }
  SECTION("a lower effective priority starts while a higher one of its track is ready") {
    auto broken = first_day(good, {{1, 72}, {2, 48}});
    CHECK_THAT(check_invariants(g, in, broken), Catch::Contains("u1 starts while u2"));
  }
  SECTION("a second resource while a track with ready work has none") {
    // 1 h a day, shares 5:1: understand's part (10 min) is below min_block,
    // so it may get nothing, but then build may not take two resources.
    c.schedule.week.fill(60);
    c.tracks[0].share = 5;
    c.tracks[1].share = 1;
    PlanGraph g2(c, first_options(c));
    auto p = make_plan(g2, in);
    REQUIRE(check_invariants(g2, in, p) == "");
    CHECK_THAT(check_invariants(g2, in, first_day(p, {{0, 30}, {1, 30}})), Catch::Contains("has a second resource"));
  }
}
