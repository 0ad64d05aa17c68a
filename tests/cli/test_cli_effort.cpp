// Honest progress (SPEC 3.3): effort says how the learner kept the habit
// and nothing else; Day N counts from Day 1; the end date's move is split
// into what the picks did and the rest; `swap CHOICE` only shows; hours on a
// resource that is not ready are written with a warning.

#include <catch2/catch.hpp>

#include <sstream>

#include "cli/cli_fixture.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

std::string date_of(int day) {  // day 1 = Monday 2026-11-02
  const int d = day + 1;
  return d <= 30 ? "2026-11-" + std::string(d < 10 ? "0" : "") + std::to_string(d)
                 : "2026-12-" + std::string(d - 30 < 10 ? "0" : "") + std::to_string(d - 30);
}

// The small curriculum with a `start:` line.
std::string with_start(const Scratch& s, const std::string& start) {
  std::string text = slurp(small_curriculum());
  text.insert(text.find("schedule:"), "start: " + start + "\n");
  return s.file("start.yaml", text);
}

json effort_of(const json& j) { return j["effort"]; }

}  // namespace

TEST_CASE("effort: a swap, a re-estimate and done never change it — a missed week is behind by that week's hours") {
  Scratch s;
  const std::string log = s.path("journal.log.yaml");
  auto tenk = [&](std::vector<std::string> args, int day) {
    args.insert(args.begin(), {"-c", small_curriculum(), "--log", log, "--today", date_of(day)});
    auto r = s.run(args);
    INFO(args[6] << " on " << date_of(day) << ": " << r.err);
    REQUIRE(r.code == 0);
    return r;
  };
  // Two weeks following the plan block by block (13 h a week: 2 h Mon-Fri,
  // 3 h Sat, Sunday off), with a swap to the longer course on day 8, a
  // re-estimate on day 9 and `done` on day 10.
  for (int day = 1; day <= 14; ++day) {
    INFO("day " << day);
    auto status = json_of(tenk({"status", "--json"}, day));
    CHECK(status["day"] == day);
    CHECK(effort_of(status)["delta_hours"] == 0);
    CHECK(effort_of(status)["state"] == "on_schedule");
    if (day == 8 || day == 10) {
      if (day == 8) tenk({"swap", "first-dl", "cs231n"}, day);
      if (day == 10) tenk({"done", "gpt"}, day);
      auto after = json_of(tenk({"status", "--json"}, day));
      CHECK(effort_of(after) == effort_of(status));
      CHECK(json_of(tenk({"today", "--json"}, day))["effort"] == effort_of(status));
    }
    auto today = json_of(tenk({"today", "--json"}, day));
    CHECK(today["day"] == day);
    bool first = true;
    for (const auto& b : today["blocks"]) {
      std::ostringstream hours;
      hours << b["hours"].get<double>();
      std::vector<std::string> args = {"log", b["id"].get<std::string>(), hours.str()};
      // Day 9's first block comes with a re-estimate (the next days must
      // still be on schedule: the journal says the learner kept at it).
      if (day == 9 && first) args.insert(args.end(), {"--left", "30"});
      tenk(args, day);
      first = false;
    }
  }
  // Nothing logged on days 15-21 (a week: 13 h offered).
  auto status = json_of(tenk({"status", "--json"}, 22));
  CHECK(effort_of(status)["offered_hours"] == 39);
  CHECK(effort_of(status)["logged_hours"] == 26);
  CHECK(effort_of(status)["delta_hours"] == -13);
  CHECK(effort_of(status)["state"] == "behind");
  auto text = tenk({"status"}, 22).out;
  CHECK_THAT(text, Catch::Contains("  Effort        behind by 13 h (about 6 study days): 26 h logged of the 39 h "
                                   "your schedule offered since Day 1\n"));
  CHECK_THAT(text, !Catch::Contains("days behind"));
  auto today = tenk({"today"}, 22).out;
  CHECK_THAT(today, Catch::StartsWith("Day 22 · Mon 2026-11-23"));
  CHECK_THAT(today, Catch::Contains("behind by 13 h (about 6 study days): 26 h logged of the 39 h"));
}

