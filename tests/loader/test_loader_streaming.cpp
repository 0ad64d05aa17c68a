// The loader converts each item of `resources:` while the parser is still
// reading (io/yaml_tree.h, ItemSink). These cases check that what it took
// early never shows when the parse goes another way.

#include <catch2/catch.hpp>

#include "loader/loader_support.h"

using namespace tenk::test;

namespace {

const char* kTwo = "  - {id: a, title: A, hours: 1}\n  - {id: b, title: B, hours: 2, requires: [a]}\n";

}  // namespace

TEST_CASE("load: resources read while parsing are the same resources, once") {
  auto r = tenk::load_curriculum(std::string("title: T\nresources:\n") + kTwo + "choices: []\n", "t.yaml");
  REQUIRE(messages(r).empty());
  REQUIRE(r.curriculum.resources.size() == 2);
  CHECK(r.curriculum.resources[1].id == "b");
  CHECK(r.curriculum.resources[1].prerequisites.size() == 1);
}

TEST_CASE("load: libyaml giving up after the resources does not load them twice") {
  // A tag after the list: libyaml gives up there, yaml-cpp reads it all again.
  auto r = tenk::load_curriculum(std::string("title: T\nresources:\n") + kTwo + "goal_hours: !!int 100\n", "t.yaml");
  CHECK(messages(r).empty());
  CHECK(r.curriculum.resources.size() == 2);
  // And its messages are not doubled either.
  CHECK(load_messages(std::string("title: T\nresources:\n  - {id: a, title: A, hours: -1}\ngoal_hours: !!int 9\n")) ==
        Lines{"t.yaml:3:30: error: 'hours' must be more than 0, got -1"});
}

TEST_CASE("load: a syntax error after the resources is the only message") {
  CHECK(load_messages(std::string("title: T\nresources:\n  - {id: a, title: A, hours: -1}\nchoices: [\n")) ==
        Lines{"t.yaml:5:1: error: end of sequence flow not found"});
}

TEST_CASE("load: with `resources` given twice, the first wins even when it is not a list") {
  auto m = load_messages(std::string("title: T\nresources: {}\nresources:\n  - {id: a, title: A, hours: -1}\n"));
  CHECK(m == Lines{"t.yaml:2:12: error: 'resources': expected a list, got a mapping",
                   "t.yaml:3:1: error: key 'resources' given twice (first given at line 2)"});
  auto r = tenk::load_curriculum("title: T\nresources: {}\nresources:\n" + std::string(kTwo), "t.yaml");
  CHECK(r.curriculum.resources.empty());
  auto twice = tenk::load_curriculum("title: T\nresources:\n" + std::string(kTwo) + "resources:\n  - {id: c}\n", "t.yaml");
  REQUIRE(twice.curriculum.resources.size() == 2);
  CHECK(twice.curriculum.resources[0].id == "a");
}

TEST_CASE("load: past the message cap, the top of the file still comes first") {
  // Taken items' messages are replayed in file order with the others, as if
  // converted there: the string item's message is kept, the cap cuts the end.
  std::string yaml = "title: T\nresources:\n  - x\n";
  for (int i = 0; i < 400; ++i) yaml += "  - {}\n";
  auto m = load_messages(yaml);
  REQUIRE(m.size() > 1);
  CHECK(m.front() == "t.yaml:3:5: error: a resource: expected a mapping, got a string");
  CHECK(m.back().find("too many errors") != std::string::npos);

  // Top-level keys are checked before the resources, wherever they stand:
  // the unknown key counts against the cap, so one resource fewer is read.
  std::string late = "resources:\n";
  for (int i = 0; i < 1200; ++i) late += "  - {id: r" + std::to_string(i) + ", title: R, hours: -1}\n";
  late += "title: T\nfoo: 1\n";
  auto r = tenk::load_curriculum(late, "t.yaml");
  CHECK(r.curriculum.resources.size() == 1000);
  CHECK(messages(r).size() == 1001);  // the first 1000 by position, then "too many errors"
}
