#include <catch2/catch.hpp>

#include "support/builders.h"
#include "core/error.h"
#include "core/planner.h"

using namespace tenk;
using namespace tenk::test;

namespace {

// 2024-01-01 is a Monday.
const Date kMonday = day("2024-01-01");

Plan plan_of(const Curriculum& c, Date start = kMonday) {
  PlanGraph g(c, first_options(c));
  return make_plan(g, baseline_input(c, start));
}

}  // namespace

TEST_CASE("planner: the worked example of planner.cpp") {
  auto c = CurriculumBuilder()
               .hours_per_day(120)
               .min_block(30)
               .max_per_day(3)
               .resource("a", 50)
               .resource("b", 100, {"a"})
               .resource("c", 40)
               .build();
  auto p = plan_of(c);
  CHECK(layout(c, p) == "2024-01-01: a 50, b 70 | 2024-01-02: b 30, c 40");
  CHECK(p.start == kMonday);
  CHECK(p.end == kMonday + 1);
  CHECK(p.lower_bound_end == kMonday + 1);
  REQUIRE(p.spans.size() == 3);
  CHECK(p.spans[1].resource == index_of(c, "b"));
  CHECK(p.spans[1].start == kMonday);
  CHECK(p.spans[1].end == kMonday + 1);
  CHECK(p.spans[1].minutes == 100);
  CHECK(p.days.front().capacity == 120);
}

TEST_CASE("planner: a chain runs in order, unlocking the same day") {
  auto c = CurriculumBuilder()
               .resource("c", 30, {"b"})
               .resource("b", 90, {"a"})
               .resource("a", 60)
               .build();
  CHECK(layout(c, plan_of(c)) == "2024-01-01: a 60, b 60 | 2024-01-02: b 30, c 30");
}

TEST_CASE("planner: a diamond prefers the longer chain and joins when both sides finish") {
  auto c = CurriculumBuilder()
               .max_per_day(3)
               .resource("a", 30)
               .resource("b", 60, {"a"})
               .resource("c", 120, {"a"})
               .resource("d", 30, {"b", "c"})
               .build();
  CHECK(layout(c, plan_of(c)) == "2024-01-01: a 30, c 90 | 2024-01-02: c 30, b 60, d 30");
}

TEST_CASE("planner: a leftover under min_block is only used by work that finishes in it") {
  SECTION("nothing fits: the day ends early") {
    auto c = CurriculumBuilder().min_block(60).max_per_day(3).resource("a", 100).resource("b", 100).build();
    CHECK(layout(c, plan_of(c)) == "2024-01-01: a 100 | 2024-01-02: b 100");
  }
  SECTION("a small resource finishes in the leftover") {
    auto c = CurriculumBuilder()
                 .min_block(60)
                 .max_per_day(3)
                 .resource("a", 100)
                 .resource("b", 100)
                 .resource("c", 20)
                 .build();
    CHECK(layout(c, plan_of(c)) == "2024-01-01: a 100, c 20 | 2024-01-02: b 100");
  }
  SECTION("the last block may be smaller than min_block") {
    auto c = CurriculumBuilder().min_block(60).resource("a", 130).build();
    CHECK(layout(c, plan_of(c)) == "2024-01-01: a 120 | 2024-01-02: a 10");
  }
}

TEST_CASE("planner: at most max_per_day distinct resources a day") {
  auto c = CurriculumBuilder().max_per_day(1).resource("a", 30).resource("b", 30).build();
  CHECK(layout(c, plan_of(c)) == "2024-01-01: a 30 | 2024-01-02: b 30");
  auto d = CurriculumBuilder().max_per_day(3).resource("a", 30).resource("b", 30).resource("c", 30).build();
  CHECK(layout(d, plan_of(d)) == "2024-01-01: a 30, b 30, c 30");
}