TEST_CASE("effort: every planned resource done is finished, not behind") {
  Scratch s;
  for (const char* id : {"python", "numpy", "fastai", "gpt"})
    REQUIRE(run_small(s, {"done", id, "--date", "2026-11-02", "--today", "2026-11-02"}).code == 0);
  auto r = run_small(s, {"status", "--json", "--today", "2026-11-30"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  CHECK(j["effort"]["state"] == "finished");
  CHECK(j["effort"]["delta_hours"].get<double>() < 0);  // the hours are still told
  auto text = run_small(s, {"status", "--today", "2026-11-30"}).out;
  CHECK_THAT(text, Catch::Contains("Effort        finished: every resource in your plan is done"));
  CHECK_THAT(text, !Catch::Contains("behind"));
  CHECK_THAT(run_small(s, {"today", "--today", "2026-11-30"}).out, !Catch::Contains("behind"));
}

TEST_CASE("effort and Day N: before Day 1 there is no effort and no day number") {
  Scratch s;
  const std::string c = with_start(s, "2027-01-04");
  auto j = json_of(s.run({"-c", c, "--log", s.path("journal.log.yaml"), "today", "--json", "--today", "2026-12-06"}));
  CHECK(j["day"].is_null());
  CHECK(j["effort"]["state"] == "not_started");
  CHECK(j["effort"]["offered_hours"] == 0);
  auto status = json_of(s.run({"-c", c, "--log", s.path("journal.log.yaml"), "status", "--json", "--today", "2026-12-06"}));
  CHECK(status["day"].is_null());
  CHECK(status["effort"]["state"] == "not_started");
  auto text = s.run({"-c", c, "--log", s.path("journal.log.yaml"), "today", "--today", "2026-12-06"}).out;
  CHECK_THAT(text, Catch::StartsWith("Today · Sun 2026-12-06"));
  CHECK_THAT(text, Catch::Contains("not started: Day 1 is 2027-01-04 (in 4 weeks)"));
  // On Day 1 itself.
  auto first = json_of(s.run({"-c", c, "--log", s.path("journal.log.yaml"), "today", "--json", "--today", "2027-01-04"}));
  CHECK(first["day"] == 1);
  CHECK(first["effort"]["state"] == "on_schedule");
}

TEST_CASE("Day N: Day 1 is the earlier of start and the first entry — today and history show it") {
  Scratch s;
  s.file("journal.log.yaml",
         "- {date: 2026-11-16, id: python, hours: 2}\n"
         "- {date: 2026-11-24, id: python, hours: 1}\n");
  const std::string log = s.path("journal.log.yaml");
  // The first entry alone.
  auto j = json_of(run_small(s, {"today", "--json", "--today", "2026-11-25"}));
  CHECK(j["day"] == 10);
  CHECK(json_of(run_small(s, {"status", "--json", "--today", "2026-11-25"}))["day"] == 10);
  CHECK_THAT(run_small(s, {"today", "--today", "2026-11-25"}).out, Catch::StartsWith("Day 10 · Wed 2026-11-25"));
  auto h = json_of(run_small(s, {"history", "--json", "--today", "2026-11-25"}));
  CHECK(h["entries"][0]["day"] == 1);
  CHECK(h["entries"][1]["day"] == 9);
  CHECK(h["periods"][0]["day"] == 1);
  auto text = run_small(s, {"history", "--today", "2026-11-25"}).out;
  CHECK_THAT(text, Catch::Contains("  Day 1 · Mon 2026-11-16  2 h\n"));
  CHECK_THAT(text, Catch::Contains("  Day 9 · Tue 2026-11-24  1 h\n"));
  // A start before the first entry moves Day 1 back; one after it does not.
  auto earlier = json_of(s.run({"-c", with_start(s, "2026-11-10"), "--log", log, "today", "--json", "--today", "2026-11-25"}));
  CHECK(earlier["day"] == 16);
  auto later = json_of(s.run({"-c", with_start(s, "2026-11-20"), "--log", log, "today", "--json", "--today", "2026-11-25"}));
  CHECK(later["day"] == 10);
  // Neither: today is Day 1.
  Scratch empty;
  CHECK(json_of(run_small(empty, {"today", "--json", "--today", "2026-11-25"}))["day"] == 1);
}

TEST_CASE("end_change: a swap to a longer option moves the end by the picks, nothing else") {
  Scratch s;
  auto before = json_of(run_small(s, {"status", "--json", "--today", "2026-11-23"}));
  CHECK(before["end_change"]["picks_days"] == 0);
  CHECK(before["end_change"]["other_days"] == 0);
  REQUIRE(run_small(s, {"swap", "first-dl", "cs231n", "--today", "2026-11-23"}).code == 0);
  auto after = json_of(run_small(s, {"status", "--json", "--today", "2026-11-23"}));
  CHECK(after["end_change"]["picks_days"].get<int>() > 0);
  CHECK(after["end_change"]["other_days"] == 0);
  CHECK(after["effort"] == before["effort"]);
  auto text = run_small(s, {"status", "--today", "2026-11-23"}).out;
  const int days = after["end_change"]["picks_days"].get<int>();
  CHECK_THAT(text, Catch::Contains("  End           plan ends " + after["end"].get<std::string>() + " (in 2 weeks): +" +
                                   std::to_string(days) + " days from your picks; baseline 2026-12-02\n"));
  CHECK_THAT(text, !Catch::Contains("behind"));
}

TEST_CASE("swap CHOICE shows each option's estimate, logged hours and end, and writes nothing") {
  Scratch s;
  const std::string journal = "- {date: 2026-11-20, id: python, hours: 1}\n# a comment\n";
  s.file("journal.log.yaml", journal);
  auto r = run_small(s, {"swap", "first-dl", "--today", "2026-11-23"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("fast.ai Practical Deep Learning") && Catch::Contains("CS231n") &&
                        Catch::Contains("Nothing written"));
  auto j = json_of(run_small(s, {"swap", "first-dl", "--json", "--today", "2026-11-23"}));
  CHECK(j["changed"] == false);
  CHECK(j["picked"] == "fastai");
  REQUIRE(j["options"].size() == 2);
  CHECK(j["options"][0]["picked"] == true);
  CHECK(j["options"][0]["delta_days"] == 0);
  CHECK(j["options"][1]["estimate"] == 20);
  CHECK(j["options"][1]["delta_days"].get<int>() > 0);
  CHECK(slurp(s.path("journal.log.yaml")) == journal);
  // Picking one writes the pick, with --date for an earlier one.
  REQUIRE(run_small(s, {"swap", "first-dl", "cs231n", "--date", "2026-11-21", "--today", "2026-11-23"}).code == 0);
  CHECK(slurp(s.path("journal.log.yaml")) == journal + "- {date: 2026-11-21, choice: first-dl, pick: cs231n}\n");
  // A future pick date is refused, nothing written.
  auto future = run_small(s, {"swap", "first-dl", "fastai", "--date", "2026-11-24", "--today", "2026-11-23"});
  CHECK(future.code == 1);
  CHECK_THAT(future.err, Catch::Contains("after today"));
  CHECK(slurp(s.path("journal.log.yaml")) == journal + "- {date: 2026-11-21, choice: first-dl, pick: cs231n}\n");
}

TEST_CASE("log on a resource that is not ready writes it, with a warning naming what it still requires") {
  Scratch s;
  auto r = run_small(s, {"log", "gpt", "1", "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  CHECK_THAT(r.err, Catch::Contains("warning: Let's build GPT is not ready yet: it still requires Python basics "
                                    "(python), NumPy (numpy), fast.ai Practical Deep Learning (fastai)"));
  CHECK(slurp(s.path("journal.log.yaml")) == "- {date: 2026-11-23, id: gpt, hours: 1}\n");
  auto j = json_of(run_small(s, {"log", "numpy", "1", "--json", "--today", "2026-11-23"}));
  CHECK(j["still_requires"] == json::array({"python"}));
  // A ready resource: no warning.
  auto ready = run_small(s, {"log", "python", "1", "--today", "2026-11-23"});
  CHECK(ready.err.empty());
}
