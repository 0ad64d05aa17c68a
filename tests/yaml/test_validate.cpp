// Whole-file rules (core/validate, core/cycles): duplicate ids, references,
// choices, cycles, schedules that could never finish.
#include <catch2/catch.hpp>

#include "core/cycles.h"
#include "core/validate.h"
#include "loader_support.h"

using tenk::test::Lines;
using tenk::test::load_messages;

TEST_CASE("validate: duplicate ids across resources and choices name the first position") {
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1}\n  - {id: a, title: B, hours: 1}\n") ==
        Lines{"t.yaml:4:10: error: duplicate id 'a' (first defined at 3:10)"});
  // Choices come first in this file: the error still goes on the later one.
  CHECK(load_messages("title: T\nchoices:\n  - {id: x, title: X, options: [a, b]}\nresources:\n"
                      "  - {id: a, title: A, hours: 1}\n  - {id: b, title: B, hours: 1}\n  - {id: x, title: X, hours: 1}\n") ==
        Lines{"t.yaml:7:10: error: duplicate id 'x' (first defined at 3:10)"});
}

TEST_CASE("validate: unknown references suggest the closest id") {
  CHECK(load_messages("title: T\nresources:\n  - {id: python-basics, title: P, hours: 1}\n"
                      "  - {id: b, title: B, hours: 1, requires: [python-basic]}\n") ==
        Lines{"t.yaml:4:44: error: unknown id 'python-basic' in requires (did you mean 'python-basics'?)"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1, requires: [quantum-gravity]}\n") ==
        Lines{"t.yaml:3:44: error: unknown id 'quantum-gravity' in requires"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1, requires: [a]}\n") ==
        Lines{"t.yaml:3:44: error: resource 'a' requires itself"});
}

TEST_CASE("validate: choice rules") {
  std::string base = "title: T\nresources:\n  - {id: a, title: A, hours: 1}\n  - {id: b, title: B, hours: 1}\n"
                     "  - {id: c, title: C, hours: 1}\nchoices:\n";
  CHECK(load_messages(base + "  - {id: x, title: X, options: [a]}\n") ==
        Lines{"t.yaml:7:10: error: choice 'x' has 1 option; a choice needs at least 2"});
  CHECK(load_messages(base + "  - {id: x, title: X, options: [a, bb]}\n") ==
        Lines{"t.yaml:7:36: error: unknown option 'bb' in choice 'x' (did you mean 'b'?)"});
  CHECK(load_messages(base + "  - {id: x, title: X, options: [a, b]}\n  - {id: y, title: Y, options: [x, c]}\n") ==
        Lines{"t.yaml:8:33: error: option 'x' is a choice; options must be resources"});
  CHECK(load_messages(base + "  - {id: x, title: X, options: [a, b, a]}\n") ==
        Lines{"t.yaml:7:39: error: option 'a' is listed twice in choice 'x' (first at 7:33)"});
  CHECK(load_messages(base + "  - {id: x, title: X, options: [a, b]}\n  - {id: y, title: Y, options: [c, a]}\n") ==
        Lines{"t.yaml:8:36: error: option 'a' is already an option of choice 'x' (at 7:33)"});
}

TEST_CASE("validate: a cycle is printed as its path at the first id") {
  CHECK(load_messages(R"(title: T
resources:
  - {id: start, title: S, hours: 1, requires: [a]}
  - {id: a, title: A, hours: 1, requires: [b]}
  - {id: b, title: B, hours: 1, requires: [c]}
  - {id: c, title: C, hours: 1, requires: [a]}
)") == Lines{"t.yaml:4:10: error: cycle: a -> b -> c -> a"});
  // Through a choice: c requires the choice, whose option requires c.
  CHECK(load_messages(R"(title: T
resources:
  - {id: c, title: C, hours: 1, requires: [pick]}
  - {id: d, title: D, hours: 1}
  - {id: e, title: E, hours: 1, requires: [c]}
choices:
  - {id: pick, title: P, options: [d, e]}
)") == Lines{"t.yaml:3:10: error: cycle: c -> pick -> e -> c"});
}

TEST_CASE("find_cycles: each back edge once, in file order, up to the limit") {
  tenk::Curriculum c;
  auto add = [&](std::string id, std::vector<std::string> reqs) {
    tenk::Resource r;
    r.id = std::move(id);
    for (auto& q : reqs) r.prerequisites.push_back({q, {}, {}});
    c.resources.push_back(std::move(r));
  };
  add("a", {"b"});
  add("b", {"a", "c"});
  add("c", {"c", "d"});  // a self-loop is validate's to report, not a cycle
  add("d", {"b", "zz"});  // unknown refs are ignored
  c.resolve();
  auto cycles = tenk::find_cycles(c);
  REQUIRE(cycles.size() == 2);
  CHECK(tenk::format_cycle(cycles[0]) == "a -> b -> a");
  CHECK(tenk::format_cycle(cycles[1]) == "b -> c -> d -> b");
  CHECK(tenk::find_cycles(c, 1).size() == 1);
  CHECK(tenk::find_cycles(c, 0).empty());
}

TEST_CASE("find_cycles: a 100,000-long chain is no problem") {
  tenk::Curriculum c;
  const int n = 100'000;
  for (int i = 0; i < n; ++i) {
    tenk::Resource r;
    r.id = "r" + std::to_string(i);
    if (i > 0) r.prerequisites.push_back({"r" + std::to_string(i - 1), {}, {}});
    c.resources.push_back(std::move(r));
  }
  c.resolve();
  CHECK(tenk::find_cycles(c).empty());
  c.resources[0].prerequisites.push_back({"r" + std::to_string(n - 1), {}, {}});
  c.resolve();
  auto cycles = tenk::find_cycles(c);
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0].size() == n + 1);
  CHECK(cycles[0].front() == cycles[0].back());
}

TEST_CASE("validate: a week with no study hours could never end") {
  CHECK(load_messages("title: T\nschedule:\n  hours_per_day: 0\nresources: []\n") ==
        Lines{"t.yaml:3:3: error: the week has no study hours at all: the plan could never end"});
  CHECK(load_messages("title: T\nschedule:\n  week: {mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0}\nresources: []\n") ==
        Lines{"t.yaml:3:9: error: the week has no study hours at all: the plan could never end"});
  CHECK(load_messages("title: T\nschedule:\n  hours_per_day: 0\n  week: {sun: 1}\nresources: []\n").empty());
}

TEST_CASE("validate: min_block longer than every day is an error only for a resource longer than a day") {
  const std::string head = "title: T\nschedule:\n  week: {mon: 1, tue: 2}\n  min_block: 3\nresources:\n";
  CHECK(load_messages(head + "  - {id: a, title: A, hours: 1.5}\n  - {id: b, title: B, hours: 2.5}\n") ==
        Lines{"t.yaml:3:3: error: min_block (3 h) is longer than any day's study hours (at most 2 h), so 'b' "
              "(2.5 h) could never be scheduled"});
  // Each resource fits in one day: its only block is its last, which may be short.
  CHECK(load_messages(head + "  - {id: a, title: A, hours: 0.25}\n  - {id: b, title: B, hours: 2}\n").empty());
  CHECK(load_messages("title: T\nschedule:\n  hours_per_day: 1\n  week: {sat: 3}\n  min_block: 3\nresources: []\n").empty());
}
