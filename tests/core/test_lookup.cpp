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

// The ids `name` names, in order.
std::vector<std::string> ids_of(const Curriculum& c, std::string_view name, const LookupScope& scope = {}) {
  std::vector<std::string> out;
  for (const auto& l : lookup(c, name, scope)) out.push_back(l.id);
  return out;
}

using Ids = std::vector<std::string>;

TEST_CASE("lookup: an id, a whole title, or the start of an id or a title") {
  auto c = named();
  auto id = lookup(c, "linalg-3b1b");
  REQUIRE(id.size() == 1);
  CHECK(id[0].id == "linalg-3b1b");
  CHECK_FALSE(id[0].by_title);
  auto title = lookup(c, "the python tutorial (PYTHON.ORG)");
  REQUIRE(title.size() == 1);
  CHECK(title[0].id == "python-tutorial");
  CHECK(title[0].by_title);
  auto prefix = lookup(c, "The Python Tutorial");
  REQUIRE(prefix.size() == 1);
  CHECK(prefix[0].id == "python-tutorial");
  CHECK(prefix[0].by_title);
  CHECK(lookup(c, "Build your own")[0].ref.is_practice());
  CHECK(lookup(c, "A first deep")[0].ref.is_choice());
  CHECK(ids_of(c, "LINALG-3B1B") == Ids{"linalg-3b1b"});  // an id ignoring case
  CHECK(ids_of(c, "calc") == Ids{"calculus-3b1b"});       // the start of an id
  CHECK(ids_of(c, "Th") == Ids{"python-tutorial"});       // a unique prefix, however short
  CHECK(ids_of(c, "nothing like it").empty());
  CHECK(ids_of(c, "").empty());
}

TEST_CASE("lookup: a name that matches several items at its level gives every one, never the first alone") {
  auto c = named();
  CHECK(ids_of(c, "Essence of") == Ids{"calculus-3b1b", "linalg-3b1b"});  // two titles start so
  CHECK(ids_of(c, "python") == Ids{"python-tutorial", "python-data-analysis"});  // ids and titles start so
  // An id and a title that start so count once each, in curriculum order.
  CHECK(ids_of(c, "p") == Ids{"python-tutorial", "python-data-analysis"});
  // The same title twice: both, not the first.
  c.resources[3].title = c.resources[2].title;
  CHECK(ids_of(c, "essence of calculus (3blue1brown)") == Ids{"calculus-3b1b", "linalg-3b1b"});
}

TEST_CASE("lookup: the first level that matches wins: an id, then a title, then a prefix") {
  auto c = named();
  // A title that is another item's id: the id wins.
  c.resources[2].title = "linalg-3b1b";
  CHECK(ids_of(c, "linalg-3b1b") == Ids{"linalg-3b1b"});
  // A whole title wins over titles it starts.
  c.resources[2].title = "Essence";
  CHECK(ids_of(c, "essence") == Ids{"calculus-3b1b"});
  auto found = lookup(c, "essence");
  CHECK(found[0].by_title);
}

TEST_CASE("lookup: a scope limits the items a name may name") {
  auto c = named();
  auto choices = [](NodeRef ref) { return ref.is_choice(); };
  auto resources = [](NodeRef ref) { return ref.is_resource(); };
  CHECK(ids_of(c, "first-dl-course", resources).empty());  // an id out of scope is not taken
  CHECK(ids_of(c, "a", choices) == Ids{"first-dl-course"});
  CHECK(ids_of(c, "Essence of", [](NodeRef ref) { return ref.index == 3 && ref.is_resource(); }) == Ids{"linalg-3b1b"});
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
