#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"
#include "core/date.h"

using namespace tenk::test;

TEST_CASE("today --json: SPEC shape with links and what is left") {
  Scratch s;
  auto r = run_small(s, {"today", "--json", "--today", "2026-11-24"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["date"] == "2026-11-24");
  REQUIRE(j["blocks"].size() == 1);
  auto b = j["blocks"][0];
  CHECK(b["id"] == "python");
  CHECK(b["title"] == "Python basics");
  CHECK(b["hours"] == 2);
  CHECK(b["url"] == "https://docs.python.org/3/tutorial/");
  CHECK(b["remaining"] == 1);
}

TEST_CASE("today: a rest day says so and shows the next study day") {
  Scratch s;
  auto r = run_small(s, {"today", "--today", "2026-11-29"});  // a Sunday, 0 h
  REQUIRE(r.code == 0);
  CHECK(r.out.find("rest day") != std::string::npos);
  CHECK(r.out.find("Mon 2026-11-30") != std::string::npos);
  auto j = json_of(run_small(s, {"today", "--json", "--today", "2026-11-29"}));
  CHECK(j["blocks"].empty());
  CHECK(j["next_study_day"] == "2026-11-30");
}

TEST_CASE("today: hours logged today come off today's blocks") {
  Scratch s;
  REQUIRE(run_small(s, {"log", "python", "1", "--today", "2026-11-24"}).code == 0);
  auto j = json_of(run_small(s, {"today", "--json", "--today", "2026-11-24"}));
  REQUIRE(j["blocks"].size() == 1);
  CHECK(j["blocks"][0]["id"] == "python");
  CHECK(j["blocks"][0]["hours"] == 1);
  CHECK(j["logged_today"] == 1);
}

TEST_CASE("today: the embedded curriculum gives concrete blocks with links") {
  Scratch s;
  auto r = s.run({"today", "--today", "2026-11-24"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("https://") != std::string::npos);
  CHECK(r.out.find("plan ends") != std::string::npos);
}

TEST_CASE("today: --today takes yesterday and -N like every date on the command line") {
  Scratch s;
  auto now = json_of(run_small(s, {"today", "--json"}));
  auto yesterday = json_of(run_small(s, {"today", "--json", "--today", "yesterday"}));
  auto week_ago = json_of(run_small(s, {"today", "--json", "--today", "-7"}));
  auto day = [](const nlohmann::json& j) { return *tenk::Date::parse(j["date"].get<std::string>()); };
  // Unless midnight passed between the runs.
  CHECK(day(now) - day(yesterday) == 1);
  CHECK(day(now) - day(week_ago) == 7);
  CHECK(run_small(s, {"today", "--today", "someday"}).code == 1);
}

TEST_CASE("today: a long title is cut to the terminal's width — the id beside it stays whole") {
  Scratch s;
  const std::string title(150, 't');
  s.file("c.yaml", "title: Long\nresources:\n  - {id: long-one, title: " + title +
                       ", hours: 4, kind: video}\npractice:\n  - {id: write-up, title: " + title +
                       ", week: {mon: 1}}\n");
  auto r = s.run({"today", "-c", s.path("c.yaml"), "--log", s.path("j.yaml"), "--today", "2026-11-23"},
                 {{"COLUMNS", "80"}, {"NO_COLOR", "1"}});
  REQUIRE(r.code == 0);
  auto columns = [](const std::string& line) {
    std::size_t n = 0;
    for (unsigned char ch : line) n += (ch & 0xC0) != 0x80;
    return n;
  };
  int blocks = 0;
  std::size_t at = 0;
  for (std::size_t end; (end = r.out.find('\n', at)) != std::string::npos; at = end + 1) {
    const std::string line = r.out.substr(at, end - at);
    if (line.find("long-one · video") == std::string::npos && line.find("write-up · practice") == std::string::npos)
      continue;
    ++blocks;
    INFO(line);
    CHECK(columns(line) == 80);
    CHECK(line.find("t\xE2\x80\xA6  ") != std::string::npos);
  }
  CHECK(blocks == 2);
  // A wide terminal shows the whole title.
  auto wide = s.run({"today", "-c", s.path("c.yaml"), "--log", s.path("j.yaml"), "--today", "2026-11-23"},
                    {{"COLUMNS", "300"}, {"NO_COLOR", "1"}});
  CHECK(wide.out.find(title + "  long-one") != std::string::npos);
}
