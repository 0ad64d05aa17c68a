// Per-value rules of SPEC 1: each malformed value its own message at its
// own position.
#include <catch2/catch.hpp>

#include "loader_support.h"

using tenk::load_curriculum;
using tenk::test::Lines;
using tenk::test::load_messages;
using tenk::test::messages;
using tenk::Date;

namespace {
// One resource whose `extra` lines (indented 4) are appended; line 6 onwards.
std::string with_resource(const std::string& extra) {
  return "title: T\n"
         "resources:\n"
         "  - id: a\n"
         "    title: A\n"
         "    hours: 2\n" +
         extra;
}
}  // namespace

TEST_CASE("load: a valid curriculum fills every field") {
  auto r = load_curriculum(R"(title: Cracked ML
id: cracked-ml
goal_hours: 10000
start: 2024-06-07
schedule:
  hours_per_day: 3
  week: {mon: 1.5, sat: 5, sun: 0}
  days_off: [2024-12-25, 2024-12-24, 2024-12-25]
  max_per_day: 3
  min_block: 45m
resources:
  - id: python-basics
    title: Python
    hours: 1h30m
    kind: course
    url: https://example.com/py?x=1&y=2
    topics: [programming, python]
    priority: -2
  - id: linalg-3b1b
    title: "Essence of Linear Algebra"
    hours: '1:30'
    requires: [python-basics, first-dl]
  - {id: fastai, title: fast.ai, hours: 90m}
  - {id: cs231n, title: CS231n, hours: 40}
choices:
  - id: first-dl
    title: A first deep-learning course
    options: [fastai, cs231n]
)",
                           "x.yaml");
  INFO(tenk::test::messages(r).size());
  REQUIRE(!r.diagnostics.has_errors());
  const auto& c = r.curriculum;
  CHECK(c.title == "Cracked ML");
  CHECK(c.id == "cracked-ml");
  CHECK(c.goal_hours == 10000.0);
  CHECK(c.start == tenk::Date::parse("2024-06-07"));
  CHECK(c.schedule.week == std::array<tenk::Minutes, 7>{90, 180, 180, 180, 180, 300, 0});
  CHECK(c.schedule.off == std::vector<tenk::Date>{*tenk::Date::parse("2024-12-24"), *tenk::Date::parse("2024-12-25")});
  CHECK(c.schedule.max_per_day == 3);
  CHECK(c.schedule.min_block == 45);
  REQUIRE(c.resources.size() == 4);
  const auto& py = c.resources[0];
  CHECK(py.id == "python-basics");
  CHECK(py.minutes == 90);
  CHECK(py.kind == tenk::Kind::Course);
  CHECK(py.url == "https://example.com/py?x=1&y=2");
  CHECK(py.topics == std::vector<std::string>{"programming", "python"});
  CHECK(py.priority == -2);
  CHECK(py.pos.line == 12);
  CHECK(py.pos.col == 9);
  const auto& la = c.resources[1];
  CHECK(la.minutes == 90);
  REQUIRE(la.prerequisites.size() == 2);
  CHECK(la.prerequisites[0].target.is_resource());
  CHECK(la.prerequisites[1].target.is_choice());
  CHECK(la.prerequisites[1].pos.line == 22);
  CHECK(la.prerequisites[1].pos.col == 31);
  CHECK(c.resources[2].minutes == 90);
  REQUIRE(c.choices.size() == 1);
  CHECK(c.choices[0].options.size() == 2);
}

TEST_CASE("load: hours accept numbers and duration strings") {
  for (auto [text, minutes] : std::vector<std::pair<std::string, tenk::Minutes>>{
           {"1.5", 90}, {"2", 120}, {"90m", 90}, {"1h30m", 90}, {"'1:30'", 90}, {"2h", 120}, {"0.25", 15}}) {
    auto r = load_curriculum("title: T\nresources:\n  - {id: a, title: A, hours: " + text + "}\n", "t.yaml");
    INFO(text);
    REQUIRE(!r.diagnostics.has_errors());
    CHECK(r.curriculum.resources[0].minutes == minutes);
  }
}

