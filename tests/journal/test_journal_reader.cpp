#include <catch2/catch.hpp>

#include "core/diagnostic.h"
#include "journal/reader.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::test::day;

namespace {

// The only warning of a one-line journal, formatted as the user sees it.
std::string only_warning(const std::string& line, const Curriculum* c = nullptr) {
  auto r = parse_journal(line + "\n", "j.log.yaml", c);
  CHECK(r.entries.empty());
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].severity == Severity::Warning);
  return format_diagnostic(r.diagnostics.items()[0]);
}

}  // namespace

TEST_CASE("parse_journal: reads the SPEC example entries") {
  const char* text =
      "- {date: 2024-06-08, id: linalg-3b1b, hours: 1.5, note: \"chapters 1-3\"}\n"
      "- {date: 2024-06-09, id: linalg-3b1b, hours: 1, left: 0.5}\n"
      "- {date: 2024-06-10, id: linalg-3b1b, done: true}\n"
      "- {date: 2024-06-10, choice: first-dl-course, pick: cs231n}\n";
  auto r = parse_journal(text, "j.log.yaml");
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.entries.size() == 4);
  CHECK(r.entries[0].date == day("2024-06-08"));
  CHECK(r.entries[0].id == "linalg-3b1b");
  CHECK(r.entries[0].studied_minutes == Minutes{90});
  CHECK(!r.entries[0].left_minutes);
  CHECK(r.entries[0].note == "chapters 1-3");
  CHECK(r.entries[0].line == 1);
  CHECK(r.entries[1].studied_minutes == Minutes{60});
  CHECK(r.entries[1].left_minutes == Minutes{30});
  CHECK(r.entries[2].done);
  CHECK(!r.entries[2].studied_minutes);
  CHECK(r.entries[3].is_pick());
  CHECK(r.entries[3].choice == "first-dl-course");
  CHECK(r.entries[3].pick == "cs231n");
  CHECK(r.entries[3].line == 4);
}

TEST_CASE("parse_journal: comments and blank lines are skipped, line numbers kept") {
  const char* text =
      "# my journal\n"
      "\n"
      "   # indented comment\n"
      "   \t \n"
      "- {date: 2024-06-08, id: a, hours: 90m}\r\n"
      "  - {date: 2024-06-09, id: a, hours: \"1h30m\"}\n"
      "- {date: 2024-06-10, id: a, hours: 1:30}  # trailing comment\n";
  auto r = parse_journal(text, "j.log.yaml");
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.entries.size() == 3);
  CHECK(r.entries[0].line == 5);
  CHECK(r.entries[1].line == 6);
  CHECK(r.entries[2].line == 7);
  for (const auto& e : r.entries) CHECK(e.studied_minutes == Minutes{90});
}

TEST_CASE("parse_journal: an empty journal has no entries and no warnings") {
  for (const char* text : {"", "\n", "# nothing yet\n"}) {
    auto r = parse_journal(text, "j.log.yaml");
    CHECK(r.entries.empty());
    CHECK(r.diagnostics.items().empty());
  }
}