TEST_CASE("planner: days without capacity are skipped") {
  auto c = CurriculumBuilder().week({120, 120, 120, 120, 120, 0, 0}).resource("a", 300).build();
  auto p = plan_of(c, day("2024-01-05"));  // a Friday
  CHECK(layout(c, p) == "2024-01-05: a 120 | 2024-01-08: a 120 | 2024-01-09: a 60");
  CHECK(p.end == day("2024-01-09"));
  CHECK(p.lower_bound_end == day("2024-01-09"));
}

TEST_CASE("planner: off dates are skipped") {
  auto c = CurriculumBuilder().off({day("2024-01-02")}).resource("a", 300).build();
  CHECK(layout(c, plan_of(c)) == "2024-01-01: a 120 | 2024-01-03: a 120 | 2024-01-04: a 60");
}

TEST_CASE("planner: higher priority goes first, before a longer chain") {
  auto c = CurriculumBuilder()
               .max_per_day(1)
               .resource("a", 30)
               .resource("long", 600, {"a"})
               .resource("b", 30, {}, 1)
               .build();
  auto p = plan_of(c);
  REQUIRE(p.days.size() >= 2);
  CHECK(layout(c, p).rfind("2024-01-01: b 30 | 2024-01-02: a 30", 0) == 0);
}

TEST_CASE("planner: among equals the longer chain behind goes first, then file order") {
  auto c = CurriculumBuilder()
               .max_per_day(1)
               .resource("a", 30)
               .resource("b", 10)
               .resource("c", 100, {"b"})
               .resource("d", 30)
               .build();
  auto p = plan_of(c);
  CHECK(layout(c, p) ==
        "2024-01-01: b 10 | 2024-01-02: c 100 | 2024-01-03: a 30 | 2024-01-04: d 30");
}

TEST_CASE("planner: started work goes first, even before higher priority") {
  auto c = CurriculumBuilder().max_per_day(1).resource("a", 60, {}, 5).resource("b", 60).build();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, kMonday);
  in.started[1] = true;
  in.remaining[1] = 40;
  CHECK(layout(c, make_plan(g, in)) == "2024-01-01: b 40 | 2024-01-02: a 60");
}

TEST_CASE("planner: done work counts as finished and is not planned") {
  auto c = CurriculumBuilder().resource("a", 60).resource("b", 60, {"a"}).build();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, kMonday);
  in.done[0] = true;
  CHECK(layout(c, make_plan(g, in)) == "2024-01-01: b 60");
  in.done[0] = false;
  in.remaining[0] = 0;  // remaining reached 0: done as well
  CHECK(layout(c, make_plan(g, in)) == "2024-01-01: b 60");
}

TEST_CASE("planner: the start day loses the minutes already logged and counts what was touched") {
  auto c = CurriculumBuilder()
               .max_per_day(1)
               .resource("x", 60)
               .resource("y", 20, {}, 5)
               .build();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, kMonday);
  in.used_on_start = 90;
  in.started[0] = true;
  in.touched_on_start = {0};
  SECTION("only touched work may continue when the day is at max_per_day") {
    auto p = make_plan(g, in);
    CHECK(layout(c, p) == "2024-01-01: x 30 | 2024-01-02: x 30 | 2024-01-03: y 20");
    CHECK(p.days.front().capacity == 30);
    CHECK(p.lower_bound_end == kMonday + 1);  // 30 + 120 >= 80
  }
  SECTION("below max_per_day new work may join") {
    in.touched_on_start = {};
    in.started[0] = false;
    CHECK(layout(c, make_plan(g, in)) == "2024-01-01: y 20 | 2024-01-02: x 60");
  }
  SECTION("more logged than the day holds leaves nothing") {
    in.used_on_start = 500;
    auto p = make_plan(g, in);
    CHECK(p.days.front().date == kMonday + 1);
  }
}

TEST_CASE("planner: a requirement through a choice waits for the pick") {
  auto c = CurriculumBuilder()
               .max_per_day(3)
               .resource("p", 30)
               .resource("q", 60)
               .resource("r", 30, {"x"})
               .choice("x", {"p", "q"})
               .build();
  PlanGraph g(c, {index_of(c, "q")});
  CHECK(layout(c, make_plan(g, baseline_input(c, kMonday))) == "2024-01-01: q 60, r 30");
}

