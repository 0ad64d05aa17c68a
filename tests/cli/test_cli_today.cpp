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
