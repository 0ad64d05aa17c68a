#include <catch2/catch.hpp>

#include <algorithm>

#include "core/utf8.h"
#include "export/ics.h"
#include "export_support.h"

using namespace tenk;
using namespace tenk::test;

namespace {

const IcsOptions kOptions{std::nullopt, "20261124T120000Z"};

// The physical lines of an iCalendar text, split at CRLF.
std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t from = 0;
  for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", from)) {
    lines.push_back(text.substr(from, at - from));
    from = at + 2;
  }
  CHECK(from == text.size());  // the text ends with CRLF
  return lines;
}

// The content lines, unfolded (RFC 5545 3.1).
std::vector<std::string> content_lines(const std::string& text) {
  std::vector<std::string> lines;
  for (auto& l : physical_lines(text)) {
    if (!l.empty() && l[0] == ' ') lines.back() += l.substr(1);
    else lines.push_back(l);
  }
  return lines;
}

// Every value of property `name` ("SUMMARY"), in order.
std::vector<std::string> values(const std::string& text, const std::string& name) {
  std::vector<std::string> out;
  for (auto& l : content_lines(text))
    if (l.starts_with(name + ":")) out.push_back(l.substr(name.size() + 1));
  return out;
}

bool valid_utf8_line(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned cp = 0;
    std::size_t n = utf8_at(s, i, cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("ics: one event per block, a day's blocks back to back from start_time") {
  auto c = curriculum_of({{"python", "Python basics", "https://docs.python.org/3/tutorial/"}, {"numpy", "NumPy"}});
  c.schedule.start_time = 18 * 60 + 30;
  auto plan = plan_of({planned("2026-11-23", {{0, 90}, {1, 30}}), planned("2026-11-24", {{1, 120}})});
  auto ics = ics_file(c, plan, kOptions);
  CHECK(ics.events == 3);
  CHECK(ics.text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
  CHECK(ics.text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
  CHECK(values(ics.text, "DTSTART") == std::vector<std::string>{"20261123T183000", "20261123T200000", "20261124T183000"});
  CHECK(values(ics.text, "DTEND") == std::vector<std::string>{"20261123T200000", "20261123T203000", "20261124T203000"});
  CHECK(values(ics.text, "SUMMARY") == std::vector<std::string>{"Python basics", "NumPy", "NumPy"});
  CHECK(values(ics.text, "DESCRIPTION") ==
        std::vector<std::string>{"1.5 h · python\\nhttps://docs.python.org/3/tutorial/", "0.5 h · numpy", "2 h · numpy"});
  CHECK(values(ics.text, "URL") == std::vector<std::string>{"https://docs.python.org/3/tutorial/"});
  CHECK(values(ics.text, "DTSTAMP") == std::vector<std::string>(3, "20261124T120000Z"));
  CHECK(values(ics.text, "UID") ==
        std::vector<std::string>{"20261123-python@cml.tenk", "20261123-numpy@cml.tenk", "20261124-numpy@cml.tenk"});
  CHECK(values(ics.text, "X-WR-CALNAME") == std::vector<std::string>{"Test path"});
}

TEST_CASE("ics: a practice block is an event with the item's title, id and link, after the resources") {
  auto c = curriculum_of({{"python", "Python basics"}});
  Practice projects;
  projects.id = "projects";
  projects.title = "Own projects";
  projects.url = "https://github.com/";
  Practice papers;
  papers.id = "papers";
  papers.title = "A paper a week";
  c.practice = {projects, papers};
  c.resolve();
  auto plan = plan_of({planned("2026-11-23", {{0, 60}, Block::of_practice(1, 60), Block::of_practice(0, 30)}),
                       planned("2026-11-24", {Block::of_practice(0, 120)})});
  auto ics = ics_file(c, plan, kOptions);
  CHECK(ics.events == 4);
  CHECK(values(ics.text, "SUMMARY") ==
        std::vector<std::string>{"Python basics", "A paper a week", "Own projects", "Own projects"});
  CHECK(values(ics.text, "DTSTART") ==
        std::vector<std::string>{"20261123T180000", "20261123T190000", "20261123T200000", "20261124T180000"});
  CHECK(values(ics.text, "DTEND") ==
        std::vector<std::string>{"20261123T190000", "20261123T200000", "20261123T203000", "20261124T200000"});
  CHECK(values(ics.text, "DESCRIPTION") == std::vector<std::string>{"1 h · python", "1 h · papers",
                                                                     "0.5 h · projects\\nhttps://github.com/",
                                                                     "2 h · projects\\nhttps://github.com/"});
  CHECK(values(ics.text, "URL") == std::vector<std::string>{"https://github.com/", "https://github.com/"});
  CHECK(values(ics.text, "UID") == std::vector<std::string>{"20261123-python@cml.tenk", "20261123-papers@cml.tenk",
                                                             "20261123-projects@cml.tenk", "20261124-projects@cml.tenk"});
}

TEST_CASE("ics: the same plan gives the same UIDs — --days keeps the days before it") {
  auto c = curriculum_of({{"python", "Python basics"}});
  auto plan = plan_of({planned("2026-11-23", {{0, 60}}), planned("2026-11-24", {{0, 60}}), planned("2026-11-26", {{0, 60}})});
  auto all = ics_file(c, plan, kOptions);
  auto again = ics_file(c, plan, IcsOptions{std::nullopt, "20270101T000000Z"});
  CHECK(values(all.text, "UID") == values(again.text, "UID"));
  auto two = ics_file(c, plan, IcsOptions{on("2026-11-25"), kOptions.stamp});
  CHECK(two.events == 2);
  CHECK(values(two.text, "UID") == std::vector<std::string>{"20261123-python@cml.tenk", "20261124-python@cml.tenk"});
  CHECK(ics_file(c, plan_of({}), kOptions).events == 0);
}

TEST_CASE("ics: a block running past midnight ends the next day") {
  auto c = curriculum_of({{"python", "Python basics"}, {"numpy", "NumPy"}});
  c.schedule.start_time = 22 * 60;
  auto ics = ics_file(c, plan_of({planned("2026-12-31", {{0, 90}, {1, 120}})}), kOptions);
  CHECK(values(ics.text, "DTSTART") == std::vector<std::string>{"20261231T220000", "20261231T233000"});
  CHECK(values(ics.text, "DTEND") == std::vector<std::string>{"20261231T233000", "20270101T013000"});
  auto last = plan_of({planned("9999-12-31", {{0, 180}})});
  CHECK_THROWS_WITH(ics_file(c, last, kOptions), Catch::Contains("9999-12-31"));
}

TEST_CASE("ics: text is escaped, control characters dropped, bad UTF-8 replaced") {
  auto c = curriculum_of({{"python", "a,b;c\\d\ne\r\nf\rg\th\x01i \xff"}});
  auto ics = ics_file(c, plan_of({planned("2026-11-23", {{0, 60}})}), kOptions);
  CHECK(values(ics.text, "SUMMARY") == std::vector<std::string>{"a\\,b\\;c\\\\d\\ne\\nf\\ng\th i \xEF\xBF\xBD"});
  // A literal backslash before n or a comma: each character escaped on its own.
  auto literal = curriculum_of({{"python", "\\n \\, \\; \\\\"}});
  auto lit = ics_file(literal, plan_of({planned("2026-11-23", {{0, 60}})}), kOptions);
  CHECK(values(lit.text, "SUMMARY") == std::vector<std::string>{"\\\\n \\\\\\, \\\\\\; \\\\\\\\"});
}

TEST_CASE("ics: lines are folded at 75 octets, never inside a UTF-8 sequence") {
  std::string title;
  for (int i = 0; i < 40; ++i) title += "日本語, ü; x ";  // 3-, 2- and 1-byte code points mixed
  title += "\xF0\x9F\x98\x80\xF0\x9F\x98\x80";           // and 4-byte ones
  auto c = curriculum_of({{"python", title, "https://example.com/" + std::string(200, 'a')}});
  auto ics = ics_file(c, plan_of({planned("2026-11-23", {{0, 60}})}), kOptions);
  for (const auto& line : physical_lines(ics.text)) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK(valid_utf8_line(line));
    CHECK(line.find('\n') == std::string::npos);
    CHECK(line.find('\r') == std::string::npos);
  }
  auto summary = values(ics.text, "SUMMARY");
  REQUIRE(summary.size() == 1);
  std::string expected;
  for (int i = 0; i < 40; ++i) expected += "日本語\\, ü\\; x ";
  CHECK(summary[0] == expected + "\xF0\x9F\x98\x80\xF0\x9F\x98\x80");
  CHECK(values(ics.text, "URL") == std::vector<std::string>{"https://example.com/" + std::string(200, 'a')});
  // Folding fills each line: a folded line is cut only where the next code point would not fit.
  auto lines = physical_lines(ics.text);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i)
    if (lines[i + 1].starts_with(" ")) CHECK(lines[i].size() >= 72);
}

TEST_CASE("ics_stamp: UTC date and time") {
  CHECK(ics_stamp(0) == "19700101T000000Z");
  CHECK(ics_stamp(1795521600) == "20261124T120000Z");
  CHECK(ics_stamp(1795521600 + 3 * 3600 + 4 * 60 + 5) == "20261124T150405Z");
}
