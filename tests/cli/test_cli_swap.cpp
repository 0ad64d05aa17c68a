#include <catch2/catch.hpp>

#include "cli/cli_fixture.h"

using namespace tenk::test;

TEST_CASE("swap: lists choices with the pick") {
  Scratch s;
  auto r = run_small(s, {"swap"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("First deep-learning course") != std::string::npos);
  auto j = json_of(run_small(s, {"swap", "--json"}));
  CHECK(j["choices"][0]["picked"] == "fastai");
  CHECK(j["choices"][0]["options"].size() == 2);
}

TEST_CASE("swap CHOICE OPTION picks it, shows the end dates and writes a pick entry") {
  Scratch s;
  auto r = run_small(s, {"swap", "first-dl", "cs231n", "--today", "2026-11-23"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("now CS231n") != std::string::npos);
  CHECK(r.out.find("was 2026-12-02") != std::string::npos);
  // The words of status's end line, and never "behind": a pick is a choice.
  CHECK_THAT(r.out, Catch::Contains(" from your pick of CS231n."));
  CHECK_THAT(r.out, Catch::Contains("Your effort is unchanged"));
  CHECK_THAT(r.out, !Catch::Contains("behind"));
  CHECK(slurp(s.path("journal.log.yaml")) == "- {date: 2026-11-23, choice: first-dl, pick: cs231n}\n");
  auto plan = json_of(run_small(s, {"plan", "--json", "--today", "2026-11-23"}));
  CHECK(plan["choices"][0]["picked"] == "cs231n");
  auto j = json_of(run_small(s, {"swap", "first-dl", "fastai", "--json", "--today", "2026-11-23"}));
  CHECK(j["picked"] == "fastai");
  CHECK(j["end_after"] == "2026-12-02");
}

TEST_CASE("swap CHOICE OPTION picks that option — the same pick writes nothing") {
  Scratch s;
  auto r = run_small(s, {"swap", "first-dl", "fastai"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("already picked") != std::string::npos);
  CHECK(slurp(s.path("journal.log.yaml")).empty());
}

TEST_CASE("swap: unknown choices and options are exit 1 with a suggestion, nothing written") {
  Scratch s;
  auto r = run_small(s, {"swap", "first-dll"});
  CHECK(r.code == 1);
  CHECK(r.err.find("did you mean 'first-dl'?") != std::string::npos);
  r = run_small(s, {"swap", "first-dl", "cs231x"});  // (cs231 would be a unique prefix: cs231n)
  CHECK(r.code == 1);
  CHECK(r.err.find("did you mean 'cs231n'?") != std::string::npos);
  r = run_small(s, {"swap", "fastai"});
  CHECK(r.code == 1);
  CHECK(r.err.find("tenk swap first-dl fastai") != std::string::npos);
  CHECK(slurp(s.path("journal.log.yaml")).empty());
}

TEST_CASE("swap: hours logged on an option pick it when no pick entry says otherwise") {
  Scratch s;
  REQUIRE(run_small(s, {"log", "cs231n", "1", "--date", "2026-11-20"}).code == 0);
  auto j = json_of(run_small(s, {"swap", "--json", "--today", "2026-11-23"}));
  CHECK(j["choices"][0]["picked"] == "cs231n");
}

TEST_CASE("swap: hours on an option that is also required by id do not flip the pick (stability)") {
  Scratch s;
  auto file = s.file("st.yaml",
                     "title: Stable\nschedule: {hours_per_day: 1, max_per_day: 1}\n"
                     "resources:\n"
                     "  - {id: o1, title: O1, hours: 1}\n"
                     "  - {id: o2, title: O2, hours: 1}\n"
                     "  - {id: x, title: X, hours: 1, requires: [o2]}\n"
                     "choices:\n  - {id: ch, title: Ch, options: [o1, o2]}\n");
  auto log = s.path("st.log.yaml");
  auto before = json_of(s.run({"plan", "--json", "-c", file, "--log", log, "--today", "2025-01-06"}));
  REQUIRE(before["days"].size() == 3);
  CHECK(before["days"][0]["blocks"][0]["id"] == "o2");  // the longer chain goes first
  REQUIRE(s.run({"log", "o2", "1", "--date", "2025-01-06", "-c", file, "--log", log}).code == 0);
  auto after = json_of(s.run({"plan", "--json", "-c", file, "--log", log, "--today", "2025-01-07"}));
  CHECK(after["choices"][0]["picked"] == "o1");
  REQUIRE(after["days"].size() == 2);
  CHECK(after["days"][0] == before["days"][1]);
  CHECK(after["days"][1] == before["days"][2]);
}