TEST_CASE("load: bad hours each give their own message") {
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 0}\n") ==
        Lines{"t.yaml:3:30: error: 'hours' must be more than 0, got 0"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: -1}\n") ==
        Lines{"t.yaml:3:30: error: 'hours' must be more than 0, got -1"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 10001}\n") ==
        Lines{"t.yaml:3:30: error: 'hours' must be at most 10000 hours, got 10001"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 1.5.2}\n") ==
        Lines{"t.yaml:3:30: error: 'hours': cannot read '1.5.2' as hours (write 1.5, 90m, 1h30m or 1:30)"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: lots}\n") ==
        Lines{"t.yaml:3:30: error: 'hours': cannot read 'lots' as hours (write 1.5, 90m, 1h30m or 1:30)"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: 0.001}\n") ==
        Lines{"t.yaml:3:30: error: 'hours' must be at least one minute, got 0.001"});
  CHECK(load_messages("title: T\nresources:\n  - {id: a, title: A, hours: [1]}\n") ==
        Lines{"t.yaml:3:30: error: 'hours': expected hours, got a list"});
}

TEST_CASE("load: ids must be lowercase slugs of at most 64 characters") {
  CHECK(load_messages(with_resource("  - {id: Linear Algebra, title: B, hours: 1}\n")) ==
        Lines{"t.yaml:6:10: error: invalid id 'Linear Algebra': use lowercase letters, digits, '.', '_' and '-', "
              "starting with a letter or digit"});
  CHECK(load_messages(with_resource("  - {id: -x, title: B, hours: 1}\n")) ==
        Lines{"t.yaml:6:10: error: invalid id '-x': use lowercase letters, digits, '.', '_' and '-', "
              "starting with a letter or digit"});
  std::string long_id(65, 'x');
  CHECK(load_messages(with_resource("  - {id: " + long_id + ", title: B, hours: 1}\n")) ==
        Lines{"t.yaml:6:10: error: id 'xxxxxxxxxxxxxxxxxxxx...' is too long (65 characters, at most 64)"});
  CHECK(load_messages(with_resource("  - {id: " + std::string(64, 'x') + ", title: B, hours: 1}\n")).empty());
  CHECK(load_messages("title: T\nid: My Plan\nresources: []\n") ==
        Lines{"t.yaml:2:5: error: invalid id 'My Plan': use lowercase letters, digits, '.', '_' and '-', "
              "starting with a letter or digit"});
}

TEST_CASE("load: default id is the file name made into a slug") {
  auto id_of = [](const std::string& file) { return load_curriculum("title: T\nresources: []\n", file).curriculum.id; };
  CHECK(id_of("/home/me/curricula/cracked-ml.yaml") == "cracked-ml");
  CHECK(id_of("plan.yml") == "plan");
  CHECK(id_of("My Courses 2024.yaml") == "my-courses-2024");
  CHECK(id_of("__x__.yaml") == "x__");
  CHECK(id_of("???.yaml") == "curriculum");
  CHECK(id_of(std::string(100, 'a') + ".yaml") == std::string(64, 'a'));
}

TEST_CASE("load: dates must be real ISO dates") {
  CHECK(load_messages("title: T\nstart: 2023-02-29\nresources: []\n") ==
        Lines{"t.yaml:2:8: error: 'start': '2023-02-29' is not a real date (expected YYYY-MM-DD)"});
  CHECK(load_messages("title: T\nstart: 2024-6-7\nresources: []\n") ==
        Lines{"t.yaml:2:8: error: 'start': '2024-6-7' is not a real date (expected YYYY-MM-DD)"});
  CHECK(load_messages("title: T\nschedule:\n  days_off: [2024-12-24, 2024-13-01]\nresources: []\n") ==
        Lines{"t.yaml:3:26: error: 'days_off': '2024-13-01' is not a real date (expected YYYY-MM-DD)"});
  CHECK(load_messages("title: T\nschedule:\n  days_off: 2024-12-24\nresources: []\n") ==
        Lines{"t.yaml:3:13: error: 'days_off': expected a list, got a string"});
}

TEST_CASE("load: `off` is read as `days_off`, with a warning for YAML 1.1 readers") {
  auto r = load_curriculum("title: T\nschedule:\n  off: [2024-12-25]\n  days_off: [2024-12-24, 2024-12-25]\n"
                           "resources: []\n",
                           "t.yaml");
  CHECK(messages(r) == Lines{"t.yaml:3:3: warning: 'off' is read as the boolean false by YAML 1.1 tools such as "
                             "PyYAML: rename it 'days_off'"});
  CHECK_FALSE(r.diagnostics.has_errors());
  CHECK(r.curriculum.schedule.off == std::vector<Date>{*Date::parse("2024-12-24"), *Date::parse("2024-12-25")});
  CHECK(load_messages("title: T\nschedule:\n  off: [2024-13-01]\nresources: []\n") ==
        Lines{"t.yaml:3:3: warning: 'off' is read as the boolean false by YAML 1.1 tools such as PyYAML: rename it "
              "'days_off'",
              "t.yaml:3:9: error: 'off': '2024-13-01' is not a real date (expected YYYY-MM-DD)"});
}

