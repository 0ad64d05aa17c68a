#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"

using namespace tenk::test;

TEST_CASE("log: appends one line and reports what is left") {
  Scratch s;
  auto r = run_small(s, {"log", "python", "1.5", "--note", "chapters 1-3", "--today", "2026-11-24"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("Logged 1.5 h") != std::string::npos);
  CHECK(r.out.find("1.5 h left") != std::string::npos);
  CHECK(slurp(s.path("journal.log.yaml")) ==
        "- {date: 2026-11-24, id: python, hours: 1.5, note: \"chapters 1-3\"}\n");
}

TEST_CASE("log: --left, --done and tenk done write what they say") {
  Scratch s;
  REQUIRE(run_small(s, {"log", "numpy", "90m", "--left", "1", "--date", "2026-11-20"}).code == 0);
  auto j = json_of(run_small(s, {"log", "numpy", "1h", "--done", "--date", "2026-11-21", "--json"}));
  CHECK(j["done"] == true);
  CHECK(j["remaining"] == 0);
  auto d = json_of(run_small(s, {"done", "python", "--date", "2026-11-21", "--json"}));
  CHECK(d["done"] == true);
  auto lines = slurp(s.path("journal.log.yaml"));
  CHECK(lines ==
        "- {date: 2026-11-20, id: numpy, hours: 1.5, left: 1}\n"
        "- {date: 2026-11-21, id: numpy, hours: 1, done: true}\n"
        "- {date: 2026-11-21, id: python, done: true}\n");
}

TEST_CASE("log: every refusal leaves the journal byte-identical and exits 1") {
  Scratch s;
  REQUIRE(run_small(s, {"log", "python", "20", "--date", "2026-11-20"}).code == 0);
  const std::string before = slurp(s.path("journal.log.yaml"));
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  std::vector<Case> cases = {
      {{"log", "pyhton", "1"}, "did you mean python (Python basics)?"},
      {{"log", "first-dl", "1"}, "is a choice"},
      {{"log", "python", "0"}, "more than 0"},
      {{"log", "python", "-1"}, "more than 0"},
      {{"log", "python", "abc"}, "hours: cannot read 'abc' as hours"},
      {{"log", "python", "25"}, "at most 24 hours"},
      {{"log", "python", "5", "--date", "2026-11-20"}, "at most 24 h a day"},
      {{"log", "python", "1", "--date", "2026-02-30"}, "not a real date"},
      {{"log", "python", "1", "--left", "-2"}, "at least 0"},
      {{"done", "nope"}, "unknown resource"},
  };
  for (const auto& c : cases) {
    auto r = run_small(s, c.args);
    INFO(c.args[1] << " " << (c.args.size() > 2 ? c.args[2] : ""));
    CHECK(r.code == 1);
    CHECK(r.err.find(c.message) != std::string::npos);
    CHECK(slurp(s.path("journal.log.yaml")) == before);
  }
}

TEST_CASE("log: the default journal lives under XDG_DATA_HOME, else ~/.local/share") {
  Scratch s;
  auto r = s.run({"log", "python", "1", "-c", small_curriculum(), "--today", "2026-11-24"},
                 {{"XDG_DATA_HOME", s.path("xdg")}});
  REQUIRE(r.code == 0);
  CHECK(!slurp(s.path("xdg/tenk/small.log.yaml")).empty());
  auto r2 = s.run({"log", "python", "1", "-c", small_curriculum(), "--today", "2026-11-24"});
  REQUIRE(r2.code == 0);
  CHECK(!slurp(s.path("home/.local/share/tenk/small.log.yaml")).empty());
  auto r3 = s.run({"log", "python", "1", "-c", small_curriculum(), "--today", "2026-11-24"},
                  {{"TENK_LOG", s.path("env.log.yaml")}});
  REQUIRE(r3.code == 0);
  CHECK(!slurp(s.path("env.log.yaml")).empty());
}

TEST_CASE("log: a damaged journal line is a warning, and the next entry gets its own line") {
  Scratch s;
  s.file("journal.log.yaml", "- {date: 2026-11-20, id: python, hours: 1}\n- {date: 2026-11-21, id: pyth");
  auto r = run_small(s, {"log", "python", "1", "--today", "2026-11-22"});
  REQUIRE(r.code == 0);
  CHECK(r.err.find("journal.log.yaml:2: warning:") != std::string::npos);
  CHECK(slurp(s.path("journal.log.yaml")) ==
        "- {date: 2026-11-20, id: python, hours: 1}\n- {date: 2026-11-21, id: pyth\n"
        "- {date: 2026-11-22, id: python, hours: 1}\n");
  auto st = json_of(run_small(s, {"status", "--json", "--today", "2026-11-23"}));
  CHECK(st["logged_hours"] == 2);
}

TEST_CASE("log: a relative XDG_DATA_HOME is ignored, as the XDG spec says: the journal goes to ~/.local/share") {
  Scratch s;
  auto r = s.run({"log", "python", "1", "-c", small_curriculum(), "--today", "2026-11-24"},
                 {{"XDG_DATA_HOME", "relative/data"}});
  REQUIRE(r.code == 0);
  CHECK(!slurp(s.path("home/.local/share/tenk/small.log.yaml")).empty());
  CHECK(!std::filesystem::exists("relative"));
}
