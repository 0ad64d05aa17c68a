// Structure rules: unknown keys at every level, keys given twice, missing
// required keys, the top level itself, and all problems reported together.
#include <catch2/catch.hpp>

#include "loader_support.h"

using tenk::test::Lines;
using tenk::test::load_messages;

TEST_CASE("load: unknown keys at every level, with did-you-mean") {
  CHECK(load_messages("title: T\ntitel: x\nresources: []\n") ==
        Lines{"t.yaml:2:1: error: unknown key 'titel' at the top level (did you mean 'title'?)"});
  CHECK(load_messages("title: T\nschedule:\n  hours_per_dya: 3\nresources: []\n") ==
        Lines{"t.yaml:3:3: error: unknown key 'hours_per_dya' in schedule (did you mean 'hours_per_day'?)"});
  CHECK(load_messages("title: T\nschedule:\n  week: {mon: 1, thur: 2}\nresources: []\n") ==
        Lines{"t.yaml:3:18: error: unknown key 'thur' in week (did you mean 'thu'?)"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1, requries: [b]}\n") ==
        Lines{"t.yaml:3:33: error: unknown key 'requries' in resource (did you mean 'requires'?)"});
  CHECK(load_messages("title: T\nresources: []\nchoices:\n  - {id: c, title: C, option: [a, b]}\n") ==
        Lines{"t.yaml:4:5: error: missing required key 'options' in choice 'c'",
              "t.yaml:4:10: error: choice 'c' has 0 options; a choice needs at least 2",
              "t.yaml:4:23: error: unknown key 'option' in choice (did you mean 'options'?)"});
  CHECK(load_messages("title: T\nresources: []\nzzz: 1\n") == Lines{"t.yaml:3:1: error: unknown key 'zzz' at the top level"});
}

TEST_CASE("load: a key given twice names the first line") {
  CHECK(load_messages("title: T\nresources:\n  - id: a\n    title: A\n    hours: 1\n    hours: 2\n") ==
        Lines{"t.yaml:6:5: error: key 'hours' given twice (first given at line 5)"});
  CHECK(load_messages("title: T\nresources: []\ntitle: U\n") ==
        Lines{"t.yaml:3:1: error: key 'title' given twice (first given at line 1)"});
  // An unknown key given twice is reported once as unknown, then as repeated.
  CHECK(load_messages("title: T\nresources: []\nzz: 1\nzz: 2\n") ==
        Lines{"t.yaml:3:1: error: unknown key 'zz' at the top level",
              "t.yaml:4:1: error: key 'zz' given twice (first given at line 3)"});
}

TEST_CASE("load: missing required keys are reported at the mapping") {
  CHECK(load_messages("resources: []\n") == Lines{"t.yaml:1:1: error: missing required key 'title' at the top level"});
  CHECK(load_messages("title: T\n") == Lines{"t.yaml:1:1: error: missing required key 'resources' at the top level"});
  CHECK(load_messages("title: T\nresources:\n  - id: a\n    hours: 1\n") ==
        Lines{"t.yaml:3:5: error: missing required key 'title' in resource 'a'"});
  CHECK(load_messages("title: T\nresources:\n  - id: a\n    title: A\n") ==
        Lines{"t.yaml:3:5: error: missing required key 'hours' in resource 'a'"});
  CHECK(load_messages("title: T\nresources:\n  - title: A\n    hours: 1\n") ==
        Lines{"t.yaml:3:5: error: missing required key 'id' in resource"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1}\n  - {id: b, title: B, hours: 1}\n"
                      "choices:\n  - {title: C, options: [a, b]}\n  - {id: d, options: [a, b]}\n") ==
        Lines{"t.yaml:6:5: error: missing required key 'id' in choice",
              "t.yaml:7:5: error: missing required key 'title' in choice 'd'",
              "t.yaml:7:23: error: option 'a' is already an option of another choice (at 6:26)",
              "t.yaml:7:26: error: option 'b' is already an option of another choice (at 6:29)"});
}

TEST_CASE("load: wrong types say what was expected and what was found") {
  CHECK(load_messages("title: T\nresources: a, b\n") == Lines{"t.yaml:2:12: error: 'resources': expected a list, got a string"});
  CHECK(load_messages("title: T\nresources: {a: 1}\n") ==
        Lines{"t.yaml:2:12: error: 'resources': expected a list, got a mapping"});
  CHECK(load_messages("title: T\nresources:\n  - just a string\n  - 42\n") ==
        Lines{"t.yaml:3:5: error: a resource: expected a mapping, got a string",
              "t.yaml:4:5: error: a resource: expected a mapping, got a number"});
  CHECK(load_messages("title: T\nresources: []\nchoices: {a: 1}\n") ==
        Lines{"t.yaml:3:10: error: 'choices': expected a list, got a mapping"});
  CHECK(load_messages("title: T\nresources: []\nchoices: [true]\n") ==
        Lines{"t.yaml:3:11: error: a choice: expected a mapping, got a boolean"});
  CHECK(load_messages("title: T\nresources: []\n[a]: 1\n") ==
        Lines{"t.yaml:3:1: error: a key must be a plain string, got a list"});
}