TEST_CASE("planner: nothing to plan ends on the start day") {
  auto c = CurriculumBuilder().resource("a", 60).build();
  PlanGraph g(c, first_options(c));
  auto in = baseline_input(c, kMonday);
  in.done[0] = true;
  auto p = make_plan(g, in);
  CHECK(p.empty());
  CHECK(p.end == kMonday);
  CHECK(p.lower_bound_end == kMonday);
  CHECK(p.spans.empty());
}

TEST_CASE("planner: a plan past 9999-12-31 is an input error, not a hang") {
  SECTION("too few hours") {
    auto c = CurriculumBuilder().week({0, 0, 0, 0, 0, 0, 1}).min_block(1).resource("a", 600'000).build();
    CHECK_THROWS_WITH(plan_of(c), Catch::Contains("9999-12-31"));
    CHECK_THROWS_AS(plan_of(c), InputError);
  }
  SECTION("the lower bound fits but the blocks do not") {
    auto c = CurriculumBuilder()
                 .min_block(60)
                 .max_per_day(3)
                 .resource("a", 100)
                 .resource("b", 100)
                 .resource("c", 30)
                 .build();
    // 230 of 240 minutes: a and b each leave 20 minutes that c cannot use.
    CHECK_THROWS_WITH(plan_of(c, day("9999-12-30")), Catch::Contains("9999-12-31"));
    CHECK(layout(c, plan_of(c, day("9999-12-29"))) ==
          "9999-12-29: a 100 | 9999-12-30: b 100 | 9999-12-31: c 30");
  }
  SECTION("no day ever has room for a block") {
    auto c = CurriculumBuilder().hours_per_day(10).min_block(30).resource("a", 60).build();
    CHECK_THROWS_AS(plan_of(c), InputError);
  }
  SECTION("but small work still fits such days") {
    auto c = CurriculumBuilder().hours_per_day(10).min_block(30).resource("a", 10).build();
    CHECK(layout(c, plan_of(c)) == "2024-01-01: a 10");
  }
}

TEST_CASE("planner: the baseline input has the estimates and nothing started or done") {
  auto c = CurriculumBuilder().resource("a", 60).resource("b", 45).build();
  auto in = baseline_input(c, kMonday);
  CHECK(in.start == kMonday);
  CHECK(in.remaining == std::vector<Minutes>{60, 45});
  CHECK(in.started == std::vector<bool>{false, false});
  CHECK(in.done == std::vector<bool>{false, false});
  CHECK(in.used_on_start == 0);
  CHECK(in.touched_on_start.empty());
}

TEST_CASE("planner: a priority on a milestone pulls its whole chain ahead of a longer critical path") {
  // long1 -> long2 is the longer chain; m (priority 1) needs p1 -> p2, whose
  // own priority is 0: they inherit m's.
  auto c = CurriculumBuilder()
               .hours_per_day(60)
               .max_per_day(1)
               .resource("long1", 240)
               .resource("long2", 240, {"long1"})
               .resource("p1", 60)
               .resource("p2", 60, {"p1"})
               .resource("m", 60, {"p2"}, 1)
               .build();
  CHECK(layout(c, plan_of(c)).substr(0, 53) == "2024-01-01: p1 60 | 2024-01-02: p2 60 | 2024-01-03: m");
  PlanGraph g(c, first_options(c));
  auto priority = g.effective_priority();
  CHECK(priority[static_cast<std::size_t>(index_of(c, "p1"))] == 1);
  CHECK(priority[static_cast<std::size_t>(index_of(c, "long1"))] == 0);
}

TEST_CASE("planner: priority is inherited through a choice's pick only") {
  auto c = CurriculumBuilder()
               .resource("x", 60)
               .resource("y", 60)
               .resource("goal", 60, {"pick"}, 3)
               .choice("pick", {"x", "y"})
               .build();
  PlanGraph g(c, first_options(c));
  auto priority = g.effective_priority();
  CHECK(priority[static_cast<std::size_t>(index_of(c, "x"))] == 3);
  CHECK(priority[static_cast<std::size_t>(index_of(c, "y"))] == 0);  // not in the plan
}

TEST_CASE("planner: tracks share each day by their shares — the largest track studies every day it has work") {
  CurriculumBuilder b;
  b.hours_per_day(150).max_per_day(2).min_block(30);
  // The understand track has one long chain; build has many small projects.
  for (int i = 0; i < 6; ++i)
    b.resource("math" + std::to_string(i), 600, i ? std::vector<std::string>{"math" + std::to_string(i - 1)}
                                                   : std::vector<std::string>{});
  for (int i = 0; i < 20; ++i) b.resource("code" + std::to_string(i), 45 + 15 * (i % 5));
  auto c = b.build();
  c.tracks = {{"understand", "Understand", 2, {}, {}}, {"build", "Build", 3, {}, {}}};
  for (std::size_t r = 0; r < c.resources.size(); ++r)
    if (c.resources[r].id.starts_with("code")) c.track_refs.push_back({static_cast<int>(r), "build", {}});
  c.resolve();
  PlanGraph g(c, first_options(c));
  auto p = make_plan(g, baseline_input(c, kMonday));
  int build_ready_days = 0;
  for (const auto& day : p.days) {
    bool has_build = false, has_understand = false;
    for (const auto& block : day.blocks) {
      (c.resources[static_cast<std::size_t>(block.resource)].track == 1 ? has_build : has_understand) = true;
    }
    // Build has ready work until its last block: a block of it every day until then.
    if (day.date <= p.spans.back().end && build_ready_days >= 0) {
      bool build_left = false;
      for (const auto& s : p.spans)
        if (c.resources[static_cast<std::size_t>(s.resource)].track == 1 && s.end >= day.date) build_left = true;
      if (build_left) {
        ++build_ready_days;
        CHECK(has_build);
        CHECK(has_understand);  // and understand, which always has ready work here
      }
    }
  }
  CHECK(build_ready_days > 10);
  // 3600 + 1500 min at 150 a day: the end is within a few percent of the lower bound.
  CHECK(p.end - p.lower_bound_end <= (p.lower_bound_end - kMonday) * 5 / 100);
}

TEST_CASE("PlanDays: days that repeat week after week are one run, read back day by day") {
  std::vector<PlanDay> days;
  for (int k = 0; k < 1000; ++k) days.push_back({kMonday + k, 1, {Block{0, 1}}});       // every day
  for (int k = 0; k < 100; ++k) days.push_back({kMonday + 1001 + 7 * k, 1, {Block{1, 1}}});  // one weekday
  for (int k = 0; k < 70; ++k)  // two weekdays with different blocks, plus practice
    days.push_back({kMonday + 1701 + k, 2, {Block{2, k % 7 == 0 ? 2 : 1}, Block::of_practice(0, 1)}});
  const PlanDays compact(days);
  CHECK(compact.runs() <= 4);
  CHECK(compact.size() == days.size());
  CHECK(compact.to_vector() == days);
  CHECK(compact.front() == days.front());
  CHECK(compact.back() == days.back());
  auto it = compact.lower_bound(kMonday + 1002);
  REQUIRE(it != compact.end());
  CHECK(it->date == kMonday + 1008);
  CHECK(compact.lower_bound(kMonday + 5000) == compact.end());
}

TEST_CASE("PlanDays: a plan of one minute a day for thousands of years is a handful of runs") {
  auto c = CurriculumBuilder().hours_per_day(1).min_block(1).resource("a", 600000).resource("b", 600000, {"a"}).build();
  const Plan p = plan_of(c);
  CHECK(p.days.size() == 1200000);
  CHECK(p.days.runs() <= 3);
  CHECK(p.end == kMonday + 1199999);
}
