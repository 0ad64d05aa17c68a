#include <catch2/catch.hpp>

#include "support/builders.h"
#include "core/error.h"
#include "core/plan_graph.h"

using namespace tenk;
using namespace tenk::test;

namespace {

// a, b, c, d, e; choice x = [b, c], choice y = [d, e]; f requires x and d.
Curriculum with_choices() {
  return CurriculumBuilder()
      .resource("a", 60)
      .resource("b", 60)
      .resource("c", 60, {"a"})
      .resource("d", 30)
      .resource("e", 30)
      .resource("f", 90, {"x", "d"})
      .choice("x", {"b", "c"})
      .choice("y", {"d", "e"})
      .build();
}

}  // namespace

TEST_CASE("plan_graph: first_options picks the first option of each choice") {
  auto c = with_choices();
  CHECK(first_options(c) == Picks{index_of(c, "b"), index_of(c, "d")});
}

TEST_CASE("plan_graph: in-plan set holds non-options, picks and what they require") {
  auto c = with_choices();
  SECTION("first options") {
    PlanGraph g(c, first_options(c));
    // b and d picked; e out; c is an option not picked and not required.
    CHECK(ids(c, g.resources()) == "a b d f");
    CHECK_FALSE(g.in_plan(index_of(c, "c")));
    CHECK_FALSE(g.in_plan(index_of(c, "e")));
  }
  SECTION("other picks: an unpicked option stays in when something requires it") {
    PlanGraph g(c, {index_of(c, "c"), index_of(c, "e")});
    // f requires d directly, so d is in although y picks e.
    CHECK(ids(c, g.resources()) == "a c d e f");
    CHECK_FALSE(g.in_plan(index_of(c, "b")));
  }
}

TEST_CASE("plan_graph: a requirement naming a choice means its pick") {
  auto c = with_choices();
  PlanGraph g1(c, first_options(c));
  CHECK(ids(c, g1.requirements(index_of(c, "f"))) == "b d");
  CHECK(ids(c, g1.dependents(index_of(c, "b"))) == "f");
  PlanGraph g2(c, {index_of(c, "c"), index_of(c, "d")});
  CHECK(ids(c, g2.requirements(index_of(c, "f"))) == "c d");
  CHECK(ids(c, g2.dependents(index_of(c, "a"))) == "c");
  CHECK(g2.dependents(index_of(c, "b")).empty());
}

TEST_CASE("plan_graph: duplicate requirements through a choice are listed once") {
  auto c = CurriculumBuilder()
               .resource("a", 10)
               .resource("b", 10)
               .resource("r", 10, {"a", "x", "a"})
               .choice("x", {"a", "b"})
               .build();
  PlanGraph g(c, first_options(c));
  CHECK(ids(c, g.requirements(index_of(c, "r"))) == "a");
  CHECK(ids(c, g.dependents(index_of(c, "a"))) == "r");
}

TEST_CASE("plan_graph: topological order puts requirements first, then file order") {
  // b requires c: a and c are free first; a is earlier in the file.
  auto c = CurriculumBuilder().resource("b", 10, {"c"}).resource("a", 10).resource("c", 10).build();
  PlanGraph g(c, {});
  CHECK(ids(c, g.topological_order()) == "a c b");

  auto d = CurriculumBuilder()
               .resource("z", 10, {"y", "x"})
               .resource("y", 10, {"w"})
               .resource("x", 10)
               .resource("w", 10)
               .build();
  PlanGraph h(d, {});
  CHECK(ids(d, h.topological_order()) == "x w y z");
}

TEST_CASE("plan_graph: a cycle makes the topological order fail with an input error") {
  auto c = CurriculumBuilder().resource("a", 10, {"b"}).resource("b", 10, {"a"}).build();
  PlanGraph g(c, {});
  CHECK_THROWS_AS(g.topological_order(), InputError);
}

TEST_CASE("plan_graph: closure is the resource and all it requires, in file order") {
  auto c = CurriculumBuilder()
               .resource("d", 10, {"c"})
               .resource("a", 10)
               .resource("b", 10, {"a"})
               .resource("c", 10, {"b", "a"})
               .resource("e", 10)
               .build();
  PlanGraph g(c, {});
  CHECK(ids(c, g.closure(index_of(c, "d"))) == "d a b c");
  CHECK(ids(c, g.closure(index_of(c, "a"))) == "a");
}

TEST_CASE("plan_graph: chain_behind adds the longest chain of dependents") {
  // a -> b (3), a -> c (5), c -> d (1), a = 2; e stands alone, f outside the plan.
  auto c = CurriculumBuilder()
               .resource("a", 2)
               .resource("b", 3, {"a"})
               .resource("c", 5, {"a"})
               .resource("d", 1, {"c"})
               .resource("e", 4)
               .resource("f", 7)
               .resource("g", 7)
               .choice("x", {"g", "f"})
               .build();
  PlanGraph g(c, first_options(c));
  std::vector<Minutes> rem{2, 3, 5, 1, 4, 7, 7};
  CHECK(g.chain_behind(rem) == std::vector<Minutes>{8, 3, 6, 1, 4, 0, 7});
  // Finished work (0 left) has no chain and passes none on.
  rem[2] = 0;
  CHECK(g.chain_behind(rem) == std::vector<Minutes>{5, 3, 0, 1, 4, 0, 7});
}

TEST_CASE("plan_graph: critical path follows the longest chain, file order on ties") {
  auto c = CurriculumBuilder()
               .resource("a", 2)
               .resource("b", 5, {"a"})
               .resource("c", 5, {"a"})
               .resource("d", 1, {"c"})
               .resource("e", 1, {"b"})
               .resource("f", 3)
               .build();
  PlanGraph g(c, {});
  std::vector<Minutes> rem{2, 5, 5, 1, 1, 3};
  CHECK(ids(c, g.critical_path(rem)) == "a b e");
  rem[4] = 0;  // e done: c -> d is now the longer
  CHECK(ids(c, g.critical_path(rem)) == "a c d");
  CHECK(g.critical_path(std::vector<Minutes>(6, 0)).empty());
}
