// Practice items (SPEC 1, 3.1) end to end: planned, logged, reported.

#include <catch2/catch.hpp>

#include "cli_fixture.h"
#include "core/date.h"

using namespace tenk::test;
using nlohmann::json;

namespace {

std::string practice_curriculum() { return source_path("tests/data/cli/practice.yaml"); }

RunResult run_practice(const Scratch& s, std::vector<std::string> args) {
  args.insert(args.begin(), {"-c", practice_curriculum(), "--log", s.path("journal.log.yaml")});
  return s.run(args);
}

double hours_of(const json& blocks, const std::string& id) {
  for (const auto& b : blocks)
    if (b["id"] == id) return b["hours"].get<double>();
  return 0;
}

}  // namespace

TEST_CASE("practice: reserves its hours in the plan, marked, and leaves the rest as capacity") {
  Scratch s;
  auto r = run_practice(s, {"plan", "--json", "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  auto j = json_of(r);
  // Wednesday: papers takes 1 h of 2, the capacity for resources is 1 h.
  bool saw_wednesday = false;
  for (const auto& day : j["days"]) {
    if (day["date"] != "2026-11-25") continue;
    saw_wednesday = true;
    CHECK(day["capacity"] == 1.0);
    CHECK(hours_of(day["blocks"], "papers") == 1.0);
    for (const auto& b : day["blocks"]) CHECK(b.value("practice", false) == (b["id"] == "papers"));
  }
  CHECK(saw_wednesday);
  for (const auto& res : j["resources"]) CHECK(res["id"] != "papers");
  // numpy finishes on Wed 2026-11-25 (python 2 + 1, numpy 1 + ...): the end.
  CHECK(j["end"] == j["lower_bound_end"]);
}

TEST_CASE("practice: plan --days lists the practice-only days after the end") {
  Scratch s;
  auto j = json_of(run_practice(s, {"plan", "--json", "--days", "14", "--today", "2026-11-23"}));
  std::string end = j["end"];
  int after = 0;
  for (const auto& day : j["days"])
    if (day["date"].get<std::string>() > end) {
      ++after;
      for (const auto& b : day["blocks"]) CHECK(b["practice"] == true);
    }
  CHECK(after >= 8);
  // Without --days, the plan stops at its end.
  auto whole = json_of(run_practice(s, {"plan", "--json", "--today", "2026-11-23"}));
  CHECK(whole["days"].back()["date"] == whole["end"]);
}

TEST_CASE("practice: hours are logged like any other — done and --left are refused") {
  Scratch s;
  auto r = run_practice(s, {"log", "papers", "1.5", "--today", "2026-11-25", "--note", "attention is all you need"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("Logged 1.5 h on A paper a week (practice, 2026-11-25)") != std::string::npos);
  auto done = run_practice(s, {"done", "papers", "--today", "2026-11-25"});
  CHECK(done.code == 1);
  CHECK(done.err.find("'papers' is a practice item, which never finishes") != std::string::npos);
  CHECK(run_practice(s, {"log", "papers", "1", "--left", "2", "--today", "2026-11-25"}).code == 1);
  CHECK(run_practice(s, {"log", "papers", "1", "--done", "--today", "2026-11-25"}).code == 1);

  auto st = json_of(run_practice(s, {"status", "--json", "--today", "2026-11-26"}));
  CHECK(st["logged_hours"] == 1.5);
  CHECK(st["goal_eta"].is_string());  // the goal projection counts practice hours
  CHECK(st["streak_days"] == 1);
  bool listed = false;
  for (const auto& res : st["resources"])
    if (res["id"] == "papers") {
      listed = true;
      CHECK(res["state"] == "practice");
      CHECK(res["logged"] == 1.5);
      CHECK(res["estimate"].is_null());
    } else if (res["id"] == "projects") {
      CHECK(res["state"] == "locked");  // numpy is not done
    }
  CHECK(listed);
  auto text = run_practice(s, {"status", "--today", "2026-11-26"});
  CHECK(text.out.find("Practice") != std::string::npos);
  CHECK(text.out.find("A paper a week") != std::string::npos);
  // The heatmap counts practice hours too.
  auto heat = run_practice(s, {"render", "heatmap", "--today", "2026-11-26"});
  CHECK(heat.out.find("1.5 h logged on 1 day") != std::string::npos);
}

TEST_CASE("practice: hours logged on an item today come off its reservation first") {
  Scratch s;
  REQUIRE(run_practice(s, {"log", "papers", "0.5", "--today", "2026-11-25"}).code == 0);
  auto j = json_of(run_practice(s, {"today", "--json", "--today", "2026-11-25"}));
  CHECK(hours_of(j["blocks"], "papers") == 0.5);  // 1 h reserved, 0.5 h done
  double total = 0;
  for (const auto& b : j["blocks"]) total += b["hours"].get<double>();
  CHECK(total == 1.5);  // the day's 2 h less the half hour logged
}

TEST_CASE("practice: after the whole curriculum, every study day is still a full day of practice") {
  Scratch s;
  REQUIRE(run_practice(s, {"done", "python", "--today", "2026-11-23"}).code == 0);
  REQUIRE(run_practice(s, {"done", "numpy", "--today", "2026-11-23"}).code == 0);
  const std::vector<std::pair<std::string, double>> week = {
      {"2026-11-30", 2}, {"2026-12-01", 2}, {"2026-12-02", 2}, {"2026-12-03", 2},
      {"2026-12-04", 2}, {"2026-12-05", 3}};
  for (const auto& [date, hours] : week) {
    auto j = json_of(run_practice(s, {"today", "--json", "--today", date}));
    double total = 0;
    for (const auto& b : j["blocks"]) {
      CHECK(b["practice"] == true);
      total += b["hours"].get<double>();
    }
    INFO(date);
    CHECK(total == Approx(hours));
  }
  // Saturday: shared by weekly hours, projects 1.5 h a week and papers 1 h: 3 h -> 1.8 h and 1.2 h.
  auto sat = json_of(run_practice(s, {"today", "--json", "--today", "2026-12-05"}));
  CHECK(hours_of(sat["blocks"], "projects") == Approx(1.8));
  CHECK(hours_of(sat["blocks"], "papers") == Approx(1.2));
  auto text = run_practice(s, {"today", "--today", "2026-12-05"});
  CHECK(text.out.find("Own projects") != std::string::npos);
  CHECK(text.out.find("projects · practice") != std::string::npos);
  // Sunday has no hours: a rest day, with the next study day named.
  auto sun = run_practice(s, {"today", "--today", "2026-12-06"});
  CHECK(sun.out.find("rest day") != std::string::npos);
  CHECK(sun.out.find("Next study day: Mon 2026-12-07") != std::string::npos);
}

TEST_CASE("practice: the built-in curriculum passes check and its plan ends within a week of the lower bound") {
  Scratch s;
  auto check = s.run({"check", "--json", "--log", s.path("none.log.yaml")});
  REQUIRE(check.code == 0);
  CHECK(json_of(check)["practice"] == 5);
  auto plan = json_of(s.run({"plan", "--json", "--today", "2026-11-30", "--log", s.path("none.log.yaml")}));
  // Its two tracks trade a little end date for work on both every day (SPEC 3.2).
  const auto end = *tenk::Date::parse(plan["end"].get<std::string>());
  const auto bound = *tenk::Date::parse(plan["lower_bound_end"].get<std::string>());
  CHECK(end - bound >= 0);
  CHECK(end - bound <= 7);
  bool practice_block = false;
  for (const auto& day : plan["days"])
    for (const auto& b : day["blocks"]) practice_block = practice_block || b.value("practice", false);
  CHECK(practice_block);
}
