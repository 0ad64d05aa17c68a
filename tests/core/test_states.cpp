#include <catch2/catch.hpp>

#include "core/progress.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::test::day;
using tenk::test::log_entry;
using tenk::test::pick_entry;

namespace {

// small_curriculum(): linalg, calculus, ml-basics (requires both), fastai,
// cs231n, d2l (options of first-dl-course), project (requires the choice).
std::vector<std::string> states_of(const Curriculum& c, const Journal& j) {
  auto p = apply_journal(c, j, day("2024-06-30"));
  PlanGraph g(c, p.picks);
  auto states = resource_states(g, p);
  REQUIRE(states.size() == c.resources.size());
  std::vector<std::string> names;
  for (auto s : states) names.push_back(state_name(s));
  return names;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("resource_states: nothing logged: roots ready, dependents blocked, other options unpicked") {
  auto c = tenk::test::small_curriculum();
  CHECK(states_of(c, {}) == V{"ready", "ready", "blocked", "ready", "unpicked", "unpicked", "blocked"});
}

TEST_CASE("resource_states: done, active, and ready once every requirement is done") {
  auto c = tenk::test::small_curriculum();
  Journal j = {log_entry("2024-06-08", "linalg", 60, std::nullopt, true), log_entry("2024-06-09", "calculus", 60)};
  // calculus active (has hours) so ml-basics still blocked.
  CHECK(states_of(c, j) == V{"done", "active", "blocked", "ready", "unpicked", "unpicked", "blocked"});
  j.push_back(log_entry("2024-06-10", "calculus", std::nullopt, 0));
  CHECK(states_of(c, j) == V{"done", "done", "ready", "ready", "unpicked", "unpicked", "blocked"});
}

TEST_CASE("resource_states: a requirement naming a choice is met by its pick") {
  auto c = tenk::test::small_curriculum();
  Journal j = {pick_entry("2024-06-08", "first-dl-course", "d2l")};
  CHECK(states_of(c, j) == V{"ready", "ready", "blocked", "unpicked", "unpicked", "ready", "blocked"});
  // Finishing an unpicked option does not unblock the project...
  j.push_back(log_entry("2024-06-09", "fastai", std::nullopt, std::nullopt, true));
  CHECK(states_of(c, j)[6] == "blocked");
  CHECK(states_of(c, j)[3] == "unpicked");  // out of the plan even though done
  // ...finishing the pick does.
  j.push_back(log_entry("2024-06-10", "d2l", 8 * 60));
  CHECK(states_of(c, j) == V{"ready", "ready", "blocked", "unpicked", "unpicked", "done", "ready"});
}