TEST_CASE("parse_journal: each malformed line is warned about with its line number and skipped") {
  struct Case {
    const char* line;
    const char* expect;  // part of the message
  };
  const Case cases[] = {
      {"- {date: 2024-06-08, id: a, hours: 1", "not valid YAML"},          // cut mid-write
      {"- {date: 2024-06-08, id: a, note: \"unterminated", "not valid YAML"},
      {"- {date: 2024-06-08, id: [a, hours: 1}", "not valid YAML"},
      {"date: 2024-06-08", "expected one entry"},                          // not a list item
      {"- ", "expected one entry"},
      {"- just text", "expected one entry"},
      {"- [2024-06-08, a, 1]", "expected one entry"},
      {"- {id: a, hours: 1}", "missing 'date'"},
      {"- {date: 2024-02-30, id: a, hours: 1}", "'2024-02-30' is not a date"},
      {"- {date: 2024-6-8, id: a, hours: 1}", "is not a date"},
      {"- {date: yesterday, id: a, hours: 1}", "is not a date"},
      {"- {date: 2024-06-08, id: a, hour: 1}", "unknown key 'hour' (did you mean 'hours'?)"},
      {"- {date: 2024-06-08, id: a, zzz: 1}", "unknown key 'zzz'"},
      {"- {date: 2024-06-08, id: a, id: b, hours: 1}", "key 'id' given twice"},
      {"- {date: 2024-06-08, id: a, hours: 0}", "'hours' must be more than 0"},
      {"- {date: 2024-06-08, id: a, hours: -1}", "'hours' must be more than 0"},
      {"- {date: 2024-06-08, id: a, hours: 25}", "at most 24"},
      {"- {date: 2024-06-08, id: a, hours: lots}", "'hours': cannot read 'lots' as hours"},
      {"- {date: 2024-06-08, id: a, hours: 0.001}", "at least one minute"},
      {"- {date: 2024-06-08, id: a, hours: [1, 2]}", "must be a single value"},
      {"- {date: 2024-06-08, id: a, hours: }", "'hours' has no value"},
      {"- {date: 2024-06-08, id: a, left: -0.5}", "'left' must be at least 0"},
      {"- {date: 2024-06-08, id: a, left: 10001}", "at most 10000"},
      {"- {date: 2024-06-08, id: a, done: yes}", "'done' must be true or false"},
      {"- {date: 2024-06-08, id: a, done: \"true\"}", "'done' must be true or false"},
      {"- {date: 2024-06-08, id: a}", "none of hours, left, done"},
      {"- {date: 2024-06-08, hours: 1}", "missing 'id'"},
      {"- {date: 2024-06-08, id: a, choice: c, pick: x}", "not both"},
      {"- {date: 2024-06-08, choice: c}", "missing 'pick'"},
      {"- {date: 2024-06-08, pick: x}", "missing 'choice'"},
      {"- {date: 2024-06-08, choice: c, pick: x, hours: 1}", "a pick entry has only"},
      {"- {date: 2024-06-08, id: \"\", hours: 1}", "'id' is empty"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    // The bad line is line 3, between two good lines which survive.
    std::string text = std::string("- {date: 2024-06-07, id: a, hours: 1}\n# note\n") + c.line +
                       "\n- {date: 2024-06-09, id: a, hours: 2}\n";
    auto r = parse_journal(text, "j.log.yaml");
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].line == 1);
    CHECK(r.entries[1].line == 4);
    REQUIRE(r.diagnostics.items().size() == 1);
    auto msg = format_diagnostic(r.diagnostics.items()[0]);
    CHECK_THAT(msg, Catch::StartsWith("j.log.yaml:3: warning: "));
    CHECK_THAT(msg, Catch::Contains(c.expect));
    CHECK_THAT(msg, Catch::EndsWith("line skipped"));
  }
}

TEST_CASE("parse_journal: a last line cut mid-write is warned about, earlier lines kept") {
  auto r = parse_journal("- {date: 2024-06-08, id: a, hours: 1}\n- {date: 2024-06-09, id: a, ho", "j.log.yaml");
  REQUIRE(r.entries.size() == 1);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK_THAT(format_diagnostic(r.diagnostics.items()[0]), Catch::StartsWith("j.log.yaml:2: warning: "));
}

TEST_CASE("parse_journal: hours, left and done limits are inclusive where SPEC says") {
  auto r = parse_journal(
      "- {date: 2024-06-08, id: a, hours: 24}\n"
      "- {date: 2024-06-08, id: a, left: 0}\n"
      "- {date: 2024-06-08, id: a, left: 10000}\n"
      "- {date: 2024-06-08, id: a, done: false}\n"
      "- {date: 2024-06-08, id: a, hours: 1m, left: 2:05, done: True}\n",
      "j");
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.entries.size() == 5);
  CHECK(r.entries[0].studied_minutes == Minutes{24 * 60});
  CHECK(r.entries[1].left_minutes == Minutes{0});
  CHECK(r.entries[2].left_minutes == Minutes{600000});
  CHECK(!r.entries[3].done);
  CHECK(r.entries[4].studied_minutes == Minutes{1});
  CHECK(r.entries[4].left_minutes == Minutes{125});
  CHECK(r.entries[4].done);
}

