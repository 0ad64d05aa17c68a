// `tenk post` (SPEC 4): what it publishes agrees with the other commands,
// keeps private notes out, escapes hostile text, and fits X when --short.

#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"
#include "render/post.h"

using namespace tenk::test;

namespace {

const char* kJournal =
    "- {date: 2026-11-23, id: python, hours: 2, note: \"chapters 1-4\"}\n"
    "- {date: 2026-11-24, id: python, hours: 1, done: true}\n"
    "- {date: 2026-11-24, id: numpy, hours: 1, note: \"my salary\", private: true}\n";

}  // namespace

TEST_CASE("post --json: Day N, hours and streak are the figures today and status give") {
  Scratch s;
  s.file("journal.log.yaml", kJournal);
  auto post = json_of(run_small(s, {"post", "--json", "--today", "2026-11-24"}));
  auto today = json_of(run_small(s, {"today", "--json", "--today", "2026-11-24"}));
  auto status = json_of(run_small(s, {"status", "--json", "--today", "2026-11-24"}));
  CHECK(post["day"] == today["day"]);
  CHECK(post["day"] == 2);
  CHECK(post["streak_days"] == status["streak_days"]);
  CHECK(post["hours"] == 2.0);
  CHECK(post["next_milestone"] == status["next_milestone"]);
  REQUIRE(post["items"].size() == 2);
  CHECK(post["items"][0]["id"] == "python");
  CHECK(post["items"][0]["finished"] == true);
  CHECK(post["notes"].empty());  // the one note that day is private
  CHECK(post["text"].get<std::string>().find("my salary") == std::string::npos);
  auto week = json_of(run_small(s, {"post", "--json", "--week", "--today", "2026-11-24"}));
  CHECK(week["from"] == "2026-11-23");
  CHECK(week["to"] == "2026-11-24");
  CHECK(week["day_from"] == 1);
  CHECK(week["hours"] == 4.0);
  REQUIRE(week["notes"].size() == 1);
  CHECK(week["notes"][0]["note"] == "chapters 1-4");
  // A post says what happened: not a day after today.
  auto future = run_small(s, {"post", "--date", "2026-11-25", "--today", "2026-11-24"});
  CHECK(future.code == 1);
  CHECK_THAT(future.err, Catch::Contains("after today"));
}

TEST_CASE("post: hostile titles, links and notes are text — no markup, no script link, no control character") {
  Scratch s;
  const std::string c = s.file("hostile.yaml",
                               "title: \"<script>x</script> *bold* [a](javascript:alert(1))\"\n"
                               "id: hostile\n"
                               "resources:\n"
                               "  - {id: a, title: \"[click](javascript:alert(1)) <img src=x>\", hours: 5}\n"
                               "  - {id: b, title: \"B) ok\", hours: 5, url: \"https://example.com/a(b)<c>\"}\n");
  const std::string log = s.file("j.yaml",
                                 "- {date: 2026-11-24, id: a, hours: 1, note: \"line one \\e[2J\\u202e\\n# not a heading\\n1. not a list\"}\n"
                                 "- {date: 2026-11-24, id: b, hours: 1}\n");
  auto r = s.run({"-c", c, "--log", log, "--today", "2026-11-24", "post"});
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("<script>") == std::string::npos);
  CHECK(r.out.find("\\<script\\>") != std::string::npos);
  // Every "](javascript" has its bracket escaped: no link is made of it.
  for (auto at = r.out.find("](javascript"); at != std::string::npos; at = r.out.find("](javascript", at + 1))
    CHECK(r.out[at - 1] == '\\');
  CHECK(r.out.find("\\[click\\](javascript:alert(1)) \\<img src=x\\>") != std::string::npos);
  CHECK(r.out.find("[B) ok](https://example.com/a%28b%29%3Cc%3E)") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find("\xE2\x80\xAE") == std::string::npos);  // U+202E, the right-to-left override
  // A note of three lines stays one list item; its lines start no heading or list.
  CHECK(r.out.find("\n  \\# not a heading\n  1\\. not a list\n") != std::string::npos);
}

TEST_CASE("post --short: at most 280 characters as X counts them, titles dropped from the end first") {
  Scratch s;
  std::string yaml = "title: ML\nid: ml\nresources:\n";
  std::string journal;
  for (int i = 0; i < 30; ++i) {
    const std::string id = "r" + std::to_string(i);
    yaml += "  - {id: " + id + ", title: \"A resource with a long title, number " + std::to_string(i) + " — 学習\", hours: 5}\n";
    journal += "- {date: 2026-11-24, id: " + id + ", hours: 0.5}\n";
  }
  const std::string c = s.file("many.yaml", yaml);
  const std::string log = s.file("j.yaml", journal);
  auto r = s.run({"-c", c, "--log", log, "--today", "2026-11-24", "post", "--short"});
  REQUIRE(r.code == 0);
  INFO(r.out);
  REQUIRE(!r.out.empty());
  const std::string text = r.out.substr(0, r.out.size() - 1);  // without its newline
  CHECK(tenk::x_length(text) <= 280);
  CHECK(text.find("Day 1 of ML: 15 h") == 0);
  CHECK(text.find(" more. Streak 1 day.") != std::string::npos);
  // A title too long for any list of titles: cut, with an ellipsis.
  const std::string long_title = s.file("long.yaml", "title: \"" + std::string(400, 'x') + "\"\nid: l\nresources:\n  - {id: r0, title: R, hours: 5}\n");
  auto cut = s.run({"-c", long_title, "--log", s.file("j2.yaml", "- {date: 2026-11-24, id: r0, hours: 1}\n"), "--today",
                    "2026-11-24", "post", "--short"});
  REQUIRE(cut.code == 0);
  const std::string cut_text = cut.out.substr(0, cut.out.size() - 1);
  CHECK(tenk::x_length(cut_text) <= 280);
  CHECK(cut_text.ends_with("\xE2\x80\xA6"));
}