TEST_CASE("load: schedule values are range-checked") {
  CHECK(load_messages("title: T\nschedule:\n  hours_per_day: 25\nresources: []\n") ==
        Lines{"t.yaml:3:18: error: 'hours_per_day' must be between 0 and 24 hours, got 25"});
  CHECK(load_messages("title: T\nschedule:\n  week: {mon: -1}\nresources: []\n") ==
        Lines{"t.yaml:3:15: error: 'mon' must be between 0 and 24 hours, got -1"});
  CHECK(load_messages("title: T\nschedule:\n  min_block: 0\nresources: []\n") ==
        Lines{"t.yaml:3:14: error: 'min_block' must be more than 0, got 0"});
  CHECK(load_messages("title: T\nschedule:\n  min_block: 25\nresources: []\n") ==
        Lines{"t.yaml:3:14: error: 'min_block' must be at most 24 hours, got 25"});
  CHECK(load_messages("title: T\nschedule:\n  max_per_day: 0\nresources: []\n") ==
        Lines{"t.yaml:3:16: error: 'max_per_day' must be between 1 and 1000, got 0"});
  CHECK(load_messages("title: T\nschedule:\n  max_per_day: 2.5\nresources: []\n") ==
        Lines{"t.yaml:3:16: error: 'max_per_day' must be a whole number, got '2.5'"});
  CHECK(load_messages("title: T\nschedule:\n  max_per_day: 5000\nresources: []\n") ==
        Lines{"t.yaml:3:16: error: 'max_per_day' must be between 1 and 1000, got 5000"});
  CHECK(load_messages("title: T\ngoal_hours: 0\nresources: []\n") ==
        Lines{"t.yaml:2:13: error: 'goal_hours' must be more than 0, got 0"});
  CHECK(load_messages("title: T\ngoal_hours: 2000000\nresources: []\n") ==
        Lines{"t.yaml:2:13: error: 'goal_hours' must be at most 1000000 hours, got 2000000"});
  CHECK(load_messages("title: T\nschedule: [1]\nresources: []\n") ==
        Lines{"t.yaml:2:11: error: 'schedule': expected a mapping, got a list"});
}

TEST_CASE("load: week overrides hours_per_day only for the days it names") {
  auto r = load_curriculum("title: T\nschedule:\n  hours_per_day: 1\n  week: {tue: 3, sun: 0}\nresources: []\n", "t.yaml");
  REQUIRE(!r.diagnostics.has_errors());
  CHECK(r.curriculum.schedule.week == std::array<tenk::Minutes, 7>{60, 180, 60, 60, 60, 60, 0});
  auto d = load_curriculum("title: T\nresources: []\n", "t.yaml");
  CHECK(d.curriculum.schedule.week == std::array<tenk::Minutes, 7>{120, 120, 120, 120, 120, 120, 120});
  CHECK(d.curriculum.schedule.max_per_day == 2);
  CHECK(d.curriculum.schedule.min_block == 30);
}

TEST_CASE("load: start_time is a time of day, 18:00 when not given") {
  auto start = [](const std::string& value) {
    auto r = load_curriculum("title: T\nschedule:\n  start_time: " + value + "\nresources: []\n", "t.yaml");
    REQUIRE(!r.diagnostics.has_errors());
    return r.curriculum.schedule.start_time;
  };
  CHECK(load_curriculum("title: T\nresources: []\n", "t.yaml").curriculum.schedule.start_time == 18 * 60);
  CHECK(start("\"06:30\"") == 6 * 60 + 30);
  CHECK(start("7:05") == 7 * 60 + 5);  // unquoted: YAML 1.2 has no sexagesimal numbers
  CHECK(start("'00:00'") == 0);
  CHECK(start("23:59") == 23 * 60 + 59);
  for (const char* bad : {"24:00", "18:60", "18", "1800", "18:0", "18:000", "-1:00", "18:00:00", "six", ":30"})
    CHECK(load_messages(std::string("title: T\nschedule:\n  start_time: ") + bad + "\nresources: []\n") ==
          Lines{"t.yaml:3:15: error: 'start_time' must be a time of day written HH:MM, from 00:00 to 23:59, got '" +
                std::string(bad) + "'"});
  CHECK(load_messages("title: T\nschedule:\n  start_time: [18, 0]\nresources: []\n") ==
        Lines{"t.yaml:3:15: error: 'start_time' must be a time of day written HH:MM, from 00:00 to 23:59, got a list"});
  CHECK(load_messages("title: T\nschedule:\n  start_tme: '18:00'\nresources: []\n") ==
        Lines{"t.yaml:3:3: error: unknown key 'start_tme' in schedule (did you mean 'start_time'?)"});
}