TEST_CASE("load: an empty or non-mapping file is one clear error at 1:1") {
  Lines empty{"t.yaml:1:1: error: the file is empty: a curriculum needs at least 'title' and 'resources'"};
  CHECK(load_messages("") == empty);
  CHECK(load_messages("\n\n   \n") == empty);
  CHECK(load_messages("# only a comment\n# and another\n") == empty);
  CHECK(load_messages("~\n") == empty);
  CHECK(load_messages("- a\n- b\n") ==
        Lines{"t.yaml:1:1: error: expected a mapping with 'title' and 'resources' at the top level, got a list"});
  CHECK(load_messages("\n\njust words\n") ==
        Lines{"t.yaml:1:1: error: expected a mapping with 'title' and 'resources' at the top level, got a string"});
}

TEST_CASE("load: every problem is reported at once, sorted by position") {
  auto lines = load_messages(R"(title: T
schedule:
  hours_per_day: 30
resources:
  - id: a
    title: A
    hours: 0
    requires: [b, zz]
  - id: b
    titel: B
    hours: 1
    kind: vid
  - id: a
    title: A again
    hours: 1
)");
  CHECK(lines == Lines{
                     "t.yaml:3:18: error: 'hours_per_day' must be between 0 and 24 hours, got 30",
                     "t.yaml:7:12: error: 'hours' must be more than 0, got 0",
                     "t.yaml:8:19: error: unknown id 'zz' in requires",
                     "t.yaml:9:5: error: missing required key 'title' in resource 'b'",
                     "t.yaml:10:5: error: unknown key 'titel' in resource (did you mean 'title'?)",
                     "t.yaml:12:11: error: unknown kind 'vid' (did you mean 'video'?); kinds are book, course, "
                     "video, paper, project, article, other",
                     "t.yaml:13:9: error: duplicate id 'a' (first defined at 5:9)",
                 });
}

TEST_CASE("load: a UTF-8 byte-order mark is accepted") {
  auto r = tenk::load_curriculum("\xEF\xBB\xBFtitle: T\nresources:\n  - {id: a, title: \xC3\xA9t\xC3\xA9, hours: 1}\n",
                                 "t.yaml");
  CHECK(tenk::test::messages(r).empty());
  CHECK(r.curriculum.title == "T");
  CHECK(r.curriculum.resources.at(0).title == "\xC3\xA9t\xC3\xA9");
  CHECK(load_messages("\xEF\xBB\xBFtitle: T\nresources: []\nx: 1\n") ==
        Lines{"t.yaml:3:1: error: unknown key 'x' at the top level"});
}

TEST_CASE("load: YAML syntax errors carry yaml-cpp's position, and a hint in plain words") {
  const std::string flow = "hint: a '{' or '[' opened on this line or above is not closed, or a value in it needs quotes";
  CHECK(load_messages("title: T\nresources: [a, b\nchoices: []\n") ==
        Lines{"t.yaml:3:8: error: end of sequence flow not found; " + flow});
  CHECK(load_messages("title: T\nresources:\n\t- a\n") ==
        Lines{"t.yaml:3:2: error: illegal block entry; hint: YAML indents with spaces, and this line or the one "
              "above has a tab"});
  CHECK(load_messages("title: \"T\nresources: [") ==
        Lines{"t.yaml:2:13: error: illegal EOF in scalar; hint: a quote opened on this line or above is not closed"});
  CHECK(load_messages("title: T\nresources: []\n---\ntitle: U\n") ==
        Lines{"t.yaml:3:1: error: only one YAML document is allowed (remove the '---' line)"});
}

TEST_CASE("load: the two commonest hand-editing mistakes get a hint: a colon in a title, an indentation") {
  auto colon = load_messages("title: T\nresources:\n  - id: a\n    title: Deep Learning: Foundations\n    hours: 1\n");
  REQUIRE(colon.size() == 1);
  CHECK(colon[0].starts_with("t.yaml:4:"));
  CHECK(colon[0].find("illegal map value; hint: a value with ': ' in it") != std::string::npos);
  CHECK(colon[0].find("title: \"Deep Learning: Foundations\"") != std::string::npos);
  for (const char* yaml : {"title: T\nresources:\n  - id: a\n    title: A\n   hours: 1\n",
                           "title: T\nresources:\n  - id: a\n    title: A\n     hours: 1\n"}) {
    INFO(yaml);
    auto indent = load_messages(yaml);
    REQUIRE(indent.size() == 1);
    CHECK(indent[0].find("hint: check the indentation of this line and the line above") != std::string::npos);
  }
}
