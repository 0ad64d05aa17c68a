#include <catch2/catch.hpp>

#include "core/lookup.h"
#include "support/builders.h"

using namespace tenk;
using tenk::test::CurriculumBuilder;

namespace {

Curriculum named() {
  Curriculum c = CurriculumBuilder()
                     .resource("python-tutorial", 60)
                     .resource("python-data-analysis", 60)
                     .resource("calculus-3b1b", 60)
                     .resource("linalg-3b1b", 60)
                     .choice("first-dl-course", {"python-tutorial", "linalg-3b1b"})
                     .practice("own-projects", {0, 0, 0, 0, 0, 60, 0})
                     .build();
  c.resources[0].title = "The Python Tutorial (python.org)";
  c.resources[1].title = "Python for Data Analysis, 3rd ed. (Wes McKinney) -- NumPy, pandas, matplotlib";
  c.resources[2].title = "Essence of Calculus (3Blue1Brown)";
  c.resources[3].title = "Essence of Linear Algebra (3Blue1Brown)";
  c.choices[0].title = "A first deep-learning course";
  c.practice[0].title = "Build your own projects";
  return c;
}

}  // namespace

TEST_CASE("lookup: an id, a whole title, or the start of exactly one title") {
  auto c = named();
  auto id = lookup(c, "linalg-3b1b");
  REQUIRE(id);
  CHECK(id->id == "linalg-3b1b");
  CHECK_FALSE(id->by_title);
  auto title = lookup(c, "the python tutorial (PYTHON.ORG)");
  REQUIRE(title);
  CHECK(title->id == "python-tutorial");
  CHECK(title->by_title);
  auto prefix = lookup(c, "The Python Tutorial");
  REQUIRE(prefix);
  CHECK(prefix->id == "python-tutorial");
  CHECK(lookup(c, "Build your own")->ref.is_practice());
  CHECK(lookup(c, "A first deep")->ref.is_choice());
  CHECK_FALSE(lookup(c, "Essence of"));  // two titles start so: ambiguous
  CHECK_FALSE(lookup(c, "Th"));          // too short to be a prefix
  CHECK_FALSE(lookup(c, "nothing like it"));
}

TEST_CASE("suggest_ids: typos of ids, then ids and titles holding the words") {
  auto c = named();
  CHECK(suggest_ids(c, "calc-3b1b") == std::vector<std::string>{"calculus-3b1b"});
  CHECK(suggest_ids(c, "pandas") == std::vector<std::string>{"python-data-analysis"});
  CHECK(suggest_ids(c, "python-tutoral").front() == "python-tutorial");
  CHECK(suggest_ids(c, "3blue1brown") == std::vector<std::string>{"calculus-3b1b", "linalg-3b1b"});
  CHECK(suggest_ids(c, "projects") == std::vector<std::string>{"own-projects"});
  CHECK(suggest_ids(c, "zzzz").empty());
  CHECK(suggest_ids(c, "3blue1brown", 1).size() == 1);
}