TEST_CASE("parse_journal: hours on ids the curriculum no longer has are kept, with one warning for them all") {
  auto c = tenk::test::small_curriculum();
  std::string text;
  for (int i = 0; i < 500; ++i) text += "- {date: 2024-06-08, id: linalgg, hours: 1}\n";
  text += "- {date: 2024-06-09, id: linalg, hours: 1}\n- {date: 2024-06-09, id: zzzzzzzz, hours: 2}\n";
  auto r = parse_journal(text, "j.log.yaml", &c);
  CHECK(r.entries.size() == 502);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(format_diagnostic(r.diagnostics.items()[0]) ==
        "j.log.yaml:1: warning: 501 entries log hours on ids not in the curriculum (linalgg (did you mean "
        "'linalg'?), zzzzzzzz); their hours still count toward your totals");
}

TEST_CASE("parse_journal: with a curriculum, choices and options it does not know are warned and skipped") {
  auto c = tenk::test::small_curriculum();
  CHECK_THAT(only_warning("- {date: 2024-06-08, id: first-dl-course, hours: 1}", &c),
             Catch::Contains("'first-dl-course' is a choice"));
  CHECK_THAT(only_warning("- {date: 2024-06-08, choice: first-dl-cours, pick: d2l}", &c),
             Catch::Contains("unknown choice 'first-dl-cours' (did you mean 'first-dl-course'?)"));
  CHECK_THAT(only_warning("- {date: 2024-06-08, choice: first-dl-course, pick: cs231}", &c),
             Catch::Contains("'cs231' is not an option of choice 'first-dl-course' (did you mean 'cs231n'?)"));
  // A resource of the curriculum that is not an option of that choice.
  CHECK_THAT(only_warning("- {date: 2024-06-08, choice: first-dl-course, pick: linalg}", &c),
             Catch::Contains("'linalg' is not an option"));

  auto ok = parse_journal(
      "- {date: 2024-06-08, id: linalg, hours: 1}\n- {date: 2024-06-08, choice: first-dl-course, pick: d2l}\n",
      "j", &c);
  CHECK(ok.diagnostics.items().empty());
  CHECK(ok.entries.size() == 2);
}

TEST_CASE("parse_journal: without a curriculum any id is accepted") {
  auto r = parse_journal("- {date: 2024-06-08, id: anything, hours: 1}\n", "j");
  CHECK(r.entries.size() == 1);
  CHECK(r.diagnostics.items().empty());
}

TEST_CASE("parse_journal: hostile lines never throw") {
  std::string deep(5000, '[');
  std::string text = "- {date: 2024-06-08, id: a, note: " + deep + "}\n" + "- " + deep + "\n" +
                     "- {date: 2024-06-08, id: &x a, hours: *x}\n" + "- !!binary aGVsbG8=\n" + "\x01\x02\xff\n" +
                     "- {? [a]: 1}\n" + "...\n---\n" + "- {date: 2024-06-08, id: a, hours: 1}\n";
  JournalReadResult r;
  REQUIRE_NOTHROW(r = parse_journal(text, "j"));
  REQUIRE(r.entries.size() == 1);
  CHECK(r.entries[0].line == 9);
  CHECK(r.diagnostics.items().size() == 8);
}

TEST_CASE("parse_journal: every line is bounded before a parser sees it") {
  // Deep nesting: the depth guard refuses it before yaml-cpp buffers it all.
  std::string deep = "- {date: 2024-06-08, id: a, note: " + std::string(200'000, '[');
  CHECK(only_warning(deep) == "j.log.yaml:1: warning: not valid YAML (nesting deeper than 4 levels); line skipped");
  // Longer than any entry: skipped unread.
  std::string longer = "- {date: 2024-06-08, id: a, hours: 1, note: \"" + std::string(kMaxJournalLine, 'x') + "\"}";
  CHECK(only_warning(longer) == "j.log.yaml:1: warning: line of " + std::to_string(longer.size()) +
                                    " bytes, longer than any entry (at most 1048576); line skipped");
}

TEST_CASE("parse_journal: warnings past the first kMaxDiagnostics are counted, not kept") {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "not an entry\n";
  text += "- {date: 2024-06-08, id: a, hours: 1}\n";
  auto r = parse_journal(text, "j.log.yaml");
  CHECK(r.entries.size() == 1);
  CHECK(r.entries[0].line == 2501);
  CHECK(r.diagnostics.items().size() == kMaxDiagnostics);
  CHECK(r.warnings_not_kept == 2500 - kMaxDiagnostics);
}
