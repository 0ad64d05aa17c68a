// The `practice:` list (SPEC 1): read, checked value by value, and against
// the rest of the curriculum, each problem at its position.
#include <catch2/catch.hpp>

#include "loader_support.h"

using tenk::load_curriculum;
using tenk::test::Lines;
using tenk::test::load_messages;
using tenk::test::messages;

namespace {
const std::string kHead =
    "title: T\n"                                              // 1
    "resources:\n"                                            // 2
    "  - {id: a, title: A, hours: 2}\n"                       // 3
    "  - {id: b, title: B, hours: 2, requires: [a]}\n"        // 4
    "choices:\n"                                              // 5
    "  - {id: ch, title: C, options: [a, b]}\n";              // 6
}  // namespace

TEST_CASE("load practice: items are read with their week, requirements, link and topics") {
  auto r = load_curriculum(kHead +
                               "practice:\n"
                               "  - id: proj\n"
                               "    title: Own projects\n"
                               "    week: {sat: 2, sun: 1h30m}\n"
                               "    requires: [ch]\n"
                               "    url: https://github.com/\n"
                               "    topics: [projects]\n",
                           "t.yaml");
  REQUIRE(messages(r).empty());
  REQUIRE(r.curriculum.practice.size() == 1);
  const auto& p = r.curriculum.practice[0];
  CHECK(p.id == "proj");
  CHECK(p.title == "Own projects");
  CHECK(p.week == std::array<tenk::Minutes, 7>{0, 0, 0, 0, 0, 120, 90});
  CHECK(p.week_minutes() == 210);
  CHECK(p.url == "https://github.com/");
  CHECK(p.topics == std::vector<std::string>{"projects"});
  REQUIRE(p.prerequisites.size() == 1);
  CHECK(p.prerequisites[0].target.is_choice());
  CHECK(r.curriculum.find("proj").is_practice());
}

TEST_CASE("load practice: each value checked at its position, unknown keys with did-you-mean") {
  CHECK(load_messages(kHead + "practice:\n  - {id: p, title: P, week: {sat: 25}}\n") ==
        Lines{"t.yaml:8:35: error: 'sat' must be between 0 and 24 hours, got 25"});
  CHECK(load_messages(kHead + "practice:\n  - {id: p, title: P, week: {sunday: 1}}\n") ==
        Lines{"t.yaml:8:30: error: unknown key 'sunday' in week (did you mean 'sun'?)"});
  CHECK(load_messages(kHead + "practice:\n  - {id: p, title: P}\n") ==
        Lines{"t.yaml:8:5: error: missing required key 'week' in practice item 'p'"});
  CHECK(load_messages(kHead + "practice:\n  - {id: p, title: P, week: [sat]}\n") ==
        Lines{"t.yaml:8:29: error: 'week': expected a mapping, got a list"});
  CHECK(load_messages(kHead + "practice:\n  - {id: p, title: P, week: {sat: 0}}\n") ==
        Lines{"t.yaml:8:29: error: practice 'p' reserves no hours in its week: give it hours on at least one day"});
  CHECK(load_messages(kHead + "practice:\n  - {id: p, titel: P, week: {sat: 1}}\n") ==
        Lines{"t.yaml:8:5: error: missing required key 'title' in practice item 'p'",
              "t.yaml:8:13: error: unknown key 'titel' in practice item (did you mean 'title'?)"});
  CHECK(load_messages(kHead + "practice:\n  - {id: p, title: P, week: {sat: 1}, url: ftp://x}\n") ==
        Lines{"t.yaml:8:44: error: 'url' must be an http or https URL, got 'ftp://x'"});
  CHECK(load_messages(kHead + "practice: {id: p}\n") ==
        Lines{"t.yaml:7:11: error: 'practice': expected a list, got a mapping"});
}

TEST_CASE("load practice: nothing may require it, it is no option, ids are shared, requirements resolve") {
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 2, requires: [p]}\n"
                      "practice:\n  - {id: p, title: P, week: {sat: 1}}\n") ==
        Lines{"t.yaml:3:44: error: 'p' is a practice item, which never finishes: nothing may require it"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 2}\n"
                      "choices:\n  - {id: c, title: C, options: [a, p]}\n"
                      "practice:\n  - {id: p, title: P, week: {sat: 1}}\n") ==
        Lines{"t.yaml:5:36: error: option 'p' is a practice item; options must be resources"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 2}\n"
                      "practice:\n  - {id: q, title: Q, week: {sat: 1}}\n"
                      "  - {id: p, title: P, week: {sat: 1}, requires: [q, aa]}\n") ==
        Lines{"t.yaml:6:50: error: 'q' is a practice item, which never finishes: nothing may require it",
              "t.yaml:6:53: error: unknown id 'aa' in requires (did you mean 'a'?)"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 2}\n"
                      "practice:\n  - {id: a, title: P, week: {sat: 1}}\n") ==
        Lines{"t.yaml:5:10: error: duplicate id 'a' (first defined at 3:10)"});
}

TEST_CASE("load practice: reserving every hour of the week is an error — reserving some is not") {
  const std::string schedule = "title: T\nschedule: {week: {mon: 2, tue: 2, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0}}\n"
                               "resources:\n  - {id: a, title: A, hours: 2}\npractice:\n";
  CHECK(load_messages(schedule + "  - {id: p, title: P, week: {mon: 2}}\n  - {id: q, title: Q, week: {tue: 3}}\n") ==
        Lines{"t.yaml:6:29: error: practice reserves every study hour of the week: once it has all unlocked, no "
              "resource could ever be planned (reserve fewer hours, or add study hours to the schedule)"});
  CHECK(load_messages(schedule + "  - {id: p, title: P, week: {mon: 2}}\n  - {id: q, title: Q, week: {tue: 1.5}}\n")
            .empty());
  // With no resources, practice may take the whole week.
  CHECK(load_messages("title: T\nresources: []\npractice:\n  - {id: p, title: P, week: {mon: 24}}\n").empty());
}
