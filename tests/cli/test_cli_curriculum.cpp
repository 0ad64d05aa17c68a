// The built-in curriculum's promises to a new learner (issue 25), read off
// the baseline plan from an empty journal at the default 16 h week: the
// milestones come early, every practice item unlocks within the first
// year, and nearly every study day has code in it. An edit to
// curricula/cracked-ml.yaml that quietly breaks one of them fails here.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "cli_fixture.h"
#include "core/date.h"

using namespace tenk::test;

namespace {

// Days from the plan's start to a date, counting the start as day 0: a
// resource finished within N weeks ends before day 7 * N.
int days_after(const std::string& start, const std::string& date) {
  return *tenk::Date::parse(date) - *tenk::Date::parse(start);
}

}  // namespace

TEST_CASE("built-in curriculum: milestones early, practice within a year, code on nearly every day") {
  Scratch s;
  // A Monday, as a new learner's first day may well be.
  auto r = s.run({"plan", "--baseline", "--json", "--log", s.path("j.yaml"), "--today", "2027-01-04"});
  REQUIRE(r.code == 0);
  const auto plan = json_of(r);
  const std::string start = plan["start"];
  REQUIRE(start == "2027-01-04");

  std::map<std::string, std::string> end_of;
  for (const auto& res : plan["resources"]) end_of[res["id"]] = res["end"];
  const std::map<std::string, int> within_weeks{{"micrograd", 6},
                                                {"lets-build-gpt", 16},
                                                {"gpt2-reproduce", 30},
                                                {"project-inference-engine", 44},
                                                {"project-kernel", 56}};
  for (const auto& [id, weeks] : within_weeks) {
    INFO(id << " ends " << end_of[id]);
    REQUIRE(end_of.count(id) == 1);
    CHECK(days_after(start, end_of[id]) < 7 * weeks);
  }

  // A practice item's first block is its unlock (each takes hours at least
  // once a week), so the first year holds a block of every one of them.
  std::set<std::string> practice_seen;
  int study_days = 0, build_days = 0;
  for (const auto& day : plan["days"]) {
    if (days_after(start, day["date"]) >= 364) break;
    ++study_days;
    bool build = false;
    for (const auto& b : day["blocks"]) {
      if (b.value("practice", false)) practice_seen.insert(b["id"].get<std::string>());
      else build = build || b["track"] == "build";
    }
    build_days += build ? 1 : 0;
  }
  CHECK(practice_seen == std::set<std::string>{"learn-in-public", "kaggle-competitions", "own-projects",
                                              "paper-a-week", "open-source-contributions"});
  INFO(build_days << " of " << study_days << " study days have a block of the build track");
  CHECK(study_days >= 360);
  CHECK(build_days * 10 >= study_days * 9);
}

TEST_CASE("built-in curriculum: check is clean, with no warnings") {
  Scratch s;
  auto r = s.run({"check", "--json"});
  REQUIRE(r.code == 0);
  CHECK(json_of(r)["diagnostics"].empty());
}
