#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"

using namespace tenk::test;

TEST_CASE("usage: an unknown command is exit 2 with a suggestion") {
  Scratch s;
  auto r = s.run({"tody"});
  CHECK(r.code == 2);
  CHECK(r.err.find("unknown command 'tody'") != std::string::npos);
  CHECK(r.err.find("did you mean 'today'?") != std::string::npos);
}

TEST_CASE("usage: an unknown option is exit 2") {
  Scratch s;
  CHECK(s.run({"plan", "--dayz", "3"}).code == 2);
  CHECK(s.run({"--frobnicate"}).code == 2);
}

TEST_CASE("usage: a bad option value is exit 1") {
  Scratch s;
  CHECK(s.run({"plan", "--days", "abc"}).code == 1);
  CHECK(s.run({"plan", "--days", "-3"}).code == 1);
  CHECK(s.run({"today", "--today", "2026-02-30"}).code == 1);
  auto r = s.run({"today"}, {{"TENK_TODAY", "someday"}});
  CHECK(r.code == 1);
  CHECK(r.err.find("TENK_TODAY") != std::string::npos);
}

TEST_CASE("usage: every date option reads dates one way and names itself when it cannot") {
  Scratch s;
  const std::string tail = "'2026-02-30' is not a real date (YYYY-MM-DD, today, yesterday or -N days)";
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"log", "python-tutorial", "1", "--date", "2026-02-30"}, "--date"},
      {{"done", "python-tutorial", "--date", "2026-02-30"}, "--date"},
      {{"swap", "first-dl-course", "dl-cs231n", "--date", "2026-02-30"}, "--date"},
      {{"post", "--date", "2026-02-30"}, "--date"},
      {{"history", "--from", "2026-02-30"}, "--from"},
      {{"history", "--to", "2026-02-30"}, "--to"},
      {{"render", "timeline", "--from", "2026-02-30", "-o", s.path("t.svg")}, "--from"},
      {{"render", "burnup", "--until", "2026-02-30", "-o", s.path("b.svg")}, "--until"},
  };
  for (const auto& [args, option] : cases) {
    std::vector<std::string> a = args;
    a.insert(a.end(), {"--log", s.path("j.yaml"), "--today", "2026-12-06"});
    auto r = s.run(a);
    INFO(args[0] << " " << option);
    CHECK(r.code == 1);
    CHECK(r.err.find(option + " " + tail) != std::string::npos);
  }
  // The same words for the same dates: -N and yesterday count from --today.
  auto r = s.run({"history", "--from", "-3", "--to", "yesterday", "--json", "--log", s.path("j.yaml"), "--today",
                  "2026-12-06"});
  REQUIRE(r.code == 0);
  CHECK(json_of(r)["from"] == "2026-12-03");
  CHECK(json_of(r)["to"] == "2026-12-05");
}

TEST_CASE("usage: --help and --version exit 0") {
  Scratch s;
  auto r = s.run({"--help"});
  CHECK(r.code == 0);
  CHECK(r.out.find("today") != std::string::npos);
  CHECK(s.run({"--version"}).code == 0);
}

TEST_CASE("usage: global options go before or after the command") {
  Scratch s;
  auto a = s.run({"--json", "--today", "2026-11-23", "-c", small_curriculum(), "plan"});
  auto b = s.run({"plan", "--json", "--today", "2026-11-23", "-c", small_curriculum()});
  REQUIRE(a.code == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("usage: with --json, errors still print one JSON document") {
  Scratch s;
  auto r = s.run({"log", "nope", "1", "--json", "-c", small_curriculum(), "--log", s.path("j.yaml")});
  CHECK(r.code == 1);
  auto j = json_of(r);
  CHECK(j["ok"] == false);
  CHECK(j["error"].get<std::string>().find("nope") != std::string::npos);
}

TEST_CASE("usage: no command means today") {
  Scratch s;
  auto r = s.run({"--today", "2026-11-23", "-c", small_curriculum()});
  CHECK(r.code == 0);
  CHECK(r.out.find("Day 1 · Mon 2026-11-23") == 0);  // today's heading
}