TEST_CASE("load: urls must be http or https with a host") {
  CHECK(load_messages(with_resource("    url: ftp://example.com/x\n")) ==
        Lines{"t.yaml:6:10: error: 'url' must be an http or https URL, got 'ftp://example.com/x'"});
  CHECK(load_messages(with_resource("    url: javascript:alert(1)\n")) ==
        Lines{"t.yaml:6:10: error: 'url' must be an http or https URL, got 'javascript:alert(1)'"});
  CHECK(load_messages(with_resource("    url: https:///path\n")) ==
        Lines{"t.yaml:6:10: error: 'url' has no host: 'https:///path'"});
  CHECK(load_messages(with_resource("    url: \"https://ex ample.com\"\n")) ==
        Lines{"t.yaml:6:10: error: 'url' must not contain spaces or control characters"});
  CHECK(load_messages(with_resource("    url: \"https://example.com/\\n\"\n")) ==
        Lines{"t.yaml:6:10: error: 'url' must not contain spaces or control characters"});
  CHECK(load_messages(with_resource("    url: HTTPS://Example.com\n")).empty());
}

TEST_CASE("load: urls with bidirectional controls or C1 controls are refused, with a position") {
  // U+202E RIGHT-TO-LEFT OVERRIDE makes "https://example.com/\u202Efdp.exe" read as
  // "...exe.pdf"; the same for the isolates and marks.
  for (const char* bidi : {"\\u202A", "\\u202E", "\\u2066", "\\u2069", "\\u200F", "\\u061C"}) {
    INFO(bidi);
    auto got = load_messages(with_resource(std::string("    url: \"https://example.com/") + bidi + "fdp.exe\"\n"));
    REQUIRE(got.size() == 1);
    CHECK_THAT(got[0], Catch::StartsWith("t.yaml:6:10: error: 'url' must not contain bidirectional controls (U+"));
  }
  CHECK(load_messages(with_resource("    url: \"https://example.com/\\u009B2J\"\n")) ==
        Lines{"t.yaml:6:10: error: 'url' must not contain spaces or control characters"});
  // Other non-ASCII text is fine in a URL (an IRI).
  CHECK(load_messages(with_resource("    url: https://de.wikipedia.org/wiki/M\xC3\xBCnchen\n")).empty());
}

TEST_CASE("load: kind must be a known kind, with did-you-mean") {
  CHECK(load_messages(with_resource("    kind: boook\n")) ==
        Lines{"t.yaml:6:11: error: unknown kind 'boook' (did you mean 'book'?); kinds are book, course, video, "
              "paper, project, article, other"});
  CHECK(load_messages(with_resource("    kind: [video]\n")) ==
        Lines{"t.yaml:6:11: error: 'kind': expected a string, got a list"});
}

TEST_CASE("load: topics, requires and priority types") {
  CHECK(load_messages(with_resource("    topics: math\n")) ==
        Lines{"t.yaml:6:13: error: 'topics': expected a list, got a string"});
  CHECK(load_messages(with_resource("    topics: [math, [x]]\n")) ==
        Lines{"t.yaml:6:20: error: 'topics' items must be strings, got a list"});
  CHECK(load_messages(with_resource("    requires: {a: 1}\n")) ==
        Lines{"t.yaml:6:15: error: 'requires': expected a list, got a mapping"});
  CHECK(load_messages(with_resource("    priority: high\n")) ==
        Lines{"t.yaml:6:15: error: 'priority' must be a whole number, got 'high'"});
  CHECK(load_messages(with_resource("    priority: 1.5\n")) ==
        Lines{"t.yaml:6:15: error: 'priority' must be a whole number, got '1.5'"});
  CHECK(load_messages(with_resource("    title: [x]\n")) ==
        Lines{"t.yaml:6:5: error: key 'title' given twice (first given at line 4)"});
  CHECK(load_messages("title: [x]\nresources: []\n") ==
        Lines{"t.yaml:1:8: error: 'title': expected a string, got a list"});
  CHECK(load_messages("title: ''\nresources: []\n") == Lines{"t.yaml:1:8: error: 'title' must not be empty"});
  CHECK(load_messages("title:\nresources: []\n") == Lines{"t.yaml:1:1: error: 'title': expected a string, got null"});
}
