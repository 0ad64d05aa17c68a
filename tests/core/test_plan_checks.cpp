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
