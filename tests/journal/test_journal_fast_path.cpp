#include <catch2/catch.hpp>

#include "journal/reader.h"
#include "journal/writer.h"
#include "support/journal_fixtures.h"

using namespace tenk;
using tenk::detail::RawEntry;
using tenk::detail::scan_simple_line;
using tenk::detail::scan_yaml_line;

namespace {

// Where the fast path reads a line, yaml-cpp must read it the same way.
void check_agrees(const std::string& line) {
  INFO(line);
  auto fast = scan_simple_line(line);
  if (!fast) return;
  RawEntry slow;
  REQUIRE_NOTHROW(slow = scan_yaml_line(line));
  REQUIRE(fast->size() == slow.size());
  for (std::size_t i = 0; i < slow.size(); ++i) {
    CHECK(fast->at(i).first == slow[i].first);
    CHECK(fast->at(i).second.text == slow[i].second.text);
    CHECK(fast->at(i).second.plain == slow[i].second.plain);
    CHECK(fast->at(i).second.kind == slow[i].second.kind);
  }
}

}  // namespace

TEST_CASE("journal fast path: reads what format_entry writes, and agrees with yaml-cpp") {
  std::string every;
  for (unsigned cp = 1; cp < 0x300; ++cp) {
    if (cp < 0x80) every += static_cast<char>(cp);
    else {
      every += static_cast<char>(0xC0 | (cp >> 6));
      every += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  const std::vector<std::string> notes = {"x", "a \"b\" \\c", "\\N # : {} [] ]]> <script>", "l1\nl2\r\t",
                                          "\xF0\x9F\x98\x80 \xE2\x80\xA8 \xEF\xBB\xBF", every};
  for (const auto& note : notes)
    for (Minutes m : {1, 20, 45, 90, 80, 1440}) {
      auto e = tenk::test::log_entry("2024-06-08", "linalg-3b1b", m, m * 3, m == 90);
      e.note = note;
      auto line = format_entry(e);
      line.pop_back();  // the reader sees lines without their newline
      CHECK(scan_simple_line(line).has_value());
      check_agrees(line);
    }
  auto pick = format_entry(tenk::test::pick_entry("2024-06-08", "first-dl-course", "2024-06-08"));
  pick.pop_back();
  CHECK(scan_simple_line(pick).has_value());
  check_agrees(pick);
}

TEST_CASE("journal fast path: hand-written variants agree with yaml-cpp or are left to it") {
  const std::vector<std::string> lines = {
      "- {date: 2024-06-08, id: a, hours: 1:30}",
      "- {date: 2024-06-08, id: a, hours: 1h30m, done: True}",
      "- {date: 2024-06-08, id: a, done: \"true\"}",
      "- {date: 2024-06-08, id: a, note: \"\"}",
      "- {date: 2024-06-08, id: a, note: \"\\x41\\u00e9\\U0001F600\"}",
      "- {date: 2024-06-08, id: a, note: \"\\u0000\"}",
      "- {date: 2024-06-08, id: a, note: \"\\ud800\"}",
      "- {date: 2024-06-08, id: a, note: \"\\e \\0 \\a\"}",
      "- {date: 2024-06-08, id: a, note: \"unterminated}",
      "- {date: 2024-06-08, id: a, note: 'single'}",
      "- {date: 2024-06-08, id: a, hours: 1}  # comment",
      "- {date: 2024-06-08,id: a}",
      "- {date: 2024-06-08, id: null}",
      "- {date: 2024-06-08, id: ~}",
      "- {date: 2024-06-08, id: a:b}",
      "- {date: 2024-06-08, id: -1}",
      "- {date: 2024-06-08, id: .5}",
      "- {date: 2024-06-08, id: a, id: a}",
      "- {}",
      "- {date: }",
      "- {date: 2024-06-08, id: a, hours: 1,}",
      "- {date: 2024-06-08, id: a, hours: 1}}",
      "- {date: 2024-06-08, id: a, note: \"tab\there\"}",
      "- {date: 2024-06-08, id: a, note: \"bad \xff byte\"}",
  };
  for (const auto& line : lines) check_agrees(line);
  // Left to yaml-cpp: shapes the fast path does not claim to know.
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: a, hours: 1}  # comment"));
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: null}"));
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: a:b}"));
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: a, note: \"\\e\"}"));
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: a, note: \"unterminated}"));
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: a, note: \"tab\there\"}"));
  CHECK(!scan_simple_line("- {date: 2024-06-08, id: a, hours: 1}}"));
}
